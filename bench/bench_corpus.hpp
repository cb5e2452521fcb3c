// The benchmark corpus shared by bench/ programs: the news texts of
// ../shared/eval/dev (400 PTC and 400 PolNeAR articles) when present, else the
// op-ed shipped in examples/ repeated, so the programs run on a user's clone too.
// Sentences are cut with rhetor's own segmenter.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "rhetor/segment.hpp"

namespace rhetor_bench {

struct Corpus {
  std::vector<std::string> documents;
  std::vector<std::string> sentences;
  std::size_t bytes = 0, sentence_bytes = 0;
  std::string source;  // what was read, for the printed context
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline Corpus load_corpus(const std::string& shared_dir, const std::string& source_dir) {
  Corpus c;
  for (const char* name : {"ptc-train.jsonl", "polnear-train.jsonl"}) {
    std::ifstream in(shared_dir + "/eval/dev/" + name);
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
    const std::string op_ed = slurp(source_dir + "/examples/sample-op-ed.txt");
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
}

}  // namespace rhetor_bench
