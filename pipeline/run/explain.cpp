#include "pipeline/run/explain.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace cc {

using nlohmann::json;

namespace {

std::string str(const json& j, const char* key, const char* fallback = "-") {
  if (!j.is_object() || !j.contains(key) || j[key].is_null()) return fallback;
  if (j[key].is_string()) return j[key].get<std::string>();
  return j[key].dump();
}

std::string number(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_number()) return "-";
  char buf[32];
  snprintf(buf, sizeof buf, "%.1f", j[key].get<double>());
  return buf;
}

}  // namespace

Expected<std::string> explain_dossier_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return make_error(ErrorCode::unreadable, "cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  json dossier = json::parse(ss.str(), nullptr, false);
  if (dossier.is_discarded() || !dossier.is_object()) return make_error(ErrorCode::corrupt, path + " is not JSON");
  if (str(dossier, "schema") != "credcheck.dossier/1")
    return make_error(ErrorCode::unsupported_format, path + " is not a credcheck.dossier/1 dossier");
  return explain_dossier(dossier);
}

std::string explain_dossier(const json& d) {
  std::ostringstream out;
  const json& cand = d.value("candidate", json::object());
  out << "Candidate " << str(cand, "id") << ": " << str(cand, "name", "(name not found)") << "\n";
  out << "Judged by " << str(d, "ruleset") << " as of " << str(d, "as_of") << "\n\n";

  if (d.contains("evaluations") && d["evaluations"].is_array()) {
    for (const auto& e : d["evaluations"]) {
      out << "  " << str(e, "board") << " " << str(e, "credential") << ": " << str(e, "status");
      if (e.contains("route") && e["route"].is_string()) out << " (route " << e["route"].get<std::string>() << ")";
      out << "\n";
      if (e.contains("review_reasons"))
        for (const auto& r : e["review_reasons"]) out << "      review: " << r.get<std::string>() << "\n";
    }
    out << "\n";
  }
  const json degree = d.value("degree", json());
  if (degree.is_object())
    out << "Degree: " << str(degree, "title") << " (" << str(degree, "level") << ", " << str(degree, "field") << "), "
        << str(degree, "institution") << ", " << str(degree, "country") << ", conferred " << str(degree, "conferred") << "\n";
  const json summary = d.value("experience_summary", json());
  if (summary.is_object())
    out << "Experience: " << number(summary, "fte_months_total") << " FTE months in all, "
        << number(summary, "fte_months_within_5y") << " within 5 years\n";
  const json coursework = d.value("coursework", json());
  if (coursework.is_object() && coursework.contains("totals_semester_hours")) {
    out << "Coursework (" << str(coursework, "credit_system") << "):";
    for (const auto& [k, v] : coursework["totals_semester_hours"].items()) out << " " << k << " " << v.dump();
    out << " semester hours\n";
  }
  // Beyond the contract (docs/dossier-extensions.md): do the rows add up to the printed totals?
  if (coursework.is_object() && coursework.contains("reconciliation") && coursework["reconciliation"].is_array())
    for (const auto& t : coursework["reconciliation"]) {
      if (!t.is_object()) continue;
      out << "Printed totals of " << str(t, "file") << ": " << str(t, "status");
      if (t.contains("checks") && t["checks"].is_array())
        for (const auto& c : t["checks"])
          if (c.is_object() && str(c, "status") == "mismatch") {
            out << " (\"" << (c.contains("evidence") && c["evidence"].is_object() ? str(c["evidence"], "text") : "") << "\": "
                << str(c, "measure") << " " << str(c, "printed") << ", the rows give " << str(c, "expected") << ")";
            break;
          }
      out << "\n";
    }
  if (d.contains("flags") && d["flags"].is_array() && !d["flags"].empty()) {
    out << "\nFlags:\n";
    for (const auto& f : d["flags"]) out << "  [" << str(f, "severity") << "] " << str(f, "code") << ": " << str(f, "detail", "") << "\n";
  }
  if (d.contains("todo") && d["todo"].is_array() && !d["todo"].empty()) {
    out << "\nTo do:\n";
    for (const auto& t : d["todo"]) out << "  - " << (t.is_string() ? t.get<std::string>() : t.dump()) << "\n";
  }
  bool header = false;
  if (d.contains("documents") && d["documents"].is_array())
    for (const auto& doc : d["documents"]) {
      if (!doc.contains("error") || doc["error"].is_null()) continue;
      if (!header) out << "\nDocuments not read:\n";
      header = true;
      out << "  " << str(doc, "file") << ": " << str(doc["error"], "code") << ": " << str(doc["error"], "message") << "\n";
    }
  return out.str();
}

}  // namespace cc
