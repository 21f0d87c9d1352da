#include "extractors/document_view.h"

#include <algorithm>

namespace cc {

Evidence evidence_of(const PageRef& page, const std::vector<const Word*>& words) {
  Evidence e;
  e.file = page.document ? page.document->file : std::string();
  e.page = page.page ? page.page->number : 0;
  if (words.empty()) return e;
  e.bbox = words.front()->box;
  e.confidence = 1.0;
  for (const Word* w : words) {
    e.bbox.x0 = std::min(e.bbox.x0, w->box.x0);
    e.bbox.y0 = std::min(e.bbox.y0, w->box.y0);
    e.bbox.x1 = std::max(e.bbox.x1, w->box.x1);
    e.bbox.y1 = std::max(e.bbox.y1, w->box.y1);
    if (!e.text.empty()) e.text += ' ';
    e.text += w->text;
    e.confidence = std::min(e.confidence, static_cast<double>(w->confidence));
  }
  return e;
}

}  // namespace cc
