// libFuzzer: any bytes through the default analyzer; the Report invariants
// must hold and to_json must parse back.
#include <cstdio>
#include <cstdlib>

#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const rhetor::Analyzer analyzer;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string problem = rhetor::test::report_violation(analyzer.analyze(text), text);
  if (!problem.empty()) {
    std::fprintf(stderr, "Report invariant violated: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
