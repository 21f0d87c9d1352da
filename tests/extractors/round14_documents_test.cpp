// Round 14 as training data (issue 16, helper h4): diplomas, letters and names on pages of no
// generator design. Each rule states a general property: a certificate confers (its verb of granting
// and its own name as the heading, a class of words in several languages); a German reference letter
// names itself and says the holder "is ... as X active"; a level qualified by its kind ("Professional
// Bachelor"), the first degree's word in French-speaking Africa and the Baltic languages, a diploma
// "of studies" naming no subject; the programme studied named by its label word; a name is a
// person's, not an institution's (compound institution words; a particle and one word); Spanish
// civilities; a post in apposition keeps its grade's code; a value ends before the next label.
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/experience.h"
#include "extractors/identity.h"
#include "extractors/identity_parts.h"
#include "extractors/name_order.h"
#include "core/text.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

TEST(Round14Documents, ACertificateThatConfersIsADiplomaWhateverItsName) {
  // German: "URKUNDE" as the heading, the degree "verliehen" (conferred).
  const std::vector<std::string> german = {"Hochschule Nordsee", "Fachbereich Gesundheit", "URKUNDE", "Herr",
                                           "Jonas Becker", "geboren am 2. Mai 1999 in Kiel,",
                                           "hat die Bachelorprüfung im Studiengang Biologie bestanden.",
                                           "Aufgrund dieser Prüfung wird ihm der akademische Grad",
                                           "Bachelor of Science (B.Sc.)", "verliehen.", "Kiel, den 30.09.2022"};
  EXPECT_EQ(classify_page(test::make_page(german)).type, "diploma");
  // French: the authority "décerne" the diploma, "avec tous les droits et privilèges".
  EXPECT_EQ(classify_page(test::make_page({"Ministère de l'Éducation", "Le ministre, sur recommandation du Collège Nord,",
                                           "décerne à", "Julie Tremblay", "le DIPLÔME D'ÉTUDES COLLÉGIALES",
                                           "avec tous les droits et privilèges qui s'y rattachent, dans le programme",
                                           "Technologie d'analyses biomédicales", "Montréal, le 2021-06-10"}))
                .type,
            "diploma");
  // Albanian: the heading "DIPLOMË", the diploma "i jepet" (is given) to the student.
  EXPECT_EQ(classify_page(test::make_page({"UNIVERSITETI I VERIUT", "DIPLOMË", "studentit", "ARBEN KOLA",
                                           "i lindur më 01.02.2001,", "i jepet", "DIPLOMA \"BACHELOR\" në Biologji",
                                           "Shkodër, më 10.07.2024"}))
                .type,
            "diploma");
}

TEST(Round14Documents, AGermanReferenceLetterIsALetter) {
  EXPECT_EQ(classify_page(test::make_page({"Klinikum Nord", "Hauptstraße 1", "Kiel, 20.10.2026", "ZWISCHENZEUGNIS",
                                           "Frau Anna Keller ist seit dem 1. März 2021 in unserem Labor als",
                                           "Biologielaborantin tätig.", "Ihr Aufgabengebiet umfasste die Bereiche Hämatologie.",
                                           "Wir danken ihr für die gute Zusammenarbeit."}))
                .type,
            "employment_letter");
}

TEST(Round14Documents, LevelsInTheirLanguagesAndTheProgrammeStudied) {
  EXPECT_EQ(level_of_title("Professional Bachelor of Biomedical Sciences"), "bachelor");
  EXPECT_EQ(level_of_title("Bachelier en Techniques de Laboratoire Médical"), "bachelor");
  // (the level word after the field in the genitive: a bachelor's, data/document_words.tsv level_bachelor)
  EXPECT_EQ(level_of_title("Biomedicinos mokslų profesinis bakalauras"), "bachelor");
  EXPECT_EQ(level_of_title("Bakalauras (Biologija)"), "bachelor");
  EXPECT_EQ(level_of_title("Diplôme d'études collégiales"), "diploma");
  EXPECT_EQ(field_of_title("Biomedizinische Analytik"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Biomedicininė diagnostika"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Technologie d'analyses biomédicales"), "medical_technology");
  EXPECT_EQ(field_of_title("Laborant Mjekësor"), "medical_technology");
  // (compared without case: a title printed in capitals is given in title case)
  EXPECT_EQ(lower_utf8(degree_title_in("BACHELIER EN TECHNIQUES DE LABORATOIRE MÉDICAL")),
            "bachelier en techniques de laboratoire médical");

  // A generic "Bachelor of Science" on a diploma whose programme is named by its label word.
  const auto german = test::degree_of({"Hochschule Nordsee", "URKUNDE", "Herr", "Jonas Becker",
                                       "hat die Bachelorprüfung im Studiengang Biologie bestanden.",
                                       "Aufgrund dieser Prüfung wird ihm der akademische Grad",
                                       "Bachelor of Science (B.Sc.)", "verliehen.", "Kiel, den 30.09.2022"});
  ASSERT_TRUE(german);
  EXPECT_EQ(german->level.value_or(""), "bachelor");
  EXPECT_EQ(german->field.value_or(""), "biology");
  EXPECT_EQ(german->institution.value_or(""), "Hochschule Nordsee");

  // A diploma of studies naming no subject, its programme after "dans le programme".
  const auto dec = test::degree_of({"Ministère de l'Éducation", "Le ministre, sur recommandation du Collège Nord,",
                                    "décerne à", "Julie Tremblay", "le DIPLÔME D'ÉTUDES COLLÉGIALES",
                                    "avec tous les droits et privilèges qui s'y rattachent, dans le programme",
                                    "Technologie d'analyses biomédicales", "Montréal, le 2021-06-10"});
  ASSERT_TRUE(dec);
  EXPECT_EQ(dec->level.value_or(""), "diploma");
  EXPECT_EQ(dec->field.value_or(""), "medical_technology");

  // A level printed in quotes, "in" in Albanian.
  const auto albanian = test::degree_of({"UNIVERSITETI I VERIUT", "DIPLOMË", "studentit", "ARBEN KOLA", "i jepet",
                                         "DIPLOMA \"BACHELOR\" në Laborant Mjekësor", "Shkodër, më 10.07.2024"});
  ASSERT_TRUE(albanian);
  EXPECT_EQ(albanian->level.value_or(""), "bachelor");
  EXPECT_EQ(albanian->field.value_or(""), "medical_technology");

  // The holder of Spain's "Grado en X" is a "Graduado en X"; the head of state's "y en su nombre el
  // Rector de" is no part of the school.
  const auto spanish = test::degree_of({"EL REY", "y en su nombre el Rector de la Universidad del Sur",
                                        "Considerando que D. Luis Gil Soto, nacido el 2 de mayo de 1997,",
                                        "ha superado los estudios conducentes al título de", "GRADUADO EN BIOQUÍMICA",
                                        "expide el presente título, en Madrid, a 22 de septiembre de 2018."});
  ASSERT_TRUE(spanish);
  EXPECT_EQ(spanish->title.value_or(""), "Grado en Bioquímica");
  EXPECT_EQ(spanish->institution.value_or(""), "Universidad del Sur");
  EXPECT_EQ(spanish->country.value_or(""), "ES");
}

TEST(Round14Documents, ANameIsAPersonsNotAnInstitutions) {
  EXPECT_FALSE(plausible_name("Universitätsklinikum Weser-Elbe"));
  EXPECT_FALSE(plausible_name("Hochschule Lahn-Taunus"));
  EXPECT_FALSE(plausible_name("Republika E Shqipërisë"));
  EXPECT_FALSE(plausible_name("Profesinio Bakalauro Diplomas"));
  EXPECT_FALSE(plausible_name("El Rey"));
  EXPECT_TRUE(plausible_name("Miriam Weber"));
  EXPECT_TRUE(plausible_name("Ahmed El Sayed"));
  EXPECT_TRUE(is_honorific_word("D."));
  EXPECT_TRUE(is_honorific_word("Dª"));
  EXPECT_FALSE(is_honorific_word("D"));  // an initial
}

TEST(Round14Documents, APostInAppositionKeepsItsGradeAndAValueEndsBeforeTheNextLabel) {
  const Job apposed = test::job_of(
      {"HÔPITAL DU NORD", "ATTESTATION DE SERVICES RENDUS",
       "Le Directeur soussigné atteste que Monsieur NDAYISHIMIYE Eric, Technicien de Laboratoire A2, a presté dans",
       "notre laboratoire du 01/03/2023 au 02/12/2024, en qualité de technicien de laboratoire, à temps plein."});
  EXPECT_EQ(apposed.position.value_or(""), "Technicien de Laboratoire A2");
  const Job form = test::job_of({"LABORATORIO CENTRAL", "Dirección de Recursos Humanos", "CERTIFICADO DE SERVICIOS PRESTADOS",
                                 "D. Pedro Ruiz, Director, CERTIFICA: Que D. Luis Gil Soto ha prestado servicios con los datos siguientes:",
                                 "Categoría: Técnico de laboratorio Servicio: Laboratorio",
                                 "Tipo de vínculo: Interino Jornada: completa (37,5 horas semanales)",
                                 "Desde: 01/12/2024 Hasta: 01/02/2026"});
  EXPECT_EQ(form.position.value_or(""), "Técnico de laboratorio");
}

TEST(Round14Documents, AGermanLettersAreasAndTheSignatoryInAppositionWithAnOfficersTitle) {
  const Job job = test::job_of({"Klinikum Nord", "Kiel, 20.10.2026", "ZWISCHENZEUGNIS",
                                "Frau Anna Keller ist seit dem 1. März 2021 in unserem Labor als Biologielaborantin tätig.",
                                "Ihr Aufgabengebiet umfasste die Bereiche Hämatologie, Blutdepot und Immunhämatologie,",
                                "Urindiagnostik und Blutentnahme, mit der Annahme der Proben."});
  for (const char* area : {"hematology", "blood_bank", "urinalysis", "phlebotomy"})
    EXPECT_NE(std::find(job.departments.begin(), job.departments.end(), area), job.departments.end()) << area;
  const auto c = test::classify({test::make_document(
      "letter.pdf", {{"LABORATORIO CENTRAL", "CERTIFICADO DE SERVICIOS PRESTADOS",
                      "D. Pedro Ruiz Gil, Director de Recursos Humanos del Laboratorio Central, CERTIFICA: Que según los",
                      "antecedentes, D. Luis Gil Soto ha prestado servicios en este centro desde el 01/12/2024.",
                      "Jornada: completa (37,5 horas semanales)"}})});
  EXPECT_EQ(extract_identity(c.result.segments).name.value_or(""), "Luis Gil Soto");
}

}  // namespace
}  // namespace cc
