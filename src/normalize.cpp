#include "normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "rhetor/unicode.hpp"

namespace rhetor::detail {

bool is_apostrophe_at(std::string_view s, std::size_t pos, std::size_t& len) noexcept {
  if (pos < s.size() && s[pos] == '\'') { len = 1; return true; }
  if (pos + 3 <= s.size() && static_cast<unsigned char>(s[pos]) == 0xE2 &&
      static_cast<unsigned char>(s[pos + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[pos + 2]) == 0x99 || static_cast<unsigned char>(s[pos + 2]) == 0x98)) {
    len = 3;
    return true;
  }
  if (pos + 2 <= s.size() && static_cast<unsigned char>(s[pos]) == 0xCA &&
      static_cast<unsigned char>(s[pos + 1]) == 0xBC) {  // U+02BC modifier letter apostrophe
    len = 2;
    return true;
  }
  return false;
}

void normalize_word(std::string_view word, std::string& out, bool fold_case) {
  out.clear();
  bool ascii = true;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
  }
  if (ascii) {
    out.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      out[i] = (fold_case && c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    return;
  }
  // Map apostrophes and hyphens to ASCII first, then let ICU normalize the rest.
  std::string mapped;
  mapped.reserve(word.size());
  bool still_ascii = true;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t len = 1;
    if (is_apostrophe_at(word, i, len)) { mapped += '\''; i += len; continue; }
    char32_t cp = decode_utf8(word, i, len);
    if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2212) {
      mapped += '-';
    } else {
      mapped.append(word.data() + i, len);
      still_ascii &= cp < 0x80;
    }
    i += len;
  }
  if (still_ascii) {  // only curly apostrophes and dashes were non-ASCII ("don’t"): NFKC is the identity
    normalize_word(mapped, out, fold_case);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm = fold_case ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                           : icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) { out = mapped; return; }
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(mapped);
  icu::UnicodeString result = norm->normalize(in, status);
  if (U_FAILURE(status)) { out = mapped; return; }
  result.toUTF8String(out);
}

}  // namespace rhetor::detail
