// Round 19 as training data (issue 16, helper p2): documents other than course rows. Each rule states
// a general property of certificates of employment or diplomas, its words kept as data
// (extractors/data/document_words.tsv) where they are words: Icelandic certificates and diplomas
// ("Vottorð um starf", "PRÓFSKÍRTEINI"), a post's share printed before its word ("í 100%
// starfshlutfalli"), hours "of work" a week, lab areas after "secteurs" / "worked at", the terms of
// a post in brackets ("(Contractual)"), a title in accented capitals ("DECLARAÇÃO") is no employer,
// a province's health authority above the employer, a name linked to a parent's ("ould", "mint"),
// a diploma's "completed on" date, a title cut before the body that conferred it; four more
// countries' names and towns in the gazetteer.
#include <gtest/gtest.h>

#include "extractors/classify.h"
#include "extractors/dates.h"
#include "extractors/document_words.h"
#include "extractors/experience.h"
#include "extractors/experience_parts.h"
#include "extractors/gazetteer.h"
#include "extractors/identity.h"
#include "extractors/text_utils.h"
#include "tests/extractors/extract_support.h"

namespace cc {
namespace {

// (Names, employers and places of no real document.)
const std::vector<std::string> kIcelandicLetter = {
    "#Rannsóknastofa Suðurlands ehf.", "Austurvegi 9, 800 Selfoss", "Selfossi, 3. mars 2026", "Vottorð um starf",
    "Hér með staðfestist að Anna Lind Jónsdóttir, kt. 120395-2219, hefur starfað sem lífeindafræðingur á",
    "rannsóknarstofu fyrirtækisins frá 1. ágúst 2021 og starfar þar enn, í 100% starfshlutfalli.",
    "Hún hefur unnið við rannsóknir í örverufræði, blóðbanka og klínískri lífefnafræði.", "Virðingarfyllst,",
    "Sigrún Pálsdóttir", "Mannauðsstjóri"};

TEST(Round19Documents, IcelandicCertificatesOfEmploymentAndDiplomasAreClassified) {
  EXPECT_EQ(classify_page(test::make_page(kIcelandicLetter)).type, "employment_letter");
  const std::vector<std::string> diploma = {"#Háskóli Norðurstrandar", "#PRÓFSKÍRTEINI", "staðfestir að", "#Anna Lind Jónsdóttir",
                                            "kennitala 120395-2219", "hefur lokið", "BS-prófi í líffræði",
                                            "með fyrstu einkunn (8,10)", "Akureyri, 20. júní 2020", "rektor"};
  EXPECT_EQ(classify_page(test::make_page(diploma)).type, "diploma");
  // the degree's initials joined to the word for its examination: "BS-prófi í líffræði"
  const auto d = test::degree_of(diploma);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->title.value_or(""), "BS í líffræði");
  EXPECT_EQ(d->level.value_or(""), "bachelor");
  EXPECT_EQ(d->field.value_or(""), "biology");
}

TEST(Round19Documents, AnIcelandicLetterGivesItsPeriodShareAreasAndHolder) {
  const Job is = test::job_of(kIcelandicLetter);
  EXPECT_EQ(is.employer.value_or(""), "Rannsóknastofa Suðurlands ehf.");  // a company form keeps its stop
  EXPECT_EQ(is.start.value_or(""), "2021-08-01");
  EXPECT_FALSE(is.end.has_value());
  EXPECT_TRUE(is.full_time_stated);
  EXPECT_EQ(is.departments, (std::vector<std::string>{"microbiology", "blood_bank", "chemistry"}));
  const auto c = test::classify({test::make_document("letter.pdf", {kIcelandicLetter})});
  EXPECT_EQ(extract_identity(c.result.segments).name.value_or(""), "Anna Lind Jónsdóttir");
  // "ágúst": Icelandic spells its other months as other languages do once accents go
  EXPECT_EQ(parse_date("16. ágúst 2024").value_or(Ymd{}).iso(), "2024-08-16");
}

TEST(Round19Documents, APostsSharePrintedBeforeItsWordAndHoursOfWorkAWeek) {
  EXPECT_TRUE(hours_in("í 100% starfshlutfalli").full_time);
  EXPECT_DOUBLE_EQ(hours_in("ansatt i 50 % stilling").hours_per_week.value_or(0), 17.5);
  EXPECT_FALSE(hours_in("100% of the samples were read").full_time);
  EXPECT_DOUBLE_EQ(hours_in("on a part-time basis, rendering 20 hours of work per week.").hours_per_week.value_or(0), 20);
}

TEST(Round19Documents, AreasAfterFrenchSecteursAndThePostWithoutItsTerms) {
  const Job lu = test::job_of({"#Laboratoire Central du Nord S.A.", "Wiltz, le 3 mars 2026", "#CERTIFICAT DE TRAVAIL",
                               "Nous certifions que Madame Léa Muller, née le 01/02/1998, est occupée en qualité de",
                               "technicienne de laboratoire depuis le 01/09/2020 à raison de 40 heures par semaine.",
                               "Elle a travaillé dans les secteurs suivants : microbiologie, hématologie et prélèvements.",
                               "Directeur des ressources humaines"});
  EXPECT_EQ(lu.departments, (std::vector<std::string>{"microbiology", "hematology", "phlebotomy"}));
  const Job ph = test::job_of({"#Mabini General Hospital", "#CERTIFICATE OF EMPLOYMENT",
                               "This is to certify that Ms. Liza Reyes Cruz has been employed in this institution as",
                               "Medical Technologist (Contractual) from March 1, 2021 up to present, on a part-time",
                               "basis, rendering 24 hours of work per week.", "HR Head"});
  EXPECT_EQ(ph.position.value_or(""), "Medical Technologist");
  EXPECT_DOUBLE_EQ(ph.hours_per_week.value_or(0), 24);
}

TEST(Round19Documents, TheEmployerIsNeitherAnAccentedTitleNorAProvincesHealthAuthority) {
  const Job cv = test::job_of({"REPÚBLICA DE CABO VERDE", "Ministério da Saúde", "HOSPITAL REGIONAL DE SÃO NICOLAU",
                               "DECLARAÇÃO",
                               "Para os devidos efeitos se declara que Rosa Lima exerce funções de Técnica de Laboratório",
                               "no Laboratório deste Hospital desde 2 de março de 2021, em regime de tempo inteiro.",
                               "O Director"});
  EXPECT_EQ(cv.employer.value_or(""), "Hospital Regional de São Nicolau");
  // an address line without a number, a street's word first, is no employer
  const Job lab = test::job_of({"REPÚBLICA DE CABO VERDE", "Rua do Hospital, Chã de Alecrim, Mindelo",
                                "#LABORATÓRIO DE ANÁLISES CLÍNICAS MONTE VERDE", "DECLARAÇÃO",
                                "Para os devidos efeitos se declara que Rosa Lima exerceu funções de Técnica de Análises",
                                "Clínicas neste Laboratório entre 1 de julho de 2021 e 1 de janeiro de 2024.", "O Director"});
  EXPECT_EQ(lab.employer.value_or(""), "Laboratório de Análises Clínicas Monte Verde");
  const Job td = test::job_of({"RÉPUBLIQUE DU NIGER", "Fraternité - Travail - Progrès", "MINISTÈRE DE LA SANTÉ PUBLIQUE",
                               "Délégation Sanitaire Provinciale du Nord", "Hôpital de District de Sabon Gari",
                               "#ATTESTATION DE TRAVAIL",
                               "Je soussigné, Médecin-Chef de l'Hôpital de District de Sabon Gari, atteste que Monsieur",
                               "Ali Moussa, Technicien de Laboratoire, sert au laboratoire de notre hôpital depuis le",
                               "1er mars 2022 à ce jour.", "Le Médecin-Chef"});
  EXPECT_EQ(td.employer.value_or(""), "Hôpital de District de Sabon Gari");
}

TEST(Round19Documents, ANameLinkedToAParentsKeepsItsOrderUnderASurnameFirstLabel) {
  const auto c = test::classify({test::make_document(
      "transcript.pdf", {{"#Université du Littoral Atlantique", "#RELEVÉ DE NOTES",
                          "Nom et Prénom: Ahmed Salem ould Cheikh", "Année universitaire: 2019/2020",
                          "Code Élément de module Crédits Note", "BIO101 Biologie cellulaire 6 14,50",
                          "CHI102 Chimie générale 6 12,00"}})});
  EXPECT_EQ(extract_identity(c.result.segments).name.value_or(""), "Ahmed Salem ould Cheikh");
}

TEST(Round19Documents, TheDegreeIsDatedByItsCompletionAndItsTitleEndsBeforeItsConferringBody) {
  const auto cv = test::degree_of({"REPÚBLICA DE CABO VERDE", "#UNIVERSIDADE DO ATLÂNTICO NORTE", "#CARTA DE CURSO",
                                   "O Reitor da Universidade do Atlântico Norte, faz saber que Rosa Lima, natural de",
                                   "Mindelo, nascida a 4 de maio de 2000, concluiu em 15 de julho de 2022 a Licenciatura",
                                   "em Análises Clínicas, conferida pela Faculdade de Ciências, com a classificação final",
                                   "de 14 (catorze) valores.", "Mindelo, 20 de outubro de 2022.", "O Reitor"});
  ASSERT_TRUE(cv.has_value());
  EXPECT_EQ(cv->conferred.value_or(""), "2022-07-15");
  EXPECT_EQ(cv->title.value_or(""), "Licenciatura em Análises Clínicas");
  const auto lu = test::degree_of({"#Lycée technique du Nord – Professions de santé", "#BREVET DE TECHNICIEN SUPÉRIEUR",
                                   "Le Directeur du Lycée technique du Nord certifie que Léa Muller, née le 01.02.1998,",
                                   "a obtenu le diplôme de BTS Analyses médicales, avec la mention bien.",
                                   "Wiltz, le 15 juillet 2020", "Le Directeur"});
  ASSERT_TRUE(lu.has_value());
}

TEST(Round19Documents, MaltaTheBahamasLuxembourgAndIcelandAreInTheGazetteer) {
  auto best = [](const std::string& text) {
    std::string country;
    int score = 0;
    for (const auto& [c, s] : gazetteer_scores(text))
      if (s > score) country = c, score = s;
    return country;
  };
  EXPECT_EQ(best("Given at Nassau, The Bahamas, this sixteenth day of July"), "BS");
  EXPECT_EQ(best("University of Malta, Msida"), "MT");
  EXPECT_EQ(best("5, rue de la Libération, L-3511 Dudelange"), "LU");
  EXPECT_EQ(best("Eyrarlandsvegi 44, 600 Akureyri"), "IS");
}

// A certificate may cite its school inside a preamble ("Vu le décret portant organisation de l'École
// ...", "La Conférence des directeurs de l'École ... décerne à"): the school is the name from its school
// word on, not the words that cite it (helper n4, issue 16).
TEST(Round19Documents, TheSchoolCitedInAPreambleIsNamedWithoutThePreamble) {
  const auto ne = test::degree_of({"RÉPUBLIQUE DU NORD", "#DIPLÔME D'ÉTAT", "Le Ministre de la Santé Publique,",
                                   "Vu la Constitution ;",
                                   "Vu le décret portant organisation de l'École Nationale de Santé Publique du Nord ;",
                                   "décerne à Mme Awa Issa, née le 01/02/1999, le Diplôme de Technicien Supérieur en",
                                   "Analyses Biomédicales.", "Fait à Agadez, le 20 juillet 2020"});
  ASSERT_TRUE(ne.has_value());
  EXPECT_EQ(ne->institution.value_or(""), "École Nationale de Santé Publique du Nord");
  const auto ch = test::degree_of({"La Conférence des directeurs de l'École supérieure de santé du Lac décerne à",
                                   "#Marie Dupont", "née le 3 mars 1998", "le titre de",
                                   "Technicienne en analyses biomédicales diplômée ES", "Genève, le 30 septembre 2021"});
  ASSERT_TRUE(ch.has_value());
  EXPECT_EQ(ch->institution.value_or(""), "École supérieure de santé du Lac");
  // A name that is a school's before its "of" stays whole ("Eastland University School of ...").
  const auto ke = test::degree_of({"#Eastland University School of Medical Sciences", "#DIPLOMA",
                                   "This is to certify that Jane Achieng", "has been awarded the degree of",
                                   "Bachelor of Science in Medical Laboratory Sciences", "Given on 3 July 2021"});
  ASSERT_TRUE(ke.has_value());
  EXPECT_EQ(ke->institution.value_or(""), "Eastland University School of Medical Sciences");
}

// The title ends where what is said after it begins: a clause "and to ..." (Danish "og til at
// anvende titlen", the right to use the professional title) and the honours class of the degree.
TEST(Round19Documents, TheTitleEndsBeforeAClauseAndBeforeItsHonoursClass) {
  const auto dk = test::degree_of({"#Professionshøjskolen Nord", "#EKSAMENSBEVIS", "Anna Jensen",
                                   "har gennemført uddannelsen og er tildelt graden",
                                   "Professionsbachelor i bioanalytisk diagnostik og til at anvende titlen bioanalytiker.",
                                   "Aalborg, den 24. juni 2022"});
  ASSERT_TRUE(dk.has_value());
  EXPECT_EQ(dk->title.value_or(""), "Professionsbachelor i bioanalytisk diagnostik");
  const auto cm = test::degree_of({"#University of Eastland", "This is to certify that John Ndi",
                                   "was awarded the degree of",
                                   "Bachelor of Science in Biomedical Sciences, Second Class Upper",
                                   "Given on 20 December 2018"});
  ASSERT_TRUE(cm.has_value());
  EXPECT_EQ(cm->title.value_or(""), "Bachelor of Science in Biomedical Sciences");
  const auto hk = test::degree_of({"#University of Eastland", "This is to certify that Wong Ka Yan",
                                   "was awarded the degree of",
                                   "Bachelor of Science in Medical Laboratory Science (Third Class Honours)",
                                   "Given on 20 December 2018"});
  ASSERT_TRUE(hk.has_value());
  EXPECT_EQ(hk->title.value_or(""), "Bachelor of Science in Medical Laboratory Science");
}

// A post of capitalised words goes on in lower case after a particle ("en qualité de Technicien
// Supérieur de laboratoire au service de ..."); a status word beside it, with no particle, does not,
// nor does the place after an article ("... de la ...").
TEST(Round19Documents, APostOfCapitalisedWordsGoesOnAfterItsParticle) {
  const Job ne = test::job_of({"Hôpital National du Nord", "ATTESTATION DE TRAVAIL",
                               "Je soussigné, Directeur de l'Hôpital National du Nord, atteste que Mme Awa Issa",
                               "a exercé en qualité de Technicien Supérieur de laboratoire au service de biologie",
                               "du 27 septembre 2019 au 27 mai 2021.", "Le Directeur"});
  EXPECT_EQ(ne.position.value_or(""), "Technicien Supérieur de laboratoire");
  const Job status = test::job_of({"Hôpital National du Nord", "ATTESTATION DE TRAVAIL",
                                   "Je soussigné, Directeur de l'Hôpital National du Nord, atteste que Mme Awa Issa",
                                   "a exercé en qualité de Technicien Supérieur vacataire au service de biologie",
                                   "du 27 septembre 2019 au 27 mai 2021.", "Le Directeur"});
  EXPECT_EQ(status.position.value_or(""), "Technicien Supérieur");
}

// Icelandic letters name the post after "hefur starfað sem" (has worked as), in lower case, up to
// the clause's next part ("á", at; "frá", from).
TEST(Round19Documents, AnIcelandicPostAfterHasWorkedAs) {
  const Job is = test::job_of({"Rannsóknastofan Norður ehf.", "Reykjavík, 4. september 2026", "Vottorð um starf",
                               "Hér með staðfestist að Jón Jónsson, kt. 060797-5879, hefur starfað sem",
                               "lífeindafræðingur á rannsóknarstofu fyrirtækisins frá 1. febrúar 2023 til 20. júlí 2026.",
                               "Virðingarfyllst,"});
  EXPECT_EQ(is.position.value_or(""), "lífeindafræðingur");
}

}  // namespace
}  // namespace cc
