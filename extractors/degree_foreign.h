// A degree as certificates in other languages state it, where no English title ("Bachelor of
// Science in ...") is printed: a professional title conferred ("le confiere el título de
// BACTERIÓLOGO Y LABORATORISTA CLÍNICO", "expide el presente TÍTULO de QUÍMICA BACTERIÓLOGA"),
// or a level word beside a field of study ("tytuł zawodowy licencjata" / "Main field of study:
// Medical Laboratory Science", "DIPLOMĂ DE LICENŢĂ" / "programul de studii Asistenţă medicală
// generală"). The level comes from the words that name the cycle of studies in each system
// (first cycle, licencjat, licenţă, licenciatura, bacharel, sarjana, a university's título
// profesional → bachelor; second cycle, magister, maestría, mestrado → master; a técnico's title
// → diploma).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cc {

struct StatedQualification {
  std::string title;              // natural case: "Bacteriólogo y Laboratorista Clínico", "Licencjat in Medical Laboratory Science"
  std::string level;              // bachelor | master | diploma | "" (not stated)
  std::size_t begin = 0, end = 0; // bytes of `text` the title was read from
};

// The qualification `text` states, or nothing when it states neither a title conferred nor a
// field of study beside a level word.
std::optional<StatedQualification> stated_qualification(std::string_view text);

}  // namespace cc
