// The review server's HTML pages, rendered from the service's structs. Every string that comes
// from a dossier, a user or a request goes through html_escape (pipeline/dossier/html_text.h);
// there is no other way into a page. Pages carry no inline script or style: review.css and
// review.js are served by the server itself (no CDN), under a strict Content-Security-Policy.
#pragma once

#include <string>
#include <vector>

#include "pipeline/serve/review_service.h"

namespace cc {

struct PageContext {
  std::string user;  // empty on the login page
  std::string role;
  std::string csrf;
  std::string notice;  // a message shown at the top (escaped)
  bool page_viewer = false;  // pages can be opened (serve --input)
};

// The frame of every page: header, navigation, logout form, `notice`, then `body` (already HTML).
std::string page_frame(const PageContext& ctx, const std::string& title, const std::string& body);
std::string login_page(const std::string& login_csrf, const std::string& message);
std::string password_page(const PageContext& ctx, bool forced);
std::string queue_page(const PageContext& ctx, const std::vector<QueueRow>& rows, const QueueFilter& filter, int64_t now);
// `me`: the viewer's user name; `supervisor`: may release, reassign and give the second approval.
// `crop_urls`: per evidence key, the URL of its crop picture (none when absent).
std::string dossier_page(const PageContext& ctx, const DossierReview& review, bool supervisor,
                         const std::vector<std::string>& users, const std::map<std::string, std::string>& crop_urls);
// The page viewer: document `doc`'s page `page` with the evidence box `box` (points) outlined.
std::string page_view(const PageContext& ctx, const CatalogDossier& dossier, int doc, int page, const Box& box, const Box& rendered,
                      int width, int height);
std::string audit_page(const PageContext& ctx, const std::string& dossier_id, const std::vector<AuditRow>& rows);
std::string message_page(const PageContext& ctx, int status, const std::string& message, const std::string& back);

// A path segment percent-encoded (all but A-Z a-z 0-9 - _ . ~): a candidate id in a URL.
std::string url_part(const std::string& segment);

const std::string& review_css();
const std::string& review_js();

}  // namespace cc
