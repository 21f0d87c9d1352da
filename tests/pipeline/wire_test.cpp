// The worker wire format: framing, bounds, and strict decoding of what a worker sends back.
#include <gtest/gtest.h>

#include <cmath>

#include "core/page_text_json.h"
#include "pipeline/workers/wire.h"

namespace cc {
namespace {

using nlohmann::json;

TEST(Frame, RoundTripsAcrossArbitraryChunking) {
  const std::string bytes = encode_frame({{"id", 1}, {"ok", true}}) + encode_frame({{"id", 2}, {"text", "Ñ ü"}});
  FrameDecoder decoder;
  std::vector<json> got;
  for (char c : bytes) {  // one byte at a time: the worst a pipe can do
    decoder.feed(&c, 1);
    for (;;) {
      auto frame = decoder.next();
      ASSERT_TRUE(frame.ok());
      if (!frame->has_value()) break;
      got.push_back(**frame);
    }
  }
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0]["id"], 1);
  EXPECT_EQ(got[1]["text"], "Ñ ü");
  EXPECT_TRUE(decoder.empty());
}

Error decode_error(const std::string& bytes) {
  FrameDecoder decoder;
  decoder.feed(bytes.data(), bytes.size());
  auto frame = decoder.next();
  EXPECT_FALSE(frame.ok()) << bytes.substr(0, 40);
  return frame.ok() ? Error{} : frame.error();
}

TEST(Frame, RejectsGarbageOversizeAndBadJson) {
  EXPECT_EQ(decode_error("this is not a frame at all\n").code, ErrorCode::worker_protocol);
  EXPECT_EQ(decode_error("CCW0 2\n{}").code, ErrorCode::worker_protocol);  // another version
  EXPECT_EQ(decode_error("CCW1 99999999999\n").code, ErrorCode::worker_protocol);
  EXPECT_EQ(decode_error("CCW1 " + std::to_string(kMaxFrameBytes + 1) + "\n").code, ErrorCode::worker_protocol);
  EXPECT_EQ(decode_error("CCW1 5\n{oops").code, ErrorCode::worker_protocol);
  EXPECT_EQ(decode_error(std::string(64, 'x')).code, ErrorCode::worker_protocol);  // no header line at all
}

TEST(Task, RoundTripsWithLimits) {
  WireTask t;
  t.id = 42;
  t.op = TaskOp::page;
  t.doc.path = "/in/ph-0007/tor.pdf";
  t.doc.kind = FileKind::pdf;
  t.doc.password = "s3cret";
  t.doc.limits.page_timeout_s = 7;
  t.page = 3;
  auto back = task_from_json(task_to_json(t));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->id, 42);
  EXPECT_EQ(back->op, TaskOp::page);
  EXPECT_EQ(back->doc.path, t.doc.path);
  EXPECT_EQ(back->doc.kind, FileKind::pdf);
  EXPECT_EQ(back->doc.password, "s3cret");
  EXPECT_EQ(back->doc.limits.page_timeout_s, 7);
  EXPECT_EQ(back->page, 3);
  EXPECT_FALSE(task_from_json({{"id", 1}, {"op", "explode"}, {"path", "x"}, {"kind", "pdf"}}).ok());
  EXPECT_FALSE(task_from_json({{"id", 1}, {"op", "page"}, {"path", "x"}, {"kind", "docx"}}).ok());
}

PageText sample_page() {
  PageText p;
  p.number = 2;
  p.width_pt = 612;
  p.height_pt = 792;
  p.source = TextSource::ocr;
  p.ocr_confidence = 0.91;
  p.ocr_dpi = 300;
  p.words.push_back({"Hematology", {72, 100, 140, 112}, 0.93f, 4});
  p.notes.push_back("no text layer: OCR");
  return p;
}

TEST(PageJson, RoundTrips) {
  auto back = page_text_from_json(page_text_to_json(sample_page()), 100);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->number, 2);
  EXPECT_EQ(back->source, TextSource::ocr);
  ASSERT_EQ(back->words.size(), 1u);
  EXPECT_EQ(back->words[0].text, "Hematology");
  EXPECT_DOUBLE_EQ(back->words[0].box.x1, 140);
  EXPECT_EQ(back->words[0].line, 4);
  EXPECT_NEAR(*back->ocr_confidence, 0.91, 1e-9);
}

TEST(PageJson, RejectsMalformedOrOversizedPages) {
  json j = page_text_to_json(sample_page());
  EXPECT_FALSE(page_text_from_json(j, 0).ok());  // more words than the bound
  json missing = j;
  missing.erase("number");
  EXPECT_FALSE(page_text_from_json(missing, 100).ok());
  json bad_source = j;
  bad_source["source"] = "magic";
  EXPECT_FALSE(page_text_from_json(bad_source, 100).ok());
  json bad_word = j;
  bad_word["words"][0] = {"x", 1, 2, 3};
  EXPECT_FALSE(page_text_from_json(bad_word, 100).ok());
  json nan_box = j;
  nan_box["words"][0][1] = "NaN";
  EXPECT_FALSE(page_text_from_json(nan_box, 100).ok());
}

TEST(ErrorJson, KnownCodesOnly) {
  auto e = error_from_json(error_to_json(make_error(ErrorCode::encrypted, "needs a password")));
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->code, ErrorCode::encrypted);
  EXPECT_FALSE(error_from_json({{"code", "nope"}, {"message", "x"}}).has_value());
}

TEST(ErrorCodes, EveryNameMapsBack) {
  for (int c = 0; c <= static_cast<int>(ErrorCode::internal); ++c) {
    const auto code = static_cast<ErrorCode>(c);
    auto back = error_code_from_name(error_code_name(code));
    ASSERT_TRUE(back.has_value()) << c;
    EXPECT_EQ(*back, code);
  }
}

}  // namespace
}  // namespace cc
