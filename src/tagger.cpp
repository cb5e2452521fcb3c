// The tagger: model parsing (text format below), weight tables, greedy decoding.
//
// Model text, one record per line ('#' lines and blank lines are ignored):
//   rhetor-tagger-model 2
//   section upos 17        <- a section: its name and number of classes
//   s3=ing<TAB>q812 i-95   <- feature, then weights (int16) by class letter (a = class 0)
//   t1w=DET|house<TAB>i40  <- a feature of several parts: '|' between them
//   section chunk 3
//   ...
//   section classes        <- ambiguity classes: lowercased word, hex mask of its UPOS tags
//   the<TAB>40
//   section tags           <- tag dictionary: words tagged without scoring (optional)
//   The<TAB>DET
// Bytes outside printable ASCII, the backslash and '|' are written \xHH in features.
#include "rhetor/tagger.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <memory>
#include <sstream>
#include <unordered_map>
#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define RHETOR_TAGGER_SSE2 1
#endif
// Scorer::flush belongs inlined in Tagger::tag: out of line (g++ 12 chose that once best() grew) it costs more.
#if defined(__GNUC__) || defined(__clang__)
#define RHETOR_TAGGER_INLINE [[gnu::always_inline]] inline
#else
#define RHETOR_TAGGER_INLINE inline
#endif

#include "embedded_tagger_model.hpp"
#include "rhetor/error.hpp"
#include "scratch_limits.hpp"
#include "tagger_features.hpp"

namespace rhetor {

ModelError::ModelError(std::string file, std::size_t line, std::string message)
    : Error(file + ":" + std::to_string(line) + ": " + message),
      file_(std::move(file)),
      line_(line),
      message_(std::move(message)) {}

namespace detail {
namespace {

constexpr int kChunkCount = 3;

// Weight rows are padded to a multiple of 8 classes, so that an SSE2 loop adds
// 8 int16 weights at a time (17 UPOS classes: 24, and a slot fills one 64-byte line).
constexpr int padded(int n) { return (n + 7) / 8 * 8; }

// Open addressing over feature keys. A slot is 8 bytes: 32 high bits of the key
// (the low bits chose the slot) and the index of a dense weight row, so that
// the probes of absent features (most of them) stay in a 1 MB array and the
// rows (48 bytes for 17 classes) sit apart. Two keys that agree in the slot
// bits and the 32 high bits would share a row (as two features with one
// 64-bit key would), which at 46,000 features is about one chance in 10^5;
// an absent feature matches a stored one about once in 10^9 probes.
template <int N>
class WeightTable {
 public:
  static constexpr int kPadded = padded(N);
  struct Entry {  // what the parser reads
    std::uint64_t key = 0;
    std::array<std::int16_t, kPadded> w{};
  };
  struct alignas(16) Row {
    std::int16_t w[kPadded];
  };

  void build(std::vector<Entry>&& entries) {
    std::size_t cap = 16;
    while (cap < entries.size() + entries.size() / 2) cap <<= 1;
    slots_.assign(cap, Slot{});
    rows_.clear();
    rows_.reserve(entries.size());
    mask_ = cap - 1;
    for (const Entry& e : entries) {
      const std::uint32_t fp = fingerprint(e.key);
      std::size_t i = e.key & mask_;
      while (slots_[i].fp != 0 && slots_[i].fp != fp) i = (i + 1) & mask_;
      if (slots_[i].fp == 0) {
        slots_[i] = {fp, static_cast<std::uint32_t>(rows_.size())};
        Row& r = rows_.emplace_back();
        std::copy(e.w.begin(), e.w.end(), r.w);
      } else {  // two features with one key: their weights add up
        Row& r = rows_[slots_[i].row];
        for (int c = 0; c < N; ++c) r.w[c] = static_cast<std::int16_t>(std::clamp(r.w[c] + e.w[c], -32768, 32767));
      }
    }
    int max_abs = 1;
    for (const Row& r : rows_)
      for (int c = 0; c < N; ++c) max_abs = std::max(max_abs, std::abs(static_cast<int>(r.w[c])));
    block_ = static_cast<std::size_t>(std::max(1, 32767 / max_abs));
    present_.assign(cap * 4 / 64, 0);  // 4 bits a slot: 64 KB for the UPOS table
    present_mask_ = cap * 4 - 1;
    for (const Entry& e : entries) {
      const std::size_t b = present_bit(e.key);
      present_[b / 64] |= std::uint64_t{1} << (b % 64);
    }
  }
  /// How many rows can be added in int16 lanes without overflow (7 for the shipped model).
  std::size_t block() const noexcept { return block_; }
  const std::int16_t* find(std::uint64_t key) const noexcept {
    // Most features looked up are absent (word pairs, rare words): a clear bit in the small
    // `present_` bitmap says so without touching the 1 MB of slots.
    const std::size_t b = present_bit(key);
    if (!(present_[b / 64] >> (b % 64) & 1)) return nullptr;
    const std::uint32_t fp = fingerprint(key);
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot s = slots_[i];
      if (s.fp == fp) return rows_[s.row].w;
      if (s.fp == 0) return nullptr;
    }
  }
  void prefetch([[maybe_unused]] std::uint64_t key) const noexcept {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&slots_[key & mask_]);
#endif
  }
  std::size_t size() const noexcept { return rows_.size(); }
  bool empty() const noexcept { return rows_.empty(); }
  std::size_t bytes() const noexcept {
    return slots_.size() * sizeof(Slot) + rows_.size() * sizeof(Row) + present_.size() * sizeof(std::uint64_t);
  }

 private:
  struct Slot {
    std::uint32_t fp = 0, row = 0;  // fp 0: empty
  };
  static std::uint32_t fingerprint(std::uint64_t key) noexcept {
    const auto fp = static_cast<std::uint32_t>(key >> 32);
    return fp ? fp : 1;
  }
  std::size_t present_bit(std::uint64_t key) const noexcept { return (key >> 40) & present_mask_; }
  std::vector<Slot> slots_ = std::vector<Slot>(1);
  // A bit per stored key's hash; unbuilt: all set, so the slots decide.
  std::vector<std::uint64_t> present_ = std::vector<std::uint64_t>(1, ~std::uint64_t{0});
  std::size_t present_mask_ = 63;
  std::vector<Row> rows_;
  std::size_t mask_ = 0, block_ = 1;
};

// Word key (class_key or dictionary_key) -> a 32-bit value, 0 if absent: the
// ambiguity class of a lowercased word (the bit mask of the tags it had in
// training) or the dictionary tag of a word + 1.
class WordTable {
 public:
  void build(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries) {
    std::size_t cap = 16;
    while (cap < entries.size() * 2) cap <<= 1;
    slots_.assign(cap, {0, 0});
    mask_ = cap - 1;
    for (const auto& [key, value] : entries) {
      std::size_t i = key & mask_;
      while (slots_[i].first != 0 && slots_[i].first != key) i = (i + 1) & mask_;
      slots_[i] = {key, value};
    }
  }
  std::uint32_t find(std::uint64_t key) const noexcept {
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].first == key) return slots_[i].second;
      if (slots_[i].first == 0) return 0;
    }
  }

 private:
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots_ = {{0, 0}};
  std::size_t mask_ = 0;
};

// Hashes all features of a token first and prefetches their slots, so the
// table's cache misses overlap; then sums the weight rows.
template <int N>
class Scorer {
 public:
  static constexpr int kPadded = WeightTable<N>::kPadded;
  static constexpr std::size_t kMaxFeatures = 64;  // per token (UPOS: at most 38, chunks: 21)
  using Scores = std::array<std::int32_t, kPadded>;
  explicit Scorer(const WeightTable<N>& table) noexcept : table_(table) {}
  /// Starts from `initial` (the summed rows of features already scored).
  Scorer(const WeightTable<N>& table, const Scores& initial) noexcept : table_(table), scores_(initial) {}
  const Scores& scores() noexcept {
    flush();
    return scores_;
  }
  void operator()(Feat f, Part a) noexcept { push(feature_key(f, a.h)); }
  void operator()(Feat f, Part a, Part b) noexcept { push(feature_key(f, a.h, b.h)); }
  void operator()(Feat f, Part a, Part b, Part c) noexcept { push(feature_key(f, a.h, b.h, c.h)); }
  /// The first class with the highest score (as std::max_element).
  int best() noexcept {
    flush();
#ifdef RHETOR_TAGGER_SSE2
    if constexpr (N >= 8) {
      // The maximum of the whole registers (SSE2 has no max_epi32: compare and select), then of the
      // tail, then the first lane equal to it.
      constexpr int kFull = N / 4;
      const auto reg = [&](int r) { return _mm_load_si128(reinterpret_cast<const __m128i*>(scores_.data()) + r); };
      const auto max32 = [](__m128i a, __m128i b) {
        const __m128i gt = _mm_cmpgt_epi32(a, b);
        return _mm_or_si128(_mm_and_si128(gt, a), _mm_andnot_si128(gt, b));
      };
      __m128i m = reg(0);
      for (int r = 1; r < kFull; ++r) m = max32(m, reg(r));
      m = max32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2)));
      m = max32(m, _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1)));
      std::int32_t top = _mm_cvtsi128_si32(m);
      for (int c = 4 * kFull; c < N; ++c) top = std::max(top, scores_[c]);
      const __m128i v = _mm_set1_epi32(top);
      for (int r = 0; r < kFull; ++r)
        if (const int hit = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(reg(r), v))))
          return 4 * r + std::countr_zero(static_cast<unsigned>(hit));
      for (int c = 4 * kFull; c < N - 1; ++c)
        if (scores_[c] == top) return c;
      return N - 1;
    }
#endif
    return static_cast<int>(std::max_element(scores_.begin(), scores_.begin() + N) - scores_.begin());
  }

 private:
  void push(std::uint64_t key) noexcept {
    table_.prefetch(key);
    keys_[count_++] = key;
  }
  // Two passes: find the rows (prefetching them), then add them up.
  RHETOR_TAGGER_INLINE void flush() noexcept {
    std::array<const std::int16_t*, kMaxFeatures> rows;
    std::size_t n = 0;
    for (std::size_t k = 0; k < count_; ++k) {
      if (const std::int16_t* w = table_.find(keys_[k])) {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(w);
        __builtin_prefetch(w + kPadded - 1);
#endif
        rows[n++] = w;
      }
    }
    count_ = 0;
#ifdef RHETOR_TAGGER_SSE2
    if constexpr (kPadded >= 16) {
      // int16 -> int32 by unpacking a register with itself and shifting right arithmetically.
      // Rows are summed in int16 lanes in blocks small enough not to overflow
      // (block() = 32767 / the largest weight), then widened to int32.
      constexpr int kRegs = kPadded / 4, kHalf = kPadded / 8;
      __m128i acc[kRegs];
      for (int r = 0; r < kRegs; ++r) acc[r] = _mm_load_si128(reinterpret_cast<const __m128i*>(scores_.data()) + r);
      const std::size_t block = table_.block();
      for (std::size_t j = 0; j < n;) {
        __m128i sum[kHalf];
        for (int c = 0; c < kHalf; ++c) sum[c] = _mm_setzero_si128();
        for (const std::size_t end = std::min(n, j + block); j < end; ++j)
          for (int c = 0; c < kHalf; ++c)
            sum[c] = _mm_add_epi16(sum[c], _mm_load_si128(reinterpret_cast<const __m128i*>(rows[j]) + c));
        for (int c = 0; c < kHalf; ++c) {
          acc[2 * c] = _mm_add_epi32(acc[2 * c], _mm_srai_epi32(_mm_unpacklo_epi16(sum[c], sum[c]), 16));
          acc[2 * c + 1] = _mm_add_epi32(acc[2 * c + 1], _mm_srai_epi32(_mm_unpackhi_epi16(sum[c], sum[c]), 16));
        }
      }
      for (int r = 0; r < kRegs; ++r) _mm_store_si128(reinterpret_cast<__m128i*>(scores_.data()) + r, acc[r]);
      return;
    }
#endif
    for (std::size_t j = 0; j < n; ++j)
      for (int c = 0; c < N; ++c) scores_[c] += rows[j][c];
  }
  const WeightTable<N>& table_;
  alignas(16) Scores scores_{};
  std::array<std::uint64_t, kMaxFeatures> keys_;
  std::size_t count_ = 0;
};

// The summed weight rows of the single-word features (upos_offset_features)
// of one word at each offset -2..2 from a token, in int32: a token's score
// is then the five rows of its neighbourhood plus its context features and
// the tag-pair row, the same integers added in another order.
constexpr int kRowLanes = (kUposCount + 3) / 4 * 4;  // 20: five SSE2 registers of int32
struct alignas(16) WordRows {
  std::int32_t r[kWordOffsets][kRowLanes];  // r[d + 2]: offset d
  void list(const std::int32_t** out) const noexcept {
    for (int k = 0; k < kWordOffsets; ++k) out[k] = r[k];
  }
};

/// Adds five int32 rows (those of the words at offsets -2..2 from a token) to `s`.
template <std::size_t L>
void add_word_rows(std::array<std::int32_t, L>& s, const std::int32_t* const* rows) noexcept {
  static_assert(L >= kRowLanes);
#ifdef RHETOR_TAGGER_SSE2
  for (int r = 0; r < kRowLanes / 4; ++r) {
    __m128i acc = _mm_load_si128(reinterpret_cast<const __m128i*>(s.data()) + r);
    for (int k = 0; k < kWordOffsets; ++k)
      acc = _mm_add_epi32(acc, _mm_load_si128(reinterpret_cast<const __m128i*>(rows[k]) + r));
    _mm_store_si128(reinterpret_cast<__m128i*>(s.data()) + r, acc);
  }
#else
  for (int k = 0; k < kWordOffsets; ++k)
    for (int c = 0; c < kRowLanes; ++c) s[c] += rows[k][c];
#endif
}

/// The rows of `w` (nullptr: the rows of the positions outside the sentence; the offset-0 row stays 0).
void compute_word_rows(const WeightTable<kUposCount>& table, const TokenForms* w, WordRows& out) noexcept {
  for (int d = -2; d <= 2; ++d) {
    Scorer<kUposCount> scorer(table);
    if (w || d != 0) upos_offset_features(w, d, scorer);
    std::copy_n(scorer.scores().begin(), kRowLanes, out.r[d + 2]);
  }
}

// The WordRows of the words the model knows (its vocabulary: the words of the
// ambiguity classes, of the tag dictionary and of the `w=` features, about 80%
// of the tokens of news text), computed at load, keyed by the word as the
// features see it (TokenForms::word) and checked byte for byte, so a hash
// collision cannot give a word another word's rows. A word's key, bytes and
// row indices share one 64-byte record, and equal rows are stored once (the
// rows at -2 and +2 of most words are those of their ambiguity class alone),
// so a token touches few cache lines. Immutable after build.
class WordRowTable {
 public:
  static constexpr std::size_t kMaxWord = 35;  // longer words are left to the per-thread cache

  void build(const WeightTable<kUposCount>& table, const WordTable& classes, const std::vector<std::string>& words) {
    std::size_t cap = 16;
    while (cap < words.size() + words.size() / 2) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    words_.clear();
    pool_.clear();
    // Open addressing over the distinct rows: a row's hash -> its index in pool_ (kNone: free).
    constexpr std::uint32_t kNone = ~std::uint32_t{0};
    std::size_t pool_cap = 16;
    while (pool_cap < 2 * kWordOffsets * words.size()) pool_cap <<= 1;
    std::vector<std::uint32_t> pooled(pool_cap, kNone);
    const auto intern = [&](const std::int32_t* row) {
      std::uint64_t h = 0;
      for (int c = 0; c < kRowLanes; c += 2) {
        std::uint64_t two;
        std::memcpy(&two, row + c, sizeof two);
        h = key_add(h, two);
      }
      std::size_t i = h & (pool_cap - 1);
      for (; pooled[i] != kNone; i = (i + 1) & (pool_cap - 1))
        if (std::memcmp(pool_[pooled[i]].c, row, sizeof(Row)) == 0) return pooled[i];
      pooled[i] = static_cast<std::uint32_t>(pool_.size());
      std::copy_n(row, kRowLanes, pool_.emplace_back().c);
      return pooled[i];
    };
    FormScratch scratch;
    WordRows rows;
    for (const std::string& word : words) {
      const Token token{Span{0, static_cast<std::uint32_t>(word.size())}};
      prepare_forms(word, std::span<const Token>(&token, 1), scratch, [&](std::string_view, std::uint64_t h) {
        return classes.find(class_key(h));
      });
      const TokenForms& f = scratch.forms[0];
      if (f.word.empty() || f.word.size() > kMaxWord || find(f, nullptr)) continue;  // (or two spellings: '/’)
      std::size_t i = f.h_word & mask_;
      while (slots_[i].fp != 0) i = (i + 1) & mask_;
      slots_[i] = {fingerprint(f.h_word), static_cast<std::uint32_t>(words_.size())};
      Word& w = words_.emplace_back();
      w.key = f.h_word;
      w.len = static_cast<std::uint8_t>(f.word.size());
      std::memcpy(w.text, f.word.data(), f.word.size());
      compute_word_rows(table, &f, rows);
      for (int k = 0; k < kWordOffsets; ++k) w.rows[k] = intern(rows.r[k]);
    }
  }
  /// Sets out[0..4] (if not null) to the rows of `f` at offsets -2..2; false if `f` is not in the table.
  bool find(const TokenForms& f, const std::int32_t** out) const noexcept {
    const std::uint32_t fp = fingerprint(f.h_word);
    for (std::size_t i = f.h_word & mask_;; i = (i + 1) & mask_) {
      const Slot s = slots_[i];
      if (s.fp == 0) return false;
      if (s.fp != fp) continue;
      const Word& w = words_[s.word];
      if (w.key == f.h_word && w.len == f.word.size() && std::memcmp(w.text, f.word.data(), w.len) == 0) {
        if (out)
          for (int k = 0; k < kWordOffsets; ++k) out[k] = pool_[w.rows[k]].c;
        return true;
      }
    }
  }
  void prefetch([[maybe_unused]] const TokenForms& f) const noexcept {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&slots_[f.h_word & mask_]);
#endif
  }

 private:
  struct Slot {
    std::uint32_t fp = 0, word = 0;  // fp: 32 high bits of the word's hash (0: empty)
  };
  struct alignas(64) Word {
    std::uint64_t key = 0;  // TokenForms::h_word
    std::uint32_t rows[kWordOffsets] = {};  // in pool_, offsets -2..2
    std::uint8_t len = 0;
    char text[kMaxWord];
  };
  static_assert(sizeof(Word) == 64);
  struct alignas(16) Row {
    std::int32_t c[kRowLanes];
  };
  static std::uint32_t fingerprint(std::uint64_t h) noexcept {
    const auto fp = static_cast<std::uint32_t>(h >> 32);
    return fp ? fp : 1;
  }
  std::vector<Slot> slots_ = std::vector<Slot>(1);
  std::vector<Word> words_;
  std::vector<Row> pool_;
  std::size_t mask_ = 0;
};

const std::unordered_map<std::string_view, Feat>& feature_names() {
  static const std::unordered_map<std::string_view, Feat> names = [] {
    std::unordered_map<std::string_view, Feat> m;
    for (std::size_t i = 0; i < std::size(kFeatNames); ++i) m.emplace(kFeatNames[i], static_cast<Feat>(i));
    return m;
  }();
  return names;
}

int hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

struct TaggerModel {
  WeightTable<kUposCount> upos;
  // The summed rows of upos_tag_features for each pair of previous tags (-1..16).
  using Start = Scorer<kUposCount>::Scores;
  alignas(16) std::array<std::array<Start, kUposCount + 1>, kUposCount + 1> upos_start{};
  WeightTable<kChunkCount> chunk;
  WordTable classes;
  WordTable dictionary;  ///< dictionary_key(word hash) -> tag + 1
  std::size_t dictionary_size = 0;
  WordRowTable word_rows;  ///< precomputed UPOS rows of the vocabulary's words
  WordRows outside{};      ///< the rows of the positions before and after the sentence
  /// Tells the models apart in the threads' word-row caches (an address could be reused).
  std::uint64_t serial = next_serial();
  static std::uint64_t next_serial() noexcept {
    static std::atomic<std::uint64_t> n{0};
    return ++n;
  }
};

namespace {

class ModelParser {
 public:
  ModelParser(std::string_view text, std::string_view name) : text_(text), name_(name) {}

  std::shared_ptr<const TaggerModel> parse() {
    auto model = std::make_shared<TaggerModel>();
    std::vector<WeightTable<kUposCount>::Entry> upos;
    std::vector<WeightTable<kChunkCount>::Entry> chunk;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> classes, dictionary;
    int section = -1;  // 0 upos, 1 chunk, 2 classes, 3 tags
    bool header = false;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      std::size_t end = text_.find('\n', pos);
      if (end == std::string_view::npos) end = text_.size();
      std::string_view line = text_.substr(pos, end - pos);
      pos = end + 1;
      ++line_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      if (!header) {
        if (line != "rhetor-tagger-model 2") fail("expected the header \"rhetor-tagger-model 2\"");
        header = true;
      } else if (line.starts_with("section ")) {
        if (line == "section upos 17") section = 0;
        else if (line == "section chunk 3") section = 1;
        else if (line == "section classes") section = 2;
        else if (line == "section tags") section = 3;
        else fail("unknown section (expected \"section upos 17\", \"section chunk 3\", \"section classes\" or \"section tags\")");
      } else if (section == 0) {
        upos.push_back(feature_line<kUposCount>(line));
      } else if (section == 1) {
        chunk.push_back(feature_line<kChunkCount>(line));
      } else if (section == 2) {
        classes.push_back(class_line(line));
      } else if (section == 3) {
        dictionary.push_back(tag_line(line));
      } else {
        fail("a feature before the first section");
      }
    }
    if (!header) fail("empty model");
    if (upos.empty()) fail("the model has no upos features");
    model->upos.build(std::move(upos));
    for (int p1 = -1; p1 < kUposCount; ++p1)
      for (int p2 = -1; p2 < kUposCount; ++p2) {
        Scorer<kUposCount> scorer(model->upos);
        upos_tag_features(p1, p2, scorer);
        model->upos_start[p1 + 1][p2 + 1] = scorer.scores();
      }
    model->chunk.build(std::move(chunk));
    model->classes.build(classes);
    model->dictionary.build(dictionary);
    model->dictionary_size = dictionary.size();
    model->word_rows.build(model->upos, model->classes, vocabulary_);
    compute_word_rows(model->upos, nullptr, model->outside);
    return model;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const { throw ModelError(std::string(name_), line_, message); }

  // Undoes the \xHH escapes of the model file into value_.
  void unescape(std::string_view raw) {
    value_.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '\\') {
        value_ += raw[i];
        continue;
      }
      const int hi = i + 3 < raw.size() && raw[i + 1] == 'x' ? hex_digit(raw[i + 2]) : -1;
      const int lo = hi >= 0 ? hex_digit(raw[i + 3]) : -1;
      if (lo < 0) fail("bad escape in \"" + std::string(raw) + "\" (expected \\xHH)");
      value_ += static_cast<char>(hi * 16 + lo);
      i += 3;
    }
  }

  std::pair<std::uint64_t, std::uint32_t> class_line(std::string_view line) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) fail("expected a word, a tab and a hex tag mask");
    unescape(line.substr(0, tab));
    const std::string_view hex = line.substr(tab + 1);
    std::uint32_t mask = 0;
    const auto r = std::from_chars(hex.data(), hex.data() + hex.size(), mask, 16);
    if (hex.empty() || r.ptr != hex.data() + hex.size() || mask >= (1u << kUposCount))
      fail("expected a hex tag mask below 20000, got \"" + std::string(hex) + "\"");
    vocabulary_.push_back(value_);
    return {class_key(part_hash(value_)), mask};
  }

  std::pair<std::uint64_t, std::uint32_t> tag_line(std::string_view line) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) fail("expected a word, a tab and a UPOS tag");
    unescape(line.substr(0, tab));
    const std::string_view name = line.substr(tab + 1);
    const auto it = std::find(std::begin(kUposNames), std::end(kUposNames), name);
    if (it == std::end(kUposNames)) fail("unknown UPOS tag \"" + std::string(name) + "\"");
    vocabulary_.push_back(value_);
    return {dictionary_key(part_hash(value_)), static_cast<std::uint32_t>(it - std::begin(kUposNames)) + 1};
  }

  template <int N>
  typename WeightTable<N>::Entry feature_line(std::string_view line) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) fail("expected a feature, a tab and class:weight pairs");
    const std::string_view feature = line.substr(0, tab);
    const std::size_t eq = feature.find('=');
    if (eq == std::string_view::npos) fail("feature without '=': \"" + std::string(feature) + "\"");
    const auto& names = feature_names();
    const auto it = names.find(feature.substr(0, eq));
    if (it == names.end()) fail("unknown feature template \"" + std::string(feature.substr(0, eq)) + "\"");
    typename WeightTable<N>::Entry slot;
    slot.key = key_begin(it->second);
    std::string_view value = feature.substr(eq + 1);
    for (;;) {  // a raw '|' separates parts; one inside a part is escaped
      const std::size_t bar = value.find('|');
      unescape(value.substr(0, bar));
      slot.key = key_add(slot.key, part_hash(value_));
      if (bar == std::string_view::npos) break;
      value.remove_prefix(bar + 1);
    }
    slot.key = key_end(slot.key);
    if (N == kUposCount && it->second == Feat::word) vocabulary_.push_back(value_);
    std::string_view rest = line.substr(tab + 1);
    if (rest.empty()) fail("feature without weights");
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      const std::string_view pair = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      const int cls = pair.empty() ? -1 : pair[0] - 'a';
      if (cls < 0 || cls >= N) fail("expected a class letter a-" + std::string(1, static_cast<char>('a' + N - 1)) +
                                    " and a weight, got \"" + std::string(pair) + "\"");
      int weight = 0;
      const char* const e = pair.data() + pair.size();
      if (pair.size() < 2 || std::from_chars(pair.data() + 1, e, weight).ptr != e)
        fail("expected a class letter and a weight, got \"" + std::string(pair) + "\"");
      if (weight < std::numeric_limits<std::int16_t>::min() || weight > std::numeric_limits<std::int16_t>::max())
        fail("weight out of the int16 range in \"" + std::string(pair) + "\"");
      slot.w[cls] = static_cast<std::int16_t>(weight);
    }
    return slot;
  }

  std::string_view text_, name_;
  std::size_t line_ = 0;
  std::string value_;
  std::vector<std::string> vocabulary_;  // words of the classes, the tag dictionary and the w= features
};

// The WordRows of recent words outside the model's vocabulary (names and rare
// words repeat within an article), per thread: direct-mapped by word hash,
// checked byte for byte. An entry the current sentence points at is not replaced.
class WordRowCache {
 public:
  static constexpr std::size_t kEntries = 1024;  // 0.45 MB; 52% of the misses of the news corpus hit
  static constexpr std::size_t kMaxWord = 27;    // longer words are not cached
  /// The rows of `f` under `model`, from the cache or computed (into `spare` if the slot is taken).
  const WordRows& get(const TaggerModel& model, const TokenForms& f, WordRows& spare) {
    if (entries_.empty()) entries_.resize(kEntries);
    if (serial_ != model.serial) {  // another model: nothing cached holds
      for (Entry& e : entries_) e.len = 0;
      serial_ = model.serial;
    }
    const bool cacheable = !f.word.empty() && f.word.size() <= kMaxWord;  // (len 0 marks a free entry)
    Entry& e = entries_[f.h_word & (kEntries - 1)];
    if (cacheable && e.len == f.word.size() && e.key == f.h_word && std::memcmp(e.word, f.word.data(), e.len) == 0) {
      e.stamp = stamp_;
      return e.rows;
    }
    if (!cacheable || (e.len != 0 && e.stamp == stamp_)) {
      compute_word_rows(model.upos, &f, spare);
      return spare;
    }
    compute_word_rows(model.upos, &f, e.rows);
    e.key = f.h_word;
    e.stamp = stamp_;
    e.len = static_cast<std::uint8_t>(f.word.size());
    std::memcpy(e.word, f.word.data(), e.len);
    return e.rows;
  }
  /// Starts a sentence: the entries used so far may be replaced again.
  void next_sentence() noexcept { ++stamp_; }
  std::size_t bytes() const noexcept { return entries_.capacity() * sizeof(Entry); }

 private:
  struct Entry {
    WordRows rows;
    std::uint64_t key = 0;  // TokenForms::h_word
    std::uint32_t stamp = 0;
    std::uint8_t len = 0;  // 0: empty
    char word[kMaxWord];
  };
  std::vector<Entry> entries_;
  std::uint64_t serial_ = 0;
  std::uint32_t stamp_ = 0;
};

struct TagScratch {
  FormScratch forms;
  std::vector<Upos> tags;
  // Per token (and two positions of padding at each end): its five rows, from the model, the cache or `computed`.
  std::vector<const std::int32_t*> rows;
  std::vector<WordRows> computed;     // rows the cache had no free slot for
  WordRowCache cache;
};

// Testing hook (set_direct_upos_scoring): score every feature through the weight table.
thread_local bool direct_upos_scoring = false;

TagScratch& tag_scratch() {
  thread_local TagScratch scratch;
  return scratch;
}

std::size_t capacity_bytes(const TagScratch& s) noexcept {
  return s.forms.buffer.capacity() + s.forms.forms.capacity() * sizeof(TokenForms) + s.tags.capacity() * sizeof(Upos) +
         s.rows.capacity() * sizeof(const std::int32_t*) + s.computed.capacity() * sizeof(WordRows) + s.cache.bytes();
}

// After a huge sentence the buffers go (see kScratchRetainBytes), however tag() ends.
struct ReleaseLargeTagScratch {
  TagScratch& s;
  ~ReleaseLargeTagScratch() {
    if (capacity_bytes(s) <= kScratchRetainBytes) return;
    std::destroy_at(&s);  // not assigned: that would keep the string's buffer (see release_if_above)
    std::construct_at(&s);
  }
};

}  // namespace

std::size_t tag_scratch_bytes() noexcept { return capacity_bytes(tag_scratch()); }
void set_direct_upos_scoring(bool on) noexcept { direct_upos_scoring = on; }

}  // namespace detail

const Tagger& Tagger::english() {
  static const Tagger tagger = [] {
    std::string text;
    for (std::string_view chunk : detail::kEmbeddedTaggerModel) text += chunk;
    return from_string(text, "models/en-ewt/tagger.model");
  }();
  return tagger;
}

Tagger Tagger::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(path, 0, "cannot open the model file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return from_string(ss.str(), path);
}

Tagger Tagger::from_string(std::string_view model_text, std::string_view name) {
  return Tagger(detail::ModelParser(model_text, name).parse());
}

std::optional<Upos> Tagger::dictionary_tag(std::string_view word) const {
  std::vector<Token> tokens;
  tokenize(word, tokens);
  if (tokens.size() != 1) return std::nullopt;
  detail::FormScratch forms;
  const detail::WordTable& classes = model_->classes;
  detail::prepare_forms(word, tokens, forms, [&](std::string_view, std::uint64_t lower_hash) {
    return classes.find(detail::class_key(lower_hash));
  });
  if (const std::uint32_t known = model_->dictionary.find(detail::dictionary_key(forms.forms[0].h_word)))
    return static_cast<Upos>(known - 1);
  return std::nullopt;
}

void Tagger::tag(std::string_view text, std::span<Token> tokens, TagLevel level) const {
  detail::TagScratch& scratch = detail::tag_scratch();
  const detail::ReleaseLargeTagScratch release{scratch};
  const detail::WordTable& classes = model_->classes;
  detail::prepare_forms(text, tokens, scratch.forms, [&](std::string_view, std::uint64_t lower_hash) {
    return classes.find(detail::class_key(lower_hash));
  });
  const std::span<const detail::TokenForms> forms(scratch.forms.forms.data(), tokens.size());
  scratch.tags.resize(tokens.size());
  const bool direct = detail::direct_upos_scoring;
  if (!direct) {
    // Each word's single-word rows: precomputed for the vocabulary, else from the thread's
    // cache. Word j's rows sit at rows[5 * (j + 2)]; the `outside` rows pad two positions at each end.
    constexpr int K = detail::kWordOffsets;
    scratch.rows.resize(K * (tokens.size() + 4));
    if (scratch.computed.size() < tokens.size()) scratch.computed.resize(tokens.size());
    for (std::size_t j : {std::size_t{0}, std::size_t{1}, tokens.size() + 2, tokens.size() + 3})
      model_->outside.list(&scratch.rows[K * j]);
    scratch.cache.next_sentence();
    for (std::size_t j = 0; j < tokens.size(); ++j) model_->word_rows.prefetch(forms[j]);  // overlap the misses
    for (std::size_t j = 0; j < tokens.size(); ++j) {
      const std::int32_t** out = &scratch.rows[K * (j + 2)];
      if (!model_->word_rows.find(forms[j], out)) scratch.cache.get(*model_, forms[j], scratch.computed[j]).list(out);
    }
  }
  int prev = -1, prev2 = -1;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    int best;
    // Words with one tag in training (punctuation, most closed-class words) skip scoring.
    if (const std::uint32_t known = model_->dictionary.find(detail::dictionary_key(forms[i].h_word))) {
      best = static_cast<int>(known) - 1;
    } else if (direct) {
      detail::Scorer<kUposCount> scorer(model_->upos, model_->upos_start[prev + 1][prev2 + 1]);
      detail::upos_word_features(forms, i, prev, scorer);
      best = scorer.best();
    } else {
      alignas(16) detail::Scorer<kUposCount>::Scores start = model_->upos_start[prev + 1][prev2 + 1];
      const std::int32_t* around[detail::kWordOffsets];  // the row at offset d of the word at i + d
      for (int d = -2; d <= 2; ++d) around[d + 2] = scratch.rows[detail::kWordOffsets * (i + 2 + d) + (d + 2)];
      detail::add_word_rows(start, around);
      detail::Scorer<kUposCount> scorer(model_->upos, start);
      detail::upos_context_features(forms, i, prev, scorer);
      best = scorer.best();
    }
    tokens[i].pos = scratch.tags[i] = static_cast<Upos>(best);
    prev2 = prev;
    prev = best;
  }
  if (level == TagLevel::pos || model_->chunk.empty()) {
    for (Token& t : tokens) t.chunk = Chunk::O;
    return;
  }
  const std::span<const Upos> tags(scratch.tags.data(), tokens.size());
  int prev_chunk = -1;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    detail::Scorer<detail::kChunkCount> scorer(model_->chunk);
    detail::chunk_features(forms, tags, i, prev_chunk, scorer);
    int best = scorer.best();
    // An I can only continue a chunk.
    if (best == static_cast<int>(Chunk::I) && prev_chunk != static_cast<int>(Chunk::B) &&
        prev_chunk != static_cast<int>(Chunk::I))
      best = static_cast<int>(Chunk::B);
    tokens[i].chunk = static_cast<Chunk>(best);
    prev_chunk = best;
  }
}

std::vector<Token> Tagger::tag(std::string_view sentence) const {
  std::vector<Token> tokens;
  tokenize(sentence, tokens);
  tag(sentence, tokens);
  return tokens;
}

bool Tagger::has_chunker() const noexcept { return !model_->chunk.empty(); }
std::size_t Tagger::dictionary_size() const noexcept { return model_->dictionary_size; }
std::size_t Tagger::feature_count() const noexcept { return model_->upos.size() + model_->chunk.size(); }

}  // namespace rhetor
