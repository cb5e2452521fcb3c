// rhetor/segment.hpp: paragraphs, sentences and tokens, and the fast vs ICU
// differential over real text.
#include <gtest/gtest.h>

#include <rhetor/segment.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

using rhetor::Segmenter;
using rhetor::TokenKind;

std::vector<std::string> token_texts(std::string_view text, Segmenter how = Segmenter::fast) {
  std::vector<std::string> out;
  for (const auto& t : rhetor::segment(text, how).tokens) out.emplace_back(text.substr(t.span().begin, t.span().size()));
  return out;
}

std::vector<std::string> sentence_texts(std::string_view text, Segmenter how = Segmenter::fast) {
  std::vector<std::string> out;
  for (const auto& s : rhetor::segment(text, how).sentences) out.emplace_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

std::vector<std::string> paragraph_texts(std::string_view text, Segmenter how = Segmenter::fast) {
  std::vector<std::string> out;
  for (const auto& p : rhetor::segment(text, how).paragraphs) out.emplace_back(text.substr(p.span.begin, p.span.size()));
  return out;
}

using Strings = std::vector<std::string>;

// Both segmenters must follow rhetor's documented rules on these hand-made cases.
class SegmentRules : public ::testing::TestWithParam<Segmenter> {};

INSTANTIATE_TEST_SUITE_P(BothSegmenters, SegmentRules, ::testing::Values(Segmenter::fast, Segmenter::icu),
                         [](const auto& info) { return info.param == Segmenter::fast ? "fast" : "icu"; });

TEST_P(SegmentRules, APostSignaturesHandleGoesOnTheSentence) {
  // "Inc." then a handle in parentheses: one signature, not a sentence break
  EXPECT_EQ(sentence_texts("Proud of our staff \u2014 Acme Inc. (@acme) May 5, 2017", GetParam()),
            (Strings{"Proud of our staff \u2014 Acme Inc. (@acme) May 5, 2017"}));
  EXPECT_EQ(sentence_texts("Proud of our staff.\n\u2014 Acme Inc. (@acme) May 5, 2017", GetParam()),
            (Strings{"Proud of our staff.", "\u2014 Acme Inc. (@acme) May 5, 2017"}));
  // a name ending in '!' or '?', a handle on the next line, a title at a line's end
  EXPECT_EQ(sentence_texts("Proud of our staff \u2014 Big Jo! (@big_jo) May 5, 2017", GetParam()),
            (Strings{"Proud of our staff \u2014 Big Jo! (@big_jo) May 5, 2017"}));
  EXPECT_EQ(sentence_texts("Proud of our staff.\n\u2014 Big Jo ???\n(@big_jo) May 5, 2017", GetParam()),
            (Strings{"Proud of our staff.", "\u2014 Big Jo ???\n(@big_jo) May 5, 2017"}));
  EXPECT_EQ(sentence_texts("Proud of our staff.\n\u2014 Sec.\nJo Poe (@jopoe) May 5, 2017", GetParam()),
            (Strings{"Proud of our staff.", "\u2014 Sec.\nJo Poe (@jopoe) May 5, 2017"}));
}

TEST_P(SegmentRules, DocExample) {
  EXPECT_EQ(sentence_texts("Dr. Smith left. He said no.", GetParam()), (Strings{"Dr. Smith left.", "He said no."}));
}

TEST_P(SegmentRules, TitlesDoNotEndSentences) {
  EXPECT_EQ(sentence_texts("Gen. Jones met Mr. Brown and Dr. Who today. They talked.", GetParam()),
            (Strings{"Gen. Jones met Mr. Brown and Dr. Who today.", "They talked."}));
}

TEST_P(SegmentRules, InitialismsAndLatinAbbreviations) {
  EXPECT_EQ(sentence_texts("The U.S. Army said so. Others did not.", GetParam()),
            (Strings{"The U.S. Army said so.", "Others did not."}));
  EXPECT_EQ(sentence_texts("Some allies, e.g. Poland, agreed. Others, i.e. Hungary, did not.", GetParam()),
            (Strings{"Some allies, e.g. Poland, agreed.", "Others, i.e. Hungary, did not."}));
  // e.g./i.e. never end a sentence, even before a capitalized starter.
  EXPECT_EQ(sentence_texts("Use a tool, e.g. The Hammer. Then stop.", GetParam()),
            (Strings{"Use a tool, e.g. The Hammer.", "Then stop."}));
}

TEST_P(SegmentRules, InitialismBeforeClearSentenceStarterBreaks) {
  EXPECT_EQ(sentence_texts("He moved to the U.S. The weather was better.", GetParam()),
            (Strings{"He moved to the U.S.", "The weather was better."}));
}

TEST_P(SegmentRules, SingleInitials) {
  EXPECT_EQ(sentence_texts("J. Smith and J. R. R. Tolkien wrote. It ended.", GetParam()),
            (Strings{"J. Smith and J. R. R. Tolkien wrote.", "It ended."}));
}

TEST_P(SegmentRules, Decimals) {
  EXPECT_EQ(sentence_texts("Growth was 3.5 percent. It was 2.75 in May.", GetParam()),
            (Strings{"Growth was 3.5 percent.", "It was 2.75 in May."}));
}

TEST_P(SegmentRules, Ellipses) {
  EXPECT_EQ(sentence_texts("He paused... Then he spoke.", GetParam()), (Strings{"He paused...", "Then he spoke."}));
  EXPECT_EQ(sentence_texts("He paused\u2026 Then he spoke.", GetParam()),
            (Strings{"He paused\u2026", "Then he spoke."}));
  EXPECT_EQ(sentence_texts("Wait... what was that?", GetParam()), (Strings{"Wait... what was that?"}));
}

TEST_P(SegmentRules, ClosingQuotesAndBracketsStayWithTheirSentence) {
  EXPECT_EQ(sentence_texts("He said \"stop.\" Then he left.", GetParam()),
            (Strings{"He said \"stop.\"", "Then he left."}));
  EXPECT_EQ(sentence_texts("He said \u201Cstop.\u201D Then he left.", GetParam()),
            (Strings{"He said \u201Cstop.\u201D", "Then he left."}));
  EXPECT_EQ(sentence_texts("(See the annex.) Then read on.", GetParam()),
            (Strings{"(See the annex.)", "Then read on."}));
  EXPECT_EQ(sentence_texts("It ended (finally!). Next came more.", GetParam()),
            (Strings{"It ended (finally!).", "Next came more."}));
}

TEST_P(SegmentRules, QuestionAndExclamationInsideQuotes) {
  EXPECT_EQ(sentence_texts("\u201CWhy now?\u201D she asked. Nobody knew.", GetParam()),
            (Strings{"\u201CWhy now?\u201D she asked.", "Nobody knew."}));
  EXPECT_EQ(sentence_texts("\"Stop!\" he shouted. They stopped.", GetParam()),
            (Strings{"\"Stop!\" he shouted.", "They stopped."}));
  EXPECT_EQ(sentence_texts("\"Why now?\" The question hung there.", GetParam()),
            (Strings{"\"Why now?\"", "The question hung there."}));
}

TEST_P(SegmentRules, SentenceStartingWithNumberOrQuote) {
  EXPECT_EQ(sentence_texts("It fell. 2023 was worse. \u201CNever again,\u201D he said.", GetParam()),
            (Strings{"It fell.", "2023 was worse.", "\u201CNever again,\u201D he said."}));
}

TEST_P(SegmentRules, NoBreakBeforeLowercase) {
  EXPECT_EQ(sentence_texts("Prices rose by 5 p.c. last year.", GetParam()).size(), 1u);
  EXPECT_EQ(sentence_texts("It was sold to Acme Inc. for cash.", GetParam()).size(), 1u);
}

TEST_P(SegmentRules, ParagraphsOnBlankLines) {
  const std::string text = "First para. Still first.\n\nSecond para.\n \t\n\nThird\npara.\n";
  const auto paras = paragraph_texts(text, GetParam());
  EXPECT_EQ(paras, (Strings{"First para. Still first.", "Second para.", "Third\npara."}));
  const auto seg = rhetor::segment(text, GetParam());
  ASSERT_EQ(seg.paragraphs.size(), 3u);
  EXPECT_EQ(seg.paragraphs[0].sentence_count, 2u);
  EXPECT_EQ(seg.paragraphs[1].first_sentence, 2u);
}

TEST_P(SegmentRules, WindowsLineEndingsAndBlankLinesWithSpaces) {
  const std::string text = "One.\r\n\r\nTwo.\r\n   \r\nThree.";
  EXPECT_EQ(paragraph_texts(text, GetParam()), (Strings{"One.", "Two.", "Three."}));
}

TEST_P(SegmentRules, SingleNewlineRule) {
  // A single newline ends a sentence ...
  EXPECT_EQ(sentence_texts("The Russian victory at Bakhmut\nThe Wagner group announced it.", GetParam()),
            (Strings{"The Russian victory at Bakhmut", "The Wagner group announced it."}));
  // ... unless the next line starts lowercase (hard-wrapped prose).
  EXPECT_EQ(sentence_texts("The battle in the city lasted\nabout nine months.", GetParam()),
            (Strings{"The battle in the city lasted\nabout nine months."}));
  const auto seg = rhetor::segment("Heading\nBody text here.", GetParam());
  EXPECT_EQ(seg.paragraphs.size(), 1u);
  EXPECT_EQ(seg.sentences.size(), 2u);
}

TEST_P(SegmentRules, EmptyAndWhitespaceOnly) {
  for (std::string_view t : {"", " ", "\n\n\n", " \t\r\n "}) {
    const auto seg = rhetor::segment(t, GetParam());
    EXPECT_TRUE(seg.tokens.empty());
    EXPECT_TRUE(seg.sentences.empty());
    EXPECT_TRUE(seg.paragraphs.empty());
  }
}

TEST_P(SegmentRules, TokensContractionsAndPossessives) {
  EXPECT_EQ(token_texts("NATO's allies don't care.", GetParam()),
            (Strings{"NATO", "'s", "allies", "do", "n't", "care", "."}));
  EXPECT_EQ(token_texts("NATO\u2019s allies don\u2019t care.", GetParam()),
            (Strings{"NATO", "\u2019s", "allies", "do", "n\u2019t", "care", "."}));
  EXPECT_EQ(token_texts("We'll see; they're here; I'm sure; we've won; he'd go.", GetParam()),
            (Strings{"We", "'ll", "see", ";", "they", "'re", "here", ";", "I", "'m", "sure", ";", "we", "'ve", "won",
                     ";", "he", "'d", "go", "."}));
  EXPECT_EQ(token_texts("O'Brien and O\u2019Neill", GetParam()), (Strings{"O'Brien", "and", "O\u2019Neill"}));
  const auto seg = rhetor::segment("NATO's", GetParam());
  ASSERT_EQ(seg.tokens.size(), 2u);
  EXPECT_EQ(seg.tokens[0].kind, TokenKind::word);
  EXPECT_EQ(seg.tokens[1].kind, TokenKind::clitic);
}

TEST_P(SegmentRules, TokensHyphenatedCompounds) {
  EXPECT_EQ(token_texts("pro-Kremlin, Western-sponsored re-establish", GetParam()),
            (Strings{"pro-Kremlin", ",", "Western-sponsored", "re-establish"}));
  EXPECT_EQ(token_texts("pro\u2011Kremlin", GetParam()), (Strings{"pro\u2011Kremlin"}));
  // A dash between spaces is punctuation, not a joiner.
  EXPECT_EQ(token_texts("war - peace", GetParam()), (Strings{"war", "-", "peace"}));
}

TEST_P(SegmentRules, TokensNumbers) {
  EXPECT_EQ(token_texts("1,200.50 on 9/11 at 10:30", GetParam()), (Strings{"1,200.50", "on", "9/11", "at", "10:30"}));
  const auto seg = rhetor::segment("It rose 4.5% in 2023.", GetParam());
  ASSERT_GE(seg.tokens.size(), 4u);
  EXPECT_EQ(seg.tokens[2].kind, TokenKind::number);
  EXPECT_EQ(seg.tokens[2].span().size(), 3u);  // "4.5"
}

TEST_P(SegmentRules, TokensInitialisms) {
  EXPECT_EQ(token_texts("The U.S. and e.g. others", GetParam()), (Strings{"The", "U.S.", "and", "e.g.", "others"}));
}

TEST_P(SegmentRules, TokensNonAsciiWords) {
  EXPECT_EQ(token_texts("Kyiv, Zelenskyy, caf\u00E9 and Stra\u00DFe; \u041A\u0438\u0457\u0432.", GetParam()),
            (Strings{"Kyiv", ",", "Zelenskyy", ",", "caf\u00E9", "and", "Stra\u00DFe", ";",
                     "\u041A\u0438\u0457\u0432", "."}));
  // A combining accent stays inside its word.
  EXPECT_EQ(token_texts("cafe\u0301 ok", GetParam()), (Strings{"cafe\u0301", "ok"}));
}

TEST_P(SegmentRules, TokensPunctuationOneEach) {
  EXPECT_EQ(token_texts("Really?!", GetParam()), (Strings{"Really", "?", "!"}));
  const auto seg = rhetor::segment("\u201Cyes\u201D", GetParam());
  ASSERT_EQ(seg.tokens.size(), 3u);
  EXPECT_EQ(seg.tokens[0].kind, TokenKind::open_quote);
  EXPECT_EQ(seg.tokens[2].kind, TokenKind::close_quote);
}

TEST_P(SegmentRules, StraightQuotesOpenAndClose) {
  const std::string text = "He said \"go\" now.";
  const auto seg = rhetor::segment(text, GetParam());
  std::vector<TokenKind> kinds;
  for (const auto& t : seg.tokens)
    if (text[t.span().begin] == '"') kinds.push_back(t.kind);
  EXPECT_EQ(kinds, (std::vector<TokenKind>{TokenKind::open_quote, TokenKind::close_quote}));
}

// Double marks typed the wrong way round close or open by where they stand:
// "unusual,“ said" closes (as German „...“ does), "”Isis ..." after a space opens.
TEST_P(SegmentRules, DoubleMarksTypedTheWrongWayRound) {
  const std::string text = "\u201CIt is unusual,\u201C said Lee. \u201DWe win\u201D and \u201Esie\u201C.";
  const auto seg = rhetor::segment(text, GetParam());
  std::vector<TokenKind> kinds;
  for (const auto& t : seg.tokens)
    if (t.kind == TokenKind::open_quote || t.kind == TokenKind::close_quote) kinds.push_back(t.kind);
  EXPECT_EQ(kinds, (std::vector<TokenKind>{TokenKind::open_quote, TokenKind::close_quote, TokenKind::open_quote,
                                           TokenKind::close_quote, TokenKind::open_quote, TokenKind::close_quote}));
}

TEST_P(SegmentRules, SingleQuotesOpenAndCloseButApostrophesDoNot) {
  const std::string text = "He called it \u2018a sham\u2019 and 'a farce' in the residents\u2019 view.";
  const auto seg = rhetor::segment(text, GetParam());
  std::vector<std::pair<std::string, TokenKind>> marks;
  for (const auto& t : seg.tokens) {
    const std::string s(text.substr(t.span().begin, t.span().size()));
    if (s == "'" || s == "\u2018" || s == "\u2019") marks.emplace_back(s, t.kind);
  }
  const std::vector<std::pair<std::string, TokenKind>> expected = {
      {"\u2018", TokenKind::open_quote}, {"\u2019", TokenKind::close_quote}, {"'", TokenKind::open_quote},
      {"'", TokenKind::close_quote}, {"\u2019", TokenKind::punct}};  // residents’: a plural possessive, no quote
  ASSERT_EQ(marks.size(), expected.size());
  for (std::size_t i = 0; i < marks.size(); ++i)
    EXPECT_EQ(marks[i].second, expected[i].second) << "mark " << i << " " << marks[i].first;
}

TEST_P(SegmentRules, StructuralInvariants) {
  const std::string text =
      "Dr. Smith said \u201Cno.\u201D Then he left!\n\nA second paragraph\nwith a wrapped line. And 3.5 more...\n"
      "Last line.";
  const auto seg = rhetor::segment(text, GetParam());
  // Tokens are ordered, non-empty, non-overlapping; sentences tile their tokens;
  // paragraphs tile their sentences.
  for (std::size_t i = 0; i < seg.tokens.size(); ++i) {
    EXPECT_LT(seg.tokens[i].span().begin, seg.tokens[i].span().end);
    if (i) EXPECT_LE(seg.tokens[i - 1].span().end, seg.tokens[i].span().begin);
  }
  std::uint32_t next_token = 0;
  for (const auto& s : seg.sentences) {
    EXPECT_EQ(s.first_token, next_token);
    ASSERT_GT(s.token_count, 0u);
    EXPECT_EQ(s.span.begin, seg.tokens[s.first_token].span().begin);
    EXPECT_EQ(s.span.end, seg.tokens[s.first_token + s.token_count - 1].span().end);
    next_token = s.first_token + s.token_count;
  }
  EXPECT_EQ(next_token, seg.tokens.size());
  std::uint32_t next_sentence = 0;
  for (const auto& p : seg.paragraphs) {
    EXPECT_EQ(p.first_sentence, next_sentence);
    for (std::uint32_t s = p.first_sentence; s < p.first_sentence + p.sentence_count; ++s) {
      EXPECT_GE(seg.sentences[s].span.begin, p.span.begin);
      EXPECT_LE(seg.sentences[s].span.end, p.span.end);
    }
    next_sentence = p.first_sentence + p.sentence_count;
  }
  EXPECT_EQ(next_sentence, seg.sentences.size());
}

TEST(Tokenize, MatchesSegmentTokensForOneSentenceAndReusesBuffer) {
  const std::string text = "NATO's pro-Kremlin critics don't say \u201Cno\u201D 1,200 times.";
  std::vector<rhetor::Token> out(100);  // stale content must be cleared
  rhetor::tokenize(text, out);
  const auto seg = rhetor::segment(text);
  ASSERT_EQ(out.size(), seg.tokens.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    EXPECT_EQ(out[i].span(), seg.tokens[i].span());
    EXPECT_EQ(out[i].kind, seg.tokens[i].kind);
  }
  const auto cap = out.capacity();
  rhetor::tokenize("short one", out);
  EXPECT_EQ(out.size(), 2u);
  EXPECT_EQ(out.capacity(), cap);
}

// ---------------------------------------------------------------------------
// Differential: fast vs ICU over real text.

struct Agreement {
  std::size_t tokens_fast = 0, tokens_icu = 0, tokens_same = 0, kinds_same = 0;
  std::size_t bounds_fast = 0, bounds_icu = 0, bounds_same = 0;
  std::vector<std::string> token_examples, sentence_examples;
  void add(const Agreement& o) {
    tokens_fast += o.tokens_fast, tokens_icu += o.tokens_icu, tokens_same += o.tokens_same;
    kinds_same += o.kinds_same;
    bounds_fast += o.bounds_fast, bounds_icu += o.bounds_icu, bounds_same += o.bounds_same;
    for (const auto& e : o.token_examples)
      if (token_examples.size() < 12) token_examples.push_back(e);
    for (const auto& e : o.sentence_examples)
      if (sentence_examples.size() < 12) sentence_examples.push_back(e);
  }
  // Agreement = shared / larger side (1 when both are empty).
  double token_rate() const {
    const auto d = std::max(tokens_fast, tokens_icu);
    return d ? double(tokens_same) / d : 1.0;
  }
  // Among tokens with the same span, the share with the same kind (quotes open/close...).
  double kind_rate() const { return tokens_same ? double(kinds_same) / tokens_same : 1.0; }
  double bound_rate() const {
    const auto d = std::max(bounds_fast, bounds_icu);
    return d ? double(bounds_same) / d : 1.0;
  }
};

std::string context(std::string_view text, std::uint32_t at) {
  const std::uint32_t b = at > 30 ? at - 30 : 0;
  std::string s(text.substr(b, 60));
  for (std::size_t p; (p = s.find('\n')) != std::string::npos;) s.replace(p, 1, "\u23CE");
  return s;
}

Agreement compare(std::string_view text, const std::string& label) {
  Agreement a;
  const auto f = rhetor::segment(text, Segmenter::fast);
  const auto i = rhetor::segment(text, Segmenter::icu);
  std::set<std::pair<std::uint32_t, std::uint32_t>> ft, it;
  std::map<std::pair<std::uint32_t, std::uint32_t>, rhetor::TokenKind> icu_kind;
  for (const auto& t : f.tokens) ft.insert({t.span().begin, t.span().end});
  for (const auto& t : i.tokens) {
    it.insert({t.span().begin, t.span().end});
    icu_kind[{t.span().begin, t.span().end}] = t.kind;
  }
  for (const auto& t : f.tokens) {
    auto k = icu_kind.find({t.span().begin, t.span().end});
    if (k == icu_kind.end()) continue;
    if (k->second == t.kind) ++a.kinds_same;
    else if (a.token_examples.size() < 3)
      a.token_examples.push_back(label + ": token \"" + std::string(text.substr(t.span().begin, t.span().size())) +
                                 "\" has kind " + std::to_string(int(t.kind)) + " (fast) vs " +
                                 std::to_string(int(k->second)) + " (ICU), near \"" + context(text, t.span().begin) + "\"");
  }
  a.tokens_fast = ft.size();
  a.tokens_icu = it.size();
  for (const auto& s : ft) {
    if (it.count(s)) {
      ++a.tokens_same;
    } else if (a.token_examples.size() < 3) {
      a.token_examples.push_back(label + ": fast token \"" + std::string(text.substr(s.first, s.second - s.first)) +
                                 "\" not in ICU, near \"" + context(text, s.first) + "\"");
    }
  }
  // Sentence boundaries: end offsets of sentences (paragraph ends included).
  std::set<std::uint32_t> fb, ib;
  for (const auto& s : f.sentences) fb.insert(s.span.end);
  for (const auto& s : i.sentences) ib.insert(s.span.end);
  a.bounds_fast = fb.size();
  a.bounds_icu = ib.size();
  for (auto b : fb) {
    if (ib.count(b)) ++a.bounds_same;
    else if (a.sentence_examples.size() < 3)
      a.sentence_examples.push_back(label + ": fast-only break near \"" + context(text, b) + "\"");
  }
  for (auto b : ib)
    if (!fb.count(b) && a.sentence_examples.size() < 6)
      a.sentence_examples.push_back(label + ": ICU-only break near \"" + context(text, b) + "\"");
  return a;
}

void report(const Agreement& a, const std::string& what) {
  std::ostringstream os;
  os << "[differential] " << what << ": tokens " << a.tokens_same << "/" << std::max(a.tokens_fast, a.tokens_icu)
     << " (" << 100.0 * a.token_rate() << "%), same kind " << a.kinds_same << "/" << a.tokens_same << " ("
     << 100.0 * a.kind_rate() << "%), sentence boundaries " << a.bounds_same << "/"
     << std::max(a.bounds_fast, a.bounds_icu) << " (" << 100.0 * a.bound_rate() << "%)\n";
  for (const auto& e : a.token_examples) os << "  token: " << e << "\n";
  for (const auto& e : a.sentence_examples) os << "  sentence: " << e << "\n";
  std::cout << os.str();
  ::testing::Test::RecordProperty("token_agreement_" + what, std::to_string(a.token_rate()));
  ::testing::Test::RecordProperty("kind_agreement_" + what, std::to_string(a.kind_rate()));
  ::testing::Test::RecordProperty("sentence_agreement_" + what, std::to_string(a.bound_rate()));
}

// Thresholds chosen from measurement (see the report of tests/segment_test.cpp).
constexpr double kMinTokenAgreement = 0.99;
constexpr double kMinSentenceAgreement = 0.99;
constexpr double kMinKindAgreement = 0.995;

TEST(SegmentDifferential, SampleOpEd) {
  const std::string text = rhetor::test::read_repo("examples/sample-op-ed.txt");
  const Agreement a = compare(text, "sample-op-ed");
  report(a, "sample_op_ed");
  EXPECT_GE(a.token_rate(), kMinTokenAgreement);
  EXPECT_GE(a.bound_rate(), kMinSentenceAgreement);
  EXPECT_GE(a.kind_rate(), kMinKindAgreement);
}

TEST(SegmentDifferential, SeedArticle) {
  const auto text = rhetor::test::read_shared("seed/bakhmut-op-ed.txt");
  if (!text) GTEST_SKIP() << "../shared/seed/bakhmut-op-ed.txt not found (no shared data next to this clone)";
  const Agreement a = compare(*text, "seed");
  report(a, "seed");
  EXPECT_GE(a.token_rate(), kMinTokenAgreement);
  EXPECT_GE(a.bound_rate(), kMinSentenceAgreement);
  EXPECT_GE(a.kind_rate(), kMinKindAgreement);
}

TEST(SegmentDifferential, EvalDevCorpora) {
  const std::filesystem::path dir = std::filesystem::path(RHETOR_SHARED_DIR) / "eval" / "dev";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) GTEST_SKIP() << dir << " not found (no shared eval data)";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".jsonl") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) GTEST_SKIP() << "no .jsonl files in " << dir;
  Agreement total;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path;
    Agreement per_file;
    std::string line;
    for (int n = 0; n < 200 && std::getline(in, line); ++n) {
      const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      ASSERT_FALSE(j.is_discarded()) << path << " line " << n + 1;
      if (!j.contains("text") || !j["text"].is_string()) continue;
      per_file.add(compare(j["text"].get<std::string>(), path.stem().string() + "#" + std::to_string(n + 1)));
    }
    report(per_file, path.stem().string());
    EXPECT_GE(per_file.token_rate(), kMinTokenAgreement) << path;
    EXPECT_GE(per_file.bound_rate(), kMinSentenceAgreement) << path;
    EXPECT_GE(per_file.kind_rate(), kMinKindAgreement) << path;
    total.add(per_file);
  }
  report(total, "all_dev");
}

}  // namespace

// A Token holds at most kMaxTokenBytes: a longer word comes out in pieces that
// cover it, cut at code point boundaries, from both segmenters and the analyzer.
TEST(Segment, WordLongerThanATokenHoldsIsSplit) {
  std::string word;
  while (word.size() <= rhetor::kMaxTokenBytes + 100) word += "ab\xC3\xA9";  // "abé": a 2-byte code point
  const std::string text = "Big " + word + " end.";
  for (const rhetor::Segmenter how : {rhetor::Segmenter::fast, rhetor::Segmenter::icu}) {
    const rhetor::Segmentation seg = rhetor::segment(text, how);
    ASSERT_EQ(seg.tokens.size(), 5u) << int(how);  // Big, the word in two pieces, end, .
    EXPECT_EQ(seg.tokens[1].span().begin, 4u);
    EXPECT_LE(seg.tokens[1].span().size(), rhetor::kMaxTokenBytes);
    EXPECT_EQ(seg.tokens[1].span().end, seg.tokens[2].span().begin);
    EXPECT_EQ(seg.tokens[2].span().end, 4 + word.size());
    EXPECT_NE(static_cast<unsigned char>(text[seg.tokens[2].span().begin]) & 0xC0, 0x80u);  // not inside a code point
  }
}
