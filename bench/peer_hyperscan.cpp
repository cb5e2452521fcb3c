// rhetor next to a peer: Hyperscan scanning the same pack's surface forms.
//
// What each workload does, on the sentences (or articles) of the bench corpus
// (bench/bench_corpus.hpp):
//   hyperscan       every surface form of the English pack (each expansion of
//                   each matched entry, words joined by one space, a trailing
//                   `*` dropped so that a wildcard is a prefix) compiled into
//                   one Hyperscan literal database, HS_FLAG_CASELESS, block
//                   mode; each sentence scanned, matches counted. Literals
//                   match anywhere, so "ban" also matches inside "urban":
//                   Hyperscan does less than rhetor here (no word boundaries,
//                   which it only offers through \b in regex mode at a much
//                   higher cost, no constraints, no lanes, no scores).
//   score_sentence  Analyzer::score_sentence on each sentence (the hot path).
//   tokenizer       a bare byte-table tokenizer: one class-table load per byte,
//                   words (letters, digits, bytes >= 0x80) and one-byte
//                   punctuation tokens counted; no Unicode, no rules. A floor
//                   for any scanner that must find words.
//   analyze         Analyzer::analyze on each article (whole documents).
//   analyze+json    analyze, then write_json of the report.
//
// Repetitions are interleaved (every workload once per round) so that load on
// a shared machine hits all of them alike; each figure is the median over the
// rounds, and each ratio the median of the per-round ratios.
//
//   build/bench/rhetor_peer_hyperscan [--rounds N] [--only WORKLOAD]
//
// `--only` runs one workload `--rounds` times and nothing else, for
// instruction counts: valgrind --tool=callgrind --toggle-collect='run_*' ...
#include <hs/hs.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "rhetor/rhetor.hpp"

namespace {

using rhetor_bench::Corpus;

// The surface forms the analyzer compiles (context categories and the matched
// word class included, the other word classes are never matched).
std::vector<std::string> surface_forms(const rhetor::Lexicon& lexicon) {
  std::set<std::string> forms;
  for (const rhetor::LexiconEntry& e : lexicon.entries()) {
    if (e.category.starts_with(rhetor::category::word_class_prefix) && e.category != "class-scare-marker") continue;
    for (const std::vector<std::string>& words : e.expansions()) {
      std::string form;
      for (const std::string& w : words) {
        if (!form.empty()) form += ' ';
        form += w;
      }
      if (!form.empty() && form.back() == '*') form.pop_back();
      if (!form.empty()) forms.insert(form);
    }
  }
  return {forms.begin(), forms.end()};
}

struct HyperscanPeer {
  hs_database_t* db = nullptr;
  hs_scratch_t* scratch = nullptr;

  explicit HyperscanPeer(const std::vector<std::string>& forms) {
    std::vector<const char*> exprs;
    std::vector<std::size_t> lens;
    std::vector<unsigned> flags(forms.size(), HS_FLAG_CASELESS), ids(forms.size());
    for (std::size_t i = 0; i < forms.size(); ++i) {
      exprs.push_back(forms[i].data());
      lens.push_back(forms[i].size());
      ids[i] = static_cast<unsigned>(i);
    }
    hs_compile_error_t* err = nullptr;
    if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(forms.size()),
                             HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
      std::fprintf(stderr, "hyperscan: %s\n", err ? err->message : "compile failed");
      std::exit(1);
    }
    if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
      std::fprintf(stderr, "hyperscan: cannot allocate scratch\n");
      std::exit(1);
    }
  }
  ~HyperscanPeer() {
    hs_free_scratch(scratch);
    hs_free_database(db);
  }
  HyperscanPeer(const HyperscanPeer&) = delete;
  HyperscanPeer& operator=(const HyperscanPeer&) = delete;
};

int count_match(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<std::size_t*>(ctx);
  return 0;
}

// The workloads, each out of line under a run_* name for callgrind's --toggle-collect.
// Each returns a count so that the compiler cannot drop the work.
__attribute__((noinline)) std::size_t run_hyperscan(const Corpus& c, HyperscanPeer& hs) {
  std::size_t matches = 0;
  for (const std::string& s : c.sentences)
    hs_scan(hs.db, s.data(), static_cast<unsigned>(s.size()), 0, hs.scratch, count_match, &matches);
  return matches;
}

__attribute__((noinline)) std::size_t run_score_sentence(const Corpus& c, const rhetor::Analyzer& a) {
  std::size_t matches = 0;
  rhetor::SentenceScore score;
  for (const std::string& s : c.sentences) {
    a.score_sentence(s, score);
    matches += score.matches;
  }
  return matches;
}

constexpr auto kTokenizerClass = [] {  // 0 space, 1 word byte, 2 one-byte token
  std::array<std::uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    const bool word = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80;
    const bool space = b == ' ' || b == '\n' || b == '\t' || b == '\r';
    t[b] = word ? 1 : space ? 0 : 2;
  }
  return t;
}();

__attribute__((noinline)) std::size_t run_tokenizer(const Corpus& c) {
  std::size_t tokens = 0;
  for (const std::string& s : c.sentences) {
    std::uint8_t prev = 0;
    for (const char ch : s) {
      const std::uint8_t k = kTokenizerClass[static_cast<unsigned char>(ch)];
      tokens += k == 2 || (k == 1 && prev != 1);  // a punctuation byte, or the first byte of a word
      prev = k;
    }
  }
  return tokens;
}

__attribute__((noinline)) std::size_t run_analyze(const Corpus& c, const rhetor::Analyzer& a) {
  std::size_t matches = 0;
  for (const std::string& d : c.documents) matches += a.analyze(d).matches().size();
  return matches;
}

__attribute__((noinline)) std::size_t run_analyze_json(const Corpus& c, const rhetor::Analyzer& a) {
  std::size_t bytes = 0;
  std::string out;
  for (const std::string& d : c.documents) {
    out.clear();
    rhetor::write_json(a.analyze(d), out);
    bytes += out.size();
  }
  return bytes;
}

struct Workload {
  std::string name;
  std::size_t bytes;                  // input bytes per run
  std::function<std::size_t()> run;
  std::vector<double> mbps;           // one per round
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double load_average() {
  double load = -1;
  if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(f, "%lf", &load) != 1) load = -1;
    std::fclose(f);
  }
  return load;
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 7;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--only" && i + 1 < argc) only = argv[++i];
    else {
      std::fprintf(stderr, "usage: %s [--rounds N] [--only hyperscan|score_sentence|tokenizer|analyze|analyze+json]\n",
                   argv[0]);
      return 2;
    }
  }
  const Corpus corpus = rhetor_bench::load_corpus(RHETOR_SHARED_DIR, RHETOR_SOURCE_DIR);
  const rhetor::Analyzer analyzer;
  const std::vector<std::string> forms = surface_forms(rhetor::Lexicon::english());
  HyperscanPeer hs(forms);

  std::vector<Workload> workloads = {
      {"hyperscan", corpus.sentence_bytes, [&] { return run_hyperscan(corpus, hs); }, {}},
      {"score_sentence", corpus.sentence_bytes, [&] { return run_score_sentence(corpus, analyzer); }, {}},
      {"tokenizer", corpus.sentence_bytes, [&] { return run_tokenizer(corpus); }, {}},
      {"analyze", corpus.bytes, [&] { return run_analyze(corpus, analyzer); }, {}},
      {"analyze+json", corpus.bytes, [&] { return run_analyze_json(corpus, analyzer); }, {}},
  };
  if (!only.empty()) {
    auto w = std::find_if(workloads.begin(), workloads.end(), [&](const Workload& x) { return x.name == only; });
    if (w == workloads.end()) {
      std::fprintf(stderr, "unknown workload %s\n", only.c_str());
      return 2;
    }
    std::size_t sink = 0;
    for (int r = 0; r < rounds; ++r) sink += w->run();
    std::printf("%s: %d run(s) over %zu bytes (result %zu)\n", w->name.c_str(), rounds, w->bytes, sink);
    return 0;
  }

  std::printf("corpus: %s, %zu articles (%.2f MB), %zu sentences (%.2f MB)\n", corpus.source.c_str(),
              corpus.documents.size(), corpus.bytes / 1e6, corpus.sentences.size(), corpus.sentence_bytes / 1e6);
  std::printf("Hyperscan %s: %zu literal forms (the analyzer compiles %zu forms)\n", hs_version(), forms.size(),
              analyzer.compiled_forms());
  std::printf("load average at start: %.2f\n", load_average());
  for (Workload& w : workloads) w.run();  // warm-up: thread scratch, caches, page faults
  for (int r = 0; r < rounds; ++r) {
    for (Workload& w : workloads) {
      const auto t0 = std::chrono::steady_clock::now();
      const std::size_t result = w.run();
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      asm volatile("" : : "r"(result));
      w.mbps.push_back(w.bytes / 1e6 / s);
    }
  }
  std::printf("\n%-16s %10s   (median of %d interleaved rounds)\n", "workload", "MB/s", rounds);
  for (const Workload& w : workloads) std::printf("%-16s %10.1f\n", w.name.c_str(), median(w.mbps));

  auto find = [&](const std::string& name) -> const Workload& {
    return *std::find_if(workloads.begin(), workloads.end(), [&](const Workload& x) { return x.name == name; });
  };
  const std::pair<const char*, const char*> pairs[] = {{"score_sentence", "hyperscan"},
                                                       {"analyze", "hyperscan"},
                                                       {"analyze+json", "analyze"},
                                                       {"tokenizer", "hyperscan"},
                                                       {"score_sentence", "tokenizer"}};
  std::printf("\n%-32s %8s   (median of per-round ratios of MB/s)\n", "ratio", "x");
  for (const auto& [a, b] : pairs) {
    const Workload& wa = find(a);
    const Workload& wb = find(b);
    std::vector<double> ratios;
    for (int r = 0; r < rounds; ++r) ratios.push_back(wa.mbps[r] / wb.mbps[r]);
    std::printf("%-32s %8.2f\n", (std::string(a) + " / " + b).c_str(), median(ratios));
  }
  std::printf("\nload average at end: %.2f\n", load_average());
  return 0;
}
