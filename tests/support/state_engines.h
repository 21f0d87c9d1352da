// One test suite over both engines of the watch state (pipeline/watch/state_db.h): a fixture
// parameterised by "sqlite" (a file in a temporary folder) or "postgresql" (a fresh database on
// the test binary's own server, support/pg_server.h). The PostgreSQL half skips, saying why, only
// where the server's binaries are not installed.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "tests/support/pg_server.h"
#include "tests/support/test_support.h"

namespace cc::test {

class StateEngines : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      state_ = dir_ / "state.sqlite";
      return;
    }
    std::string why;
    server_ = PgServer::shared(&why);
    if (!server_) GTEST_SKIP() << why;
    state_ = server_->new_database();
  }
  bool postgres() const { return GetParam() == "postgresql"; }
  const std::string& state() const { return state_; }
  PgServer* server() const { return server_; }
  TempDir dir_;

 private:
  std::string state_;
  PgServer* server_ = nullptr;
};

inline std::string engine_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

}  // namespace cc::test

#define CC_INSTANTIATE_STATE_ENGINES(suite) \
  INSTANTIATE_TEST_SUITE_P(Engines, suite, ::testing::Values(std::string("sqlite"), std::string("postgresql")), cc::test::engine_name)
