#include "extractors/classify.h"

#include <algorithm>

#include "extractors/text_utils.h"
#include "core/regex.h"

namespace cc {

namespace {

// `lowered` is the page text in lower case and the cue patterns are written in lower case, so they
// match case-sensitively: libstdc++'s case-insensitive matching looks up the locale for every
// character and made classification half of all extraction time.
// libstdc++ also looks up the "w" character class at every \b it tests; a cue only asks whether it
// occurs, so \b becomes a character test: a word start matches the non-word character before it
// (or the start), a word end looks ahead.
std::string without_word_bounds(const std::string& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size() && pattern[i + 1] == 'b') {
      const char next = i + 2 < pattern.size() ? pattern[i + 2] : '\0';
      out += next != '\0' && next != '|' && next != ')' ? "(?:^|[^a-z0-9_])" : "(?![a-z0-9_])";
      ++i;
      continue;
    }
    if (pattern[i] == '\\' && i + 1 < pattern.size()) out += pattern[i++];
    out += pattern[i];
  }
  return out;
}

// A cue's pattern is compiled once, when its list is first used.
struct Cue {
  Cue(const char* pattern, double w) : regex(without_word_bounds(pattern), Regex::ECMAScript), weight(w) {}
  Regex regex;
  double weight;
};

double score_cues(const std::string& lowered, const std::vector<Cue>& cues) {
  double score = 0;
  for (const Cue& cue : cues)
    if (std::regex_search(lowered, cue.regex)) score += cue.weight;
  return score;
}

const std::vector<Cue>& transcript_cues() {
  static const std::vector<Cue> cues = {
      {R"(transcript)", 5},
      {R"(statement of (marks|grades)|marks? (memorandum|sheet|statement)|marksheet|grade (report|sheet))", 5},
      {R"(academic record|record of academic|scholastic record|permanent record)", 4},
      {R"(\bsemester\b|\bquarter\b|\bterm\b|\bsession\b|\bexamination\b)", 1},
      {R"(\bunits\b|\bcredits?\b|\bcr\.|\bqtr\b)", 1},
      {R"(\bgrades?\b|\bgr\.|\bmarks\b|\bscore\b)", 1},
      {R"(\b(c?gpa|gwa|grade point)\b)", 1.5},
      {R"(course (code|title|description)|descriptive title|paper (code|title)|subject)", 1.5},
      {R"(\b(fall|autumn|winter|spring|summer|harmattan|rain)\s+(quarter|semester|term\s+)?,?\s*(19|20)\d\d\b)", 1.5},
  };
  return cues;
}

const std::vector<Cue>& diploma_cues() {
  static const std::vector<Cue> cues = {
      {R"(conferred upon|has conferred|hereby confers?)", 5},
      {R"(admitted to the (said )?(degree|diploma)|hereby (admitted|awarded)|award of the)", 5},
      {R"((degree|diploma) certificate|certificate of graduation|graduation certificate)", 5},
      {R"(be it known|in witness whereof|know all (men|persons)|rights,? (honou?rs|privileges))", 4},
      {R"(has (successfully )?completed the (programme|program|course)|having fulfilled)", 3},
      {R"(date of (conferment|award)|day of (january|february|march|april|may|june|july|august|september|october|november|december))", 2},
  };
  return cues;
}

const std::vector<Cue>& letter_cues() {
  static const std::vector<Cue> cues = {
      {R"(to whom it may concern)", 4},
      {R"(certificate of (employment|service)|experience certificate|service certificate)", 5},
      {R"((employment|experience) verification|verification of (employment|experience)|dates of employment)", 5},
      {R"(\bemployed\b|\bemployee\b|\bemployment\b)", 3},
      {R"(\bworked\b|\bworking\b|\bworks\b)", 1},
      {R"(hours (per|a|each) (week|day)|full[- ]time|part[- ]time)", 2},
      {R"(job title|designation|\bposition\b)", 1},
      {R"(sections?:|departments? of|rotated through|assigned to)", 1},
  };
  return cues;
}

const std::vector<Cue>& other_cues() {
  static const std::vector<Cue> cues = {
      {R"(\bdear\b)", 2},
      {R"(\benclosed\b|please find|attached (are|is))", 3},
      {R"(my (eligibility|application|documents)|evaluation of my)", 3},
  };
  return cues;
}

const std::vector<Cue>& letter_start_cues() {
  static const std::vector<Cue> cues = {
      {R"(to whom it may concern|certificate of (employment|service)|experience certificate|service certificate)", 1},
      {R"((employment|experience) verification|verification of (employment|experience))", 1},
      {R"(this is to (certify|confirm)|dear (sir|madam))", 1},
  };
  return cues;
}

// Rows of a table of courses: a line starting with a course code or holding two of them
// (two-column layouts), or a line ending in two or more numbers.
int course_rows(const std::vector<std::string>& lines) {
  const Regex& code = icase_regex(R"((^|\s)[A-Z]{2,6}[ -]?\d{2,4}[A-Z]?\b)", false);
  const Regex& numbers = icase_regex(R"((\s[0-9]+(\.[0-9]+)?|\s[A-F][+-]?){2,}\s*$)", false);
  int rows = 0;
  for (const std::string& line : lines)
    if (std::regex_search(line, code) || std::regex_search(line, numbers)) ++rows;
  return rows;
}

bool mentions_degree_title(const std::string& lowered) {
  static const Regex degree_title(without_word_bounds(R"(\b(bachelor|master|associate) of|\bb\.? ?sc\b|diploma in)"));
  return std::regex_search(lowered, degree_title);
}

}  // namespace

PageClass classify_page(const PageText& page) {
  PageClass out;
  // Rows as the page shows them (OCR may read a table's columns as separate blocks).
  std::vector<std::string> lines;
  for (const TextRun& run : page_line_runs(PageRef{nullptr, &page})) lines.push_back(run.text);
  if (lines.empty()) return out;
  std::string text;
  for (const auto& l : lines) text += l + '\n';
  const int rows = course_rows(lines);
  text = lower_ascii(text);
  out.transcript = score_cues(text, transcript_cues()) + (rows >= 10 ? 6 : rows >= 4 ? 4 : 0);
  out.diploma = score_cues(text, diploma_cues()) - (rows >= 10 ? 6 : 0);
  out.letter = score_cues(text, letter_cues());
  out.other = score_cues(text, other_cues());
  const std::vector<std::pair<double, std::string>> ranked_input = {
      {out.transcript, "transcript"}, {out.diploma, "diploma"}, {out.letter, "employment_letter"}, {out.other, "other"}};
  auto ranked = ranked_input;
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  const double best = ranked[0].first, second = std::max(0.0, ranked[1].first);
  if (best < 4) return out;  // too little to tell: a continuation page
  out.type = ranked[0].second;
  out.confidence = std::clamp(0.5 + 0.5 * (best - second) / best, 0.5, 1.0);
  if (out.type == "employment_letter") out.starts_document = score_cues(text, letter_start_cues()) > 0;
  if (out.type == "diploma") out.starts_document = true;
  if (out.type == "transcript") out.starts_document = mentions_degree_title(text);
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

// Segments of one document from its page classes.
std::vector<SegmentView> split_document(const DocumentText& doc) {
  std::vector<SegmentView> out;
  std::vector<PageRef> pending;  // undecided pages before the first decided one
  bool current_has_title = false;
  for (const PageText& page : doc.pages) {
    const PageRef ref{&doc, &page};
    const PageClass pc = classify_page(page);
    if (pc.type.empty()) {
      if (out.empty()) pending.push_back(ref);
      else out.back().pages.push_back(ref);
      continue;
    }
    bool start_new = out.empty() || out.back().type != pc.type;
    if (!start_new && pc.starts_document) {
      // A transcript page naming the degree starts a new transcript only when the current one
      // already named it on its first page (continuation pages rarely repeat the programme).
      start_new = pc.type != "transcript" || current_has_title;
      if (pc.type == "other") start_new = false;
    }
    if (start_new) {
      SegmentView s;
      s.file = doc.file;
      s.type = pc.type;
      s.confidence = pc.confidence;
      s.pages = std::move(pending);
      pending.clear();
      out.push_back(std::move(s));
      current_has_title = pc.type == "transcript" && pc.starts_document;
    } else {
      out.back().confidence = std::min(out.back().confidence, pc.confidence);
    }
    out.back().pages.push_back(ref);
  }
  if (!pending.empty()) {
    SegmentView s;
    s.file = doc.file;
    s.type = "other";
    s.confidence = 0.3;
    s.pages = std::move(pending);
    out.push_back(std::move(s));
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
