// core/private_files.h: folders created 0750, files 0640 whatever the umask (000 here),
// folders that already existed left alone, symlinks and their targets never chmod'ed.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/private_files.h"
#include "core/output_files.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

mode_t mode_of(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

class PrivateFiles : public ::testing::Test {
 protected:
  void SetUp() override { old_umask_ = ::umask(0); }
  void TearDown() override { ::umask(old_umask_); }
  mode_t old_umask_ = 022;
  test::TempDir dir_;
};

TEST_F(PrivateFiles, CreatedFoldersAre0750AndExistingOnesAreLeftAlone) {
  ASSERT_EQ(::chmod(dir_.path().c_str(), 0755), 0);
  ASSERT_TRUE(create_private_directories(dir_ / "a/b/c/").ok());
  for (const char* d : {"a", "a/b", "a/b/c"}) EXPECT_EQ(mode_of(dir_ / d), kPrivateDirMode) << d;
  EXPECT_EQ(mode_of(dir_.path()), 0755u);
  ASSERT_TRUE(create_private_directories(dir_ / "a/b/c").ok());  // already there: fine
  ASSERT_TRUE(ensure_directory(dir_ / "a/x/y").ok());            // the writers' entry point
  EXPECT_EQ(mode_of(dir_ / "a/x"), kPrivateDirMode);
  EXPECT_EQ(mode_of(dir_ / "a/x/y"), kPrivateDirMode);
  test::copy_file(test::source_dir() + "/README.md", dir_ / "file");
  EXPECT_FALSE(create_private_directories(dir_ / "file/sub").ok());
}

TEST_F(PrivateFiles, FilesAre0640EvenWhenTheyExistedWider) {
  ASSERT_TRUE(write_file_atomic(dir_ / "dossier.json", "{}").ok());
  EXPECT_EQ(mode_of(dir_ / "dossier.json"), kPrivateFileMode);
  ASSERT_TRUE(write_file_atomic(dir_ / "cache.json", "{}", Durability::unsynced).ok());
  EXPECT_EQ(mode_of(dir_ / "cache.json"), kPrivateFileMode);
  std::ofstream(dir_ / "wide") << "x";
  ASSERT_EQ(mode_of(dir_ / "wide"), 0666u);  // what the umask alone gives
  const int fd = open_private_file(dir_ / "wide", O_RDWR);
  ASSERT_GE(fd, 0);
  ::close(fd);
  EXPECT_EQ(mode_of(dir_ / "wide"), kPrivateFileMode);
  std::ofstream(dir_ / "wide2") << "x";
  ASSERT_TRUE(make_file_private(dir_ / "wide2").ok());
  EXPECT_EQ(mode_of(dir_ / "wide2"), kPrivateFileMode);
  EXPECT_TRUE(make_file_private(dir_ / "missing").ok());
}

TEST_F(PrivateFiles, ASymlinkIsNotFollowed) {
  std::ofstream(dir_ / "target") << "not ours";
  ASSERT_EQ(::chmod((dir_ / "target").c_str(), 0644), 0);
  std::filesystem::create_symlink(dir_ / "target", dir_ / "link");
  EXPECT_TRUE(make_file_private(dir_ / "link").ok());
  EXPECT_EQ(mode_of(dir_ / "target"), 0644u);
}

TEST(RestrictUmask, Sets027) {
  const mode_t before = ::umask(0);
  restrict_umask();
  EXPECT_EQ(::umask(before), kPrivateUmask);
}

}  // namespace
}  // namespace cc
