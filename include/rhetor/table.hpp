// rhetor/table.hpp: a Report as rows, one per unit (the CLI's --format csv|tsv
// and Python's Report.to_csv()).
//
//   std::string csv;
//   rhetor::write_table_header(csv, rhetor::TableLevel::sentence, analyzer.category_names());
//   rhetor::write_table_rows(csv, report, "doc-1", rhetor::TableLevel::sentence);
//
// The id is always the first column. Offsets are code point offsets, end
// exclusive, as in the JSON; booleans are `true`/`false`; a missing span is
// empty. Column names are stable (README "CSV and TSV"); per-category columns
// follow the category order, so extra categories append columns.
//
// CSV follows RFC 4180: fields holding a comma, quote, CR or LF are quoted,
// quotes doubled, records end with CRLF. TSV has no quoting: tabs, CRs and LFs
// inside fields become spaces, records end with LF.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/report.hpp"

namespace rhetor {

enum class TableLevel : std::uint8_t { document, paragraph, sentence, match, attribution };

/// "document", "paragraph", "sentence", "match" or "attribution"; nullopt otherwise.
std::optional<TableLevel> parse_table_level(std::string_view name) noexcept;

/// Column names of `level` for an analyzer with these scored categories.
std::vector<std::string> table_columns(TableLevel level, std::span<const std::string> categories);

/// One row per unit of `report` at `level`, fields in `table_columns` order.
std::vector<std::vector<std::string>> table_rows(const Report& report, std::string_view id, TableLevel level);

/// Appends one record; `delimiter` ',' writes CSV, '\t' TSV (see above).
void append_table_record(std::string& out, std::span<const std::string> fields, char delimiter = ',');

void write_table_header(std::string& out, TableLevel level, std::span<const std::string> categories,
                        char delimiter = ',');
void write_table_rows(std::string& out, const Report& report, std::string_view id, TableLevel level,
                      char delimiter = ',');

}  // namespace rhetor
