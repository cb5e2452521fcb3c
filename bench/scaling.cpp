// Scaling check driver program: runs each adversarial family of
// bench/scaling_families.hpp at 1x, 4x and 16x its base size and prints, per
// run, the input and output bytes and (with --time) the best wall time.
// Under callgrind (bench/scaling.py --instructions) only the measured call is
// collected, and each run is dumped on its own, so instruction counts are exact.
//
//   rhetor_scaling [--base N] [--family NAME]... [--time] [--list]
//
// A family whose 4x run takes over a second and grows more than 6x faster than
// its input is not run at 16x (a quadratic one would take minutes under
// valgrind); it prints "gave-up" instead.
#include <valgrind/callgrind.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "jsonl.hpp"
#include "rhetor/rhetor.hpp"
#include "scaling_families.hpp"

namespace {

using namespace rhetor;
using scaling::Stage;

// Runs one input through its stage; returns the output bytes.
std::size_t run_stage(Stage stage, const std::string& input) {
  static const Analyzer fast;
  static const Analyzer icu(Lexicon::english(), AnalyzerOptions{.segmenter = Segmenter::icu});
  switch (stage) {
    case Stage::analyze_fast: return to_json(fast.analyze(input)).size();
    case Stage::analyze_icu: return to_json(icu.analyze(input)).size();
    case Stage::lexicon_lex:
    case Stage::lexicon_dic:
      try {
        const Lexicon lex = stage == Stage::lexicon_lex ? Lexicon::from_string(input, "family.lex")
                                                        : Lexicon::from_dic_string(input, "family.dic");
        return Analyzer(lex).compiled_forms();
      } catch (const LexiconError& e) {
        return std::strlen(e.what());
      }
    case Stage::jsonl: {
      std::size_t bytes = 0, line_no = 0, begin = 0;
      while (begin < input.size()) {
        std::size_t end = input.find('\n', begin);
        if (end == std::string::npos) end = input.size();
        bytes += cli::answer_record(fast, std::string_view(input).substr(begin, end - begin), ++line_no, {}).json.size() + 1;
        begin = end + 1;
      }
      return bytes;
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t base = 1;
  bool timed = false;
  std::vector<std::string> only;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--base" && i + 1 < argc) base = std::stoul(argv[++i]);
    else if (a == "--family" && i + 1 < argc) only.push_back(argv[++i]);
    else if (a == "--time") timed = true;
    else if (a == "--list") {
      for (const auto& f : scaling::families()) std::printf("%s\t%s\n", f.name, f.owner);
      return 0;
    } else {
      std::fprintf(stderr, "usage: %s [--base N] [--family NAME]... [--time] [--list]\n", argv[0]);
      return 2;
    }
  }
  for (const auto& f : scaling::families()) {
    if (!only.empty() && std::find(only.begin(), only.end(), f.name) == only.end()) continue;
    run_stage(f.stage, f.make(base));  // warm-up: lexicon compile, ICU iterators, scratch buffers
    double first_ms = 0;
    for (std::size_t scale : {1, 4, 16}) {
      const std::string input = f.make(base * scale);
      std::size_t out = 0;
      double best_ms = 0;
      const auto t0 = std::chrono::steady_clock::now();
      if (timed) {
        for (int rep = 0; rep < 3; ++rep) {
          const auto t0 = std::chrono::steady_clock::now();
          out = run_stage(f.stage, input);
          const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
          if (rep == 0 || ms < best_ms) best_ms = ms;
        }
      } else {
        CALLGRIND_TOGGLE_COLLECT;
        out = run_stage(f.stage, input);
        CALLGRIND_TOGGLE_COLLECT;
        CALLGRIND_DUMP_STATS;
        best_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      }
      std::printf("%s\t%zu\t%zu\t%zu\t%.3f\n", f.name, scale, input.size(), out, best_ms);
      std::fflush(stdout);
      if (scale == 1) first_ms = best_ms;
      if (scale == 4 && best_ms > 1000 && best_ms > 6 * 4 * first_ms) {
        std::printf("%s\tgave-up\n", f.name);
        break;
      }
    }
  }
  return 0;
}
