// libFuzzer: the fast and ICU segmenters on the same bytes. Both must give sound
// structures (tokens in order, sentences tiling paragraphs) and the same paragraphs.
#include <cstdio>
#include <cstdlib>

#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto fast = rhetor::segment(text, rhetor::Segmenter::fast);
  const auto icu = rhetor::segment(text, rhetor::Segmenter::icu);
  for (const auto* seg : {&fast, &icu}) {
    const std::string problem = rhetor::test::segmentation_violation(*seg, text);
    if (!problem.empty()) {
      std::fprintf(stderr, "%s segmenter: %s\n", seg == &fast ? "fast" : "icu", problem.c_str());
      std::abort();
    }
  }
  if (fast.paragraphs.size() != icu.paragraphs.size()) {
    std::fprintf(stderr, "paragraphs differ: fast %zu, icu %zu\n", fast.paragraphs.size(), icu.paragraphs.size());
    std::abort();
  }
  for (std::size_t p = 0; p < fast.paragraphs.size(); ++p)
    if (!(fast.paragraphs[p].span == icu.paragraphs[p].span)) {
      std::fprintf(stderr, "paragraph %zu spans differ\n", p);
      std::abort();
    }
  return 0;
}
