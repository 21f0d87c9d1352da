// The accuracy measure itself: it must count character errors, not reading order.
#include <gtest/gtest.h>

#include "tools/text_accuracy.h"

namespace cc {
namespace {

TEST(FlexibleCer, PerfectTextInAnotherBlockOrderHasNoErrors) {
  const auto c = flexible_character_errors({"Left column line", "Right column line", "Footer"},
                                           {"Footer", "Left column line   Right column line"});
  EXPECT_EQ(c.errors, 0u);
  EXPECT_EQ(c.reference, 16u + 17u + 6u);
}

TEST(FlexibleCer, CountsSubstitutionsMissingAndExtraCharacters) {
  EXPECT_EQ(flexible_character_errors({"Chemistry II"}, {"Chemistry I!"}).errors, 1u);
  EXPECT_EQ(flexible_character_errors({"Zoology", "Botany"}, {"Zoology"}).errors, 6u);    // a line missed
  EXPECT_EQ(flexible_character_errors({"Zoology"}, {"Zoology", "NO So"}).errors, 4u);     // garbage read
  EXPECT_EQ(flexible_character_errors({"1.75"}, {"175"}).errors, 1u);
}

TEST(FlexibleCer, APrintedLineSplitAcrossOcrLinesIsNotPenalised) {
  EXPECT_EQ(flexible_character_errors({"GREAT PRAIRIE STATE UNIVERSITY OFFICIAL ACADEMIC TRANSCRIPT"},
                                      {"GREAT PRAIRIE STATE UNIVERSITY", "something else", "OFFICIAL ACADEMIC TRANSCRIPT"})
                .errors,
            13u);  // only the 13 letters of "something else" are extra
}

TEST(StrictCer, IsPlainEditDistance) {
  const auto c = strict_character_errors("ab  cd", "ab cx");
  EXPECT_EQ(c.errors, 1u);
  EXPECT_EQ(c.reference, 5u);
}

}  // namespace
}  // namespace cc
