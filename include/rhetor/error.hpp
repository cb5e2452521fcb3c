// rhetor/error.hpp: the one error model of the library.
//
// Every error rhetor reports is a rhetor::Error. Parse errors carry where they
// happened, so a user can jump to the offending lexicon line:
//
//   try { auto lex = rhetor::Lexicon::load("my.lex"); }
//   catch (const rhetor::LexiconError& e) {
//     std::cerr << e.what() << "\n";   // my.lex:12:9: expected a weight after '=': "=x"
//   }
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace rhetor {

/// Base of every exception thrown by rhetor. The library never prints and never exits.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A lexicon file, pack or string could not be read or parsed.
/// `file()`, `line()` and `column()` locate the problem (1-based; 0 when unknown),
/// `offending_text()` quotes it. `what()` is "file:line:column: message: "text"".
class LexiconError : public Error {
 public:
  LexiconError(std::string file, std::size_t line, std::size_t column, std::string message,
               std::string offending_text = {});

  const std::string& file() const noexcept { return file_; }
  std::size_t line() const noexcept { return line_; }
  std::size_t column() const noexcept { return column_; }
  const std::string& message() const noexcept { return message_; }
  const std::string& offending_text() const noexcept { return offending_text_; }

 private:
  std::string file_;
  std::size_t line_;
  std::size_t column_;
  std::string message_;
  std::string offending_text_;
};

/// A tagger model file or string could not be read or parsed. `what()` is
/// "file:line: message" (line 1-based; 0 when the file could not be read at all).
class ModelError : public Error {
 public:
  ModelError(std::string file, std::size_t line, std::string message);

  const std::string& file() const noexcept { return file_; }
  std::size_t line() const noexcept { return line_; }
  const std::string& message() const noexcept { return message_; }

 private:
  std::string file_;
  std::size_t line_;
  std::string message_;
};

/// An analyzer could not be built from the given lexicons (e.g. too many categories).
class AnalyzerError : public Error {
 public:
  using Error::Error;
};

/// Input that cannot be processed at all (e.g. larger than the 4 GiB offset range).
/// Invalid UTF-8 is *not* an error: see rhetor/unicode.hpp for how it is treated.
class InputError : public Error {
 public:
  using Error::Error;
};

}  // namespace rhetor
