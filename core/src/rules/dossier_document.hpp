#pragma once
// The dossiers as a small document (headings, paragraphs, lists, tables) rendered three
// ways: Markdown, HTML and plain text. Every text in it may come from the user; each
// renderer escapes it for its own syntax, so builders never escape anything.

#include <string>
#include <vector>

namespace parcours::rules::detail {

struct Block {
    enum class Kind { Heading, Paragraph, Bullets, Table };
    Kind kind = Kind::Paragraph;
    std::string text;                            // Heading, Paragraph
    std::vector<std::string> items;              // Bullets
    std::vector<std::string> header;             // Table
    std::vector<std::vector<std::string>> rows;  // Table; cells may be empty
};

struct Document {
    std::string title;
    std::vector<Block> blocks;

    void heading(std::string text);
    void paragraph(std::string text);
    void bullets(std::vector<std::string> items);
    void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);
};

// A complete Markdown text; characters Markdown reads as syntax are backslash-escaped,
// table cells have '|' escaped and line breaks turned into spaces.
std::string renderMarkdown(const Document& doc);
// A complete, self-contained HTML5 document (lang="fr", UTF-8, print-friendly CSS), every
// text escaped (& < > " ').
std::string renderHtml(const Document& doc);
// Plain text wrapped at 80 columns (counted in characters, not bytes); a table becomes
// one numbered entry per row with "Column : value" lines, empty cells left out.
std::string renderText(const Document& doc);

// `text` broken into lines of at most `width` characters at spaces; a longer word is cut.
// The first line starts with `firstPrefix` ("1. ", "- "), every other with `indent`; both
// count in the width.
std::vector<std::string> wrapText(const std::string& text, std::size_t width,
                                  const std::string& firstPrefix = "",
                                  const std::string& indent = "");

}  // namespace parcours::rules::detail
