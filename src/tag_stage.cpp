#include "tag_stage.hpp"

#include "rhetor/tagger.hpp"

namespace rhetor::detail {

void tag_sentence(std::string_view text, std::span<Token> sentence_tokens, bool chunks) {
  Tagger::english().tag(text, sentence_tokens, chunks ? TagLevel::pos_and_chunks : TagLevel::pos);
}

}  // namespace rhetor::detail
