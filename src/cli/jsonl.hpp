// JSONL records: one input line in, exactly one output line out, whatever the
// line holds. Kept apart from the command so that the fuzzer calls the same code.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rhetor {
class Analyzer;
}

namespace rhetor::cli {

/// Limits on one JSONL line; each is reported as that line's error.
inline constexpr std::size_t kMaxJsonDepth = 64;                  ///< nested arrays/objects per line
inline constexpr std::size_t kDefaultMaxLineBytes = 64u << 20;    ///< --max-line-bytes default (64 MiB)
inline constexpr std::size_t kMaxMessageBytes = 300;              ///< error messages are cut to this

struct RecordOptions {
  bool compact = false;      ///< leave out "paragraphs"
  std::string text_key = "text";  ///< member holding the text (--text-key)
  std::string id_key = "id";      ///< member echoed as the output's "id" (--id-key)
};

/// The answer to one line: `json` is the output line (without '\n'); `error`
/// is the message also written into `json`, empty when the line was analyzed
/// or skipped as blank.
struct RecordAnswer {
  std::string json;
  std::string error;
};

/// Parses one JSONL line ({"text": ..., "id": ...}, or the keys of `options`), analyzes it and formats the
/// answer: the report with the id echoed byte for byte as written, a
/// {"line": N, "skipped": "blank"} object for a blank line, or an
/// {"error": ..., "line": N} object for anything else (malformed JSON, numbers
/// out of range, nesting deeper than kMaxJsonDepth, analysis errors, out of memory).
/// Never throws.
RecordAnswer answer_record(const Analyzer& analyzer, std::string_view line, std::size_t line_no,
                           const RecordOptions& options) noexcept;

/// {"error": message, "line": N}, the message cut to kMaxMessageBytes.
std::string error_object(std::string_view message, std::size_t line_no);

/// `s` with control characters as spaces, cut to at most `max` bytes on a UTF-8
/// boundary ("..." marks the cut), so a message never quotes a whole long line.
std::string cut_message(std::string_view s, std::size_t max = kMaxMessageBytes);

}  // namespace rhetor::cli
