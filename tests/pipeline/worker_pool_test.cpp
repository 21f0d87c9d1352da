// Reading through real worker processes (the credcheck binary): scheduling across documents,
// and every way a worker can go wrong turning into that document's specific error while the rest
// of the batch completes (test-only fault injection, CREDCHECK_FAULT).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <fstream>
#include <map>
#include <string>

#include "pipeline/workers/worker_pool.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

std::string fixture(const std::string& name) { return test::fixtures_dir() + "/intake/" + name; }

struct BatchResult {
  std::map<std::string, DocumentText> docs;
  ReadStats stats;
  ReadProgress last;
};

BatchResult read_batch(const std::vector<std::string>& names, Limits limits = {}, int jobs = 2) {
  std::vector<ReadRequest> requests;
  for (const auto& n : names) requests.push_back({fixture(n), n, "", {}});
  ReaderOptions options;
  options.jobs = jobs;
  options.limits = limits;
  options.worker_executable = test::credcheck_exe();
  BatchResult result;
  std::vector<size_t> order;
  result.stats = read_documents(
      requests, options,
      [&](size_t i, DocumentText&& text) {
        order.push_back(i);
        result.docs[names[i]] = std::move(text);
      },
      [&](const ReadProgress& p) { result.last = p; });
  EXPECT_EQ(order.size(), names.size()) << "every document reported exactly once";
  return result;
}

class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) { setenv(name, value.c_str(), 1); }
  ~ScopedEnv() { unsetenv(name_); }

 private:
  const char* name_;
};

TEST(WorkerPool, ReadsABatchAcrossWorkers) {
  auto r = read_batch({"text.pdf", "scan.png", "two-pages.tif", "blank.pdf", "rotated.pdf"});
  for (const auto& [name, doc] : r.docs) {
    EXPECT_FALSE(doc.error) << name << ": " << doc.error->message;
    EXPECT_EQ(doc.pages.size(), static_cast<size_t>(doc.page_count)) << name;
    EXPECT_EQ(doc.sha256.size(), 64u) << name;
  }
  EXPECT_EQ(r.docs["two-pages.tif"].pages.size(), 2u);
  EXPECT_EQ(r.docs["two-pages.tif"].pages[1].number, 2);
  EXPECT_EQ(r.last.documents_done, 5u);
  EXPECT_EQ(r.last.pages_done, 6u);
  EXPECT_EQ(r.stats.workers_lost, 0u);
  EXPECT_LE(r.stats.workers_started, 2u);  // long-lived workers, one engine each
}

TEST(WorkerPool, RefusesBeforeAnyWorkerSeesTheFile) {
  auto r = read_batch({"empty.pdf", "notes.pdf", "letter.docx"});
  EXPECT_EQ(r.docs["empty.pdf"].error->code, ErrorCode::empty_file);
  EXPECT_EQ(r.docs["notes.pdf"].error->code, ErrorCode::not_a_document);
  EXPECT_EQ(r.docs["letter.docx"].error->code, ErrorCode::unsupported_format);
  EXPECT_EQ(r.stats.workers_started, 0u);
}

TEST(WorkerPool, AFileWhoseNameIsNotUtf8GetsItsOwnErrorNotAParsersGuess) {
  // The path reaches a worker in JSON, which holds UTF-8 only: a Latin-1 name ("caf\xe9.pdf")
  // used to arrive changed, the file was "missing" there and the document was called truncated.
  test::TempDir dir;
  const std::string latin1 = dir / "caf\xe9.pdf";
  std::filesystem::copy_file(fixture("text.pdf"), latin1);
  ReaderOptions options;
  options.jobs = 1;
  options.worker_executable = test::credcheck_exe();
  std::optional<DocumentText> got;
  const ReadStats stats = read_documents({{latin1, "caf\xe9.pdf", "", {}}}, options,
                                         [&](size_t, DocumentText&& text) { got = std::move(text); }, [](const ReadProgress&) {});
  ASSERT_TRUE(got && got->error);
  EXPECT_EQ(got->error->code, ErrorCode::file_name_not_utf8);
  EXPECT_NE(got->error->message.find("not UTF-8"), std::string::npos) << got->error->message;
  EXPECT_EQ(stats.workers_started, 0u);
}

TEST(WorkerPool, ParserFloodEndsTheDocumentNotTheBatch) {
  auto r = read_batch({"error-flood.pdf", "text.pdf"});
  ASSERT_TRUE(r.docs["error-flood.pdf"].error);
  EXPECT_EQ(r.docs["error-flood.pdf"].error->code, ErrorCode::parse_error_flood);
  EXPECT_FALSE(r.docs["text.pdf"].error);
}

struct FaultCase {
  const char* mode;
  ErrorCode code;
  const char* message_part;
};

void PrintTo(const FaultCase& c, std::ostream* os) { *os << c.mode; }

// Page 2 of multi-page.pdf goes wrong in the way the parameter says, in a batch of four.
class WorkerFault : public ::testing::TestWithParam<FaultCase> {
 protected:
  BatchResult read_faulty_batch(int jobs) {
    ScopedEnv fault("CREDCHECK_FAULT", std::string(GetParam().mode) + ":multi-page.pdf:2");
    // The pages are text layers or blank, read in milliseconds, so a 3 s page timeout only
    // catches the injected hang even on a loaded machine. The other faults get 30 s: touching
    // 768 MB took over 3 s on a machine busy compiling (the CI's fresh clone of 7 Dec 2026 saw
    // the allocating worker stopped by the timeout before its memory limit).
    Limits limits;
    limits.page_timeout_s = std::string(GetParam().mode) == "hang" ? 3 : 30;
    limits.worker_memory_mb = 768;
    return read_batch({"text.pdf", "multi-page.pdf", "rotated.pdf", "blank.pdf"}, limits, jobs);
  }
};

TEST_P(WorkerFault, BecomesThatDocumentsErrorAndTheBatchGoesOn) {
  const FaultCase& c = GetParam();
  auto r = read_faulty_batch(2);
  const DocumentText& hit = r.docs["multi-page.pdf"];
  ASSERT_TRUE(hit.error) << c.mode;
  EXPECT_EQ(hit.error->code, c.code) << hit.error->message;
  EXPECT_NE(hit.error->message.find(c.message_part), std::string::npos) << hit.error->message;
  EXPECT_NE(hit.error->message.find("multi-page.pdf"), std::string::npos) << hit.error->message;
  for (const char* other : {"text.pdf", "rotated.pdf", "blank.pdf"}) {
    EXPECT_FALSE(r.docs[other].error) << other;
    EXPECT_EQ(r.docs[other].pages.size(), 1u) << other;
  }
  EXPECT_GE(r.stats.workers_lost, 1u);
}

INSTANTIATE_TEST_SUITE_P(
    Faults, WorkerFault,
    ::testing::Values(FaultCase{"crash", ErrorCode::worker_crashed, "killed by SIGSEGV (signal 11) on page 2"},
                      FaultCase{"hang", ErrorCode::page_timeout, "page 2 exceeded 3 s"},
                      FaultCase{"alloc", ErrorCode::memory_limit, "memory limit of 768 MB on page 2"},
                      FaultCase{"garbage", ErrorCode::worker_protocol, "frame"}),
    [](const auto& param_info) { return std::string(param_info.param.mode); });

// The coordinator's own memory, in kB, from /proc/self/status ("VmHWM" is its peak so far).
long status_kb(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
  return -1;
}

// With one worker, the documents after the faulty one can only be read by its replacement; and
// whatever the worker does (allocating 768 MB included), the coordinator's peak memory stays where
// it was: the blow-up happens in another address space.
TEST_P(WorkerFault, AFreshWorkerReadsTheRestAndTheParentStaysFlat) {
  const FaultCase& c = GetParam();
  const long peak_before = status_kb("VmHWM"), rss_before = status_kb("VmRSS");
  ASSERT_GT(peak_before, 0);
  auto r = read_faulty_batch(1);
  const long peak_after = status_kb("VmHWM"), rss_after = status_kb("VmRSS");
  ASSERT_TRUE(r.docs["multi-page.pdf"].error);
  EXPECT_EQ(r.docs["multi-page.pdf"].error->code, c.code) << r.docs["multi-page.pdf"].error->message;
  for (const char* later : {"rotated.pdf", "blank.pdf"}) {
    EXPECT_FALSE(r.docs[later].error) << later;
    EXPECT_EQ(r.docs[later].pages.size(), 1u) << later;
  }
  EXPECT_EQ(r.stats.workers_started, 2u) << "the lost worker is replaced once";
  EXPECT_EQ(r.stats.workers_lost, 1u);
  EXPECT_LT(peak_after - peak_before, 32 * 1024) << "coordinator peak grew from " << peak_before << " kB to " << peak_after << " kB";
  EXPECT_LT(rss_after - rss_before, 32 * 1024) << "coordinator RSS grew from " << rss_before << " kB to " << rss_after << " kB";
}

TEST(WorkerPool, DocumentTimeoutCountsAllItsPages) {
  ScopedEnv fault("CREDCHECK_FAULT", "hang:multi-page.pdf:2");
  Limits limits;
  limits.page_timeout_s = 30;
  limits.doc_timeout_s = 2;
  auto r = read_batch({"multi-page.pdf"}, limits, 1);
  ASSERT_TRUE(r.docs["multi-page.pdf"].error);
  EXPECT_EQ(r.docs["multi-page.pdf"].error->code, ErrorCode::document_timeout);
}

}  // namespace
}  // namespace cc
