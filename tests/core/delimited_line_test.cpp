// The `;` record splitter under the FINESS reader: quoting, line ends, bounds.
#include "directory/delimited_line.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using parcours::directory::DelimitedReader;
using parcours::directory::DelimitedRecord;

namespace {

struct Split {
    std::uint64_t line;
    std::vector<std::string> fields;
    std::string error;
    std::string raw;
};

std::vector<Split> splitAll(std::string_view content) {
    DelimitedReader reader(content);
    DelimitedRecord record;
    std::vector<Split> out;
    while (reader.next(record)) {
        out.push_back({record.line,
                       std::vector<std::string>(record.fields.begin(), record.fields.end()),
                       std::string(record.error), std::string(record.raw)});
    }
    return out;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST(DelimitedLine, SplitsOnSeparatorsKeepingEmptyFields) {
    auto r = splitAll("a;b;;d\n;\nlast;");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].fields, (Fields{"a", "b", "", "d"}));
    EXPECT_EQ(r[1].fields, (Fields{"", ""}));
    EXPECT_EQ(r[2].fields, (Fields{"last", ""}));
    EXPECT_EQ(r[2].line, 3u);
    EXPECT_EQ(r[0].raw, "a;b;;d");
}

TEST(DelimitedLine, BlankLinesAreOneEmptyField) {
    auto r = splitAll("a\n\n\r\nb\n");
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[1].fields, (Fields{""}));
    EXPECT_EQ(r[2].fields, (Fields{""}));
    EXPECT_EQ(r[3].fields, (Fields{"b"}));
    EXPECT_EQ(r[3].line, 4u);
}

TEST(DelimitedLine, DropsTheCarriageReturnOfCrlf) {
    auto r = splitAll("a;b\r\n\"c\"\r\n\"d\";e\r");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].fields, (Fields{"a", "b"}));
    EXPECT_EQ(r[0].raw, "a;b");
    EXPECT_EQ(r[1].fields, (Fields{"c"}));
    EXPECT_EQ(r[2].fields, (Fields{"d", "e"}));
    for (const auto& s : r) EXPECT_TRUE(s.error.empty()) << s.error;
}

TEST(DelimitedLine, UndoesDoubledQuotesAndKeepsQuotedSeparators) {
    auto r = splitAll("structureet;\"LIEU DE VIE \"\"MAVOUNA MEMA 1\"\"\";\"a;b\";\"\";\"\"\"\"\n");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].fields,
              (Fields{"structureet", "LIEU DE VIE \"MAVOUNA MEMA 1\"", "a;b", "", "\""}));
}

TEST(DelimitedLine, AQuoteInsideAnUnquotedFieldIsText) {
    auto r = splitAll("a\"b;c\"\n");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].fields, (Fields{"a\"b", "c\""}));
}

TEST(DelimitedLine, AnOpenQuoteContinuesOnTheNextLine) {
    auto r = splitAll("x;\"two\nlines\";y\nnext\n");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].line, 1u);
    EXPECT_EQ(r[0].fields, (Fields{"x", "two\nlines", "y"}));
    EXPECT_EQ(r[1].line, 3u);
    EXPECT_EQ(r[1].fields, (Fields{"next"}));
}

TEST(DelimitedLine, AQuoteNeverClosedRefusesItsLineAndReadsTheNextOnes) {
    auto r = splitAll("ok\nx;\"open\nb;c\nd\n");
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[1].line, 2u);
    EXPECT_EQ(r[1].error, "quote never closed");
    EXPECT_EQ(r[1].raw, "x;\"open");
    EXPECT_TRUE(r[1].fields.empty());
    EXPECT_EQ(r[2].line, 3u);
    EXPECT_EQ(r[2].fields, (Fields{"b", "c"}));
    EXPECT_EQ(r[3].line, 4u);
}

TEST(DelimitedLine, RefusesTextAfterAClosingQuote) {
    auto r = splitAll("\"a\"b;c\nd\n");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].error, "text after a closing quote");
    EXPECT_EQ(r[1].fields, (Fields{"d"}));
    EXPECT_EQ(r[1].line, 2u);
}

TEST(DelimitedLine, BoundsRecordsTo64KiB) {
    const std::size_t max = DelimitedReader::kMaxRecordBytes;
    std::string exact(max, 'a');
    std::string over(max + 1, 'b');
    auto r = splitAll(exact + "\n" + over + "\nafter\n\"" + over + "\"\n");
    ASSERT_EQ(r.size(), 4u);
    EXPECT_TRUE(r[0].error.empty());
    EXPECT_EQ(r[0].fields[0].size(), max);
    EXPECT_EQ(r[1].error, "record longer than 65536 bytes");
    EXPECT_EQ(r[2].fields, (Fields{"after"}));
    EXPECT_EQ(r[2].line, 3u);
    EXPECT_EQ(r[3].error, "record longer than 65536 bytes");
}

TEST(DelimitedLine, LinesRunOverByAFailedRecordDoNotContinueAgain) {
    // Line 1 opens a quote that line 2 would close after text: the record fails. Line 2
    // read alone opens a quote at the end of the line; it may not run on over line 3,
    // which a second long scan would need (the bound on work for hostile input).
    auto r = splitAll("a;\"x\nb\"c;\"\nd\"\ne\n");
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0].error, "text after a closing quote");
    EXPECT_EQ(r[1].error, "quote not closed at the end of the line");
    EXPECT_EQ(r[1].line, 2u);
    EXPECT_EQ(r[2].line, 3u);
    EXPECT_EQ(r[3].fields, (Fields{"e"}));
    EXPECT_EQ(r[3].line, 4u);
}

TEST(DelimitedLine, FieldsStayValidAfterLaterRecords) {
    std::string content;
    for (int i = 0; i < 2000; ++i) content += "\"q\"\"" + std::to_string(i) + "\";plain\n";
    DelimitedReader reader(content);
    DelimitedRecord record;
    std::vector<std::string_view> kept;
    while (reader.next(record)) kept.push_back(record.fields[0]);
    ASSERT_EQ(kept.size(), 2000u);
    for (int i = 0; i < 2000; ++i) EXPECT_EQ(kept[i], "q\"" + std::to_string(i));
}
