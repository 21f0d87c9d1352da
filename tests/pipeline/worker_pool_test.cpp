// Reading through real worker processes (the credcheck binary): scheduling across documents,
// and every way a worker can go wrong turning into that document's specific error while the rest
// of the batch completes (test-only fault injection, CREDCHECK_FAULT).
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

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

class WorkerFault : public ::testing::TestWithParam<FaultCase> {};

TEST_P(WorkerFault, BecomesThatDocumentsErrorAndTheBatchGoesOn) {
  const FaultCase& c = GetParam();
  // The pages are text layers or blank, read in milliseconds, so a 3 s page timeout only
  // catches the injected hang even on a loaded machine.
  ScopedEnv fault("CREDCHECK_FAULT", std::string(c.mode) + ":multi-page.pdf:2");
  Limits limits;
  limits.page_timeout_s = 3;
  limits.worker_memory_mb = 768;
  auto r = read_batch({"text.pdf", "multi-page.pdf", "rotated.pdf", "blank.pdf"}, limits);
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
