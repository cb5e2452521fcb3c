// UD English EWT for training and measuring the tagger: a CoNLL-U reader, the
// alignment of rhetor's tokens to EWT words, and base noun-phrase chunks derived
// from the dependency trees. Used by tools/train_tagger.cpp and tests/tagger_test.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "rhetor/segment.hpp"

namespace rhetor::ewt {

struct Word {
  std::string form;
  Upos upos = Upos::X;
  int head = -1;  ///< 0-based index of the head word, -1 for the root
  std::string deprel;
};

/// A token of the text: a word, or a multiword token ("don't" = do + n't).
struct Surface {
  std::string form;
  int first_word = 0, last_word = 0;  ///< inclusive range of words
};

struct Sentence {
  std::string text;  ///< the "# text =" line
  std::vector<Word> words;
  std::vector<Surface> surface;
};

/// Reads a CoNLL-U file; skips empty nodes ("8.1"). Throws rhetor::Error if unreadable or malformed.
std::vector<Sentence> read_conllu(const std::string& path);

/// Base NP chunks over the words (BIO), from the dependency tree:
/// a NOUN/PROPN/PRON/NUM head (or a SYM with a nummod, "$ 5") with its contiguous
/// block of dependents by det, amod, compound, nummod, nmod:poss, nmod:desc
/// ("President Bush"), flat, fixed, goeswith, plus, below those modifiers,
/// advmod, cc/conj, obl:unmarked ("month - long") and the case marker of a
/// possessive ("the company 's chairman" is one chunk). Punctuation is kept
/// only inside a chunk (hyphens); nested heads are absorbed by the outer chunk.
std::vector<Chunk> word_chunks(const Sentence& s);

/// EWT's own tokenization as rhetor tokens: the word forms joined by spaces.
struct GoldTokens {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Upos> upos;
  std::vector<Chunk> chunks;
};
GoldTokens gold_tokens(const Sentence& s);

struct AlignmentStats {
  std::size_t sentences = 0, failed = 0;  ///< failed: a word form not found in the text
  std::size_t tokens = 0;                 ///< rhetor tokens in aligned sentences
  std::size_t one_to_one = 0;             ///< token span == one word's span
  std::size_t merged = 0;                 ///< token covers several words ("al-Ani" = al - Ani)
  std::size_t fragment = 0;               ///< token is part of a larger word (pieces of a URL)
  std::size_t uncovered = 0;              ///< no word under the token (should not happen)
};

/// rhetor's tokenization of the sentence text, with gold tags: each token takes
/// the tag of the last non-PUNCT word it overlaps (PUNCT if all are), so a
/// hyphenated compound takes its head's tag ("pro-Kremlin" -> PROPN of Kremlin);
/// a fragment takes the tag of its word, except that punctuation split off a
/// word ("Inc." -> Inc .) is PUNCT unless the word is a SYM (":)"). Chunks are mapped the same way: a token
/// is in the chunk of that word, B on the first token of a chunk.
struct RhetorTokens {
  std::vector<Token> tokens;
  std::vector<Upos> upos;
  std::vector<Chunk> chunks;
};
/// False (and `failed` counted) when the words cannot be located in the text.
bool rhetor_tokens(const Sentence& s, RhetorTokens& out, AlignmentStats& stats);

/// Chunk spans [begin, end) over token indices, for F1.
struct ChunkSpan {
  std::size_t begin, end;
  friend bool operator==(ChunkSpan a, ChunkSpan b) { return a.begin == b.begin && a.end == b.end; }
};
std::vector<ChunkSpan> chunk_spans(const std::vector<Chunk>& bio);

}  // namespace rhetor::ewt
