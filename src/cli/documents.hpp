// Inputs of the viewing commands (report, highlight, compare, analyze -f csv):
// files, directories (read recursively) and JSONL records, as named documents,
// with a progress line on stderr when it is a terminal.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace rhetor::cli {

struct Document {
  std::string name;                   // file path, or the record's id (FILE:LINE when it has none)
  std::string text;
};

struct InputOptions {
  std::string input_format = "text";  // text | jsonl
  std::string text_key = "text";      // jsonl: the member holding the text
  std::string id_key = "id";          // jsonl: the member holding the id
  bool quiet = false;                 // no progress line
};

/// Calls `sink` for every document of `inputs` ("-" or none: standard input), in
/// order. Directories contribute their *.txt and *.md files (*.jsonl with jsonl
/// input), sorted, recursively; files holding NUL bytes are skipped with a
/// warning. Problems are reported on `err`; returns kOk or kInputError.
int read_documents(const std::vector<std::string>& inputs, const InputOptions& options, std::ostream& err,
                   const std::function<void(Document&&)>& sink);

}  // namespace rhetor::cli
