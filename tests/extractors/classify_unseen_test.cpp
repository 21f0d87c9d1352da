// Pages as people who never saw our generator print them: letters and certificates in Spanish and
// Romanian, transcripts that repeat their header (and the degree) on every page, a transcript's
// last page with the seal and the signatures, and two transcripts of two credentials in one file.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

std::string describe(const std::vector<Segment>& segments) {
  std::string s;
  for (const auto& seg : segments) {
    s += seg.type + "[";
    for (int p : seg.pages) s += std::to_string(p) + (p == seg.pages.back() ? "" : ",");
    s += "] ";
  }
  return s;
}

// `pages` 0: the page prints no page number.
std::vector<std::string> transcript_page(const std::string& programme, int page, int pages) {
  std::vector<std::string> lines = {"#RIFT VALLEY UNIVERSITY", "CONSOLIDATED ACADEMIC TRANSCRIPT", "NAME: GRACE NYAMBURA KIPLAGAT",
          "PROGRAMME: " + programme, "UNIT CODE   UNIT TITLE   CREDIT HRS   GRADE",
          "HML " + std::to_string(page) + "01   Clinical Chemistry I   3   A",
          "HML " + std::to_string(page) + "02   Haematology I   3   B",
          "HML " + std::to_string(page) + "03   Medical Microbiology   3   A",
          "HML " + std::to_string(page) + "04   Blood Transfusion Science   3   B",
          "HML " + std::to_string(page) + "05   Immunology   3   A"};
  if (pages) lines.push_back("Page " + std::to_string(page) + " of " + std::to_string(pages));
  return lines;
}

TEST(ClassifyUnseen, SpanishEmploymentLetter) {
  const PageClass pc = classify_page(test::make_page(
      {"#HOSPITAL GENERAL REGIONAL SANTA FE", "Guadalajara, a 19 de octubre de 2026", "CONSTANCIA DE TRABAJO",
       "A QUIEN CORRESPONDA:", "Por medio de la presente se hace constar que la C. PAOLA GONZALEZ REYES labora en esta",
       "institucion desde el 14 de marzo de 2021 a la fecha, ocupando el puesto de Quimico Clinico.",
       "ATENTAMENTE", "Jefe(a) de Recursos Humanos"}));
  EXPECT_EQ(pc.type, "employment_letter") << pc.letter << " " << pc.transcript << " " << pc.diploma;
  EXPECT_TRUE(pc.starts_document);
}

TEST(ClassifyUnseen, SpanishAndRomanianCertificates) {
  const PageClass es = classify_page(test::make_page(
      {"ESTADOS UNIDOS MEXICANOS", "#UNIVERSIDAD AUTONOMA DE LA SIERRA TARAHUMARA", "TITULO PROFESIONAL",
       "La Universidad, en atencion a que la C.", "#PAOLA GONZALEZ REYES",
       "concluyo los estudios del plan correspondiente, expide el", "presente", "TITULO", "de",
       "QUIMICA BACTERIOLOGA PARASITOLOGA", "Chihuahua, Chih., a 19 de junio de 2018.",
       "EL RECTOR   EL SECRETARIO GENERAL"}));
  EXPECT_EQ(es.type, "diploma") << es.diploma << " " << es.letter;
  const PageClass ro = classify_page(test::make_page(
      {"ROMANIA", "#UNIVERSITATEA VASILE MURESEANU DIN ORADEA", "DIPLOMA DE LICENTA",
       "Prin prezenta se certifica faptul ca doamna", "#CONSTANTINESCU Raluca",
       "a promovat examenul de licenta in sesiunea iulie 2018 cu media 8.77",
       "si i se acorda titlul de LICENTIAT IN SANATATE, specializarea ASISTENTA MEDICALA GENERALA.",
       "Data eliberarii: 14.10.2018", "RECTOR,   DECAN,"}));
  EXPECT_EQ(ro.type, "diploma") << ro.diploma << " " << ro.letter;
}

// A French relevé de notes written with its accents ("RELEVÉ DE NOTES": É and é are two bytes each,
// which one regex dot never matched) is a transcript, not a diploma for its "Licence" and "Doyen".
TEST(ClassifyUnseen, FrenchReleveWithAccentsIsATranscript) {
  const PageClass pc = classify_page(test::make_page(
      {"#UNIVERSITÉ DE VORPLIC", "RELEVÉ DE NOTES", "Nom et prénom(s) : Quorra Dranthe", "Programme : Licence en Biologie",
       "PREMIÈRE ANNÉE — Année académique 2015-2016", "Matières   Coefficient   Heures   Note /20   Mention",
       "Skavonique générale   3   75   11,80   Passable", "Wispère appliquée   2   45   13,60   Assez Bien",
       "Moyenne générale : 12,40/20", "Le Secrétaire Général   Le Doyen"}));
  EXPECT_EQ(pc.type, "transcript") << pc.transcript << " " << pc.diploma;
}

TEST(ClassifyUnseen, ACourseNamedWorkIsNoLetter) {
  const PageClass pc = classify_page(test::make_page(
      {"Estudiante: MARTINEZ PENA, ANDRES FELIPE (continuacion)", "Codigo   Asignatura   Creditos   Nota",
       "540201   Microbiologia Industrial   3   4.6", "540202   Gestion del Laboratorio Clinico   3   4.8",
       "540203   Salud Publica   3   4.6", "540204   Toxicologia Clinica   3   4.1", "540205   Trabajo de Grado I   3   4.3",
       "550102   Trabajo de Grado II   3   4.8"}));
  EXPECT_NE(pc.type, "employment_letter") << pc.letter;
}

TEST(ClassifyUnseen, HeaderRepeatedOnEveryPageIsOneTranscript) {
  const std::string bsc = "BACHELOR OF SCIENCE IN MEDICAL LABORATORY SCIENCE";
  const auto c = test::classify({test::make_document(
      "tor.pdf", {transcript_page(bsc, 1, 0), transcript_page(bsc, 2, 0), transcript_page(bsc, 3, 0)})});
  EXPECT_EQ(describe(c.result.kinds.segments.at("tor.pdf")), "transcript[1,2,3] ");
}

TEST(ClassifyUnseen, TwoCredentialsTwoTranscripts) {
  const auto c = test::classify({test::make_document(
      "records.pdf", {transcript_page("DIPLOMA IN MEDICAL LABORATORY TECHNOLOGY", 1, 0),
                      transcript_page("BACHELOR OF SCIENCE IN BIOLOGY", 1, 0)})});
  EXPECT_EQ(describe(c.result.kinds.segments.at("records.pdf")), "transcript[1] transcript[2] ");
}

TEST(ClassifyUnseen, ALaterPageWithTheSealContinuesTheTranscript) {
  const auto c = test::classify({test::make_document(
      "record.pdf",
      {transcript_page("BACHELOR OF SCIENCE IN MICROBIOLOGY", 1, 2),
       {"#Zayandeh Rud University", "Total units passed: 91   Overall average: 16.02 out of 20",
        "Date of Graduation: 1398/04/26 (17 July 2019)", "[Signature of the Director]   [Round seal of the University]",
        "Vice-Chancellor for Education", "Page 2 of 2"}})});
  EXPECT_EQ(describe(c.result.kinds.segments.at("record.pdf")), "transcript[1,2] ");
}

}  // namespace
}  // namespace cc
