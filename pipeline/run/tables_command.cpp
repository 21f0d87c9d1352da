#include "pipeline/run/tables_command.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <regex>

#include "core/exit_codes.h"
#include "pipeline/dossier/summary.h"
#include "pipeline/workers/worker_pool.h"

namespace cc {
namespace {

using json = nlohmann::ordered_json;  // keys in the order written: table, columns, rows...

double tenth(double v) { return std::round(v * 10) / 10; }
// A column's edge; null for the first and last columns, which run to the page's edges.
json edge(double x) { return std::isfinite(x) ? json(tenth(x)) : json(nullptr); }
json box_json(const Box& b) { return json::array({tenth(b.x0), tenth(b.y0), tenth(b.x1), tenth(b.y1)}); }

int page_number(const std::vector<const PageText*>& pages, size_t index) {
  return index < pages.size() && pages[index] ? pages[index]->number : 0;
}

std::string num(double v) {
  if (!std::isfinite(v)) return "";  // the first and last columns run to the page's edges
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// "N" or "N-M" -> [first, last]; nullopt when malformed.
std::optional<std::pair<int, int>> page_range(const std::string& s) {
  std::smatch m;
  static const std::regex re(R"((\d{1,5})(?:\s*-\s*(\d{1,5}))?)");
  if (!std::regex_match(s, m, re)) return std::nullopt;
  const int a = std::stoi(m[1].str()), b = m[2].matched ? std::stoi(m[2].str()) : a;
  if (a < 1 || b < a) return std::nullopt;
  return std::make_pair(a, b);
}

}  // namespace

std::string tables_json(const TableReading& reading, const std::vector<const PageText*>& pages) {
  json tables = json::array();
  for (size_t t = 0; t < reading.tables.size(); ++t) {
    const ReadTable& table = reading.tables[t];
    json columns = json::array();
    for (const auto& c : table.columns)
      columns.push_back({{"role", role_name(c.role)}, {"label", c.label}, {"role_from", c.role_from_header ? "header" : "content"},
                         {"x0", edge(c.x0)}, {"x1", edge(c.x1)}});
    json rows = json::array();
    for (const auto& r : table.rows) {
      json cells = json::array();
      for (size_t k = 0; k < r.cells.size(); ++k) {
        const auto& c = r.cells[k];
        if (c.text.empty()) continue;
        cells.push_back({{"column", k}, {"role", role_name(table.columns[k].role)}, {"text", c.text},
                         {"type", cell_type_name(c.type)}, {"box", box_json(c.box)}});
      }
      rows.push_back({{"page", page_number(pages, r.page)}, {"term", r.term}, {"box", box_json(r.box)}, {"cells", cells}});
    }
    json summaries = json::array();
    for (const auto& s : table.summaries)
      summaries.push_back({{"kind", s.kind}, {"text", s.text}, {"page", page_number(pages, s.page)}, {"term", s.term},
                           {"box", box_json(s.box)}});
    tables.push_back({{"table", t + 1}, {"block", table.block}, {"first_page", page_number(pages, table.first_page)},
                      {"last_page", page_number(pages, table.last_page)}, {"header_printed", table.header_printed},
                      {"header", table.header_text}, {"columns", columns}, {"rows", rows}, {"summaries", summaries}});
  }
  json skipped = json::array();
  for (const auto& s : reading.skipped)
    skipped.push_back({{"text", s.text}, {"page", page_number(pages, s.page)}, {"block", s.block}, {"reason", s.reason},
                       {"box", box_json(s.box)}});
  json set_aside = json::array();
  for (const auto& w : reading.set_aside)
    set_aside.push_back({{"text", w.word->text}, {"page", page_number(pages, w.page)}, {"box", box_json(w.word->box)}});
  return json{{"tables", tables}, {"sections", reading.sections}, {"skipped_lines", skipped}, {"set_aside_words", set_aside}}
             .dump(2) + "\n";
}

std::string tables_csv(const TableReading& reading, const std::vector<const PageText*>& pages) {
  std::string out = "table,block,page,row,kind,term,column,role,role_from,label,text,type,x0,y0,x1,y1\r\n";
  auto line = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_cell(cells[i]);
    out += "\r\n";
  };
  for (size_t t = 0; t < reading.tables.size(); ++t) {
    const ReadTable& table = reading.tables[t];
    const std::string id = std::to_string(t + 1), block = std::to_string(table.block);
    for (size_t k = 0; k < table.columns.size(); ++k) {
      const auto& c = table.columns[k];
      line({id, block, std::to_string(page_number(pages, table.first_page)), "", "column", "", std::to_string(k),
            std::string(role_name(c.role)), c.role_from_header ? "header" : "content", c.label, "", "", num(c.x0), "", num(c.x1), ""});
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const auto& row = table.rows[r];
      for (size_t k = 0; k < row.cells.size(); ++k) {
        const auto& c = row.cells[k];
        if (c.text.empty()) continue;
        const auto& col = table.columns[k];
        line({id, block, std::to_string(page_number(pages, row.page)), std::to_string(r + 1), "cell", row.term, std::to_string(k),
              std::string(role_name(col.role)), col.role_from_header ? "header" : "content", col.label, c.text,
              std::string(cell_type_name(c.type)), num(c.box.x0), num(c.box.y0), num(c.box.x1), num(c.box.y1)});
      }
    }
    for (const auto& s : table.summaries)
      line({id, block, std::to_string(page_number(pages, s.page)), "", "summary:" + s.kind, s.term, "", "", "", "", s.text, "",
            num(s.box.x0), num(s.box.y0), num(s.box.x1), num(s.box.y1)});
  }
  for (const auto& s : reading.skipped)
    line({"", std::to_string(s.block), std::to_string(page_number(pages, s.page)), "", "skipped", s.reason, "", "", "", "",
          s.text, "", num(s.box.x0), num(s.box.y0), num(s.box.x1), num(s.box.y1)});
  for (const auto& w : reading.set_aside)
    line({"", "", std::to_string(page_number(pages, w.page)), "", "set_aside", "", "", "", "", "", w.word->text, "",
          num(w.word->box.x0), num(w.word->box.y0), num(w.word->box.x1), num(w.word->box.y1)});
  return out;
}

int run_tables_command(const TablesCommandOptions& options) {
  std::pair<int, int> range{1, 1 << 30};
  if (!options.pages.empty()) {
    const auto r = page_range(options.pages);
    if (!r) {
      std::fprintf(stderr, "credcheck tables: --pages expects N or N-M, got '%s'\n", options.pages.c_str());
      return kExitUsage;
    }
    range = *r;
  }
  Limits limits = options.limits;
  ReadRequest request{options.file, options.file, options.password, {}};
  ReaderOptions reader{1, limits, options.force_ocr, current_executable()};
  DocumentText doc;
  read_documents({request}, reader, [&](size_t, DocumentText&& text) { doc = std::move(text); }, [](const ReadProgress&) {});
  if (doc.error) {
    std::fprintf(stderr, "credcheck tables: %s: %s\n", error_code_name(doc.error->code).data(), doc.error->message.c_str());
    return kExitDocumentsFailed;
  }
  std::vector<const PageText*> pages;
  for (const auto& p : doc.pages)
    if (p.number >= range.first && p.number <= range.second) pages.push_back(&p);
  const TableReading reading = read_tables(pages);
  const std::string text = options.format == "json" ? tables_json(reading, pages) : tables_csv(reading, pages);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return kExitSuccess;
}

}  // namespace cc
