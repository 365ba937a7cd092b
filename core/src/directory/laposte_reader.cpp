#include "directory/laposte_reader.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "common/number.hpp"
#include "common/text.hpp"
#include "directory/delimited_line.hpp"
#include "directory/text_encoding.hpp"

namespace parcours::directory {
namespace {

// As for FINESS: a file with every row broken must not produce a report many times its
// size; past this, refused rows are counted, not listed.
constexpr std::size_t kMaxListedProblems = 10'000;
constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

// Where each field is, by the header's names.
struct Columns {
    std::size_t count = 0;
    std::size_t insee = kNoColumn, name = kNoColumn, postcode = kNoColumn;
    std::size_t ligne5 = kNoColumn, acheminement = kNoColumn;
    std::size_t latitude = kNoColumn, longitude = kNoColumn, gps = kNoColumn;
};

// "#Code_commune_INSEE" / "Libellé_d_acheminement" → "code_commune_insee" /
// "libelle_d_acheminement": older files start with '#', and the accent is in whatever
// encoding the file is.
std::string headerName(std::string_view field) {
    std::string folded = text::fold(text::trim(field));
    if (!folded.empty() && folded[0] == '#') folded.erase(0, 1);
    return folded;
}

std::string_view firstLine(std::string_view content) {
    content = withoutUtf8Bom(content);
    return content.substr(0, content.find('\n'));
}

std::optional<Columns> readHeader(const DelimitedRecord& header) {
    if (!header.error.empty()) return std::nullopt;
    Columns c;
    c.count = header.fields.size();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string n = headerName(header.fields[i]);
        if (n == "code_commune_insee") c.insee = i;
        if (n == "nom_commune") c.name = i;
        if (n == "code_postal") c.postcode = i;
        if (n == "ligne_5") c.ligne5 = i;
        if (n == "libelle_d_acheminement") c.acheminement = i;
        if (n == "latitude") c.latitude = i;
        if (n == "longitude") c.longitude = i;
        if (n == "coordonnees_gps") c.gps = i;
    }
    if (c.insee == kNoColumn || c.name == kNoColumn || c.postcode == kNoColumn) return std::nullopt;
    return c;
}

std::string location(const ReadOptions& options, std::uint64_t line) {
    return (options.fileName.empty() ? std::string("line ") : options.fileName + ":") +
           std::to_string(line) + ": ";
}

bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Five characters: the département (2 digits, or 2A / 2B for Corsica) then 3 digits.
bool isInseeCode(std::string_view code) {
    if (code.size() != 5 || !allDigits(code.substr(2))) return false;
    const std::string_view dept = code.substr(0, 2);
    return allDigits(dept) || dept == "2A" || dept == "2B";
}

std::string_view field(const DelimitedRecord& r, std::size_t column) {
    return column == kNoColumn ? std::string_view{} : text::trim(r.fields[column]);
}

// Empty latitude and longitude: no position, which is allowed. One without the other, or
// something that is not a WGS84 position, is a malformed row.
Result<std::optional<geo::LatLon>> position(std::string_view lat, std::string_view lon) {
    if (lat.empty() && lon.empty()) return std::optional<geo::LatLon>{};
    auto la = text::parseFiniteDouble(lat), lo = text::parseFiniteDouble(lon);
    if (!la || !lo || !geo::isValid({*la, *lo}))
        return badInput("unreadable position \"" + text::printableExcerpt(lat, 30) + "\", \"" +
                        text::printableExcerpt(lon, 30) + "\"");
    return std::optional<geo::LatLon>(geo::LatLon{*la, *lo});
}

Result<std::optional<geo::LatLon>> rowPosition(const DelimitedRecord& r, const Columns& c) {
    if (c.gps != kNoColumn) {
        const std::string_view gps = field(r, c.gps);
        if (gps.empty()) return std::optional<geo::LatLon>{};
        const auto comma = gps.find(',');
        if (comma == std::string_view::npos)
            return badInput("coordonnees_gps \"" + text::printableExcerpt(gps, 40) +
                            "\" is not \"lat,lon\"");
        return position(text::trim(gps.substr(0, comma)), text::trim(gps.substr(comma + 1)));
    }
    return position(field(r, c.latitude), field(r, c.longitude));
}

Result<CommuneRow> readRow(const DelimitedRecord& r, const Columns& c, bool checkUtf8) {
    if (r.fields.size() != c.count)
        return badInput("row has " + std::to_string(r.fields.size()) + " fields, expected " +
                        std::to_string(c.count));
    // As in FINESS files: control characters are nothing to store nor show a patient.
    for (char ch : r.raw) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x20 && ch != '\t') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            return badInput(std::string("invalid text: control character 0x") + kHex[b >> 4] +
                            kHex[b & 15]);
        }
    }
    if (checkUtf8 && !text::isValidUtf8(r.raw))
        return badInput("invalid text: bytes that are not UTF-8 in a UTF-8 file");
    CommuneRow row;
    row.insee = field(r, c.insee);
    if (!isInseeCode(row.insee))
        return badInput("malformed INSEE code \"" + text::printableExcerpt(row.insee, 20) + "\"");
    row.postcode = field(r, c.postcode);
    if (row.postcode.size() != 5 || !allDigits(row.postcode))
        return badInput("malformed postcode \"" + text::printableExcerpt(row.postcode, 20) +
                        "\" (expected 5 digits)");
    row.name = text::collapseSpaces(field(r, c.name));
    if (row.name.empty()) return badInput("no commune name (Nom_commune is empty)");
    row.ligne5 = text::collapseSpaces(field(r, c.ligne5));
    row.acheminement = text::collapseSpaces(field(r, c.acheminement));
    auto at = rowPosition(r, c);
    if (!at) return at.error();
    row.position = *at;
    return row;
}

}  // namespace

bool looksLikeLaPoste(std::string_view content) {
    const std::string_view line = firstLine(content);
    const std::string_view first = line.substr(0, line.find(';'));
    return headerName(first) == "code_commune_insee" && line.find(';') != std::string_view::npos;
}

Result<std::vector<CommuneRow>> readLaPoste(std::string_view content, const ReadOptions& options,
                                            ReadReport& report) {
    std::string converted;  // the UTF-8 text of a Windows-1252 file
    TextEncoding encoding{};
    const std::string_view body = asUtf8(content, converted, encoding);
    report.encoding = encodingName(encoding);

    DelimitedReader reader(body);
    DelimitedRecord record;
    std::optional<Columns> columns;
    if (reader.next(record)) columns = readHeader(record);
    if (!columns)
        return badInput(location(options, 1) +
                        "not La Poste's postcode file: the first line should name the columns "
                        "Code_commune_INSEE;Nom_commune;Code_postal…, it is \"" +
                        text::printableExcerpt(record.raw, 80) + "\"");

    std::vector<CommuneRow> rows;
    rows.reserve(body.size() / 70 + 1);  // about 70 bytes a row in the real file
    std::size_t unlisted = 0;
    while (reader.next(record)) {
        if (record.error.empty() && record.fields.size() == 1 &&
            text::trim(record.fields[0]).empty())
            continue;  // a blank line (the last line end, usually) is no record
        ++report.records;
        Result<CommuneRow> row =
            record.error.empty() ? readRow(record, *columns, encoding == TextEncoding::DamagedUtf8)
                                 : Result<CommuneRow>(badInput(std::string(record.error)));
        if (row) {
            if (!row->position) ++report.withoutPosition;
            rows.push_back(std::move(*row));
            continue;
        }
        if (options.strict) {
            report.refuse(options.fileName, record.line, row.error().message);
            return badInput(location(options, record.line) + row.error().message);
        }
        if (report.problems.size() < kMaxListedProblems)
            report.refuse(options.fileName, record.line, row.error().message);
        else
            ++unlisted;
    }
    if (unlisted > 0) {
        report.skipped += unlisted;
        report.problems.push_back(
            {options.fileName, 0, std::to_string(unlisted) + " more refused lines, not listed"});
    }
    report.structures += rows.size();
    return rows;
}

}  // namespace parcours::directory
