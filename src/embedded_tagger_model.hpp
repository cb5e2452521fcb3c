// The default tagger model (models/en-ewt/tagger.model), compiled in by
// cmake/embed_text.cmake as string literals of at most 60 000 bytes each (ISO
// C++ only promises 65 535-byte literals; one 2 MB char array is slow to compile).
#pragma once

#include <span>
#include <string_view>

namespace rhetor::detail {
extern const std::span<const std::string_view> kEmbeddedTaggerModel;
}
