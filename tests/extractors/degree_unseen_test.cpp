// Degrees as certificates print them where our generator's diplomas do not: a title whose field
// goes on on the next line (after "Honours", in parentheses, as "Major: ..." beside another
// language, or alone), the officer who confers it before the school's name, a year in words broken
// over two lines, a birth date printed before the conferral date, two sciences in one title, and
// field names in Spanish, Romanian and Polish.
#include <gtest/gtest.h>

#include "core/text.h"
#include <nlohmann/json.hpp>

#include "extractors/classify.h"
#include "extractors/dates.h"
#include "extractors/degree.h"
#include "extractors/degree_foreign.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

using test::degree_of;

TEST(DegreeUnseen, FieldAloneOnTheNextLine) {
  const auto d = degree_of({"The Board of Trustees of", "#Great Prairie State University",
                            "upon the recommendation of the Faculty has conferred upon", "#Alyssa Marie Okoro",
                            "the degree of", "#Bachelor of Science", "Clinical Laboratory Science",
                            "with all the rights, privileges and honors thereunto appertaining.",
                            "Given at Cedar Bluff, Iowa this twenty-fourth day of June, two thousand twenty-five."});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->title, "Bachelor of Science in Clinical Laboratory Science");
  EXPECT_EQ(d->field, "medical_laboratory_science");
  EXPECT_EQ(d->conferred, "2025-06-24");
}

TEST(DegreeUnseen, HonoursThenTheFieldOnTheNextLine) {
  const auto d = degree_of({"#The University of Northmoor", "This is to certify that", "#Samuel James Duckworth",
                            "having followed an approved programme of study has been awarded the", "degree of",
                            "#Bachelor of Science with Honours", "in Biochemistry", "Second Class (Upper Division)",
                            "at a congregation held on 17 July 2019.", "Vice-Chancellor   Registrar"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->title, "Bachelor of Science with Honours in Biochemistry");
  EXPECT_EQ(d->field, "chemistry");
  EXPECT_EQ(d->institution, "University of Northmoor");  // the article is no part of the name
  EXPECT_EQ(d->conferred, "2019-07-17");
}

TEST(DegreeUnseen, FieldInParenthesesOnTheNextLine) {
  const auto d = degree_of({"#MERIDIAN UNIVERSITY COLLEGE", "This is to certify that", "#LIM MEI LING",
                            "having fulfilled all the requirements has been conferred the degree of",
                            "#BACHELOR OF SCIENCE WITH HONOURS", "(MICROBIOLOGY)",
                            "with Second Class Honours (Upper Division)", "at the 20th Convocation on 15 October 2018"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "biology");
}

TEST(DegreeUnseen, BilingualCertificateOfficerAndBirthDate) {
  const auto d = degree_of({"Doc lap - Tu do - Hanh phuc     Independence - Freedom - Happiness",
                            "HIEU TRUONG DAI HOC KY THUAT Y TE HAI VAN     THE RECTOR OF HAI VAN UNIVERSITY OF MEDICAL TECHNOLOGY",
                            "cap     confers", "BANG CU NHAN     THE DEGREE OF BACHELOR",
                            "Nganh: Ky thuat Xet nghiem Y hoc     Major: Medical Laboratory Technology",
                            "Cho: Ong Tran Van Tuan     upon: Mr. Tran Van Tuan",
                            "Ngay sinh: 26/03/1999     Date of birth: 26/03/1999",
                            "Da Nang, ngay 8 thang 7 nam 2021     Da Nang, 8 July 2021", "HIEU TRUONG     RECTOR"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->title, "Bachelor of Medical Laboratory Technology");
  EXPECT_EQ(d->field, "medical_technology");
  EXPECT_EQ(d->institution, "Hai Van University of Medical Technology");
  EXPECT_EQ(d->conferred, "2021-07-08");  // not the birth date printed first
}

TEST(DegreeUnseen, YearInWordsBrokenOverTwoLines) {
  const auto d = degree_of({"#Liguanea University", "Jamaica, West Indies", "This is to certify that",
                            "#NADINE PATRICE REID", "was admitted to the degree of", "#BACHELOR OF SCIENCE IN NURSING",
                            "Given under the Seal of the University this fourteenth day of November, two thousand",
                            "and eighteen.", "President   Registrar"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2018-11-14");
}

TEST(DegreeUnseen, BornOnIsNoConferralDate) {
  const auto d = degree_of({"Islamic Republic of Iran", "#Zagros Highlands University of Medical Sciences",
                            "Bachelor's Degree Certificate",
                            "This is to certify that Mr. Mohammad Ghasemi, son of Javad, born on 1376/03/26",
                            "(16 June 1997), ID No. 016-903169-8, has been granted the degree of Bachelor of",
                            "Science in Laboratory Sciences on 1398/04/19 (10 July 2019) with an overall",
                            "average of 15.38 (out of 20)."});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->conferred, "2019-07-10");
}

TEST(DegreeUnseen, BilingualSchoolNameAndNoSentenceForAName) {
  const auto d = degree_of({"#UNIVERSITE DU MONT FEBE / UNIVERSITY OF MOUNT FEBE", "This is to certify that",
                            "#Ayuk Brenda Eyong", "has been awarded the degree of",
                            "#Bachelor of Science in Biomedical Sciences", "on the 14th day of December 2023"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->institution, "University of Mount Febe");
  const auto e = degree_of({"BACHELOR'S DEGREE CERTIFICATE",
                            "Li Zhiqiang has studied in the program of Medical Laboratory",
                            "Technology at Jiangnan Medical University from September 2018 to June 2022 and has",
                            "completed all the courses and is hereby conferred the Bachelor of Science degree.",
                            "President of Jiangnan Medical University", "June 11, 2022"});
  ASSERT_TRUE(e);
  EXPECT_EQ(e->institution, "Jiangnan Medical University");
}

TEST(DegreeUnseen, InitialsAfterTheTitleAndTheDateTheResultWasPublished) {
  EXPECT_EQ(degree_title_in("Programme : Bachelor in Medical Laboratory Technology (B.M.L.T.)"),
            "Bachelor in Medical Laboratory Technology");
  EXPECT_EQ(degree_title_in("Bachelor of Science (Medical Technology)"), "Bachelor of Science (Medical Technology)");
  EXPECT_EQ(field_of_title(degree_title_in("Bachelor of Science (MLT)")), "medical_technology");
  const auto c = test::classify({test::make_document(
      "tor.pdf", {{"#TRIBHUVAN VALLEY UNIVERSITY", "TRANSCRIPT OF ACADEMIC RECORD", "Name of the Student : RAMESH PRASAD POUDEL",
                   "Programme : Bachelor in Medical Laboratory Technology (B.M.L.T.)", "Date of Birth : 18 March 1995 A.D.",
                   "S.N.   Subject Code   Subjects   Full Marks   Marks Obtained", "1   BMLT 101   Human Anatomy   100   76",
                   "2   BMLT 102   Basic Biochemistry   100   80", "3   BMLT 103   Basic Microbiology   100   85",
                   "4   BMLT 104   Basic Haematology   100   82",
                   "Date of Publication of Final Result: 11 October 2018 A.D."}})});
  const auto d = extract_degree({}, segments_of_type(c.result.segments, "transcript"));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->title, "Bachelor in Medical Laboratory Technology");
  EXPECT_EQ(d->conferred, "2018-10-11");
}

TEST(DegreeUnseen, TwoSciencesTheFirstIsTheMajor) {
  EXPECT_EQ(field_of_title("Bachelor of Science in Microbiology and Chemistry"), "biology");
  EXPECT_EQ(field_of_title("Bachelor of Science in Biochemistry and Molecular Biology"), "chemistry");
  EXPECT_EQ(field_of_title("Bachelor of Science in Chemistry and Biology"), "chemistry");
}

TEST(DegreeUnseen, FieldsInOtherLanguages) {
  EXPECT_EQ(field_of_title("Bacteriología y Laboratorio Clínico"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Laborator clinic (Licenţă)"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Asistenţă medicală generală (Licenţă)"), "nursing");
  EXPECT_EQ(field_of_title("Licencjat in Analityka Medyczna"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Licenciatura en Biología"), "biology");
  EXPECT_EQ(field_of_title("Licenciado en Química"), "chemistry");
  EXPECT_EQ(field_of_title("Licenciatura en Enfermería"), "nursing");
  EXPECT_EQ(field_of_title("Bachelor of Science in Laboratory Sciences"), "medical_laboratory_science");
  EXPECT_EQ(field_of_title("Bachelor of Science in Computer Science"), "other");
}

TEST(DegreeUnseen, ProfessionalTitleConferredInSpanish) {
  const auto d = degree_of({"REPÚBLICA DE COLOMBIA", "#UNIVERSIDAD ANDINA DEL TEQUENDAMA", "En atención a que el señor",
                            "#ANDRÉS FELIPE MARTÍNEZ PEÑA",
                            "cumplió satisfactoriamente los requisitos académicos, le confiere el título de",
                            "BACTERIÓLOGO Y LABORATORISTA CLÍNICO",
                            "En testimonio de ello se expide el presente diploma en Bogotá D.C.", "Rector   Secretario General"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->title, "Bacteriólogo y Laboratorista Clínico");
  EXPECT_EQ(d->level, "bachelor");
  EXPECT_EQ(d->field, "medical_laboratory_science");
}

TEST(DegreeUnseen, LevelWordAndFieldOfStudyBilingual) {
  const auto d = degree_of({"RZECZPOSPOLITA POLSKA", "#Uniwersytet Nadodrzański", "Upper Oder University", "DYPLOM",
                            "ukończenia studiów pierwszego stopnia", "Pani Joanna Ewa Mazur",
                            "ukończyła studia pierwszego stopnia na kierunku analityka medyczna o profilu",
                            "praktycznym i uzyskała tytuł zawodowy licencjata.",
                            "Diploma of completion of first-cycle studies. Ms Joanna Ewa Mazur completed",
                            "first-cycle (Bachelor) studies in the field of Medical Laboratory Science (analityka medyczna),",
                            "and was awarded the professional title of licencjat (Bachelor) on 9 June 2018.",
                            "Dziekan / Dean   Rektor / Rector"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, "bachelor");  // not the "Diploma of completion" it also prints
  EXPECT_EQ(d->field, "medical_laboratory_science");
  EXPECT_EQ(d->title, "Licencjat in Medical Laboratory Science");
  EXPECT_EQ(d->conferred, "2018-06-09");
}

TEST(DegreeUnseen, TechnicianTitleIsADiploma) {
  const auto q = stated_qualification("el Instituto le confiere el título de TÉCNICO EN LABORATORIO CLÍNICO, en Lima");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->level, "diploma");
  EXPECT_EQ(field_of_title(q->title), "medical_laboratory_science");
  EXPECT_FALSE(stated_qualification("Dear evaluator, please find my documents enclosed."));
}

TEST(DegreeUnseen, TitleInsideAWrappedSentence) {
  const auto d = degree_of({"#Zagros Highlands University of Medical Sciences", "Bachelor's Degree Certificate",
                            "This is to certify that Mr. Mohammad Ghasemi, son of Javad, has been granted the degree of Bachelor of",
                            "Science in Laboratory Sciences on 1398/04/19 (10 July 2019) with an overall average of 15.38.",
                            "Vice-Chancellor for Education   Chancellor of the University"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->title, "Bachelor of Science in Laboratory Sciences");
  EXPECT_EQ(d->field, "medical_laboratory_science");
  EXPECT_EQ(d->conferred, "2019-07-10");
}

TEST(DegreeUnseen, UndergraduateProgramOfAField) {
  const auto q = stated_qualification(
      "Li Zhiqiang has studied in the program of Medical Laboratory Technology at Jiangnan Medical University and has "
      "completed all the courses of the 4-year undergraduate program");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->level, "bachelor");
  EXPECT_EQ(q->title, "Bachelor in Medical Laboratory Technology");
}

TEST(DegreeUnseen, SpanishAndPortugueseLegalDatesWithDigitsInParentheses) {
  const auto es = find_dates("expide el presente diploma en Bogotá D.C., a los once (11) días del mes de marzo de dos "
                             "mil veintidós (2022).",
                             DayOrderInfo{});
  ASSERT_EQ(es.size(), 1u);
  ASSERT_TRUE(es[0].date);
  EXPECT_EQ(es[0].date->iso(), "2022-03-11");
  const auto pt = find_dates("aos 25 dias do mês de março de 2024", DayOrderInfo{});
  ASSERT_FALSE(pt.empty());
  ASSERT_TRUE(pt[0].date);
  EXPECT_EQ(pt[0].date->iso(), "2024-03-25");
}

TEST(DegreeUnseen, GazetteerCoversTheCountriesAgenciesRecruitFrom) {
  EXPECT_EQ(country_from_text("Jl. Prof. Dr. Hamka, Semarang, Jawa Tengah"), "ID");
  EXPECT_EQ(country_from_text("University of Medical Technology, Yangon"), "MM");
  EXPECT_EQ(country_from_text("Faculty of Medical Laboratory Sciences, Khartoum"), "SD");
  EXPECT_EQ(country_from_text("Av. Universitaria 1801, Arequipa"), "PE");
  EXPECT_EQ(country_from_text("Rua Botucatu 740, Sao Paulo"), "BR");
  EXPECT_EQ(country_from_text("Pekarska St. 69, Lviv"), "UA");
  EXPECT_EQ(country_from_text("Sihhiye, Ankara"), "TR");
  EXPECT_EQ(country_from_text("Private Bag X2021, Vanderbijlpark, 1900"), "ZA");
  EXPECT_EQ(country_from_text("Universiteit van die Vrystaat"), "ZA");
  // Common words and surnames are not places.
  EXPECT_EQ(country_from_text("Salvador Santos Trujillo, para los fines legales"), "");
}

}  // namespace
}  // namespace cc

namespace cc {
namespace {

using test::degree_of;

// A title looked for in the next 120 bytes of a sentence: a Kazakh/Russian diploma whose 120th
// byte falls inside a Cyrillic letter once stopped a whole batch (JSON cannot hold half a letter).
TEST(DegreeUnseen, TitleCutInCyrillicProseStaysWholeCharacters) {
  const auto d = degree_of({"#Dala State Medical University", "BACHELOR'S DIPLOMA",
                            "By the decision of the State Attestation Commission the holder was awarded the degree of "
                            "Bachelor of жылғы 9 маусымдағы шешімімен (№ 2 хаттама) от 9 июня 2025 года (протокол № 2) "
                            "присуждена Health Care",
                            "Rector"});
  ASSERT_TRUE(d);
  ASSERT_TRUE(d->title);
  EXPECT_NO_THROW((void)nlohmann::json(*d->title).dump()) << *d->title;
}

// A Portuguese diploma ("Licenciatura em X, este Instituto conferiu-lhe o grau de / Licenciada em X"):
// the title ends before the comma's clause, the graduate's title names the degree, "Instituto" names
// the school; and a Spanish one printed in the state's name ("La República ... y en su nombre la
// Universidad ..."): the school is the university.
TEST(DegreeUnseen, PortugueseLicenciaturaAndASchoolSpeakingInTheStatesName) {
  const auto pt = degree_of({"REPÚBLICA DE MOÇAMBIQUE", "#INSTITUTO SUPERIOR DE SAÚDE DO NORTE", "#DIPLOMA",
                             "O Director-Geral do Instituto faz saber que", "#ANA LUÍSA MACUÁCUA",
                             "tendo concluído o curso de", "Licenciatura em Análises Clínicas, este Instituto conferiu-lhe o grau de",
                             "Licenciada em Análises Clínicas", "com a classificação final de 14 (catorze) valores, em 9 de Março de 2018."});
  ASSERT_TRUE(pt);
  EXPECT_EQ(pt->title, "Licenciatura em Análises Clínicas");
  EXPECT_EQ(pt->level, "bachelor");
  EXPECT_EQ(pt->field, "medical_laboratory_science");
  ASSERT_TRUE(pt->institution);
  EXPECT_EQ(lower_utf8(*pt->institution), "instituto superior de saúde do norte");  // (the case of "do" aside)
  const auto es = degree_of({"#La República de Costa Verde y en su nombre la Universidad Central del Litoral",
                             "confiere el título de", "#LICENCIADA EN BIOANÁLISIS", "a MARTA ISABEL QUIROGA",
                             "En fe de lo cual se le expide el presente título, a los cinco días del mes de julio de 2021."});
  ASSERT_TRUE(es);
  EXPECT_EQ(es->institution, "Universidad Central del Litoral");
}

// A French licence named with its kind ("Licence Appliquée en ...", "Licence Fondamentale en ...") is a
// bachelor's; Italian degree names carry their field ("Infermieristica", "Tecniche di Laboratorio Biomedico").
TEST(DegreeUnseen, QualifiedFrenchLicenceAndItalianFields) {
  const std::string applied = degree_title_in("le DIPLÔME NATIONAL DE LICENCE APPLIQUÉE EN BIOLOGIE ANALYSES MÉDICALES");
  EXPECT_EQ(level_of_title(applied), "bachelor") << applied;
  EXPECT_EQ(field_of_title(applied), "medical_laboratory_science") << applied;
  const std::string basic = degree_title_in("Licence Fondamentale en Sciences Biologiques");
  EXPECT_EQ(level_of_title(basic), "bachelor") << basic;
  EXPECT_EQ(field_of_title(basic), "biology") << basic;
  EXPECT_TRUE(degree_title_in("conditions d'obtention du diplôme national de licence dans le système LMD").empty());
  EXPECT_EQ(degree_title_in("de Licenciada en Microbiología para que pueda ejercer la profesión"), "Licenciada en Microbiología");
  EXPECT_EQ(field_of_title("Laurea in Infermieristica"), "nursing");
  EXPECT_EQ(field_of_title("Laurea in Tecniche di Laboratorio Biomedico"), "medical_laboratory_science");
}

// Angola and Italy, round 9: a diploma's heading names the republic in its own language.
TEST(DegreeUnseen, AngolaAndItalyByTheirRepublics) {
  EXPECT_EQ(country_from_text("REPÚBLICA DE ANGOLA\nMINISTÉRIO DA SAÚDE\nInstituto Superior Politécnico do Planalto"), "AO");
  EXPECT_EQ(country_from_text("REPUBBLICA ITALIANA\nIn nome della legge\nUniversità degli Studi del Monte Rosa"), "IT");
}

// Terms named by their seasons over four years, then a final internship's one academic year: four
// years of study, not one (round 9's Omani records).
TEST(DegreeUnseen, OneAcademicYearAfterSeasonTermsIsNotTheProgrammeLength) {
  EXPECT_EQ(years_from_terms({"Foundation Program - Fall 2017", "Spring 2018 (First Semester)", "Fall 2018 (Second Semester)",
                              "Spring 2019 (Third Semester)", "Fall 2019 (Fourth Semester)", "Spring 2020 (Fifth Semester)",
                              "Fall 2020 (Sixth Semester)", "Spring 2021 (Seventh Semester)",
                              "Internship - Academic Year 2021/2022"}),
            4);
  EXPECT_EQ(years_from_terms({"Academic Year 2019/2020", "Semester 1", "Semester 2"}), 1);
}

}  // namespace
}  // namespace cc
