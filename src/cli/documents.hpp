// Inputs of the viewing commands (report, highlight, compare, analyze -f csv):
// files, directories (read recursively) and JSONL records, as named documents,
// with a progress line on stderr when it is a terminal.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "rhetor/batch.hpp"

namespace rhetor::cli {

struct Document {
  std::string name;                   // file path, or the record's id (FILE:LINE when it has none)
  std::string text;
  std::string messages;               // the reader's problems with the inputs before this one, for stderr
};

struct InputOptions {
  std::string input_format = "text";  // text | jsonl
  std::string text_key = "text";      // jsonl: the member holding the text
  std::string id_key = "id";          // jsonl: the member holding the id
  bool quiet = false;                 // no progress line
};

/// The documents of `inputs` ("-" or none: standard input), one by one, in
/// order. Directories contribute their *.txt and *.md files (*.jsonl with jsonl
/// input), sorted, recursively; files holding NUL bytes are skipped with a
/// warning; JSONL records come one at a time. Problems (unreadable files,
/// malformed lines) are not written by the reader, which may run on any batch
/// thread: each document carries those met before it in `messages`, and
/// take_messages() has those after the last (to be written in order with the
/// output; std::cerr is tied to std::cout, so a write from the reading thread
/// would flush std::cout while a consumer writes to it).
class DocumentReader {
 public:
  DocumentReader(const std::vector<std::string>& inputs, const InputOptions& options, std::ostream& err);
  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;
  /// The next document; false after the last. Problems set status().
  bool next(Document& d);
  int status() const noexcept { return status_; }
  /// The problems met since the last document was read.
  std::string take_messages();

 private:
  struct State;
  bool next_record(Document& d);
  const InputOptions& options_;
  int status_ = 0;
  std::unique_ptr<State> state_;
};

/// Every document of `inputs`, read in order, given to `work` on `threads`
/// threads by the batch engine; `consume` gets each result in input order on
/// one thread. Returns the reader's status (kOk or kInputError); an exception
/// from `work` or `consume` ends the run and is rethrown.
template <class Result, class Work, class Consume>
int process_documents(const std::vector<std::string>& inputs, const InputOptions& options, std::ostream& err,
                      unsigned threads, Work&& work, Consume&& consume) {
  DocumentReader reader(inputs, options, err);
  BatchOptions bo;
  bo.threads = threads;
  run_batch<Document, Result>({.read = [&](Document& d) { return reader.next(d); },
                               .work = [&](Document& d) { return work(d); },
                               .consume =
                                   [&](Document& d, BatchOutcome<Result>& r) {
                                     err << d.messages;
                                     consume(d, r.get());
                                   },
                               .bytes = [](const Document& d) { return d.text.size(); }},
                              bo);
  err << reader.take_messages();
  return reader.status();
}



}  // namespace rhetor::cli
