#include "rhetor/report.hpp"

#include "compiled_lexicon.hpp"

namespace rhetor {

std::string_view to_string(Voice v) noexcept { return v == Voice::author ? "author" : "quoted"; }
std::string_view to_string(QuoteKind k) noexcept { return k == QuoteKind::marks ? "marks" : "so-called"; }

std::span<const std::string> Report::category_names() const noexcept {
  if (!lexicon_) return {};
  return lexicon_->categories;
}

int Report::category_id(std::string_view name) const noexcept {
  return lexicon_ ? lexicon_->category_id(name) : -1;
}

}  // namespace rhetor
