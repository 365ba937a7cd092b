// The text helpers the FINESS reader leans on: encoding detection, strict numbers,
// message excerpts.
#include <gtest/gtest.h>

#include <string>

#include "common/number.hpp"
#include "common/text.hpp"
#include "directory/text_encoding.hpp"

using namespace parcours;
using directory::detectEncoding;
using directory::TextEncoding;

TEST(TextEncoding, TellsUtf8DamagedUtf8AndWindows1252Apart) {
    EXPECT_EQ(detectEncoding("CH DE FLEYRIAT"), TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding("ARS \xC3\xA9tablissements"), TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding("ARS \xE9tablissements"), TextEncoding::Windows1252);
    // Many good sequences, one bad byte: a damaged UTF-8 file, not Windows-1252.
    std::string damaged;
    for (int i = 0; i < 10; ++i) damaged += "soci\xC3\xA9t\xC3\xA9 ";
    damaged += "\xE9";
    EXPECT_EQ(detectEncoding(damaged), TextEncoding::DamagedUtf8);
    // A Windows-1252 text with one accidental UTF-8 pair ("É’" = C9 92) stays Windows-1252.
    EXPECT_EQ(detectEncoding("\xC9\x92 caf\xE9 cr\xE8me \xE0 l\xE9gumes"),
              TextEncoding::Windows1252);
    EXPECT_EQ(directory::withoutUtf8Bom("\xEF\xBB\xBFx"), "x");
    EXPECT_EQ(directory::withoutUtf8Bom("\xEF\xBBx"), "\xEF\xBBx");
}

TEST(TextEncoding, CensusCountsSequencesAndInvalidBytes) {
    auto census = text::utf8Census("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xFF\xC3");
    EXPECT_EQ(census.multibyte, 3u);
    EXPECT_EQ(census.invalid, 2u);
    // Overlong and surrogate forms are invalid, byte by byte.
    EXPECT_EQ(text::utf8Census("\xC0\xAF").invalid, 2u);
    EXPECT_EQ(text::utf8Census("\xED\xA0\x80").invalid, 3u);
    EXPECT_FALSE(text::isValidUtf8("\xED\xA0\x80"));
    EXPECT_TRUE(text::isValidUtf8("\xF4\x8F\xBF\xBF"));
    EXPECT_FALSE(text::isValidUtf8("\xF4\x90\x80\x80"));
}

TEST(StrictNumbers, AcceptOnlyAWholeFiniteNumber) {
    EXPECT_EQ(text::parseFiniteDouble("870215.7"), 870215.7);
    EXPECT_EQ(text::parseFiniteDouble("-61.5"), -61.5);
    EXPECT_EQ(text::parseFiniteDouble("6.5e6"), 6.5e6);
    for (const char* bad : {"", " 1", "1 ", "+1", "1,5", "nan", "NaN", "inf", "-inf", "1e999",
                            "0x10", "12abc", ".", "-"})
        EXPECT_FALSE(text::parseFiniteDouble(bad).has_value()) << bad;
}

TEST(TextHelpers, CollapseSpacesTakesLineBreaksAsSpaces) {
    EXPECT_EQ(text::collapseSpaces("  CENTRE\r\nHOSPITALIER  DE\tCAYENNE "),
              "CENTRE HOSPITALIER DE CAYENNE");
    EXPECT_EQ(text::collapseSpaces("CH DE FLEYRIAT"), "CH DE FLEYRIAT");
    EXPECT_EQ(text::collapseSpaces(" A "), "A");
    EXPECT_EQ(text::collapseSpaces("A\tB"), "A B");
    EXPECT_EQ(text::collapseSpaces("A \nB"), "A B");
    EXPECT_EQ(text::collapseSpaces(" \t "), "");
    EXPECT_EQ(text::collapseSpaces(""), "");
}

TEST(TextHelpers, Utf8ValidityAtEveryOffsetOfALongAsciiRun) {
    for (std::size_t prefix = 0; prefix < 20; ++prefix) {
        const std::string ascii(prefix, 'a');
        EXPECT_TRUE(text::isValidUtf8(ascii + "\xC3\xA9" + ascii)) << prefix;
        EXPECT_FALSE(text::isValidUtf8(ascii + "\xE9" + ascii)) << prefix;
        EXPECT_FALSE(text::isValidUtf8(ascii + "\xC3")) << prefix;
    }
}

TEST(TextHelpers, PrintableExcerptCutsOnCharactersAndHidesControls) {
    EXPECT_EQ(text::printableExcerpt("abc", 10), "abc");
    EXPECT_EQ(text::printableExcerpt("a\x01\n\x7f", 10), "a???");
    EXPECT_EQ(text::printableExcerpt("\xC3\xA9\xC3\xA9", 3), "\xC3\xA9…");
    EXPECT_EQ(text::printableExcerpt("abcdef", 3), "abc…");
}
