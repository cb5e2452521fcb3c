// Internal: the default lexicon pack, embedded at build time (cmake/embed_lexicons.cmake).
#pragma once
#include <cstddef>
#include <string_view>
namespace rhetor::detail {
struct EmbeddedFile {
  const char* name;
  std::string_view data;
};
extern const EmbeddedFile kEmbeddedPack[];
extern const std::size_t kEmbeddedPackSize;
}  // namespace rhetor::detail
