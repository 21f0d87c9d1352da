#include "extractors/classify.h"

#include <algorithm>
#include <cctype>

#include "extractors/classify_cues.h"
#include "extractors/classify_shape.h"
#include "extractors/degree.h"
#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

// What the look of a page adds to its diploma score: centred lines (most of the page's lines start
// at a left edge no other line shares), a title printed much larger than the rest, few words and no
// table. Only beside some certificate wording or a degree title: a centred cover page is not a
// diploma for its layout alone.
double diploma_shape_points(const PageShape& shape, const CueScores& cues) {
  if (shape.course_rows >= 4 || (cues.diploma <= 0 && !cues.names_degree)) return 0;
  double points = 0;
  if (shape.lines >= 4 && shape.ragged_share() >= 0.5) points += 2;
  if (shape.title_ratio >= 1.8) points += 1;
  if (shape.words <= 150 && shape.course_rows == 0) points += 0.5;
  return points;
}

// The credential a page names: level and field of its first degree title ("bachelor/chemistry").
std::string credential_named(const std::vector<TextRun>& runs) {
  for (const TextRun& run : runs) {
    const std::string title = degree_title_in(run.text);
    if (!title.empty()) return level_of_title(title) + "/" + field_of_title(title);
  }
  return {};
}

// Two credentials are different ones when their levels differ or both name a field and the
// fields differ ("Bachelor of Science" and "Bachelor of Science in Biochemistry" may be one).
bool different_credentials(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return false;
  const std::size_t sa = a.find('/'), sb = b.find('/');
  if (a.substr(0, sa) != b.substr(0, sb)) return true;
  const std::string fa = a.substr(sa + 1), fb = b.substr(sb + 1);
  return fa != "other" && fb != "other" && fa != fb;
}

// "Page 3 of 3", "Página 2 de 3", "Pág. 2/2", "Strona 2 z 3", "Стр. 2 из 3", "Саҳ. 2 аз 2": a page
// numbering itself as a later page of its document, in the words for "page" and "of" of the
// documents' languages, the number and its total with or without spaces around the slash.
// (Cyrillic words carry no \b, which sees only ASCII letters: a non-letter before the word instead.)
bool numbers_itself_a_later_page(const std::string& text) {
  static const Regex& later = icase_regex(
      "(?:^|[^A-Za-z])(page|p.{1,2}gina|p.{1,2}g\\.?|pag\\.?|strona|halaman|sayfa|"
      "\u0441\u0442\u0440\\.?|\u0421\u0442\u0440\\.?|\u0441\u0430\u04b3\\.?|\u0421\u0430\u04b3\\.?|s\u0259h\\.?|S\u0259h\\.?)"
      "\\s*([2-9]|\\d\\d)\\s*(of|de|din|di|z|dari|/|\u0438\u0437|\u0430\u0437)\\s*\\d");
  return std::regex_search(text, later);
}

// The figures a page prints, in order ("864 23 08 2026 10 05 2023 40"), when they are enough to
// identify a document: five or more, one of them a year. A page printing the same figures in the
// same order as the page before it is that page again in another language (a bilingual
// certificate's second version: reference number, dates, hours, telephone all repeat, the words
// do not); two different documents do not share every figure. Empty when too few.
std::string figures_of(const std::string& text) {
  std::string out;
  int count = 0;
  bool year = false;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    const std::string run = text.substr(i, j - i);
    year = year || (run.size() == 4 && (run.rfind("19", 0) == 0 || run.rfind("20", 0) == 0));
    out += run + ' ';
    ++count;
    i = j;
  }
  return count >= 5 && year ? out : std::string();
}

// A form about employment: fields printed as "Label: value" and boxes to tick.
double form_points(const PageShape& shape, const CueScores& cues) {
  if (cues.letter <= 0) return 0;
  return (shape.label_lines >= 4 ? 1.5 : 0) + (shape.check_boxes >= 2 ? 1 : 0);
}

}  // namespace

PageClass classify_page(const PageText& page) {
  PageClass out;
  // Rows as the page shows them (OCR may read a table's columns as separate blocks).
  const std::vector<TextRun> runs = page_line_runs(PageRef{nullptr, &page});
  if (runs.empty()) return out;
  std::string text;
  for (const TextRun& run : runs) text += run.text + '\n';
  const PageShape shape = page_shape(runs);
  const CueScores cues = score_cues(lower_ascii(text));
  const int rows = shape.course_rows;
  out.transcript = cues.transcript + (rows >= 10 ? 6 : rows >= 4 ? 4 : 0);
  out.diploma = cues.diploma - (rows >= 10 ? 6 : 0) + diploma_shape_points(shape, cues);
  out.letter = cues.letter + form_points(shape, cues);
  out.other = cues.other;
  // Five or more words OCR could hardly read: the page could be any document.
  out.illegible = shape.ocr && shape.words >= 5 && shape.mean_confidence < 0.6;
  const std::vector<std::pair<double, std::string>> ranked_input = {
      {out.transcript, "transcript"}, {out.diploma, "diploma"}, {out.letter, "employment_letter"}, {out.other, "other"}};
  auto ranked = ranked_input;
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  const double best = ranked[0].first, second = std::max(0.0, ranked[1].first);
  out.leaning = best > 0 ? ranked[0].second : "";
  out.later_page = numbers_itself_a_later_page(text);
  // A translation says so: a line that reads only "Translation" (or "Certified translation",
  // "Translation from Russian", "Translation from Serbian into English"), or a translator's note
  // ("Translated from the Greek original", "true translation of").
  static const Regex& translated = icase_regex(
      // (the line may carry the page's number: "Translation from Bulgarian   Page 1 of 1")
      R"((^|\n)\s*((certified|sworn|official|true|english)\s+)?translation(\s+from\s+[a-z]+(\s+into\s+[a-z]+)?)?(\s+page\s+\d+\s*(of|/)\s*\d+)?\s*(\n|$)|)"
      R"(translated from the|true translation of)");
  out.translation = std::regex_search(text, translated);
  out.figures = figures_of(text);
  out.supplement_without_subjects = cues.names_supplement && rows < 4;
  if (best < 4) return out;  // too little to tell: a continuation page, or a page the classifier is unsure of
  out.type = ranked[0].second;
  out.confidence = std::clamp(0.5 + 0.5 * (best - second) / best, 0.5, 1.0);
  if (out.type == "employment_letter") out.starts_document = cues.letter_heading;
  if (out.type == "diploma") out.starts_document = true;
  if (out.type == "transcript") {
    out.starts_document = cues.names_degree;
    out.credential = credential_named(runs);
    static const Regex& page_one = icase_regex(R"(\bpage\s+1\s+(of|/)\s+\d)");
    out.first_page = std::regex_search(text, page_one);
  }
  if (out.type == "other") out.starts_document = true;
  return out;
}

std::vector<SegmentView> segments_of_type(const std::vector<SegmentView>& segments, const std::string& type) {
  std::vector<SegmentView> out;
  for (const auto& s : segments)
    if (s.type == type) out.push_back(s);
  return out;
}

namespace {

void add_scores(SegmentView& s, const PageClass& pc) {
  const std::pair<const char*, double> scores[] = {
      {"transcript", pc.transcript}, {"diploma", pc.diploma}, {"employment_letter", pc.letter}, {"other", pc.other}};
  for (const auto& [type, score] : scores) s.scores[type] = std::max(s.scores.count(type) ? s.scores[type] : 0.0, score);
  s.illegible = s.illegible || pc.illegible;
}

SegmentView unsure_segment(const DocumentText& doc) {
  SegmentView s;
  s.file = doc.file;
  s.type = "other";
  s.confidence = 0.3;
  s.unsure = true;
  return s;
}

// The score of a page's own kind (0 when undecided).
double top_score(const PageClass& pc) {
  if (pc.type == "transcript") return pc.transcript;
  if (pc.type == "diploma") return pc.diploma;
  if (pc.type == "employment_letter") return pc.letter;
  if (pc.type == "other") return pc.other;
  return 0;
}

// Segments of one document from its page classes.
std::vector<SegmentView> split_document(const DocumentText& doc) {
  std::vector<SegmentView> out;
  SegmentView pending = unsure_segment(doc);  // undecided pages before the first decided one
  bool current_has_title = false;
  std::string current_credential;
  PageClass previous;
  for (const PageText& page : doc.pages) {
    const PageRef ref{&doc, &page};
    const PageClass pc = classify_page(page);
    const bool same_figures = !pc.figures.empty() && pc.figures == previous.figures;
    const PageClass before = previous;
    previous = pc;
    // A page printing every figure of the page before it, in the same order, is that page in
    // another language (figures_of): the two are one document. Of the two versions' kinds, the one
    // read with the higher score is the document's (a letter in a script whose words the cues
    // hardly know, taken for a record's page, and its translation: one letter).
    if (same_figures && !out.empty() && !out.back().pages.empty()) {
      // (A first version left undecided, joined to the segment before it as a continuation or
      // unsure, takes the kind its other version was read as.)
      const bool retype = !pc.type.empty() &&
                          (before.type.empty() ? out.back().unsure || out.back().type != pc.type
                                               : pc.type != before.type && top_score(pc) > top_score(before) &&
                                                     out.back().type == before.type);
      if (!retype) {
        out.back().pages.push_back(ref);
        if (out.back().unsure) add_scores(out.back(), pc);
        continue;
      }
      SegmentView s;
      s.file = doc.file;
      s.type = pc.type;
      s.confidence = pc.confidence;
      s.pages = {out.back().pages.back(), ref};
      out.back().pages.pop_back();
      if (out.back().pages.empty()) out.pop_back();
      out.push_back(std::move(s));
      current_has_title = false;
      current_credential.clear();
      continue;
    }
    // A page that numbers itself as a later page of its document continues the segment before it,
    // whatever its own words lean to (a transcript's last page with the seal and the signatures).
    if (pc.later_page && !out.empty()) {
      out.back().pages.push_back(ref);
      if (out.back().unsure) add_scores(out.back(), pc);
      continue;
    }
    // A diploma supplement's page that lists no subjects (it describes the qualification: its
    // name, level, length, the date of the diploma), printed right after a diploma, belongs to that
    // diploma; one listing subjects is a transcript (transcript_cues).
    if (pc.supplement_without_subjects && !out.empty() && out.back().type == "diploma" && !out.back().unsure) {
      out.back().pages.push_back(ref);
      continue;
    }
    if (pc.type.empty()) {
      // A page leaning clearly to a diploma (and hardly to anything else) continues no other
      // document: it stands alone, unsure.
      const bool lone_diploma = !out.empty() && pc.leaning == "diploma" && pc.diploma >= 3 && pc.transcript < 2 &&
                                pc.letter < 2 && out.back().type != "diploma" && !out.back().unsure;
      if (lone_diploma) out.push_back(unsure_segment(doc));
      SegmentView& into = out.empty() ? pending : out.back();
      into.pages.push_back(ref);
      if (into.unsure) add_scores(into, pc);
      continue;
    }
    bool start_new = out.empty() || out.back().type != pc.type || out.back().unsure;
    if (!start_new && pc.type == "transcript") {
      // Transcripts repeat their header on every page: a page naming the degree starts a new
      // transcript only when it names another credential than the current one did, or says it is
      // a first page.
      // (A translation of the page before it is the same document, whatever page number it prints.)
      start_new = !pc.translation && (pc.first_page || (current_has_title && different_credentials(current_credential, pc.credential)));
    } else if (!start_new && pc.starts_document) {
      // (A translation of the page before it, with the same heading, continues that document.)
      start_new = pc.type != "other" && !pc.translation;
    }
    if (start_new) {
      SegmentView s;
      s.file = doc.file;
      s.type = pc.type;
      s.confidence = pc.confidence;
      s.pages = std::move(pending.pages);
      pending = unsure_segment(doc);
      out.push_back(std::move(s));
      current_has_title = pc.type == "transcript" && pc.starts_document;
      current_credential = pc.type == "transcript" ? pc.credential : "";
    } else {
      out.back().confidence = std::min(out.back().confidence, pc.confidence);
    }
    out.back().pages.push_back(ref);
  }
  if (!pending.pages.empty()) out.push_back(std::move(pending));
  return out;
}

// The kinds of document an unsure segment could be: every kind it scored 2 or more for, or any kind
// when OCR could hardly read it.
std::vector<std::string> could_be(const SegmentView& s) {
  std::vector<std::string> out;
  if (!s.unsure) return out;
  for (const char* type : {"transcript", "diploma", "employment_letter"}) {
    const auto it = s.scores.find(type);
    if (s.illegible || (it != s.scores.end() && it->second >= 2)) out.push_back(type);
  }
  return out;
}

}  // namespace

Classification classify_documents(const std::vector<DocumentText>& documents) {
  Classification out;
  for (const DocumentText& doc : documents) {
    if (doc.error) out.kinds.unreadable.push_back(doc.file);
    for (SegmentView& s : split_document(doc)) {
      Segment seg;
      seg.type = s.type;
      for (const PageRef& p : s.pages) seg.pages.push_back(p.page->number);
      if (s.unsure) seg.scores = s.scores;
      seg.could_be = could_be(s);
      for (const std::string& type : seg.could_be) ++out.kinds.possible[type];
      out.kinds.segments[doc.file].push_back(seg);
      if (s.type == "transcript") ++out.kinds.transcripts;
      else if (s.type == "diploma") ++out.kinds.diplomas;
      else if (s.type == "employment_letter") ++out.kinds.employment_letters;
      else ++out.kinds.other;
      out.segments.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace cc
