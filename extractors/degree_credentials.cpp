// Groups a candidate's diploma and transcript segments by the credential they are of and reads
// each group into its own DegreeFacts (see degree_credentials.h for the rule and why).
#include "extractors/degree_credentials.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>

#include "extractors/degree.h"
#include "extractors/text_utils.h"

namespace cc {

int degree_level_rank(const std::string& level) {
  if (level == "doctorate") return 5;
  if (level == "master") return 4;
  if (level == "bachelor") return 3;
  if (level == "associate") return 2;
  if (level == "diploma") return 1;
  return 0;
}

namespace {

// A segment to place: its type, where it sits in the input, what it says.
struct Member {
  bool diploma = false;
  std::size_t index = 0;  // in its type's list
  SegmentCredential read;
  int group = -1;
};

// The distinct words of four letters or more of a title, folded ("Química" -> "quimica") and cut
// to their stems.
std::vector<std::string> long_words(const std::string& title) {
  std::vector<std::string> out;
  std::string word;
  for (char c : lower_utf8(fold_latin(title)) + " ") {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += c;
      continue;
    }
    // (compared on their first six letters: "Licenciada" and "Licenciatura" name one degree)
    if (word.size() > 6) word.resize(6);
    if (word.size() >= 4 && std::find(out.begin(), out.end(), word) == out.end()) out.push_back(word);
    word.clear();
  }
  return out;
}

// A title cut short where its line broke ("Licenciatura en Microbiología y Química" of
// "LICENCIADA EN ... QUÍMICA CLÍNICA"): every word of the shorter reading is in the longer one.
bool words_within(const std::string& shorter, const std::string& longer) {
  const std::vector<std::string> few = long_words(shorter), many = long_words(longer);
  if (few.size() < 2 || few.size() >= many.size()) return false;
  return std::all_of(few.begin(), few.end(), [&](const std::string& w) { return std::find(many.begin(), many.end(), w) != many.end(); });
}

bool same_title(const SegmentCredential& a, const SegmentCredential& b) {
  if (!a.level.empty() && !b.level.empty() && a.level != b.level) return false;
  if (a.field == b.field) return true;
  if (words_within(a.title, b.title) || words_within(b.title, a.title)) return true;
  // One reading names no field: the same title misread ("Medicaj Laboratory Technology")?
  if (a.field != "other" && b.field != "other") return false;
  const std::string x = lower_utf8(a.title), y = lower_utf8(b.title);
  // "Bachelor of Science" printed above "(Medical Technology)": the shorter is the longer's start.
  if (x.size() != y.size() && (x.size() < y.size() ? y.compare(0, x.size(), x) : x.compare(0, y.size(), y)) == 0)
    return true;
  const double allowed = std::max<double>(3.0, static_cast<double>(std::min(x.size(), y.size())) / 8.0);
  return ocr_distance(x, y) <= allowed;
}

bool same_institution(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  const std::string x = lower_utf8(a), y = lower_utf8(b);
  return ocr_distance(x, y) <= std::max<double>(2.0, static_cast<double>(std::min(x.size(), y.size())) / 10.0);
}

struct Group {
  SegmentCredential title;                 // the first title read for it
  std::vector<std::string> institutions;   // of its members
  int rank = 0;
};

// The group a title-less segment most plausibly belongs to.
int plausible_group(const Member& m, const std::vector<Member>& members, const std::vector<Group>& groups) {
  if (groups.size() == 1) return 0;
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const std::string& institution : groups[g].institutions)
      if (same_institution(m.read.institution, institution)) return static_cast<int>(g);
  // The segment of its type just before it, when that one is placed (a continuation).
  for (const Member& other : members)
    if (other.diploma == m.diploma && other.index + 1 == m.index && other.group >= 0) return other.group;
  int best = 0;
  for (std::size_t g = 1; g < groups.size(); ++g)
    if (groups[g].rank > groups[static_cast<std::size_t>(best)].rank) best = static_cast<int>(g);
  return best;
}

}  // namespace

std::vector<DegreeFacts> extract_degrees(const std::vector<SegmentView>& diplomas,
                                         const std::vector<SegmentView>& transcripts) {
  if (diplomas.empty() && transcripts.empty()) return {};
  std::vector<Member> members;
  for (std::size_t i = 0; i < diplomas.size(); ++i) members.push_back({true, i, segment_credential(diplomas[i])});
  for (std::size_t i = 0; i < transcripts.size(); ++i) members.push_back({false, i, segment_credential(transcripts[i])});

  // Titled segments first, in order: each joins the first credential of the same title or starts one.
  std::vector<Group> groups;
  for (Member& m : members) {
    if (m.read.title.empty()) continue;
    for (std::size_t g = 0; g < groups.size() && m.group < 0; ++g)
      if (same_title(m.read, groups[g].title)) m.group = static_cast<int>(g);
    if (m.group < 0) {
      m.group = static_cast<int>(groups.size());
      groups.push_back({m.read, {}, degree_level_rank(m.read.level)});
    }
    if (!m.read.institution.empty()) groups[static_cast<std::size_t>(m.group)].institutions.push_back(m.read.institution);
  }
  // One credential (or none titled): every segment, read together as always.
  if (groups.size() <= 1) {
    DegreeFacts only = read_credential(diplomas, transcripts);
    return {only};
  }
  for (Member& m : members)
    if (m.group < 0) m.group = plausible_group(m, members, groups);

  std::vector<DegreeFacts> out;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::vector<SegmentView> d, t;  // in the order they came
    for (const Member& m : members) {
      if (m.group != static_cast<int>(g)) continue;
      if (m.diploma) d.push_back(diplomas[m.index]);
      else t.push_back(transcripts[m.index]);
    }
    out.push_back(read_credential(d, t));
  }
  std::stable_sort(out.begin(), out.end(), [](const DegreeFacts& a, const DegreeFacts& b) {
    const int ra = degree_level_rank(a.level.value_or("")), rb = degree_level_rank(b.level.value_or(""));
    if (ra != rb) return ra > rb;
    if (a.evidence.size() != b.evidence.size()) return a.evidence.size() > b.evidence.size();
    return a.confidence > b.confidence;
  });
  return out;
}

std::optional<DegreeFacts> extract_degree(const std::vector<SegmentView>& diplomas,
                                          const std::vector<SegmentView>& transcripts) {
  std::vector<DegreeFacts> all = extract_degrees(diplomas, transcripts);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

}  // namespace cc
