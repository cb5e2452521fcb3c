// White-box tests of src/text_output.hpp, the writers' primitives: each fast
// path must give exactly what the plain form gives (std::to_chars, CodepointIndex,
// the character-by-character JSON escaping the writer used before).
#include <gtest/gtest.h>

#include <rhetor/unicode.hpp>

#include <charconv>
#include <cmath>
#include <limits>
#include <random>
#include <string>

#include "text_output.hpp"

namespace {

using rhetor::detail::AppendCursor;

template <class Write>
std::string written(Write write) {
  std::string s;
  {
    AppendCursor cursor(s);
    write(cursor);
  }
  return s;
}

template <class Float>
std::string plain_shortest(Float v) {
  char buf[64];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// The escaping of the writer before issue 10, one character at a time.
std::string plain_json_string(std::string_view s) {
  std::string out = "\"";
  static const char* hex = "0123456789abcdef";
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = rhetor::decode_utf8(s, i, len);
    if (cp == U'\uFFFD' && len == 1) out += "\xEF\xBF\xBD";
    else out.append(s.data() + i, len);
    i += len;
  }
  return out + "\"";
}

// Bytes drawn mostly from prose, with multi-byte sequences, controls and broken sequences.
std::string random_text(std::mt19937& rng, std::size_t n) {
  static const std::vector<std::string> pieces = {"a", "b", " ", "word ", "\"", "\\", "\n", "\t", "\x01", "\x7F",
                                                  "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xE2\x80",
                                                  "\xFF", "\x80", "\xED\xA0\x80", "\xEF\xBF\xBD"};
  std::string s;
  while (s.size() < n) s += pieces[rng() % pieces.size()];
  return s;
}

TEST(TextOutput, ShortestNumbersAreTheStandardForm) {
  std::vector<double> values = {0.0, -0.0, 1, -1, 0.5, 0.1, 1.0 / 3, 99999, 100000, -99999, -100000, 10000, 12000,
                                1e5, 1e6, 123456, 1e15, 1e16, 1e-7, 2.5e-5, std::numeric_limits<double>::max(),
                                std::numeric_limits<double>::denorm_min(), 13.2, 0.7};
  std::mt19937 rng(10);
  for (int i = 0; i < 20000; ++i) {
    values.push_back(static_cast<double>(static_cast<int>(rng() % 400000) - 200000));
    values.push_back(static_cast<double>(rng() % 1000) / (1 + rng() % 1000));
  }
  for (const double v : values) {
    EXPECT_EQ(written([&](AppendCursor& c) { rhetor::detail::write_shortest(c, v); }), plain_shortest(v)) << v;
    const auto f = static_cast<float>(v);
    EXPECT_EQ(written([&](AppendCursor& c) { rhetor::detail::write_shortest(c, f); }), plain_shortest(f)) << f;
  }
  for (const std::uint64_t v : {0ull, 9ull, 10ull, 4294967296ull, 18446744073709551615ull})
    EXPECT_EQ(written([&](AppendCursor& c) { rhetor::detail::write_uint(c, v); }), std::to_string(v));
}

TEST(TextOutput, JsonStringsEscapeAsBefore) {
  std::mt19937 rng(11);
  for (const std::size_t n : {0, 1, 7, 8, 9, 63, 4095, 4096, 4097, 20000}) {
    for (int round = 0; round < 20; ++round) {
      const std::string s = random_text(rng, n);
      // Also a view that ends inside a sequence: it must be judged on the view alone.
      for (const std::string_view v : {std::string_view(s), std::string_view(s).substr(0, s.size() ? s.size() - 1 : 0)})
        ASSERT_EQ(written([&](AppendCursor& c) { rhetor::detail::write_json_string(c, v); }), plain_json_string(v));
    }
  }
}

TEST(TextOutput, AppendCursorAppendsAfterWhatIsThere) {
  std::string s = "prefix:";
  {
    AppendCursor c(s);
    for (int i = 0; i < 10000; ++i) c.literal("abc");
    c.put('!');
  }
  EXPECT_EQ(s.size(), 7u + 30000u + 1u);
  EXPECT_EQ(s.substr(0, 10), "prefix:abc");
  EXPECT_EQ(s.back(), '!');
}

TEST(TextOutput, CodepointOffsetsMatchTheIndex) {
  std::mt19937 rng(12);
  std::vector<std::string> texts = {"", "plain ASCII text", "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"};
  texts.push_back(random_text(rng, 5000));  // with ill-formed bytes: the index answers
  std::string valid;
  while (valid.size() < 5000) valid += rng() % 3 ? "word " : "\xE2\x80\x94\xC3\xA9\xF0\x9F\x98\x80 ";
  texts.push_back(valid);
  for (const std::string& text : texts) {
    const rhetor::CodepointIndex index(text);
    const rhetor::detail::CodepointCursor cursor(text);
    ASSERT_EQ(cursor.size_codepoints(), index.size_codepoints());
    for (std::size_t b = 0; b <= text.size() + 2; ++b) ASSERT_EQ(cursor.to_codepoint(b), index.to_codepoint(b)) << b;
    for (int i = 0; i < 2000; ++i) {  // in any order
      const std::size_t b = rng() % (text.size() + 1);
      ASSERT_EQ(cursor.to_codepoint(b), index.to_codepoint(b)) << b;
    }
  }
}

}  // namespace
