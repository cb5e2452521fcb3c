// rhetor/unicode.hpp: validation, decoding, the one-byte-one-U+FFFD rule, code point offsets.
#include <gtest/gtest.h>

#include <rhetor/unicode.hpp>

#include <string>
#include <string_view>

using namespace std::string_literals;

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

TEST(Utf8Validation, AcceptsWellFormedText) {
  EXPECT_TRUE(rhetor::is_valid_utf8(""));
  EXPECT_TRUE(rhetor::is_valid_utf8("plain ASCII text, long enough to use the 8-byte fast path"));
  EXPECT_TRUE(rhetor::is_valid_utf8("caf\xC3\xA9 Stra\xC3\x9F" "e \xE2\x80\x9Cquoted\xE2\x80\x9D"));
  EXPECT_TRUE(rhetor::is_valid_utf8("\xE4\xB8\xAD\xE6\x96\x87"));      // 中文
  EXPECT_TRUE(rhetor::is_valid_utf8("\xF0\x9F\x98\x80"));              // 😀
  EXPECT_TRUE(rhetor::is_valid_utf8("\xF4\x8F\xBF\xBF"));              // U+10FFFF
  EXPECT_TRUE(rhetor::is_valid_utf8("a\0b"s));                         // NUL is a valid code point
}

TEST(Utf8Validation, RejectsIllFormedSequences) {
  EXPECT_FALSE(rhetor::is_valid_utf8("\x80"));                 // lone continuation byte
  EXPECT_FALSE(rhetor::is_valid_utf8("abc\xC3"));              // truncated 2-byte sequence
  EXPECT_FALSE(rhetor::is_valid_utf8("\xC0\xAF"));             // overlong '/'
  EXPECT_FALSE(rhetor::is_valid_utf8("\xE0\x80\xAF"));         // overlong 3-byte
  EXPECT_FALSE(rhetor::is_valid_utf8("\xED\xA0\x80"));         // surrogate U+D800
  EXPECT_FALSE(rhetor::is_valid_utf8("\xF4\x90\x80\x80"));     // above U+10FFFF
  EXPECT_FALSE(rhetor::is_valid_utf8("\xFF"));
  EXPECT_FALSE(rhetor::is_valid_utf8("0123456789abcdef\xFE"));  // after the ASCII fast path
}

TEST(Utf8Decode, DecodesEachLength) {
  std::size_t len = 0;
  EXPECT_EQ(rhetor::decode_utf8("A", 0, len), U'A');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(rhetor::decode_utf8("\xC3\xA9", 0, len), U'\u00E9');
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(rhetor::decode_utf8("x\xE2\x80\x9C", 1, len), U'\u201C');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(rhetor::decode_utf8("\xF0\x9F\x98\x80", 0, len), U'\U0001F600');
  EXPECT_EQ(len, 4u);
}

TEST(Utf8Decode, IllFormedByteIsOneReplacementOfLengthOne) {
  std::size_t len = 0;
  EXPECT_EQ(rhetor::decode_utf8("\x80", 0, len), U'\uFFFD');
  EXPECT_EQ(len, 1u);
  // A truncated 3-byte sequence: each byte on its own.
  EXPECT_EQ(rhetor::decode_utf8("\xE2\x80", 0, len), U'\uFFFD');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(rhetor::decode_utf8("\xE2\x80", 1, len), U'\uFFFD');
  EXPECT_EQ(len, 1u);
  // A real U+FFFD in the text decodes with its 3 bytes.
  EXPECT_EQ(rhetor::decode_utf8(kReplacement, 0, len), U'\uFFFD');
  EXPECT_EQ(len, 3u);
}

TEST(Utf8Repair, IdentityForValidText) {
  const std::string s = "Kyiv \xE2\x80\x94 Zelenskyy \xF0\x9F\x98\x80";
  EXPECT_EQ(rhetor::to_valid_utf8(s), s);
  EXPECT_EQ(rhetor::to_valid_utf8(""), "");
}

TEST(Utf8Repair, OneReplacementPerIllFormedByte) {
  EXPECT_EQ(rhetor::to_valid_utf8("a\x80z"), "a"s + std::string(kReplacement) + "z");
  // Truncated 3-byte sequence (2 bytes) -> two replacements, per the documented rule.
  EXPECT_EQ(rhetor::to_valid_utf8("a\xE2\x80z"), "a"s + std::string(kReplacement) + std::string(kReplacement) + "z");
  // Overlong 2-byte: two replacements.
  EXPECT_EQ(rhetor::to_valid_utf8("\xC0\xAF"), std::string(kReplacement) + std::string(kReplacement));
  EXPECT_TRUE(rhetor::is_valid_utf8(rhetor::to_valid_utf8("\xFF\xFE\xED\xA0\x80 ok \xF4\x90\x80\x80")));
}

TEST(Utf8Count, CountsCodepointsWithTheReplacementRule) {
  EXPECT_EQ(rhetor::count_codepoints(""), 0u);
  EXPECT_EQ(rhetor::count_codepoints("abc"), 3u);
  EXPECT_EQ(rhetor::count_codepoints("caf\xC3\xA9"), 4u);
  EXPECT_EQ(rhetor::count_codepoints("\xF0\x9F\x98\x80!"), 2u);
  EXPECT_EQ(rhetor::count_codepoints("a\xE2\x80z"), 4u);  // a, FFFD, FFFD, z
}

TEST(Utf8Count, RepairPreservesCodepointCount) {
  for (std::string_view s : {"plain", "\x80\x81\x82", "x\xE2\x80\x9Cy\xE2\x80", "\xF0\x9F\x98", "\xC3\xA9\xC3"}) {
    const std::string fixed = rhetor::to_valid_utf8(s);
    EXPECT_EQ(rhetor::count_codepoints(s), rhetor::count_codepoints(fixed)) << "input bytes: " << s.size();
  }
}

// Reference conversion: walk the text one code point at a time.
std::size_t slow_to_codepoint(std::string_view text, std::size_t byte) {
  std::size_t i = 0, cp = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    rhetor::decode_utf8(text, i, len);
    if (i + len > byte) break;
    i += len;
    ++cp;
  }
  return cp;
}

TEST(CodepointIndex, AsciiIsIdentity) {
  const std::string s = "The quick brown fox.";
  rhetor::CodepointIndex idx(s);
  EXPECT_EQ(idx.size_codepoints(), s.size());
  for (std::size_t b = 0; b <= s.size(); ++b) EXPECT_EQ(idx.to_codepoint(b), b);
}

TEST(CodepointIndex, MatchesReferenceOnMixedTextAcrossCheckpoints) {
  // Long enough for several 64-byte checkpoints, with 1-4 byte sequences and
  // ill-formed bytes on and around checkpoint boundaries.
  std::string s;
  for (int i = 0; i < 40; ++i) {
    s += "caf\xC3\xA9 ";
    s += "\xE2\x80\x9C" "Kyiv" "\xE2\x80\x9D ";
    s += "\xF0\x9F\x98\x80";
    if (i % 3 == 0) s += "\x80";
    if (i % 5 == 0) s += "\xE2\x80";  // truncated
    s += "\xE4\xB8\xAD ";
  }
  rhetor::CodepointIndex idx(s);
  EXPECT_EQ(idx.size_codepoints(), rhetor::count_codepoints(s));
  for (std::size_t b = 0; b <= s.size(); ++b)
    ASSERT_EQ(idx.to_codepoint(b), slow_to_codepoint(s, b)) << "byte offset " << b;
}

TEST(CodepointIndex, OffsetInsideSequenceRoundsDown) {
  const std::string s = "a\xF0\x9F\x98\x80" "b";  // a 😀 b
  rhetor::CodepointIndex idx(s);
  EXPECT_EQ(idx.to_codepoint(1), 1u);
  EXPECT_EQ(idx.to_codepoint(2), 1u);
  EXPECT_EQ(idx.to_codepoint(4), 1u);
  EXPECT_EQ(idx.to_codepoint(5), 2u);
  EXPECT_EQ(idx.to_codepoint(6), 3u);
  EXPECT_EQ(idx.to_codepoint(1000), 3u);  // past the end clamps to the total
}

TEST(CodepointIndex, OffsetsIntoRepairedStringAgree) {
  // The documented promise: code point offsets computed on the raw bytes index
  // the same characters in to_valid_utf8(raw).
  const std::string raw = "ok \x80 caf\xC3\xA9 \xE2\x80 end";
  const std::string fixed = rhetor::to_valid_utf8(raw);
  rhetor::CodepointIndex a(raw), b(fixed);
  EXPECT_EQ(a.size_codepoints(), b.size_codepoints());
  const std::size_t raw_end = raw.find("end");
  const std::size_t fixed_end = fixed.find("end");
  EXPECT_EQ(a.to_codepoint(raw_end), b.to_codepoint(fixed_end));
}

}  // namespace
