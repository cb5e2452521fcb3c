#include "rhetor/report.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "compiled_lexicon.hpp"

namespace rhetor {

std::string_view to_string(Voice v) noexcept { return v == Voice::author ? "author" : "quoted"; }
std::string_view to_string(QuoteKind k) noexcept { return k == QuoteKind::marks ? "marks" : "so-called"; }

CategoryScores::CategoryScores(const CategoryScores& o) : size_(o.size_), used_(o.used_), capacity_(o.used_) {
  if (used_) {
    entries_ = std::make_unique<Entry[]>(used_);
    std::copy(o.entries_.get(), o.entries_.get() + used_, entries_.get());
  }
}

CategoryScores& CategoryScores::operator=(const CategoryScores& o) {
  if (this != &o) *this = CategoryScores(o);
  return *this;
}

CategoryScores& CategoryScores::operator=(CategoryScores&& o) noexcept {
  entries_ = std::move(o.entries_);
  size_ = o.size_, used_ = o.used_, capacity_ = o.capacity_;
  o.size_ = o.used_ = o.capacity_ = 0;
  return *this;
}

const CategoryScores::Entry* CategoryScores::find(std::size_t c) const noexcept {
  const Entry* b = entries_.get();
  const Entry* e = b + used_;
  if (used_ == size_) return c < used_ ? b + c : nullptr;  // every category stored: by index
  const Entry* it = std::lower_bound(b, e, c, [](const Entry& x, std::size_t id) { return x.category < id; });
  return it != e && it->category == c ? it : nullptr;
}

CategoryScore& CategoryScores::operator[](std::size_t c) {
  if (const Entry* e = find(c)) return const_cast<Entry*>(e)->score;
  if (used_ == capacity_) {
    // Grows by one for the first entries (a sentence's few categories), then doubles.
    const std::size_t cap = std::min<std::size_t>(size_, capacity_ < 2 ? capacity_ + 1 : 2 * capacity_);
    auto grown = std::make_unique<Entry[]>(cap);
    std::copy(entries_.get(), entries_.get() + used_, grown.get());
    entries_ = std::move(grown);
    capacity_ = static_cast<std::uint16_t>(cap);
  }
  Entry* b = entries_.get();
  Entry* pos = std::lower_bound(b, b + used_, c, [](const Entry& x, std::size_t id) { return x.category < id; });
  std::copy_backward(pos, b + used_, b + used_ + 1);
  *pos = Entry{static_cast<CategoryId>(c), CategoryScore{}};
  ++used_;
  return pos->score;
}

const CategoryScore& CategoryScores::at(std::size_t c) const {
  if (c >= size_) throw std::out_of_range("CategoryScores::at: category id out of range");
  return (*this)[c];
}

void CategoryScores::assign(std::size_t n, const CategoryScore& value) {
  if (n > std::numeric_limits<std::uint16_t>::max()) throw std::length_error("CategoryScores: more than 65535 categories");
  entries_.reset();
  size_ = static_cast<std::uint32_t>(n);
  used_ = capacity_ = 0;
  const bool zero = value.count == 0 && value.weight == 0 && value.author_count == 0 && value.quoted_count == 0 &&
                    value.author_weight == 0 && value.quoted_weight == 0;
  if (!zero)
    for (std::size_t c = 0; c < n; ++c) (*this)[c] = value;
}

std::span<const std::string> Report::category_names() const noexcept {
  if (!lexicon_) return {};
  return lexicon_->categories;
}

int Report::category_id(std::string_view name) const noexcept {
  return lexicon_ ? lexicon_->category_id(name) : -1;
}

}  // namespace rhetor
