// The crop task on the worker wire: it round-trips, and what a worker sends back is checked
// strictly (base64, a PNG whose header matches the stated size, bounded) before it reaches a page.
#include <gtest/gtest.h>

#include "core/base64.h"
#include "pipeline/workers/crop_job.h"
#include "pipeline/workers/wire.h"

namespace cc {
namespace {

using nlohmann::json;

TEST(Base64, RoundTripsAndRejectsNonCanonicalText) {
  for (const std::string& s : std::vector<std::string>{"", "f", "fo", "foo", "foob", "fooba", "foobar", std::string("\0\xff\x10", 3)})
    EXPECT_EQ(base64_decode(base64_encode(s)), s);
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_FALSE(base64_decode("Zm9"));
  EXPECT_FALSE(base64_decode("Zm9v!mFy"));
  EXPECT_FALSE(base64_decode("Z=9v"));
  EXPECT_FALSE(base64_decode("Zm=v"));
}

TEST(CropTask, RoundTripsAndRefusesBadRegions) {
  WireTask t;
  t.id = 7;
  t.op = TaskOp::crop;
  t.doc.path = "/in/ph-0001/tor.pdf";
  t.doc.kind = FileKind::pdf;
  t.page = 2;
  t.crop.box = {10, 20, 300, 60};
  t.crop.dpi = 110;
  t.crop.turn = 90;
  auto back = task_from_json(task_to_json(t));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->op, TaskOp::crop);
  EXPECT_EQ(back->page, 2);
  EXPECT_DOUBLE_EQ(back->crop.box.x1, 300);
  EXPECT_EQ(back->crop.dpi, 110);
  EXPECT_EQ(back->crop.turn, 90);
  EXPECT_FALSE(back->crop.region);
  t.crop.region = Box{0, 15, 400, 200};
  back = task_from_json(task_to_json(t));
  ASSERT_TRUE(back.ok());
  ASSERT_TRUE(back->crop.region);
  EXPECT_DOUBLE_EQ(back->crop.region->y0, 15);
  EXPECT_DOUBLE_EQ(back->crop.region->x1, 400);
  for (const json& bad_crop : {json{{"box", {0, 0, 10, 10}}, {"dpi", 110}, {"region", {10, 0, 0, 10}}},
                               json{{"box", {0, 0, 10, 10}}, {"dpi", 110}, {"region", {0, 0, 10}}},
                               json{{"box", {0, 0, 10, 10}}, {"dpi", 110}, {"region", "page"}},json{{"box", {300, 20, 10, 60}}, {"dpi", 110}}, json{{"box", {0, 0, 1}}, {"dpi", 110}},
                               json{{"box", {0, 0, 10, 10}}, {"dpi", 5000}}, json{{"box", {0, 0, 10, 10}}, {"dpi", 110}, {"turn", 45}},
                               json{{"box", {0, 0, "x", 10}}, {"dpi", 110}}, json("crop")}) {
    json j = task_to_json(t);
    j["crop"] = bad_crop;
    EXPECT_FALSE(task_from_json(j).ok()) << bad_crop.dump();
  }
  json j = task_to_json(t);
  j.erase("crop");
  EXPECT_FALSE(task_from_json(j).ok());
}

std::string png_header(uint32_t w, uint32_t h) {
  std::string s("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  for (uint32_t v : {w, h})
    for (int shift : {24, 16, 8, 0}) s += static_cast<char>(v >> shift & 0xff);
  return s + std::string(13, '\0');
}

TEST(CropResult, AcceptsOnlyAPngOfTheStatedSize) {
  CropImage img;
  img.png = png_header(400, 60);
  img.box = {1, 2, 3, 4};
  img.width = 400;
  img.height = 60;
  auto back = crop_image_from_json(crop_image_to_json(img));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->png, img.png);
  auto broken = [&](auto&& change) {
    json j = crop_image_to_json(img);
    change(j);
    auto r = crop_image_from_json(j);
    return !r.ok() && r.error().code == ErrorCode::worker_protocol;
  };
  EXPECT_TRUE(broken([](json& j) { j["width"] = 401; }));
  EXPECT_TRUE(broken([](json& j) { j["png"] = base64_encode("GIF89a not a png at all, not at all"); }));
  EXPECT_TRUE(broken([](json& j) { j["png"] = "!!!!"; }));
  EXPECT_TRUE(broken([](json& j) { j["png"] = std::string((kMaxCropPngBytes / 3 + 10) * 4, 'A'); }));
  EXPECT_TRUE(broken([](json& j) { j["box"] = {5, 2, 3, 4}; }));
  EXPECT_TRUE(broken([](json& j) { j.erase("height"); }));
  img.png = png_header(5000, 5000);
  img.width = img.height = 5000;  // over kMaxCropPixels
  EXPECT_FALSE(crop_image_from_json(crop_image_to_json(img)).ok());
}

}  // namespace
}  // namespace cc
