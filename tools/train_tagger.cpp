// Trains the tagger model (UPOS + NP chunks) on UD English EWT and writes the
// model text (format in src/tagger.cpp). Deterministic: one thread, a fixed-seed
// xorshift64* with our own Fisher-Yates shuffle, integer perceptron updates, and
// features written in byte order, so a rerun reproduces the file byte for byte.
//
//   train_tagger --ewt ../shared/ud-ewt --out models/en-ewt/tagger.model [--test]
//
// Prints the alignment statistics and the figures on dev (and test with --test),
// measured through the library's Tagger on the written model.
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "ewt_corpus.hpp"
#include "rhetor/error.hpp"
#include "rhetor/tagger.hpp"
#include "tagger_features.hpp"

namespace {

using rhetor::Chunk;
using rhetor::Token;
using rhetor::Upos;
using rhetor::detail::Feat;

struct Options {
  std::string ewt = "../shared/ud-ewt", out;
  int epochs = 10, chunk_epochs = 6;
  int class_min_count = 3;      // words seen less often have no ambiguity class
  double class_min_share = 0.05;  // a tag joins a word's class above this share of its occurrences
  int dict_min_count = 20;        // tag dictionary: words seen at least this often ...
  double dict_min_share = 0.99;   // ... with one tag in at least this share of them (0 count: no dictionary)
  int min_weight = 2;  // quantized weights below this are dropped
  std::size_t max_upos_features = 46000, max_chunk_features = 16000;  // by L1 norm
  double scale = 8;    // quantized = round(averaged perceptron weight * scale)
  std::uint64_t seed = 0x5eed5eedULL;
  bool test = false;
  bool gold_tokens = true;
};

// xorshift64*: tiny, fixed, the same everywhere (std::shuffle is not specified).
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 0x2545F4914F6CDD1DULL;
  }
};
void shuffle(std::vector<std::size_t>& v, Rng& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.next() % i]);
}

struct Instance {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Upos> upos;
  std::vector<Chunk> chunks;
  rhetor::detail::FormScratch forms;
  std::vector<Upos> predicted;  // tagger output, input of the chunker
  std::span<const rhetor::detail::TokenForms> view() const { return {forms.forms.data(), tokens.size()}; }
};

struct FeatureRef {
  std::uint64_t hash;
  Feat f;
  std::string_view a, b, c;
  int parts;
};
struct Collect {
  using Part = rhetor::detail::Part;
  std::vector<FeatureRef>& out;
  void operator()(Feat f, Part a) { out.push_back({rhetor::detail::feature_key(f, a.h), f, a.s, {}, {}, 1}); }
  void operator()(Feat f, Part a, Part b) {
    out.push_back({rhetor::detail::feature_key(f, a.h, b.h), f, a.s, b.s, {}, 2});
  }
  void operator()(Feat f, Part a, Part b, Part c) {
    out.push_back({rhetor::detail::feature_key(f, a.h, b.h, c.h), f, a.s, b.s, c.s, 3});
  }
};

std::string escape(std::string_view s) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    if (c > 0x20 && c < 0x7F && c != '\\' && c != '|') {  // '|' separates the parts of a feature
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// Averaged perceptron with integer updates; averaging by w - u/c (Daume's trick).
template <int N>
class Perceptron {
 public:
  int predict(const std::vector<FeatureRef>& feats) const {
    std::array<std::int64_t, N> score{};
    for (const FeatureRef& r : feats) {
      const auto it = index_.find(r.hash);
      if (it == index_.end()) continue;
      for (int c = 0; c < N; ++c) score[c] += w_[it->second * N + c];
    }
    return static_cast<int>(std::max_element(score.begin(), score.end()) - score.begin());
  }
  void update(const std::vector<FeatureRef>& feats, int gold, int guess) {
    if (gold != guess) {
      for (const FeatureRef& r : feats) {
        const std::size_t i = slot(r);
        w_[i * N + gold] += 1;
        u_[i * N + gold] += clock_;
        w_[i * N + guess] -= 1;
        u_[i * N + guess] -= clock_;
      }
    }
    ++clock_;
  }
  /// Quantized averaged weights, one line per feature with a nonzero class, in byte order.
  std::string section(const Options& o, std::size_t max_features) const {
    // Quantize, drop small weights, then keep the max_features with the largest L1 norm.
    struct Row {
      std::size_t index;
      long l1;
      std::array<long, N> q;
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < names_.size(); ++i) {
      Row r{i, 0, {}};
      for (int c = 0; c < N; ++c) {
        const double avg = static_cast<double>(w_[i * N + c]) - static_cast<double>(u_[i * N + c]) / clock_;
        long q = std::clamp(std::lround(avg * o.scale), -32768L, 32767L);
        if (std::labs(q) < o.min_weight) q = 0;
        r.q[c] = q;
        r.l1 += std::labs(q);
      }
      if (r.l1 > 0) rows.push_back(r);
    }
    // Ties broken by name, so the choice is deterministic.
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
      return a.l1 != b.l1 ? a.l1 > b.l1 : names_[a.index] < names_[b.index];
    });
    if (rows.size() > max_features) rows.resize(max_features);
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return names_[a.index] < names_[b.index]; });
    std::string out;
    std::size_t kept = 0;
    for (const Row& r : rows) {
      out += names_[r.index];
      char sep = '\t';
      for (int c = 0; c < N; ++c) {
        if (r.q[c] == 0) continue;
        out += sep;
        out += static_cast<char>('a' + c);
        out += std::to_string(r.q[c]);
        sep = ' ';
      }
      out += '\n';
      ++kept;
    }
    std::fprintf(stderr, "  %zu of %zu features kept\n", kept, names_.size());
    return out;
  }

 private:
  std::size_t slot(const FeatureRef& r) {
    const auto [it, fresh] = index_.try_emplace(r.hash, names_.size());
    if (fresh) {
      std::string name(rhetor::detail::kFeatNames[static_cast<int>(r.f)]);
      name += '=';
      name += escape(r.a);
      if (r.parts >= 2) name += '|' + escape(r.b);
      if (r.parts >= 3) name += '|' + escape(r.c);
      names_.push_back(std::move(name));
      w_.resize(w_.size() + N);
      u_.resize(u_.size() + N);
    }
    return it->second;
  }
  std::unordered_map<std::uint64_t, std::size_t> index_;
  std::vector<std::string> names_;
  std::vector<std::int64_t> w_, u_;
  std::int64_t clock_ = 1;
};

// rhetor's tokens of every sentence, plus EWT's own tokens of the sentences where
// the two differ, so the model also tags gold tokenization (the standard figure) well.
std::vector<Instance> rhetor_instances(const std::vector<rhetor::ewt::Sentence>& sentences, const char* label,
                                       bool add_gold) {
  std::vector<Instance> out;
  out.reserve(sentences.size());
  rhetor::ewt::AlignmentStats st;
  rhetor::ewt::RhetorTokens rt;
  std::size_t gold_added = 0;
  for (const auto& s : sentences) {
    if (!rhetor::ewt::rhetor_tokens(s, rt, st)) continue;
    Instance& in = out.emplace_back();
    in.text = s.text;
    in.tokens = rt.tokens;
    in.upos = rt.upos;
    in.chunks = rt.chunks;
    if (!add_gold) continue;
    auto g = rhetor::ewt::gold_tokens(s);
    bool same = g.tokens.size() == rt.tokens.size();
    for (std::size_t i = 0; same && i < g.tokens.size(); ++i)
      same = g.text.substr(g.tokens[i].span().begin, g.tokens[i].span().size()) ==
             s.text.substr(rt.tokens[i].span().begin, rt.tokens[i].span().size());
    if (same) continue;
    Instance& gi = out.emplace_back();
    gi.text = std::move(g.text);
    gi.tokens = std::move(g.tokens);
    gi.upos = std::move(g.upos);
    gi.chunks = std::move(g.chunks);
    ++gold_added;
  }
  std::fprintf(stderr,
               "%s: %zu sentences (%zu not aligned), %zu rhetor tokens: %zu one-to-one (%.2f%%), %zu covering "
               "several EWT words, %zu parts of an EWT word, %zu uncovered\n",
               label, st.sentences, st.failed, st.tokens, st.one_to_one, 100.0 * st.one_to_one / st.tokens, st.merged,
               st.fragment, st.uncovered);
  if (add_gold) std::fprintf(stderr, "%s: + %zu sentences in EWT's tokenization, where it differs\n", label, gold_added);
  return out;
}

struct Scores {
  std::size_t tokens = 0, correct = 0, gold_chunks = 0, predicted_chunks = 0, matched_chunks = 0;
  void add(const std::vector<Token>& toks, const std::vector<Upos>& upos, const std::vector<Chunk>& chunks) {
    std::vector<Chunk> predicted;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      ++tokens;
      correct += toks[i].pos == upos[i];
      predicted.push_back(toks[i].chunk);
    }
    const auto g = rhetor::ewt::chunk_spans(chunks), p = rhetor::ewt::chunk_spans(predicted);
    gold_chunks += g.size();
    predicted_chunks += p.size();
    for (const auto& s : p) matched_chunks += std::find(g.begin(), g.end(), s) != g.end();
  }
  double accuracy() const { return 100.0 * correct / tokens; }
  double precision() const { return 100.0 * matched_chunks / predicted_chunks; }
  double recall() const { return 100.0 * matched_chunks / gold_chunks; }
  double f1() const { return 2 * precision() * recall() / (precision() + recall()); }
};

void evaluate(const rhetor::Tagger& tagger, const std::vector<rhetor::ewt::Sentence>& sentences, const char* label) {
  Scores gold, rhet;
  rhetor::ewt::AlignmentStats st;
  rhetor::ewt::RhetorTokens rt;
  for (const auto& s : sentences) {
    auto g = rhetor::ewt::gold_tokens(s);
    tagger.tag(g.text, g.tokens);
    gold.add(g.tokens, g.upos, g.chunks);
    if (rhetor::ewt::rhetor_tokens(s, rt, st)) {
      tagger.tag(s.text, rt.tokens);
      rhet.add(rt.tokens, rt.upos, rt.chunks);
    }
  }
  std::printf("%s UPOS accuracy: gold tokenization %.2f%% (%zu words), rhetor tokenization %.2f%% (%zu tokens)\n",
              label, gold.accuracy(), gold.tokens, rhet.accuracy(), rhet.tokens);
  std::printf("%s NP chunks (predicted tags): gold tokenization P %.2f R %.2f F1 %.2f (%zu chunks), "
              "rhetor tokenization P %.2f R %.2f F1 %.2f (%zu chunks)\n",
              label, gold.precision(), gold.recall(), gold.f1(), gold.gold_chunks, rhet.precision(), rhet.recall(),
              rhet.f1(), rhet.gold_chunks);
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

int run(const Options& o) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto train = rhetor::ewt::read_conllu(o.ewt + "/en_ewt-ud-train.conllu");
  const auto dev = rhetor::ewt::read_conllu(o.ewt + "/en_ewt-ud-dev.conllu");
  std::vector<Instance> data = rhetor_instances(train, "train", o.gold_tokens);
  rhetor_instances(dev, "dev", false);

  // Ambiguity classes from the training tags.
  std::map<std::string, std::array<int, rhetor::kUposCount>> tag_counts, word_tag_counts;
  for (Instance& in : data) {
    rhetor::detail::prepare_forms(in.text, in.tokens, in.forms, [](std::string_view, std::uint64_t) { return 0u; });
    for (std::size_t i = 0; i < in.tokens.size(); ++i) {
      ++tag_counts[std::string(in.forms.forms[i].lower)][static_cast<int>(in.upos[i])];
      ++word_tag_counts[std::string(in.forms.forms[i].word)][static_cast<int>(in.upos[i])];
    }
  }
  // Tag dictionary (by the word as written): frequent words with one tag are
  // tagged without scoring, in training (no update) as at run time.
  std::unordered_map<std::string, int> dictionary;
  std::string dictionary_section = "section tags\n";
  std::size_t dictionary_tokens = 0, all_tokens = 0;
  for (const auto& [word, counts] : word_tag_counts) {
    int total = 0;
    for (int c : counts) total += c;
    all_tokens += total;
    const int top = static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
    if (o.dict_min_count <= 0 || total < o.dict_min_count || counts[top] < o.dict_min_share * total) continue;
    dictionary[word] = top;
    dictionary_tokens += total;
    dictionary_section += escape(word) + "\t" + std::string(rhetor::detail::kUposNames[top]) + "\n";
  }
  std::fprintf(stderr, "tag dictionary: %zu words, %.1f%% of the training tokens\n", dictionary.size(),
               100.0 * dictionary_tokens / all_tokens);
  if (dictionary.empty()) dictionary_section.clear();
  std::unordered_map<std::string, std::uint32_t> word_class;
  std::string classes_section = "section classes\n";
  for (const auto& [word, counts] : tag_counts) {
    int total = 0;
    for (int c : counts) total += c;
    if (total < o.class_min_count) continue;
    std::uint32_t mask = 0;
    for (int t = 0; t < rhetor::kUposCount; ++t)
      if (counts[t] > 0 && counts[t] >= o.class_min_share * total) mask |= 1u << t;
    word_class[word] = mask;
    char hex[16];
    std::snprintf(hex, sizeof hex, "%x", mask);
    classes_section += escape(word) + "\t" + hex + "\n";
  }
  std::fprintf(stderr, "%zu words with an ambiguity class\n", word_class.size());
  const auto lookup = [&](std::string_view lower, std::uint64_t) {
    const auto it = word_class.find(std::string(lower));
    return it == word_class.end() ? 0u : it->second;
  };
  for (Instance& in : data) rhetor::detail::prepare_forms(in.text, in.tokens, in.forms, lookup);

  Rng rng{o.seed};
  std::vector<std::size_t> order(data.size());
  std::vector<FeatureRef> feats;
  Perceptron<rhetor::kUposCount> upos;
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    shuffle(order, rng);
    std::size_t correct = 0, total = 0;
    for (std::size_t k : order) {
      const Instance& in = data[k];
      int prev = -1, prev2 = -1;
      for (std::size_t i = 0; i < in.tokens.size(); ++i) {
        feats.clear();
        rhetor::detail::upos_features(in.view(), i, prev, prev2, Collect{feats});
        const int gold = static_cast<int>(in.upos[i]);
        int guess;
        if (const auto it = dictionary.find(std::string(in.view()[i].word)); it != dictionary.end()) {
          guess = it->second;
        } else {
          guess = upos.predict(feats);
          upos.update(feats, gold, guess);
        }
        correct += guess == gold;
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    std::fprintf(stderr, "upos epoch %d: train accuracy %.2f%% (%.1fs)\n", epoch + 1, 100.0 * correct / total,
                 seconds_since(t0));
  }
  const std::string header = "rhetor-tagger-model 2\n# Trained by tools/train_tagger.cpp on UD English EWT (CC BY-SA 4.0); see README.md.\n";
  const std::string upos_section = "section upos 17\n" + upos.section(o, o.max_upos_features) + classes_section + dictionary_section;
  const rhetor::Tagger tagger_only = rhetor::Tagger::from_string(header + upos_section, "<upos>");

  // The chunker learns from predicted tags, as it will see them.
  for (Instance& in : data) {
    std::vector<Token> toks = in.tokens;
    tagger_only.tag(in.text, toks);
    in.predicted.clear();
    for (const Token& t : toks) in.predicted.push_back(t.pos);
  }
  Perceptron<3> chunk;
  for (int epoch = 0; epoch < o.chunk_epochs; ++epoch) {
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    shuffle(order, rng);
    std::size_t correct = 0, total = 0;
    for (std::size_t k : order) {
      const Instance& in = data[k];
      int prev = -1;
      for (std::size_t i = 0; i < in.tokens.size(); ++i) {
        feats.clear();
        rhetor::detail::chunk_features(in.view(), in.predicted, i, prev, Collect{feats});
        int guess = chunk.predict(feats);
        const int gold = static_cast<int>(in.chunks[i]);
        chunk.update(feats, gold, guess);
        correct += guess == gold;
        ++total;
        if (guess == static_cast<int>(Chunk::I) && prev != static_cast<int>(Chunk::B) && prev != static_cast<int>(Chunk::I))
          guess = static_cast<int>(Chunk::B);
        prev = guess;
      }
    }
    std::fprintf(stderr, "chunk epoch %d: train accuracy %.2f%% (%.1fs)\n", epoch + 1, 100.0 * correct / total,
                 seconds_since(t0));
  }
  const std::string model = header + upos_section + "section chunk 3\n" + chunk.section(o, o.max_chunk_features);
  const rhetor::Tagger tagger = rhetor::Tagger::from_string(model, "<trained>");
  std::fprintf(stderr, "model: %zu bytes, %zu features, trained in %.1fs\n", model.size(), tagger.feature_count(),
               seconds_since(t0));
  evaluate(tagger, dev, "dev");
  if (o.test) evaluate(tagger, rhetor::ewt::read_conllu(o.ewt + "/en_ewt-ud-test.conllu"), "test");
  if (!o.out.empty()) {
    std::ofstream out(o.out, std::ios::binary);
    out << model;
    if (!out) throw rhetor::Error(o.out + ": cannot write");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw rhetor::Error(a + " needs a value");
      return argv[++i];
    };
    try {
      if (a == "--ewt") o.ewt = value();
      else if (a == "--out") o.out = value();
      else if (a == "--epochs") o.epochs = std::stoi(value());
      else if (a == "--chunk-epochs") o.chunk_epochs = std::stoi(value());
      else if (a == "--min-weight") o.min_weight = std::stoi(value());
      else if (a == "--max-upos-features") o.max_upos_features = std::stoul(value());
      else if (a == "--max-chunk-features") o.max_chunk_features = std::stoul(value());
      else if (a == "--class-min-count") o.class_min_count = std::stoi(value());
      else if (a == "--class-min-share") o.class_min_share = std::stod(value());
      else if (a == "--dict-min-count") o.dict_min_count = std::stoi(value());
      else if (a == "--dict-min-share") o.dict_min_share = std::stod(value());
      else if (a == "--scale") o.scale = std::stod(value());
      else if (a == "--seed") o.seed = std::stoull(value());
      else if (a == "--test") o.test = true;
      else if (a == "--no-gold-tokens") o.gold_tokens = false;
      else {
        std::fprintf(stderr,
                     "usage: train_tagger [--ewt DIR] [--out FILE] [--epochs N] [--chunk-epochs N] "
                     "[--min-weight Q] [--max-upos-features N] [--max-chunk-features N] [--class-min-count N] [--class-min-share F] [--dict-min-count N] [--dict-min-share F] [--scale S] [--seed N] [--no-gold-tokens] [--test]\n");
        return 2;
      }
    } catch (const std::exception& e) {
      std::fprintf(stderr, "train_tagger: %s\n", e.what());
      return 2;
    }
  }
  try {
    return run(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "train_tagger: %s\n", e.what());
    return 1;
  }
}
