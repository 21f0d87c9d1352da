// Helpers for the extractor tests (header only: the test build compiles *_test.cpp files only):
// generate packets with samples/generate.py, read their documents in-process with the PageReader
// (optionally caching what OCR read, so scanned sets can be re-measured quickly), and score the
// extracted facts against the truth JSON field by field.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/classify.h"
#include "extractors/degree.h"
#include "extractors/experience.h"
#include "extractors/extract_candidate.h"
#include "core/facts.h"
#include "extractors/identity.h"
#include "extractors/text_utils.h"
#include "core/page_text.h"
#include "core/page_text_json.h"
#include "core/sha256.h"
#include "pipeline/intake/sniff.h"
#include "pipeline/reader/page_reader.h"
#include "tests/support/test_support.h"

namespace cc::test {

// A page built from printed lines, for unit tests: words 5 pt per character, 10 pt high, lines
// 14 pt apart; three or more spaces inside a line stand for a wide gap (a new cell). A line
// starting with "#" is printed 20 pt high (a heading or letterhead).
inline PageText make_page(const std::vector<std::string>& lines, int number = 1, float confidence = 1.0f) {
  PageText page;
  page.number = number;
  page.width_pt = 612;
  page.height_pt = 792;
  page.source = confidence < 1.0f ? TextSource::ocr : TextSource::text_layer;
  double y = 40;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string text = lines[i];
    double height = 10;
    if (!text.empty() && text[0] == '#') {
      height = 20;
      text = text.substr(1);
    }
    double x = 50;
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t spaces = 0;
      while (pos < text.size() && text[pos] == ' ') ++pos, ++spaces;
      if (pos >= text.size()) break;
      if (spaces >= 3) x += 60;
      std::size_t end = text.find(' ', pos);
      if (end == std::string::npos) end = text.size();
      Word w;
      w.text = text.substr(pos, end - pos);
      const double width = (height / 2) * static_cast<double>(w.text.size());
      w.box = Box{x, y, x + width, y + height};
      w.confidence = confidence;
      w.line = static_cast<int>(i);
      page.words.push_back(w);
      x += width + height * 0.3;
      pos = end;
    }
    y += height + 4;
  }
  return page;
}

// A document of such pages.
inline DocumentText make_document(const std::string& file, const std::vector<std::vector<std::string>>& pages,
                                  float confidence = 1.0f) {
  DocumentText doc;
  doc.file = file;
  doc.path = "/tmp/" + file;
  doc.kind = FileKind::pdf;
  for (std::size_t i = 0; i < pages.size(); ++i)
    doc.pages.push_back(make_page(pages[i], static_cast<int>(i) + 1, confidence));
  doc.page_count = static_cast<int>(pages.size());
  return doc;
}

// Synthetic documents and how classify_documents split them (the documents outlive the result,
// which points into them).
struct Classified {
  std::vector<DocumentText> docs;
  Classification result;
};

inline Classified classify(std::vector<DocumentText> docs) {
  Classified c;
  c.docs = std::move(docs);
  c.result = classify_documents(c.docs);
  return c;
}

// The degree read from one diploma page given as lines ("#" marks a line printed large), after
// checking the page is classified as a diploma.
inline std::optional<DegreeFacts> degree_of(const std::vector<std::string>& diploma) {
  const auto c = classify({make_document("diploma.pdf", {diploma})});
  EXPECT_EQ(c.result.kinds.diplomas, 1) << "not read as a diploma";
  return extract_degree(segments_of_type(c.result.segments, "diploma"), {});
}

// The job read from one employment letter given as lines ("#" marks a line printed large), as of
// 2026-11-01, after checking the page is classified as one employment letter.
inline Job job_of(const std::vector<std::string>& lines) {
  std::vector<DocumentText> docs = {make_document("letter.pdf", {lines})};
  const Classification c = classify_documents(docs);
  const auto letters = segments_of_type(c.segments, "employment_letter");
  EXPECT_EQ(letters.size(), 1u) << "not read as one employment letter";
  return letters.empty() ? Job{} : extract_job(letters.front(), "2026-11-01");
}

// Generates `count` candidates into `out` (DIR/packets, DIR/truth); true on success.
inline bool generate_packets(const std::string& out, int count, int seed, const std::string& family,
                             const std::string& modes, const std::string& extra = "") {
  const std::string cmd = python() + " " + shell_quote(source_dir() + "/samples/generate.py") + " packets --out " +
                          shell_quote(out) + " --count " + std::to_string(count) + " --seed " + std::to_string(seed) +
                          " --family " + family + " --modes " + modes + " --jobs 2 " + extra;
  const CommandResult r = run_command(cmd);
  EXPECT_EQ(r.exit_code, 0) << cmd << "\n" << r.output;
  return r.exit_code == 0;
}

inline PageReader& shared_reader() {
  static std::unique_ptr<PageReader> reader = [] {
    auto r = PageReader::create(OcrOptions{}, nullptr);
    if (!r.ok()) {
      ADD_FAILURE() << r.error().message;
      return std::unique_ptr<PageReader>();
    }
    return std::move(r).value();
  }();
  return *reader;
}

// Where OCR results are cached (CREDCHECK_EXTRACT_CACHE), empty for no cache.
inline std::string ocr_cache_dir() {
  const char* dir = std::getenv("CREDCHECK_EXTRACT_CACHE");
  return dir ? dir : "";
}

// Reads one file in-process, every page. A file that fails keeps its error.
inline DocumentText read_document(const std::string& path) {
  namespace fs = std::filesystem;
  DocumentText doc;
  doc.path = path;
  doc.file = fs::path(path).filename().string();
  doc.bytes = static_cast<long long>(fs::file_size(path));
  const std::string cache = ocr_cache_dir();
  std::string cache_file;
  if (!cache.empty()) {
    const std::string bytes = read_file(path);
    cache_file = cache + "/" + sha256_hex(bytes.data(), bytes.size()) + ".json";
    if (fs::exists(cache_file)) {
      const nlohmann::json j = read_json(cache_file);
      for (const auto& p : j["pages"]) {
        auto page = page_text_from_json(p, 1000000);
        if (page.ok()) doc.pages.push_back(std::move(page).value());
      }
      doc.page_count = static_cast<int>(doc.pages.size());
      return doc;
    }
  }
  auto kind = sniff_file(path);
  if (!kind.ok()) {
    doc.error = kind.error();
    return doc;
  }
  doc.kind = *kind;
  DocumentTask task;
  task.path = path;
  task.kind = *kind;
  auto count = shared_reader().open(task);
  if (!count.ok()) {
    doc.error = count.error();
    return doc;
  }
  doc.page_count = *count;
  for (int i = 0; i < *count; ++i) {
    auto page = shared_reader().read(task, i);
    if (!page.ok()) {
      doc.error = page.error();
      break;
    }
    doc.pages.push_back(std::move(page).value());
  }
  if (!cache_file.empty() && !doc.error) {
    nlohmann::json j;
    j["pages"] = nlohmann::json::array();
    for (const auto& p : doc.pages) j["pages"].push_back(page_text_to_json(p));
    fs::create_directories(cache);
    std::ofstream(cache_file) << j.dump();
  }
  return doc;
}

// Every file of a candidate folder, by name.
inline std::vector<DocumentText> read_packet(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<DocumentText> docs;
  for (const auto& f : files) docs.push_back(read_document(f));
  return docs;
}

inline std::vector<std::string> candidate_ids(const std::string& root) {
  std::vector<std::string> ids;
  for (const auto& e : std::filesystem::directory_iterator(root + "/packets"))
    if (e.is_directory()) ids.push_back(e.path().filename().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Field-level tally: per field, how many compared and how many right; mismatches kept for the log.
struct Tally {
  std::map<std::string, std::pair<int, int>> fields;  // field -> (right, compared)
  std::vector<std::string> misses;

  void add(const std::string& field, bool right, const std::string& where, const std::string& got,
           const std::string& want) {
    auto& f = fields[field];
    ++f.second;
    if (right) {
      ++f.first;
      return;
    }
    misses.push_back(where + " " + field + ": got '" + got + "' want '" + want + "'");
  }
  int right() const {
    int n = 0;
    for (const auto& [k, v] : fields) n += v.first;
    return n;
  }
  int compared() const {
    int n = 0;
    for (const auto& [k, v] : fields) n += v.second;
    return n;
  }
  double accuracy() const { return compared() ? static_cast<double>(right()) / compared() : 1.0; }
  std::string report(const std::string& title) const {
    std::ostringstream s;
    s << "== " << title << ": " << std::fixed << std::setprecision(4) << accuracy() << " (" << right() << "/"
      << compared() << ")\n";
    for (const auto& [k, v] : fields)
      s << "  " << std::left << std::setw(26) << k << std::setprecision(3)
        << (v.second ? static_cast<double>(v.first) / v.second : 1.0) << "  (" << v.first << "/" << v.second << ")\n";
    const bool verbose = std::getenv("CREDCHECK_EXTRACT_VERBOSE") != nullptr;
    const std::size_t shown = verbose ? misses.size() : std::min<std::size_t>(misses.size(), 15);
    for (std::size_t i = 0; i < shown; ++i) s << "  miss " << misses[i] << "\n";
    if (shown < misses.size()) s << "  ... " << misses.size() - shown << " more (CREDCHECK_EXTRACT_VERBOSE=1)\n";
    return s.str();
  }
};

inline std::string json_str(const nlohmann::json& j) {
  if (j.is_null()) return "null";
  if (j.is_string()) return j.get<std::string>();
  return j.dump();
}

inline std::string opt_str(const std::optional<std::string>& s) { return s ? *s : "null"; }

inline bool same_ci(const std::optional<std::string>& got, const nlohmann::json& want) {
  if (want.is_null()) return !got;
  if (!got) return false;
  return lower_utf8(collapse_spaces(*got)) == lower_utf8(collapse_spaces(want.get<std::string>()));
}

inline std::string joined(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}


// A generated set, read and extracted once per process.
struct ExtractedCandidate {
  std::string id;
  nlohmann::json truth;
  CandidateFacts facts;
};

struct ExtractedSet {
  std::unique_ptr<TempDir> dir;
  std::string root;
  std::vector<ExtractedCandidate> candidates;
};

inline ExtractedSet extract_set(const std::string& root) {
  ExtractedSet set;
  set.root = root;
  for (const auto& id : candidate_ids(root)) {
    ExtractedCandidate c;
    c.id = id;
    c.truth = read_json(root + "/truth/" + id + ".json");
    const auto docs = read_packet(root + "/packets/" + id);
    c.facts = extract_candidate(id, docs, c.truth.value("as_of", "2026-11-01"));
    set.candidates.push_back(std::move(c));
  }
  return set;
}

// Seeds of the generated sets move by CREDCHECK_EXTRACT_SEED (default 0), to measure on fresh sets.
inline int seed_offset() {
  const char* n = std::getenv("CREDCHECK_EXTRACT_SEED");
  return n ? std::atoi(n) : 0;
}

// The text-layer sets the accuracy tests share: 40 candidates of each family.
inline const ExtractedSet& text_set(const std::string& family) {
  static std::map<std::string, ExtractedSet> sets;
  auto it = sets.find(family);
  if (it != sets.end()) return it->second;
  auto dir = std::make_unique<TempDir>();
  const int seed = (family == "train" ? 11 : 12) + seed_offset();
  generate_packets(dir->path(), 40, seed, family, "text");
  ExtractedSet set = extract_set(dir->path());
  set.dir = std::move(dir);
  return sets.emplace(family, std::move(set)).first->second;
}

// A scanned set (OCR in-process, about a second a page), generated and extracted once per process.
// Measured only when CREDCHECK_EXTRACT_SCANS names how many candidates to read (it takes minutes);
// CREDCHECK_EXTRACT_CACHE keeps what OCR read between runs.
inline int scanned_count() {
  const char* n = std::getenv("CREDCHECK_EXTRACT_SCANS");
  return n ? std::atoi(n) : 0;
}

inline const ExtractedSet& scanned_set(const std::string& family, const std::string& modes = "scan") {
  static std::map<std::string, ExtractedSet> sets;
  const std::string key = family + "/" + modes;
  auto it = sets.find(key);
  if (it != sets.end()) return it->second;
  auto dir = std::make_unique<TempDir>();
  const int seed = (family == "train" ? 21 : 22) + seed_offset();
  generate_packets(dir->path(), scanned_count(), seed, family, modes);
  ExtractedSet set = extract_set(dir->path());
  set.dir = std::move(dir);
  return sets.emplace(key, std::move(set)).first->second;
}

// --- scoring against the truth --------------------------------------------------------------

inline void score_classification(const ExtractedCandidate& c, Tally& t) {
  for (const auto& doc : c.truth["documents"]) {
    const std::string file = doc["file"];
    std::string want, got;
    for (const auto& s : doc["segments"]) want += json_str(s["pages"]) + s["type"].get<std::string>() + " ";
    const auto it = c.facts.documents.segments.find(file);
    if (it != c.facts.documents.segments.end())
      for (const auto& s : it->second) got += nlohmann::json(s.pages).dump() + s.type + " ";
    t.add("segments", got == want, c.id + "/" + file, got, want);
  }
}

inline std::string without_honorific(const std::string& s) { return strip_honorific(s); }

inline void score_identity(const ExtractedCandidate& c, Tally& t) {
  const auto& cand = c.truth["candidate"];
  // The best reading can only be the full name if some document prints every part of it.
  auto words_of = [](const std::string& s) {
    std::vector<std::string> w;
    std::string cur;
    for (char ch : lower_utf8(s) + " ") {
      if (ch == ' ' || ch == ',' || ch == '.') {
        if (cur.size() > 1) w.push_back(cur);
        cur.clear();
      } else {
        cur += ch;
      }
    }
    std::sort(w.begin(), w.end());
    return w;
  };
  bool printed_in_full = false;
  for (const auto& doc : c.truth["documents"])
    for (const auto& n : doc["names_printed"]) {
      const auto printed = words_of(n.get<std::string>()), full = words_of(cand["name"].get<std::string>());
      if (std::includes(printed.begin(), printed.end(), full.begin(), full.end())) printed_in_full = true;
    }
  if (printed_in_full)
    t.add("name", c.facts.identity.name && *c.facts.identity.name == cand["name"].get<std::string>(), c.id,
          opt_str(c.facts.identity.name), cand["name"]);
  std::vector<std::string> want_variants = cand["name_variants"].get<std::vector<std::string>>();
  if (!printed_in_full && c.facts.identity.name)  // the fullest printed form is the reading then
    want_variants.erase(std::remove(want_variants.begin(), want_variants.end(), *c.facts.identity.name), want_variants.end());
  t.add("name_variants", joined(c.facts.identity.variants) == joined(want_variants), c.id,
        joined(c.facts.identity.variants), joined(want_variants));
  for (const auto& doc : c.truth["documents"]) {
    std::vector<std::string> printed;
    for (const auto& n : doc["names_printed"]) printed.push_back(without_honorific(n));
    int found = 0, right = 0;
    std::string got;
    for (const auto& s : c.facts.identity.sightings) {
      if (s.file != doc["file"].get<std::string>()) continue;
      ++found;
      const std::string p = without_honorific(s.as_printed);
      got += p + "; ";
      if (std::find(printed.begin(), printed.end(), p) != printed.end()) ++right;
    }
    const int segments = static_cast<int>(doc["segments"].size());
    t.add("name_sightings", found == segments && right == found, c.id + "/" + doc["file"].get<std::string>(), got,
          joined(printed));
  }
}

inline void score_degree(const ExtractedCandidate& c, Tally& t) {
  const auto& want = c.truth["degree"];
  if (want.is_null()) {
    t.add("degree.present", !c.facts.degree, c.id, "degree", "null");
    return;
  }
  if (!c.facts.degree) {
    t.add("degree.present", false, c.id, "null", "degree");
    return;
  }
  const DegreeFacts& d = *c.facts.degree;
  auto exact = [&](const std::string& field, const std::optional<std::string>& got) {
    const bool right = want[field].is_null() ? !got : got && *got == want[field].get<std::string>();
    t.add("degree." + field, right, c.id, opt_str(got), json_str(want[field]));
  };
  exact("level", d.level);
  exact("field", d.field);
  exact("country", d.country);
  exact("conferred", d.conferred);
  t.add("degree.title", same_ci(d.title, want["title"]), c.id, opt_str(d.title), json_str(want["title"]));
  t.add("degree.institution", same_ci(d.institution, want["institution"]), c.id, opt_str(d.institution),
        json_str(want["institution"]));
  // The program length is only on the documents when a transcript (its years of terms) or a
  // diploma stating the duration was sent; otherwise it must stay unknown.
  bool derivable = false;
  for (const auto& doc : c.truth["documents"])
    for (const auto& s : doc["segments"])
      if (s["type"] == "transcript" || s["layout"] == "diploma_graduation_record") derivable = true;
  const std::string years = d.years ? std::to_string(*d.years) : "null";
  const std::string want_years = derivable ? json_str(want["years"]) : "null";
  t.add("degree.years", years == want_years, c.id, years, want_years);
  const std::string training = d.clinical_training ? (*d.clinical_training ? "true" : "false") : "null";
  t.add("degree.clinical_training", training == json_str(want["clinical_training"]), c.id, training,
        json_str(want["clinical_training"]));
  const auto want_areas = want["clinical_training_areas"].get<std::vector<std::string>>();
  t.add("degree.clinical_areas", joined(d.clinical_training_areas) == joined(want_areas), c.id,
        joined(d.clinical_training_areas), joined(want_areas));
  t.add("degree.evidence", !d.evidence.empty(), c.id, "none", "some");
}

inline int job_page(const Job& j) { return j.evidence.empty() ? 0 : j.evidence.front().page; }

inline void score_experience(const ExtractedCandidate& c, Tally& t) {
  std::vector<bool> used(c.facts.experience.size(), false);
  for (const auto& want : c.truth["experience"]) {
    const std::string file = want["file"];
    const int page = want["pages"][0];
    const Job* job = nullptr;
    for (std::size_t i = 0; i < c.facts.experience.size(); ++i) {
      const Job& j = c.facts.experience[i];
      if (used[i] || j.file != file || job_page(j) != page) continue;
      used[i] = true;
      job = &j;
      break;
    }
    const std::string where = c.id + "/" + file + "#" + std::to_string(page);
    t.add("job.found", job != nullptr, where, "none", "job");
    if (!job) continue;
    t.add("job.employer", same_ci(job->employer, want["employer"]), where, opt_str(job->employer), want["employer"]);
    t.add("job.position", same_ci(job->position, want["position"]), where, opt_str(job->position), want["position"]);
    t.add("job.start", job->start && *job->start == want["start"].get<std::string>(), where, opt_str(job->start),
          want["start"]);
    const std::string end = job->to_present ? "present" : opt_str(job->end);
    const std::string want_end = want["end"].is_null() ? "present" : want["end"].get<std::string>();
    t.add("job.end", end == want_end, where, end, want_end);
    std::string hours = job->hours_per_week ? std::to_string(static_cast<int>(*job->hours_per_week)) : "null";
    if (!job->hours_per_week && job->full_time_stated) hours = "full-time";
    const std::string want_hours = want["hours_stated"].is_null()
                                       ? (want["full_time_stated"].get<bool>() ? "full-time" : "null")
                                       : std::to_string(want["hours_stated"].get<int>());
    t.add("job.hours", hours == want_hours, where, hours, want_hours);
    const auto want_departments = want["departments"].get<std::vector<std::string>>();
    t.add("job.departments", joined(job->departments) == joined(want_departments), where, joined(job->departments),
          joined(want_departments));
    t.add("job.evidence", !job->evidence.empty(), where, "none", "some");
  }
  for (std::size_t i = 0; i < used.size(); ++i)
    t.add("job.extra", used[i], c.id + "/" + c.facts.experience[i].file, "unmatched job", "none");
}

}  // namespace cc::test
