// Google Benchmark programs for the hot path and whole-document analysis.
//
// Corpus: the news texts of ../shared/eval/dev (PTC and PolNeAR articles) when
// present, else the op-ed shipped in examples/ (repeated), so the benchmark
// runs on a user's clone too. The corpus used is printed in the context.
//
//   build/rel/rhetor_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "rhetor/rhetor.hpp"

namespace {

struct Corpus {
  std::vector<std::string> documents;
  std::vector<std::string> sentences;
  std::size_t bytes = 0, sentence_bytes = 0;
  std::string source;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus c;
    for (const char* name : {"ptc-train.jsonl", "polnear-train.jsonl"}) {
      std::ifstream in(std::string(RHETOR_SHARED_DIR) + "/eval/dev/" + name);
      std::string line;
      int n = 0;
      while (n < 400 && std::getline(in, line)) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object() && j.contains("text")) {
          c.documents.push_back(j["text"].get<std::string>());
          ++n;
        }
      }
      if (n) c.source += std::string(c.source.empty() ? "" : "+") + name + "[" + std::to_string(n) + "]";
    }
    if (c.documents.empty()) {
      const std::string op_ed = slurp(std::string(RHETOR_SOURCE_DIR) + "/examples/sample-op-ed.txt");
      for (int i = 0; i < 200; ++i) c.documents.push_back(op_ed);
      c.source = "examples/sample-op-ed.txt x200";
    }
    for (const auto& d : c.documents) {
      c.bytes += d.size();
      auto seg = rhetor::segment(d);
      for (const auto& s : seg.sentences) {
        c.sentences.emplace_back(d.substr(s.span.begin, s.span.size()));
        c.sentence_bytes += s.span.size();
      }
    }
    return c;
  }();
  return c;
}

// RHETOR_BENCH_LEXICON=path benchmarks another pack (e.g. a frozen copy while tuning).
const rhetor::Analyzer& analyzer() {
  static const rhetor::Analyzer a = [] {
    const char* path = std::getenv("RHETOR_BENCH_LEXICON");
    return path ? rhetor::Analyzer(rhetor::Lexicon::load(path)) : rhetor::Analyzer();
  }();
  return a;
}

void BM_ScoreSentence(benchmark::State& state) {
  const Corpus& c = corpus();
  const rhetor::Analyzer& a = analyzer();
  rhetor::SentenceScore score;
  std::size_t bytes = 0, n = 0;
  for (auto _ : state) {
    for (const auto& s : c.sentences) {
      a.score_sentence(s, score);
      benchmark::DoNotOptimize(score.matches);
    }
    bytes += c.sentence_bytes;
    n += c.sentences.size();
  }
  state.counters["bytes/s"] = benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
  state.SetLabel(c.source);
}
BENCHMARK(BM_ScoreSentence)->Unit(benchmark::kMillisecond);

void BM_Analyze(benchmark::State& state) {
  const Corpus& c = corpus();
  const rhetor::Analyzer& a = analyzer();
  std::size_t bytes = 0, sentences = 0;
  for (auto _ : state) {
    for (const auto& d : c.documents) {
      rhetor::Report r = a.analyze(d);
      sentences += r.sentences().size();
      benchmark::DoNotOptimize(r.document().tokens);
    }
    bytes += c.bytes;
  }
  state.counters["bytes/s"] = benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.SetLabel(c.source);
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

void BM_AnalyzeToJson(benchmark::State& state) {
  const Corpus& c = corpus();
  const rhetor::Analyzer& a = analyzer();
  std::size_t bytes = 0;
  std::string out;
  for (auto _ : state) {
    for (const auto& d : c.documents) {
      out.clear();
      rhetor::write_json(a.analyze(d), out);
      benchmark::DoNotOptimize(out.data());
    }
    bytes += c.bytes;
  }
  state.counters["bytes/s"] = benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnalyzeToJson)->Unit(benchmark::kMillisecond);

// The JSON writer alone, on reports analyzed once beforehand: bytes/s counts
// input text (comparable with BM_Analyze), json_bytes/s the JSON written.
void BM_ToJson(benchmark::State& state) {
  static const std::vector<rhetor::Report> reports = [] {
    std::vector<rhetor::Report> r;
    for (const auto& d : corpus().documents) r.push_back(analyzer().analyze(d));
    return r;
  }();
  rhetor::JsonOptions options;
  options.include_paragraphs = state.range(0) == 0;
  std::size_t bytes = 0, json_bytes = 0;
  std::string out;
  for (auto _ : state) {
    for (const auto& r : reports) {
      out.clear();
      rhetor::write_json(r, out, options);
      json_bytes += out.size();
      benchmark::DoNotOptimize(out.data());
    }
    bytes += corpus().bytes;
  }
  state.counters["bytes/s"] = benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kIsRate);
  state.counters["json_bytes/s"] = benchmark::Counter(static_cast<double>(json_bytes), benchmark::Counter::kIsRate);
  state.SetLabel(options.include_paragraphs ? "full" : "compact");
}
BENCHMARK(BM_ToJson)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  const Corpus& c = corpus();
  const auto how = static_cast<rhetor::Segmenter>(state.range(0));
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& d : c.documents) benchmark::DoNotOptimize(rhetor::segment(d, how).tokens.size());
    bytes += c.bytes;
  }
  state.counters["bytes/s"] = benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kIsRate);
  state.SetLabel(how == rhetor::Segmenter::fast ? "fast" : "icu");
}
BENCHMARK(BM_Segment)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_AnalyzeBigDocument(benchmark::State& state) {
  // One ~8 MB document: paragraphs of the corpus joined with blank lines.
  static const std::string big = [] {
    std::string s;
    const Corpus& c = corpus();
    while (s.size() < 8u << 20)
      for (const auto& d : c.documents) { s += d; s += "\n\n"; if (s.size() >= 8u << 20) break; }
    return s;
  }();
  const rhetor::Analyzer& a = analyzer();
  for (auto _ : state) benchmark::DoNotOptimize(a.analyze(big).matches().size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * big.size()));
}
BENCHMARK(BM_AnalyzeBigDocument)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
