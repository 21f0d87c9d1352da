#include "pipeline/dossier/evidence_crops.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace cc {
namespace {

constexpr double kMarginX = 40, kMarginY = 16;  // points of context around the box
constexpr double kMinWidth = 320;               // a one-word box still shows its line
constexpr double kMaxWidth = 620, kMaxHeight = 300;

Box transpose(const Box& b) { return Box{b.y0, b.x0, b.y1, b.x1}; }

// Context is added along the text line, so a page read turned by 90 or 270 degrees gets it along y.
Box region_around(const Box& box, int turn) {
  if (turn == 90 || turn == 270) return transpose(region_around(transpose(box), 0));
  const Box& b = box;
  Box r{b.x0 - kMarginX, b.y0 - kMarginY, b.x1 + kMarginX, b.y1 + kMarginY};
  if (r.width() < kMinWidth) {
    const double grow = (kMinWidth - r.width()) / 2;
    r.x0 -= grow;
    r.x1 += grow;
  }
  if (r.x0 < 0) {  // keep the width when the box sits at the left edge
    r.x1 -= r.x0;
    r.x0 = 0;
  }
  if (r.width() > kMaxWidth) r.x1 = r.x0 + kMaxWidth;
  if (r.height() > kMaxHeight) r.y1 = r.y0 + kMaxHeight;  // a tall box: its top, where it starts
  return r;
}

int page_turn(const DocumentText& doc, int page) {
  for (const auto& p : doc.pages)
    if (p.number == page) return ((p.rotation_applied % 360) + 360) % 360;
  return 0;
}

const DocumentText* read_document(const CandidateRecord& record, const std::string& file, int page) {
  for (const auto& d : record.documents)
    if (d.file == file && !d.error && page >= 1 && page <= d.page_count) return &d;
  return nullptr;
}

class Picker {
 public:
  Picker(const CandidateRecord& record, size_t max) : record_(record), max_(max) {}

  void add(const std::vector<Evidence>& list) {
    for (const auto& e : list) {
      if (out_.size() >= max_) return;
      const DocumentText* doc = read_document(record_, e.file, e.page);
      if (e.bbox.width() <= 0 || e.bbox.height() <= 0 || !doc) continue;
      std::string key = evidence_key(e);
      if (!seen_.insert(key).second) continue;
      EvidenceCrop crop;
      crop.evidence = e;
      crop.key = std::move(key);
      crop.turn = page_turn(*doc, e.page);
      if (crop.turn % 90 != 0) crop.turn = 0;
      crop.region = region_around(e.bbox, crop.turn);
      out_.push_back(std::move(crop));
    }
  }
  std::vector<EvidenceCrop> take() { return std::move(out_); }

 private:
  const CandidateRecord& record_;
  size_t max_;
  std::set<std::string> seen_;
  std::vector<EvidenceCrop> out_;
};

}  // namespace

std::string evidence_key(const Evidence& e) {
  char buf[160];
  snprintf(buf, sizeof buf, "|%d|%.1f|%.1f|%.1f|%.1f", e.page, e.bbox.x0, e.bbox.y0, e.bbox.x1, e.bbox.y1);
  return e.file + buf;
}

std::vector<EvidenceCrop> select_evidence_crops(const CandidateRecord& record, size_t max) {
  Picker picker(record, max);
  if (record.validation) {
    // Decisive evidence first: the criteria of the route met, then of the other routes.
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& e : record.validation->evaluations)
        for (const auto& r : e.routes) {
          const bool is_met_route = e.route && *e.route == r.id;
          if (is_met_route != (pass == 0)) continue;
          for (const auto& c : r.criteria) picker.add(c.evidence);
        }
  }
  if (record.facts) {
    if (record.facts->degree) picker.add(record.facts->degree->evidence);
    for (const auto& j : record.facts->experience) picker.add(j.evidence);
  }
  if (record.validation)
    for (const auto& f : record.validation->flags) picker.add(f.evidence);
  return picker.take();
}

Box EvidenceCrop::highlight() const {
  const Box& r = rendered;
  const Box& b = evidence.bbox;
  if (r.width() <= 0 || r.height() <= 0) return {};
  const double u0 = (b.x0 - r.x0) / r.width(), u1 = (b.x1 - r.x0) / r.width();
  const double v0 = (b.y0 - r.y0) / r.height(), v1 = (b.y1 - r.y0) / r.height();
  switch (turn) {  // (u, v) on the page -> (u', v') in the picture turned clockwise
    case 90: return Box{1 - v1, u0, 1 - v0, u1};
    case 180: return Box{1 - u1, 1 - v1, 1 - u0, 1 - v0};
    case 270: return Box{v0, 1 - u1, v1, 1 - u0};
    default: return Box{u0, v0, u1, v1};
  }
}

const EvidenceCrop* find_crop(const std::vector<EvidenceCrop>& crops, const Evidence& e) {
  return find_crop(crops, evidence_key(e));
}

const EvidenceCrop* find_crop(const std::vector<EvidenceCrop>& crops, const std::string& key) {
  for (const auto& c : crops)
    if ((c.key.empty() ? evidence_key(c.evidence) : c.key) == key) return &c;
  return nullptr;
}

}  // namespace cc
