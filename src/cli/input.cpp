#include "input.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace rhetor::cli {

Bom detect_bom(std::string_view b) noexcept {
  // UTF-32LE's mark begins with UTF-16LE's: test the longer one first.
  if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return Bom::utf32le;
  if (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return Bom::utf32be;
  if (b.substr(0, 3) == "\xEF\xBB\xBF") return Bom::utf8;
  if (b.substr(0, 2) == "\xFF\xFE") return Bom::utf16le;
  if (b.substr(0, 2) == "\xFE\xFF") return Bom::utf16be;
  return Bom::none;
}

const char* bom_name(Bom bom) noexcept {
  switch (bom) {
    case Bom::utf8: return "UTF-8";
    case Bom::utf16le: return "UTF-16LE";
    case Bom::utf16be: return "UTF-16BE";
    case Bom::utf32le: return "UTF-32LE";
    case Bom::utf32be: return "UTF-32BE";
    case Bom::none: break;
  }
  return "none";
}

namespace {
void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}
}  // namespace

std::string utf8_from_utf16_or_32(std::string_view b, Bom bom) {
  const bool wide = bom == Bom::utf32le || bom == Bom::utf32be;
  const bool little = bom == Bom::utf16le || bom == Bom::utf32le;
  const std::size_t unit = wide ? 4 : 2;
  auto read = [&](std::size_t i) {
    char32_t v = 0;
    for (std::size_t k = 0; k < unit; ++k) {
      const auto byte = static_cast<unsigned char>(b[i + (little ? unit - 1 - k : k)]);
      v = (v << 8) | byte;
    }
    return v;
  };
  std::string out;
  out.reserve(b.size());
  std::size_t i = unit;  // after the BOM
  for (; i + unit <= b.size(); i += unit) {
    char32_t cp = read(i);
    if (!wide && cp >= 0xD800 && cp <= 0xDBFF && i + 2 * unit <= b.size()) {
      const char32_t low = read(i + unit);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += unit;
      }
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    append_utf8(out, cp);
  }
  if (i < b.size()) append_utf8(out, 0xFFFD);  // a truncated last unit
  return out;
}

LineSource::LineSource(int fd, std::size_t max_line_bytes) : fd_(fd), max_(max_line_bytes), buf_(1 << 16) {}

bool LineSource::fill() {
  if (eof_) return false;
  for (;;) {
    const ssize_t r = ::read(fd_, buf_.data(), buf_.size());
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      if (r < 0) read_error_ = errno;
      eof_ = true;
      return false;
    }
    pos_ = 0;
    end_ = static_cast<std::size_t>(r);
    return true;
  }
}

void LineSource::start() {
  started_ = true;
  // Enough bytes to recognize any byte order mark (a pipe may deliver fewer per read).
  std::string head;
  while (head.size() < 4 && fill()) {
    head.append(buf_.data(), end_);
    pos_ = end_ = 0;
  }
  const Bom bom = detect_bom(head);
  if (bom != Bom::none && bom != Bom::utf8) {
    while (fill()) head.append(buf_.data(), end_);
    const std::string utf8 = utf8_from_utf16_or_32(head, bom);
    buf_.assign(utf8.begin(), utf8.end());
    converted_from_ = bom;
    eof_ = true;  // everything is in the buffer now
  } else {
    if (bom == Bom::utf8) head.erase(0, 3);
    if (head.size() > buf_.size()) buf_.resize(head.size());
    std::memcpy(buf_.data(), head.data(), head.size());
  }
  pos_ = 0;
  end_ = bom != Bom::none && bom != Bom::utf8 ? buf_.size() : head.size();
}

bool LineSource::next(std::string& line, bool& too_long) {
  if (!started_) start();
  line.clear();
  too_long = false;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && !fill()) return any;
    any = true;
    const char* begin = buf_.data() + pos_;
    const auto* nl = static_cast<const char*>(std::memchr(begin, '\n', end_ - pos_));
    const std::size_t n = nl ? static_cast<std::size_t>(nl - begin) : end_ - pos_;
    if (!too_long && line.size() + n > max_) {
      too_long = true;
      std::string().swap(line);
    }
    if (!too_long) line.append(begin, n);
    pos_ += n;
    if (nl) {
      ++pos_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
  }
}

}  // namespace rhetor::cli
