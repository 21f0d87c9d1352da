// Starting the real `credcheck watch` daemon from a test: a child process whose output goes to a
// log file, stopped with SIGTERM or killed with SIGKILL, plus waiting for a condition with a
// deadline and the small fixture makers the watch tests share.
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

namespace cc::test {

class DaemonProcess {
 public:
  DaemonProcess() = default;
  ~DaemonProcess();  // SIGKILLs a daemon still running
  DaemonProcess(const DaemonProcess&) = delete;
  DaemonProcess& operator=(const DaemonProcess&) = delete;

  // Runs `credcheck <args...>`, appending its output to `log_path`.
  void start(const std::vector<std::string>& args, const std::string& log_path);
  bool running();
  void signal(int sig);
  // Exit code once it exits within `seconds`; -1 on timeout; 128+n when killed by signal n.
  int wait(double seconds);
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int status_ = -1;
};

// Polls `condition` every 50 ms until it holds or `seconds` pass.
bool wait_until(const std::function<bool()>& condition, double seconds);

// A one-page PDF with a text layer whose text is `lines` (Helvetica, no compression).
std::string tiny_pdf(const std::vector<std::string>& lines);
void write_file(const std::string& path, const std::string& content);
// Files under `dir` (relative paths, sorted), optionally skipping hidden names.
std::vector<std::string> files_under(const std::string& dir, bool skip_hidden = true);
// A dossier without its generated_at timestamp, for comparisons.
std::string dossier_without_timestamp(const std::string& path);

}  // namespace cc::test
