#include "scores.hpp"

#include <utility>

namespace rhetor::detail {

void add_match(Scores& sc, const Match& m) noexcept {
  CategoryScore& c = sc.by_category[m.category];
  ++c.count;
  c.weight += m.weight;
  if (m.voice == Voice::author) {
    ++c.author_count;
    c.author_weight += m.weight;
  } else {
    ++c.quoted_count;
    c.quoted_weight += m.weight;
  }
  sc.negated += m.negated;
  sc.intensified += m.intensified;
}

void add_scores(Scores& into, const Scores& from) noexcept {
  into.tokens += from.tokens;
  for (std::size_t c = 0; c < into.by_category.size(); ++c) {
    const CategoryScore& b = std::as_const(from.by_category)[c];
    if (b.count == 0) continue;  // nothing to add (all zero): `into` stores only categories with matches
    CategoryScore& a = into.by_category[c];
    a.count += b.count;
    a.weight += b.weight;
    a.author_count += b.author_count;
    a.quoted_count += b.quoted_count;
    a.author_weight += b.author_weight;
    a.quoted_weight += b.quoted_weight;
  }
  into.attributions += from.attributions;
  into.anonymous += from.anonymous;
  into.quoted_tokens += from.quoted_tokens;
  into.scare_quotes += from.scare_quotes;
  into.negated += from.negated;
  into.intensified += from.intensified;
}

}  // namespace rhetor::detail
