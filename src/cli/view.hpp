// The commands that show a report: `report` (HTML), `highlight` (ANSI),
// `compare` (profiles side by side), and analyze's `--format csv|tsv`.
#pragma once

#include <iosfwd>
#include <string>

#include "commands.hpp"
#include "documents.hpp"

namespace rhetor::cli {

int report(const AnalyzeOptions& analyzer, const InputOptions& input, const std::string& title, std::ostream& out,
           std::ostream& err);
/// `colour`: write ANSI escapes (otherwise matches are bracketed: [text]{category}).
int highlight(const AnalyzeOptions& analyzer, const InputOptions& input, bool colour, std::ostream& out,
              std::ostream& err);
/// `level`: document | paragraph | sentence | match | attribution; `format`: csv | tsv.
int analyze_table(const AnalyzeOptions& analyzer, const InputOptions& input, const std::string& level,
                  const std::string& format, std::ostream& out, std::ostream& err);
/// `reference`: a JSONL corpus for z-scores (empty: none); `format`: table | json.
int compare(const AnalyzeOptions& analyzer, const InputOptions& input, const std::string& reference,
            const std::string& format, std::ostream& out, std::ostream& err);

}  // namespace rhetor::cli
