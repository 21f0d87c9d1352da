// Evidence crops through a real worker process (`credcheck __worker`) on generated fixtures: a PDF
// region and an image region come back as gray PNGs of the expected size with ink in them; a bad
// page, a corrupt file and a decompression bomb come back as errors; a worker that answers garbage
// or hangs is killed and the next crop still works.
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <chrono>
#include <fstream>

#include "pipeline/workers/crop_client.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

std::string fixture(const std::string& name) { return test::fixtures_dir() + "/intake/" + name; }

CropRequest request(const std::string& file, FileKind kind, int page, Box box, int turn = 0) {
  CropRequest r;
  r.path = fixture(file);
  r.kind = kind;
  r.page = page;
  r.spec.box = box;
  r.spec.dpi = 120;
  r.spec.turn = turn;
  return r;
}

// Fraction of pixels darker than mid-gray in a PNG, or -1 when it does not decode.
double ink(const std::string& png, int* w = nullptr, int* h = nullptr) {
  Pix* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.data()), png.size());
  if (!pix) return -1;
  if (w) *w = pixGetWidth(pix);
  if (h) *h = pixGetHeight(pix);
  l_int32 dark = 0;
  Pix* bin = pixThresholdToBinary(pix, 128);
  pixCountPixels(bin, &dark, nullptr);
  const double area = static_cast<double>(pixGetWidth(pix)) * pixGetHeight(pix);
  pixDestroy(&bin);
  pixDestroy(&pix);
  return dark / area;
}

TEST(CropClient, RendersRegionsOfPdfsAndImagesAsGrayPngs) {
  CropClient client(test::credcheck_exe(), Limits{});
  auto results = client.render({request("text.pdf", FileKind::pdf, 1, {36, 36, 336, 136}),
                                request("scan.png", FileKind::png, 1, {36, 36, 336, 136}),
                                request("text.pdf", FileKind::pdf, 1, {36, 36, 336, 136}, 90)},
                               60);
  ASSERT_EQ(results.size(), 3u);
  for (const auto& r : results) ASSERT_TRUE(r.ok()) << r.error().message;
  int w = 0, h = 0;
  EXPECT_GT(ink(results[0]->png, &w, &h), 0.002);
  EXPECT_EQ(w, 500);  // 300 pt at 120 dpi
  EXPECT_EQ(h, 167);
  EXPECT_DOUBLE_EQ(results[0]->box.x0, 36);
  EXPECT_GT(ink(results[1]->png), 0.002);
  ink(results[2]->png, &w, &h);
  EXPECT_EQ(w, 167);  // turned a quarter
  EXPECT_EQ(h, 500);
  EXPECT_EQ(client.workers_started(), 1);
}

// Decoded gray pixels of a PNG, row by row.
std::vector<int> pixels(const std::string& png) {
  std::vector<int> out;
  Pix* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png.data()), png.size());
  if (!pix) return out;
  for (int y = 0; y < pixGetHeight(pix); ++y)
    for (int x = 0; x < pixGetWidth(pix); ++x) {
      l_uint32 v = 0;
      pixGetPixel(pix, x, y, &v);
      out.push_back(static_cast<int>(v));
    }
  pixDestroy(&pix);
  return out;
}

TEST(CropClient, ACropCutFromItsPagesRegionIsTheCropOfTheWholePage) {
  const Box line{36, 60, 336, 100};
  CropRequest whole = request("text.pdf", FileKind::pdf, 1, line);
  CropRequest in_region = whole, outside_region = whole;
  in_region.spec.region = Box{20, 40, 400, 300};   // the union of this page's crops
  outside_region.spec.region = Box{300, 400, 500, 500};  // a wrong hint: grown to hold the crop
  CropClient client(test::credcheck_exe(), Limits{});
  auto results = client.render({whole, in_region, outside_region}, 60);
  ASSERT_EQ(results.size(), 3u);
  for (const auto& r : results) ASSERT_TRUE(r.ok()) << r.error().message;
  const auto reference = pixels(results[0]->png);
  ASSERT_FALSE(reference.empty());
  EXPECT_GT(ink(results[0]->png), 0.002);
  for (size_t k = 1; k < 3; ++k) {
    EXPECT_EQ(results[k]->width, results[0]->width) << k;
    EXPECT_EQ(results[k]->height, results[0]->height) << k;
    EXPECT_DOUBLE_EQ(results[k]->box.x0, results[0]->box.x0) << k;
    EXPECT_DOUBLE_EQ(results[k]->box.y1, results[0]->box.y1) << k;
    const auto got = pixels(results[k]->png);
    ASSERT_EQ(got.size(), reference.size()) << k;
    size_t differ = 0;
    for (size_t i = 0; i < got.size(); ++i) differ += std::abs(got[i] - reference[i]) > 32;
    // Poppler may place a hairline a pixel apart in a slice; text pixels are the same.
    EXPECT_LT(static_cast<double>(differ) / static_cast<double>(got.size()), 0.01) << k;
  }
}

TEST(CropClient, ClampsToThePageAndReportsFailuresAsErrors) {
  CropClient client(test::credcheck_exe(), Limits{});
  auto results = client.render({request("text.pdf", FileKind::pdf, 1, {-500, -500, 5000, 5000}),
                                request("text.pdf", FileKind::pdf, 99, {0, 0, 100, 100}),
                                request("corrupt.pdf", FileKind::pdf, 1, {0, 0, 100, 100}),
                                request("bomb.png", FileKind::png, 1, {0, 0, 100, 100}),
                                request("text.pdf", FileKind::pdf, 1, {0, 0, 100, 100})},
                               60);
  ASSERT_TRUE(results[0].ok()) << results[0].error().message;
  EXPECT_LE(static_cast<double>(results[0]->width) * results[0]->height, kMaxCropPixels);
  EXPECT_GE(results[0]->box.x0, 0);
  EXPECT_FALSE(results[1].ok());
  EXPECT_FALSE(results[2].ok());
  ASSERT_FALSE(results[3].ok());
  EXPECT_EQ(results[3].error().code, ErrorCode::page_too_large);
  EXPECT_TRUE(results[4].ok());
}

TEST(CropClient, TriesEachPasswordOfAnEncryptedPdf) {
  if (test::run_command("command -v qpdf").exit_code != 0) GTEST_SKIP() << "qpdf is not installed (scripts/setup.sh --tests)";
  test::TempDir gen;
  const auto made = test::run_command(test::python() + " " + test::shell_quote(test::source_dir() + "/samples/encrypted_fixtures.py") +
                                      " --out " + test::shell_quote(gen.path()));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  auto locked = [&](std::vector<std::string> passwords) {
    CropRequest r;
    r.path = gen / "r4-aes.pdf";
    r.kind = FileKind::pdf;
    r.page = 1;
    r.spec.box = {36, 36, 336, 136};
    r.spec.dpi = 120;
    r.passwords = std::move(passwords);
    return r;
  };
  CropClient client(test::credcheck_exe(), Limits{});
  auto results = client.render({locked({"wrong-1", "plain-pw"}), locked({"wrong-1", "plain-pw"}), locked({"wrong-2"}), locked({})}, 60);
  ASSERT_EQ(results.size(), 4u);
  ASSERT_TRUE(results[0].ok()) << results[0].error().message;
  EXPECT_GT(ink(results[0]->png), 0.002);
  EXPECT_TRUE(results[1].ok());
  ASSERT_FALSE(results[2].ok());
  EXPECT_EQ(results[2].error().code, ErrorCode::encrypted);
  EXPECT_EQ(results[2].error().message.find("wrong"), std::string::npos);  // never a password in a message
  ASSERT_FALSE(results[3].ok());
  EXPECT_EQ(results[3].error().code, ErrorCode::encrypted);
  EXPECT_EQ(client.workers_started(), 1);  // a wrong password is an answer, not a broken worker
}

TEST(CropClient, KillsAWorkerThatAnswersGarbageOrHangs) {
  test::TempDir dir;
  const std::string echo = dir / "echo-worker.sh", hang = dir / "hang-worker.sh";
  std::ofstream(echo) << "#!/bin/sh\nexec cat\n";        // sends our own task back: not a result
  std::ofstream(hang) << "#!/bin/sh\nexec sleep 30\n";   // never answers
  ASSERT_EQ(test::run_command("chmod +x " + echo + " " + hang).exit_code, 0);
  CropClient garbage(echo, Limits{});
  auto r = garbage.render({request("text.pdf", FileKind::pdf, 1, {0, 0, 100, 100})}, 10);
  ASSERT_FALSE(r[0].ok());
  EXPECT_EQ(r[0].error().code, ErrorCode::worker_protocol);

  Limits quick;
  quick.page_timeout_s = 1;
  CropClient slow(hang, quick);
  const auto start = std::chrono::steady_clock::now();
  auto h = slow.render({request("text.pdf", FileKind::pdf, 1, {0, 0, 100, 100}),
                        request("text.pdf", FileKind::pdf, 1, {0, 0, 100, 100})},
                       1.5);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(h.size(), 2u);
  ASSERT_FALSE(h[0].ok());
  EXPECT_EQ(h[0].error().code, ErrorCode::page_timeout);
  ASSERT_FALSE(h[1].ok());  // the budget for the batch of crops is spent after 1.5 s
  EXPECT_LT(seconds, 5);
}

}  // namespace
}  // namespace cc
