// Feature templates of the part-of-speech tagger and the noun-phrase chunker,
// shared by the library (src/tagger.cpp) and the trainer (tools/train_tagger.cpp)
// so that both compute exactly the same features.
//
// A feature is a template name and a value ("s3=ing", "t2=DET|ADJ"). The model
// file stores that string; at run time the same bytes are hashed straight from
// the token text, so no std::string is built per token.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
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

// A feature value has one, two or three parts ("t2=DET|ADJ"). Each part is
// hashed alone (FNV-1a, no finalizer: a prefix's hash is the running state of
// its word), so a token's strings are hashed once and a feature key only
// mixes the template and its part hashes (a multiply and a xor-shift per part,
// then a fold of the high half into the low bits the tables index by). The model file separates parts with a raw '|' ('|' inside a
// value is written \x7c), so the loader computes the same keys.
inline constexpr std::uint64_t kFnvBasis = 0xcbf29ce484222325ULL, kFnvPrime = 0x100000001b3ULL;
constexpr std::uint64_t part_hash(std::string_view s) noexcept {
  std::uint64_t h = kFnvBasis;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h;
}
/// A feature part: its bytes (what the trainer writes) and their hash (what the tagger looks up).
struct Part {
  std::string_view s;
  std::uint64_t h;
};
constexpr Part part(std::string_view s) noexcept { return {s, part_hash(s)}; }

constexpr std::uint64_t key_begin(Feat f) noexcept {
  return (static_cast<std::uint64_t>(f) + 1) * 0x9E3779B97F4A7C15ULL;
}
constexpr std::uint64_t key_add(std::uint64_t k, std::uint64_t part) noexcept {
  k = (k ^ part) * 0xbf58476d1ce4e5b9ULL;
  return k ^ (k >> 29);
}
constexpr std::uint64_t key_end(std::uint64_t h) noexcept {
  return h ^ (h >> 32);  // key_add mixed the parts; the slot index takes the low bits
}
/// The key of "name=a", "name=a|b" or "name=a|b|c", as the model file spells it.
constexpr std::uint64_t feature_key(Feat f, std::uint64_t a) noexcept { return key_end(key_add(key_begin(f), a)); }
constexpr std::uint64_t feature_key(Feat f, std::uint64_t a, std::uint64_t b) noexcept {
  return key_end(key_add(key_add(key_begin(f), a), b));
}
constexpr std::uint64_t feature_key(Feat f, std::uint64_t a, std::uint64_t b, std::uint64_t c) noexcept {
  return key_end(key_add(key_add(key_add(key_begin(f), a), b), c));
}
/// Keys of the word tables (ambiguity classes by lowercased word, tag dictionary by word).
/// Never 0 (0 marks an empty slot there).
constexpr std::uint64_t class_key(std::uint64_t lower_hash) noexcept {
  return key_end(key_add(key_begin(Feat::count_), lower_hash)) | 1ULL << 63;
}
constexpr std::uint64_t dictionary_key(std::uint64_t word_hash) noexcept {
  return key_end(key_add(key_begin(Feat::count_) + 1, word_hash)) | 1ULL << 63;
}

inline constexpr std::string_view kUposNames[] = {"X",    "ADJ",   "ADP",   "ADV",   "AUX",   "CCONJ",
                                                  "DET",  "INTJ",  "NOUN",  "NUM",   "PART",  "PRON",
                                                  "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};
static_assert(std::size(kUposNames) == kUposCount);
// Parts of the tags, -1 (before the sentence) first, then "</s>" (after it).
inline constexpr Part kTagParts[] = {part("<s>"),   part("X"),    part("ADJ"),   part("ADP"),   part("ADV"),
                                     part("AUX"),   part("CCONJ"), part("DET"),  part("INTJ"),  part("NOUN"),
                                     part("NUM"),   part("PART"), part("PRON"),  part("PROPN"), part("PUNCT"),
                                     part("SCONJ"), part("SYM"),  part("VERB"),  part("</s>")};
inline constexpr Part tag_part(int tag) noexcept { return kTagParts[tag + 1]; }
inline constexpr Part kBos = part("<s>"), kEos = part("</s>"), kEosSuf3 = part("/s>"), kEmpty = part("");

/// The normalized forms of one token the features read.
struct TokenForms {
  std::string_view word;   ///< as written, curly apostrophe -> '
  std::string_view lower;  ///< ASCII-lowercased `word`
  std::string_view shape;  ///< X x d u(non-ASCII) per character, runs capped at 3: "Obama" -> "Xxxx"
  std::string_view amb;    ///< ambiguity class: the word's possible tags in training, a hex bit mask ("0" unknown)
  bool has_hyphen = false, has_digit = false, all_caps = false, init_cap = false;
  bool headline = false;  ///< the sentence is in title case or capitals (headlines, signatures)
  // part_hash of the strings above; pre[k]/suf[k]: of the first/last k+1 bytes of `lower`,
  // suf3: of suffix(lower, 3) (the whole word if it is shorter)
  std::uint64_t h_word = 0, h_lower = 0, h_shape = 0, h_amb = 0, h_suf3 = 0;
  std::uint64_t h_pre[4] = {}, h_suf[4] = {};
  Part word_part() const noexcept { return {word, h_word}; }
  Part lower_part() const noexcept { return {lower, h_lower}; }
  Part shape_part() const noexcept { return {shape, h_shape}; }
  Part amb_part() const noexcept { return {amb, h_amb}; }
  Part suf3_part() const noexcept { return {lower.size() > 3 ? lower.substr(lower.size() - 3) : lower, h_suf3}; }
};

// Per byte: its ASCII lowercase form, its shape character and its kind (a
// UTF-8 continuation byte adds no shape character).
enum : unsigned char { kHyphen = 1, kDigit = 2, kUpper = 4, kLower = 8, kContinuation = 16 };
struct CharInfo {
  char lower, shape;
  unsigned char kind;
};
inline constexpr auto kCharInfo = [] {
  std::array<CharInfo, 256> t{};
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    CharInfo& ci = t[static_cast<std::size_t>(b)];
    ci.lower = (b >= 'A' && b <= 'Z') ? static_cast<char>(b + 32) : c;
    ci.shape = (b >= 'A' && b <= 'Z') ? 'X' : (b >= 'a' && b <= 'z') ? 'x' : (b >= '0' && b <= '9') ? 'd'
               : b >= 0x80 ? 'u' : c;
    ci.kind = b == '-' ? kHyphen : (b >= '0' && b <= '9') ? kDigit : (b >= 'A' && b <= 'Z') ? kUpper
              : (b >= 'a' && b <= 'z') ? kLower : (b >= 0x80 && b < 0xC0) ? kContinuation : 0;
  }
  return t;
}();

/// Reused per thread: after warm-up, prepare_forms allocates nothing.
struct FormScratch {
  std::string buffer;
  std::vector<TokenForms> forms;
};

/// `word_class(lower, part_hash(lower))` gives the ambiguity class bit mask of a lowercased word (0 if unknown).
template <class WordClass>
void prepare_forms(std::string_view text, std::span<const Token> tokens, FormScratch& s, WordClass&& word_class) {
  std::size_t total = 0;
  for (const Token& t : tokens) total += t.span().size();
  if (s.buffer.size() < 3 * total + 5 * tokens.size()) s.buffer.resize(3 * total + 5 * tokens.size());
  s.forms.resize(tokens.size());
  char* out = s.buffer.data();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view raw = text.substr(tokens[i].span().begin, tokens[i].span().size());
    TokenForms& f = s.forms[i];
    f.h_pre[0] = f.h_pre[1] = f.h_pre[2] = f.h_pre[3] = 0;
    f.h_suf[0] = f.h_suf[1] = f.h_suf[2] = f.h_suf[3] = 0;
    // One pass over the bytes: the word (’ -> '), its lowercase form, its shape and their
    // hashes. The shape goes after room for two copies of the raw bytes (a ’ shortens the
    // word), so it is written in the same pass; the buffer's 3 bytes a byte still suffice.
    char* word = out;
    char* lower = out + raw.size();
    char* shape = out + 2 * raw.size();
    std::uint64_t hw = kFnvBasis, hl = kFnvBasis, hs = kFnvBasis;
    unsigned seen = 0;  // kind bits of the characters seen
    std::size_t n = 0, shape_len = 0;
    char last = 0;  // the shape character of the current run and its length (runs are capped at 3)
    int run = 0;
    for (std::size_t k = 0; k < raw.size(); ++k) {
      char c = raw[k];
      if (c == '\xE2' && k + 2 < raw.size() && raw[k + 1] == '\x80' && raw[k + 2] == '\x99') {
        c = '\'';  // ’ -> '
        k += 2;
      }
      const CharInfo ci = kCharInfo[static_cast<unsigned char>(c)];
      seen |= ci.kind;
      word[n] = c;
      lower[n] = ci.lower;
      hw = (hw ^ static_cast<unsigned char>(c)) * kFnvPrime;
      hl = (hl ^ static_cast<unsigned char>(ci.lower)) * kFnvPrime;
      if (n < 4) f.h_pre[n] = hl;
      ++n;
      if (!(ci.kind & kContinuation)) {  // X x d u(non-ASCII) per character
        run = (ci.shape == last) ? run + 1 : 1;
        last = ci.shape;
        if (run <= 3 && shape_len < 12) {
          shape[shape_len++] = ci.shape;
          hs = (hs ^ static_cast<unsigned char>(ci.shape)) * kFnvPrime;
        }
      }
    }
    if (n < raw.size()) std::memmove(word + n, lower, n);  // close the gap left by a ’
    f.word = std::string_view(word, n);
    f.lower = std::string_view(word + n, n);
    f.h_word = hw;
    f.h_lower = hl;
    f.has_hyphen = (seen & kHyphen) != 0;
    f.has_digit = (seen & kDigit) != 0;
    const bool any_upper = (seen & kUpper) != 0, any_lower = (seen & kLower) != 0;
    // part_hash of the last 1-4 bytes, unrolled (the loop over substrings cost more than the hashing).
    const auto fnv = [](std::uint64_t h, char c) noexcept { return (h ^ static_cast<unsigned char>(c)) * kFnvPrime; };
    const char* e = f.lower.data() + n;
    if (n >= 1) f.h_suf[0] = fnv(kFnvBasis, e[-1]);
    if (n >= 2) f.h_suf[1] = fnv(fnv(kFnvBasis, e[-2]), e[-1]);
    if (n >= 3) f.h_suf[2] = fnv(fnv(fnv(kFnvBasis, e[-3]), e[-2]), e[-1]);
    if (n >= 4) f.h_suf[3] = fnv(fnv(fnv(fnv(kFnvBasis, e[-4]), e[-3]), e[-2]), e[-1]);
    f.h_suf3 = n > 3 ? f.h_suf[2] : f.h_lower;
    f.shape = std::string_view(shape, shape_len);
    f.h_shape = hs;
    out = shape + shape_len;
    char* amb = out;
    const std::uint32_t mask = word_class(f.lower, f.h_lower);
    int digits = 1;
    while (digits < 5 && (mask >> (4 * digits)) != 0) ++digits;
    std::uint64_t ha = kFnvBasis;
    for (int d = digits - 1; d >= 0; --d) {
      const char x = "0123456789abcdef"[(mask >> (4 * d)) & 15];
      *out++ = x;
      ha = (ha ^ static_cast<unsigned char>(x)) * kFnvPrime;
    }
    f.amb = std::string_view(amb, static_cast<std::size_t>(out - amb));
    f.h_amb = ha;
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

inline constexpr Part kChunkParts[] = {part("<s>"), part("O"), part("B"), part("I")};
inline constexpr Part chunk_part(int c) noexcept { return kChunkParts[c + 1]; }

/// The UPOS features that read only the two previous tags (the tagger sums
/// their rows once per tag pair, at load time).
template <class Add>
void upos_tag_features(int prev, int prev2, Add&& add) {
  const Part p1 = tag_part(prev), p2 = tag_part(prev2);
  add(Feat::bias, kEmpty);
  add(Feat::prev_tag, p1);
  add(Feat::prev2_tags, p1, p2);
}

/// The UPOS features of token i that read one word only: the word at offset
/// `d` (-2..2) from it, or `nullptr` when that position is before or after the
/// sentence. Their summed rows are therefore a function of (word, d) alone,
/// which the tagger precomputes per word. A feature that reads anything else
/// (a tag, two words, the sentence) belongs in upos_context_features.
template <class Add>
void upos_offset_features(const TokenForms* w, int d, Add&& add) {
  switch (d) {
    case -2:
      add(Feat::prev2_word, w ? w->lower_part() : kBos);
      break;
    case -1:
      add(Feat::prev_word, w ? w->lower_part() : kBos);
      add(Feat::prev_suf3, w ? w->suf3_part() : kBos);
      add(Feat::amb_prev, w ? w->amb_part() : kBos);
      add(Feat::prev_shape, w ? w->shape_part() : kBos);
      break;
    case 0: {
      const TokenForms& t = *w;
      const std::string_view lw = t.lower;
      add(Feat::word, t.word_part());
      add(Feat::lower, t.lower_part());
      constexpr Feat pre[] = {Feat::pre1, Feat::pre2, Feat::pre3, Feat::pre4};
      constexpr Feat suf[] = {Feat::suf1, Feat::suf2, Feat::suf3, Feat::suf4};
      for (std::size_t k = 1; k <= 4 && k < lw.size(); ++k) {
        add(pre[k - 1], Part{lw.substr(0, k), t.h_pre[k - 1]});
        add(suf[k - 1], Part{lw.substr(lw.size() - k), t.h_suf[k - 1]});
      }
      add(Feat::shape, t.shape_part());
      if (t.has_hyphen) add(Feat::hyphen, kEmpty);
      if (t.has_digit) add(Feat::digit, kEmpty);
      if (t.all_caps) add(Feat::all_caps, kEmpty);
      add(Feat::amb, t.amb_part());
      break;
    }
    case 1:
      add(Feat::next_word, w ? w->lower_part() : kEos);
      add(Feat::next_suf3, w ? w->suf3_part() : kEosSuf3);
      add(Feat::next_shape, w ? w->shape_part() : kEos);
      add(Feat::amb_next, w ? w->amb_part() : kEos);
      break;
    case 2:
      add(Feat::next2_word, w ? w->lower_part() : kEos);
      add(Feat::amb_next2, w ? w->amb_part() : kEos);
      break;
    default:
      break;
  }
}

/// The word at offset d from token i, nullptr outside the sentence.
inline const TokenForms* word_at(std::span<const TokenForms> f, std::size_t i, int d) noexcept {
  const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
  return j >= 0 && static_cast<std::size_t>(j) < f.size() ? &f[static_cast<std::size_t>(j)] : nullptr;
}
inline constexpr int kWordOffsets = 5;  // d = -2..2

/// The UPOS features of token i that read the previous tag, two words or the
/// sentence (capitalization says something else in a headline and first).
template <class Add>
void upos_context_features(std::span<const TokenForms> f, std::size_t i, int prev, Add&& add) {
  const TokenForms& t = f[i];
  if (t.init_cap) {
    constexpr Part kHeadline = part("headline"), kFirst = part("first"), kInner = part("inner");
    add(Feat::init_cap, t.headline ? kHeadline : i == 0 ? kFirst : kInner);
  }
  if (t.headline) add(Feat::headline_shape, t.shape_part());
  const Part p1 = tag_part(prev), lwp = t.lower_part(), a0 = t.amb_part();
  const bool has_1 = i >= 1, has1 = i + 1 < f.size();
  const Part w_1 = has_1 ? f[i - 1].lower_part() : kBos;
  const Part w1 = has1 ? f[i + 1].lower_part() : kEos;
  const Part a1 = has1 ? f[i + 1].amb_part() : kEos;
  add(Feat::prev_tag_word, p1, lwp);
  add(Feat::prev_tag_next_word, p1, w1);
  add(Feat::prev_tag_amb, p1, a0);
  add(Feat::amb_pair, a0, a1);
  add(Feat::prev_word_word, w_1, lwp);
  add(Feat::word_next_word, lwp, w1);
  add(Feat::suf3_next_amb, t.suf3_part(), a1);
}

/// The UPOS features of token i other than the tag-only ones (at most 35).
template <class Add>
void upos_word_features(std::span<const TokenForms> f, std::size_t i, int prev, Add&& add) {
  for (int d = -2; d <= 2; ++d) upos_offset_features(word_at(f, i, d), d, add);
  upos_context_features(f, i, prev, add);
}

/// Features of token i given the two previous predicted tags (-1 before the sentence).
/// `add(Feat, a)`, `add(Feat, a, b)` and `add(Feat, a, b, c)` receive them as Parts.
template <class Add>
void upos_features(std::span<const TokenForms> f, std::size_t i, int prev, int prev2, Add&& add) {
  upos_tag_features(prev, prev2, add);
  upos_word_features(f, i, prev, add);
}

/// Testing hook (src/tagger.cpp): on this thread, Tagger::tag scores every UPOS
/// feature through the weight table instead of adding the precomputed word rows,
/// so a test can check that both give the same tags.
void set_direct_upos_scoring(bool on) noexcept;

/// Features of token i for the chunker, given the UPOS tags and the previous chunk label.
template <class Add>
void chunk_features(std::span<const TokenForms> f, std::span<const Upos> tags, std::size_t i, int prev_chunk,
                    Add&& add) {
  const auto tag = [&](std::ptrdiff_t j) {
    return j < 0 ? kBos : static_cast<std::size_t>(j) >= tags.size() ? kEos : tag_part(static_cast<int>(tags[j]));
  };
  const auto k = static_cast<std::ptrdiff_t>(i);
  const Part t0 = tag(k), t_1 = tag(k - 1), t_2 = tag(k - 2), t1 = tag(k + 1), t2 = tag(k + 2);
  const Part lw = f[i].lower_part();
  const Part c1 = chunk_part(prev_chunk);
  add(Feat::c_bias, kEmpty);
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
  add(Feat::c_prev_word, i >= 1 ? f[i - 1].lower_part() : kBos);
  add(Feat::c_next_word, i + 1 < f.size() ? f[i + 1].lower_part() : kEos);
  add(Feat::c_prev_chunk, c1);
  add(Feat::c_prev_chunk_tag, c1, t0);
  add(Feat::c_prev_chunk_word, c1, lw);
  add(Feat::c_suf3_tag, f[i].suf3_part(), t0);
  add(Feat::c_tag_trigram, t_1, t0, t1);
  add(Feat::c_prev_chunk_prev_tag, c1, t_1, t0);
  const Part w1 = i + 1 < f.size() ? f[i + 1].lower_part() : kEos;
  add(Feat::c_next_word_tag, w1, t1);
  add(Feat::c_next_suf3, i + 1 < f.size() ? f[i + 1].suf3_part() : kEosSuf3);
}

}  // namespace rhetor::detail
