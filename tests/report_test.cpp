// rhetor/report.hpp: the structure of a Report (nesting, spans, sums), quotes,
// and attribution source/content linking.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/report.hpp>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "test_support.hpp"

namespace {

using rhetor::Analyzer;
using rhetor::Lexicon;

constexpr const char* kLex = R"(
[negator]
not
[intensifier]
utterly
[class-role]
spokesman
minister
[class-addressee-verb]
told
[class-subject-pronoun]
he/she/they/who
[class-complementizer]
that
[class-source-preposition]
according/by
[hedge]
perhaps
may
[booster]
certainly
[loaded]
corrupt =2
regime
[attribution]
said
says
told
according to
highlighted
warned
)";

const Analyzer& analyzer() {
  static const Analyzer a(Lexicon::from_string(kLex, "report.lex"));
  return a;
}

// Every structural promise of report.hpp, checked on any report.
void check_invariants(const rhetor::Report& r) {
  const auto text_size = static_cast<std::uint32_t>(r.text().size());
  const auto ncat = r.category_names().size();
  ASSERT_GE(ncat, 4u);
  EXPECT_EQ(r.category_names()[0], "loaded");
  EXPECT_EQ(r.category_names()[3], "attribution");
  ASSERT_EQ(r.document().by_category.size(), ncat);

  std::uint32_t next_sentence = 0, next_match = 0, next_attr = 0;
  rhetor::Scores sum;
  sum.by_category.assign(ncat, {});
  for (std::uint32_t pi = 0; pi < r.paragraphs().size(); ++pi) {
    const auto& p = r.paragraphs()[pi];
    EXPECT_LE(p.span.end, text_size);
    EXPECT_EQ(p.first_sentence, next_sentence);
    EXPECT_EQ(p.first_match, next_match);
    EXPECT_EQ(p.first_attribution, next_attr);
    if (pi) EXPECT_GE(p.span.begin, r.paragraphs()[pi - 1].span.end);
    std::uint32_t tokens = 0, para_matches = 0, attributions = 0;
    for (const auto& s : r.sentences_of(p)) {
      EXPECT_EQ(s.paragraph, pi);
      EXPECT_GE(s.span.begin, p.span.begin);
      EXPECT_LE(s.span.end, p.span.end);
      EXPECT_EQ(s.first_match, next_match);
      ASSERT_EQ(s.scores.by_category.size(), ncat);
      std::uint32_t count_sum = 0;
      for (const auto& c : s.scores.by_category) {
        EXPECT_EQ(c.author_count + c.quoted_count, c.count);
        EXPECT_NEAR(c.author_weight + c.quoted_weight, c.weight, 1e-9);
        count_sum += c.count;
      }
      EXPECT_EQ(count_sum, s.match_count);
      for (const auto& m : r.matches_of(s)) {
        EXPECT_EQ(m.paragraph, pi);
        EXPECT_EQ(&r.sentences()[m.sentence], &s);
        EXPECT_GE(m.span.begin, s.span.begin);
        EXPECT_LE(m.span.end, s.span.end);
        EXPECT_LT(m.span.begin, m.span.end);
        EXPECT_EQ(r.category_names()[m.category], m.category_name);
        ASSERT_LE(m.first_token + m.token_count, r.tokens().size());
        EXPECT_EQ(r.tokens()[m.first_token].span().begin, m.span.begin);
        EXPECT_EQ(r.tokens()[m.first_token + m.token_count - 1].span().end, m.span.end);
        EXPECT_GT(m.weight, 0.0f);
      }
      EXPECT_EQ(s.first_token + s.token_count <= r.tokens().size(), true);
      tokens += s.scores.tokens;
      attributions += s.scores.attributions;
      para_matches += s.match_count;
      next_match += s.match_count;
      ++next_sentence;
    }
    EXPECT_EQ(p.match_count, para_matches);
    EXPECT_EQ(p.scores.tokens, tokens);
    EXPECT_EQ(p.scores.attributions, attributions);
    EXPECT_EQ(p.attribution_count, attributions);
    for (const auto& a : r.attributions_of(p)) {
      EXPECT_EQ(a.paragraph, pi);
      EXPECT_GE(a.cue.begin, p.span.begin);
      EXPECT_LE(a.cue.end, p.span.end);
      ASSERT_LT(a.cue_match, r.matches().size());
      EXPECT_EQ(r.matches()[a.cue_match].category, rhetor::kAttribution);
      EXPECT_EQ(r.matches()[a.cue_match].span, a.cue);
      if (a.source) EXPECT_LE(a.source->end, text_size);
      if (a.content) EXPECT_LE(a.content->end, text_size);
    }
    next_attr += p.attribution_count;
    for (std::size_t c = 0; c < ncat; ++c) {
      sum.by_category[c].count += p.scores.by_category[c].count;
      sum.by_category[c].weight += p.scores.by_category[c].weight;
    }
    sum.tokens += p.scores.tokens;
    EXPECT_DOUBLE_EQ(p.attribution_density(), p.scores.tokens ? 100.0 * p.scores.attributions / p.scores.tokens : 0.0);
    EXPECT_DOUBLE_EQ(p.attributions_per_sentence(),
                     p.sentence_count ? double(p.scores.attributions) / p.sentence_count : 0.0);
  }
  EXPECT_EQ(next_sentence, r.sentences().size());
  EXPECT_EQ(next_match, r.matches().size());
  EXPECT_EQ(next_attr, r.attributions().size());
  EXPECT_EQ(r.document().tokens, sum.tokens);
  for (std::size_t c = 0; c < ncat; ++c) {
    EXPECT_EQ(r.document().by_category[c].count, sum.by_category[c].count);
    EXPECT_NEAR(r.document().by_category[c].weight, sum.by_category[c].weight, 1e-9);
  }
  for (std::size_t i = 1; i < r.matches().size(); ++i)
    EXPECT_LE(r.matches()[i - 1].span.begin, r.matches()[i].span.begin) << "matches not in text order";
  for (const auto& q : r.quotes()) {
    EXPECT_LT(q.span.begin, q.span.end);
    EXPECT_LE(q.span.end, text_size);
  }
}

// Scores::by_category stores only the categories with matches; it reads like the
// std::vector<CategoryScore> it replaced.
TEST(ReportStructure, CategoryScoresReadLikeAVector) {
  rhetor::CategoryScores c;
  c.assign(5);
  ASSERT_EQ(c.size(), 5u);
  EXPECT_FALSE(c.empty());
  EXPECT_EQ(std::as_const(c)[3].count, 0u);  // absent: reads as zero
  c[3].count = 2;
  c[3].weight = 1.5;
  c[1].author_count = 1;
  EXPECT_EQ(std::as_const(c)[3].count, 2u);
  EXPECT_EQ(std::as_const(c)[1].author_count, 1u);
  EXPECT_THROW((void)c.at(5), std::out_of_range);
  std::vector<std::uint32_t> counts;
  for (const rhetor::CategoryScore& x : c) counts.push_back(x.count);
  EXPECT_EQ(counts, (std::vector<std::uint32_t>{0, 0, 0, 2, 0}));
  for (std::size_t k = 0; k < 5; ++k) c[k].quoted_count = static_cast<std::uint32_t>(k);  // every category stored
  const rhetor::CategoryScores copy = c;
  c.assign(5);
  EXPECT_DOUBLE_EQ(copy.at(3).weight, 1.5);
  EXPECT_EQ(copy.at(4).quoted_count, 4u);
  EXPECT_EQ(std::as_const(c)[4].quoted_count, 0u);
  rhetor::CategoryScore one;
  one.count = 7;
  c.assign(2, one);
  EXPECT_EQ(c.at(1).count, 7u);
}

TEST(ReportStructure, KeepsACopyOfTheText) {
  std::string text = "A corrupt regime. Perhaps.";
  const auto r = analyzer().analyze(text);
  text[2] = 'X';
  EXPECT_EQ(r.text(), "A corrupt regime. Perhaps.");
  ASSERT_EQ(r.matches().size(), 3u);
  EXPECT_EQ(r.text(r.matches()[0].span), "corrupt");
}

TEST(ReportStructure, HandMadeDocument) {
  const std::string text =
      "The corrupt regime fell. Perhaps it was certainly over.\n\n"
      "\u201CThe regime is corrupt,\u201D the minister said. Officials may disagree.";
  const auto r = analyzer().analyze(text);
  check_invariants(r);
  ASSERT_EQ(r.paragraphs().size(), 2u);
  ASSERT_EQ(r.sentences().size(), 4u);
  const auto& p0 = r.paragraphs()[0];
  EXPECT_EQ(p0.sentence_count, 2u);
  EXPECT_EQ(p0.scores.by_category[rhetor::kLoaded].count, 2u);
  EXPECT_DOUBLE_EQ(p0.scores.by_category[rhetor::kLoaded].weight, 3.0);
  EXPECT_EQ(p0.scores.by_category[rhetor::kHedge].count, 1u);
  EXPECT_EQ(p0.scores.by_category[rhetor::kBooster].count, 1u);
  EXPECT_EQ(p0.scores.tokens, 9u);
  EXPECT_DOUBLE_EQ(p0.scores.density(rhetor::kLoaded), 100.0 * 2 / 9);
  EXPECT_DOUBLE_EQ(p0.scores.weight_density(rhetor::kLoaded), 100.0 * 3 / 9);
  const auto& p1 = r.paragraphs()[1];
  EXPECT_EQ(p1.scores.by_category[rhetor::kLoaded].quoted_count, 2u);
  EXPECT_EQ(p1.scores.by_category[rhetor::kLoaded].author_count, 0u);
  EXPECT_EQ(p1.scores.attributions, 1u);
  EXPECT_EQ(p1.attribution_count, 1u);
  EXPECT_EQ(p1.scores.quoted_tokens, 4u);  // The regime is corrupt
  EXPECT_DOUBLE_EQ(p1.scores.quoted_share(), double(p1.scores.quoted_tokens) / p1.scores.tokens);
  EXPECT_DOUBLE_EQ(p1.attributions_per_sentence(), 0.5);
  const auto& s1 = r.sentences()[1];
  EXPECT_EQ(r.text(s1.span), "Perhaps it was certainly over.");
  ASSERT_EQ(r.matches_of(s1).size(), 2u);
  EXPECT_EQ(r.matches_of(s1)[0].category, rhetor::kHedge);
  EXPECT_EQ(r.matches_of(s1)[1].category, rhetor::kBooster);
  EXPECT_EQ(r.document().tokens, r.paragraphs()[0].scores.tokens + r.paragraphs()[1].scores.tokens);
  EXPECT_EQ(rhetor::to_string(rhetor::Voice::author), "author");
  EXPECT_EQ(rhetor::to_string(rhetor::Voice::quoted), "quoted");
}

TEST(ReportStructure, EntryPointersAndTags) {
  const Analyzer a(Lexicon::from_string("[loaded #smear =2]\nregime #state\n"));
  const auto r = a.analyze("The regime.");
  ASSERT_EQ(r.matches().size(), 1u);
  const auto* e = r.matches()[0].entry;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->pattern, "regime");
  EXPECT_EQ(e->tags, (std::vector<std::string>{"smear", "state"}));
  EXPECT_EQ(e->origin, "<string>:2");
  EXPECT_EQ(r.matches()[0].category_name, "loaded");
}

TEST(ReportStructure, ReportOutlivesItsAnalyzer) {
  rhetor::Report r;
  {
    const Analyzer a(Lexicon::from_string("[loaded]\nregime\n"));
    r = a.analyze("The regime.");
  }
  ASSERT_EQ(r.matches().size(), 1u);
  EXPECT_EQ(r.matches()[0].category_name, "loaded");
  EXPECT_EQ(r.matches()[0].entry->pattern, "regime");
  EXPECT_EQ(r.category_names()[0], "loaded");
}

TEST(ReportStructure, SampleOpEdWithDefaultPack) {
  const rhetor::Analyzer a;
  const auto r = a.analyze(rhetor::test::read_repo("examples/sample-op-ed.txt"));
  check_invariants(r);
  EXPECT_EQ(r.paragraphs().size(), 9u);
  EXPECT_GT(r.matches().size(), 10u);
  EXPECT_GT(r.attributions().size(), 3u);
}

// --- quotes ----------------------------------------------------------------------

TEST(ReportQuotes, SpansIncludeTheMarks) {
  const auto r = analyzer().analyze("He said \u201Cno way\u201D and \u00ABjamais\u00BB.");
  ASSERT_EQ(r.quotes().size(), 2u);
  EXPECT_EQ(r.text(r.quotes()[0].span), "\u201Cno way\u201D");
  EXPECT_EQ(r.quotes()[0].word_tokens, 2u);
  EXPECT_EQ(r.text(r.quotes()[1].span), "\u00ABjamais\u00BB");
}

TEST(ReportQuotes, NestedSingleInsideDouble) {
  const auto r = analyzer().analyze("She said: \u201CThey called it \u2018a regime\u2019 openly.\u201D");
  ASSERT_EQ(r.quotes().size(), 2u);
  EXPECT_EQ(r.text(r.quotes()[0].span), "\u201CThey called it \u2018a regime\u2019 openly.\u201D");
  EXPECT_EQ(r.text(r.quotes()[1].span), "\u2018a regime\u2019");
}

TEST(ReportQuotes, QuotationOpenAtParagraphEndRunsToIt) {
  const auto r = analyzer().analyze("He said: \u201CThe regime is corrupt.\n\nNext paragraph.");
  ASSERT_GE(r.quotes().size(), 1u);
  EXPECT_EQ(r.quotes()[0].paragraph, 0u);
  EXPECT_LE(r.quotes()[0].span.end, r.paragraphs()[0].span.end);
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded) EXPECT_EQ(m.voice, rhetor::Voice::quoted);
}

// --- attribution linking ---------------------------------------------------------

struct Linked {
  std::string cue, source, content;
};

Linked link(std::string_view text) {
  const auto r = analyzer().analyze(text);
  EXPECT_EQ(r.attributions().size(), 1u) << text;
  if (r.attributions().empty()) return {};
  const auto& a = r.attributions()[0];
  return {std::string(r.text(a.cue)), a.source ? std::string(r.text(*a.source)) : "<null>",
          a.content ? std::string(r.text(*a.content)) : "<null>"};
}

TEST(AttributionLinking, SourceBeforeCueWithThatClause) {
  const auto l = link("The minister said that prices will rise.");
  EXPECT_EQ(l.cue, "said");
  EXPECT_EQ(l.source, "The minister");
  EXPECT_EQ(l.content, "prices will rise");
}

TEST(AttributionLinking, PronounAndAuxiliaries) {
  const auto l = link("He has repeatedly warned that the regime is corrupt.");
  EXPECT_EQ(l.cue, "warned");
  EXPECT_EQ(l.source, "He");
  EXPECT_EQ(l.content, "the regime is corrupt");
}

TEST(AttributionLinking, ClauseThenCommaThenSource) {
  const auto l = link("Prices will rise, he said.");
  EXPECT_EQ(l.source, "he");
  EXPECT_EQ(l.content, "Prices will rise");
}

TEST(AttributionLinking, QuotationThenInvertedSource) {
  const auto l = link("\u201CPrices will rise,\u201D said the minister.");
  EXPECT_EQ(l.source, "the minister");
  EXPECT_EQ(l.content, "\u201CPrices will rise,\u201D");  // the quotation, marks included
}

TEST(AttributionLinking, SourceThenColonQuotation) {
  const auto l = link("The spokesman told reporters: \u201CWe have asked every question.\u201D");
  EXPECT_EQ(l.cue, "told");
  EXPECT_EQ(l.source, "The spokesman");
  // The content is the quotation the colon introduces, not "reporters: ...".
  EXPECT_EQ(l.content, "\u201CWe have asked every question.\u201D");
}

TEST(AttributionLinking, Prepositional) {
  const auto l = link("According to officials, the plan failed.");
  EXPECT_EQ(l.cue, "According to");
  EXPECT_EQ(l.source, "officials");
  EXPECT_EQ(l.content, "the plan failed");
  const auto l2 = link("The plan failed, according to officials.");
  EXPECT_EQ(l2.source, "officials");
  EXPECT_EQ(l2.content, "The plan failed");
}

TEST(AttributionLinking, LongTitledSourceKeepsTheName) {
  const auto l = link(
      "In a recent statement, the secretary general of the military organization Jens Stoltenberg highlighted "
      "the provision of billions of euros.");
  EXPECT_NE(l.source.find("Jens Stoltenberg"), std::string::npos) << l.source;
  EXPECT_EQ(l.content, "the provision of billions of euros");
}

TEST(AttributionLinking, NoSourceIsNull) {
  const auto r = analyzer().analyze("\u201CNo,\u201D said.");
  ASSERT_EQ(r.attributions().size(), 1u);
  EXPECT_FALSE(r.attributions()[0].source.has_value());
}

}  // namespace
