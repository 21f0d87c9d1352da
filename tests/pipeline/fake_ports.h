// Fakes for the ports where `run` and `watch` meet the outside world (pipeline/run/ports.h), so the
// candidate flow, the batch and the daemon's rounds are tested in-process: a DocumentReader that
// answers each file with canned pages (typeset here from lines of text, with word boxes as a text
// layer would give them) or a canned error, and a CropSource that answers every crop with a fake
// PNG or with an error. Both record what they were asked.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/sha256.h"
#include "pipeline/run/ports.h"

namespace cc::test {

// A text-layer page: one line of text every 14 pt from the top, words 10 pt high and 5.5 pt per
// character. " | " in a line starts a new cell 200 pt further right (a form's label and value).
inline PageText typeset_page(const std::vector<std::string>& lines, int number = 1) {
  PageText page;
  page.number = number;
  page.width_pt = 612;
  page.height_pt = 792;
  page.source = TextSource::text_layer;
  for (size_t l = 0; l < lines.size(); ++l) {
    const double y = 72 + 14.0 * static_cast<double>(l);
    std::string rest = lines[l];
    for (int cell = 0; !rest.empty(); ++cell) {
      const size_t bar = rest.find(" | ");
      std::istringstream words(rest.substr(0, bar));
      rest = bar == std::string::npos ? "" : rest.substr(bar + 3);
      double x = 72 + 200.0 * cell;
      for (std::string w; words >> w;) {
        const double width = 5.5 * static_cast<double>(w.size());
        page.words.push_back({w, Box{x, y, x + width, y + 10}, 1.0f, static_cast<int>(l)});
        x += width + 5.5;
      }
    }
  }
  return page;
}

// A PDF read into these pages (one list of lines per page).
inline DocumentText canned_document(const std::vector<std::vector<std::string>>& pages) {
  DocumentText doc;
  doc.kind = FileKind::pdf;
  for (const auto& lines : pages) doc.pages.push_back(typeset_page(lines, static_cast<int>(doc.pages.size()) + 1));
  doc.page_count = static_cast<int>(doc.pages.size());
  return doc;
}

inline DocumentText failed_document(ErrorCode code, const std::string& message) {
  DocumentText doc;
  doc.kind = FileKind::pdf;
  doc.error = Error{code, message};
  return doc;
}

// An employment letter and a diploma of one (invented) candidate, as a text layer reads them.
inline DocumentText employment_letter() {
  return canned_document({{"EKITI HILLS DIAGNOSTIC CENTRE", "Ado-Ekiti, Ekiti State", "EMPLOYMENT VERIFICATION",
                           "Employee Name: | Emeka D. Abubakar", "Job Title: | Medical Laboratory Scientist II",
                           "Dates of Employment: | 01-Apr-2023 - 31-Dec-2025", "Employment Status: | Full-time",
                           "Scheduled Hours: | 40 per week",
                           "Laboratory Sections: | Haematology; Chemical Pathology; Urinalysis",
                           "The information above is taken from our personnel records.",
                           "Verified by: | Mr. Tunde F. Ajayi", "Title: | Chief Medical Technologist", "Date: | 03-Feb-2026"}});
}

inline DocumentText diploma() {
  return canned_document({{"Ekiti Highlands University", "Be it known that", "Emeka Daniel Abubakar",
                           "having completed the prescribed course of study and satisfied the",
                           "examiners, is hereby admitted to the degree of", "BACHELOR OF MEDICAL LABORATORY SCIENCE",
                           "Second Class (Upper Division)", "at Ado-Ekiti on the 9th of November, 2017."}});
}

// Answers each request by its file name (the name within the candidate folder): the canned
// document under that name, with the request's path and the file's real SHA-256 (as the worker
// pool gives them), or `not_a_document` for a name it has nothing for.
class FakeReader final : public DocumentReader {
 public:
  std::map<std::string, DocumentText> canned;

  ReadStats read(const std::vector<ReadRequest>& requests, const OnDone& on_done, const OnProgress& on_progress) override {
    ++calls_;
    for (size_t i = 0; i < requests.size(); ++i) {
      asked_.push_back(requests[i].file);
      auto it = canned.find(requests[i].file);
      DocumentText doc = it != canned.end() ? it->second : failed_document(ErrorCode::not_a_document, "nothing canned");
      doc.path = requests[i].path;
      doc.file = requests[i].file;
      if (auto sha = sha256_file(requests[i].path)) doc.sha256 = *sha;
      on_done(i, std::move(doc));
      on_progress(ReadProgress{i + 1, requests.size(), i + 1, requests.size()});
    }
    return ReadStats{};
  }
  const std::vector<std::string>& asked() const { return asked_; }  // file names, in the order asked
  size_t calls() const { return calls_; }

 private:
  std::vector<std::string> asked_;
  size_t calls_ = 0;
};

// Every crop a fake PNG ("fake-png"), or, with `failure` set, that error.
class FakeCropSource final : public CropSource {
 public:
  explicit FakeCropSource(std::optional<std::string> failure = std::nullopt) : failure_(std::move(failure)) {}

  std::vector<Expected<CropImage>> render(const std::vector<CropRequest>& requests, double) override {
    const std::lock_guard<std::mutex> lock(mutex_);
    std::vector<Expected<CropImage>> out;
    for (const auto& r : requests) {
      asked_.push_back(r);
      if (failure_) out.emplace_back(Error{ErrorCode::worker_crashed, *failure_});
      else out.emplace_back(CropImage{"fake-png", r.spec.box, 40, 20});
    }
    return out;
  }
  size_t asked() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return asked_.size();
  }

 private:
  std::optional<std::string> failure_;
  mutable std::mutex mutex_;  // `run` calls it from its finisher threads
  std::vector<CropRequest> asked_;
};

// Ports answering from `reader`; every crop source a FakeCropSource failing with `crop_failure` if set.
inline Ports fake_ports(std::shared_ptr<FakeReader> reader, std::optional<std::string> crop_failure = std::nullopt) {
  Ports ports;
  ports.reader = std::move(reader);
  ports.new_crop_source = [crop_failure] { return std::make_unique<FakeCropSource>(crop_failure); };
  return ports;
}

}  // namespace cc::test
