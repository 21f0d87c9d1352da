// `credcheck tables FILE [--pages N-M] [--format csv|json]`: the tables the general table reader
// (extractors/tables/) finds in one document, each cell with its box, each column with its role
// (and whether the header or the content told it), each row with its term, the summary lines, the
// lines it passed over and why, and the words it set aside (seal letters, text on its side). The
// file is read through a worker process like `run` reads it (same limits, same isolation).
#pragma once

#include <string>

#include "core/limits.h"
#include "core/page_text.h"
#include "extractors/tables/table_reader.h"

namespace cc {

struct TablesCommandOptions {
  std::string file;
  std::string pages;           // "N" or "N-M" (1-based, inclusive); "" for all
  std::string format = "csv";  // csv | json
  std::string password;
  bool force_ocr = false;
  Limits limits;
};

int run_tables_command(const TablesCommandOptions& options);

// The reading as text (exposed for tests): `pages` are the pages given to read_tables.
std::string tables_csv(const TableReading& reading, const std::vector<const PageText*>& pages);
std::string tables_json(const TableReading& reading, const std::vector<const PageText*>& pages);

}  // namespace cc
