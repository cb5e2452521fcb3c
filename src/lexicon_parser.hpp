// Internal: Boost.Spirit X3 parsers for .lex, .dic and manifest.txt.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rhetor/lexicon.hpp"

namespace rhetor::detail {

/// Parses .lex text; `name` names the file in errors and origins. Throws LexiconError,
/// also when a lexicon_limits limit is passed. `pack_forms`, when given, counts the
/// forms of a pack across its files (max_forms_per_pack); otherwise this text alone counts.
std::vector<LexiconEntry> parse_lex(std::string_view text, std::string_view name, std::size_t* pack_forms = nullptr);
/// Parses LIWC-style .dic text, with the same limits. Throws LexiconError.
std::vector<LexiconEntry> parse_dic(std::string_view text, std::string_view name, std::size_t* pack_forms = nullptr);
/// Parses manifest.txt (key = value lines). Throws LexiconError.
Manifest parse_manifest(std::string_view text, std::string_view name);

}  // namespace rhetor::detail
