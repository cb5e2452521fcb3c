// Internal: the tagging stage. Sets Token::pos and Token::chunk on the tokens
// of one sentence with the embedded English model (rhetor::Tagger::english()).
#pragma once

#include <span>
#include <string_view>

#include "rhetor/segment.hpp"

namespace rhetor::detail {

void tag_sentence(std::string_view text, std::span<Token> sentence_tokens);

}  // namespace rhetor::detail
