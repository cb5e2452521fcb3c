// Feature templates of the part-of-speech tagger and the noun-phrase chunker,
// shared by the library (src/tagger.cpp) and the trainer (tools/train_tagger.cpp)
// so that both compute exactly the same features.
//
// A feature is a template name and a value ("s3=ing", "t2=DET|ADJ"). The model
// file stores that string; at run time the same bytes are hashed straight from
// the token text, so no std::string is built per token.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rhetor/pos.hpp"
#include "rhetor/segment.hpp"

namespace rhetor::detail {

// The model refers to templates by name; the enum order only seeds the hash.
enum class Feat : std::uint8_t {
  // UPOS tagger
  bias, word, lower, pre1, pre2, pre3, pre4, suf1, suf2, suf3, suf4, shape, hyphen, digit, all_caps, init_cap,
  prev_tag, prev2_tags, prev_tag_word, prev_word, prev2_word, next_word, next2_word, prev_suf3, next_suf3,
  next_shape, prev_tag_next_word, amb, amb_next, amb_next2, amb_pair, prev_tag_amb, amb_prev, prev_word_word, word_next_word, prev_shape, suf3_next_amb, headline_shape,
  // NP chunker
  c_bias, c_tag, c_prev_tag, c_prev2_tag, c_next_tag, c_next2_tag, c_prev_tag_tag, c_tag_next_tag,
  c_prev2_prev_tag, c_word, c_word_tag, c_prev_word, c_next_word, c_prev_chunk, c_prev_chunk_tag,
  c_prev_chunk_word, c_suf3_tag, c_tag_trigram, c_prev_chunk_prev_tag, c_next_word_tag, c_next_suf3,
  count_
};
inline constexpr std::string_view kFeatNames[] = {
    "b", "w", "lw", "p1", "p2", "p3", "p4", "s1", "s2", "s3", "s4", "sh", "hy", "dg", "ac", "ic",
    "t1", "t2", "t1w", "w-1", "w-2", "w+1", "w+2", "s3-1", "s3+1", "sh+1", "t1w+1", "a", "a+1", "a+2", "aa+1", "t1a", "a-1", "w-1w", "ww+1", "sh-1", "s3a+1", "hlsh",
    "cb", "ct", "ct-1", "ct-2", "ct+1", "ct+2", "ct-1t", "ctt+1", "ct-2t-1", "cw", "cwt", "cw-1", "cw+1",
    "cc-1", "cc-1t", "cc-1w", "cs3t", "ct-1tt+1", "cc-1t-1t", "cw+1t", "cs3+1"};
static_assert(std::size(kFeatNames) == static_cast<std::size_t>(Feat::count_));

// FNV-1a over the value bytes, seeded by the template, then a murmur3 finalizer
// (the weight table indexes by the low bits). Never 0: 0 marks an empty slot.
inline std::uint64_t hash_begin(Feat f) noexcept {
  return 0xcbf29ce484222325ULL ^ ((static_cast<std::uint64_t>(f) + 1) * 0x9E3779B97F4A7C15ULL);
}
inline std::uint64_t hash_feed(std::uint64_t h, std::string_view s) noexcept {
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}
inline std::uint64_t hash_end(std::uint64_t h) noexcept {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h ? h : 1;
}
/// The hash of "name=a", "name=a|b" or "name=a|b|c", as the model file spells it.
inline std::uint64_t feature_hash(Feat f, std::string_view a) noexcept { return hash_end(hash_feed(hash_begin(f), a)); }
inline std::uint64_t feature_hash(Feat f, std::string_view a, std::string_view b) noexcept {
  return hash_end(hash_feed(hash_feed(hash_feed(hash_begin(f), a), "|"), b));
}
inline std::uint64_t feature_hash(Feat f, std::string_view a, std::string_view b, std::string_view c) noexcept {
  return hash_end(hash_feed(hash_feed(hash_feed(hash_feed(hash_feed(hash_begin(f), a), "|"), b), "|"), c));
}

/// The normalized forms of one token the features read.
struct TokenForms {
  std::string_view word;   ///< as written, curly apostrophe -> '
  std::string_view lower;  ///< ASCII-lowercased `word`
  std::string_view shape;  ///< X x d u(non-ASCII) per character, runs capped at 3: "Obama" -> "Xxxx"
  std::string_view amb;    ///< ambiguity class: the word's possible tags in training, a hex bit mask ("0" unknown)
  bool has_hyphen = false, has_digit = false, all_caps = false, init_cap = false;
  bool headline = false;  ///< the sentence is in title case or capitals (headlines, signatures)
};

/// Reused per thread: after warm-up, prepare_forms allocates nothing.
struct FormScratch {
  std::string buffer;
  std::vector<TokenForms> forms;
};

/// `word_class(lower)` gives the ambiguity class bit mask of a lowercased word (0 if unknown).
template <class WordClass>
void prepare_forms(std::string_view text, std::span<const Token> tokens, FormScratch& s, WordClass&& word_class) {
  std::size_t total = 0;
  for (const Token& t : tokens) total += t.span.size();
  if (s.buffer.size() < 3 * total + 5 * tokens.size()) s.buffer.resize(3 * total + 5 * tokens.size());
  s.forms.resize(tokens.size());
  char* out = s.buffer.data();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view raw = text.substr(tokens[i].span.begin, tokens[i].span.size());
    TokenForms& f = s.forms[i];
    f = TokenForms{};
    char* word = out;
    bool any_upper = false, any_lower = false;
    for (std::size_t k = 0; k < raw.size(); ++k) {
      const char c = raw[k];
      if (c == '\xE2' && k + 2 < raw.size() && raw[k + 1] == '\x80' && raw[k + 2] == '\x99') {
        *out++ = '\'';  // ’ -> '
        k += 2;
        continue;
      }
      *out++ = c;
      if (c == '-') f.has_hyphen = true;
      else if (c >= '0' && c <= '9') f.has_digit = true;
      else if (c >= 'A' && c <= 'Z') any_upper = true;
      else if (c >= 'a' && c <= 'z') any_lower = true;
    }
    f.word = std::string_view(word, static_cast<std::size_t>(out - word));
    char* lower = out;
    for (char c : f.word) *out++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    f.lower = std::string_view(lower, f.word.size());
    char* shape = out;
    char last = 0;
    int run = 0;
    for (char c : f.word) {
      const auto u = static_cast<unsigned char>(c);
      if (u >= 0x80 && u < 0xC0) continue;  // UTF-8 continuation byte
      const char k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd' : u >= 0x80 ? 'u' : c;
      run = (k == last) ? run + 1 : 1;
      last = k;
      if (run <= 3 && out - shape < 12) *out++ = k;
    }
    f.shape = std::string_view(shape, static_cast<std::size_t>(out - shape));
    char* amb = out;
    const std::uint32_t mask = word_class(f.lower);
    int digits = 1;
    while (digits < 5 && (mask >> (4 * digits)) != 0) ++digits;
    for (int d = digits - 1; d >= 0; --d) *out++ = "0123456789abcdef"[(mask >> (4 * d)) & 15];
    f.amb = std::string_view(amb, static_cast<std::size_t>(out - amb));
    f.init_cap = !f.word.empty() && f.word[0] >= 'A' && f.word[0] <= 'Z';
    f.all_caps = any_upper && !any_lower && f.word.size() > 1;
  }
  // Capitalization says little about proper nouns in a headline.
  std::size_t letters = 0, capitalized = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const char c = s.forms[i].word.empty() ? ' ' : s.forms[i].word[0];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++letters;
      capitalized += s.forms[i].init_cap;
    }
  }
  const bool headline = letters >= 3 && capitalized * 4 >= letters * 3;
  for (std::size_t i = 0; i < tokens.size(); ++i) s.forms[i].headline = headline;
}

inline std::string_view upos_name(int tag) noexcept {
  return tag < 0 ? std::string_view("<s>") : to_string(static_cast<Upos>(tag));
}
inline std::string_view chunk_name(int c) noexcept {
  constexpr std::string_view names[] = {"O", "B", "I"};
  return c < 0 ? std::string_view("<s>") : names[c];
}
inline std::string_view suffix(std::string_view s, std::size_t n) noexcept {
  return s.size() > n ? s.substr(s.size() - n) : s;
}

/// Features of token i given the two previous predicted tags (-1 before the sentence).
/// `add(Feat, a)`, `add(Feat, a, b)` and `add(Feat, a, b, c)` receive them.
template <class Add>
void upos_features(std::span<const TokenForms> f, std::size_t i, int prev, int prev2, Add&& add) {
  const TokenForms& t = f[i];
  const std::string_view lw = t.lower;
  add(Feat::bias, std::string_view());
  add(Feat::word, t.word);
  add(Feat::lower, lw);
  constexpr Feat pre[] = {Feat::pre1, Feat::pre2, Feat::pre3, Feat::pre4};
  constexpr Feat suf[] = {Feat::suf1, Feat::suf2, Feat::suf3, Feat::suf4};
  for (std::size_t k = 1; k <= 4 && k < lw.size(); ++k) {
    add(pre[k - 1], lw.substr(0, k));
    add(suf[k - 1], lw.substr(lw.size() - k));
  }
  add(Feat::shape, t.shape);
  if (t.has_hyphen) add(Feat::hyphen, std::string_view());
  if (t.has_digit) add(Feat::digit, std::string_view());
  if (t.all_caps) add(Feat::all_caps, std::string_view());
  if (t.init_cap)
    add(Feat::init_cap, t.headline ? std::string_view("headline") : i == 0 ? std::string_view("first") : std::string_view("inner"));
  if (t.headline) add(Feat::headline_shape, t.shape);
  const std::string_view p1 = upos_name(prev), p2 = upos_name(prev2);
  add(Feat::prev_tag, p1);
  add(Feat::prev2_tags, p1, p2);
  add(Feat::prev_tag_word, p1, lw);
  const std::string_view w_1 = i >= 1 ? f[i - 1].lower : std::string_view("<s>");
  const std::string_view w_2 = i >= 2 ? f[i - 2].lower : std::string_view("<s>");
  const std::string_view w1 = i + 1 < f.size() ? f[i + 1].lower : std::string_view("</s>");
  const std::string_view w2 = i + 2 < f.size() ? f[i + 2].lower : std::string_view("</s>");
  add(Feat::prev_word, w_1);
  add(Feat::prev2_word, w_2);
  add(Feat::next_word, w1);
  add(Feat::next2_word, w2);
  add(Feat::prev_suf3, suffix(w_1, 3));
  add(Feat::next_suf3, suffix(w1, 3));
  add(Feat::next_shape, i + 1 < f.size() ? f[i + 1].shape : std::string_view("</s>"));
  add(Feat::prev_tag_next_word, p1, w1);
  const std::string_view a1 = i + 1 < f.size() ? f[i + 1].amb : std::string_view("</s>");
  add(Feat::amb, t.amb);
  add(Feat::amb_next, a1);
  add(Feat::amb_next2, i + 2 < f.size() ? f[i + 2].amb : std::string_view("</s>"));
  add(Feat::amb_prev, i >= 1 ? f[i - 1].amb : std::string_view("<s>"));
  add(Feat::amb_pair, t.amb, a1);
  add(Feat::prev_tag_amb, p1, t.amb);
  add(Feat::prev_word_word, w_1, lw);
  add(Feat::word_next_word, lw, w1);
  add(Feat::prev_shape, i >= 1 ? f[i - 1].shape : std::string_view("<s>"));
  add(Feat::suf3_next_amb, suffix(lw, 3), a1);
}

/// The key of a lowercased word in the ambiguity-class table.
inline std::uint64_t word_class_hash(std::string_view lower) noexcept { return feature_hash(Feat::amb, lower); }

/// Features of token i for the chunker, given the UPOS tags and the previous chunk label.
template <class Add>
void chunk_features(std::span<const TokenForms> f, std::span<const Upos> tags, std::size_t i, int prev_chunk,
                    Add&& add) {
  const auto tag = [&](std::ptrdiff_t j) {
    return j < 0 ? std::string_view("<s>")
                 : static_cast<std::size_t>(j) >= tags.size() ? std::string_view("</s>") : to_string(tags[j]);
  };
  const auto k = static_cast<std::ptrdiff_t>(i);
  const std::string_view t0 = tag(k), t_1 = tag(k - 1), t_2 = tag(k - 2), t1 = tag(k + 1), t2 = tag(k + 2);
  const std::string_view lw = f[i].lower;
  const std::string_view c1 = chunk_name(prev_chunk);
  add(Feat::c_bias, std::string_view());
  add(Feat::c_tag, t0);
  add(Feat::c_prev_tag, t_1);
  add(Feat::c_prev2_tag, t_2);
  add(Feat::c_next_tag, t1);
  add(Feat::c_next2_tag, t2);
  add(Feat::c_prev_tag_tag, t_1, t0);
  add(Feat::c_tag_next_tag, t0, t1);
  add(Feat::c_prev2_prev_tag, t_2, t_1);
  add(Feat::c_word, lw);
  add(Feat::c_word_tag, lw, t0);
  add(Feat::c_prev_word, i >= 1 ? f[i - 1].lower : std::string_view("<s>"));
  add(Feat::c_next_word, i + 1 < f.size() ? f[i + 1].lower : std::string_view("</s>"));
  add(Feat::c_prev_chunk, c1);
  add(Feat::c_prev_chunk_tag, c1, t0);
  add(Feat::c_prev_chunk_word, c1, lw);
  add(Feat::c_suf3_tag, suffix(lw, 3), t0);
  add(Feat::c_tag_trigram, t_1, t0, t1);
  add(Feat::c_prev_chunk_prev_tag, c1, t_1, t0);
  const std::string_view w1 = i + 1 < f.size() ? f[i + 1].lower : std::string_view("</s>");
  add(Feat::c_next_word_tag, w1, t1);
  add(Feat::c_next_suf3, suffix(w1, 3));
}

}  // namespace rhetor::detail
