#include "rhetor/tagger.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "ewt_corpus.hpp"
#include "rhetor/error.hpp"
#include "tagger_features.hpp"

namespace {

using rhetor::Chunk;
using rhetor::Tagger;
using rhetor::Upos;

std::string tags_of(std::string_view sentence) {
  std::string out;
  for (const rhetor::Token& t : Tagger::english().tag(sentence)) {
    if (!out.empty()) out += ' ';
    out += rhetor::to_string(t.pos);
  }
  return out;
}

// Bracketed base NPs: "[Officials] said [the bridge] would close ."
std::string chunks_of(std::string_view sentence) {
  const auto toks = Tagger::english().tag(sentence);
  std::string out;
  bool open = false;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (open && toks[i].chunk != Chunk::I) {
      out += ']';
      open = false;
    }
    if (!out.empty()) out += ' ';
    if (toks[i].chunk == Chunk::B) {
      out += '[';
      open = true;
    }
    out += sentence.substr(toks[i].span().begin, toks[i].span().size());
  }
  if (open) out += ']';
  return out;
}

TEST(Tagger, TagsNewsSentences) {
  EXPECT_EQ(tags_of("Officials said the bridge would close."), "NOUN VERB DET NOUN AUX VERB PUNCT");
  EXPECT_EQ(tags_of("The minister did not answer questions on Tuesday."),
            "DET NOUN AUX PART VERB NOUN ADP PROPN PUNCT");
  EXPECT_EQ(tags_of("He said that prices will rise."), "PRON VERB SCONJ NOUN AUX VERB PUNCT");
  EXPECT_EQ(tags_of("Smith's lawyers don't agree."), "PROPN PART NOUN AUX PART VERB PUNCT");
}

TEST(Tagger, CurlyAndStraightApostrophesTagAlike) {
  EXPECT_EQ(tags_of("They don\xE2\x80\x99t know."), tags_of("They don't know."));
}

TEST(Tagger, ChunksBaseNounPhrases) {
  EXPECT_EQ(chunks_of("Officials said the bridge would close."), "[Officials] said [the bridge] would close .");
  EXPECT_EQ(chunks_of("The new mayor of Kyiv met three foreign reporters."),
            "[The new mayor] of [Kyiv] met [three foreign reporters] .");
}

TEST(Tagger, PosOnlyGivesTheSameTagsAndNoChunks) {
  const std::vector<std::string> sentences = {
      "Officials said the bridge would close.",
      "The new mayor of Kyiv met three foreign reporters.",
      "\xE2\x80\x9CWe will not back down,\xE2\x80\x9D the senator told reporters on Monday.",
      "According to the report, 1,200 people were evacuated from pro-Kremlin districts."};
  for (const std::string& s : sentences) {
    const auto full = Tagger::english().tag(s);
    std::vector<rhetor::Token> toks = full;  // chunks set: the POS-only call must reset them
    Tagger::english().tag(s, toks, rhetor::TagLevel::pos);
    ASSERT_EQ(toks.size(), full.size());
    bool any_chunk = false;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      EXPECT_EQ(toks[i].pos, full[i].pos) << s << " token " << i;
      EXPECT_EQ(toks[i].chunk, Chunk::O) << s << " token " << i;
      any_chunk |= full[i].chunk != Chunk::O;
    }
    EXPECT_TRUE(any_chunk) << s;
  }
}

TEST(Tagger, EmptySentenceIsFine) {
  std::vector<rhetor::Token> none;
  Tagger::english().tag("", none);
  EXPECT_TRUE(Tagger::english().tag("").empty());
}

TEST(Tagger, EmbeddedModelLoads) {
  const Tagger& t = Tagger::english();
  EXPECT_TRUE(t.has_chunker());
  EXPECT_GT(t.feature_count(), 10000u);
  EXPECT_EQ(&t, &Tagger::english());  // built once
}

TEST(Tagger, LoadsTheShippedFileLikeTheEmbeddedModel) {
  const Tagger file = Tagger::load(std::string(RHETOR_SOURCE_DIR) + "/models/en-ewt/tagger.model");
  EXPECT_EQ(file.feature_count(), Tagger::english().feature_count());
  const std::string_view s = "Critics called the plan a reckless gamble.";
  const auto a = file.tag(s), b = Tagger::english().tag(s);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].pos, b[i].pos);
    EXPECT_EQ(a[i].chunk, b[i].chunk);
  }
}

TEST(Tagger, TinyModelFromString) {
  // Every token is a NOUN (class 8 = 'i') unless it is "the" (DET, class 6 = 'g').
  const Tagger t = Tagger::from_string(
      "rhetor-tagger-model 2\n# a comment\nsection upos 17\nb=\ti5\nlw=the\tg20\n"
      "section chunk 3\ncb=\ta1\n");
  const auto toks = t.tag("the cat");
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].pos, Upos::DET);
  EXPECT_EQ(toks[1].pos, Upos::NOUN);
  EXPECT_EQ(toks[1].chunk, Chunk::O);
}

TEST(Tagger, TagDictionaryWordsSkipScoring) {
  // Without the dictionary "the" is a NOUN like everything else; with it, a DET.
  const std::string base = "rhetor-tagger-model 2\nsection upos 17\nb=\ti5\n";
  EXPECT_EQ(Tagger::from_string(base).tag("the cat")[0].pos, Upos::NOUN);
  const Tagger t = Tagger::from_string(base + "section tags\nthe\tDET\n,\tPUNCT\n");
  EXPECT_EQ(t.dictionary_size(), 2u);
  const auto toks = t.tag("the cat, the");
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].pos, Upos::DET);
  EXPECT_EQ(toks[1].pos, Upos::NOUN);
  EXPECT_EQ(toks[2].pos, Upos::PUNCT);
  EXPECT_EQ(toks[3].pos, Upos::DET);
  EXPECT_EQ(t.tag("The")[0].pos, Upos::NOUN);  // by the word as written
  // The shipped model has one, covering punctuation and closed-class words.
  EXPECT_GT(Tagger::english().dictionary_size(), 100u);
  EXPECT_EQ(Tagger::english().tag("the")[0].pos, Upos::DET);
}

TEST(Tagger, FeaturePartsMaySpellABar) {
  // '|' inside a value is escaped; a raw '|' separates parts.
  const Tagger t = Tagger::from_string(
      "rhetor-tagger-model 2\nsection upos 17\nb=\ti5\nlw=\\x7c\tn20\nt1w=PUNCT|a\tg20\n");
  const auto toks = t.tag("| a");
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].pos, Upos::PUNCT);
  EXPECT_EQ(toks[1].pos, Upos::DET);
}

void expect_model_error(std::string_view text, std::size_t line, std::string_view fragment) {
  try {
    (void)Tagger::from_string(text, "bad.model");
    ADD_FAILURE() << "no error for:\n" << text;
  } catch (const rhetor::ModelError& e) {
    EXPECT_EQ(e.file(), "bad.model");
    EXPECT_EQ(e.line(), line) << e.what();
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).rfind("bad.model:" + std::to_string(line) + ": ", 0), 0u) << e.what();
  }
}

TEST(Tagger, MalformedModelsReportTheLine) {
  expect_model_error("", 0, "empty model");
  expect_model_error("not a model\n", 1, "header");
  expect_model_error("rhetor-tagger-model 2\nb=\ta1\n", 2, "before the first section");
  expect_model_error("rhetor-tagger-model 2\nsection upos 17\nb=\ta1\nlw=x\tz3\n", 4, "class letter");
  expect_model_error("rhetor-tagger-model 2\nsection upos 17\nb=\ta1\nlw=x\tb\n", 4, "class letter and a weight");
  expect_model_error("rhetor-tagger-model 2\nsection upos 17\n\nzz=x\ta1\n", 4, "unknown feature template");
  expect_model_error("rhetor-tagger-model 2\nsection upos 17\nlw=x\ta99999\n", 3, "int16");
  expect_model_error("rhetor-tagger-model 2\nsection upos 17\nlw=x a1\n", 3, "tab");
  expect_model_error("rhetor-tagger-model 2\nsection upos 17\nlw=\\x4\ta1\n", 3, "escape");
  expect_model_error("rhetor-tagger-model 2\nsection chunk 3\ncb=\td1\n", 3, "class letter a-c");
  expect_model_error("rhetor-tagger-model 2\nsection nouns 2\n", 2, "unknown section");
  expect_model_error("rhetor-tagger-model 2\nsection chunk 3\ncb=\ta1\n", 3, "no upos features");
  expect_model_error("rhetor-tagger-model 2\nsection upos 17\nb=\ta1\nsection classes\nthe\tzz\n", 5, "hex tag mask");
  expect_model_error("rhetor-tagger-model 2\nsection upos 17\nb=\ta1\nsection tags\nthe\tDETT\n", 5, "unknown UPOS tag");
  expect_model_error("rhetor-tagger-model 1\nsection upos 17\nb=\ta1\n", 1, "rhetor-tagger-model 2");
}

TEST(Tagger, MissingFileIsAModelError) {
  EXPECT_THROW((void)Tagger::load("/nonexistent/tagger.model"), rhetor::ModelError);
}

TEST(Tagger, ConcurrentTaggingGivesTheSerialResult) {
  const std::vector<std::string> sentences = {
      "Officials said the bridge would close.",
      "\xE2\x80\x9CWe will not back down,\xE2\x80\x9D the senator told reporters on Monday.",
      "According to the report, 1,200 people were evacuated from pro-Kremlin districts.",
      "It remains to be seen whether the U.S. will respond.",
      "The company's chief executive, Jane Doe, declined to comment."};
  std::vector<std::vector<rhetor::Token>> serial;
  for (const auto& s : sentences) serial.push_back(Tagger::english().tag(s));
  std::vector<int> mismatches(8, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      std::vector<rhetor::Token> toks;
      for (int round = 0; round < 300; ++round) {
        const std::size_t k = static_cast<std::size_t>(round + t) % sentences.size();
        rhetor::tokenize(sentences[k], toks);
        Tagger::english().tag(sentences[k], toks);
        for (std::size_t i = 0; i < toks.size(); ++i)
          mismatches[t] += toks[i].pos != serial[k][i].pos || toks[i].chunk != serial[k][i].chunk;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

// Tagger::tag adds precomputed rows of each word's single-word features; the
// direct path (a testing hook) looks every feature up in the weight table.
// Both add the same integers, so every tag must agree: over the whole EWT test
// text (rhetor's tokens and gold tokens, headlines, sentences of 1-3 tokens,
// words outside the model's vocabulary) and a few edge cases.
std::vector<Upos> direct_tags(std::string_view text, std::vector<rhetor::Token> tokens) {
  rhetor::detail::set_direct_upos_scoring(true);
  Tagger::english().tag(text, tokens, rhetor::TagLevel::pos);
  rhetor::detail::set_direct_upos_scoring(false);
  std::vector<Upos> out;
  for (const auto& t : tokens) out.push_back(t.pos);
  return out;
}

std::size_t count_mismatches(std::string_view text, std::vector<rhetor::Token> tokens) {
  const std::vector<Upos> direct = direct_tags(text, tokens);
  Tagger::english().tag(text, tokens, rhetor::TagLevel::pos);
  std::size_t bad = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    bad += tokens[i].pos != direct[i];
    EXPECT_EQ(tokens[i].pos, direct[i]) << text << " token " << i;
  }
  return bad;
}

TEST(Tagger, WordRowsGiveTheDirectScoringTags) {
  for (std::string_view s : {"A", "Hi !", "Obama won", "THE QUICK BROWN FOX JUMPS", "Zxqv-12 blorft’s ʻOumuamua",
                             "Officials Said The Bridge Would Close", "\xE2\x80\x9CNo,\xE2\x80\x9D he said."}) {
    std::vector<rhetor::Token> tokens;
    rhetor::tokenize(s, tokens);
    EXPECT_EQ(count_mismatches(s, tokens), 0u);
  }
}

TEST(TaggerEwt, WordRowsGiveTheDirectScoringTagsOnTheTestText) {
  const std::string path = std::string(RHETOR_SHARED_DIR) + "/ud-ewt/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "UD English EWT not found at " << path;
  std::size_t tokens = 0, bad = 0;
  for (const auto& s : rhetor::ewt::read_conllu(path)) {
    const auto g = rhetor::ewt::gold_tokens(s);
    bad += count_mismatches(g.text, g.tokens);
    std::vector<rhetor::Token> own;
    rhetor::tokenize(g.text, own);
    bad += count_mismatches(g.text, own);
    tokens += g.tokens.size() + own.size();
  }
  EXPECT_GT(tokens, 50000u);
  EXPECT_EQ(bad, 0u);
}

// The figures of docs/EVALUATION.md, through the public API.
TEST(TaggerEwt, AccuracyOnTestAtLeast95Percent) {
  const std::string path = std::string(RHETOR_SHARED_DIR) + "/ud-ewt/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "UD English EWT not found at " << path;
  const auto sentences = rhetor::ewt::read_conllu(path);
  std::size_t words = 0, correct = 0, gold_chunks = 0, predicted_chunks = 0, matched = 0;
  for (const auto& s : sentences) {
    auto g = rhetor::ewt::gold_tokens(s);
    Tagger::english().tag(g.text, g.tokens);
    std::vector<Chunk> predicted;
    for (std::size_t i = 0; i < g.tokens.size(); ++i) {
      ++words;
      correct += g.tokens[i].pos == g.upos[i];
      predicted.push_back(g.tokens[i].chunk);
    }
    const auto gs = rhetor::ewt::chunk_spans(g.chunks), ps = rhetor::ewt::chunk_spans(predicted);
    gold_chunks += gs.size();
    predicted_chunks += ps.size();
    for (const auto& p : ps) matched += std::find(gs.begin(), gs.end(), p) != gs.end();
  }
  ASSERT_GT(words, 20000u);
  const double accuracy = 100.0 * correct / words;
  const double p = 100.0 * matched / predicted_chunks, r = 100.0 * matched / gold_chunks;
  RecordProperty("upos_accuracy", std::to_string(accuracy));
  EXPECT_GE(accuracy, 95.0);
  EXPECT_GE(2 * p * r / (p + r), 88.0);
}

}  // namespace
