// What the extractors hand to the validators: the facts read about one candidate, each with the
// evidence it was read from (file, page, box, text) and a confidence of its own. Names and value
// sets mirror the dossier contract (../shared/spec/dossier.md) so the dossier is a rendering of
// these structs. "Not found" is an empty optional, never a made-up value.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/page_text.h"

namespace cc {

struct Evidence {
  std::string file;   // document file name within the candidate folder
  int page = 0;       // from 1
  Box bbox;           // PDF points, top-left origin
  std::string text;   // the text the fact was read from
  double confidence = 1.0;  // 0..1
};

// Facts read below this confidence go to review rather than decide anything.
constexpr double kLowConfidence = 0.80;

struct NameSighting {
  std::string file;
  std::string as_printed;  // "DELA CRUZ, MARIA S."
  std::string natural;     // "Maria S. Dela Cruz"
  Evidence evidence;
};

struct IdentityFacts {
  std::optional<std::string> name;     // best reading, natural order
  std::vector<std::string> variants;   // as printed, distinct
  std::vector<NameSighting> sightings; // one per document where a name was found
};

struct DegreeFacts {
  std::optional<std::string> level;    // bachelor | master | doctorate | associate | diploma
  std::optional<int> years;            // program length when stated or implied (3- vs 4-year bachelor)
  // The documents give two different lengths ("3 years stated on the diploma, 4 years counted from
  // the transcript's terms"): `years` holds the surer one, `years_conflicting` the other, the
  // evidence both; a reviewer decides when a route's minimum lies between them.
  std::optional<std::string> years_conflict;
  std::optional<int> years_conflicting;
  std::optional<std::string> title;    // "Bachelor of Science in Medical Technology"
  std::optional<std::string> field;    // medical_technology | medical_laboratory_science | biology | chemistry | nursing | pharmacy | other
  std::optional<std::string> institution;
  std::optional<std::string> country;  // ISO 3166 alpha-2
  std::optional<std::string> conferred;  // ISO date
  // A second date the diploma gives the same award (its date of issue, when `conferred` is the
  // jury's deliberation or a graduation): a reviewer decides when a window's start lies between.
  std::optional<std::string> conferred_other;  // ISO date
  // Clinical training (internship / practicum in an MLS program) as shown on the transcript.
  std::optional<bool> clinical_training;
  std::vector<std::string> clinical_training_areas;  // lab areas covered: blood_bank, chemistry, hematology, microbiology, ...
  // The training names no area: its areas are those the program's MLS professional courses teach
  // (pipeline/run/training_areas.h), a working choice the decision says it rests on.
  bool clinical_training_areas_from_program_courses = false;
  // Rows of the training whose title names no lab area known ("CLINICAL PRACTICUM: MICROBIOLO", cut
  // short as printed; "Practicum III"): the areas read may then be partial, and an area missing from
  // them is not shown absent (pipeline/run/training_areas.h).
  std::vector<std::string> clinical_training_rows_without_area;
  // Lab areas the program's own MLS professional courses teach ("Haematology", "Immunohaematology
  // and Transfusion Medicine"), filled when the training names areas of its own: an area missing
  // from the training's rows but taught in a course of the program may have been trained inside that
  // course, so it is not shown absent (validators: undecided).
  std::vector<std::string> clinical_training_areas_taught;
  // Set when the training's list of areas was read with doubt: the list runs on past what was read
  // ("Práctica: Química Clínica, Hematología y" with no area after it) or its words were read below
  // kLowConfidence. An area missing from the list is then not shown absent (validators: undecided).
  std::optional<std::string> clinical_training_areas_doubt;
  double confidence = 0;
  std::vector<Evidence> evidence;
};

struct Course {
  std::string code, title, term;
  std::optional<double> credits;         // as printed
  std::optional<double> semester_hours;  // converted (null for marks without credits)
  std::string grade;
  std::string category;                  // biology | chemistry | mathematics | mls_professional | other
  double confidence = 0;
  std::vector<Evidence> evidence;
};

// One total a transcript prints (a term's credits, the cumulative GPA, the transcript's total
// credits) checked against the course rows read: what it says, what the rows give.
struct TotalCheck {
  std::string scope;    // term | cumulative (a total naming neither: the closer of the two)
  std::string measure;  // credits | credits_attempted | credits_earned | grade_points | gpa | marks
  std::string term;     // the term it closes, "" when cumulative or the rows have no term
  double printed = 0;
  std::optional<double> expected;  // from the rows; empty: cannot be told (grade scale unknown)
  std::string status;   // reconciled | mismatch | unchecked
  std::string basis;    // how `expected` was computed ("3 rows", "failed courses left out", "US 4-point scale")
  Evidence evidence;    // the printed line
};

// Per transcript table (one transcript segment): do its rows add up to what it prints?
struct TableReconciliation {
  std::string file;
  std::vector<int> pages;
  int courses = 0;
  std::string status;  // reconciled | mismatch | unchecked | no totals printed
  std::vector<TotalCheck> checks;
};

struct CourseworkFacts {
  std::optional<std::string> credit_system;  // semester | quarter | units | ects | uk | mx | marks; none: unknown
  // What told the credit system ("\"1 credit = 10 notional hours\"; a typical course carries 12
  // credits"), or why it is unknown (words and credit magnitudes disagree).
  std::optional<std::string> credit_system_evidence;
  std::vector<Course> courses;
  std::map<std::string, double> totals_semester_hours;  // per category
  // When the last course was completed (end of the last term), if it can be told.
  std::optional<std::string> completed;
  // The transcript's own totals against its rows, one entry per transcript segment read.
  std::vector<TableReconciliation> reconciliation;
  // Pass marks a transcript's legend prints ("Pass mark: 50", "Nota mínima de aprobación: 4,0"),
  // each with the line it was read from (its file: the transcript it holds for). Read by the
  // pipeline with the ruleset's `pass_mark_patterns`; the validators judge numeric marks with it.
  struct PassMark {
    double value = 0;
    Evidence evidence;
  };
  std::vector<PassMark> pass_marks;
};

struct Job {
  std::string file;  // the letter it was read from
  std::optional<std::string> employer, position;
  std::optional<std::string> start;  // ISO date
  std::optional<std::string> end;    // ISO date; empty with `to_present` = "to present"
  bool to_present = false;
  std::optional<double> hours_per_week;  // as stated
  bool full_time_stated = false;         // "full-time" without hours
  std::vector<std::string> departments;  // chemistry | hematology | microbiology | blood_bank | immunology | urinalysis | molecular | phlebotomy | other
  // Areas a bench the letter names may also be, not counted as covered: parasitology named without
  // microbiology is a bench of its own or microbiology's (documents say both), so microbiology is
  // possible, for a reviewer to settle.
  std::vector<std::string> departments_possible = {};
  double confidence = 0;
  std::vector<Evidence> evidence;
};

// A run of pages of one document that holds one kind of document (a bundle PDF holds several).
struct Segment {
  std::vector<int> pages;  // from 1
  std::string type;        // transcript | diploma | employment_letter | other
  // A segment the classifier was unsure of (type other): its score per kind, and the kinds it
  // could be (scored 2 or more, or any kind when OCR could hardly read it). Empty otherwise.
  std::map<std::string, double> scores = {};
  std::vector<std::string> could_be = {};
};

// Which kinds of document the candidate sent, from the page classification.
struct DocumentKinds {
  std::map<std::string, std::vector<Segment>> segments;  // by file
  int transcripts = 0, diplomas = 0, employment_letters = 0, other = 0;
  // Unsure segments that could be each kind (Segment::could_be): a `missing_*` flag is raised only
  // when a kind has neither a segment nor a possible one.
  std::map<std::string, int> possible = {};
  std::vector<std::string> unreadable;  // files that failed to read (error set)
};

struct CandidateFacts {
  std::string candidate_id;
  IdentityFacts identity;
  std::optional<DegreeFacts> degree;   // the highest credential found
  // Every credential found (a bachelor's and an earlier diploma, say), `degree` among them.
  // Routes that ask for two credentials (ASCPi MLS-3, MLS-5) look here.
  std::vector<DegreeFacts> degrees;
  std::optional<CourseworkFacts> coursework;
  std::vector<Job> experience;
  DocumentKinds documents;
};

}  // namespace cc
