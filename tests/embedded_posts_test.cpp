// Embedded social-media posts (src/embedded_posts.cpp, the signature rule in
// src/context_rules.cpp): "... — Name (@handle) Date" attributes the post
// before it to Name, in quoted voice. Texts are our own.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>

#include <string>
#include <vector>

namespace {

const rhetor::Analyzer& english() {
  static const rhetor::Analyzer a;
  return a;
}

struct Post {
  std::string cue, source, speaker, content;
};

std::vector<Post> posts(const rhetor::Report& r) {
  std::vector<Post> out;
  for (const auto& a : r.attributions()) {
    const std::string cue(r.text(a.cue));
    if (cue != "\u2014" && cue != "-" && cue != "\u2013") continue;
    out.push_back({cue, a.source ? std::string(r.text(*a.source)) : "", a.speaker ? std::string(r.text(*a.speaker)) : "",
                   a.content ? std::string(r.text(*a.content)) : ""});
  }
  return out;
}

TEST(EmbeddedPost, SignatureAttributesThePostToItsAuthor) {
  const auto r = english().analyze(
      "The mayor answered online.\n\n"
      "We will rebuild the bridge. Nobody is above the law. pic.twitter.com/AbC123 \u2014 Jane Roe (@MayorRoe) May 3, 2021\n\n"
      "The council met on Tuesday.");
  const auto p = posts(r);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].source, "Jane Roe");
  EXPECT_EQ(p[0].speaker, "Jane Roe");
  EXPECT_EQ(p[0].content, "We will rebuild the bridge. Nobody is above the law. pic.twitter.com/AbC123");
  // the post's words are its author's: quoted voice, attributed
  bool found = false;
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded && r.text(m.span) == "above the law") {
      found = true;
      EXPECT_EQ(m.voice, rhetor::Voice::quoted);
      EXPECT_TRUE(m.attributed);
    }
  EXPECT_TRUE(found);
}

TEST(EmbeddedPost, SeveralPostsInOneParagraphEachGetTheirOwnText) {
  const auto r = english().analyze(
      "Reaction was swift. <post id=\"1\">The plan is a disgrace https://t.co/x1 \u2014 Ann Lee (@annlee) June 2, 2020</post>. "
      "<post id=\"2\">Our state reportedly lost the bid https://t.co/x2 -- The Daily Star (@dailystar) June 2, 2020</post>.");
  const auto p = posts(r);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].source, "Ann Lee");
  EXPECT_EQ(p[0].content, "The plan is a disgrace https://t.co/x1");
  EXPECT_EQ(p[1].source, "The Daily Star");
  EXPECT_EQ(p[1].content, "Our state reportedly lost the bid https://t.co/x2");
  // a cue inside the post reports no further than the signature
  for (const auto& a : r.attributions())
    if (r.text(a.cue) == "reportedly") {
      ASSERT_TRUE(a.content);
      EXPECT_EQ(r.text(*a.content), "lost the bid https://t.co/x2");
    }
}

TEST(EmbeddedPost, TheAuthorsOwnSentencesBeforeItAreNotThePost) {
  const auto r = english().analyze("The senator said the vote was close. Big day \u2014 Sam Poe (@sampoe) May 1, 2019");
  const auto p = posts(r);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].content, "Big day");
}

// A display name is whatever its owner typed: lower case, numbers, dots.
TEST(EmbeddedPost, DisplayNamesInAnyCaseWithNumbersAndMarks) {
  const auto r = english().analyze(
      "Fans answered online.\n\n"
      "What a disgrace of a referee. \u2014 Big Kev From 5th Street (@bigkev) May 3, 2021\n\n"
      "That call was a joke \u2014 kelly.m (@kellym) May 3, 2021\n\n"
      "Worst game ever! \u2014 Channel 7 Sports (@ch7sports) May 3, 2021");
  const auto p = posts(r);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].source, "Big Kev From 5th Street");
  EXPECT_EQ(p[0].content, "What a disgrace of a referee");
  EXPECT_EQ(p[1].source, "kelly.m");
  EXPECT_EQ(p[2].source, "Channel 7 Sports");
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded) EXPECT_EQ(m.voice, rhetor::Voice::quoted) << r.text(m.span);
}

TEST(EmbeddedPost, DashesWithoutAHandleAreNoSignature) {
  for (const char* s : {"The senator \u2014 John McCain (R-Ariz.) \u2014 said no.",
                        "Prices rose - Acme Corp (the maker) said so.",
                        "\u2014 Jane Roe (@MayorRoe) May 3, 2021"})  // nothing before the signature
    EXPECT_TRUE(posts(english().analyze(s)).empty()) << s;
}

}  // namespace
