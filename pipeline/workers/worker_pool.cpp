#include "pipeline/workers/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include "core/page_text_json.h"
#include "core/sha256.h"
#include "core/text.h"
#include "pipeline/intake/passwords.h"
#include "pipeline/intake/sniff.h"
#include "pipeline/workers/wire.h"
#include "pipeline/workers/worker_process.h"

namespace cc {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr int kExitOutOfMemory = 86;  // worker_main's exit code for a failed allocation
constexpr size_t kStderrTail = 4096;
constexpr const char* kNotUtf8Name =
    "the file's name, or a folder's on its path, is not UTF-8 (written in another character set, such as Latin-1 or "
    "CP-1252), so it cannot be read or named in the dossier: rename it and add it again";

struct InFlight {
  long long id;
  size_t doc;
  TaskOp op;
  int page;
  Clock::time_point start;
};

struct Worker {
  pid_t pid = -1;
  int to = -1, from = -1, err = -1;
  FrameDecoder decoder;
  std::string stderr_tail;
  std::optional<InFlight> task;
  std::optional<Error> kill_reason;  // set when we killed it on purpose
  bool exiting = false;              // it said its last frame was fatal
};

struct DocState {
  DocumentTask task;
  DocumentText text;
  std::vector<std::optional<PageText>> pages;
  int in_flight = 0;
  double seconds_used = 0;
  bool finished = false;
  std::vector<std::string> passwords;  // to try on an encrypted PDF, in order (secrets: never logged)
  size_t password_index = 0;           // the one the current open task uses
};

std::string signal_name(int sig) {
  switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    case SIGXCPU: return "SIGXCPU";
    default: return "signal " + std::to_string(sig);
  }
}

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

class Coordinator {
 public:
  Coordinator(const std::vector<ReadRequest>& requests, const ReaderOptions& options,
              const std::function<void(size_t, DocumentText&&)>& on_done,
              const std::function<void(const ReadProgress&)>& on_progress)
      : requests_(requests), options_(options), on_done_(on_done), on_progress_(on_progress) {}

  ~Coordinator() {
    for (auto& w : workers_) stop(w);
  }

  ReadStats run() {
    docs_.resize(requests_.size());
    progress_.documents_total = requests_.size();
    for (size_t i = 0; i < requests_.size(); ++i) precheck(i);
    while (progress_.documents_done < requests_.size()) {
      dispatch();
      wait_for_events();
      enforce_deadlines();
    }
    return stats_;
  }

 private:
  // --- Checks that need no parser, done here before a worker is involved. -----------------------
  void precheck(size_t i) {
    const ReadRequest& r = requests_[i];
    DocState& d = docs_[i];
    d.text.path = r.path;
    d.text.file = r.file;
    d.task.path = r.path;
    // Passwords to try, most specific first (the file's lines, then --password), each in its
    // forms (as typed, SASLprep, Latin-1), without repeats.
    d.passwords = passwords_to_try(r.passwords, r.password);
    d.task.password = d.passwords.empty() ? std::string() : d.passwords.front();
    d.task.force_ocr = options_.force_ocr;
    d.task.limits = options_.limits;
    // The path travels to the worker in JSON, which holds UTF-8 only: a name in another character
    // set would reach the worker changed and be "missing" there.
    if (!is_valid_utf8(r.path)) return fail(i, make_error(ErrorCode::file_name_not_utf8, kNotUtf8Name));
    struct stat st {};
    if (::stat(r.path.c_str(), &st) != 0) return fail(i, make_error(ErrorCode::unreadable, std::string("cannot read the file: ") + strerror(errno)));
    d.text.bytes = st.st_size;
    if (st.st_size > options_.limits.max_file_bytes)
      return fail(i, make_error(ErrorCode::file_too_large, "the file is " + std::to_string(st.st_size >> 20) + " MB; the limit is " +
                                                               std::to_string(options_.limits.max_file_bytes >> 20) + " MB (--max-file-mb)"));
    auto kind = sniff_file(r.path);
    if (!kind) return fail(i, kind.error());
    d.text.kind = d.task.kind = *kind;
    auto sha = sha256_file(r.path);
    if (!sha) return fail(i, sha.error());
    d.text.sha256 = *sha;
    queue_.insert({i, -1});
  }

  // --- Scheduling. --------------------------------------------------------------------------------
  void dispatch() {
    while (!queue_.empty()) {
      Worker* w = idle_worker();
      if (!w) return;
      auto [doc, page] = *queue_.begin();
      queue_.erase(queue_.begin());
      if (docs_[doc].text.error) continue;  // the document failed meanwhile
      WireTask t;
      t.id = next_id_++;
      t.op = page < 0 ? TaskOp::open : TaskOp::page;
      t.doc = docs_[doc].task;
      t.page = std::max(page, 0);
      w->task = InFlight{t.id, doc, t.op, t.page, Clock::now()};
      ++docs_[doc].in_flight;
      const std::string frame = encode_frame(task_to_json(t));
      if (!write_all(w->to, frame)) kill_worker(*w, make_error(ErrorCode::worker_crashed, "the worker stopped accepting work"));
    }
  }

  Worker* idle_worker() {
    for (auto& w : workers_)
      if (w.pid > 0 && !w.task && !w.exiting) return &w;
    if (static_cast<int>(live_workers()) < options_.jobs) return spawn();
    return nullptr;
  }

  size_t live_workers() const {
    size_t n = 0;
    for (const auto& w : workers_) n += w.pid > 0;
    return n;
  }

  Worker* spawn() {
    auto w = spawn_worker_process(options_.worker_executable, options_.limits.worker_memory_mb, true);
    if (!w) return nullptr;
    fcntl(w->from, F_SETFL, O_NONBLOCK);
    fcntl(w->err, F_SETFL, O_NONBLOCK);
    ++stats_.workers_started;
    for (auto& slot : workers_)
      if (slot.pid <= 0) return &(slot = make_worker(w->pid, w->to, w->from, w->err));
    workers_.push_back(make_worker(w->pid, w->to, w->from, w->err));
    return &workers_.back();
  }

  static Worker make_worker(pid_t pid, int to, int from, int err) {
    Worker w;
    w.pid = pid;
    w.to = to;
    w.from = from;
    w.err = err;
    return w;
  }

  static bool write_all(int fd, const std::string& bytes) {
    size_t off = 0;
    while (off < bytes.size()) {
      ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      off += static_cast<size_t>(n);
    }
    return true;
  }

  // --- Events. ------------------------------------------------------------------------------------
  void wait_for_events() {
    std::vector<pollfd> fds;
    std::vector<std::pair<size_t, bool>> owner;  // worker index, is stdout
    for (size_t i = 0; i < workers_.size(); ++i) {
      if (workers_[i].pid <= 0) continue;
      if (workers_[i].from >= 0) { fds.push_back({workers_[i].from, POLLIN, 0}); owner.emplace_back(i, true); }
      if (workers_[i].err >= 0) { fds.push_back({workers_[i].err, POLLIN, 0}); owner.emplace_back(i, false); }
    }
    if (fds.empty()) return;
    if (::poll(fds.data(), fds.size(), 100) <= 0) return;
    for (size_t k = 0; k < fds.size(); ++k) {
      if (!(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      Worker& w = workers_[owner[k].first];
      if (w.pid <= 0) continue;
      if (owner[k].second) read_results(w);
      else read_stderr(w);
    }
  }

  void read_stderr(Worker& w) {
    char buf[4096];
    ssize_t n = ::read(w.err, buf, sizeof buf);
    if (n <= 0) {
      if (n == 0 || (errno != EAGAIN && errno != EINTR)) close_fd(w.err);
      return;
    }
    w.stderr_tail.append(buf, static_cast<size_t>(n));
    if (w.stderr_tail.size() > kStderrTail) w.stderr_tail.erase(0, w.stderr_tail.size() - kStderrTail);
  }

  void read_results(Worker& w) {
    char buf[1 << 16];
    bool closed = false;
    for (;;) {
      ssize_t n = ::read(w.from, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && errno == EAGAIN) break;
      if (n <= 0) {
        closed = true;
        break;
      }
      w.decoder.feed(buf, static_cast<size_t>(n));
    }
    // Frames that arrived before the pipe closed are answers like any other (a worker that gives
    // up on a document writes its error and exits).
    for (;;) {
      auto frame = w.decoder.next();
      if (!frame) {
        kill_worker(w, frame.error());
        return;
      }
      if (!frame->has_value()) break;
      handle_result(w, **frame);
      if (w.pid <= 0) return;
    }
    if (closed) reap(w);
  }

  void handle_result(Worker& w, const json& msg) {
    if (!w.task || !msg.contains("id") || !msg["id"].is_number_integer() || msg["id"].get<long long>() != w.task->id) {
      kill_worker(w, make_error(ErrorCode::worker_protocol, "the worker answered a task it was not given"));
      return;
    }
    const InFlight task = *w.task;
    w.task.reset();
    finish_task(task);
    // Not msg.value(): it throws on a non-boolean, and a worker's bytes must never throw here.
    auto flag = [&msg](const char* key) { return msg.contains(key) && msg[key].is_boolean() && msg[key].get<bool>(); };
    if (flag("fatal")) w.exiting = true;
    DocState& d = docs_[task.doc];
    if (!flag("ok")) {
      auto e = msg.contains("error") ? error_from_json(msg["error"]) : std::nullopt;
      if (e && e->code == ErrorCode::encrypted && task.op == TaskOp::open && try_next_password(task.doc)) return;
      if (e && e->code == ErrorCode::encrypted && d.passwords.size() > 1)
        e->message = "the PDF is encrypted and none of the " + std::to_string(d.passwords.size()) +
                     " password forms known for it opens it";
      fail(task.doc, e ? *e : make_error(ErrorCode::worker_protocol, "the worker reported a failure without a valid error"));
      return;
    }
    if (task.op == TaskOp::open) {
      if (!msg.contains("pages") || !msg["pages"].is_number_integer() || msg["pages"].get<int>() <= 0 ||
          msg["pages"].get<int>() > options_.limits.max_pages) {
        kill_worker(w, make_error(ErrorCode::worker_protocol, "the worker sent an impossible page count"));
        return;
      }
      const int n = msg["pages"].get<int>();
      d.text.page_count = n;
      d.pages.resize(static_cast<size_t>(n));
      progress_.pages_known += static_cast<size_t>(n);
      for (int p = 0; p < n; ++p) queue_.insert({task.doc, p});
    } else {
      auto page = msg.contains("page") ? page_text_from_json(msg["page"], static_cast<size_t>(options_.limits.max_words_per_page))
                                       : Expected<PageText>(make_error(ErrorCode::worker_protocol, "no page given"));
      if (!page) {
        kill_worker(w, page.error());
        return;
      }
      if (!d.text.error) d.pages[static_cast<size_t>(task.page)] = std::move(page).value();
      ++progress_.pages_done;
      on_progress_(progress_);
    }
    maybe_finish(task.doc);
  }

  // An encrypted PDF that the current password does not open: queue another open with the next
  // one. The worker said only "encrypted"; it is not lost, so it takes the next task.
  bool try_next_password(size_t doc) {
    DocState& d = docs_[doc];
    if (d.password_index + 1 >= d.passwords.size()) return false;
    d.task.password = d.passwords[++d.password_index];
    queue_.insert({doc, -1});
    return true;
  }

  void finish_task(const InFlight& task) {
    DocState& d = docs_[task.doc];
    --d.in_flight;
    d.seconds_used += std::chrono::duration<double>(Clock::now() - task.start).count();
  }

  // --- Failures. ----------------------------------------------------------------------------------
  void kill_worker(Worker& w, Error reason) {
    if (w.pid <= 0) return;
    if (!w.kill_reason) w.kill_reason = std::move(reason);
    ::kill(w.pid, SIGKILL);
    reap(w);
  }

  // The worker's stdout closed: collect its exit status and settle its task.
  void reap(Worker& w) {
    int status = 0;
    while (waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {}
    if (w.err >= 0) read_stderr(w);
    close_fd(w.to);
    close_fd(w.from);
    close_fd(w.err);
    const bool expected = w.exiting && !w.task;
    if (!expected) ++stats_.workers_lost;
    if (w.task) {
      const InFlight task = *w.task;
      w.task.reset();
      finish_task(task);
      fail(task.doc, w.kill_reason ? *w.kill_reason : death_cause(status, w.stderr_tail, task));
      maybe_finish(task.doc);
    }
    w = Worker{};
  }

  Error death_cause(int status, const std::string& stderr_tail, const InFlight& task) const {
    const std::string where = task.op == TaskOp::open ? "while opening the document" : "on page " + std::to_string(task.page + 1);
    const bool oom_text = stderr_tail.find("out of memory") != std::string::npos ||
                          stderr_tail.find("Out of memory") != std::string::npos ||
                          stderr_tail.find("bad_alloc") != std::string::npos;
    const std::string mem = std::to_string(options_.limits.worker_memory_mb) + " MB";
    if (WIFEXITED(status) && WEXITSTATUS(status) == kExitOutOfMemory)
      return make_error(ErrorCode::memory_limit, "the worker exceeded its memory limit of " + mem + " " + where);
    if (WIFSIGNALED(status)) {
      const int sig = WTERMSIG(status);
      if (sig == SIGXCPU) return make_error(ErrorCode::cpu_limit, "the worker exceeded its CPU-time limit " + where);
      if (oom_text || (sig == SIGABRT && stderr_tail.empty()))
        return make_error(ErrorCode::memory_limit, "the worker exceeded its memory limit of " + mem + " " + where);
      return make_error(ErrorCode::worker_crashed, "worker killed by " + signal_name(sig) + " (signal " + std::to_string(sig) + ") " + where);
    }
    if (oom_text) return make_error(ErrorCode::memory_limit, "the worker exceeded its memory limit of " + mem + " " + where);
    return make_error(ErrorCode::worker_crashed, "the worker exited with status " + std::to_string(WEXITSTATUS(status)) + " " + where);
  }

  void fail(size_t doc, const Error& e) {
    DocState& d = docs_[doc];
    if (!d.text.error) d.text.error = e.within(d.text.file);
    // Drop the document's queued tasks; running ones finish or time out on their own.
    for (auto it = queue_.lower_bound({doc, -1}); it != queue_.end() && it->first == doc;) it = queue_.erase(it);
    maybe_finish(doc);
  }

  void maybe_finish(size_t doc) {
    DocState& d = docs_[doc];
    if (d.finished || d.in_flight > 0) return;
    if (!d.text.error) {
      if (d.text.page_count == 0) return;  // not opened yet
      for (const auto& p : d.pages)
        if (!p) return;
    }
    d.finished = true;
    for (auto& p : d.pages)
      if (p) d.text.pages.push_back(std::move(*p));
    d.pages.clear();
    d.pages.shrink_to_fit();
    ++progress_.documents_done;
    on_progress_(progress_);
    on_done_(doc, std::move(d.text));
    d.text = DocumentText{};
  }

  void enforce_deadlines() {
    const auto now = Clock::now();
    for (auto& w : workers_) {
      if (w.pid <= 0 || !w.task) continue;
      const double elapsed = std::chrono::duration<double>(now - w.task->start).count();
      const DocState& d = docs_[w.task->doc];
      const int page_limit = options_.limits.page_timeout_s;
      if (elapsed > page_limit) {
        const std::string what = w.task->op == TaskOp::open ? "opening the document" : "page " + std::to_string(w.task->page + 1);
        kill_worker(w, make_error(ErrorCode::page_timeout, what + " exceeded " + std::to_string(page_limit) + " s"));
      } else if (d.seconds_used + elapsed > options_.limits.doc_timeout_s) {
        kill_worker(w, make_error(ErrorCode::document_timeout, "the document exceeded " + std::to_string(options_.limits.doc_timeout_s) + " s in all"));
      }
    }
  }

  void stop(Worker& w) {
    if (w.pid <= 0) return;
    close_fd(w.to);  // a worker exits when its stdin closes
    ::kill(w.pid, SIGKILL);
    int status;
    waitpid(w.pid, &status, 0);
    close_fd(w.from);
    close_fd(w.err);
    w.pid = -1;
  }

  const std::vector<ReadRequest>& requests_;
  const ReaderOptions& options_;
  const std::function<void(size_t, DocumentText&&)>& on_done_;
  const std::function<void(const ReadProgress&)>& on_progress_;
  std::vector<DocState> docs_;
  std::deque<Worker> workers_;
  std::set<std::pair<size_t, int>> queue_;  // (document, page); page -1 = open
  long long next_id_ = 1;
  ReadProgress progress_;
  ReadStats stats_;
};

}  // namespace

ReadStats read_documents(const std::vector<ReadRequest>& requests, const ReaderOptions& options,
                         const std::function<void(size_t, DocumentText&&)>& on_done,
                         const std::function<void(const ReadProgress&)>& on_progress) {
  signal(SIGPIPE, SIG_IGN);
  Coordinator coordinator(requests, options, on_done, on_progress);
  return coordinator.run();
}

std::string current_executable() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  buf[n] = '\0';
  return buf;
}

}  // namespace cc
