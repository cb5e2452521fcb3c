// Golden tests with the default English pack on real op-eds: the seed article
// ../shared/seed/bakhmut-op-ed.txt (skipped when absent) and examples/sample-op-ed.txt.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/json.hpp>

#include <algorithm>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

using rhetor::kAttribution;
using rhetor::kBooster;
using rhetor::kHedge;
using rhetor::kLoaded;
using rhetor::Voice;

const rhetor::Analyzer& english() {
  static const rhetor::Analyzer a;
  return a;
}

std::string describe(const rhetor::Report& r, std::string_view text) {
  std::string out;
  for (const auto& m : r.matches())
    if (r.text(m.span).find(text) != std::string_view::npos || text.find(r.text(m.span)) != std::string_view::npos)
      out += "  " + std::string(m.category_name) + "/" + std::string(rhetor::to_string(m.voice)) + " \"" +
             std::string(r.text(m.span)) + "\"\n";
  return out.empty() ? "  (no overlapping match)\n" : out;
}

// The match of `category` whose text is exactly `text`.
const rhetor::Match* find(const rhetor::Report& r, std::string_view text, rhetor::CategoryId category) {
  for (const auto& m : r.matches())
    if (m.category == category && r.text(m.span) == text) return &m;
  return nullptr;
}

class SeedArticle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = rhetor::test::read_shared("seed/bakhmut-op-ed.txt");
    if (text_) report_.emplace(english().analyze(*text_));
  }
  void SetUp() override {
    if (!text_) GTEST_SKIP() << "../shared/seed/bakhmut-op-ed.txt not found: the seed golden tests need the shared "
                                "data directory next to the repository";
  }
  static const rhetor::Report& report() { return *report_; }
  static std::optional<std::string> text_;
  static std::optional<rhetor::Report> report_;
};
std::optional<std::string> SeedArticle::text_;
std::optional<rhetor::Report> SeedArticle::report_;

TEST_F(SeedArticle, PuppetOfTheWestIsLoadedInTheAuthorsVoice) {
  const auto* m = find(report(), "puppet of the West", kLoaded);
  ASSERT_NE(m, nullptr) << describe(report(), "puppet of the West");
  EXPECT_EQ(m->voice, Voice::author);
  EXPECT_FALSE(m->scare_quote);
}

TEST_F(SeedArticle, FourthReichIsLoadedInQuotedVoice) {
  const auto* m = find(report(), "Fourth Reich", kLoaded);
  ASSERT_NE(m, nullptr) << describe(report(), "Fourth Reich");
  EXPECT_EQ(m->voice, Voice::quoted);
}

TEST_F(SeedArticle, Hedges) {
  for (std::string_view h : {"remains to be seen", "difficult to predict"}) {
    const auto* m = find(report(), h, kHedge);
    EXPECT_NE(m, nullptr) << h << " is not a hedge:\n" << describe(report(), h);
    if (m) EXPECT_EQ(m->voice, Voice::author);
  }
}

TEST_F(SeedArticle, Boosters) {
  for (std::string_view b : {"Certainly", "Obviously"}) {
    const auto* m = find(report(), b, kBooster);
    EXPECT_NE(m, nullptr) << b << " is not a booster:\n" << describe(report(), b);
    if (m) EXPECT_FALSE(m->negated);
  }
}

TEST_F(SeedArticle, LoadedLanguageByVoiceIsReportedApart) {
  const auto& L = report().document().by_category[kLoaded];
  EXPECT_GE(L.author_count, 1u);
  EXPECT_GE(L.quoted_count, 1u);
  EXPECT_EQ(L.author_count + L.quoted_count, L.count);
}

std::size_t paragraph_containing(const rhetor::Report& r, std::string_view needle) {
  for (std::size_t i = 0; i < r.paragraphs().size(); ++i)
    if (r.text(r.paragraphs()[i].span).find(needle) != std::string_view::npos) return i;
  return r.paragraphs().size();
}

bool has_source(const rhetor::Report& r, const rhetor::Paragraph& p, std::initializer_list<std::string_view> names) {
  for (const auto& a : r.attributions_of(p)) {
    if (!a.source) continue;
    const auto src = r.text(*a.source);
    for (auto n : names)
      if (src.find(n) != std::string_view::npos) return true;
  }
  return false;
}

std::string sources(const rhetor::Report& r, const rhetor::Paragraph& p) {
  std::string out;
  for (const auto& a : r.attributions_of(p))
    out += "  cue \"" + std::string(r.text(a.cue)) + "\" source \"" +
           (a.source ? std::string(r.text(*a.source)) : std::string("<none>")) + "\"\n";
  return out;
}

TEST_F(SeedArticle, StoltenbergAndDanilovParagraphsHaveTheHighestAttributionDensity) {
  const auto& r = report();
  const std::size_t stoltenberg = paragraph_containing(r, "Jens Stoltenberg highlighted");
  const std::size_t danilov = paragraph_containing(r, "Oleksiy Danilov");
  ASSERT_LT(stoltenberg, r.paragraphs().size());
  ASSERT_LT(danilov, r.paragraphs().size());
  ASSERT_NE(stoltenberg, danilov);

  // Rank paragraphs by attribution events per 100 tokens, and per sentence.
  std::vector<std::size_t> order(r.paragraphs().size());
  std::iota(order.begin(), order.end(), 0);
  auto top2 = [&](auto key) {
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return key(r.paragraphs()[a]) > key(r.paragraphs()[b]); });
    std::string table;
    for (auto i : order)
      table += "  paragraph " + std::to_string(i) + ": " + std::to_string(key(r.paragraphs()[i])) + "\n";
    return std::make_pair(std::vector<std::size_t>{order[0], order[1]}, table);
  };
  const auto [by_tokens, t1] = top2([](const rhetor::Paragraph& p) { return p.attribution_density(); });
  EXPECT_TRUE((by_tokens == std::vector<std::size_t>{stoltenberg, danilov} ||
               by_tokens == std::vector<std::size_t>{danilov, stoltenberg}))
      << "expected paragraphs " << stoltenberg << " and " << danilov << " on top by attributions per 100 tokens:\n"
      << t1;
  const auto [by_sentences, t2] = top2([](const rhetor::Paragraph& p) { return p.attributions_per_sentence(); });
  EXPECT_TRUE((by_sentences == std::vector<std::size_t>{stoltenberg, danilov} ||
               by_sentences == std::vector<std::size_t>{danilov, stoltenberg}))
      << "expected paragraphs " << stoltenberg << " and " << danilov << " on top by attributions per sentence:\n"
      << t2;

  const auto& ps = r.paragraphs()[stoltenberg];
  EXPECT_TRUE(has_source(r, ps, {"Jens Stoltenberg"})) << "sources in the Stoltenberg paragraph:\n" << sources(r, ps);
  // Danilov is named once, then referred to as "The secretary" and "He".
  const auto& pd = r.paragraphs()[danilov];
  EXPECT_TRUE(has_source(r, pd, {"Danilov", "The secretary"})) << "sources in the Danilov paragraph:\n"
                                                               << sources(r, pd);
}

TEST_F(SeedArticle, DanilovQuotationsAreQuotedVoice) {
  const auto& r = report();
  const std::size_t danilov = paragraph_containing(r, "Oleksiy Danilov");
  ASSERT_LT(danilov, r.paragraphs().size());
  const auto& p = r.paragraphs()[danilov];
  EXPECT_GT(p.scores.quoted_tokens, 0u);
  // "historic opportunity" is inside Danilov's curly-quoted statement.
  for (const auto& m : r.matches_of(p))
    if (r.text(m.span) == "historic") EXPECT_EQ(m.voice, Voice::quoted);
}

TEST_F(SeedArticle, JsonIsWellFormedForTheSeed) {
  const std::string j = rhetor::to_json(report());
  EXPECT_NE(j.find("\"puppet of the West\""), std::string::npos);
  EXPECT_NE(j.find("\"Fourth Reich\""), std::string::npos);
}

// --- examples/sample-op-ed.txt (in the repository) ------------------------------------

class SampleOpEd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = rhetor::test::read_repo("examples/sample-op-ed.txt");
    report_.emplace(english().analyze(text_));
  }
  static std::string text_;
  static std::optional<rhetor::Report> report_;
};
std::string SampleOpEd::text_;
std::optional<rhetor::Report> SampleOpEd::report_;

TEST_F(SampleOpEd, NamedRules) {
  const auto& r = *report_;
  // "no doubt" boosts, "doubt" alone (in "benefit of the doubt") is not inside it
  bool no_doubt = false;
  for (const auto& m : r.matches())
    no_doubt |= m.category == kBooster && r.text(m.span).find("no doubt") != std::string_view::npos;
  EXPECT_TRUE(no_doubt) << describe(r, "no doubt");
  EXPECT_EQ(find(r, "doubt", kHedge), nullptr) << describe(r, "doubt");
  // "in May" is the month
  for (const auto& m : r.matches()) EXPECT_NE(r.text(m.span), "May") << m.category_name;
  // hedges named in the issue
  EXPECT_NE(find(r, "remains to be seen", kHedge), nullptr) << describe(r, "remains to be seen");
  EXPECT_NE(find(r, "difficult to predict", kHedge), nullptr) << describe(r, "difficult to predict");
  EXPECT_NE(find(r, "Obviously", kBooster), nullptr);
}

TEST_F(SampleOpEd, ScareQuoteAndQuotedLoadedLanguage) {
  const auto& r = *report_;
  bool oversight_scare = false;
  for (const auto& q : r.quotes())
    if (r.text(q.span).find("oversight committee") != std::string_view::npos) oversight_scare = q.scare;
  EXPECT_TRUE(oversight_scare) << "the so-called \"oversight committee\" is a scare quote";
  for (const auto& m : r.matches())
    if (m.category == kLoaded && (r.text(m.span) == "bloodbath" || r.text(m.span) == "annihilated"))
      EXPECT_EQ(m.voice, Voice::quoted) << r.text(m.span);
}

TEST_F(SampleOpEd, AttributionSources) {
  const auto& r = *report_;
  bool reyes = false, abara = false;
  for (const auto& a : r.attributions()) {
    if (!a.source) continue;
    const auto s = r.text(*a.source);
    reyes |= s.find("Tom Reyes") != std::string_view::npos;
    abara |= s.find("Ruth Abara") != std::string_view::npos || s.find("committee chair") != std::string_view::npos;
  }
  EXPECT_TRUE(reyes) << "\"...,\" said Tom Reyes: source not found";
  EXPECT_TRUE(abara) << "The committee chair, Councillor Ruth Abara, told reporters: source not found";
}

}  // namespace

namespace {

// One statement is one attribution event: a reporting verb followed by a colon and
// a quotation must not be counted twice (verb cue + colon cue).
TEST(DefaultPackAttribution, VerbColonQuotationIsOneEvent) {
  for (const char* text : {"He also stated: \u201Cwe have to understand that.\u201D",
                           "The secretary said: \u201CIt could happen tomorrow.\u201D",
                           "The committee chair told reporters: \u201CWe will not back down.\u201D"}) {
    const auto r = english().analyze(text);
    std::string cues;
    for (const auto& a : r.attributions()) cues += " \"" + std::string(r.text(a.cue)) + "\"";
    EXPECT_EQ(r.attributions().size(), 1u) << text << "\n  cues:" << cues;
    EXPECT_EQ(r.document().attributions, 1u) << text;
  }
}

}  // namespace

namespace {
// Issue 7: speakers resolved in the seed article, quotations followed across sentences.
TEST_F(SeedArticle, SpeakersAreResolved) {
  const auto& r = report();
  auto find_cue = [&](std::string_view cue, std::string_view source) -> const rhetor::Attribution* {
    for (const auto& a : r.attributions())
      if (r.text(a.cue) == cue && a.source && r.text(*a.source) == source) return &a;
    return nullptr;
  };
  const auto* reaffirmed = find_cue("reaffirmed", "He");
  ASSERT_NE(reaffirmed, nullptr);
  ASSERT_TRUE(reaffirmed->speaker.has_value());
  EXPECT_EQ(r.text(*reaffirmed->speaker), "Jens Stoltenberg");
  const auto* secretary = find_cue("said", "The secretary");
  ASSERT_NE(secretary, nullptr);
  ASSERT_TRUE(secretary->speaker.has_value());
  EXPECT_EQ(r.text(*secretary->speaker), "Oleksiy Danilov");
  EXPECT_FALSE(secretary->anonymous);
  const auto* stated = find_cue("stated:", "He");
  ASSERT_NE(stated, nullptr);
  ASSERT_TRUE(stated->speaker.has_value());
  EXPECT_EQ(r.text(*stated->speaker), "Oleksiy Danilov");
  // the quotation after it, with no cue of its own, is part of the same event
  ASSERT_EQ(stated->contents.size(), 2u);
  EXPECT_EQ(r.text(stated->contents[1]), "\"It could happen tomorrow, the day after tomorrow or in a week.\"");
  // quoted voice inside those parts; "officials" are anonymous
  const auto* officials = find_cue("echo", "Ukrainian officials");
  ASSERT_NE(officials, nullptr);
  EXPECT_TRUE(officials->anonymous);
}
}  // namespace
