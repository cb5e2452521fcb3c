// rhetor/tagger.hpp: part-of-speech tags (UPOS) and base noun-phrase chunks.
//
// A greedy averaged perceptron tags the tokens of one sentence left to right,
// then a second one labels base noun phrases (BIO). The default model is
// trained on UD English EWT (CC BY-SA 4.0, see models/en-ewt/README.md) and
// compiled into the library.
//
//   std::vector<rhetor::Token> toks;
//   std::string_view s = "Officials said the bridge would close.";
//   rhetor::tokenize(s, toks);
//   rhetor::Tagger::english().tag(s, toks);
//   // toks[0].pos == Upos::NOUN, toks[1].pos == Upos::VERB, toks[2].chunk == Chunk::B
//   rhetor::Tagger::english().tag(s, toks, rhetor::TagLevel::pos);  // UPOS only, chunks O: faster
//
// A Tagger is immutable: `tag` is const, safe to call from many threads at once,
// and allocates nothing once a thread has warmed up (thread-local scratch).
// Copies are cheap and share the model.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/pos.hpp"
#include "rhetor/segment.hpp"

namespace rhetor {

namespace detail {
struct TaggerModel;
}

/// What Tagger::tag computes: UPOS only (the chunker is skipped and every
/// Token::chunk is set to O), or UPOS and base noun-phrase chunks.
enum class TagLevel : unsigned char { pos, pos_and_chunks };

class Tagger {
 public:
  /// The embedded English model (UD EWT), parsed once on first use (thread-safe).
  static const Tagger& english();
  /// Reads a model file. Throws ModelError ("path:line: message") if it is unreadable or malformed.
  static Tagger load(const std::string& path);
  /// Parses model text; `name` stands for the file in error messages.
  static Tagger from_string(std::string_view model_text, std::string_view name = "<string>");

  /// Tags the tokens of one sentence of `text` in place: Token::pos, and with
  /// TagLevel::pos_and_chunks Token::chunk when the model has a chunker (else,
  /// and with TagLevel::pos, every chunk is set to O). Token spans are byte
  /// offsets into `text`. The UPOS tags do not depend on the level.
  ///   tagger.tag(text, toks, rhetor::TagLevel::pos);   // what rhetor::Analyzer uses
  void tag(std::string_view text, std::span<Token> sentence_tokens,
           TagLevel level = TagLevel::pos_and_chunks) const;

  /// Tokenizes one sentence with rhetor::tokenize and tags it (allocates the result).
  ///   auto toks = rhetor::Tagger::english().tag("He left.");   // PRON VERB PUNCT
  std::vector<Token> tag(std::string_view sentence) const;

  bool has_chunker() const noexcept;
  /// Number of words in the model's tag dictionary: words that had one tag in
  /// training (punctuation, most closed-class words) and are tagged without scoring.
  std::size_t dictionary_size() const noexcept;
  /// The tag the dictionary fixes for `word` as written (one token), or nullopt
  /// when the word is scored in context. `lexicon check` uses it to find
  /// `@pos` constraints that can never hold ("the" is always DET).
  std::optional<Upos> dictionary_tag(std::string_view word) const;
  /// Number of features with weights (tagger + chunker).
  std::size_t feature_count() const noexcept;

 private:
  explicit Tagger(std::shared_ptr<const detail::TaggerModel> model) : model_(std::move(model)) {}
  std::shared_ptr<const detail::TaggerModel> model_;
};

}  // namespace rhetor
