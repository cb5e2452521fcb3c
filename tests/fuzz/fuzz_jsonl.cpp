// libFuzzer: the CLI's JSONL record handling. Every line gets exactly one answer:
// one line of valid JSON, an error message of bounded size.
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "jsonl.hpp"
#include "rhetor/rhetor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rhetor::Analyzer analyzer;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  line = line.substr(0, line.find('\n'));  // the CLI splits lines before this call
  const auto answer = rhetor::cli::answer_record(analyzer, line, 1, {});
  auto fail = [&](const char* why) {
    std::fprintf(stderr, "%s: %.200s\n", why, answer.json.c_str());
    std::abort();
  };
  if (answer.json.empty() || answer.json.find('\n') != std::string::npos) fail("not one output line");
  if (!nlohmann::json::accept(answer.json)) fail("answer is not valid JSON");
  if (answer.error.size() > rhetor::cli::kMaxMessageBytes + 3) fail("error message not cut");
  return 0;
}
