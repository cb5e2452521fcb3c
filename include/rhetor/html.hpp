// rhetor/html.hpp: a Report as one self-contained HTML page (the CLI's
// `rhetor report`, Python's Report._repr_html_() and rhetor.to_html()).
//
//   std::string page = rhetor::to_html(report, {.title = "op-ed.txt"});
//   std::vector<rhetor::NamedReport> docs{{"a.txt", &a}, {"b.txt", &b}};
//   std::string index = rhetor::to_html(docs);      // index, comparison chart, then each document
//
// The page needs nothing else: CSS, SVG and a small script are inline, allowed
// by a Content-Security-Policy meta tag that forbids every network request, and
// it reads fully with scripts off. Every match is an element carrying
// `data-category`, `data-start` and `data-end` in code point offsets (as in the
// JSON) and `data-match` (its index); a match that crosses another element is
// split into fragments that all carry the same attributes. Attribution parts
// carry `data-role` (source, cue, content, speaker) and `data-attribution`
// (the attribution's index). The per-paragraph chart has one `data-paragraph`
// mark per paragraph. CSS is scoped under `.rhx`, so the page can be embedded
// (Jupyter) without restyling its host.
#pragma once

#include <span>
#include <string>

#include "rhetor/report.hpp"

namespace rhetor {

struct HtmlOptions {
  std::string title;                  ///< page title; empty: the document name, or "rhetor report"
  bool script = true;                 ///< the hover script that lights up an attribution's linked parts
};

/// A report with the name it is shown under (a file name, a record id).
struct NamedReport {
  std::string name;
  const Report* report = nullptr;
};

/// One document: summary table, legend, per-paragraph chart, highlighted text, attributions.
std::string to_html(const Report& report, const HtmlOptions& options = {});
/// Several documents: an index with each profile and a comparison chart, then every
/// document as above. One document gives the same page as the single form.
std::string to_html(std::span<const NamedReport> documents, const HtmlOptions& options = {});

/// Appends `s` with & < > " ' escaped; ill-formed bytes become U+FFFD (as in the JSON).
void append_html_escaped(std::string& out, std::string_view s);

}  // namespace rhetor
