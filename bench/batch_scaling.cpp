// Batch engine scaling (issue 10): analyze + to_json of a corpus of articles
// through rhetor::run_batch on 1 thread and on N threads, in one process, with
// interleaved repetitions. Prints wall time, process CPU time (all threads),
// MB/s, the wall-time speedup and the load average before and after, because
// on a shared machine a speedup means little without them.
//
//   rhetor_batch_scaling [--threads N] [--repetitions R] [corpus.jsonl ...]
//
// Default corpus: ../shared/eval/dev/ptc-train.jsonl and polnear-train.jsonl
// (whole news articles). Each line must be an object with a string "text".
#include <rhetor/rhetor.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

struct Run {
  double wall = 0, cpu = 0;
};

// One pass over the corpus: every text analyzed and written as JSON on the workers,
// the consumer only adds up the output sizes (so that nothing is optimized away).
Run run(const rhetor::Analyzer& analyzer, const std::vector<std::string>& texts, unsigned threads, std::size_t& out_bytes) {
  std::size_t next = 0;
  out_bytes = 0;
  const auto t0 = std::chrono::steady_clock::now();
  const double c0 = process_cpu_seconds();
  rhetor::run_batch<const std::string*, std::string>(
      {.read = [&](const std::string*& t) { return next < texts.size() ? (t = &texts[next++], true) : false; },
       .work = [&](const std::string*& t) { return rhetor::to_json(analyzer.analyze(*t)); },
       .consume = [&](const std::string*&, rhetor::BatchOutcome<std::string>& o) { out_bytes += o.get().size(); }},
      {.threads = threads});
  const double c1 = process_cpu_seconds();
  const auto t1 = std::chrono::steady_clock::now();
  return {std::chrono::duration<double>(t1 - t0).count(), c1 - c0};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  unsigned threads = std::max(2u, std::thread::hardware_concurrency());
  int repetitions = 5;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--threads" && i + 1 < argc) threads = static_cast<unsigned>(std::atoi(argv[++i]));
    else if (a == "--repetitions" && i + 1 < argc) repetitions = std::max(1, std::atoi(argv[++i]));
    else paths.push_back(a);
  }
  if (paths.empty())
    for (const char* name : {"ptc-train.jsonl", "polnear-train.jsonl"})
      paths.push_back(std::string(RHETOR_SHARED_DIR) + "/eval/dev/" + name);
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const auto& p : paths) {
    std::ifstream in(p);
    if (!in) {
      std::fprintf(stderr, "batch_scaling: cannot open %s\n", p.c_str());
      return 2;
    }
    for (std::string line; std::getline(in, line);) {
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) {
        texts.push_back(j["text"].get<std::string>());
        bytes += texts.back().size();
      }
    }
  }
  if (texts.empty()) {
    std::fprintf(stderr, "batch_scaling: no texts\n");
    return 2;
  }
  const rhetor::Analyzer analyzer;
  std::printf("corpus: %zu texts, %.1f MB; hardware threads %u; load average before: %s\n", texts.size(), bytes / 1e6,
              std::thread::hardware_concurrency(), load_average().c_str());
  std::size_t out1 = 0, outn = 0;
  run(analyzer, texts, 1, out1);  // warm-up: pages, caches, thread-local scratch
  std::vector<double> wall1, cpu1, walln, cpun, ratio;
  for (int r = 0; r < repetitions; ++r) {  // interleaved, so drifting load hits both alike
    const Run a = run(analyzer, texts, 1, out1);
    const Run b = run(analyzer, texts, threads, outn);
    if (out1 != outn) {
      std::fprintf(stderr, "batch_scaling: output differs between 1 and %u threads\n", threads);
      return 1;
    }
    wall1.push_back(a.wall);
    cpu1.push_back(a.cpu);
    walln.push_back(b.wall);
    cpun.push_back(b.cpu);
    ratio.push_back(a.wall / b.wall);
  }
  const double mb = bytes / 1e6;
  std::printf("%-10s %10s %10s %9s %8s\n", "threads", "wall s", "cpu s", "cpu/wall", "MB/s");
  std::printf("%-10u %10.3f %10.3f %9.2f %8.2f\n", 1u, median(wall1), median(cpu1), median(cpu1) / median(wall1),
              mb / median(wall1));
  std::printf("%-10u %10.3f %10.3f %9.2f %8.2f\n", threads, median(walln), median(cpun), median(cpun) / median(walln),
              mb / median(walln));
  std::sort(ratio.begin(), ratio.end());
  std::printf("speedup on %u threads: %.2fx (median wall times, %d repetitions); paired ratios %.2f-%.2f, median %.2f\n",
              threads, median(wall1) / median(walln), repetitions, ratio.front(), ratio.back(), median(ratio));
  std::printf("load average after: %s\n", load_average().c_str());
  return 0;
}
