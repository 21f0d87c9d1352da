#include "pipeline/intake/passwords.h"

#include <unicode/usprep.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

namespace cc {
namespace {

constexpr size_t kMaxPdfPasswordBytes = 127;  // ISO 32000-2, 7.6.4.3.3

struct ProfileCloser {
  void operator()(UStringPrepProfile* p) const { usprep_close(p); }
};

// Cuts at most `max` bytes without splitting a UTF-8 sequence.
std::string truncate_utf8(std::string s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

std::optional<std::u16string> to_utf16(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::u16string out(static_cast<size_t>(length), u'\0');
  status = U_ZERO_ERROR;
  u_strFromUTF8(out.data(), length, nullptr, utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::optional<std::string> to_utf8(const std::u16string& utf16) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strToUTF8(nullptr, 0, &length, utf16.data(), static_cast<int32_t>(utf16.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<size_t>(length), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), length, nullptr, utf16.data(), static_cast<int32_t>(utf16.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::optional<std::string> latin1(std::string_view utf8) {
  auto wide = to_utf16(utf8);
  if (!wide) return std::nullopt;
  std::string out;
  for (char16_t c : *wide) {
    if (c > 0xFF) return std::nullopt;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

}  // namespace

std::optional<std::string> saslprep(std::string_view utf8) {
  auto wide = to_utf16(utf8);
  if (!wide) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UStringPrepProfile, ProfileCloser> profile(usprep_openByType(USPREP_RFC4013_SASLPREP, &status));
  if (U_FAILURE(status) || !profile) return std::nullopt;
  // A query, not a stored string: unassigned code points are let through (RFC 3454, 7).
  std::u16string prepared(wide->size() * 4 + 16, u'\0');
  const int32_t length = usprep_prepare(profile.get(), wide->data(), static_cast<int32_t>(wide->size()), prepared.data(),
                                        static_cast<int32_t>(prepared.size()), USPREP_ALLOW_UNASSIGNED, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  prepared.resize(static_cast<size_t>(length));
  auto out = to_utf8(prepared);
  if (!out) return std::nullopt;
  return truncate_utf8(std::move(*out), kMaxPdfPasswordBytes);
}

std::vector<std::string> password_variants(const std::string& password) {
  std::vector<std::string> out;
  if (password.empty()) return out;
  auto add = [&out](const std::optional<std::string>& p) {
    if (p && !p->empty() && std::find(out.begin(), out.end(), *p) == out.end()) out.push_back(*p);
  };
  add(password);
  add(saslprep(password));
  add(latin1(password));
  return out;
}

Expected<PasswordBook> PasswordBook::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorCode::unreadable, "cannot read the passwords file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return make_error(ErrorCode::unreadable, "cannot read the passwords file " + path);
  return parse(text.str(), path);
}

Expected<PasswordBook> PasswordBook::parse(std::string_view text, const std::string& source) {
  PasswordBook book;
  int line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const size_t tab = line.find('\t');
    const std::string where = source + ":" + std::to_string(line_number);
    if (tab == std::string_view::npos)
      return make_error(ErrorCode::internal, where + ": expected CANDIDATE<TAB>PASSWORD (no tab on the line)");
    const std::string key(line.substr(0, tab));
    const std::string password(line.substr(tab + 1));
    if (key.empty()) return make_error(ErrorCode::internal, where + ": the candidate id before the tab is empty");
    if (password.empty()) return make_error(ErrorCode::internal, where + ": the password after the tab is empty");
    book.by_key_[key].push_back(password);
    ++book.count_;
  }
  return book;
}

std::vector<std::string> PasswordBook::passwords_for(const std::string& candidate, const std::string& file) const {
  std::vector<std::string> out;
  for (const std::string& key : {candidate + "/" + file, candidate, std::string("*")}) {
    auto it = by_key_.find(key);
    if (it == by_key_.end()) continue;
    for (const auto& p : it->second)
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

std::vector<std::string> passwords_to_try(const std::vector<std::string>& given, const std::string& fallback) {
  std::vector<std::string> all = given, out;
  all.push_back(fallback);
  for (const auto& p : all)
    for (auto& v : password_variants(p))
      if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
  return out;
}

}  // namespace cc
