#include "tag_stage.hpp"

#if __has_include("rhetor/tagger.hpp")
#include "rhetor/tagger.hpp"
#endif

namespace rhetor::detail {

void tag_sentence(std::string_view text, std::span<Token> sentence_tokens) {
#if __has_include("rhetor/tagger.hpp")
  Tagger::english().tag(text, sentence_tokens);
#else
  (void)text;
  (void)sentence_tokens;
#endif
}

}  // namespace rhetor::detail
