// Internal: the tagging stage. Sets Token::pos (and Token::chunk with
// `chunks`) on the tokens of one sentence with the embedded English model
// (rhetor::Tagger::english()). No stage reads chunks, so the analyzer asks for
// them only with AnalyzerOptions::tag_all.
#pragma once

#include <span>
#include <string_view>

#include "rhetor/segment.hpp"

namespace rhetor::detail {

void tag_sentence(std::string_view text, std::span<Token> sentence_tokens, bool chunks);

}  // namespace rhetor::detail
