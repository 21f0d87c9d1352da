// Pages as people who never saw our generator print them: letters and certificates in Spanish and
// Romanian, transcripts that repeat their header (and the degree) on every page, a transcript's
// last page with the seal and the signatures, and two transcripts of two credentials in one file.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/classify_cues.h"
#include "extractors/classify_shape.h"
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

// A table of courses whose marks are printed in words, with their figure after them or their name
// in brackets after the figure, is a transcript's table however the document names itself
// ("академична справка", "escolaridad" are in no cue list).
TEST(ClassifyUnseen, CourseRowsWithMarksInWordsMakeATranscript) {
  EXPECT_EQ(course_rows({"1 Анатомия и физиология на човека 60 45 6 Отличен 6", "2 Обща химия 45 30 5 Добър 4",
                         "04/07/2015 Matemática y Bioestadística Curso 8 (ocho) 8", "Hallgató neve: KOVÁCS Anna",
                         "Общо за семестъра: 30 кредита"}),
            3);
  std::vector<std::string> lines = {"#МЕДИЦИНСКИ УНИВЕРСИТЕТ", "АКАДЕМИЧНА СПРАВКА", "Студент: Мария Иванова Петрова",
                                    "№ Учебна дисциплина Л У ECTS Оценка", "I семестър"};
  const std::vector<std::string> words = {"Отличен 6", "Добър 4", "Много добър 5"};
  for (int i = 1; i <= 12; ++i)
    lines.push_back(std::to_string(i) + " Дисциплина " + std::to_string(i) + " " + std::to_string(30 + i) + " 15 " +
                    std::to_string(3 + i % 3) + " " + words[i % 3]);
  const PageClass pc = classify_page(test::make_page(lines));
  EXPECT_EQ(pc.type, "transcript") << pc.transcript << " " << pc.other << " " << pc.diploma;
}

// A certificate of studies that prints each mark in figures and then spelled out in capitals,
// unbracketed, before the credits, the date and the term as an ordinal and a year: its rows are
// course rows without the help of a code shape (on a scan the roman numerals of the titles, which
// a code pattern could take for a code, are misread: "Matemática Il 76").
TEST(ClassifyUnseen, MarksSpelledOutInCapitalsBeforeTheCreditsAreCourseRows) {
  EXPECT_EQ(course_rows({"001 Matemática Í 72 SETENTA Y DOS 5 03/06/2016 ler. Sem. 2016",
                         "011 Matemática 1 76 SETENTA Y SEIS 5 08/11/2016 2do. Sem. 2016",
                         "006 Filosofía de la Ciencia 74 SETENTA Y CUATRO 3 07/06/2016 1er. Sem. 2016",
                         "que el (la) estudiante LUIS PÉREZ, carné No. 201623041, de la carrera",
                         "Credits: 60 GPA: 3.25"}),
            3);
}

// A Dutch record of study results ("Overzicht studieresultaten") is a transcript by its name; rows
// ending with their term, a year and its part in figures ("6,8  5  2022/23"), after the exam's date,
// are course rows.
TEST(ClassifyUnseen, DutchStudyResultsWithTheTermAtTheRowsEndAreATranscript) {
  EXPECT_EQ(course_rows({"BML-CHEM1 Algemene chemie 08-11-2021 6,8 5 2021-1", "BML-SLB1 Studieloopbaanbegeleiding 1 10-11-2021 7,0 2,5 2021/22",
                         "BML-KLCH1 Klinische chemie 1 06-11-2022 7,4 5 2022/23"}),
            3);
  std::vector<std::string> lines = {"#Hogeschool Waddenkust", "Overzicht studieresultaten", "Naam Noor van Dijk",
                                    "Studentnummer 59263930", "Propedeutische fase", "Cursus Omschrijving Toetsdatum Resultaat EC Periode"};
  const char* titles[] = {"Algemene chemie", "Celbiologie", "Biochemie 1", "Genetica"};
  for (int i = 0; i < 4; ++i) lines.push_back("BML-X" + std::to_string(i) + " " + titles[i] + " 08-11-2021 7,0 5 2021-P" + std::to_string(i + 1));
  const PageClass pc = classify_page(test::make_page(lines));
  EXPECT_EQ(pc.type, "transcript") << pc.transcript << " " << pc.other << " " << pc.diploma;
  EXPECT_GE(score_cues("overzicht studieresultaten").transcript, 4);
  EXPECT_GE(score_cues("cijferlijst").transcript, 4);
}

// The certificate of the examinations passed in Bosnian, Croatian and Montenegrin (ijekavian
// "uvjerenje") as in Serbian ("uverenje"): a transcript by its name.
TEST(ClassifyUnseen, CertificateOfExaminationsPassedInIjekavianIsATranscriptByItsName) {
  EXPECT_GE(score_cues("uvjerenje o položenim ispitima").transcript, 4);
  EXPECT_GE(score_cues("UVJERENJE O POLOŽENIM ISPITIMA").transcript, 4);
  EXPECT_GE(score_cues("uverenje o položenim ispitima").transcript, 4);
}

// Spain's record of studies is the "certificación académica (personal)": a transcript by its name.
TEST(ClassifyUnseen, SpanishAcademicCertificationIsATranscriptByItsName) {
  EXPECT_GE(score_cues("certificacion academica personal").transcript, 5);
  EXPECT_GE(score_cues("certificación académica personal").transcript, 5);
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

// Portuguese documents, accents as printed: a record whose rows are numbered and end in a spelled-out
// mark and a remark ("6  16 (dezasseis)  Dispensado"), a diploma whose institute "conferiu-lhe o grau
// de", and a declaration of service.
TEST(ClassifyUnseen, PortugueseRecordDiplomaAndDeclaration) {
  std::vector<std::string> record = {"#INSTITUTO SUPERIOR DE SAÚDE DO NORTE", "DECLARAÇÃO DE NOTAS",
                                     "Nº   Disciplina   Ano   Semestre   Créditos   Classificação   Observações"};
  const std::vector<std::string> subjects = {"Química Geral", "Anatomia Humana", "Fisiologia Humana", "Bioquímica Geral",
                                             "Microbiologia Geral", "Hematologia I"};
  for (std::size_t i = 0; i < subjects.size(); ++i)
    record.push_back(std::to_string(i + 1) + "   " + subjects[i] + "   1.º   1.º   6   16 (dezasseis)   Dispensado");
  const PageClass transcript = classify_page(test::make_page(record));
  EXPECT_EQ(transcript.type, "transcript") << transcript.transcript << " " << transcript.letter << " " << transcript.other;

  const PageClass diploma = classify_page(test::make_page(
      {"REPÚBLICA DE MOÇAMBIQUE", "#INSTITUTO SUPERIOR DE SAÚDE DO NORTE", "#DIPLOMA",
       "O Director-Geral do Instituto faz saber que", "#ANA LUÍSA MACUÁCUA",
       "tendo concluído o curso de Licenciatura em Análises Clínicas, este Instituto conferiu-lhe o grau de",
       "Licenciada em Análises Clínicas", "Nampula, aos 9 de Março de 2018"}));
  EXPECT_EQ(diploma.type, "diploma") << diploma.diploma << " " << diploma.transcript;

  const PageClass letter = classify_page(test::make_page(
      {"#CENTRO DE SAÚDE DE NAMAACHA", "DECLARAÇÃO",
       "Para os devidos efeitos declara-se que ANA LUÍSA MACUÁCUA exerce as funções de Técnica de Laboratório",
       "desde 3 de Fevereiro de 2019 até à", "presente data, em regime de tempo inteiro."}));
  EXPECT_EQ(letter.type, "employment_letter") << letter.letter << " " << letter.other;
}

// A bilingual diploma cites its supplement's number ("Diploma supplement N DS-2025-73091"): it is no
// diploma supplement (a transcript), and "has been awarded the academic degree of" is a diploma's.
TEST(ClassifyUnseen, ADiplomaCitingItsSupplementsNumberIsADiploma) {
  const PageClass pc = classify_page(test::make_page(
      {"#NORTHERN COAST MEDICAL UNIVERSITY", "#DIPLOMA", "No. NCM 104455", "#Tamar Beridze",
       "has been awarded the academic degree of", "Bachelor of Medical Diagnostics",
       "Rector's order N 211 of 20/07/2024", "Diploma supplement N DS-2024-55120", "Rector"}));
  EXPECT_EQ(pc.type, "diploma") << pc.diploma << " " << pc.transcript;
}

// Letters in a bundle: a letter followed by its own translation (same heading, "TRANSLATION" above it)
// is one document; a second French "certificat de travail" right after the first is another.
TEST(ClassifyUnseen, ATranslatedLetterIsOneDocumentAndASecondCertificateAnother) {
  const std::vector<std::string> original = {
      "#GENERAL HOSPITAL OF NORTH HARBOUR", "ΒΕΒΑΙΩΣΗ ΠΡΟΫΠΗΡΕΣΙΑΣ",
      "Βεβαιώνεται ότι η ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ υπηρετεί στο Νοσοκομείο μας ως Τεχνολόγος Ιατρικών Εργαστηρίων,",
      "με πλήρη απασχόληση (40 ώρες εβδομαδιαίως), από 1/3/2021 μέχρι σήμερα."};
  const std::vector<std::string> translation = {
      "TRANSLATION", "#GENERAL HOSPITAL OF NORTH HARBOUR", "SERVICE CERTIFICATE",
      "It is hereby certified that ELENI PAPADOPOULOU has been working at our Hospital as Medical Laboratory",
      "Technologist, full-time (40 hours per week), from 1/3/2021 to date.", "Translated from the Greek original."};
  const std::vector<std::string> first = {
      "#CENTRE HOSPITALIER DE LA LAGUNE", "CERTIFICAT DE TRAVAIL",
      "Je soussigné, le Directeur, certifie que M. Ibrahima Faye a été employé dans notre établissement du",
      "1er avril 2020 au 30 juin 2022 en qualité de Technicien de laboratoire, à temps plein."};
  const std::vector<std::string> second = {
      "#CENTRE DE SANTÉ DU PLATEAU", "CERTIFICAT DE TRAVAIL",
      "Je soussignée, la Médecin-Chef, certifie que M. Ibrahima Faye a été employé dans notre établissement du",
      "1er juillet 2022 au 31 mars 2024 en qualité de Technicien de laboratoire, à temps plein."};
  const auto c = test::classify({test::make_document("greek.pdf", {original, translation}),
                                 test::make_document("french.pdf", {first, second})});
  EXPECT_EQ(describe(c.result.kinds.segments.at("greek.pdf")), "employment_letter[1,2] ");
  EXPECT_EQ(describe(c.result.kinds.segments.at("french.pdf")), "employment_letter[1] employment_letter[2] ");
}

// Round 9's certificates: a French national diploma "delivered to" its holder under "Vu ..." clauses,
// an Italian one granted "in nome della legge", an Italian and a French certificate of service (the
// French one closing "En foi de quoi ... délivrée", which is no diploma), and two Portuguese
// declarations of service one after the other in one file.
TEST(ClassifyUnseen, FrenchAndItalianDiplomas) {
  const PageClass fr = classify_page(test::make_page(
      {"RÉPUBLIQUE DU SÉNÉGAL", "#Université des Palmiers — Faculté des Sciences", "DIPLÔME NATIONAL DE LICENCE EN CHIMIE",
       "Le Recteur,", "Vu le décret relatif au régime des études universitaires,",
       "Vu le procès-verbal du jury de délibération,", "délivre à Mme", "#Awa NDIAYE",
       "née le 03/02/1998 à Thiès,", "Fait à Dakar, le 20 Juillet 2021"}));
  EXPECT_EQ(fr.type, "diploma") << fr.diploma << " " << fr.letter << " " << fr.transcript;
  const PageClass it = classify_page(test::make_page(
      {"REPUBBLICA ITALIANA", "In nome della legge", "#UNIVERSITÀ DEGLI STUDI DEL MONTE ROSA",
       "Il Rettore, visti gli atti da cui risulta che", "#Giulia Ferri", "nata a Biella il 2 marzo 1999",
       "ha superato le prove prescritte, conferisce a lei la", "LAUREA IN SCIENZE BIOLOGICHE",
       "Aosta, 12 luglio 2021"}));
  EXPECT_EQ(it.type, "diploma") << it.diploma << " " << it.letter << " " << it.transcript;
}

TEST(ClassifyUnseen, ItalianAndFrenchCertificatesOfService) {
  const PageClass it = classify_page(test::make_page(
      {"#OSPEDALE SAN MARCO", "Prot. n. 1234/2025", "CERTIFICATO DI SERVIZIO",
       "Si certifica che il Sig. Luca Bianchi ha prestato servizio presso questa Azienda",
       "dal 01/03/2020 al 31/12/2023 come Tecnico di laboratorio biomedico, 36 ore settimanali."}));
  EXPECT_EQ(it.type, "employment_letter") << it.letter << " " << it.diploma << " " << it.transcript;
  EXPECT_TRUE(it.starts_document);
  const PageClass fr = classify_page(test::make_page(
      {"#CENTRE HOSPITALIER DU FLEUVE", "ATTESTATION DE SERVICES FAITS",
       "Je soussigné, le Directeur, atteste que Mme Fatou Diallo a été en service au Laboratoire",
       "du 1er mars 2021 au 30 juin 2024, à raison de 40 heures par semaine.",
       "En foi de quoi, la présente attestation lui est délivrée pour servir et valoir ce que de droit."}));
  EXPECT_EQ(fr.type, "employment_letter") << fr.letter << " " << fr.diploma << " " << fr.transcript;
}

TEST(ClassifyUnseen, TwoPortugueseDeclarationsOfServiceAreTwoLetters) {
  const auto declaration = [](const std::string& employer, const std::string& period) {
    return std::vector<std::string>{"#" + employer, "DECLARAÇÃO DE SERVIÇO",
                                    "Para os devidos efeitos se declara que ANA MARIA COSTA prestou serviço nesta instituição,",
                                    "afecta ao Laboratório de Hematologia, " + period + ", 30 horas semanais.",
                                    "O Chefe do Departamento de Recursos Humanos"};
  };
  const auto c = test::classify({test::make_document(
      "bundle.pdf", {declaration("HOSPITAL CENTRAL DO NORTE", "de 2019 a 2021"),
                     declaration("CLÍNICA DO SUL", "de 2021 até à presente data")})});
  EXPECT_EQ(describe(c.result.kinds.segments.at("bundle.pdf")), "employment_letter[1] employment_letter[2] ");
}

}  // namespace
}  // namespace cc
