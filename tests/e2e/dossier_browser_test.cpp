// dossier.html in a real browser: Debian's headless Chromium opens a demo dossier (ph-0005,
// eligible with evidence crops) from file://, with networking off. The rendered DOM must hold the
// verdict and evidence pictures that are real PNGs (they decode, width and height > 0), and the
// screenshot must not be blank and must show the verdict colour and the evidence highlight.
// Skips when chromium is not installed (scripts/setup.sh --tests installs it).
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <filesystem>
#include <iostream>
#include <regex>

#include "core/base64.h"
#include "tests/e2e/demo_output.h"
#include "tests/support/test_support.h"

namespace cc {
namespace {

namespace fs = std::filesystem;

std::string find_chromium() {
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
    if (fs::exists(p)) return p;
  return {};
}

// Headless Chromium with no network, no profile state, no background services.
test::CommandResult chromium(const std::string& exe, const std::string& args, const test::TempDir& profile) {
  return test::run_command("timeout 90 " + test::shell_quote(exe) +
                           " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
                           " --disable-component-update --disable-sync --user-data-dir=" + test::shell_quote(profile.path()) +
                           " " + args + " 2>/dev/null");
}

struct Colour {
  int r, g, b;
};

// Pixels of `pix` (32 bpp) within `tolerance` of `c` on every channel.
long count_near(Pix* pix, Colour c, int tolerance) {
  long n = 0;
  for (int y = 0; y < pixGetHeight(pix); ++y)
    for (int x = 0; x < pixGetWidth(pix); ++x) {
      l_int32 r, g, b;
      pixGetRGBPixel(pix, x, y, &r, &g, &b);
      n += std::abs(r - c.r) <= tolerance && std::abs(g - c.g) <= tolerance && std::abs(b - c.b) <= tolerance;
    }
  return n;
}

class DossierInChromium : public ::testing::Test {
 protected:
  void SetUp() override {
    exe_ = find_chromium();
    if (exe_.empty()) GTEST_SKIP() << "chromium is not installed (apt-get install chromium, or scripts/setup.sh --tests)";
    std::string error;
    const std::string out = test::demo_output_dir(&error);
    ASSERT_FALSE(out.empty()) << error;
    html_ = out + "/ph-0005/dossier.html";
    ASSERT_TRUE(fs::exists(html_)) << html_;
  }
  std::string exe_, html_;
  test::TempDir profile_;
};

TEST_F(DossierInChromium, TheRenderedDomHoldsTheVerdictAndRealPngCrops) {
  const auto r = chromium(exe_, "--dump-dom file://" + html_, profile_);
  ASSERT_EQ(r.exit_code, 0) << r.output.substr(0, 2000);
  const std::string& dom = r.output;
  EXPECT_NE(dom.find("<div class=\"status eligible\">Eligible</div>"), std::string::npos);
  EXPECT_NE(dom.find("by route MLS-2"), std::string::npos);
  EXPECT_NE(dom.find("Routes and criteria"), std::string::npos);
  // (std::regex would recurse once per base64 character: a plain scan instead.)
  const std::string prefix = "<img src=\"data:image/png;base64,";
  int images = 0;
  for (size_t at = dom.find(prefix); at != std::string::npos; at = dom.find(prefix, at + 1), ++images) {
    const size_t start = at + prefix.size(), end = dom.find('"', start);
    ASSERT_NE(end, std::string::npos);
    const auto png = base64_decode(dom.substr(start, end - start));
    ASSERT_TRUE(png) << "an evidence picture is not base64";
    EXPECT_GT(png->size(), 500u);
    std::smatch size;
    const std::string attributes = dom.substr(end, 60);
    ASSERT_TRUE(std::regex_search(attributes, size, std::regex(R"re(width="(\d+)" height="(\d+)")re"))) << attributes;
    Pix* pix = pixReadMem(reinterpret_cast<const l_uint8*>(png->data()), png->size());
    ASSERT_NE(pix, nullptr) << "an evidence picture does not decode as PNG";
    EXPECT_GT(pixGetWidth(pix), 0);  // its natural size
    EXPECT_EQ(pixGetWidth(pix), std::stoi(size[1].str()));
    EXPECT_EQ(pixGetHeight(pix), std::stoi(size[2].str()));
    pixDestroy(&pix);
  }
  EXPECT_GE(images, 5);
}

TEST_F(DossierInChromium, TheScreenshotShowsTheVerdictAndTheHighlightedEvidence) {
  const std::string shot = std::string(CREDCHECK_SCREENSHOT_DIR) + "/ph-0005-dossier.png";
  fs::create_directories(CREDCHECK_SCREENSHOT_DIR);
  fs::remove(shot);
  const auto r = chromium(exe_, "--screenshot=" + shot + " --window-size=1200,2000 file://" + html_, profile_);
  ASSERT_TRUE(fs::exists(shot)) << r.output.substr(0, 2000);
  std::cout << "screenshot: " << shot << "\n";
  Pix* raw = pixRead(shot.c_str());
  ASSERT_NE(raw, nullptr);
  Pix* pix = pixConvertTo32(raw);
  pixDestroy(&raw);
  EXPECT_EQ(pixGetWidth(pix), 1200);
  const double area = static_cast<double>(pixGetWidth(pix)) * pixGetHeight(pix);
  const long white = count_near(pix, {255, 255, 255}, 8);
  EXPECT_LT(white / area, 0.97) << "the page looks blank";
  EXPECT_GT(white / area, 0.5) << "a printable report has a light background";
  EXPECT_GT(count_near(pix, {0x1e, 0x7b, 0x34}, 24), 2000) << "no verdict green (eligible) on the page";
  EXPECT_GT(count_near(pix, {0xf5, 0x9f, 0x00}, 30), 1000) << "no evidence highlight on the page";
  pixDestroy(&pix);
}

}  // namespace
}  // namespace cc
