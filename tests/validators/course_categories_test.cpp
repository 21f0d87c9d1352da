// The shipped course-category mapping and degree-field normalisation (criteria.md's "Course
// categories" and "MLS-field degree"), on titles as transcripts print them; first match wins.
#include <gtest/gtest.h>

#include "validator_fixtures.h"
#include "validators/fact_readings.h"

namespace cc {
namespace {

std::string category(const std::string& title) {
  Course c;
  c.title = title;
  return category_of(c, vtest::default_rules().course_categories);
}

TEST(CourseCategories, Chemistry) {
  for (const char* t : {"General Chemistry I", "Inorganic Chemistry", "Organic Chemistry II", "Analytical Chemistry",
                        "Physical Chemistry I", "Biochemistry", "Chemistry V: Biochemistry", "Nutritional Biochemistry",
                        "Metabolism of Lipids", "Biochemical Methods", "Introduction to Chemistry"})
    EXPECT_EQ(category(t), "chemistry") << t;
}

TEST(CourseCategories, Biology) {
  for (const char* t : {"General Biology I", "General Zoology", "General Botany", "Human Anatomy and Physiology II",
                        "Genetics", "Cell and Molecular Biology", "Microbiology", "General Microbiology", "Immunology",
                        "Zoology II: Cell Biology", "Microbiology III: Immunology", "Plant Physiology",
                        "Immunology and Immunochemistry", "Microbial Physiology and Metabolism", "Pathogenic Microbiology"})
    EXPECT_EQ(category(t), "biology") << t;
}

TEST(CourseCategories, Mathematics) {
  for (const char* t : {"College Algebra", "Calculus I", "Biostatistics", "Elementary Statistics", "Plane Trigonometry",
                        "Mathematics in the Modern World", "Business Mathematics"})
    EXPECT_EQ(category(t), "mathematics") << t;
}

// Titles in Dutch, German, the Scandinavian, Finnish, Estonian, Slavic and Baltic languages and Russian.
TEST(CourseCategories, TheSciencesInMoreEuropeanLanguages) {
  for (const char* t : {"Algemene chemie", "Organische Chemie", "Kemi för biomedicinska analytiker", "Generell kjemi",
                        "Yleinen kemia", "Üldkeemia", "Opća kemija", "Opšta i neorganska hemija", "Biokemi",
                        "Биохимия"})
    EXPECT_EQ(category(t), "chemistry") << t;
  for (const char* t : {"Fysiologie", "Humanfysiologi", "Histologi", "Immunologie", "Анатомия человека"})
    EXPECT_EQ(category(t), "biology") << t;
  for (const char* t : {"Wiskunde en statistiek", "Statistiek"}) EXPECT_EQ(category(t), "mathematics") << t;
  for (const char* t : {"Klinische chemie 1", "Klinisk kemi I", "Medisinsk biokjemi", "Kliininen kemia",
                        "Klinička biohemija I", "Hematologi", "Hämatologie", "Immunhematologi og transfusjonsmedisin",
                        "Medische microbiologie", "Medicinska mikrobiologija", "Клиническая биохимия"})
    EXPECT_EQ(category(t), "mls_professional") << t;
  for (const char* t : {"Bachelorarbeit", "Examensarbete i biomedicinsk laboratorievetenskap", "Scriptie",
                        "Verpleegkunde 1", "Sykepleie og kjemi"})
    EXPECT_EQ(category(t), "other") << t;
}

TEST(CourseCategories, MlsProfessionalBeforeTheScienceItNames) {
  for (const char* t : {"Clinical Chemistry 1", "Clinical Biochemistry I", "Chemical Pathology II", "Hematology 2",
                        "Haematology I", "Immunohematology", "Immunohematology and Blood Banking", "Blood Transfusion Science",
                        "Clinical Microscopy", "Urinalysis and Body Fluids", "Medical Microbiology", "Clinical Microbiology II",
                        "Parasitology", "Clinical Parasitology and Mycology", "Histopathology and Cytology",
                        "Histopathologic and Cytologic Techniques", "Medical Technology Laws and Bioethics",
                        "Laboratory Management", "Medical Laboratory Management", "Internship in Clinical Chemistry",
                        "Hospital Internship: Microbiology and Blood Bank", "Clinical Practicum II: Hematology and Blood Bank",
                        "Laboratory Posting: Chemical Pathology", "Hospital Laboratory Training", "Hematology II and Coagulation"})
    EXPECT_EQ(category(t), "mls_professional") << t;
}

TEST(CourseCategories, EverythingElseIsOther) {
  for (const char* t : {"English Composition", "General Physics I", "Introduction to Nursing", "Pharmacology for Nurses",
                        "Intensive Nursing Practicum 1", "Practicum (300 hours)", "Research Methods in Biology",
                        "Biology Seminar", "Seminar in Medical Technology 1", "Introduction to Medical Technology",
                        "Undergraduate Thesis 1", "Physical Fitness and Wellness", "Financial Accounting 1", "Clinical Practice I"})
    EXPECT_EQ(category(t), "other") << t;
}

TEST(CourseCategories, ACourseWithoutATitleKeepsItsCategory) {
  Course c;
  c.category = "chemistry";
  EXPECT_EQ(category_of(c, vtest::default_rules().course_categories), "chemistry");
  c.category = "astrology";
  EXPECT_EQ(category_of(c, vtest::default_rules().course_categories), "other");
}

TEST(SemesterHours, ByCreditSystem) {
  const Definitions& defs = vtest::default_rules().definitions;
  Course c;
  c.credits = 3;
  EXPECT_DOUBLE_EQ(*semester_hours_of(c, std::string("semester"), defs), 3);
  EXPECT_DOUBLE_EQ(*semester_hours_of(c, std::string("units"), defs), 3);
  EXPECT_DOUBLE_EQ(*semester_hours_of(c, std::string("quarter"), defs), 2);
  EXPECT_FALSE(semester_hours_of(c, std::string("marks"), defs));
  c.credits.reset();
  EXPECT_FALSE(semester_hours_of(c, std::string("semester"), defs));
}

TEST(SemesterHours, TotalsPerCategoryForTheDossier) {
  CourseworkFacts cw;
  cw.credit_system = "quarter";
  cw.courses = {vtest::course("General Biology", 6), vtest::course("Organic Chemistry", 3), vtest::course("Hematology", 4.5),
                vtest::course("Art Appreciation", 3)};
  cw.courses[3].credits.reset();  // no credits printed: not counted
  const auto totals = coursework_totals(cw, vtest::default_rules());
  EXPECT_DOUBLE_EQ(totals.at("biology"), 4);
  EXPECT_DOUBLE_EQ(totals.at("chemistry"), 2);
  EXPECT_DOUBLE_EQ(totals.at("mls_professional"), 3);
  EXPECT_DOUBLE_EQ(totals.at("mathematics"), 0);
  EXPECT_DOUBLE_EQ(totals.at("other"), 0);
}

TEST(DegreeFields, TitlesNormaliseToTheRulesetsFields) {
  const Definitions& defs = vtest::default_rules().definitions;
  const auto field = [&](const char* title) { return field_from_title(title, defs).value_or("-"); };
  EXPECT_EQ(field("Bachelor of Science in Medical Technology"), "medical_technology");
  EXPECT_EQ(field("B.Sc. Medical Laboratory Technology"), "medical_technology");
  EXPECT_EQ(field("Bachelor of Medical Laboratory Science"), "medical_laboratory_science");
  EXPECT_EQ(field("Bachelor of Science in Clinical Laboratory Science"), "medical_laboratory_science");
  EXPECT_EQ(field("BSc Biomedical Laboratory Science"), "medical_laboratory_science");
  EXPECT_EQ(field("BSc Biomedical Science"), "medical_laboratory_science");
  EXPECT_EQ(field("Bachelor of Science in Biology"), "biology");
  EXPECT_EQ(field("B.Sc. (Hons) Microbiology"), "biology");
  EXPECT_EQ(field("Bachelor of Science in Zoology"), "biology");
  EXPECT_EQ(field("Bachelor of Science in Biological Sciences"), "biology");
  EXPECT_EQ(field("B.Sc. Biochemistry"), "chemistry");
  EXPECT_EQ(field("Bachelor of Science in Chemistry"), "chemistry");
  EXPECT_EQ(field("Bachelor of Science in Nursing"), "nursing");
  EXPECT_EQ(field("Bachelor of Science in Business Administration"), "-");
}

TEST(DegreeFields, TheMlsFieldUnderItsOtherNames) {
  const Definitions& defs = vtest::default_rules().definitions;
  const auto field = [&](const char* title) { return field_from_title(title, defs).value_or("-"); };
  EXPECT_EQ(field("Bachelor of Science in Medical Laboratory Techniques"), "medical_laboratory_science");
  EXPECT_EQ(field("Bachelor of Health Care (Medical Laboratory Diagnostics)"), "medical_laboratory_science");
  EXPECT_EQ(field("Licenciada en Análisis Clínicos"), "medical_laboratory_science");
  EXPECT_EQ(field("Licenciatura en Tecnología de la Salud, perfil Laboratorio Clínico"), "medical_laboratory_science");
  EXPECT_EQ(field("Licence en Sciences de Laboratoire Médical"), "medical_laboratory_science");
  EXPECT_EQ(field("Diplôme de technicien de laboratoire d'analyses"), "medical_laboratory_science");
  // A laboratory outside medicine names no MLS field.
  EXPECT_EQ(field("Bachelor of Science in Laboratory Animal Management"), "-");
  EXPECT_EQ(field("Licence en Génie des procédés, laboratoire industriel"), "-");
}

TEST(DegreeFields, TheClinicalLaboratoryProfessionsLatinAmericanNames) {
  const Definitions& defs = vtest::default_rules().definitions;
  const auto field = [&](const char* title) { return field_from_title(title, defs).value_or("-"); };
  EXPECT_EQ(field("Licenciatura en Química Biológica"), "medical_laboratory_science");
  EXPECT_EQ(field("QUÍMICO BIÓLOGO"), "medical_laboratory_science");
  EXPECT_EQ(field("Químico Bacteriólogo Parasitólogo"), "medical_laboratory_science");
  EXPECT_EQ(field("Licenciatura en Bioanálisis"), "medical_laboratory_science");
  // The sciences keep their fields.
  EXPECT_EQ(field("Licenciatura en Química"), "-");
  EXPECT_EQ(field("Licenciado en Biología"), "biology");
}

}  // namespace
// Added after seeing round 14 (German, Lithuanian, Albanian degrees read with no field): the
// profession's names in European titles are the MLS field; the sciences keep theirs.
TEST(DegreeFields, TheProfessionsEuropeanNames) {
  const Definitions& defs = vtest::default_rules().definitions;
  const auto field = [&](const char* title) { return field_from_title(title, defs).value_or("-"); };
  EXPECT_EQ(field("Bachelor of Science Biomedizinische Analytik"), "medical_laboratory_science");
  EXPECT_EQ(field("Biomedicininė diagnostika"), "medical_laboratory_science");
  EXPECT_EQ(field("Professional Bachelor of Biomedical Diagnostics"), "medical_laboratory_science");
  EXPECT_EQ(field("Bachelor Biologie en Medisch Laboratoriumonderzoek"), "medical_laboratory_science");
  EXPECT_EQ(field("Bachelor në Laborant Mjekësor"), "medical_laboratory_science");
  EXPECT_EQ(field("Bachelor of Science Biologie"), "biology");
  EXPECT_EQ(field("Bachelor of Science Informatik"), "-");
}

}  // namespace cc
