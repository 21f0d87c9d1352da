#include "tests/support/test_support.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cc::test {
namespace fs = std::filesystem;

std::string source_dir() { return CREDCHECK_SOURCE_DIR; }
std::string shared_dir() { return fs::weakly_canonical(CREDCHECK_SHARED_DIR).string(); }
std::string fixtures_dir() { return CREDCHECK_FIXTURES_DIR; }
std::string credcheck_exe() { return CREDCHECK_EXE; }
std::string python() { return CREDCHECK_PYTHON; }

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "credcheck-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

CommandResult run_command(const std::string& command_line, const std::vector<std::string>& env) {
  std::string full;
  for (const auto& e : env) full += "env " + shell_quote(e) + " ";
  full += command_line + " 2>&1";
  CommandResult result;
  FILE* pipe = popen(full.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) result.output.append(buf.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

nlohmann::json read_json(const std::string& path) { return nlohmann::json::parse(read_file(path)); }

void copy_file(const std::string& from, const std::string& to) {
  fs::create_directories(fs::path(to).parent_path());
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

std::vector<std::string> shipped_failing_grades() {
  std::ifstream in(std::string(CREDCHECK_SOURCE_DIR) + "/rules/boards-2026.12/ruleset.yaml");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t key = text.find("failing_grades: [");
  if (key == std::string::npos) return {};
  const size_t open = text.find('[', key), close = text.find(']', open);
  std::vector<std::string> out;
  std::string item;
  for (size_t i = open + 1; i <= close; ++i) {
    const char c = text[i];
    if (c != ',' && c != ']') {
      item += c;
      continue;
    }
    const size_t b = item.find_first_not_of(" \n\r\t"), e = item.find_last_not_of(" \n\r\t");
    if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
    item.clear();
  }
  return out;
}

CreditFactors shipped_credit_factors() {
  std::ifstream in(std::string(CREDCHECK_SOURCE_DIR) + "/rules/boards-2026.12/ruleset.yaml");
  std::string line;
  bool inside = false;
  CreditFactors out;
  while (std::getline(in, line)) {
    if (line.find("semester_hours_per_credit:") != std::string::npos && line.find('.') == std::string::npos) {
      inside = true;
      continue;
    }
    if (!inside) continue;
    const size_t colon = line.find(':');
    if (line.rfind("    ", 0) != 0 || colon == std::string::npos) break;  // the block ends
    const std::string system = line.substr(4, colon - 4);
    std::string value = line.substr(colon + 1);
    value = value.substr(0, value.find('#'));
    const size_t b = value.find_first_not_of(' '), e = value.find_last_not_of(' ');
    value = value.substr(b, e - b + 1);
    if (value == "null") {
      out[system] = std::nullopt;
      continue;
    }
    const size_t slash = value.find('/');
    out[system] = slash == std::string::npos ? std::stod(value) : std::stod(value.substr(0, slash)) / std::stod(value.substr(slash + 1));
  }
  return out;
}

}  // namespace cc::test
