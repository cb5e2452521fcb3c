// Word forms of a lexicon pattern item: `a/b/c` alternatives, `[a|b]?` optional
// slots and `lemma~adj|~verb|~noun` generated forms (docs/LEXICON_FORMAT.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rhetor::detail {

enum class FormKind { adj, verb, noun };

/// "adj", "verb", "noun" -> the kind; nullopt otherwise.
std::optional<FormKind> form_kind(std::string_view name) noexcept;

/// The regular English forms of a lemma, the lemma first, without duplicates:
/// adj  harsh -> harsh harsher harshest harshly (angry -> angrier angriest angrily,
///      big -> bigger biggest bigly, vile -> viler vilest vilely, terrible -> ... terribly);
/// verb smear -> smear smears smeared smearing (ban -> bans banned banning,
///      demonize -> demonizes demonized demonizing, bully -> bullies bullied bullying);
/// noun thug -> thug thugs (witch -> witches, lackey -> lackeys, crony -> cronies).
/// Spelling rules only: irregular forms are written out as `a/b` alternatives.
std::vector<std::string> inflect(std::string_view lemma, FormKind kind);

/// One whitespace-free item of a pattern. `alternatives` are the concrete words
/// it stands for; an optional slot (`[a|b]?`) adds an empty alternative.
struct PatternItem {
  std::vector<std::string> alternatives;
  bool optional = false;
};

/// Splits an item into its alternatives. On a syntax error returns nullopt and
/// sets `error` to the message and `error_at` to the byte offset in `item`.
std::optional<PatternItem> parse_pattern_item(std::string_view item, std::string& error, std::size_t& error_at);

}  // namespace rhetor::detail
