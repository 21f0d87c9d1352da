#include "pipeline/workers/worker_main.h"

#include <leptonica/allheaders.h>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "core/page_text_json.h"
#include "pipeline/reader/parser_diagnostics.h"
#include "pipeline/workers/crop_job.h"
#include "pipeline/workers/wire.h"

namespace cc {
namespace {

using nlohmann::json;

constexpr int kExitOutOfMemory = 86;  // the pool reads this as memory_limit

long long g_current_id = -1;

void write_all(const std::string& bytes) {
  size_t off = 0;
  while (off < bytes.size()) {
    ssize_t n = ::write(STDOUT_FILENO, bytes.data() + off, bytes.size() - off);
    if (n <= 0) _exit(0);  // the coordinator is gone
    off += static_cast<size_t>(n);
  }
}

void send(const json& message) { write_all(encode_frame(message)); }

void send_error(long long id, const Error& e, bool fatal) {
  send({{"id", id}, {"ok", false}, {"error", error_to_json(e)}, {"fatal", fatal}});
}

void on_out_of_memory() {
  // No allocation here: the frame is written by hand.
  static const char kMsg[] = "out of memory\n";
  [[maybe_unused]] auto n = ::write(STDERR_FILENO, kMsg, sizeof kMsg - 1);
  _exit(kExitOutOfMemory);
}

void on_parser_flood(int count) {
  send_error(g_current_id,
             make_error(ErrorCode::parse_error_flood,
                        "the PDF parser reported more than " + std::to_string(count - 1) + " errors; the file is too damaged to read"),
             true);
  _exit(0);
}

// Keeps the CPU-time limit a fixed budget above what this long-lived worker has used so far.
void arm_cpu_limit(int seconds) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const rlim_t used = static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec);
  rlimit limit{};
  getrlimit(RLIMIT_CPU, &limit);
  limit.rlim_cur = used + static_cast<rlim_t>(seconds);
  if (limit.rlim_max != RLIM_INFINITY && limit.rlim_cur > limit.rlim_max) limit.rlim_cur = limit.rlim_max;
  setrlimit(RLIMIT_CPU, &limit);
}

void maybe_inject_fault(const WireTask& task) {
  const char* spec = std::getenv("CREDCHECK_FAULT");
  if (!spec || task.op != TaskOp::page) return;
  const std::string s(spec);
  const size_t a = s.find(':'), b = s.rfind(':');
  if (a == std::string::npos || b == a) return;
  const std::string mode = s.substr(0, a), file = s.substr(a + 1, b - a - 1);
  if (task.doc.path.find(file) == std::string::npos || std::atoi(s.c_str() + b + 1) != task.page + 1) return;
  if (mode == "crash") std::raise(SIGSEGV);
  if (mode == "hang")
    for (;;) pause();
  if (mode == "alloc") {
    std::vector<char*> hog;
    for (;;) {
      char* p = static_cast<char*>(std::malloc(64u << 20));
      if (!p) on_out_of_memory();
      std::memset(p, 1, 64u << 20);
      hog.push_back(p);
    }
  }
  if (mode == "garbage") {
    write_all("this is not a frame at all\n");
    for (;;) pause();
  }
}

}  // namespace

int worker_main() {
  std::set_new_handler(&on_out_of_memory);
  // Reading a page allocates and frees tens of MB. By default glibc hands large freed blocks back
  // to the kernel after every page and faults them in again for the next one; kept, they are
  // reused (bench/'s 59 scanned pages: 300k page faults -> 125k, 0.3-0.5 s less kernel time, the
  // same peak memory, which is what the largest page needs either way).
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  setMsgSeverity(L_SEVERITY_NONE);  // Leptonica: we report failures ourselves

  auto reader = PageReader::create(OcrOptions{}, &on_parser_flood);
  CropRenderer crops;  // evidence crops for dossier.html (crop_job.h)
  FrameDecoder decoder;
  char buf[1 << 16];
  for (;;) {
    auto frame = decoder.next();
    if (!frame) {
      send_error(-1, frame.error(), true);
      return 2;
    }
    if (!frame->has_value()) {
      ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
      if (n <= 0) return 0;  // stdin closed: the coordinator is done with us
      decoder.feed(buf, static_cast<size_t>(n));
      continue;
    }
    auto task = task_from_json(**frame);
    if (!task) {
      send_error(-1, task.error(), true);
      return 2;
    }
    g_current_id = task->id;
    if (!reader) {
      send_error(task->id, reader.error(), true);
      return 2;
    }
    arm_cpu_limit(task->doc.limits.page_timeout_s + 5);
    maybe_inject_fault(*task);
    if (task->op == TaskOp::open) {
      auto pages = (*reader)->open(task->doc);
      if (!pages) send_error(task->id, pages.error(), false);
      else send({{"id", task->id}, {"ok", true}, {"pages", *pages}});
    } else if (task->op == TaskOp::crop) {
      ParserDiagnostics::instance().reset(task->doc.limits.max_parser_errors, &on_parser_flood);
      auto crop = crops.render(task->doc, task->page, task->crop);
      if (!crop) send_error(task->id, crop.error(), false);
      else send({{"id", task->id}, {"ok", true}, {"crop", crop_image_to_json(*crop)}});
    } else {
      auto page = (*reader)->read(task->doc, task->page);
      if (!page) send_error(task->id, page.error(), false);
      else send({{"id", task->id}, {"ok", true}, {"page", page_text_to_json(*page)}});
    }
  }
}

}  // namespace cc
