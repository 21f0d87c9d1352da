#include "pipeline/watch/password_file.h"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

namespace cc {

PasswordFile::Stamp PasswordFile::stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return {static_cast<long long>(st.st_size), static_cast<long long>(st.st_mtim.tv_sec) * 1'000'000'000LL + st.st_mtim.tv_nsec,
          static_cast<long long>(st.st_ino)};
}

Expected<PasswordFile> PasswordFile::open(std::string path) {
  PasswordFile file;
  file.path_ = std::move(path);
  if (file.path_.empty()) return file;
  file.stamp_ = stamp_of(file.path_);
  auto book = PasswordBook::load(file.path_);
  if (!book) return book.error();
  file.book_ = std::move(*book);
  return file;
}

const PasswordBook& PasswordFile::current() {
  if (path_.empty()) return book_;
  const Stamp now = stamp_of(path_);
  if (now == stamp_) return book_;
  stamp_ = now;
  auto book = PasswordBook::load(path_);
  if (!book) {
    spdlog::warn("{} (the passwords read before stay in use)", book.error().message);
    return book_;
  }
  book_ = std::move(*book);
  spdlog::info("passwords file read again: {} passwords", book_.size());
  return book_;
}

}  // namespace cc
