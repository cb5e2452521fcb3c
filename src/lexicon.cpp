#include "rhetor/lexicon.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "compiled_lexicon.hpp"
#include "embedded_pack.hpp"
#include "lexicon_parser.hpp"
#include "rhetor/error.hpp"
#include "rhetor/tagger.hpp"
#include "word_forms.hpp"

namespace rhetor {

namespace fs = std::filesystem;

LexiconError::LexiconError(std::string file, std::size_t line, std::size_t column, std::string message,
                           std::string offending_text)
    : Error([&] {
        std::string w = file;
        if (line) w.append(":").append(std::to_string(line)).append(":").append(std::to_string(column));
        w.append(": ").append(message);
        if (!offending_text.empty()) w.append(": \"").append(offending_text).append("\"");
        return w;
      }()),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(std::move(message)),
      offending_text_(std::move(offending_text)) {}

bool category::is_context(std::string_view name) noexcept {
  return name == negator || name == intensifier || name.starts_with(word_class_prefix);
}

std::vector<std::vector<std::string>> LexiconEntry::expansions() const {
  // Alternatives of each word first, then the forms in one pass: the work is
  // the size of the result (a prefix is never copied per word).
  std::vector<std::vector<std::string>> alternatives;
  std::istringstream words{pattern};
  std::size_t count = 1;
  for (std::string word; words >> word;) {
    std::string error;
    std::size_t error_at = 0;
    auto item = detail::parse_pattern_item(word, error, error_at);
    if (!item) throw LexiconError(origin, 0, 0, error, word);
    count *= item->alternatives.size();
    if (count > lexicon_limits::max_forms_per_entry)
      throw LexiconError(origin, 0, 0,
                         "entry expands to more than " + std::to_string(lexicon_limits::max_forms_per_entry) + " forms");
    alternatives.push_back(std::move(item->alternatives));
  }
  std::vector<std::vector<std::string>> out(count);
  for (std::size_t f = 0; f < count; ++f) {
    out[f].reserve(alternatives.size());
    std::size_t rest = f;  // mixed-radix digits of f pick one alternative per word, last word fastest
    std::size_t stride = count;
    for (const auto& alts : alternatives) {
      stride /= alts.size();
      const std::string& w = alts[rest / stride];
      if (!w.empty()) out[f].push_back(w);  // an optional slot left out
      rest %= stride;
    }
  }
  return out;
}

namespace {

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw LexiconError(path, 0, 0, "is a directory, not a lexicon file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError(path, 0, 0, "cannot open lexicon file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw LexiconError(path, 0, 0, "cannot read lexicon file");
  return ss.str();
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

Lexicon from_parts(Manifest manifest, const std::vector<std::pair<std::string, std::string>>& files) {
  Lexicon lex;
  std::size_t pack_forms = 0;  // lexicon_limits::max_forms_per_pack counts over all files
  for (const auto& [name, text] : files) {
    auto entries = ends_with(name, ".dic") ? detail::parse_dic(text, name, &pack_forms)
                                           : detail::parse_lex(text, name, &pack_forms);
    for (auto& e : entries) lex.add(std::move(e));
  }
  lex.manifest() = std::move(manifest);
  return lex;
}

}  // namespace

Lexicon Lexicon::from_string(std::string_view text, std::string_view name) {
  Lexicon lex;
  for (auto& e : detail::parse_lex(text, name)) lex.add(std::move(e));
  lex.manifest_.name = std::string(name);
  lex.manifest_.files = {std::string(name)};
  return lex;
}

Lexicon Lexicon::from_dic_string(std::string_view text, std::string_view name) {
  Lexicon lex;
  for (auto& e : detail::parse_dic(text, name)) lex.add(std::move(e));
  lex.manifest_.name = std::string(name);
  lex.manifest_.files = {std::string(name)};
  return lex;
}

Lexicon Lexicon::from_file(const std::string& path) {
  std::string text = read_file(path);
  Lexicon lex = ends_with(path, ".dic") ? from_dic_string(text, path) : from_string(text, path);
  lex.manifest_.name = fs::path(path).stem().string();
  return lex;
}

Lexicon Lexicon::from_directory(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) throw LexiconError(path, 0, 0, "not a directory");
  Manifest manifest;
  const fs::path manifest_path = fs::path(path) / "manifest.txt";
  if (fs::exists(manifest_path, ec)) {
    manifest = detail::parse_manifest(read_file(manifest_path.string()), manifest_path.string());
  } else {
    manifest.name = fs::path(path).filename().string();
  }
  if (manifest.files.empty()) {
    for (const auto& de : fs::directory_iterator(path, ec)) {
      const std::string ext = de.path().extension().string();
      if (de.is_regular_file() && (ext == ".lex" || ext == ".dic")) manifest.files.push_back(de.path().filename().string());
    }
    std::sort(manifest.files.begin(), manifest.files.end());
    if (manifest.files.empty()) throw LexiconError(path, 0, 0, "no .lex or .dic files in lexicon directory");
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : manifest.files) {
    const std::string full = (fs::path(path) / f).string();
    files.emplace_back(full, read_file(full));
  }
  return from_parts(std::move(manifest), files);
}

Lexicon Lexicon::load(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw LexiconError(path, 0, 0, "no such file or directory");
  return fs::is_directory(path, ec) ? from_directory(path) : from_file(path);
}

const Lexicon& Lexicon::english() {
  static const Lexicon pack = [] {
    std::map<std::string, std::string> by_name;
    for (std::size_t i = 0; i < detail::kEmbeddedPackSize; ++i)
      by_name[detail::kEmbeddedPack[i].name] = std::string(detail::kEmbeddedPack[i].data);
    Manifest manifest;
    if (auto m = by_name.find("manifest.txt"); m != by_name.end())
      manifest = detail::parse_manifest(m->second, "lexicons/en/manifest.txt");
    if (manifest.files.empty())
      for (const auto& [name, text] : by_name)
        if (name != "manifest.txt") manifest.files.push_back(name);
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& f : manifest.files) {
      auto it = by_name.find(f);
      if (it == by_name.end()) throw LexiconError("lexicons/en/manifest.txt", 0, 0, "listed file is not in the pack", f);
      files.emplace_back("lexicons/en/" + f, it->second);
    }
    return from_parts(std::move(manifest), files);
  }();
  return pack;
}

Lexicon& Lexicon::merge(const Lexicon& other) {
  entries_.insert(entries_.end(), other.entries_.begin(), other.entries_.end());
  manifest_.files.insert(manifest_.files.end(), other.manifest_.files.begin(), other.manifest_.files.end());
  if (manifest_.name.empty()) manifest_ = other.manifest_;
  else if (!other.manifest_.name.empty()) manifest_.name += "+" + other.manifest_.name;
  return *this;
}

std::vector<LexiconIssue> check_lexicon(const Lexicon& lexicon) {
  std::vector<LexiconIssue> issues;
  struct Seen { std::size_t entry; };
  std::map<std::string, std::size_t> first_by_key;  // category + form key -> entry index
  const auto& entries = lexicon.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& e = entries[i];
    std::set<std::size_t> reported;
    std::set<std::string> first_words_checked;
    for (const auto& c : e.constraints)
      for (const auto& w : c.words)
        if (w.starts_with("<class-") && !c.negated &&
            std::none_of(entries.begin(), entries.end(),
                         [&](const LexiconEntry& x) { return "<" + x.category + ">" == w; }))
          issues.push_back({LexiconIssue::Kind::unmatchable, e.origin,
                            "\"" + e.pattern + "\" requires a word of " + w + ", which no [" +
                                w.substr(1, w.size() - 2) + "] section defines"});
    for (const auto& words : e.expansions()) {
      auto form = detail::compile_form(words, e.case_sensitive);
      if (form.empty()) {
        issues.push_back({LexiconIssue::Kind::unmatchable, e.origin,
                          "\"" + e.pattern + "\" has a form that normalizes to no tokens"});
        continue;
      }
      // @pos on a first word whose tag never varies: that form never matches.
      if (e.pos_allowed && !form[0].prefix && first_words_checked.insert(words[0]).second)
        if (const auto fixed = Tagger::english().dictionary_tag(words[0]);
            fixed && !(e.pos_allowed & (1u << static_cast<unsigned>(*fixed))))
          issues.push_back({LexiconIssue::Kind::unmatchable, e.origin,
                            "\"" + e.pattern + "\": \"" + words[0] + "\" is always " + std::string(to_string(*fixed)) +
                                ", which its @pos constraint excludes"});
      std::string key = e.category + '\x1f';
      for (const auto& w : form) key += (w.prefix ? "*" : "") + w.key + '\x1f';
      for (const auto& c : e.constraints) {
        key += "NPAB"[static_cast<int>(c.where)];
        key += c.negated ? "!" : "";
        for (const auto& w : c.words) key += w + "|";
      }
      if (e.pos_allowed) key += "T" + std::to_string(e.pos_allowed);
      auto [it, inserted] = first_by_key.emplace(key, i);
      if (!inserted && it->second == i) {
        issues.push_back({LexiconIssue::Kind::duplicate, e.origin,
                          "\"" + e.pattern + "\" spells one form twice (its alternatives overlap)"});
        continue;
      }
      if (!inserted && !reported.count(it->second)) {
        const LexiconEntry& f = entries[it->second];
        reported.insert(it->second);
        const bool same = f.weight == e.weight && f.tags == e.tags;
        issues.push_back({same ? LexiconIssue::Kind::duplicate : LexiconIssue::Kind::conflict, e.origin,
                          "\"" + e.pattern + "\" " + (same ? "duplicates" : "conflicts with (weight or tags differ)") +
                              " \"" + f.pattern + "\" at " + f.origin});
      }
    }
  }
  return issues;
}

LexiconStats lexicon_stats(const Lexicon& lexicon) {
  LexiconStats st;
  std::map<std::string, LexiconStats::Row> cats;
  std::map<std::pair<std::string, std::string>, LexiconStats::Row> tags;
  for (const auto& e : lexicon.entries()) {
    auto forms = e.expansions();
    std::size_t multi = 0, wild = 0;
    for (const auto& f : forms) {
      if (detail::compile_form(f, e.case_sensitive).size() > 1) ++multi;
      if (std::any_of(f.begin(), f.end(), [](const std::string& w) { return !w.empty() && w.back() == '*'; })) ++wild;
    }
    auto add = [&](LexiconStats::Row& r) { ++r.entries; r.forms += forms.size(); r.multiword += multi; };
    auto& c = cats[e.category];
    c.category = e.category;
    add(c);
    for (const auto& t : e.tags) {
      auto& r = tags[{e.category, t}];
      r.category = e.category;
      r.tag = t;
      add(r);
    }
    ++st.entries;
    st.forms += forms.size();
    st.multiword_forms += multi;
    st.wildcard_forms += wild;
  }
  for (auto& [k, v] : cats) st.by_category.push_back(v);
  for (auto& [k, v] : tags) st.by_tag.push_back(v);
  return st;
}

}  // namespace rhetor
