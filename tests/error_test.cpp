// rhetor/error.hpp: one error model, with positions for lexicon errors.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/error.hpp>
#include <rhetor/lexicon.hpp>

#include <string>
#include <type_traits>

namespace {

static_assert(std::is_base_of_v<std::runtime_error, rhetor::Error>);
static_assert(std::is_base_of_v<rhetor::Error, rhetor::LexiconError>);
static_assert(std::is_base_of_v<rhetor::Error, rhetor::AnalyzerError>);
static_assert(std::is_base_of_v<rhetor::Error, rhetor::InputError>);

TEST(LexiconErrorFormat, WhatIsFileLineColumnMessageText) {
  rhetor::LexiconError e("my.lex", 12, 9, "expected a weight after '='", "=x");
  EXPECT_STREQ(e.what(), "my.lex:12:9: expected a weight after '=': \"=x\"");
  EXPECT_EQ(e.file(), "my.lex");
  EXPECT_EQ(e.line(), 12u);
  EXPECT_EQ(e.column(), 9u);
  EXPECT_EQ(e.message(), "expected a weight after '='");
  EXPECT_EQ(e.offending_text(), "=x");
}

TEST(LexiconErrorFormat, UnknownPositionAndNoText) {
  rhetor::LexiconError e("pack/", 0, 0, "no such file or directory");
  EXPECT_STREQ(e.what(), "pack/: no such file or directory");
  EXPECT_EQ(e.line(), 0u);
  EXPECT_EQ(e.column(), 0u);
  EXPECT_TRUE(e.offending_text().empty());
}

TEST(LexiconErrorFormat, ParserErrorsAreCatchableAsBaseError) {
  try {
    (void)rhetor::Lexicon::from_string("[loaded]\nwar machine =x\n", "inline.lex");
    FAIL() << "expected a LexiconError";
  } catch (const rhetor::Error& e) {
    const auto* le = dynamic_cast<const rhetor::LexiconError*>(&e);
    ASSERT_NE(le, nullptr);
    EXPECT_EQ(le->file(), "inline.lex");
    EXPECT_EQ(le->line(), 2u);
    EXPECT_EQ(le->column(), 13u);
    EXPECT_EQ(le->offending_text(), "=x");
    EXPECT_EQ(std::string(e.what()).rfind("inline.lex:2:13: ", 0), 0u) << e.what();
  }
}

TEST(LexiconErrorFormat, MissingFileIsALexiconErrorNamingThePath) {
  const std::string path = "/nonexistent/rhetor/missing.lex";
  try {
    (void)rhetor::Lexicon::load(path);
    FAIL() << "expected a LexiconError";
  } catch (const rhetor::LexiconError& e) {
    EXPECT_EQ(e.file(), path);
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
  }
}

TEST(AnalyzerErrorTest, TooManyCategoriesThrows) {
  std::string text;
  for (std::size_t i = 0; i < rhetor::kMaxCategories; ++i)  // 4 core + 128 extras > 128
    text += "[extra" + std::to_string(i) + "]\nword" + std::to_string(i) + "\n";
  const auto lex = rhetor::Lexicon::from_string(text, "many.lex");
  EXPECT_THROW(rhetor::Analyzer{lex}, rhetor::AnalyzerError);
}

TEST(AnalyzerErrorTest, ExactlyTheMaximumIsAccepted) {
  std::string text;
  for (std::size_t i = 0; i + 4 < rhetor::kMaxCategories; ++i)
    text += "[extra" + std::to_string(i) + "]\nword" + std::to_string(i) + "\n";
  const auto lex = rhetor::Lexicon::from_string(text, "max.lex");
  rhetor::Analyzer a(lex);
  EXPECT_EQ(a.category_names().size(), rhetor::kMaxCategories);
}

}  // namespace
