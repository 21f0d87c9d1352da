// Which pages are read again with a Spanish or Portuguese model, and which O are zeros by width.
#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/reader/glyph_widths.h"
#include "pipeline/reader/page_language.h"

namespace cc {
namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

TEST(PageLanguage, SpanishCertificateAsTheEnglishModelReadsIt) {
  EXPECT_EQ(page_language(words_of(
                "UNIVERSIDAD PERUANA LOS ANDES DEL SUR El Secretario General que suscribe CERTIFICA: Que don JOSE LUIS, "
                "con codigo de matricula, ha cursado en la Escuela Profesional de Tecnologia Medica, las asignaturas que "
                "a continuacion se indican, con los calificativos siguientes TLO401 BIOQUIMICA CLINICA Y LABORATORIO I")),
            "spa");
}

TEST(PageLanguage, PortugueseRecord) {
  EXPECT_EQ(page_language(words_of("Histórico Escolar do curso de Enfermagem da Universidade Federal, Enfermagem em Saúde "
                                   "da Mulher, Enfermagem em Clínica Médica, Estágio Curricular, Data de Colação de Grau, "
                                   "Carga Horária dos componentes e das atividades")),
            "por");
}

// French shares "la" and "en" with Spanish; its own function words tell it apart.
TEST(PageLanguage, FrenchRecordIsNotReadAsSpanish) {
  EXPECT_EQ(page_language(words_of("Le Recteur de l'Universite, vu les proces-verbaux des examens et sur proposition du "
                                   "Doyen de la Faculte, confere le grade de Licenciee en Technologie Medicale avec la "
                                   "mention Assez Bien pour en jouir avec les droits et prerogatives qui y sont attaches")),
            "fra");
}

// "e" is the Italian and Albanian "and" too: an Albanian record full of it is no Portuguese page.
TEST(PageLanguage, AndOfSeveralLanguagesIsNoPortugueseMarker) {
  EXPECT_EQ(page_language(words_of("Kimi e pergjithshme Gjuhe e huaj Mikrobiologji e pergjithshme Patologji e "
                                   "pergjithshme Data e provimit Nota me fjale e")),
            "");
}

TEST(PageLanguage, EnglishTranscriptWithASpanishNameStaysEnglish) {
  EXPECT_EQ(page_language(words_of("Universidad de los Andes Official Transcript of Records. This is to certify that the "
                                   "student has completed the courses listed below for the degree of Bachelor of Science "
                                   "in Medical Laboratory Science with the grades shown in the table of marks")),
            "");
}

TEST(PageLanguage, TooFewWordsToTell) {
  EXPECT_EQ(page_language(words_of("Anatomía y Fisiología del cuerpo")), "");
  EXPECT_EQ(page_language({}), "");
}

// Ink widths measured on round 4's Peruvian scan at 300 dpi: figures 12-14 px, a zero read as O
// 13 px, a capital O of the same line 19-20 px.
TEST(GlyphWidths, NarrowOBesideFiguresIsAZero) {
  EXPECT_EQ(zeros_read_as_o({{"T", 15}, {"L", 12}, {"O", 13}, {"1", 11}, {"0", 13}, {"2", 12}}), "TL0102");
  EXPECT_EQ(zeros_read_as_o({{"T", 15}, {"L", 12}, {"O", 13}, {"1", 11}, {"0", 13}, {"1", 12}}), "TL0101");
}

TEST(GlyphWidths, LowerCaseOAsTallAsTheFiguresIsAZero) {
  EXPECT_EQ(zeros_read_as_o({{"B", 15, 23}, {"L", 12, 23}, {"o", 13, 23}, {"1", 11, 23}, {"0", 13, 23}, {"2", 12, 23}}), "BL0102");
  // An x-height o is a letter.
  EXPECT_EQ(zeros_read_as_o({{"M", 18, 23}, {"o", 13, 16}, {"2", 12, 23}, {"5", 12, 23}}), "Mo25");
}

TEST(GlyphWidths, WideOStaysALetter) {
  EXPECT_EQ(zeros_read_as_o({{"B", 16}, {"I", 4}, {"O", 19}, {"2", 12}, {"0", 13}, {"3", 12}}), "BIO203");
}

TEST(GlyphWidths, NothingToCompareWith) {
  // Only 1s, which are narrower than other figures: no measure of a figure's width.
  EXPECT_EQ(zeros_read_as_o({{"B", 16}, {"I", 4}, {"O", 13}, {"1", 11}, {"1", 11}}), "BIO11");
  // An O away from the figures stays, however narrow.
  EXPECT_EQ(zeros_read_as_o({{"O", 12}, {"K", 14}, {"2", 12}, {"0", 13}}), "OK20");
}

}  // namespace
}  // namespace cc
