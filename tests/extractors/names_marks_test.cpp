// A name printed after a mark no name begins with (an inverted exclamation mark OCR made of a speck,
// a quotation mark, a dash), or before one at the line's end: the mark is no part of the name.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/identity.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(NameMarks, AMarkBeforeTheNameIsDropped) {
  for (const std::string printed : {"¡ LOURDES CHOQUE CONDORI", "« LOURDES CHOQUE CONDORI", "— LOURDES CHOQUE CONDORI",
                                    "• LOURDES CHOQUE CONDORI", "LOURDES CHOQUE CONDORI ¡", "LOURDES CHOQUE CONDORI •"}) {
    const std::string& mark = printed;
    const auto c = test::classify({test::make_document(
        "diploma.pdf", {{"#UNIVERSIDAD TÉCNICA DEL ALTIPLANO", "confiere el título de", "#LICENCIADA EN BIOQUÍMICA", "a",
                         "#" + printed, "Cédula de identidad N.° 5599913",
                         "Oruro, 18 de septiembre de 2025", "RECTOR   SECRETARIO GENERAL"}})});
    const auto diplomas = segments_of_type(c.result.segments, "diploma");
    ASSERT_EQ(diplomas.size(), 1u);
    const auto name = find_name(diplomas.front());
    ASSERT_TRUE(name) << mark;
    EXPECT_EQ(name->natural, "Lourdes Choque Condori") << mark;
  }
}


// "certifica que la Sr(a). Lourdes Rojas Salazar trabaja ...": a title for either sex, its ending
// in brackets, before the name in a letter's prose.
TEST(NameMarks, ATitleForEitherSexBeforeTheName) {
  const auto c = test::classify({test::make_document(
      "letter.pdf", {{"#LABORATORIO CLÍNICO LOS ANDES S.R.L.", "CERTIFICADO DE TRABAJO",
                      "La Jefatura de Recursos Humanos del Laboratorio Clínico Los Andes S.R.L. certifica que la",
                      "Sr(a). Lourdes Rojas Salazar trabaja en esta institución desde el 1 de abril de 2024 a la fecha, en el",
                      "cargo de Auxiliar de Laboratorio en las secciones de Bacteriología y Hematología, 40 horas semanales.",
                      "Cochabamba, 7 de julio de 2026"}})});
  const auto letters = segments_of_type(c.result.segments, "employment_letter");
  ASSERT_EQ(letters.size(), 1u);
  const auto name = find_name(letters.front());
  ASSERT_TRUE(name);
  EXPECT_EQ(name->natural, "Lourdes Rojas Salazar");
}

}  // namespace
}  // namespace cc
