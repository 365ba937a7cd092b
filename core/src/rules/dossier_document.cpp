// Rendering the dossiers' document model; see dossier_document.hpp.
#include "dossier_document.hpp"

#include <string_view>

namespace parcours::rules::detail {
namespace {

constexpr std::size_t kTextWidth = 80;

// Characters of UTF-8 text (continuation bytes do not count).
std::size_t characters(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0U) != 0x80U) ++n;
    return n;
}

// The byte length of the first `count` characters of `s`.
std::size_t bytesOf(std::string_view s, std::size_t count) {
    std::size_t i = 0;
    for (std::size_t seen = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0U) != 0x80U) {
            if (seen == count) break;
            ++seen;
        }
    }
    return i;
}

// Line breaks and tabs inside a field become spaces: a table cell, a list item, a
// heading stay one line whatever the user typed.
std::string oneLine(std::string_view s) {
    std::string out;
    for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return out;
}

std::string markdownEscape(std::string_view s) {
    std::string out;
    for (char c : oneLine(s)) {
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '<':
            case '>':
            case '#':
            case '|':
            case '~':
            case '&':  // "&lt;" would otherwise be read as an entity
                out += '\\';
                break;
            default:
                break;
        }
        out += c;
    }
    return out;
}

std::string htmlEscape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

constexpr std::string_view kCss =
    "body{font-family:Georgia,'Times New Roman',serif;max-width:48em;margin:2em auto;"
    "padding:0 1em;line-height:1.45;color:#111}"
    "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}"
    "table{border-collapse:collapse;width:100%;font-size:.9em}"
    "th,td{border:1px solid #888;padding:.3em .4em;text-align:left;vertical-align:top}"
    "th{background:#eee}"
    "@media print{body{margin:0;max-width:none}a{color:inherit}tr{page-break-inside:avoid}}";

void appendWrapped(std::string& out, const std::string& text, const std::string& firstPrefix,
                   const std::string& indent) {
    for (const auto& line : wrapText(oneLine(text), kTextWidth, firstPrefix, indent))
        out += line + '\n';
}

}  // namespace

void Document::heading(std::string text) {
    blocks.push_back({Block::Kind::Heading, std::move(text), {}, {}, {}});
}
void Document::paragraph(std::string text) {
    blocks.push_back({Block::Kind::Paragraph, std::move(text), {}, {}, {}});
}
void Document::bullets(std::vector<std::string> items) {
    blocks.push_back({Block::Kind::Bullets, {}, std::move(items), {}, {}});
}
void Document::table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
    blocks.push_back({Block::Kind::Table, {}, {}, std::move(header), std::move(rows)});
}

std::vector<std::string> wrapText(const std::string& text, std::size_t width,
                                  const std::string& firstPrefix, const std::string& indent) {
    std::vector<std::string> lines;
    std::string line = firstPrefix;
    std::size_t lineChars = characters(firstPrefix);
    const std::size_t indentChars = characters(indent);
    auto flush = [&] {
        lines.push_back(line);
        line = indent;
        lineChars = indentChars;
    };
    std::size_t pos = 0;
    bool lineHasWord = false;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        std::string_view word(text.data() + pos, end - pos);
        pos = end + 1;
        if (word.empty()) continue;
        std::size_t wordChars = characters(word);
        if (lineHasWord && lineChars + 1 + wordChars > width) {
            flush();
            lineHasWord = false;
        }
        if (lineHasWord) {
            line += ' ';
            ++lineChars;
        }
        // A word longer than the room left on an empty line is cut.
        while (lineChars + wordChars > width && width > lineChars) {
            const std::size_t cut = bytesOf(word, width - lineChars);
            line += word.substr(0, cut);
            word.remove_prefix(cut);
            wordChars = characters(word);
            flush();
            lineHasWord = false;
        }
        if (word.empty()) continue;
        line += word;
        lineChars += wordChars;
        lineHasWord = true;
    }
    if (lineHasWord || lines.empty()) lines.push_back(line);
    return lines;
}

std::string renderMarkdown(const Document& doc) {
    std::string out = "# " + markdownEscape(doc.title) + "\n";
    for (const auto& b : doc.blocks) {
        out += '\n';
        switch (b.kind) {
            case Block::Kind::Heading:
                out += "## " + markdownEscape(b.text) + "\n";
                break;
            case Block::Kind::Paragraph:
                out += markdownEscape(b.text) + "\n";
                break;
            case Block::Kind::Bullets:
                for (const auto& item : b.items) out += "- " + markdownEscape(item) + "\n";
                break;
            case Block::Kind::Table: {
                auto row = [&](const std::vector<std::string>& cells) {
                    out += "|";
                    for (const auto& cell : cells) out += " " + markdownEscape(cell) + " |";
                    out += "\n";
                };
                row(b.header);
                out += "|";
                for (std::size_t i = 0; i < b.header.size(); ++i) out += " --- |";
                out += "\n";
                for (const auto& r : b.rows) row(r);
                break;
            }
        }
    }
    return out;
}

std::string renderHtml(const Document& doc) {
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
        htmlEscape(doc.title) + "</title>\n<style>" + std::string(kCss) +
        "</style>\n</head>\n<body>\n<h1>" + htmlEscape(doc.title) + "</h1>\n";
    for (const auto& b : doc.blocks) {
        switch (b.kind) {
            case Block::Kind::Heading:
                out += "<h2>" + htmlEscape(b.text) + "</h2>\n";
                break;
            case Block::Kind::Paragraph:
                out += "<p>" + htmlEscape(b.text) + "</p>\n";
                break;
            case Block::Kind::Bullets:
                out += "<ul>\n";
                for (const auto& item : b.items) out += "<li>" + htmlEscape(item) + "</li>\n";
                out += "</ul>\n";
                break;
            case Block::Kind::Table:
                out += "<table>\n<thead><tr>";
                for (const auto& h : b.header) out += "<th>" + htmlEscape(h) + "</th>";
                out += "</tr></thead>\n<tbody>\n";
                for (const auto& r : b.rows) {
                    out += "<tr>";
                    for (const auto& cell : r) out += "<td>" + htmlEscape(cell) + "</td>";
                    out += "</tr>\n";
                }
                out += "</tbody>\n</table>\n";
                break;
        }
    }
    out += "</body>\n</html>\n";
    return out;
}

std::string renderText(const Document& doc) {
    std::string out;
    appendWrapped(out, doc.title, "", "");
    out += std::string(std::min<std::size_t>(characters(doc.title), kTextWidth), '=') + "\n";
    for (const auto& b : doc.blocks) {
        out += '\n';
        switch (b.kind) {
            case Block::Kind::Heading: {
                const std::string title = oneLine(b.text);
                appendWrapped(out, title, "", "");
                out +=
                    std::string(std::min<std::size_t>(characters(title), kTextWidth), '-') + "\n";
                break;
            }
            case Block::Kind::Paragraph:
                // A paragraph keeps the line breaks the user typed.
                for (std::size_t pos = 0; pos <= b.text.size();) {
                    const std::size_t end = std::min(b.text.find('\n', pos), b.text.size());
                    appendWrapped(out, b.text.substr(pos, end - pos), "", "");
                    pos = end + 1;
                }
                break;
            case Block::Kind::Bullets:
                for (const auto& item : b.items) appendWrapped(out, item, "- ", "  ");
                break;
            case Block::Kind::Table:
                for (std::size_t i = 0; i < b.rows.size(); ++i) {
                    const auto& r = b.rows[i];
                    const std::string number = std::to_string(i + 1) + ". ";
                    const std::string indent(number.size(), ' ');
                    bool first = true;
                    for (std::size_t c = 0; c < r.size() && c < b.header.size(); ++c) {
                        if (r[c].empty()) continue;
                        appendWrapped(out, b.header[c] + " : " + r[c], first ? number : indent,
                                      indent + "  ");
                        first = false;
                    }
                    if (first) out += number + "\n";
                    if (i + 1 < b.rows.size()) out += '\n';
                }
                break;
        }
    }
    return out;
}

}  // namespace parcours::rules::detail
