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

// The author's sentence before a post: one that names the poster, or one on a
// line of its own before the post's line.
TEST(EmbeddedPost, TheAuthorsOwnSentencesBeforeItAreNotThePost) {
  for (const char* s : {"Sam Poe said the vote was close. Big day \u2014 Sam Poe (@sampoe) May 1, 2019",
                        "The senator said the vote was close.\nBig day \u2014 Sam Poe (@sampoe) May 1, 2019",
                        "The senator said on Twitter that @sampoe was wrong. Big day \u2014 Sam Poe (@sampoe) May 1, 2019"}) {
    const auto p = posts(english().analyze(s));
    ASSERT_EQ(p.size(), 1u) << s;
    EXPECT_EQ(p[0].content, "Big day") << s;
  }
}

// A post's own reporting words ("said", "told", "disclosure") do not end it:
// the post is its whole paragraph, and its loaded words are the poster's.
TEST(EmbeddedPost, APostsOwnReportingWordsStayInThePost) {
  const auto r = english().analyze(
      "Critics answered at once.\n\n"
      "The agency said nothing for a week. This disclosure is a disgrace. \u2014 Ann Lee (@annlee) June 2, 2020\n\n"
      "Officials told us the plan was sound. \u2014 City Desk (@citydesk) June 2, 2020\n\n"
      "The council met later.");
  const auto p = posts(r);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].content, "The agency said nothing for a week. This disclosure is a disgrace");
  EXPECT_EQ(p[1].source, "City Desk");
  EXPECT_EQ(p[1].content, "Officials told us the plan was sound");  // the whole post is a sentence with a cue
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded && r.text(m.span) == "disgrace") EXPECT_EQ(m.voice, rhetor::Voice::quoted);
}

// Markup kept in the text names the poster without being the author's sentence.
TEST(EmbeddedPost, TheNameInAPostsMarkupIsNoAuthorsSentence) {
  const auto p = posts(english().analyze(
      "Intro.\n\n<tweet id=\"1\" author=\"Sam Poe\">We asked for help. Big day \u2014 Sam Poe (@sampoe) May 1, 2019</tweet>."));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].content, "We asked for help. Big day");
}

// A post is a tweet's length: the author's sentences that the page's text
// extraction glued into the post's paragraph stay the author's.
TEST(EmbeddedPost, AuthorTextGluedBeforeAPostStaysTheAuthors) {
  const std::string author =
      "The mayor's critics have spent the week trying to smear the whole department, and they will not stop. "
      "Their campaign is a disgrace to the city and everyone here knows it. "
      "The department answered every question put to it at three public hearings this spring, published "
      "its full budget online and invited the council to review every single complaint filed since 2015. "
      "Here are some of the replies that came in from residents. ";
  const std::string post = "We stand with our officers tonight and every night. Thank you for keeping us safe.";
  const auto r = english().analyze("Intro.\n\n" + author + post + " \u2014 Kim Doe (@kimdoe) May 3, 2021\n\nNext.");
  const auto p = posts(r);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].content, "Here are some of the replies that came in from residents. " + post.substr(0, post.size() - 1));
  for (const auto& m : r.matches())
    if (m.category == rhetor::kLoaded && r.text(m.span) == "disgrace") EXPECT_EQ(m.voice, rhetor::Voice::author);
}

// Handles with '_' (split into several tokens), names with '!', '?', '#', a
// company's "Inc.", a handle on the next line, a post starting with a mention.
TEST(EmbeddedPost, SignatureVariantsOfRealPages) {
  const auto r = english().analyze(
      "Replies poured in.\n\n"
      "What a night! \u2014 Deplorable Jack! (@jack_b_2) May 5, 2017\n\n"
      "Shares are up. \u2014 Acme Inc. (@Acme) September 5, 2017\n\n"
      "#KatesLaw now! \u2014 ???Steff???\n(@steff_t) December 1, 2017\n\n"
      "@jane_roe, your plan is a joke https://t.co/Ab12 \u2014 #KTV7 San Diego (@KTV_7) May 1, 2018");
  const auto p = posts(r);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].source, "Deplorable Jack!");
  EXPECT_EQ(p[0].content, "What a night");
  EXPECT_EQ(p[1].source, "Acme Inc.");
  EXPECT_EQ(p[1].content, "Shares are up");
  EXPECT_EQ(p[2].source, "???Steff???");
  EXPECT_EQ(p[2].content, "#KatesLaw now");
  EXPECT_EQ(p[3].source, "#KTV7 San Diego");
  EXPECT_EQ(p[3].content, "@jane_roe, your plan is a joke https://t.co/Ab12");
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

// A signature's date may end in a time; the next post starts after it.
TEST(EmbeddedPost, ATimeAfterTheDateIsPartOfTheSignature) {
  const auto p = posts(english().analyze(
      "Intro.\n\nVote now. \u2014 Ann Lee (@annlee) June 2, 2020 at 10:32 AM The plan is a sham. "
      "\u2014 Bo Diaz (@bodiaz) June 2, 2020 at 11:02pm\n\nNext."));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].content, "Vote now");
  EXPECT_EQ(p[1].content, "The plan is a sham");
  // the date ends with its year; what follows is the next post
  const auto q = posts(english().analyze(
      "Intro.\n\nVote now. \u2014 Ann Lee (@annlee) June 2, 2020 Mother Jones readers agree. "
      "\u2014 Bo Diaz (@bodiaz) June 2, 2020 #Vote Polls close at eight. \u2014 Cy Oh (@cyoh) June 2, 2020\n\nNext."));
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[1].content, "Mother Jones readers agree");
  EXPECT_EQ(q[2].content, "#Vote Polls close at eight");
}

// The ICU segmenter keeps "@handle" one token ("@big_jo"): the same posts.
TEST(EmbeddedPost, TheIcuSegmenterFindsTheSamePosts) {
  rhetor::AnalyzerOptions o;
  o.segmenter = rhetor::Segmenter::icu;
  static const rhetor::Analyzer icu(rhetor::Lexicon::english(), o);
  const char* text =
      "Replies poured in.\n\n"
      "What a disgrace! \u2014 Big Jo! (@big_jo) May 5, 2017\n\n"
      "Shares are up. \u2014 Acme Inc. (@Acme) September 5, 2017\n\n"
      "@jo_poe said the plan was bad. Big day \u2014 Jo Poe (@jo_poe) May 1, 2019";
  for (const rhetor::Analyzer* a : {&english(), &icu}) {
    const auto r = a->analyze(text);
    const auto p = posts(r);
    ASSERT_EQ(p.size(), 3u);
    EXPECT_EQ(p[0].source, "Big Jo!");
    EXPECT_EQ(p[0].content, "What a disgrace");
    EXPECT_EQ(p[1].source, "Acme Inc.");
    EXPECT_EQ(p[2].content, "Big day");  // the sentence naming the poster's handle is the author's
  }
}

TEST(EmbeddedPost, DashesWithoutAHandleAreNoSignature) {
  for (const char* s : {"The senator \u2014 John McCain (R-Ariz.) \u2014 said no.",
                        "Prices rose - Acme Corp (the maker) said so.",
                        "\u2014 Jane Roe (@MayorRoe) May 3, 2021"})  // nothing before the signature
    EXPECT_TRUE(posts(english().analyze(s)).empty()) << s;
}

}  // namespace
