#include "rhetor/pos.hpp"

#include <array>

namespace rhetor {
namespace {
constexpr std::array<std::string_view, kUposCount> kNames = {
    "X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
    "SYM", "VERB"};
}  // namespace

std::string_view to_string(Upos tag) noexcept {
  const auto i = static_cast<std::size_t>(tag);
  return i < kNames.size() ? kNames[i] : "X";
}

std::optional<Upos> upos_from_string(std::string_view name) noexcept {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Upos>(i);
  return std::nullopt;
}

}  // namespace rhetor
