// rhetor/table.hpp: columns, one row per unit, RFC 4180 quoting, TSV flattening.
#include <gtest/gtest.h>

#include <rhetor/analyzer.hpp>
#include <rhetor/table.hpp>

#include <algorithm>
#include <string>

namespace {

using rhetor::Analyzer;
using rhetor::TableLevel;

TEST(Table, OneRowPerUnitIdFirst) {
  Analyzer a;
  const auto r = a.analyze("Café owners said the “thugs” were probably paid.\n\nIt is certainly a sham. Really.");
  const auto names = a.category_names();
  for (auto level : {TableLevel::document, TableLevel::paragraph, TableLevel::sentence, TableLevel::match,
                     TableLevel::attribution}) {
    const auto cols = rhetor::table_columns(level, names);
    const auto rows = rhetor::table_rows(r, "doc-1", level);
    EXPECT_EQ(cols.front(), "id");
    for (const auto& row : rows) {
      EXPECT_EQ(row.size(), cols.size());
      EXPECT_EQ(row.front(), "doc-1");
    }
  }
  EXPECT_EQ(rhetor::table_rows(r, "d", TableLevel::document).size(), 1u);
  EXPECT_EQ(rhetor::table_rows(r, "d", TableLevel::paragraph).size(), r.paragraphs().size());
  EXPECT_EQ(rhetor::table_rows(r, "d", TableLevel::sentence).size(), r.sentences().size());
  EXPECT_EQ(rhetor::table_rows(r, "d", TableLevel::match).size(), r.matches().size());
  EXPECT_EQ(rhetor::table_rows(r, "d", TableLevel::attribution).size(), r.attributions().size());
}

TEST(Table, MatchOffsetsAreCodePoints) {
  Analyzer a;
  const auto r = a.analyze("Café thugs.");
  const auto cols = rhetor::table_columns(TableLevel::match, a.category_names());
  const auto rows = rhetor::table_rows(r, "x", TableLevel::match);
  ASSERT_EQ(rows.size(), 1u);
  auto col = [&](const char* name) { return rows[0][std::find(cols.begin(), cols.end(), name) - cols.begin()]; };
  EXPECT_EQ(col("start"), "5");
  EXPECT_EQ(col("end"), "10");
  EXPECT_EQ(col("text"), "thugs");
  EXPECT_EQ(col("category"), "loaded");
}

TEST(Table, CsvQuotingFollowsRfc4180) {
  std::string out;
  const std::vector<std::string> fields = {"plain", "a,b", "say \"hi\"", "two\nlines", ""};
  rhetor::append_table_record(out, fields);
  EXPECT_EQ(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
  out.clear();
  const std::vector<std::string> tsv = {"a\tb", "c\r\nd", "e,\"f\""};
  rhetor::append_table_record(out, tsv, '\t');
  EXPECT_EQ(out, "a b\tc  d\te,\"f\"\n");
}

TEST(Table, LevelsByName) {
  EXPECT_EQ(rhetor::parse_table_level("sentence"), TableLevel::sentence);
  EXPECT_FALSE(rhetor::parse_table_level("word"));
}

}  // namespace
