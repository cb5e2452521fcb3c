// Reading one JSON line with simdjson, as the JSONL inputs need it: full
// validation, integers beyond 64 bits accepted (JSON allows them), numbers out
// of double range (1e400) reported apart. Kept apart from the commands so that
// the record handling and the document reader share one parser.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

namespace rhetor::cli {

/// A simdjson parser with a padded copy of the line (simdjson reads a few bytes
/// past the end of its input). Not thread-safe: one per thread (thread_line_parser()).
class LineParser {
 public:
  /// Parses `line` into `root` (valid until the next parse); returns the error
  /// message, empty on success: "malformed JSON: ..." or "number out of range: ...".
  /// An integer beyond 64 bits is read as the double it names, as JSON readers do.
  std::string parse(std::string_view line, simdjson::dom::element& root);
  /// Frees the buffers a huge line grew, so that a thread does not keep them for its life.
  void release_if_large();

 private:
  simdjson::error_code parse_padded(std::string_view line, simdjson::dom::element& root);
  simdjson::dom::parser parser_;
  std::string padded_;
};

/// This thread's parser.
LineParser& thread_line_parser();

/// `value` as nlohmann::json::dump() writes it (objects with sorted keys, the
/// last of duplicate keys, doubles in its shortest form with ".0" or "e+NN"),
/// so that names taken from non-string ids stay as they were.
std::string dump_json(simdjson::dom::element value);

}  // namespace rhetor::cli
