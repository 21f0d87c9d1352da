#include "extractors/tables/table_reader.h"

#include "extractors/tables/block_reader.h"
#include "extractors/tables/group_labels.h"
#include "extractors/tables/group_totals.h"
#include "extractors/tables/listed_items.h"
#include "extractors/tables/record_lists.h"
#include "extractors/tables/row_fields.h"
#include "extractors/tables/table_blocks.h"
#include "extractors/tables/table_rows.h"
#include "extractors/tables/unit_marks.h"
#include "extractors/tables/title_languages.h"
#include "extractors/tables/unread_script.h"

namespace cc {

TableReading read_tables(const std::vector<const PageText*>& pages, const TableReaderOptions& options) {
  TableReading out;
  std::vector<BlockState> states(1);
  // Each page's upright words and lines, kept for the record lists read after the tables.
  std::vector<std::vector<Word>> uprights;
  uprights.reserve(pages.size());
  std::vector<PageLines> lines;
  // Every page's lines first: a table found from alignment on one page may need the next page's
  // rows to tell its columns' roles (block_reader.h).
  for (size_t p = 0; p < pages.size(); ++p) {
    if (!pages[p]) continue;
    // Lines and columns are found on the page turned upright; what is returned points at the
    // reader's own words.
    const std::vector<Word>& upright = uprights.emplace_back(upright_words(*pages[p]));
    std::vector<const Word*> words;
    std::vector<bool> unread(upright.size(), false);
    for (size_t i : words_in_unread_script(*pages[p])) {
      unread[i] = true;
      out.set_aside.push_back({&pages[p]->words[i], p});
    }
    for (size_t i = 0; i < upright.size(); ++i)
      if (!unread[i]) words.push_back(&upright[i]);
    for (const Word* w : set_aside_strays(words, pages[p]->source == TextSource::text_layer))
      out.set_aside.push_back({&pages[p]->words[static_cast<size_t>(w - upright.data())], p});
    lines.push_back({p, pages[p], &upright,
                     rows_per_block(words, [&options](const std::string& text) { return option_is_section(options, text); })});
  }
  for (size_t n = 0; n < lines.size(); ++n) {
    const size_t p = lines[n].page;
    const std::vector<Word>& upright = *lines[n].upright;
    const auto& blocks = lines[n].blocks;
    while (states.size() < blocks.size()) {
      BlockState next = states.back();  // the term goes on; the columns and the table are the new block's own
      next.layout.reset();
      next.table = -1;
      next.last_record = -1;
      states.push_back(std::move(next));
    }
    for (size_t b = 0; b < blocks.size(); ++b) {
      for (const auto& row : blocks[b]) out.text += row_text(row) + "\n";
      const bool next = n + 1 < lines.size() && b < lines[n + 1].blocks.size();
      read_block(out, states[b], options, *pages[p], upright, p, b, blocks[b], next ? &lines[n + 1].blocks[b] : nullptr);
    }
  }
  // Courses printed as records (a head line, then lines of `label: value` pairs) rather than as a
  // table: read them when they give more records than the tables did (record_lists.h).
  size_t table_records = 0;
  for (const auto& t : out.tables) table_records += t.rows.size();
  TableReading records;
  records.sections = out.sections;
  if (read_record_lists(records, lines, options) > table_records) {
    out.tables = std::move(records.tables);
    out.sections = std::move(records.sections);
  }
  // Courses listed as numbered items under a caption after the table (S193, listed_items.h).
  read_listed_items(out, lines);
  take_off_group_names(out);  // a group's name under different courses is no line of their titles
  take_off_group_totals(out);  // a module's row whose credits the rows under it add up to (S126)
  for (auto& table : out.tables) {
    prefer_translated_titles(table);
    grade_from_unit_marks(table);  // a unit's own mark beside its parts' marks (unit_marks.h)
    fold_unit_parts(table);        // parts with marks and no credits under the unit with credits
  }
  return out;
}

}  // namespace cc
