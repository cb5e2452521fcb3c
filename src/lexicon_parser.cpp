// Lexicon file grammars, written with Boost.Spirit X3. Each line is parsed on
// its own so that an error can name file:line:column and the offending text.
#include "lexicon_parser.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/fusion/include/std_pair.hpp>
#include <boost/fusion/include/vector.hpp>
#include <boost/spirit/home/x3.hpp>
#include <algorithm>
#include <charconv>
#include <map>

#include "normalize.hpp"
#include "rhetor/pos.hpp"
#include "word_forms.hpp"
#include "rhetor/error.hpp"
#include "rhetor/unicode.hpp"

namespace rhetor::detail {
namespace x3 = boost::spirit::x3;

namespace {

// --- grammar pieces -------------------------------------------------------
const auto blank = x3::char_(" \t");
const auto ident = x3::rule<struct ident_, std::string>{"identifier"} =
    x3::lexeme[x3::char_("a-zA-Z_") >> *x3::char_("a-zA-Z0-9_-")];
// One whitespace-delimited item of an entry line, with its position kept.
const auto item = x3::raw[x3::lexeme[+(x3::char_ - blank)]];
const auto weight_field = x3::lit('=') >> x3::double_;
const auto tag_field = x3::lit('#') >> ident;
const auto list_word = x3::rule<struct list_word_, std::string>{"word"} = x3::lexeme[+(x3::char_ - '|' - blank)];
const auto constraint_head = -x3::char_('!') >> (x3::string("next") | x3::string("prev") | x3::string("after") |
                                                      x3::string("before") | x3::string("clause-before") |
                                                      x3::string("pos"));

// Closed word classes usable in @next/@prev lists; expanded when parsed.
const std::vector<std::string>* word_class(std::string_view name) {
  static const std::vector<std::string> be = {"be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am", "'m"};
  static const std::vector<std::string> modal = {"can", "could", "may", "might", "must", "shall",
                                                 "should", "will", "would", "'ll", "'d", "ca", "wo"};
  static const std::vector<std::string> pron = {"i", "you", "he", "she", "it", "we", "they"};
  static const std::vector<std::string> det = {"a", "an", "the", "this", "that", "these", "those",
                                               "his", "her", "its", "their", "our", "my", "your"};
  static const std::vector<std::string> have = {"have", "has", "had", "having", "'ve", "'d"};
  if (name == "<be>") return &be;
  if (name == "<modal>") return &modal;
  if (name == "<pron>") return &pron;
  if (name == "<det>") return &det;
  if (name == "<have>") return &have;
  return nullptr;
}

// Lines of a text file (LF or CRLF), numbered from 1, after an optional UTF-8 BOM.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text), pos_(text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0) {}
  bool next(std::string_view& line) {
    if (pos_ > text_.size()) return false;
    const std::size_t nl = text_.find('\n', pos_);
    line = text_.substr(pos_, nl == std::string_view::npos ? std::string_view::npos : nl - pos_);
    pos_ = nl == std::string_view::npos ? text_.size() + 1 : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++number_;
    return true;
  }
  std::size_t number() const noexcept { return number_; }

 private:
  std::string_view text_;
  std::size_t pos_;
  std::size_t number_ = 0;
};

std::size_t column_of(std::string_view line, const char* where) {
  // 1-based column in code points, as editors show it.
  return count_codepoints(line.substr(0, static_cast<std::size_t>(where - line.data()))) + 1;
}

// A bounded excerpt: a message never quotes a whole long line.
std::string excerpt(std::string_view s) {
  if (s.size() <= lexicon_limits::max_quoted_bytes) return std::string(s);
  std::size_t n = lexicon_limits::max_quoted_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // keep UTF-8 sequences whole
  return std::string(s.substr(0, n)) + "...";
}

[[noreturn]] void fail(std::string_view file, std::size_t line_no, std::string_view line, const char* where,
                       std::string message, std::string_view offending) {
  throw LexiconError(std::string(file), line_no, column_of(line, where), std::move(message), excerpt(offending));
}

// The forms of one entry so far times the alternatives of its next word, within
// max_forms_per_entry. Syntax errors in the word are reported here too.
std::size_t multiply_forms(std::size_t forms, std::string_view word, std::string_view file, std::size_t line_no,
                           std::string_view line) {
  std::string error;
  std::size_t error_at = 0;
  const auto item = parse_pattern_item(word, error, error_at);
  if (!item) fail(file, line_no, line, word.data() + error_at, error, word);
  const std::size_t product = forms * item->alternatives.size();  // forms <= 4096, alternatives < 4096: no overflow
  if (product > lexicon_limits::max_forms_per_entry)
    fail(file, line_no, line, word.data(),
         "entry expands to more than " + std::to_string(lexicon_limits::max_forms_per_entry) + " forms", word);
  return product;
}

// Counts the forms of a file or pack against max_forms_per_pack.
class FormBudget {
 public:
  explicit FormBudget(std::size_t* pack_forms) : pack_(pack_forms ? pack_forms : &own_) {}
  void add(std::size_t forms, std::string_view file, std::size_t line_no, std::string_view line, const char* where,
           std::string_view pattern) {
    *pack_ += forms;
    if (*pack_ > lexicon_limits::max_forms_per_pack)
      fail(file, line_no, line, where,
           "the lexicon expands to more than " + std::to_string(lexicon_limits::max_forms_per_pack) + " forms", pattern);
  }

 private:
  std::size_t own_ = 0;
  std::size_t* pack_;
};

// Pattern length limits, checked as each word is appended.
void check_pattern_size(std::size_t words, std::size_t bytes, std::string_view file, std::size_t line_no,
                        std::string_view line, const char* where, std::string_view word) {
  if (words > lexicon_limits::max_pattern_words)
    fail(file, line_no, line, where, "pattern longer than " + std::to_string(lexicon_limits::max_pattern_words) + " words", word);
  if (bytes > lexicon_limits::max_pattern_bytes)
    fail(file, line_no, line, where, "pattern longer than " + std::to_string(lexicon_limits::max_pattern_bytes) + " bytes", word);
}

struct Section {
  std::string category;
  float weight = 1.0f;
  std::vector<std::string> tags;
};

template <typename Parser, typename Attr>
bool parse_all(std::string_view s, const Parser& p, Attr& attr) {
  auto first = s.begin();
  return x3::parse(first, s.end(), p, attr) && first == s.end();
}

float check_weight(double w, std::string_view file, std::size_t line_no, std::string_view line, const char* where,
                   std::string_view text) {
  if (!(w >= lexicon_limits::min_weight && w <= lexicon_limits::max_weight))
    fail(file, line_no, line, where, "weight must be in [0.001, 10]", text);
  return static_cast<float>(w);
}

}  // namespace

std::vector<LexiconEntry> parse_lex(std::string_view text, std::string_view file, std::size_t* pack_forms) {
  std::vector<LexiconEntry> entries;
  FormBudget budget(pack_forms);
  Section section;
  bool have_section = false;
  LineReader lines(text);
  for (std::string_view line; lines.next(line);) {
    const std::size_t line_no = lines.number();
    if (!is_valid_utf8(line)) {
      std::size_t bad = 0, len = 0;
      while (bad < line.size() && !(decode_utf8(line, bad, len) == U'\uFFFD' && len == 1)) bad += len;
      fail(file, line_no, line, line.data() + bad, "invalid UTF-8", line.substr(bad, 1));
    }

    // Split the line into items (X3 keeps their positions via raw[]).
    std::vector<boost::iterator_range<std::string_view::const_iterator>> items;
    auto first = line.begin();
    x3::phrase_parse(first, line.end(), *item, blank, items);
    if (items.empty()) continue;
    auto view = [](const auto& r) { return std::string_view(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin())); };
    std::string_view head = view(items.front());
    if (head.front() == '#') continue;  // whole-line comment

    if (head.front() == '[') {  // section header: [category #tag =W]
      const char* open = head.data();
      std::size_t close = line.find(']', static_cast<std::size_t>(open - line.data()));
      if (close == std::string_view::npos) fail(file, line_no, line, open, "section header without ']'", line);
      std::string_view inner = line.substr(static_cast<std::size_t>(open - line.data()) + 1, close - static_cast<std::size_t>(open - line.data()) - 1);
      std::string_view rest = line.substr(close + 1);
      std::size_t rs = rest.find_first_not_of(" \t");
      if (rs != std::string_view::npos && rest[rs] != '#')
        fail(file, line_no, line, rest.data() + rs, "unexpected text after section header", rest.substr(rs));
      std::vector<boost::iterator_range<std::string_view::const_iterator>> parts;
      auto f = inner.begin();
      x3::phrase_parse(f, inner.end(), *item, blank, parts);
      if (parts.empty()) fail(file, line_no, line, open, "empty section name", head);
      Section s;
      std::string_view name = view(parts.front());
      std::string cat;
      if (!parse_all(name, ident, cat)) fail(file, line_no, line, name.data(), "invalid category name", name);
      s.category = cat;
      for (std::size_t k = 1; k < parts.size(); ++k) {
        std::string_view p = view(parts[k]);
        double w = 0;
        std::string tag;
        if (parse_all(p, weight_field, w)) s.weight = check_weight(w, file, line_no, line, p.data(), p);
        else if (parse_all(p, tag_field, tag)) s.tags.push_back(tag);
        else fail(file, line_no, line, p.data(), "expected '#tag' or '=weight' in section header", p);
      }
      section = std::move(s);
      have_section = true;
      continue;
    }

    if (!have_section) fail(file, line_no, line, head.data(), "entry before any [category] section", head);
    LexiconEntry e;
    e.category = section.category;
    e.weight = section.weight;
    e.tags = section.tags;
    e.origin = std::string(file) + ":" + std::to_string(line_no);
    bool in_fields = false;
    bool weight_set = false;
    std::size_t pattern_words = 0, forms = 1;
    for (const auto& r : items) {
      std::string_view it = view(r);
      if (it.front() == '#' && (it.size() == 1 || it[1] == '#' || it[1] == ' ')) break;  // trailing comment
      double w = 0;
      std::string tag;
      if (it.front() == '=') {
        if (!parse_all(it, weight_field, w)) fail(file, line_no, line, it.data(), "expected a number after '='", it);
        if (weight_set) fail(file, line_no, line, it.data(), "weight given twice", it);
        e.weight = check_weight(w, file, line_no, line, it.data(), it);
        weight_set = in_fields = true;
      } else if (it.front() == '#') {
        if (!parse_all(it, tag_field, tag)) fail(file, line_no, line, it.data(), "invalid tag (letters, digits, '-', '_')", it);
        e.tags.push_back(tag);
        in_fields = true;
      } else if (it.front() == '@') {
        in_fields = true;
        if (it == "@case") { e.case_sensitive = true; continue; }
        std::string_view body = it.substr(1);
        std::size_t eq = body.find('=');
        boost::fusion::vector<boost::optional<char>, std::string> headattr;
        if (eq == std::string_view::npos || !parse_all(body.substr(0, eq), constraint_head, headattr))
          fail(file, line_no, line, it.data(),
               "unknown flag (expected @case, @next=, @prev=, @after=, @before=, @clause-before=, @pos= or their @! forms)", it);
        std::vector<std::string> words;
        std::string_view list = body.substr(eq + 1);
        if (!parse_all(list, list_word % '|', words) || words.empty())
          fail(file, line_no, line, list.data(), "expected words separated by '|'", list);
        if (boost::fusion::at_c<1>(headattr) == "pos") {  // UPOS tags of the match's first token
          if (e.pos_allowed) fail(file, line_no, line, it.data(), "part-of-speech constraint given twice", it);
          std::uint32_t mask = 0;
          for (const auto& tag : words) {
            const auto upos = upos_from_string(tag);
            if (!upos || *upos == Upos::X)
              fail(file, line_no, line, list.data() + list.find(tag),
                   "unknown part-of-speech tag (expected UPOS: ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON "
                   "PROPN PUNCT SCONJ SYM VERB)",
                   tag);
            mask |= 1u << static_cast<unsigned>(*upos);
          }
          constexpr std::uint32_t kAllTags = ((1u << kUposCount) - 1) & ~1u;  // every tag but X (untagged)
          e.pos_allowed = boost::fusion::at_c<0>(headattr) ? kAllTags & ~mask : mask;
          continue;
        }
        Constraint c;
        c.negated = boost::fusion::at_c<0>(headattr).has_value();
        const std::string& where = boost::fusion::at_c<1>(headattr);
        c.where = where == "next"    ? Constraint::Where::next
                  : where == "prev"  ? Constraint::Where::prev
                  : where == "after" ? Constraint::Where::after
                  : where == "before" ? Constraint::Where::before
                                      : Constraint::Where::clause_before;
        for (auto& w2 : words) {
          if (w2.front() == '<') {
            if (const auto* expansion = word_class(w2)) {  // closed word classes expand to their words
              c.words.insert(c.words.end(), expansion->begin(), expansion->end());
              continue;
            }
            // <class-NAME>: the words of the pack's [class-NAME] section, expanded when compiled
            const bool pack_class = w2.size() > 8 && w2.starts_with("<class-") && w2.back() == '>' &&
                                    parse_all(std::string_view(w2).substr(1, w2.size() - 2), ident, tag);
            if (!pack_class && w2 != "<num>" && w2 != "<cap>" && w2 != "<quote>" && w2 != "<punct>" && w2 != "<end>")
              fail(file, line_no, line, list.data() + list.find(w2),
                   "unknown class (expected <num> <cap> <quote> <punct> <end> <be> <modal> <pron> <det> <have> "
                   "or <class-NAME>)",
                   w2);
            c.words.push_back(w2);
          } else {
            std::string key;
            normalize_word(w2, key, true);
            c.words.push_back(std::move(key));
          }
        }
        e.constraints.push_back(std::move(c));
      } else {
        if (in_fields) fail(file, line_no, line, it.data(), "pattern words must come before =weight, #tags and @flags", it);
        check_pattern_size(++pattern_words, e.pattern.size() + 1 + it.size(), file, line_no, line, it.data(), it);
        forms = multiply_forms(forms, it, file, line_no, line);
        if (!e.pattern.empty()) e.pattern += ' ';
        e.pattern += it;
      }
    }
    if (e.pattern.empty()) fail(file, line_no, line, head.data(), "entry has no pattern", head);
    budget.add(forms, file, line_no, line, head.data(), e.pattern);
    entries.push_back(std::move(e));
  }
  return entries;
}

std::vector<LexiconEntry> parse_dic(std::string_view text, std::string_view file, std::size_t* pack_forms) {
  std::vector<LexiconEntry> entries;
  FormBudget budget(pack_forms);
  std::map<std::string, std::string> categories;  // number -> name
  int percent_lines = 0;
  LineReader lines(text);
  for (std::string_view line; lines.next(line);) {
    const std::size_t line_no = lines.number();
    std::size_t s = line.find_first_not_of(" \t");
    if (s == std::string_view::npos) continue;
    if (line[s] == '%') { ++percent_lines; continue; }
    if (percent_lines == 0) fail(file, line_no, line, line.data() + s, "a .dic file starts with a '%' line", line.substr(s));
    if (percent_lines == 1) {  // category table: "1<TAB>posemo"
      std::pair<unsigned, std::string> row;
      auto first = line.begin() + static_cast<std::ptrdiff_t>(s);
      if (!x3::phrase_parse(first, line.end(), x3::uint_ >> x3::lexeme[+(x3::char_ - blank)], blank,
                            row) || first != line.end())
        fail(file, line_no, line, &*first, "expected '<number> <category name>'", line.substr(s));
      if (!categories.emplace(std::to_string(std::get<0>(row)), std::get<1>(row)).second)
        fail(file, line_no, line, line.data() + s, "category number defined twice in the header", line.substr(s));
      continue;
    }
    // word entry: the word (may contain spaces in LIWC 2015: everything before the
    // first tab), then category numbers.
    std::size_t tab = line.find('\t', s);
    std::string_view word = tab == std::string_view::npos ? line.substr(s) : line.substr(s, tab - s);
    std::string_view nums = tab == std::string_view::npos ? std::string_view{} : line.substr(tab);
    if (tab == std::string_view::npos) {  // space-separated variant: word then numbers
      std::size_t sp = line.find(' ', s);
      if (sp == std::string_view::npos) fail(file, line_no, line, line.data() + s, "word without categories", word);
      word = line.substr(s, sp - s);
      nums = line.substr(sp);
    }
    while (!word.empty() && (word.back() == ' ')) word.remove_suffix(1);
    const auto word_count = static_cast<std::size_t>(std::count(word.begin(), word.end(), ' ')) + 1;
    check_pattern_size(word_count, word.size(), file, line_no, line, word.data(), word);
    std::size_t forms = 1;
    for (std::size_t b = 0, e = 0; b <= word.size(); b = e + 1) {
      e = std::min(word.find(' ', b), word.size());
      forms = multiply_forms(forms, word.substr(b, e - b), file, line_no, line);
    }
    std::vector<boost::iterator_range<std::string_view::const_iterator>> items;
    auto first = nums.begin();
    x3::phrase_parse(first, nums.end(), *item, blank, items);
    if (items.empty()) fail(file, line_no, line, word.data(), "word without categories", word);
    for (const auto& r : items) {
      std::string_view n(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
      unsigned value = 0;
      if (!parse_all(n, x3::uint_, value)) fail(file, line_no, line, n.data(), "expected a category number", n);
      auto c = categories.find(std::to_string(value));
      if (c == categories.end()) fail(file, line_no, line, n.data(), "category number not in the header", n);
      budget.add(forms, file, line_no, line, word.data(), word);
      LexiconEntry e;
      e.category = c->second;
      e.pattern = std::string(word);
      e.origin = std::string(file) + ":" + std::to_string(line_no);
      entries.push_back(std::move(e));
    }
  }
  if (percent_lines < 2)
    throw LexiconError(std::string(file), lines.number(), 1, "missing the closing '%' of the category table");
  return entries;
}

Manifest parse_manifest(std::string_view text, std::string_view file) {
  Manifest m;
  LineReader lines(text);
  for (std::string_view line; lines.next(line);) {
    const std::size_t line_no = lines.number();
    std::size_t s = line.find_first_not_of(" \t");
    if (s == std::string_view::npos || line[s] == '#') continue;
    std::pair<std::string, std::string> kv;
    auto first = line.begin() + static_cast<std::ptrdiff_t>(s);
    const auto value = x3::lexeme[*x3::char_];
    if (!x3::phrase_parse(first, line.end(), ident >> '=' >> value, blank, kv))
      fail(file, line_no, line, &*first, "expected 'key = value'", line.substr(s));
    std::string v = std::get<1>(kv);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.pop_back();
    const std::string& k = std::get<0>(kv);
    if (k == "name") m.name = v;
    else if (k == "version") m.version = v;
    else if (k == "language") m.language = v;
    else if (k == "licence" || k == "license") m.licence = v;
    else if (k == "description") m.description = v;
    else if (k == "files") {
      std::vector<std::string> files;
      auto f = v.cbegin();
      x3::phrase_parse(f, v.cend(), *x3::lexeme[+(x3::char_ - blank)], blank, files);
      m.files = files;
    } else fail(file, line_no, line, line.data() + s, "unknown manifest key", k);
  }
  return m;
}

}  // namespace rhetor::detail
