// The reading options `run` and `watch` share (pipeline/run/reading_options_cli.h), parsed as
// both command lines parse them.
#include "pipeline/run/reading_options_cli.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "pipeline/run/batch.h"
#include "pipeline/watch/watch_options.h"

namespace cc {
namespace {

template <class Options>
bool parse(Options& options, ReadingCommand which, std::vector<std::string> args) {
  CLI::App app;
  CLI::App* cmd = app.add_subcommand("cmd");
  ReadingOptionsCli reading(*cmd, options, which);
  args.insert(args.begin(), "cmd");
  std::reverse(args.begin(), args.end());  // CLI11 takes them last first
  try {
    app.parse(args);
  } catch (const CLI::ParseError&) {
    return false;
  }
  reading.apply();
  return true;
}

const std::vector<std::string> kAll = {"--as-of", "2026-01-02", "--password", "pw", "--force-ocr", "--log-format", "json",
                                       "-j", "3", "-v", "--max-pages", "7", "--max-file-mb", "5", "--ocr-dpi", "200",
                                       "--page-timeout", "9"};

TEST(ReadingOptionsCli, RunAndWatchParseTheSameOptionsIntoTheSameFields) {
  RunOptions run;
  WatchOptions watch;
  ASSERT_TRUE(parse(run, ReadingCommand::run, kAll));
  ASSERT_TRUE(parse(watch, ReadingCommand::watch, kAll));
  for (const ReadingOptions* o : {static_cast<const ReadingOptions*>(&run), static_cast<const ReadingOptions*>(&watch)}) {
    EXPECT_EQ(o->as_of, "2026-01-02");
    EXPECT_EQ(o->password, "pw");
    EXPECT_TRUE(o->force_ocr);
    EXPECT_EQ(o->log_format, LogFormat::json);
    EXPECT_EQ(o->jobs, 3);
    EXPECT_TRUE(o->verbose);
    EXPECT_EQ(o->limits.max_pages, 7);
    EXPECT_EQ(o->limits.max_file_bytes, 5LL << 20);
    EXPECT_EQ(o->limits.ocr_dpi, 200);
    EXPECT_EQ(o->limits.page_timeout_s, 9);
  }
}

TEST(ReadingOptionsCli, DefaultsAndRefusals) {
  RunOptions run;
  ASSERT_TRUE(parse(run, ReadingCommand::run, {}));
  EXPECT_EQ(run.log_format, LogFormat::text);
  EXPECT_EQ(run.limits.max_file_bytes, Limits{}.max_file_bytes);
  EXPECT_EQ(run.jobs, default_jobs());
  WatchOptions watch;
  EXPECT_FALSE(parse(watch, ReadingCommand::watch, {"--as-of", "1 May 2026"}));
  EXPECT_FALSE(parse(watch, ReadingCommand::watch, {"--log-format", "xml"}));
  EXPECT_FALSE(parse(watch, ReadingCommand::watch, {"--ocr-dpi", "20"}));
  EXPECT_FALSE(parse(watch, ReadingCommand::watch, {"--rules", "/nonexistent/rules"}));
}

}  // namespace
}  // namespace cc
