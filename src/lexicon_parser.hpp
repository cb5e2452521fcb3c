// Internal: Boost.Spirit X3 parsers for .lex, .dic and manifest.txt.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rhetor/lexicon.hpp"

namespace rhetor::detail {

/// Parses .lex text; `name` names the file in errors and origins. Throws LexiconError.
std::vector<LexiconEntry> parse_lex(std::string_view text, std::string_view name);
/// Parses LIWC-style .dic text. Throws LexiconError.
std::vector<LexiconEntry> parse_dic(std::string_view text, std::string_view name);
/// Parses manifest.txt (key = value lines). Throws LexiconError.
Manifest parse_manifest(std::string_view text, std::string_view name);

}  // namespace rhetor::detail
