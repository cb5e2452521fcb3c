// rhetor/pos.hpp: Universal Dependencies part-of-speech tags (UPOS) and
// noun-phrase chunk labels, as carried by every Token.
//
//   rhetor::Upos t = rhetor::upos_from_string("PROPN");   // Upos::PROPN
//   std::string_view name = rhetor::to_string(t);          // "PROPN"
//
// `Upos::X` doubles as "not tagged": the analyzer tags only the sentences that
// need it (see AnalyzerOptions::tag_all).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace rhetor {

/// The 17 UPOS tags of Universal Dependencies (X first: also "untagged").
enum class Upos : std::uint8_t {
  X, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB,
};
inline constexpr int kUposCount = 17;

/// Base noun-phrase chunk label of a token (BIO): outside, beginning, inside.
enum class Chunk : std::uint8_t { O, B, I };

std::string_view to_string(Upos tag) noexcept;
/// "NOUN" -> Upos::NOUN; nullopt for anything that is not one of the 17 names.
std::optional<Upos> upos_from_string(std::string_view name) noexcept;

}  // namespace rhetor
