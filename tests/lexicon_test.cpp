// rhetor/lexicon.hpp: the .lex grammar, error positions, .dic files, packs,
// merge, check_lexicon, lexicon_stats and the default pack.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/error.hpp>
#include <rhetor/lexicon.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using rhetor::Constraint;
using rhetor::Lexicon;
using rhetor::LexiconError;
using Strings = std::vector<std::string>;

// --- grammar ---------------------------------------------------------------

TEST(LexGrammar, SectionsGiveDefaultCategoryTagsAndWeight) {
  const auto lex = Lexicon::from_string(
      "[loaded #name-calling =2]\n"
      "thug\n"
      "war machine =3 #hyperbole\n"
      "[hedge]\n"
      "perhaps\n",
      "t.lex");
  ASSERT_EQ(lex.size(), 3u);
  const auto& e = lex.entries();
  EXPECT_EQ(e[0].category, "loaded");
  EXPECT_EQ(e[0].pattern, "thug");
  EXPECT_FLOAT_EQ(e[0].weight, 2.0f);
  EXPECT_EQ(e[0].tags, (Strings{"name-calling"}));
  EXPECT_EQ(e[1].pattern, "war machine");
  EXPECT_FLOAT_EQ(e[1].weight, 3.0f);
  EXPECT_EQ(e[1].tags, (Strings{"name-calling", "hyperbole"}));  // section tags, then the entry's
  EXPECT_EQ(e[2].category, "hedge");
  EXPECT_FLOAT_EQ(e[2].weight, 1.0f);
  EXPECT_TRUE(e[2].tags.empty());
  EXPECT_EQ(e[0].origin, "t.lex:2");
  EXPECT_EQ(e[2].origin, "t.lex:5");
}

TEST(LexGrammar, FieldsInAnyOrder) {
  const auto lex = Lexicon::from_string("[loaded]\npuppet of the West  #a @case =2.5 #b\n");
  ASSERT_EQ(lex.size(), 1u);
  const auto& e = lex.entries()[0];
  EXPECT_EQ(e.pattern, "puppet of the West");
  EXPECT_FLOAT_EQ(e.weight, 2.5f);
  EXPECT_EQ(e.tags, (Strings{"a", "b"}));
  EXPECT_TRUE(e.case_sensitive);
}

TEST(LexGrammar, WeightBounds) {
  EXPECT_FLOAT_EQ(Lexicon::from_string("[x]\nw =10\n").entries()[0].weight, 10.0f);
  EXPECT_FLOAT_EQ(Lexicon::from_string("[x]\nw =0.25\n").entries()[0].weight, 0.25f);
  EXPECT_THROW(Lexicon::from_string("[x]\nw =0\n"), LexiconError);
  EXPECT_THROW(Lexicon::from_string("[x]\nw =10.5\n"), LexiconError);
  EXPECT_THROW(Lexicon::from_string("[x]\nw =-1\n"), LexiconError);
}

TEST(LexGrammar, Constraints) {
  const auto lex = Lexicon::from_string(
      "[hedge]\n"
      "about =0.5 @next=<num>|nearly|Half\n"
      "said @!prev=the|aforementioned\n"
      "may @prev=<end>|<punct> @!next=<cap>|<quote>\n");
  ASSERT_EQ(lex.size(), 3u);
  const auto& a = lex.entries()[0];
  ASSERT_EQ(a.constraints.size(), 1u);
  EXPECT_EQ(a.constraints[0].where, Constraint::Where::next);
  EXPECT_FALSE(a.constraints[0].negated);
  EXPECT_EQ(a.constraints[0].words, (Strings{"<num>", "nearly", "half"}));  // words are normalized
  const auto& s = lex.entries()[1];
  ASSERT_EQ(s.constraints.size(), 1u);
  EXPECT_EQ(s.constraints[0].where, Constraint::Where::prev);
  EXPECT_TRUE(s.constraints[0].negated);
  EXPECT_EQ(s.constraints[0].words, (Strings{"the", "aforementioned"}));
  const auto& m = lex.entries()[2];
  ASSERT_EQ(m.constraints.size(), 2u);
  EXPECT_EQ(m.constraints[0].words, (Strings{"<end>", "<punct>"}));
  EXPECT_TRUE(m.constraints[1].negated);
  EXPECT_EQ(m.constraints[1].words, (Strings{"<cap>", "<quote>"}));
}

TEST(LexGrammar, ClosedWordClassesExpandToTheirMembers) {
  const auto lex = Lexicon::from_string(
      "[attribution]\n"
      "considered @!prev=<be>|widely\n"
      "likely @prev=<modal> @next=<det>|<pron>|<have>\n");
  ASSERT_EQ(lex.size(), 2u);
  const auto& be = lex.entries()[0].constraints.at(0).words;
  for (const char* w : {"be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am", "'m", "widely"})
    EXPECT_NE(std::find(be.begin(), be.end(), w), be.end()) << w;
  const auto& modal = lex.entries()[1].constraints.at(0).words;
  for (const char* w : {"can", "could", "may", "might", "must", "shall", "should", "will", "would", "'ll", "'d", "ca", "wo"})
    EXPECT_NE(std::find(modal.begin(), modal.end(), w), modal.end()) << w;
  const auto& next = lex.entries()[1].constraints.at(1).words;
  for (const char* w : {"the", "a", "their", "it", "they", "has", "'ve"})
    EXPECT_NE(std::find(next.begin(), next.end(), w), next.end()) << w;
  for (const auto& w : next) EXPECT_NE(w.front(), '<') << "class " << w << " left unexpanded";
}

TEST(LexGrammar, AlternativesExpandToTheProduct) {
  const auto lex = Lexicon::from_string("[hedge]\nremain/remains/remained to be seen/determined\n");
  ASSERT_EQ(lex.size(), 1u);  // one entry
  const auto forms = lex.entries()[0].expansions();
  ASSERT_EQ(forms.size(), 6u);
  EXPECT_EQ(forms[0], (Strings{"remain", "to", "be", "seen"}));
  EXPECT_NE(std::find(forms.begin(), forms.end(), Strings{"remained", "to", "be", "determined"}), forms.end());
}

TEST(LexGrammar, TrailingWildcardIsKept) {
  const auto lex = Lexicon::from_string("[loaded]\nnazi* =2.5\nfascis*/commie*\n");
  EXPECT_EQ(lex.entries()[0].expansions(), (std::vector<Strings>{{"nazi*"}}));
  EXPECT_EQ(lex.entries()[1].expansions(), (std::vector<Strings>{{"fascis*"}, {"commie*"}}));
}

TEST(LexGrammar, CommentsBlankLinesCrlfAndBom) {
  const auto lex = Lexicon::from_string(
      "\xEF\xBB\xBF# header comment\r\n"
      "\r\n"
      "   # indented comment\r\n"
      "[loaded]   # section comment\r\n"
      "thug =2 # trailing comment with words\r\n"
      "\t\r\n"
      "crook\r\n");
  ASSERT_EQ(lex.size(), 2u);
  EXPECT_EQ(lex.entries()[0].pattern, "thug");
  EXPECT_FLOAT_EQ(lex.entries()[0].weight, 2.0f);
  EXPECT_TRUE(lex.entries()[0].tags.empty());
  EXPECT_EQ(lex.entries()[1].pattern, "crook");
  EXPECT_EQ(lex.entries()[1].origin, "<string>:7");
}

TEST(LexGrammar, AnyCategoryNameIsAllowed) {
  const auto lex = Lexicon::from_string("[fear_appeal]\ncatastrophe\n[negator]\nnot\n");
  EXPECT_EQ(lex.entries()[0].category, "fear_appeal");
  EXPECT_EQ(lex.entries()[1].category, "negator");
  EXPECT_TRUE(rhetor::category::is_context("negator"));
  EXPECT_TRUE(rhetor::category::is_context("intensifier"));
  EXPECT_TRUE(rhetor::category::is_context("class-role"));
  EXPECT_FALSE(rhetor::category::is_context("source"));
  EXPECT_FALSE(rhetor::category::is_context("loaded"));
  EXPECT_FALSE(rhetor::category::is_context("fear_appeal"));
}

TEST(LexGrammar, FromStringManifest) {
  const auto lex = Lexicon::from_string("[x]\ny\n", "inline");
  EXPECT_EQ(lex.manifest().name, "inline");
  EXPECT_EQ(lex.manifest().files, (Strings{"inline"}));
}

// --- error positions ---------------------------------------------------------

struct BadLine {
  const char* text;
  std::size_t line, column;
  const char* offending;  // must equal LexiconError::offending_text()
  const char* message_part;
};

void PrintTo(const BadLine& b, std::ostream* os) { *os << '"' << b.text << '"'; }

class LexErrors : public ::testing::TestWithParam<BadLine> {};

TEST_P(LexErrors, NameFileLineColumnAndOffendingText) {
  const BadLine& b = GetParam();
  try {
    (void)Lexicon::from_string(b.text, "bad.lex");
    FAIL() << "no error for: " << b.text;
  } catch (const LexiconError& e) {
    EXPECT_EQ(e.file(), "bad.lex");
    EXPECT_EQ(e.line(), b.line) << e.what();
    EXPECT_EQ(e.column(), b.column) << e.what();
    EXPECT_EQ(e.offending_text(), b.offending) << e.what();
    EXPECT_NE(e.message().find(b.message_part), std::string::npos) << e.what();
    const std::string prefix = "bad.lex:" + std::to_string(b.line) + ":" + std::to_string(b.column) + ": ";
    EXPECT_EQ(std::string(e.what()).rfind(prefix, 0), 0u) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Malformed, LexErrors,
    ::testing::Values(
        BadLine{"[loaded]\nwar machine =x\n", 2, 13, "=x", "number"},
        BadLine{"[loaded\nfoo\n", 1, 1, "[loaded", "']'"},
        BadLine{"[loaded] extra\n", 1, 10, "extra", "after section header"},
        BadLine{"[9bad]\n", 1, 2, "9bad", "category name"},
        BadLine{"[loaded =abc]\n", 1, 9, "=abc", "section header"},
        BadLine{"[loaded #ok =0]\n", 1, 13, "=0", "weight"},
        BadLine{"thug\n[loaded]\n", 1, 1, "thug", "section"},
        BadLine{"[loaded]\n\n\nfoo =0\n", 4, 5, "=0", "weight"},
        BadLine{"[loaded]\nfoo =11\n", 2, 5, "=11", "weight"},
        BadLine{"[loaded]\nfoo =1 =2\n", 2, 8, "=2", "twice"},
        BadLine{"[loaded]\nfoo #bad!tag\n", 2, 5, "#bad!tag", "tag"},
        BadLine{"[loaded]\nfoo =2 bar\n", 2, 8, "bar", "pattern words"},
        BadLine{"[loaded]\nna*zi\n", 2, 3, "na*zi", "'*'"},
        BadLine{"[loaded]\nwar *\n", 2, 5, "*", "prefix"},
        BadLine{"[loaded]\nfoo//bar\n", 2, 5, "foo//bar", "alternative"},
        BadLine{"[loaded]\n/foo\n", 2, 1, "/foo", "alternative"},
        BadLine{"[loaded]\nfoo @nxt=a\n", 2, 5, "@nxt=a", "flag"},
        BadLine{"[loaded]\nfoo @next\n", 2, 5, "@next", "flag"},
        BadLine{"[loaded]\nfoo @next=\n", 2, 11, "", "'|'"},
        BadLine{"[loaded]\nfoo @next=a||b\n", 2, 11, "a||b", "'|'"},
        BadLine{"[loaded]\nfoo @next=<bogus>\n", 2, 11, "<bogus>", "class"},
        // The column points at the offending class, not at the start of the list.
        BadLine{"[loaded]\nfoo @prev=the|<nums>\n", 2, 15, "<nums>", "class"},
        BadLine{"[loaded]\nca\xFF" "fe\n", 2, 3, "\xFF", "UTF-8"},
        // Columns count code points, as editors show them.
        BadLine{"[loaded]\ncaf\xC3\xA9 =x\n", 2, 6, "=x", "number"},
        BadLine{"[loaded]\n\xE2\x80\x9Cquoted\xE2\x80\x9D #b@d\n", 2, 10, "#b@d", "tag"}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(LexErrorsFromFiles, PathLineAndColumnFromAFile) {
  const fs::path dir = fs::path(::testing::TempDir()) / "rhetor_lex_errors";
  fs::create_directories(dir);
  const fs::path file = dir / "broken.lex";
  std::ofstream(file) << "[loaded]\nfine\n  also fine =2\n  broken =2 #ok =oops\n";
  try {
    (void)Lexicon::load(file.string());
    FAIL() << "expected an error";
  } catch (const LexiconError& e) {
    EXPECT_EQ(e.file(), file.string());
    EXPECT_EQ(e.line(), 4u);
    EXPECT_EQ(e.column(), 17u);
    EXPECT_EQ(e.offending_text(), "=oops");
    EXPECT_EQ(std::string(e.what()).rfind(file.string() + ":4:17: ", 0), 0u) << e.what();
  }
}

// --- .dic ------------------------------------------------------------------

constexpr const char* kDic =
    "%\n"
    "1\tposemo\n"
    "2\tloaded\n"
    "3\thedge\n"
    "%\n"
    "happ*\t1\n"
    "thug\t2\t1\n"
    "perhaps 3\n";

TEST(DicFormat, ParsesHeaderAndWords) {
  const auto lex = Lexicon::from_dic_string(kDic, "t.dic");
  ASSERT_EQ(lex.size(), 4u);  // thug is in two categories
  const auto& e = lex.entries();
  EXPECT_EQ(e[0].category, "posemo");
  EXPECT_EQ(e[0].pattern, "happ*");
  EXPECT_EQ(e[1].category, "loaded");
  EXPECT_EQ(e[1].pattern, "thug");
  EXPECT_EQ(e[2].category, "posemo");
  EXPECT_EQ(e[2].pattern, "thug");
  EXPECT_EQ(e[3].category, "hedge");
  EXPECT_EQ(e[3].pattern, "perhaps");
  EXPECT_EQ(e[1].origin, "t.dic:7");
}

TEST(DicFormat, UnknownCategoryFlowsThroughAsExtraScoreColumn) {
  const rhetor::Analyzer a(Lexicon::from_dic_string(kDic, "t.dic"));
  const auto names = a.category_names();
  ASSERT_EQ(names.size(), 5u);
  EXPECT_EQ(names[0], "loaded");
  EXPECT_EQ(names[3], "attribution");
  EXPECT_EQ(names[4], "posemo");
  const int posemo = a.category_id("posemo");
  ASSERT_EQ(posemo, 4);
  const auto report = a.analyze("The happy thug was happier, perhaps.");
  const auto& doc = report.document();
  ASSERT_EQ(doc.by_category.size(), 5u);
  EXPECT_EQ(doc.by_category[static_cast<std::size_t>(posemo)].count, 3u);  // happy, thug, happier
  EXPECT_EQ(doc.by_category[rhetor::kLoaded].count, 1u);
  EXPECT_EQ(doc.by_category[rhetor::kHedge].count, 1u);
  const auto s = a.score_sentence("Happiness for all.");
  EXPECT_EQ(s.count[static_cast<std::size_t>(posemo)], 1u);
}

TEST(DicFormat, Errors) {
  auto error_of = [](const char* text) -> LexiconError {
    try {
      (void)Lexicon::from_dic_string(text, "e.dic");
    } catch (const LexiconError& e) {
      return e;
    }
    ADD_FAILURE() << "no error for " << text;
    return LexiconError("", 0, 0, "");
  };
  const auto no_header = error_of("happy\t1\n");
  EXPECT_EQ(no_header.line(), 1u);
  EXPECT_EQ(no_header.column(), 1u);
  const auto bad_row = error_of("%\nposemo 1\n%\n");
  EXPECT_EQ(bad_row.line(), 2u);
  const auto unknown = error_of("%\n1\tposemo\n%\nhappy\t1\t7\n");
  EXPECT_EQ(unknown.line(), 4u);
  EXPECT_EQ(unknown.column(), 9u);
  EXPECT_EQ(unknown.offending_text(), "7");
  const auto not_number = error_of("%\n1\tposemo\n%\nhappy\tx\n");
  EXPECT_EQ(not_number.line(), 4u);
  EXPECT_EQ(not_number.column(), 7u);
  const auto unclosed = error_of("%\n1\tposemo\n");
  EXPECT_NE(std::string(unclosed.what()).find("e.dic"), std::string::npos);
}

// --- packs -------------------------------------------------------------------

class PackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) / (std::string("rhetor_pack_") + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name, std::ios::binary) << text; }
  fs::path dir_;
};

TEST_F(PackTest, ManifestListsFilesInOrder) {
  write("manifest.txt",
        "# a pack\nname = newsroom\nversion = 1.2.3\nlanguage = en\nlicense = CC0\n"
        "description = house style words\nfiles = b.lex a.dic\n");
  write("a.dic", "%\n1\tposemo\n%\nglad\t1\n");
  write("b.lex", "[loaded]\nthug =2\n");
  write("ignored.lex", "[loaded]\nnot read\n");
  const auto lex = Lexicon::load(dir_.string());
  EXPECT_EQ(lex.manifest().name, "newsroom");
  EXPECT_EQ(lex.manifest().version, "1.2.3");
  EXPECT_EQ(lex.manifest().language, "en");
  EXPECT_EQ(lex.manifest().licence, "CC0");
  EXPECT_EQ(lex.manifest().description, "house style words");
  EXPECT_EQ(lex.manifest().files, (Strings{"b.lex", "a.dic"}));
  ASSERT_EQ(lex.size(), 2u);
  EXPECT_EQ(lex.entries()[0].pattern, "thug");
  EXPECT_EQ(lex.entries()[1].pattern, "glad");
  EXPECT_EQ(lex.entries()[1].category, "posemo");
  EXPECT_EQ(lex.entries()[0].origin, (dir_ / "b.lex").string() + ":2");
}

TEST_F(PackTest, WithoutFilesKeyReadsAllLexAndDicSorted) {
  write("manifest.txt", "name = auto\n");
  write("z.lex", "[loaded]\nzealot\n");
  write("a.lex", "[hedge]\nperhaps\n");
  write("m.dic", "%\n1\tposemo\n%\nglad\t1\n");
  write("notes.txt", "not a lexicon");
  const auto lex = Lexicon::from_directory(dir_.string());
  EXPECT_EQ(lex.manifest().files, (Strings{"a.lex", "m.dic", "z.lex"}));
  ASSERT_EQ(lex.size(), 3u);
  EXPECT_EQ(lex.entries()[0].pattern, "perhaps");
  EXPECT_EQ(lex.entries()[2].pattern, "zealot");
}

TEST_F(PackTest, WithoutManifestTheDirectoryNameIsTheName) {
  write("one.lex", "[loaded]\nthug\n");
  const auto lex = Lexicon::load(dir_.string());
  EXPECT_EQ(lex.manifest().name, dir_.filename().string());
  EXPECT_EQ(lex.size(), 1u);
}

TEST_F(PackTest, ErrorsNameTheFileInsideThePack) {
  write("manifest.txt", "files = good.lex bad.lex\n");
  write("good.lex", "[loaded]\nthug\n");
  write("bad.lex", "[loaded]\nthug =zero\n");
  try {
    (void)Lexicon::load(dir_.string());
    FAIL();
  } catch (const LexiconError& e) {
    EXPECT_EQ(e.file(), (dir_ / "bad.lex").string());
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.column(), 6u);
  }
}

TEST_F(PackTest, ManifestErrors) {
  write("manifest.txt", "name = x\ncolour = blue\n");
  write("a.lex", "[loaded]\nthug\n");
  try {
    (void)Lexicon::load(dir_.string());
    FAIL();
  } catch (const LexiconError& e) {
    EXPECT_EQ(e.file(), (dir_ / "manifest.txt").string());
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.column(), 1u);
  }
  write("manifest.txt", "files = a.lex missing.lex\n");
  EXPECT_THROW(Lexicon::load(dir_.string()), LexiconError);
}

TEST_F(PackTest, EmptyDirectoryAndWrongKinds) {
  EXPECT_THROW(Lexicon::from_directory(dir_.string()), LexiconError);  // no lexicon files
  write("a.lex", "[loaded]\nthug\n");
  EXPECT_THROW(Lexicon::from_file(dir_.string()), LexiconError);       // a directory
  EXPECT_THROW(Lexicon::from_directory((dir_ / "a.lex").string()), LexiconError);
  EXPECT_THROW(Lexicon::load((dir_ / "nope").string()), LexiconError);
}

TEST_F(PackTest, LoadAutoDetectsDicByExtension) {
  write("words.dic", "%\n1\tposemo\n%\nglad\t1\n");
  const auto lex = Lexicon::load((dir_ / "words.dic").string());
  ASSERT_EQ(lex.size(), 1u);
  EXPECT_EQ(lex.entries()[0].category, "posemo");
  EXPECT_EQ(lex.manifest().name, "words");
}

// --- merge, check, stats -------------------------------------------------------

TEST(LexiconMerge, AppendsEntriesAndFilesKeepingOrigins) {
  auto a = Lexicon::from_string("[loaded]\nthug\n", "a.lex");
  const auto b = Lexicon::from_string("[hedge]\nperhaps\nmaybe\n", "b.lex");
  a.merge(b);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a.entries()[0].origin, "a.lex:2");
  EXPECT_EQ(a.entries()[2].origin, "b.lex:3");
  EXPECT_EQ(a.manifest().files, (Strings{"a.lex", "b.lex"}));
  EXPECT_EQ(a.manifest().name, "a.lex+b.lex");
  Lexicon empty;
  empty.merge(b);
  EXPECT_EQ(empty.manifest().name, "b.lex");
  EXPECT_EQ(empty.size(), 2u);
}

TEST(LexiconMerge, AnalyzerMergesASpanOfLexicons) {
  const std::vector<Lexicon> packs = {Lexicon::from_string("[loaded]\nthug\n"),
                                      Lexicon::from_string("[fear]\ncatastrophe\n")};
  const rhetor::Analyzer a{std::span<const Lexicon>(packs)};
  EXPECT_EQ(a.category_id("fear"), 4);
  const auto s = a.score_sentence("A thug caused a catastrophe.");
  EXPECT_EQ(s.count[rhetor::kLoaded], 1u);
  EXPECT_EQ(s.count[4], 1u);
}

TEST(LexiconCheck, CleanLexiconHasNoIssues) {
  EXPECT_TRUE(rhetor::check_lexicon(Lexicon::from_string("[loaded]\nthug\nwar machine\n[hedge]\nthug\n")).empty());
}

TEST(LexiconCheck, DuplicatesAfterNormalization) {
  const auto issues = rhetor::check_lexicon(Lexicon::from_string(
      "[loaded]\n"
      "attack/attacks\n"
      "attacks\n"                // 3: duplicates a form of line 2
      "NATO's puppet\n"
      "nato\xE2\x80\x99s PUPPET\n"  // 5: same after case folding and apostrophe mapping
      , "d.lex"));
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].kind, rhetor::LexiconIssue::Kind::duplicate);
  EXPECT_EQ(issues[0].origin, "d.lex:3");
  EXPECT_NE(issues[0].message.find("d.lex:2"), std::string::npos) << issues[0].message;
  EXPECT_EQ(issues[1].kind, rhetor::LexiconIssue::Kind::duplicate);
  EXPECT_EQ(issues[1].origin, "d.lex:5");
}

TEST(LexiconCheck, ConflictsDifferInWeightOrTags) {
  const auto issues = rhetor::check_lexicon(Lexicon::from_string(
      "[loaded]\nthug =2\nthug =3\ncrook #a\ncrook #b\n", "c.lex"));
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].kind, rhetor::LexiconIssue::Kind::conflict);
  EXPECT_EQ(issues[0].origin, "c.lex:3");
  EXPECT_EQ(issues[1].kind, rhetor::LexiconIssue::Kind::conflict);
  EXPECT_EQ(issues[1].origin, "c.lex:5");
}

TEST(LexiconCheck, SameWordsDifferentCategoryOrConstraintsAreFine) {
  EXPECT_TRUE(rhetor::check_lexicon(Lexicon::from_string(
                  "[hedge]\nabout @next=<num>\n[loaded]\nabout\n[hedge]\nabout @next=nearly\n"))
                  .empty());
}

TEST(LexiconCheck, Unmatchable) {
  // A zero-width space is whitespace to the tokenizer: nothing is left to match.
  const auto issues = rhetor::check_lexicon(Lexicon::from_string("[loaded]\n\xE2\x80\x8B\nthug\n", "u.lex"));
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].kind, rhetor::LexiconIssue::Kind::unmatchable);
  EXPECT_EQ(issues[0].origin, "u.lex:2");
}

TEST(LexiconStatsTest, CountsByCategoryAndTag) {
  const auto st = rhetor::lexicon_stats(Lexicon::from_string(
      "[loaded #smear]\n"
      "nazi*\n"                     // 1 form, wildcard
      "puppet of the West #cons\n"  // 1 form, multiword
      "[hedge]\n"
      "may/might/could\n"           // 3 forms
      "remain/remains to be seen\n"));  // 2 multiword forms
  EXPECT_EQ(st.entries, 4u);
  EXPECT_EQ(st.forms, 7u);
  EXPECT_EQ(st.multiword_forms, 3u);
  EXPECT_EQ(st.wildcard_forms, 1u);
  ASSERT_EQ(st.by_category.size(), 2u);
  const auto hedge = std::find_if(st.by_category.begin(), st.by_category.end(), [](const auto& r) { return r.category == "hedge"; });
  ASSERT_NE(hedge, st.by_category.end());
  EXPECT_EQ(hedge->entries, 2u);
  EXPECT_EQ(hedge->forms, 5u);
  EXPECT_EQ(hedge->multiword, 2u);
  EXPECT_TRUE(hedge->tag.empty());
  const auto smear = std::find_if(st.by_tag.begin(), st.by_tag.end(), [](const auto& r) { return r.tag == "smear"; });
  ASSERT_NE(smear, st.by_tag.end());
  EXPECT_EQ(smear->category, "loaded");
  EXPECT_EQ(smear->entries, 2u);
  const auto cons = std::find_if(st.by_tag.begin(), st.by_tag.end(), [](const auto& r) { return r.tag == "cons"; });
  ASSERT_NE(cons, st.by_tag.end());
  EXPECT_EQ(cons->entries, 1u);
  EXPECT_EQ(cons->multiword, 1u);
}

// --- the default pack ------------------------------------------------------------

TEST(DefaultPack, EnglishIsNonEmptyAndCoversTheCoreCategories) {
  const Lexicon& en = Lexicon::english();
  EXPECT_GT(en.size(), 100u);
  EXPECT_EQ(&en, &Lexicon::english());  // one shared instance
  EXPECT_FALSE(en.manifest().name.empty());
  EXPECT_FALSE(en.manifest().files.empty());
  for (std::string_view cat : {"loaded", "hedge", "booster", "attribution", "negator", "intensifier", "class-role"})
    EXPECT_TRUE(std::any_of(en.entries().begin(), en.entries().end(), [&](const auto& e) { return e.category == cat; }))
        << "no " << cat << " entries in the default pack";
  const rhetor::Analyzer a;
  EXPECT_GT(a.compiled_forms(), en.size() / 2);
  EXPECT_EQ(a.category_names()[0], "loaded");
  EXPECT_EQ(a.category_names()[1], "hedge");
  EXPECT_EQ(a.category_names()[2], "booster");
  EXPECT_EQ(a.category_names()[3], "attribution");
}

TEST(DefaultPack, EmbeddedPackEqualsTheSourceDirectory) {
  const Lexicon disk = Lexicon::load(std::string(RHETOR_SOURCE_DIR) + "/lexicons/en");
  const Lexicon& en = Lexicon::english();
  ASSERT_EQ(disk.size(), en.size()) << "rebuild: the embedded pack is stale";
  for (std::size_t i = 0; i < en.size(); ++i) {
    EXPECT_EQ(disk.entries()[i].pattern, en.entries()[i].pattern);
    EXPECT_EQ(disk.entries()[i].category, en.entries()[i].category);
  }
}

}  // namespace
