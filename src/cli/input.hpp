// Reading inputs: byte order marks, and JSONL lines of bounded length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rhetor::cli {

/// The encoding a byte order mark at the start of the input names.
enum class Bom { none, utf8, utf16le, utf16be, utf32le, utf32be };
Bom detect_bom(std::string_view bytes) noexcept;
const char* bom_name(Bom bom) noexcept;

/// UTF-16 or UTF-32 `bytes` (beginning with their BOM) as UTF-8 without the BOM.
/// Unpaired surrogates, values above U+10FFFF and a truncated last unit become U+FFFD.
std::string utf8_from_utf16_or_32(std::string_view bytes, Bom bom);

/// Lines of a file descriptor, each at most `max_line_bytes` long: a longer line
/// is skipped to its end without being held in memory and reported as too long.
/// A UTF-8 BOM at the start is dropped; UTF-16/32 input (with a BOM) is read
/// whole and converted to UTF-8 first.
class LineSource {
 public:
  LineSource(int fd, std::size_t max_line_bytes);
  /// The next line without its "\n" (or "\r\n"); false at the end of the input.
  /// `too_long` is set (and `line` left empty) for a line over the limit.
  bool next(std::string& line, bool& too_long);
  /// errno of a failed read (the input then ends early), 0 if none.
  int read_error() const noexcept { return read_error_; }
  /// The encoding the input was converted from, Bom::none if it was not.
  Bom converted_from() const noexcept { return converted_from_; }

 private:
  bool fill();
  void start();
  int fd_;
  std::size_t max_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false, started_ = false;
  int read_error_ = 0;
  Bom converted_from_ = Bom::none;
};

}  // namespace rhetor::cli
