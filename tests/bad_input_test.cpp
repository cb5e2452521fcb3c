// Bad input: invalid UTF-8, empty text, NUL bytes, punctuation-only lines,
// huge input, and a malformed lexicon. The 50 MB paragraph is in the Slow*
// suite (ctest label "slow"; skip it with `ctest -LE slow`).
#include <gtest/gtest.h>

#include <rhetor/rhetor.hpp>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

namespace {

using rhetor::Analyzer;
using rhetor::Lexicon;

constexpr const char* kLex = R"(
[negator]
not
[intensifier]
utterly
[hedge]
perhaps
[booster]
certainly
[loaded]
regime
corrupt =2
café
[attribution]
said
)";

const Analyzer& analyzer() {
  static const Analyzer a(Lexicon::from_string(kLex, "bad.lex"));
  return a;
}

const Analyzer& english() {
  static const Analyzer a;
  return a;
}

// Structural checks that must hold for any input.
void check_consistent(const rhetor::Report& r, std::string_view input) {
  ASSERT_EQ(r.text(), input);
  const auto n = r.text().size();
  std::uint32_t prev_end = 0;
  for (const auto& t : r.tokens()) {
    ASSERT_LT(t.span().begin, t.span().end);
    ASSERT_LE(t.span().end, n);
    ASSERT_GE(t.span().begin, prev_end);
    prev_end = t.span().end;
    std::size_t len = 0;
    const char32_t cp = rhetor::decode_utf8(input, t.span().begin, len);
    if (t.kind == rhetor::TokenKind::invalid) {
      // one ill-formed byte, read as U+FFFD
      EXPECT_EQ(t.span().size(), 1u);
      EXPECT_EQ(cp, U'\uFFFD');
      EXPECT_EQ(len, 1u);
    } else {
      // tokens start and end on sequence boundaries
      EXPECT_FALSE(cp == U'\uFFFD' && len == 1) << "token starts with an ill-formed byte at " << t.span().begin;
      std::size_t i = t.span().begin;
      while (i < t.span().end) {
        rhetor::decode_utf8(input, i, len);
        i += len;
      }
      EXPECT_EQ(i, t.span().end) << "token ends inside a UTF-8 sequence";
    }
  }
  for (const auto& s : r.sentences()) ASSERT_LE(s.span.end, n);
  for (const auto& p : r.paragraphs()) ASSERT_LE(p.span.end, n);
  for (const auto& m : r.matches()) {
    ASSERT_LE(m.span.end, n);
    ASSERT_LE(m.first_token + m.token_count, r.tokens().size());
    for (std::uint32_t k = m.first_token; k < m.first_token + m.token_count; ++k)
      EXPECT_NE(r.tokens()[k].kind, rhetor::TokenKind::invalid) << "a match covers an ill-formed byte";
  }
  for (const auto& a : r.attributions()) {
    ASSERT_LE(a.cue.end, n);
    if (a.source) ASSERT_LE(a.source->end, n);
    if (a.content) ASSERT_LE(a.content->end, n);
  }
  for (const auto& q : r.quotes()) ASSERT_LE(q.span.end, n);
  for (double v : rhetor::document_profile(r)) EXPECT_TRUE(std::isfinite(v));
  // JSON: valid UTF-8, parseable, code point offsets index the repaired text.
  const std::string j = rhetor::to_json(r);
  ASSERT_TRUE(rhetor::is_valid_utf8(j));
  const auto doc = nlohmann::json::parse(j, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << j.substr(0, 200);
  EXPECT_EQ(doc["document"]["end"].get<std::size_t>(), rhetor::count_codepoints(input));
  const std::string repaired = rhetor::to_valid_utf8(input);
  const rhetor::CodepointIndex idx(repaired);
  // Matches come in text order: walk the repaired text once.
  std::size_t b = 0, cp = 0, len = 0;
  for (const auto& m : doc["matches"]) {
    const auto text = m["text"].get<std::string>();
    const auto start = m["start"].get<std::size_t>();
    ASSERT_GE(start, cp) << "matches out of order";
    while (cp < start && b < repaired.size()) {  // byte offset of code point `start`
      rhetor::decode_utf8(repaired, b, len);
      b += len;
      ++cp;
    }
    EXPECT_EQ(repaired.compare(b, text.size(), text), 0) << "JSON offset " << start << " does not index \"" << text << "\"";
    EXPECT_EQ(idx.to_codepoint(b), start);
  }
}

TEST(InvalidUtf8, DocumentedReplacementAndNoMatchAcrossBadBytes) {
  const std::string text = "The corr\xFFupt regime \xC3\x28 said \xE2\x82 perhaps \xF0\x9F\x98. caf\xC3\xA9 \xED\xA0\x80.";
  const auto r = analyzer().analyze(text);
  check_consistent(r, text);
  std::vector<std::string> found;
  for (const auto& m : r.matches()) found.emplace_back(r.text(m.span));
  // "corr\xFFupt" is split by the bad byte and must not match "corrupt".
  EXPECT_EQ(found, (std::vector<std::string>{"regime", "said", "perhaps", "caf\xC3\xA9"}));
  std::size_t invalid = 0;
  for (const auto& t : r.tokens()) invalid += t.kind == rhetor::TokenKind::invalid;
  // \xFF, \xC3, \xE2 \x82, \xF0 \x9F \x98, \xED \xA0 \x80: one token per ill-formed byte
  EXPECT_EQ(invalid, 10u);
}

TEST(InvalidUtf8, RandomBytesNeverCrashAndStayConsistent) {
  std::mt19937 rng(20261125);
  const std::vector<std::string> pieces = {"regime", "corrupt", " ", " ", ". ", "\n", "\n\n", "\"", "\u201C",
                                           "\u201D", "\u2019", "said", "caf\u00E9", "'s", ":", "Dr.", "U.S.",
                                           "\u2026", "(", ")", "not", "utterly", "certainly", "3.5"};
  for (int iter = 0; iter < 400; ++iter) {
    std::string text;
    const int n = static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) {
      if (rng() % 3 == 0) {
        text += static_cast<char>(0x80 + rng() % 0x80);  // a random high byte
      } else if (rng() % 7 == 0) {
        text += static_cast<char>(rng() % 0x20);  // control bytes, NUL included
      } else {
        text += pieces[rng() % pieces.size()];
      }
    }
    SCOPED_TRACE("iteration " + std::to_string(iter));
    check_consistent(analyzer().analyze(text), text);
    check_consistent(english().analyze(text), text);
    (void)analyzer().score_sentence(text);
    for (auto how : {rhetor::Segmenter::fast, rhetor::Segmenter::icu}) {
      const auto seg = rhetor::segment(text, how);
      for (const auto& t : seg.tokens) ASSERT_LE(t.span().end, text.size());
      for (const auto& s : seg.sentences) ASSERT_LE(s.first_token + s.token_count, seg.tokens.size());
    }
    if (HasFatalFailure()) return;
  }
}

TEST(InvalidUtf8, IcuSegmenterKeepsByteOffsets) {
  const std::string text = "Bad \xFF byte. Next \xC3 one \xE2\x80\x9Cquote\xE2\x80\x9D.";
  rhetor::AnalyzerOptions o;
  o.segmenter = rhetor::Segmenter::icu;
  const Analyzer icu(Lexicon::from_string(kLex, "bad.lex"), o);
  check_consistent(icu.analyze(text), text);
  const auto f = rhetor::segment(text, rhetor::Segmenter::fast);
  const auto i = rhetor::segment(text, rhetor::Segmenter::icu);
  ASSERT_EQ(f.tokens.size(), i.tokens.size());
  for (std::size_t k = 0; k < f.tokens.size(); ++k) EXPECT_EQ(f.tokens[k].span(), i.tokens[k].span()) << k;
}

TEST(EmptyInput, EverythingIsEmptyAndZero) {
  const auto r = analyzer().analyze("");
  check_consistent(r, "");
  EXPECT_TRUE(r.paragraphs().empty());
  EXPECT_TRUE(r.sentences().empty());
  EXPECT_TRUE(r.matches().empty());
  EXPECT_TRUE(r.tokens().empty());
  EXPECT_EQ(r.document().tokens, 0u);
  EXPECT_EQ(r.document().by_category.size(), 4u);
  EXPECT_DOUBLE_EQ(r.document().density(rhetor::kLoaded), 0.0);
  EXPECT_DOUBLE_EQ(r.document().quoted_share(), 0.0);
  EXPECT_EQ(rhetor::sentence_features(r).rows(), 0);
  for (std::string_view ws : {" ", "\n", "\n\n\n", "\t \r\n \xE2\x80\x83 "}) {
    const auto w = analyzer().analyze(ws);
    check_consistent(w, ws);
    EXPECT_EQ(w.document().tokens, 0u);
    EXPECT_TRUE(w.matches().empty());
  }
}

TEST(NulBytes, AreOneCharacterSymbolsAndDoNotTruncate) {
  const std::string text("\0The corrupt\0regime said\0\0 perhaps.\0", 37);
  ASSERT_EQ(text.size(), 37u);
  const auto r = analyzer().analyze(text);
  check_consistent(r, text);
  std::vector<std::string> found;
  for (const auto& m : r.matches()) found.emplace_back(r.text(m.span));
  EXPECT_EQ(found, (std::vector<std::string>{"corrupt", "regime", "said", "perhaps"}));
  const std::string j = rhetor::to_json(r);
  EXPECT_EQ(j.find('\0'), std::string::npos);
  EXPECT_NE(j.find("\\u0000"), std::string::npos);
  EXPECT_EQ(analyzer().score_sentence(text).count[rhetor::kLoaded], 2u);
  const std::string only_nuls(100, '\0');
  check_consistent(analyzer().analyze(only_nuls), only_nuls);
}

TEST(PunctuationOnly, LinesOfSymbols) {
  const std::string text =
      "!!!\n???\n...\n---\n\"\"\"\n\u00AB\u00BB\n(((\n)))\n\u2014 \u2014 \u2014\n* * *\n\u201C\u201D\u2018\u2019\n"
      "\n\n.\n\n\u2026\u2026\n##\n";
  for (const Analyzer* a : {&analyzer(), &english()}) {
    const auto r = a->analyze(text);
    check_consistent(r, text);
    EXPECT_EQ(r.document().tokens, 0u);
    EXPECT_TRUE(r.matches().empty());
    for (const auto& p : r.paragraphs()) {
      EXPECT_DOUBLE_EQ(p.attribution_density(), 0.0);
      EXPECT_DOUBLE_EQ(p.scores.density(rhetor::kHedge), 0.0);
    }
    for (Eigen::Index i = 0; i < rhetor::sentence_features(r).size(); ++i)
      EXPECT_TRUE(std::isfinite(rhetor::sentence_features(r).data()[i]));
  }
  for (auto how : {rhetor::Segmenter::fast, rhetor::Segmenter::icu}) {
    const auto seg = rhetor::segment(text, how);
    EXPECT_EQ(seg.paragraphs.size(), 3u);
  }
}

TEST(UnbalancedQuotes, ManyOpenersAndClosers) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "\u201C\u2018 regime ";
  for (int i = 0; i < 300; ++i) text += "\u2019\u201D corrupt ";
  text += "\u201D\u201D\u201D.";
  check_consistent(analyzer().analyze(text), text);
}

TEST(HugeInput, FourGiBIsAnInputError) {
  // Only the size is looked at before the error: the view never gets read.
  const char buffer[16] = "corrupt regime";
  const std::string_view huge(buffer, std::size_t{1} << 32);
  EXPECT_THROW((void)analyzer().analyze(huge), rhetor::InputError);
  EXPECT_THROW((void)rhetor::segment(huge), rhetor::InputError);
  std::vector<rhetor::Token> toks;
  EXPECT_THROW(rhetor::tokenize(huge, toks), rhetor::InputError);
}

TEST(MalformedLexicon, LineAndColumnForBinaryGarbage) {
  try {
    (void)Lexicon::from_string(std::string("[loaded]\nok\nbad\xC0\xAFword\n", 22), "garbage.lex");
    FAIL() << "invalid UTF-8 in a lexicon must be an error";
  } catch (const rhetor::LexiconError& e) {
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.column(), 4u);
    EXPECT_EQ(std::string(e.what()).rfind("garbage.lex:3:4: ", 0), 0u) << e.what();
  }
  try {
    (void)Lexicon::from_string(std::string("[loaded]\nNUL\0inside =2\n", 23), "nul.lex");
  } catch (const rhetor::LexiconError& e) {
    EXPECT_EQ(e.line(), 2u) << e.what();  // if rejected, at least say where
  }
}

// --- slow: one 50 MB paragraph ----------------------------------------------------------

TEST(SlowHugeParagraph, FiftyMegabytesInOneParagraph) {
  // One sentence with an attribution, three matches and eight short quotations,
  // repeated without blank lines: one paragraph of >= 50 MB. Work must stay linear
  // in the size of the paragraph (quotations and cues included).
  std::string unit = "The minister said the regime is corrupt, perhaps, citing";
  for (int i = 0; i < 8; ++i) unit += " \u201CAntidisestablishmentarianism-Incomprehensibilities-Pneumonoultramicroscopicsilicovolcanoconiosis" + std::to_string(i) + "\u201D";
  unit += ". ";
  // RHETOR_HUGE_PARAGRAPH_MB overrides the size (e.g. 1 to check the test itself quickly).
  std::size_t bytes = 50'000'000;
  if (const char* mb = std::getenv("RHETOR_HUGE_PARAGRAPH_MB")) bytes = std::stoul(mb) * 1'000'000;
  const std::size_t reps = (bytes + unit.size() - 1) / unit.size();
  std::string text;
  text.reserve(reps * unit.size());
  for (std::size_t i = 0; i < reps; ++i) text += unit;
  ASSERT_GE(text.size(), bytes);

  const auto r = analyzer().analyze(text);
  ASSERT_EQ(r.paragraphs().size(), 1u);
  EXPECT_EQ(r.sentences().size(), reps);
  EXPECT_EQ(r.matches().size(), 4 * reps);  // said, regime, corrupt, perhaps
  EXPECT_EQ(r.attributions().size(), reps);
  EXPECT_EQ(r.quotes().size(), 8 * reps);
  EXPECT_EQ(r.document().by_category[rhetor::kLoaded].count, 2 * reps);
  EXPECT_EQ(r.document().by_category[rhetor::kLoaded].quoted_count, 0u);
  ASSERT_FALSE(r.matches().empty());
  const auto& last = r.matches().back();
  EXPECT_EQ(r.text(last.span), "perhaps");
  EXPECT_EQ(last.span.begin, (reps - 1) * unit.size() + unit.find("perhaps"));
  EXPECT_EQ(r.paragraphs()[0].span.end, text.size() - 1);  // trailing space trimmed
}

}  // namespace
