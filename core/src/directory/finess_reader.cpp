#include "parcours/directory/finess_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/text.hpp"
#include "directory/delimited_line.hpp"
#include "directory/finess_fields.hpp"
#include "directory/finess_number.hpp"
#include "directory/finess_position.hpp"
#include "directory/finess_structure.hpp"
#include "directory/text_encoding.hpp"

namespace parcours::directory {
namespace {

constexpr std::string_view kSignature = "finess;etalab;";

// A national file with every line broken would otherwise list millions of problems,
// many times the size of the file: past this, refused lines are counted, not listed.
constexpr std::size_t kMaxListedProblems = 10'000;

// Bytes per establishment in a real file (its structureet and geolocalisation lines), to
// reserve once for a national file.
constexpr std::size_t kBytesPerEstablishment = 384;

struct Problem {
    std::uint64_t line = 0;
    std::string reason;
};

// Problems found in line order; only the first `keep` are kept, all are counted.
class ProblemList {
  public:
    explicit ProblemList(std::size_t keep) : keep_(keep) {}
    void add(std::uint64_t line, std::string reason) {
        ++total_;
        if (kept_.size() < keep_) kept_.push_back({line, std::move(reason)});
    }
    [[nodiscard]] std::size_t total() const { return total_; }
    [[nodiscard]] const std::vector<Problem>& kept() const { return kept_; }

  private:
    std::size_t keep_;
    std::size_t total_ = 0;
    std::vector<Problem> kept_;
};

// A geolocalisation line, joined once every structureet line is known (files put them
// last, but nothing requires it). The views stay valid: see DelimitedReader.
struct PendingGeolocation {
    std::uint64_t line = 0;
    std::uint32_t key = 0;
    std::string_view number, x, y, source;
};

std::string location(const ReadOptions& options, std::uint64_t line) {
    return (options.fileName.empty() ? std::string("line ") : options.fileName + ":") +
           std::to_string(line) + ": ";
}

bool allDigits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isIsoDate(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    if (!allDigits(d.substr(0, 4)) || !allDigits(d.substr(5, 2)) || !allDigits(d.substr(8, 2)))
        return false;
    int month = (d[5] - '0') * 10 + (d[6] - '0');
    int day = (d[8] - '0') * 10 + (d[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// `finess;etalab;<n>;<YYYY-MM-DD>` → the date, or nothing.
std::optional<std::string_view> extractionDate(const DelimitedRecord& first) {
    const auto& f = first.fields;
    if (!first.error.empty() || f.size() != 4 || f[0] != "finess" || f[1] != "etalab" ||
        !allDigits(text::trim(f[2])) || !isIsoDate(text::trim(f[3])))
        return std::nullopt;
    return text::trim(f[3]);
}

bool isControl(char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\r' && c != '\n';
}

// No early exit, so that the compiler can vectorise it: a whole file in a millisecond.
bool hasControl(std::string_view text) {
    bool found = false;
    for (char c : text) found |= isControl(c);
    return found;
}

// Control characters (other than tab and line ends) and, in a damaged UTF-8 file, bytes
// that are not UTF-8: nothing we would want to show a patient or store.
std::optional<std::string> textProblem(std::string_view raw, bool checkUtf8) {
    for (char c : raw) {
        auto b = static_cast<unsigned char>(c);
        if (isControl(c)) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            return std::string("invalid text: control character 0x") + kHex[b >> 4] + kHex[b & 15];
        }
    }
    if (checkUtf8 && !text::isValidUtf8(raw))
        return std::string("invalid text: bytes that are not UTF-8 in a UTF-8 file");
    return std::nullopt;
}

// The FINESS number of a line, or why it is not one.
std::optional<std::uint32_t> finessKey(std::string_view number, ProblemList& problems,
                                       std::uint64_t line) {
    if (number.empty()) {
        problems.add(line, "empty FINESS number (nofinesset)");
        return std::nullopt;
    }
    auto key = finessNumberKey(number);
    if (!key) {
        problems.add(line, "malformed FINESS number \"" + text::printableExcerpt(number, 40) +
                               "\" (expected the département, 2 digits, 2A or 2B, then 7 digits)");
    }
    return key;
}

// Everything one pass over the lines builds.
struct Scan {
    std::vector<Structure> structures;
    std::vector<std::uint64_t> structureLines;
    std::unordered_map<std::uint32_t, std::uint32_t> index;  // FINESS key → structures[i]
    std::vector<PendingGeolocation> geolocations;
    std::uint64_t records = 0;
};

void readStructure(const DelimitedRecord& r, Scan& scan, ProblemList& problems) {
    namespace f = finess::structureet;
    if (r.fields.size() != f::kCount) {
        problems.add(r.line, "structureet line has " + std::to_string(r.fields.size()) +
                                 " fields, expected 32");
        return;
    }
    std::string_view number = text::trim(r.fields[f::kNofinesset]);
    auto key = finessKey(number, problems, r.line);
    if (!key) return;
    if (text::trim(r.fields[f::kRs]).empty() && text::trim(r.fields[f::kRslongue]).empty()) {
        problems.add(r.line, "no name: rs and rslongue are empty");
        return;
    }
    auto [it, inserted] =
        scan.index.try_emplace(*key, static_cast<std::uint32_t>(scan.structures.size()));
    if (!inserted) {
        problems.add(r.line, "duplicate FINESS number " + std::string(number) + " (first on line " +
                                 std::to_string(scan.structureLines[it->second]) + ")");
        return;
    }
    scan.structures.push_back(structureFromFiness(r.fields));
    scan.structureLines.push_back(r.line);
}

void readGeolocation(const DelimitedRecord& r, Scan& scan, ProblemList& problems) {
    namespace g = finess::geolocalisation;
    if (r.fields.size() != g::kCount) {
        problems.add(r.line, "geolocalisation line has " + std::to_string(r.fields.size()) +
                                 " fields, expected 6");
        return;
    }
    std::string_view number = text::trim(r.fields[g::kNofinesset]);
    auto key = finessKey(number, problems, r.line);
    if (!key) return;
    scan.geolocations.push_back({r.line, *key, number, r.fields[g::kCoordx], r.fields[g::kCoordy],
                                 r.fields[g::kSourcecoord]});
}

// Joins the geolocalisation lines to their structures, in file order.
void placeStructures(Scan& scan, ProblemList& problems) {
    FinessPositionResolver resolver;
    std::vector<std::uint64_t> placedBy(scan.structures.size(), 0);  // geolocation line
    for (const PendingGeolocation& g : scan.geolocations) {
        auto it = scan.index.find(g.key);
        if (it == scan.index.end()) {
            problems.add(g.line,
                         "geolocalisation for unknown establishment " + std::string(g.number));
            continue;
        }
        std::uint64_t& first = placedBy[it->second];
        if (first != 0) {
            problems.add(g.line, "duplicate geolocalisation for " + std::string(g.number) +
                                     " (first on line " + std::to_string(first) + ")");
            continue;
        }
        first = g.line;
        Result<geo::LatLon> position = resolver.resolve(g.x, g.y, g.source);
        if (!position) {
            problems.add(g.line, position.error().message);
            continue;
        }
        scan.structures[it->second].position = *position;
    }
}

// Both lists in line order → the report, in line order; the first problem.
const Problem* reportProblems(const ProblemList& a, const ProblemList& b,
                              const ReadOptions& options, ReadReport& out) {
    const Problem* first = nullptr;
    std::size_t listed = 0;
    auto ia = a.kept().begin(), ib = b.kept().begin();
    while (listed < kMaxListedProblems && (ia != a.kept().end() || ib != b.kept().end())) {
        bool takeA = ib == b.kept().end() || (ia != a.kept().end() && ia->line <= ib->line);
        const Problem& p = takeA ? *ia++ : *ib++;
        if (first == nullptr) first = &p;
        out.refuse(options.fileName, p.line, p.reason);
        ++listed;
        if (options.strict) return first;
    }
    std::size_t unlisted = a.total() + b.total() - listed;
    if (unlisted > 0) {
        out.skipped += unlisted;
        out.problems.push_back(
            {options.fileName, 0, std::to_string(unlisted) + " more refused lines, not listed"});
    }
    return first;
}

}  // namespace

bool looksLikeFiness(std::string_view content) {
    return withoutUtf8Bom(content).substr(0, kSignature.size()) == kSignature;
}

Result<std::vector<Structure>> readFiness(std::string_view content, const ReadOptions& options,
                                          ReadReport& report) {
    std::string converted;  // the UTF-8 text of a Windows-1252 file
    TextEncoding encoding{};
    const std::string_view body = asUtf8(content, converted, encoding);
    report.encoding = encodingName(encoding);

    DelimitedReader reader(body);
    DelimitedRecord record;
    if (!reader.next(record))
        return badInput(location(options, 1) + "not a FINESS etalab extraction: the file is empty");
    // The signature as looksLikeFiness sees it, bytes and all (no quoted "finess").
    auto date =
        body.substr(0, kSignature.size()) == kSignature ? extractionDate(record) : std::nullopt;
    if (!date) {
        return badInput(location(options, 1) + "not a FINESS etalab extraction: first line is \"" +
                        text::printableExcerpt(record.raw, 80) + "\"");
    }
    report.extractionDate = std::string(*date);

    // Strict mode needs the first problem only, but still every line: a geolocalisation
    // line early in the file is only known to be wrong once all structures are read.
    const std::size_t keep = options.strict ? 1 : kMaxListedProblems;
    ProblemList lineProblems(keep);
    Scan scan;
    const std::size_t expected = body.size() / kBytesPerEstablishment + 1;
    scan.structures.reserve(expected);
    scan.structureLines.reserve(expected);
    scan.index.reserve(expected);
    scan.geolocations.reserve(expected);

    const bool checkUtf8 = encoding == TextEncoding::DamagedUtf8;
    // One pass over the file instead of one per line: real files have no control bytes.
    const bool checkText = checkUtf8 || hasControl(body);
    while (reader.next(record)) {
        if (record.error.empty() && record.fields.size() == 1 &&
            text::trim(record.fields[0]).empty())
            continue;  // a blank line (the last line end, usually) is no record
        ++scan.records;
        if (!record.error.empty()) {
            lineProblems.add(record.line, std::string(record.error));
            continue;
        }
        if (auto problem = checkText ? textProblem(record.raw, checkUtf8) : std::nullopt) {
            lineProblems.add(record.line, std::move(*problem));
            continue;
        }
        std::string_view type = record.fields[0];
        if (type == "structureet") {
            readStructure(record, scan, lineProblems);
        } else if (type == "geolocalisation") {
            readGeolocation(record, scan, lineProblems);
        } else {
            lineProblems.add(record.line,
                             "unknown line type \"" + text::printableExcerpt(type, 40) + "\"");
        }
    }

    ProblemList placeProblems(keep);
    placeStructures(scan, placeProblems);

    report.records += scan.records;
    const Problem* first = reportProblems(lineProblems, placeProblems, options, report);
    if (options.strict && first != nullptr)
        return badInput(location(options, first->line) + first->reason);

    for (const Structure& s : scan.structures)
        if (!s.position) ++report.withoutPosition;
    report.structures += scan.structures.size();
    return std::move(scan.structures);
}

}  // namespace parcours::directory
