#include "compiled_lexicon.hpp"
#include "rhetor/report.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "normalize.hpp"
#include "rhetor/error.hpp"
#include "segment_rules.hpp"

namespace rhetor::detail {

namespace {
using hashing::hash_bytes;
using hashing::hash_u64;
}  // namespace

std::uint32_t StringTable::insert(std::string_view key) {
  if (std::uint32_t id = find(key)) return id;
  // At most a quarter full: most lookups miss (words in no lexicon), and a miss
  // probes until an empty tag, so sparse tags keep that to about one probe.
  if ((count_ + 1) * 4 > tags_.size()) grow();
  const std::uint64_t h = hash_bytes(key);
  const std::size_t mask = tags_.size() - 1;
  std::size_t i = h & mask;
  while (tags_[i] != 0) i = (i + 1) & mask;
  tags_[i] = static_cast<std::uint32_t>(h >> 32) | 1u;
  slots_[i] = {hashing::word_at<false>(key, 0), static_cast<std::uint32_t>(arena_.size()),
               static_cast<std::uint32_t>(key.size()), static_cast<std::uint32_t>(++count_)};
  arena_.append(key);
  return slots_[i].id;
}

void StringTable::grow() {
  const std::size_t size = std::max<std::size_t>(16, tags_.size() * 2);
  std::vector<std::uint32_t> old_tags = std::move(tags_);
  std::vector<Slot> old = std::move(slots_);
  tags_.assign(size, 0);
  slots_.assign(size, Slot{});
  const std::size_t mask = mask_ = size - 1;
  for (std::size_t k = 0; k < old.size(); ++k) {
    if (old_tags[k] == 0) continue;
    const std::uint64_t h = hash_bytes(std::string_view(arena_).substr(old[k].offset, old[k].length));
    std::size_t i = h & mask;
    while (tags_[i] != 0) i = (i + 1) & mask;
    tags_[i] = old_tags[k];
    slots_[i] = old[k];
  }
}

void PrefixTrie::insert(std::string_view prefix, std::uint32_t symbol) {
  std::uint32_t node = 0;
  for (unsigned char b : prefix) {
    std::uint32_t child = node == 0 ? root_[b] : nodes_[node].first_child;
    while (child && nodes_[child].byte != b) child = nodes_[child].next_sibling;
    if (!child) {
      child = static_cast<std::uint32_t>(nodes_.size());
      Node n;
      n.byte = b;
      n.next_sibling = nodes_[node].first_child;
      nodes_.push_back(n);
      nodes_[node].first_child = child;
      if (node == 0) root_[b] = child;
    }
    node = child;
  }
  nodes_[node].symbol = symbol;
  // may_match filter: a one-byte prefix admits every second byte.
  if (prefix.empty()) return;
  const unsigned b0 = static_cast<unsigned char>(prefix[0]);
  for (unsigned b1 = 0; b1 < 256; ++b1) {
    if (prefix.size() > 1 && b1 != static_cast<unsigned char>(prefix[1])) continue;
    const unsigned pair = b0 << 8 | b1;
    pair_bits_[pair >> 6] |= 1ull << (pair & 63);
  }
}

int PrefixTrie::collect(std::string_view key, std::uint32_t* out, int cap) const noexcept {
  int n = 0;
  std::uint32_t node = 0;
  for (unsigned char b : key) {
    std::uint32_t child = node == 0 ? root_[b] : nodes_[node].first_child;
    while (child && nodes_[child].byte != b) child = nodes_[child].next_sibling;
    if (!child) break;
    node = child;
    if (nodes_[node].symbol && n < cap) out[n++] = nodes_[node].symbol;
  }
  return n;
}

void EdgeTable::build(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& edges) {
  std::size_t size = 16;
  while (size < edges.size() * 2) size *= 2;
  keys_.assign(size, 0);
  values_.assign(size, 0);
  mask_ = size - 1;
  for (const auto& [k, v] : edges) {
    std::size_t i = hash_u64(k) & mask_;
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = k;
    values_[i] = v;
  }
}

namespace {
bool is_clitic_alone(std::string_view w) noexcept {
  std::string_view rest;
  if (w.starts_with("'")) rest = w.substr(1);
  else if (w.starts_with("\u2019")) rest = w.substr(3);
  else return w == "n't" || w == "n\u2019t";
  return rest == "s" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d" || rest == "m" || rest == "S" ||
         rest == "RE" || rest == "VE" || rest == "LL" || rest == "D" || rest == "M";
}
}  // namespace

std::vector<FormWord> compile_form(const std::vector<std::string>& words, bool case_sensitive) {
  std::vector<FormWord> out;
  std::vector<Token> toks;
  std::string key;
  for (const std::string& w : words) {
    const bool wildcard = !w.empty() && w.back() == '*';
    const std::string_view body = wildcard ? std::string_view(w).substr(0, w.size() - 1) : std::string_view(w);
    // A clitic written alone as an alternative ("it is/'s clear") is the one token
    // the tokenizer makes of it after a word ("It's" -> It 's), not "'" + "s".
    if (!wildcard && is_clitic_alone(body)) {
      normalize_word(body, key, !case_sensitive);
      out.push_back({key, false});
      continue;
    }
    toks.clear();
    tokenize_range(body, 0, static_cast<std::uint32_t>(body.size()), toks);
    for (std::size_t i = 0; i < toks.size(); ++i) {
      normalize_word(body.substr(toks[i].span().begin, toks[i].span().size()), key, !case_sensitive);
      out.push_back({key, wildcard && i + 1 == toks.size()});
    }
  }
  return out;
}

std::uint32_t word_class_bit(std::string_view name) noexcept {
  static constexpr std::pair<std::string_view, std::uint32_t> kClasses[] = {
      {"class-role", kClassRole},
      {"class-honorific", kClassHonorific},
      {"class-person-pronoun", kClassPersonPronoun},
      {"class-group-pronoun", kClassGroupPronoun},
      {"class-first-person", kClassFirstPerson},
      {"class-addressee-verb", kClassAddresseeVerb},
      {"class-naming-verb", kClassNamingVerb},
      {"class-vague-source", kClassVagueSource},
      {"class-not-name", kClassNotName},
      {"class-clause-adjunct", kClassClauseAdjunct},
      {"class-scare-marker", kClassScareMarker},
      {"class-subject-pronoun", kClassSubjectPronoun},
      {"class-relative", kClassRelative},
      {"class-np-preposition", kClassNpPreposition},
      {"class-source-preposition", kClassSourcePreposition},
      {"class-be", kClassBe},
      {"class-article", kClassArticle},
      {"class-indefinite", kClassIndefinite},
      {"class-complementizer", kClassComplementizer},
      {"class-parenthetical-as", kClassParentheticalAs},
      {"class-topic-preposition", kClassTopicPreposition},
      {"class-speech-event", kClassSpeechEvent},
      {"class-quantifier", kClassQuantifier},
      {"class-evidence-source", kClassEvidenceSource},
      {"class-time-preposition", kClassTimePreposition},
      {"class-people", kClassPeople},
      {"class-name-suffix", kClassNameSuffix},
      {"class-male", kClassMale},
      {"class-female", kClassFemale},
      {"class-name-particle", kClassNameParticle},
  };
  for (const auto& [n, bit] : kClasses)
    if (n == name) return bit;
  return 0;
}

int CompiledLexicon::category_id(std::string_view name) const noexcept {
  for (std::size_t i = 0; i < categories.size(); ++i)
    if (categories[i] == name) return static_cast<int>(i);
  return -1;
}

int CompiledLexicon::more_symbols(std::string_view key, std::string_view word, std::string& scratch,
                                  std::uint32_t* out, int n) const {
  if (n == 1 && has_case_variant[out[0]]) {  // some @case form folds to this key: look up the exact form too
    normalize_word(word, scratch, false);
    scratch.insert(scratch.begin(), kCaseMarker);
    if (const std::uint32_t e = vocab.find(scratch)) out[n++] = e;
  }
  if (!prefixes.empty()) n += prefixes.collect(key, out + n, kMaxSymbols - n);
  return n;
}

int CompiledLexicon::symbols(std::string_view key, std::string_view word, std::string& scratch,
                             std::uint32_t* out) const {
  int n = 0;
  if (const std::uint32_t s = vocab.find(key)) out[n++] = s;
  return more_symbols(key, word, scratch, out, n);
}

CompiledLexicon::CompiledLexicon(Lexicon merged, AnalyzerOptions opts) : lexicon(std::move(merged)), options(opts) {
  auto check_factor = [](float f, const char* name, float low) {
    if (!(f >= low && f <= 10.0f))
      throw AnalyzerError(std::string(name) + " must be a number in [" + (low > 0 ? "0.001" : "0") + ", 10], not " +
                          std::to_string(f));
  };
  check_factor(options.intensifier_factor, "intensifier_factor", 0.001f);
  check_factor(options.quoted_loaded_factor, "quoted_loaded_factor", 0.0f);
  categories = {std::string(category::loaded), std::string(category::hedge), std::string(category::booster),
                std::string(category::attribution)};
  for (const auto& e : lexicon.entries())
    if (!category::is_context(e.category) && category_id(e.category) < 0) categories.push_back(e.category);
  if (categories.size() > kMaxCategories)
    throw AnalyzerError("lexicons define " + std::to_string(categories.size()) + " scored categories; at most " +
                        std::to_string(kMaxCategories) + " are supported");
  // Lanes: one per scored category, hedge and booster sharing one (they are
  // opposites: "no doubt" must not also count "doubt"), then one per context category.
  lanes = categories.size() + 3;  // + negator, intensifier, scare marker
  auto lane_of = [&](int cat) -> std::uint16_t {
    if (cat == kBooster) return kHedge;
    if (cat >= 0) return static_cast<std::uint16_t>(cat);
    return static_cast<std::uint16_t>(categories.size() + static_cast<std::size_t>(-cat - 1));
  };

  for (const char* w : {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                        "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                        "billion", "billions", "trillion", "trillions", "dozen", "dozens", "half", "quarter",
                        "third", "several", "couple", "score", "scores", "tens", "$", "€", "£", "%"})
    number_words.insert(w);

  std::vector<std::vector<CompiledEntry>> node_accepts{{}};
  std::unordered_map<std::uint64_t, std::uint32_t> edge_map;
  std::unordered_map<std::string, std::uint32_t> prefix_symbols;
  std::vector<std::uint32_t> case_folded;  // folded symbols that have an @case variant
  std::vector<std::pair<std::uint32_t, std::uint32_t>> class_words;  // symbol, WordClass bit
  // Words of each class section, for <class-NAME> in constraint lists.
  std::unordered_map<std::string, std::vector<std::string>> class_members;
  const auto& entries = lexicon.entries();
  for (std::uint32_t ei = 0; ei < entries.size(); ++ei) {
    const LexiconEntry& e = entries[ei];
    int cat = 0;
    if (e.category == category::negator) cat = kNegator;
    else if (e.category == category::intensifier) cat = kIntensifier;
    else if (e.category.starts_with(category::word_class_prefix)) {
      const std::uint32_t bit = word_class_bit(e.category);  // 0: a class only constraint lists use
      std::vector<std::string>& members = class_members["<" + e.category + ">"];
      for (const auto& words : e.expansions())
        if (auto form = compile_form(words, false); form.size() == 1 && !form[0].prefix) {
          if (bit) class_words.emplace_back(vocab.insert(form[0].key), bit);
          members.push_back(std::move(form[0].key));
        }
      // Classes are looked up per token, never matched; scare markers are matched
      // too, so that the analyzer learns from the matcher which sentences hold one.
      if (bit != kClassScareMarker) continue;
      cat = kScareMarker;
    } else cat = category_id(e.category);
    if (e.case_sensitive) has_case_sensitive = true;
    for (const auto& words : e.expansions()) {
      auto form = compile_form(words, e.case_sensitive);
      if (form.empty()) continue;
      std::uint32_t node = 0;
      for (const FormWord& fw : form) {
        std::uint32_t sym;
        if (fw.prefix) {
          auto [it, fresh] = prefix_symbols.emplace(fw.key, 0);
          if (fresh) {
            // Prefix symbols share the id space of vocab so that trie edges stay unique.
            it->second = vocab.insert("\x01*" + fw.key);
            prefixes.insert(fw.key, it->second);
          }
          sym = it->second;
        } else if (e.case_sensitive) {
          sym = vocab.insert(kCaseMarker + fw.key);  // looked up with the token's exact form
          std::string folded;
          normalize_word(fw.key, folded, true);
          case_folded.push_back(vocab.insert(folded));
        } else {
          sym = vocab.insert(fw.key);
        }
        const std::uint64_t ek = (static_cast<std::uint64_t>(node) << 32) | sym;
        auto it = edge_map.find(ek);
        if (it == edge_map.end()) {
          const auto child = static_cast<std::uint32_t>(node_accepts.size());
          node_accepts.emplace_back();
          it = edge_map.emplace(ek, child).first;
        }
        node = it->second;
      }
      auto& acc = node_accepts[node];
      const bool dup = std::any_of(acc.begin(), acc.end(), [&](const CompiledEntry& c) {
        const LexiconEntry& other = entries[c.entry];
        return c.category == cat && other.constraints.empty() && e.constraints.empty() && !other.pos_allowed &&
               !e.pos_allowed;
      });
      if (dup) continue;  // first definition wins; `rhetor lexicon check` reports the duplicate
      acc.push_back({ei, static_cast<std::int16_t>(cat), lane_of(cat), static_cast<std::uint16_t>(form.size()), e.weight,
                     !e.constraints.empty(), e.case_sensitive});
      max_form_length = std::max(max_form_length, form.size());
      ++forms;
    }
  }
  constraints.resize(entries.size());
  window_constraints.resize(entries.size());
  for (std::size_t ei = 0; ei < entries.size(); ++ei) {
    for (const Constraint& c : entries[ei].constraints) {
      CompiledConstraint cc;
      cc.next = c.where == Constraint::Where::next || c.where == Constraint::Where::after;
      cc.negated = c.negated;
      cc.clause = c.where == Constraint::Where::clause_before;
      for (const std::string& w : c.words) {
        if (w.starts_with("<class-")) {  // a pack class; one no section defines is empty
          if (auto members = class_members.find(w); members != class_members.end())
            for (const std::string& m : members->second) cc.words.push_back({hashing::word_at<false>(m, 0), m});
        } else if (w[0] == '<' && w.size() > 2) {  // a class; unknown ones never match
          cc.end |= w == "<end>";
          cc.num |= w == "<num>";
          cc.cap |= w == "<cap>";
          cc.quote |= w == "<quote>";
          cc.punct |= w == "<punct>";
        } else {
          cc.words.push_back({hashing::word_at<false>(w, 0), w});
        }
      }
      std::sort(cc.words.begin(), cc.words.end(),
                [](const CompiledConstraint::Word& a, const CompiledConstraint::Word& b) { return a.head < b.head; });
      // the matcher judges the neighbouring token; the context rules judge windows
      const bool window = c.where == Constraint::Where::after || c.where == Constraint::Where::before ||
                          c.where == Constraint::Where::clause_before;
      (window ? window_constraints : constraints)[ei].push_back(std::move(cc));
    }
  }
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    byte_symbols[b] = vocab.find(std::string_view(&c, 1));
  }
  has_case_variant.assign(vocab.size() + 1, 0);
  for (std::uint32_t sym : case_folded) has_case_variant[sym] = 1;
  class_bits.assign(vocab.size() + 1, 0);
  for (const auto& [sym, bit] : class_words) class_bits[sym] |= bit;
  root_children.assign(vocab.size() + 1, 0);
  for (const auto& [k, child] : edge_map)
    if ((k >> 32) == 0) root_children[static_cast<std::uint32_t>(k)] = child;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> flat(edge_map.begin(), edge_map.end());
  edges.build(flat);
  accept_begin.reserve(node_accepts.size() + 1);
  for (auto& acc : node_accepts) {
    accept_begin.push_back(static_cast<std::uint32_t>(accepts.size()));
    // constrained entries first: a satisfied constraint is more specific
    std::stable_sort(acc.begin(), acc.end(), [&](const CompiledEntry& a, const CompiledEntry& b) {
      return entries[a.entry].constraints.size() > entries[b.entry].constraints.size();
    });
    accepts.insert(accepts.end(), acc.begin(), acc.end());
  }
  accept_begin.push_back(static_cast<std::uint32_t>(accepts.size()));
}

}  // namespace rhetor::detail
