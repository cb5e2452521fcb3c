// rhetor/html.hpp: markup invariants (the browser test checks the rendered page).
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/html.hpp>
#include <rhetor/json.hpp>

#include <nlohmann/json.hpp>
#include <string>

namespace {

using rhetor::Analyzer;

std::size_t count(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

// Opening and closing tags balance for the elements the renderer nests and splits.
void expect_balanced(const std::string& html) {
  for (const char* tag : {"mark", "span", "p", "g", "a", "article", "table", "svg"})
    EXPECT_EQ(count(html, std::string("<") + tag + " ") + count(html, std::string("<") + tag + ">"),
              count(html, std::string("</") + tag + ">"))
        << tag;
}

TEST(Html, EveryMatchIsAnElementWithCodePointOffsets) {
  Analyzer a;
  const std::string text = "Café owners said the “thugs” were probably paid.\n\nThe regime is utterly corrupt.";
  const auto r = a.analyze(text);
  const std::string html = rhetor::to_html(r, {.title = "t"});
  const auto j = nlohmann::json::parse(rhetor::to_json(r));
  ASSERT_FALSE(j["matches"].empty());
  for (std::size_t i = 0; i < j["matches"].size(); ++i) {
    const auto& m = j["matches"][i];
    const std::string attrs = "data-category=\"" + m["category"].get<std::string>() + "\" data-start=\"" +
                              std::to_string(m["start"].get<int>()) + "\" data-end=\"" +
                              std::to_string(m["end"].get<int>()) + "\" data-match=\"" + std::to_string(i) + "\"";
    EXPECT_NE(html.find(attrs), std::string::npos) << attrs;
  }
  EXPECT_EQ(count(html, "<svg"), 1u);
  EXPECT_EQ(count(html, "<g class=\"pg\" data-paragraph="), r.paragraphs().size());
  expect_balanced(html);
}

TEST(Html, SelfContainedWithStrictCsp) {
  Analyzer a;
  const std::string html = rhetor::to_html(a.analyze("Officials said it is probably a sham."));
  EXPECT_NE(html.find("default-src 'none'; style-src 'sha256-"), std::string::npos);
  EXPECT_EQ(count(html, "<style>"), 1u);
  EXPECT_EQ(count(html, "<script>"), 1u);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
  const std::string no_script = rhetor::to_html(a.analyze("x"), {.script = false});
  EXPECT_EQ(no_script.find("<script"), std::string::npos);
  EXPECT_NE(no_script.find("script-src 'none'"), std::string::npos);
}

TEST(Html, CrossingSpansAreSplitIntoFragments) {
  // Three matches in a chain, each overlapping the next without nesting.
  auto lex = rhetor::Lexicon::from_string("[loaded]\nwar machine\n[hedge]\nmachine politics\n[topic]\npolitics of it\n");
  Analyzer a(lex);
  const auto r = a.analyze("The war machine politics of it.");
  ASSERT_EQ(r.matches().size(), 3u);
  const std::string html = rhetor::to_html(r);
  expect_balanced(html);
  EXPECT_EQ(count(html, "data-match=\"1\""), 2u);  // continues after "war machine" closes
  EXPECT_EQ(count(html, "data-match=\"2\""), 2u);
  EXPECT_EQ(count(html, " cont\" data-category="), 2u);
  EXPECT_EQ(count(html, "tabindex=\"0\""), 3u);    // one tooltip per match, not per fragment
  EXPECT_NE(html.find("data-category=\"topic\""), std::string::npos);
}

TEST(Html, EscapesTextAndNamesAndRepairsBytes) {
  Analyzer a;
  const std::string bad = std::string("<b>&\"x\"</b> corrupt \xFF regime");
  const auto r1 = a.analyze(bad), r2 = a.analyze("Perhaps.");
  std::vector<rhetor::NamedReport> named = {{"<one>", &r1}, {"two & more", &r2}};
  const std::string html = rhetor::to_html(named);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<one>"), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(html.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(html.find('\xFF'), std::string::npos);
  EXPECT_NE(html.find("class=\"index\""), std::string::npos);
  EXPECT_EQ(count(html, "<g class=\"dc\" data-document="), 2u);
  expect_balanced(html);
}

TEST(Html, OneDocumentHasNoIndex) {
  Analyzer a;
  const auto r = a.analyze("It is certainly a sham.");
  const std::string html = rhetor::to_html(r, {.title = "doc"});
  EXPECT_EQ(html.find("class=\"index\""), std::string::npos);
  const std::vector<rhetor::NamedReport> one = {{"doc", &r}};
  EXPECT_EQ(rhetor::to_html(one), html);
}

TEST(Html, EmptyText) {
  Analyzer a;
  const std::string html = rhetor::to_html(a.analyze(""));
  EXPECT_NE(html.find("</html>"), std::string::npos);
  expect_balanced(html);
}

}  // namespace
