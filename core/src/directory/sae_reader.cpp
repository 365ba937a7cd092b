// The SAE URGENCES table: authorised emergency units by FINESS number.
#include "directory/sae_reader.hpp"

#include <map>
#include <optional>
#include <string>

#include "common/text.hpp"
#include "directory/delimited_line.hpp"
#include "directory/finess_number.hpp"
#include "directory/text_encoding.hpp"

namespace parcours::directory {
namespace {

constexpr std::size_t kMaxListedProblems = 10'000;

struct Columns {
    std::optional<std::size_t> site, legalEntity, general, paediatric, seasonal;
};

std::string headerName(std::string_view field) {
    return text::fold(text::trim(field));
}

std::string_view firstLine(std::string_view content) {
    content = withoutUtf8Bom(content);
    std::string_view line = content.substr(0, content.find('\n'));
    if (line.ends_with('\r')) line.remove_suffix(1);
    return line;
}

// `;` when the header has more of them than commas (the SAE bases), else `,`.
char separatorOf(std::string_view header) {
    std::size_t semicolons = 0, commas = 0;
    for (char c : header) {
        semicolons += c == ';';
        commas += c == ',';
    }
    return semicolons > commas ? ';' : ',';
}

Columns findColumns(const std::vector<std::string_view>& header) {
    Columns c;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string n = headerName(header[i]);
        if (n == "nofinesset" || n == "fi" || n == "finess") c.site = i;
        if (n == "nofinessej" || n == "fi_ej") c.legalEntity = i;
        if (n == "autgen") c.general = i;
        if (n == "autped") c.paediatric = i;
        if (n == "autsais") c.seasonal = i;
    }
    return c;
}

std::string_view field(const DelimitedRecord& r, std::optional<std::size_t> column) {
    if (!column || *column >= r.fields.size()) return {};
    return text::trim(r.fields[*column]);
}

// "1" (or any non-zero number) is authorised; "0" and empty are not.
bool flagSet(std::string_view v) {
    return !v.empty() && v.find_first_not_of("0.") != std::string_view::npos;
}

}  // namespace

bool looksLikeSaeUrgences(std::string_view start) {
    const std::string_view line = firstLine(start);
    DelimitedReader reader(line, separatorOf(line));
    DelimitedRecord header;
    if (!reader.next(header) || !header.error.empty()) return false;
    const Columns c = findColumns(header.fields);
    return c.site && (c.general || c.paediatric || c.seasonal);
}

Result<std::vector<EmergencySite>> readSaeUrgences(std::string_view content,
                                                   const ReadOptions& options, ReadReport& report) {
    std::string converted;
    TextEncoding encoding{};
    const std::string_view body = asUtf8(content, converted, encoding);
    report.encoding = encodingName(encoding);
    const std::string where = options.fileName.empty() ? "line " : options.fileName + ":";

    DelimitedReader reader(body, separatorOf(firstLine(body)));
    DelimitedRecord record;
    if (!reader.next(record) || !record.error.empty())
        return badInput(where + "1: not an SAE URGENCES table: no header line");
    const Columns columns = findColumns(record.fields);
    if (!columns.site)
        return badInput(where + "1: not an SAE URGENCES table: no nofinesset (or fi) column in \"" +
                        text::printableExcerpt(record.raw, 80) + "\"");
    const bool hasFlags = columns.general || columns.paediatric || columns.seasonal;

    std::map<std::string, std::string> sites;  // FINESS number → labels
    std::uint64_t unlisted = 0;
    auto refuse = [&](std::uint64_t line, std::string reason) -> Result<void> {
        if (options.strict) return badInput(where + std::to_string(line) + ": " + reason);
        if (report.problems.size() < kMaxListedProblems) {
            report.refuse(options.fileName, line, std::move(reason));
        } else {
            ++report.skipped;
            ++unlisted;
        }
        return {};
    };

    while (reader.next(record)) {
        if (record.error.empty() && record.fields.size() == 1 &&
            text::trim(record.fields[0]).empty())
            continue;  // blank line
        ++report.records;
        if (!record.error.empty()) {
            if (auto r = refuse(record.line, std::string(record.error)); !r) return r.error();
            continue;
        }
        std::string number(field(record, columns.site));
        if (number.empty()) {
            const std::string_view legal = field(record, columns.legalEntity);
            auto r =
                refuse(record.line,
                       legal.empty() ? "no FINESS number (nofinesset)"
                                     : "only the legal entity's FINESS number (nofinessej " +
                                           text::printableExcerpt(legal, 20) +
                                           "): a unit is placed by its site's number, nofinesset");
            if (!r) return r.error();
            continue;
        }
        if (number.size() == 8 && number.find_first_not_of("0123456789") == std::string::npos)
            number.insert(0, "0");
        if (!finessNumberKey(number)) {
            auto r = refuse(record.line, "malformed FINESS number \"" +
                                             text::printableExcerpt(number, 40) + "\"");
            if (!r) return r.error();
            continue;
        }
        std::string label;
        auto add = [&](std::optional<std::size_t> column, std::string_view what) {
            if (!flagSet(field(record, column))) return;
            if (!label.empty()) label += ", ";
            label += what;
        };
        add(columns.general, "Urgences générales");
        add(columns.paediatric, "Urgences pédiatriques");
        add(columns.seasonal, "Urgences saisonnières");
        if (hasFlags && label.empty()) continue;  // listed, but authorised for nothing
        if (!hasFlags) label = "Structure des urgences";
        std::string& labels = sites[number];
        if (labels.empty()) labels = std::move(label);
    }
    if (unlisted > 0)
        report.problems.push_back(
            {options.fileName, 0, std::to_string(unlisted) + " more refused lines, not listed"});
    std::vector<EmergencySite> out;
    out.reserve(sites.size());
    for (auto& [finess, label] : sites) out.push_back({finess, std::move(label)});
    report.structures += out.size();
    return out;
}

}  // namespace parcours::directory
