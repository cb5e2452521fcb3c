// The CLI's commands: each takes parsed options, calls the library, formats,
// and returns an exit code. No argument parsing here (main.cpp does that).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

namespace rhetor {
class Analyzer;
}

namespace rhetor::cli {

/// Exit codes: 0 ok; 1 some input could not be processed (unreadable file,
/// malformed JSONL line, out of memory: the other inputs are still processed)
/// or the output could not be written; 2 usage or lexicon error (nothing processed).
enum Exit : int { kOk = 0, kInputError = 1, kUsageError = 2 };

/// The output stream failed (a full disk): the run stops, exit status 1.
struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Throws OutputError when `out` cannot take more output (after flushing it).
void check_output(std::ostream& out);

struct AnalyzeOptions {
  std::vector<std::string> inputs;        // files; "-" or empty = stdin
  std::string format = "table";           // table | json | jsonl
  std::string input_format = "text";      // text | jsonl
  std::vector<std::string> lexicons;      // added to the default pack
  bool no_default_lexicon = false;        // --no-default-lexicon: only --lexicon packs
  std::string segmenter = "fast";         // fast | icu
  unsigned threads = 0;                   // 0 = hardware concurrency
  bool compact = false;                   // json: only matches, attributions, document
  std::size_t max_line_bytes = 64u << 20; // jsonl: longer lines are answered with an error
  std::string text_key = "text";          // jsonl: member holding the text
  std::string id_key = "id";              // jsonl: member echoed as "id"
};

/// The analyzer the lexicon and segmenter options describe (throws LexiconError, Error).
Analyzer make_analyzer(const AnalyzeOptions& options);

int analyze(const AnalyzeOptions& options, std::ostream& out, std::ostream& err);
int lexicon_check(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err);
int lexicon_stats(const std::vector<std::string>& paths, std::ostream& out, std::ostream& err);

}  // namespace rhetor::cli
