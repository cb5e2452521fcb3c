// Google Benchmark of the part-of-speech tagger: Tagger::tag in tokens/s on
// pre-tokenized sentences (UD EWT test text when ../shared is present, else
// the sentences of the shipped op-ed), and the time to parse the embedded model.
//
//   build/rel/rhetor_bench --benchmark_filter=Tagger
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "rhetor/rhetor.hpp"

namespace {

struct TaggerCorpus {
  std::vector<std::string> sentences;
  std::vector<std::vector<rhetor::Token>> tokens;
  std::size_t token_count = 0;
  std::string source;
};

const TaggerCorpus& tagger_corpus() {
  static const TaggerCorpus c = [] {
    TaggerCorpus c;
    std::ifstream in(std::string(RHETOR_SHARED_DIR) + "/ud-ewt/en_ewt-ud-test.conllu");
    for (std::string line; std::getline(in, line);)
      if (line.rfind("# text = ", 0) == 0) c.sentences.push_back(line.substr(9));
    c.source = "ud-ewt test";
    if (c.sentences.empty()) {
      std::ifstream op(std::string(RHETOR_SOURCE_DIR) + "/examples/sample-op-ed.txt");
      std::ostringstream ss;
      ss << op.rdbuf();
      const std::string text = ss.str();
      for (const auto& s : rhetor::segment(text).sentences) c.sentences.push_back(text.substr(s.span.begin, s.span.size()));
      c.source = "examples/sample-op-ed.txt";
    }
    for (const auto& s : c.sentences) {
      rhetor::tokenize(s, c.tokens.emplace_back());
      c.token_count += c.tokens.back().size();
    }
    return c;
  }();
  return c;
}

void tag_corpus(benchmark::State& state, rhetor::TagLevel level) {
  const TaggerCorpus& c = tagger_corpus();
  const rhetor::Tagger& tagger = rhetor::Tagger::english();
  std::vector<std::vector<rhetor::Token>> tokens = c.tokens;
  std::size_t n = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < tokens.size(); ++i) tagger.tag(c.sentences[i], tokens[i], level);
    benchmark::DoNotOptimize(tokens.back().data());
    n += c.token_count;
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
  state.SetLabel(c.source + ", " + std::to_string(c.token_count) + " tokens");
}

// UPOS + NP chunks of pre-tokenized sentences.
void BM_TaggerTag(benchmark::State& state) { tag_corpus(state, rhetor::TagLevel::pos_and_chunks); }
BENCHMARK(BM_TaggerTag)->Unit(benchmark::kMillisecond);

// UPOS only (TagLevel::pos), what rhetor::Analyzer asks for.
void BM_TaggerTagPos(benchmark::State& state) { tag_corpus(state, rhetor::TagLevel::pos); }
BENCHMARK(BM_TaggerTagPos)->Unit(benchmark::kMillisecond);

// UPOS only over the news sentences of the BM_Analyze corpus (~775,000 tokens):
// more words outside the model's vocabulary than the EWT text, and too many
// for the tagger's per-thread word-row cache to hold them all between passes.
void BM_TaggerTagPosNews(benchmark::State& state) {
  static const auto corpus = [] {
    const rhetor_bench::Corpus c = rhetor_bench::load_corpus(RHETOR_SHARED_DIR, RHETOR_SOURCE_DIR);
    std::pair<std::vector<std::string>, std::vector<std::vector<rhetor::Token>>> out{c.sentences, {}};
    for (const auto& s : out.first) rhetor::tokenize(s, out.second.emplace_back());
    return out;
  }();
  const rhetor::Tagger& tagger = rhetor::Tagger::english();
  std::vector<std::vector<rhetor::Token>> tokens = corpus.second;
  std::size_t n = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      tagger.tag(corpus.first[i], tokens[i], rhetor::TagLevel::pos);
      n += tokens[i].size();
    }
    benchmark::DoNotOptimize(tokens.back().data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TaggerTagPosNews)->Unit(benchmark::kMillisecond);

// Tokenize + tag, as a caller without tokens at hand pays it.
void BM_TaggerTokenizeAndTag(benchmark::State& state) {
  const TaggerCorpus& c = tagger_corpus();
  const rhetor::Tagger& tagger = rhetor::Tagger::english();
  std::vector<rhetor::Token> tokens;
  std::size_t n = 0;
  for (auto _ : state) {
    for (const auto& s : c.sentences) {
      rhetor::tokenize(s, tokens);
      tagger.tag(s, tokens);
      n += tokens.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TaggerTokenizeAndTag)->Unit(benchmark::kMillisecond);

// Parsing the model text into weight tables (what Tagger::english() does once).
void BM_TaggerLoadModel(benchmark::State& state) {
  std::ifstream in(std::string(RHETOR_SOURCE_DIR) + "/models/en-ewt/tagger.model", std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  for (auto _ : state) benchmark::DoNotOptimize(rhetor::Tagger::from_string(text).feature_count());
  state.counters["bytes/s"] = benchmark::Counter(static_cast<double>(text.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_TaggerLoadModel)->Unit(benchmark::kMillisecond);

}  // namespace
