// Round 11 as training data (issue 16): classification, identity, letters and the program length's
// evidence. Each rule states a property of documents in general, shown on pages of no generator
// design: the list of subjects issued with a diploma is a transcript whatever its language calls it;
// a page numbered "2/2" continues its document; the word for "republic" is no one's name and no
// employer; a personnel office is the employer's, not the employer; a label that names every part
// of a name tells their order; a post runs on through its lower-case qualifiers and its bracket.
#include <algorithm>

#include <gtest/gtest.h>

#include "extractors/degree.h"
#include "extractors/experience.h"
#include "extractors/identity.h"
#include "extractors/identity_parts.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

std::vector<std::string> supplement_page(const std::string& heading) {
  return {"REPUBLIC OF ARCADIA", "Northern State Medical University", heading,
          "AB № 1234567 (not valid without the diploma)", "Surname, name, patronymic: Petrova Anna Ivanovna",
          "Period of study: 2016–2020, full-time", "Speciality: Biology", "No. Subject Total hours Grade",
          "1 General Chemistry 144 good (4)", "2 Botany 108 excellent (5)", "3 Genetics 144 good (4)",
          "4 Microbiology 144 excellent (5)", "5 Biochemistry 144 good (4)", "Total: 684 hours",
          "Registration No.: 3364 Date of issue: 12.06.2020", "Rector /signature/ Karimov F. N."};
}

TEST(Round11Documents, TheListOfSubjectsIssuedWithADiplomaIsATranscript) {
  for (const std::string heading : {"SUPPLEMENT TO THE DIPLOMA", "ПРИЛОЖЕНИЕ К ДИПЛОМУ"}) {
    const auto c = test::classify({test::make_document("supplement.pdf", {supplement_page(heading)})});
    const auto& segments = c.result.kinds.segments.at("supplement.pdf");
    ASSERT_EQ(segments.size(), 1u) << heading;
    EXPECT_EQ(segments[0].type, "transcript") << heading;
  }
}

TEST(Round11Documents, APageNumberedTwoOfTwoWithASlashContinuesItsDocument) {
  const std::vector<std::string> first = {
      "Escola Superior de Saúde", "CERTIDÃO DE REGISTO ACADÉMICO", "Código Unidade Curricular Ano Sem. ECTS Classificação",
      "1101 Anatomia Humana 1.º 1.º S 6,0 12 (doze) valores", "1102 Química Geral 1.º 1.º S 6,0 12 (doze) valores",
      "1103 Biologia Celular 1.º 1.º S 5,0 13 (treze) valores", "1104 Bioestatística 1.º 1.º S 4,0 13 (treze) valores",
      "1105 Histologia 1.º 2.º S 5,0 13 (treze) valores", "Pág. 1/2"};
  const std::vector<std::string> second = {
      "Escola Superior de Saúde", "Total de créditos: 240 ECTS",
      "Certifica-se que Ana Costa concluiu o curso, conferente do grau de licenciado, com a classificação final de 13",
      "O presente documento é autenticado por assinatura digital", "Pág. 2/2"};
  const auto c = test::classify({test::make_document("record.pdf", {first, second})});
  const auto& segments = c.result.kinds.segments.at("record.pdf");
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].type, "transcript");
  EXPECT_EQ(segments[0].pages, (std::vector<int>{1, 2}));
}

TEST(Round11Documents, TheWordForRepublicInAStatesOwnLanguageIsNoName) {
  EXPECT_FALSE(plausible_name("AZƏRBAYCAN RESPUBLİKASI"));
  EXPECT_FALSE(plausible_name("Repoblikan'i Madagasikara"));
  EXPECT_TRUE(plausible_name("Tural Huseynli"));
}

TEST(Round11Documents, TheStateAboveALetterheadInItsOwnLanguageIsNoEmployer) {
  const Job job = test::job_of({"REPOBLIKAN'I ARKADIA", "Centre Hospitalier de Nordville", "CERTIFICAT DE TRAVAIL",
                                "Je soussigné, Directeur de l'établissement, certifie que Madame RAKOTO Mialy a été",
                                "employée dans notre établissement en qualité de Biologiste assistant du 22/03/2022 à ce jour.",
                                "Directeur de l'établissement"});
  ASSERT_TRUE(job.employer);
  EXPECT_EQ(*job.employer, "Centre Hospitalier de Nordville");
  ASSERT_TRUE(job.position);
  EXPECT_EQ(*job.position, "Biologiste assistant");
}

TEST(Round11Documents, APersonnelOfficeUnderTheLetterheadIsNotTheEmployer) {
  const Job job = test::job_of(
      {"Hospital Distrital de Vale Norte, E.P.E.", "Serviço de Gestão de Recursos Humanos", "N/Ref.ª: SGRH/3323/2023",
       "DECLARAÇÃO",
       "Para os devidos efeitos, declara-se que Ana Sofia Costa, portadora do cartão de cidadão n.º 7224, exerceu funções de",
       "Técnico Superior de Diagnóstico e Terapêutica (Ciências Biomédicas Laboratoriais) neste estabelecimento de",
       "01-07-2021 a 25-01-2023, a tempo completo (35 horas semanais).", "Santarém, 17-03-2023",
       "A Diretora do Serviço de Gestão de Recursos Humanos"});
  ASSERT_TRUE(job.employer);
  EXPECT_EQ(*job.employer, "Hospital Distrital de Vale Norte, E.P.E.");
  ASSERT_TRUE(job.position);
  EXPECT_EQ(*job.position, "Técnico Superior de Diagnóstico e Terapêutica (Ciências Biomédicas Laboratoriais)");
}

TEST(Round11Documents, APostGoesOnThroughItsLowerCaseQualifiersToTheClausesEnd) {
  const Job job = test::job_of({"Centre Hospitalier de Sudville", "CERTIFICAT DE TRAVAIL",
                                "Je soussigné, Directeur, certifie que Madame RAKOTO Mialy a été employée dans notre",
                                "établissement en qualité de Technicien supérieur de laboratoire :",
                                "- du 22/03/2022 à ce jour, à plein temps.", "Directeur de l'établissement"});
  ASSERT_TRUE(job.position);
  EXPECT_EQ(*job.position, "Technicien supérieur de laboratoire");
}

TEST(Round11Documents, ACompanyFormsFullStopIsKept) {
  const Job job = test::job_of({"Laboratório de Análises Clínicas Aurora, Lda.", "Direção de Recursos Humanos",
                                "DECLARAÇÃO",
                                "Para os devidos efeitos, declara-se que Ana Costa exerceu funções de Técnica de Laboratório",
                                "neste estabelecimento de 02-02-2023 a 03-10-2024, a tempo completo (40 horas semanais)."});
  ASSERT_TRUE(job.employer);
  EXPECT_EQ(*job.employer, "Laboratório de Análises Clínicas Aurora, Lda.");
}

TEST(Round11Documents, ALabelNamingEveryPartOfTheNameTellsTheirOrder) {
  const std::vector<std::string> record = {"RELEVÉ DES COTES", "Année académique 2013-2014",
                                           "Nom, post-nom et prénom : KABILA MWAMBA Furaha", "1 Anatomie humaine 60h 4 14 56",
                                           "2 Biologie générale 60h 4 12 48", "3 Chimie générale 75h 5 12 60",
                                           "4 Physique médicale 45h 3 13 39", "5 Histologie 45h 3 13 39"};
  const std::vector<std::string> diploma = {
      "#DIPLÔME DE LICENCIÉ EN SCIENCES BIOMÉDICALES",
      "Nous, Directeur Général, vu les procès-verbaux des délibérations du jury, attestons que Madame KABILA MWAMBA Furaha,",
      "née le 16/06/1995, a satisfait aux épreuves prescrites et lui conférons le grade de Licenciée en Sciences Biomédicales.",
      "En foi de quoi, le présent diplôme lui est délivré pour servir et valoir ce que de droit."};
  const auto c = test::classify({test::make_document("record.pdf", {record}), test::make_document("diploma.pdf", {diploma})});
  const IdentityFacts id = extract_identity(c.result.segments);
  ASSERT_TRUE(id.name);
  EXPECT_EQ(*id.name, "Furaha Mwamba Kabila");
}

TEST(Round11Documents, ProgramLengthFromTermHeadingsIsScoredOnTheWordsItWasReadFrom) {
  std::vector<std::string> lines = {"#Bachelor of Science in Medical Laboratory Science", "TRANSCRIPT OF RECORDS"};
  for (int year = 2015; year < 2019; ++year) {
    lines.push_back("~~ ¦¦ First Semester " + std::to_string(year) + "-" + std::to_string(year + 1) + " ¦¦ ~~");
    lines.push_back("MLS10" + std::to_string(year % 10) + " Clinical Chemistry 3 A");
    lines.push_back("MLS20" + std::to_string(year % 10) + " Hematology 3 B");
  }
  std::vector<DocumentText> docs = {test::make_document("transcript.pdf", {lines}, 0.95f)};
  // The noise around each heading read with no confidence, as OCR reads a scan's specks.
  for (Word& w : docs[0].pages[0].words)
    if (w.text == "~~" || w.text == "¦¦") w.confidence = 0.0f;
  const Classification c = classify_documents(docs);
  const auto degree = extract_degree({}, segments_of_type(c.segments, "transcript"));
  ASSERT_TRUE(degree && degree->years);
  EXPECT_EQ(*degree->years, 4);
  EXPECT_GE(degree->confidence, 0.8);
}

TEST(Round11Documents, ATitleAfterAVerbOfCompletingIsRead) {
  const auto degree = test::degree_of(
      {"REPÚBLICA DE ARCÁDIA", "Escola Superior de Saúde do Norte", "#CARTA DE CURSO",
       "O Presidente do Instituto, faz saber que Ana Sofia Costa, nascida a 23 de setembro de 2001,",
       "concluiu em 20 de julho de 2022 a Licenciatura em", "Enfermagem, com a classificação final de 13 (treze) valores.",
       "Lisboa, 9 de outubro de 2022"});
  ASSERT_TRUE(degree && degree->title);
  EXPECT_EQ(*degree->title, "Licenciatura em Enfermagem");
  EXPECT_EQ(degree->level.value_or(""), "bachelor");
  EXPECT_EQ(degree->field.value_or(""), "nursing");
}

TEST(Round11Documents, ALevelAndAProgrammeInTwoFieldsMakeTheTitle) {
  std::vector<DocumentText> docs = {test::make_document(
      "record.pdf", {{"Escola Superior de Saúde do Norte", "CERTIDÃO DE REGISTO ACADÉMICO",
                      "Nome: Ana Sofia Costa   Curso: Ciências Biomédicas Laboratoriais", "N.º de estudante: 2014575269   Grau: Licenciatura",
                      "Código Unidade Curricular Ano Sem. ECTS Classificação", "9501101 Anatomia Humana 1.º 1.º S 6,0 12 (doze) valores",
                      "9501102 Química Geral 1.º 1.º S 6,0 12 (doze) valores", "9501103 Biologia Celular 1.º 1.º S 5,0 13 (treze) valores",
                      "9501104 Bioestatística 1.º 1.º S 4,0 13 (treze) valores", "9501105 Histologia 1.º 2.º S 5,0 13 (treze) valores"}})};
  const Classification c = classify_documents(docs);
  const auto degree = extract_degree({}, segments_of_type(c.segments, "transcript"));
  ASSERT_TRUE(degree && degree->title);
  EXPECT_EQ(*degree->title, "Licenciatura em Ciências Biomédicas Laboratoriais");
  EXPECT_EQ(degree->field.value_or(""), "medical_laboratory_science");
}

TEST(Round11Documents, ALicenceIsNamedByItsMentionAndItsParcours) {
  const auto degree = test::degree_of(
      {"UNIVERSITÉ DU NORD", "#DIPLÔME DE LICENCE",
       "Domaine : Sciences et Technologies - Mention : Sciences Biologiques, Parcours : Biologie Médicale",
       "Vu le procès-verbal de délibération du jury en date du 22/12/2021 ;",
       "Le diplôme de LICENCE est conféré à Mademoiselle RAKOTO Mialy, née le 02/01/2001, qui a capitalisé les",
       "180 crédits requis, pour en jouir avec les droits et prérogatives qui y sont attachés.",
       "Mention : Bien"});
  ASSERT_TRUE(degree && degree->title);
  EXPECT_EQ(*degree->title, "Licence en Sciences Biologiques - Parcours Biologie Médicale");
  EXPECT_EQ(degree->level.value_or(""), "bachelor");
  EXPECT_EQ(degree->field.value_or(""), "medical_laboratory_science");
}

TEST(Round11Documents, ALicenceIsNamedByItsFiliereAndItsSpecialite) {
  const auto degree = test::degree_of(
      {"Université du Nord", "#DIPLÔME DE LICENCE", "Vu le procès-verbal de délibération du 11 juin 2016 ;",
       "Le diplôme de LICENCE est décerné à :", "M. KARIM Ali", "Domaine : Sciences de la Nature et de la Vie",
       "Filière : Sciences Biologiques", "Spécialité : Analyses Biomédicales", "Mention : Bien",
       "Fait à Constantine le 15 septembre 2016"});
  ASSERT_TRUE(degree && degree->title);
  EXPECT_EQ(*degree->title, "Licence en Sciences Biologiques, spécialité Analyses Biomédicales");
}

}  // namespace
}  // namespace cc
