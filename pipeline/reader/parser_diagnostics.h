// Poppler reports parse problems through one process-wide callback. Some files make it report
// hundreds of thousands; this keeps a count and the first few messages per document, and calls a
// flood handler once the count passes the limit (in a worker: give up on the document and exit).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace cc {

class ParserDiagnostics {
 public:
  static ParserDiagnostics& instance();

  // Installs the Poppler callback (idempotent) and starts counting afresh for a new document.
  void reset(int max_errors, std::function<void(int count)> on_flood);

  int count() const { return count_; }
  const std::vector<std::string>& first_messages() const { return first_; }
  bool flooded() const { return count_ > max_errors_; }

  void record(const std::string& message);

 private:
  ParserDiagnostics() = default;
  int count_ = 0;
  int max_errors_ = 5000;
  std::vector<std::string> first_;
  std::function<void(int)> on_flood_;
  bool installed_ = false;
};

}  // namespace cc
