// bench-claims: the shared queue's claim/complete throughput (issue 18). N simulated workers,
// each with its own connection (its own Ledger, its own holder), claim one document at a time
// (due(): a short UPDATE ... FOR UPDATE SKIP LOCKED with a lease) and complete it (mark_read,
// fenced by the token), until the queue is empty. Prints claims/s and checks that every document
// was read exactly once. `bench/claims.sh` starts a throwaway PostgreSQL server and runs it.
//   bench-claims --state postgresql://... [--workers 16] [--documents 4000] [--batch 1]
// --batch N: each claim takes up to N documents in one statement, as the daemon does (--batch).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/watch/ledger.h"

int main(int argc, char** argv) {
  std::string state;
  int workers = 16, documents = 4000, batch = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--state") state = argv[i + 1];
    else if (a == "--workers") workers = std::atoi(argv[i + 1]);
    else if (a == "--documents") documents = std::atoi(argv[i + 1]);
    else if (a == "--batch") batch = std::max(1, std::atoi(argv[i + 1]));
  }
  if (state.empty()) {
    fprintf(stderr, "usage: bench-claims --state postgresql://...|FILE [--workers 16] [--documents 4000]\n");
    return 2;
  }
  auto setup = cc::Ledger::open(state);
  if (!setup) {
    fprintf(stderr, "bench-claims: %s\n", setup.error().message.c_str());
    return 1;
  }
  for (int i = 0; i < documents; ++i) {
    char sha[65];
    snprintf(sha, sizeof sha, "%064d", i);
    const std::string cand = "c" + std::to_string(i / 4), name = "d" + std::to_string(i % 4) + ".pdf";
    if (!setup->take({cand, name, "/inbox/" + cand + "/" + name, sha, 1000, i}, 1)) return 1;
  }
  std::atomic<long> claimed{0}, lost{0}, failed{0};
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      auto ledger = cc::Ledger::open(state);
      if (!ledger) {
        ++failed;
        return;
      }
      while (true) {
        auto rows = ledger->due(10, batch);
        if (!rows) {
          ++failed;
          return;
        }
        if (rows->empty()) return;
        for (const auto& row : *rows) {
          auto st = ledger->mark_read(row.id, row.sha256, "", "", 11, row.lease_token);
          if (!st) (cc::lease_lost(st.error()) ? lost : failed)++;
          ++claimed;
        }
      }
    });
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  auto read = setup->count_in_state("read");
  printf("%d workers, batch %d, %d documents: %ld claims+completes in %.2f s = %.0f claims/s; %lld read, %ld lease lost, %ld errors\n", workers,
         batch, documents, claimed.load(), seconds, claimed.load() / seconds, read ? static_cast<long long>(*read) : -1LL, lost.load(), failed.load());
  return read && *read == documents && claimed == documents && failed == 0 ? 0 : 1;
}
