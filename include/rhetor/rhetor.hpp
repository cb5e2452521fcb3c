// rhetor/rhetor.hpp: the umbrella header.
//
// rhetor scores news and opinion text for loaded language, hedging and
// boosting, and attribution, per sentence, paragraph and document, and
// explains every score by the exact spans that produced it.
//
//   #include <rhetor/rhetor.hpp>
//
//   rhetor::Analyzer analyzer;                        // default English pack, immutable, shareable
//   rhetor::Report report = analyzer.analyze(text);
//   for (const rhetor::Match& m : report.matches())
//     std::cout << m.category_name << '\t' << report.text(m.span) << '\t'
//               << rhetor::to_string(m.voice) << '\n';
//   std::cout << rhetor::to_json(report) << '\n';
#pragma once

#include "rhetor/analyzer.hpp"
#include "rhetor/batch.hpp"
#include "rhetor/error.hpp"
#include "rhetor/features.hpp"
#include "rhetor/html.hpp"
#include "rhetor/json.hpp"
#include "rhetor/lexicon.hpp"
#include "rhetor/options.hpp"
#include "rhetor/pos.hpp"
#include "rhetor/report.hpp"
#include "rhetor/segment.hpp"
#include "rhetor/table.hpp"
#include "rhetor/tagger.hpp"
#include "rhetor/unicode.hpp"
#include "rhetor/version.hpp"
