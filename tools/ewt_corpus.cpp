#include "ewt_corpus.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>

#include "rhetor/error.hpp"

namespace rhetor::ewt {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t pos = 0;
  while (true) {
    const std::size_t tab = line.find('\t', pos);
    fields.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) return fields;
    pos = tab + 1;
  }
}

int to_int(std::string_view s, const std::string& where) {
  int v = 0;
  if (std::from_chars(s.data(), s.data() + s.size(), v).ptr != s.data() + s.size())
    throw Error(where + ": expected a number, got \"" + std::string(s) + "\"");
  return v;
}

bool is_relation(const std::string& deprel, std::string_view base) {
  return deprel.size() >= base.size() && deprel.compare(0, base.size(), base) == 0 &&
         (deprel.size() == base.size() || deprel[base.size()] == ':');
}

// Relations that attach a word to the NP of its parent...
bool np_relation(const std::string& r) {
  return is_relation(r, "det") || is_relation(r, "amod") || is_relation(r, "compound") || is_relation(r, "nummod") ||
         r == "nmod:poss" || r == "nmod:desc" || is_relation(r, "flat") || is_relation(r, "fixed") ||
         r == "goeswith";
}
// ...and those allowed only below a modifier, not on the head itself ("very big",
// "black and white", "month - long").
bool modifier_relation(const std::string& r) {
  return is_relation(r, "advmod") || is_relation(r, "cc") || is_relation(r, "conj") || r == "obl:unmarked" ||
         r == "nmod:unmarked" || r == "obl:npmod" || r == "nmod:npmod";
}

}  // namespace

std::vector<Sentence> read_conllu(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path + ": cannot open");
  std::vector<Sentence> out;
  Sentence cur;
  std::string line;
  std::size_t line_no = 0;
  int mwt_end = -1;  // last word id of the open multiword token
  const auto finish = [&] {
    if (!cur.words.empty()) out.push_back(std::move(cur));
    cur = Sentence{};
    mwt_end = -1;
  };
  while (std::getline(in, line)) {
    ++line_no;
    const std::string where = path + ":" + std::to_string(line_no);
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# text = ", 0) == 0) cur.text = line.substr(9);
      continue;
    }
    const auto f = split_tabs(line);
    if (f.size() != 10) throw Error(where + ": expected 10 tab-separated fields");
    const std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    const std::size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      const int first = to_int(id.substr(0, dash), where) - 1, last = to_int(id.substr(dash + 1), where) - 1;
      cur.surface.push_back({std::string(f[1]), first, last});
      mwt_end = last;
      continue;
    }
    const int index = to_int(id, where) - 1;
    if (index != static_cast<int>(cur.words.size())) throw Error(where + ": word ids out of order");
    Word w;
    w.form = std::string(f[1]);
    const auto tag = upos_from_string(f[3]);
    if (!tag) throw Error(where + ": unknown UPOS \"" + std::string(f[3]) + "\"");
    w.upos = *tag;
    w.head = f[6] == "_" ? -1 : to_int(f[6], where) - 1;
    w.deprel = std::string(f[7]);
    cur.words.push_back(std::move(w));
    if (index > mwt_end) cur.surface.push_back({cur.words.back().form, index, index});
  }
  finish();
  return out;
}

std::vector<Chunk> word_chunks(const Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  std::vector<std::vector<int>> children(n);
  for (int i = 0; i < n; ++i)
    if (s.words[i].head >= 0 && s.words[i].head < n) children[s.words[i].head].push_back(i);

  struct Block {
    int begin, end;  // [begin, end)
  };
  std::vector<Block> blocks;
  std::vector<char> member(n);
  for (int h = 0; h < n; ++h) {
    const Upos t = s.words[h].upos;
    const bool sym_amount = t == Upos::SYM && std::any_of(children[h].begin(), children[h].end(), [&](int c) {
                              return is_relation(s.words[c].deprel, "nummod");
                            });
    if (t != Upos::NOUN && t != Upos::PROPN && t != Upos::PRON && t != Upos::NUM && !sym_amount) continue;
    std::fill(member.begin(), member.end(), 0);
    member[h] = 1;
    std::vector<int> stack{h};
    while (!stack.empty()) {
      const int p = stack.back();
      stack.pop_back();
      for (int c : children[p]) {
        const std::string& r = s.words[c].deprel;
        const bool ok = np_relation(r) || r == "punct" || (p != h && modifier_relation(r)) ||
                        (r == "case" && s.words[p].deprel == "nmod:poss" && p != h);
        if (ok) {
          member[c] = 1;
          stack.push_back(c);
        }
      }
    }
    int b = h, e = h + 1;
    while (b > 0 && member[b - 1]) --b;
    while (e < n && member[e]) ++e;
    while (b < h && s.words[b].upos == Upos::PUNCT) ++b;
    while (e > h + 1 && s.words[e - 1].upos == Upos::PUNCT) --e;
    blocks.push_back({b, e});
  }
  // Outer chunks first; a block overlapping an accepted one is absorbed.
  std::stable_sort(blocks.begin(), blocks.end(),
                   [](Block a, Block b) { return a.end - a.begin > b.end - b.begin; });
  std::vector<Chunk> bio(n, Chunk::O);
  for (Block k : blocks) {
    bool free = true;
    for (int i = k.begin; i < k.end; ++i) free = free && bio[i] == Chunk::O;
    if (!free) continue;
    bio[k.begin] = Chunk::B;
    for (int i = k.begin + 1; i < k.end; ++i) bio[i] = Chunk::I;
  }
  return bio;
}

namespace {
TokenKind kind_of(std::string_view form) {
  const unsigned char c = static_cast<unsigned char>(form[0]);
  if (c >= '0' && c <= '9') return TokenKind::number;
  if (c >= 0x80 || std::isalpha(c)) return TokenKind::word;
  if (c == '\'' && form.size() > 1) return TokenKind::clitic;
  return TokenKind::punct;
}
}  // namespace

GoldTokens gold_tokens(const Sentence& s) {
  GoldTokens g;
  for (const Word& w : s.words) {
    if (!g.text.empty()) g.text += ' ';
    Token t;
    const auto begin = static_cast<std::uint32_t>(g.text.size());
    g.text += w.form;
    t.set_span({begin, static_cast<std::uint32_t>(g.text.size())});
    t.kind = kind_of(w.form);
    g.tokens.push_back(t);
    g.upos.push_back(w.upos);
  }
  g.chunks = word_chunks(s);
  return g;
}

bool rhetor_tokens(const Sentence& s, RhetorTokens& out, AlignmentStats& stats) {
  ++stats.sentences;
  out = RhetorTokens{};
  // Byte spans of the words in the text: surface tokens are found in order; the
  // words of a multiword token split it by their lengths when they spell it.
  std::vector<Span> word_span(s.words.size());
  std::size_t pos = 0;
  for (const Surface& sf : s.surface) {
    const std::size_t at = s.text.find(sf.form, pos);
    if (at == std::string::npos || s.text.find_first_not_of(" \t", pos) != at) {
      ++stats.failed;
      return false;
    }
    pos = at + sf.form.size();
    std::string joined;
    for (int w = sf.first_word; w <= sf.last_word; ++w) joined += s.words[w].form;
    std::size_t b = at;
    const std::size_t count = static_cast<std::size_t>(sf.last_word - sf.first_word + 1);
    for (int w = sf.first_word; w <= sf.last_word; ++w) {
      std::size_t len = joined == sf.form ? s.words[w].form.size() : sf.form.size() / count;
      if (w == sf.last_word) len = at + sf.form.size() - b;
      word_span[w] = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b + len)};
      b += len;
    }
  }
  const std::vector<Chunk> wchunks = word_chunks(s);
  std::vector<int> chunk_id(s.words.size(), -1);
  int id = -1;
  for (std::size_t w = 0; w < wchunks.size(); ++w) {
    if (wchunks[w] == Chunk::B) ++id;
    if (wchunks[w] != Chunk::O) chunk_id[w] = id;
  }
  tokenize(s.text, out.tokens);
  int last_chunk = -1;
  for (const Token& t : out.tokens) {
    int head = -1, last_cover = -1, covered = 0;
    for (std::size_t w = 0; w < s.words.size(); ++w) {
      if (word_span[w].begin < t.span().end && t.span().begin < word_span[w].end) {
        ++covered;
        last_cover = static_cast<int>(w);
        if (s.words[w].upos != Upos::PUNCT) head = static_cast<int>(w);
      }
    }
    if (head < 0) head = last_cover;
    ++stats.tokens;
    if (head < 0) {
      ++stats.uncovered;
      out.upos.push_back(Upos::X);
      out.chunks.push_back(Chunk::O);
      last_chunk = -1;
      continue;
    }
    if (covered > 1) ++stats.merged;
    else if (word_span[head] == t.span()) ++stats.one_to_one;
    else ++stats.fragment;
    // Punctuation split off a word ("Inc" "." of "Inc.") is punctuation to rhetor.
    const bool punct_piece = covered == 1 && t.kind == TokenKind::punct && word_span[head] != t.span() &&
                             s.words[head].upos != Upos::SYM;
    out.upos.push_back(punct_piece ? Upos::PUNCT : s.words[head].upos);
    const int c = chunk_id[head];
    out.chunks.push_back(c < 0 ? Chunk::O : c == last_chunk ? Chunk::I : Chunk::B);
    last_chunk = c;
  }
  return true;
}

std::vector<ChunkSpan> chunk_spans(const std::vector<Chunk>& bio) {
  std::vector<ChunkSpan> spans;
  for (std::size_t i = 0; i < bio.size(); ++i) {
    if (bio[i] == Chunk::O) continue;
    if (bio[i] == Chunk::B || i == 0 || bio[i - 1] == Chunk::O) spans.push_back({i, i + 1});
    else spans.back().end = i + 1;
  }
  return spans;
}

}  // namespace rhetor::ewt
