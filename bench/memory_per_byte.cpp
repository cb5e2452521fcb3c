// Working memory of one huge document through Analyzer::analyze, per input byte.
//
// The document is the bench corpus's articles joined with blank lines until it
// reaches the requested size (bench/bench_corpus.hpp). For each size the program
// reads the process's resident set just before analyze (the input, the lexicon,
// the corpus are loaded), resets the kernel's peak counter (/proc/self/clear_refs),
// runs analyze, and reads the peak (VmHWM) while the Report is still alive:
//
//   working bytes per input byte = (peak RSS during analyze - RSS before) / input bytes
//
// which counts everything analyze allocates, its Report included, and not the
// input itself. Each size runs in a fresh process (bench/memory.sh) so that one
// run's freed pages do not hide the next one's.
//
//   build/bench/rhetor_memory_per_byte 50     # one 50 MB document
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "bench_corpus.hpp"
#include "rhetor/rhetor.hpp"

namespace {

// A field of /proc/self/status in kB ("VmRSS", "VmHWM").
long status_kb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  const std::string prefix = std::string(field) + ":";
  while (std::getline(in, line))
    if (line.rfind(prefix, 0) == 0) return std::atol(line.c_str() + prefix.size());
  return -1;
}

bool reset_peak() {
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
  return static_cast<bool>(out.flush());
}

}  // namespace

int main(int argc, char** argv) {
  const double megabytes = argc > 1 ? std::atof(argv[1]) : 10;
  if (megabytes <= 0) {
    std::fprintf(stderr, "usage: %s MEGABYTES\n", argv[0]);
    return 2;
  }
  const auto target = static_cast<std::size_t>(megabytes * 1e6);
  std::string document;
  {
    const rhetor_bench::Corpus corpus = rhetor_bench::load_corpus(RHETOR_SHARED_DIR, RHETOR_SOURCE_DIR);
    document.reserve(target + 100000);
    while (document.size() < target)
      for (const std::string& d : corpus.documents) {
        document += d;
        document += "\n\n";
        if (document.size() >= target) break;
      }
  }
  const rhetor::Analyzer analyzer;
  // Loaded once per process, not per input byte: the lexicon, the thread's
  // scratch and (analyze of a sentence with an attribution cue) the tagger's model.
  analyzer.score_sentence("Warm up the lexicon and the thread's scratch.");
  (void)analyzer.analyze("The minister said the tagger loads once.");
  const long before_kb = status_kb("VmRSS");
  if (!reset_peak()) {
    std::fprintf(stderr, "cannot reset the peak RSS (/proc/self/clear_refs)\n");
    return 1;
  }
  const rhetor::Report report = analyzer.analyze(document);
  const long peak_kb = status_kb("VmHWM");
  const long after_kb = status_kb("VmRSS");
  const double bytes = static_cast<double>(document.size());
  std::printf("input %.1f MB: %zu tokens, %zu sentences, %zu matches\n", bytes / 1e6, report.tokens().size(),
              report.sentences().size(), report.matches().size());
  std::printf("RSS before analyze %.1f MB, peak during analyze %.1f MB, after (Report alive) %.1f MB\n",
              before_kb / 1e3, peak_kb / 1e3, after_kb / 1e3);
  std::printf("working memory: %.2f bytes per input byte at the peak, %.2f held by the Report and scratch after\n",
              (peak_kb - before_kb) * 1024.0 / bytes, (after_kb - before_kb) * 1024.0 / bytes);
  return 0;
}
