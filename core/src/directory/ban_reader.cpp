#include "directory/ban_reader.hpp"

#include <charconv>
#include <cmath>
#include <functional>
#include <vector>

#include "common/text.hpp"
#include "directory/report_merge.hpp"
#include "parcours/directory/communes.hpp"

namespace parcours::directory {
namespace {

void split(std::string_view line, char sep, std::vector<std::string_view>& fields) {
    fields.clear();
    for (;;) {
        const auto at = line.find(sep);
        fields.push_back(line.substr(0, at));
        if (at == std::string_view::npos) break;
        line.remove_prefix(at + 1);
    }
}

std::optional<std::uint32_t> parseNumber(std::string_view s) {
    s = text::trim(s);
    std::uint32_t n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc{} || end != s.data() + s.size() || n >= (1U << 24)) return std::nullopt;
    return n;
}

std::optional<double> parseDouble(std::string_view s) {
    s = text::trim(s);
    double d = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec != std::errc{} || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return d;
}

// "bis", "B", "b" → 'b'; "ter", "T" → 't'; "" → 0. The BAN writes the word or a letter,
// the Annuaire Santé a code letter: the first letter is what both agree on.
std::uint64_t repetitionCode(std::string_view rep) {
    rep = text::trim(rep);
    if (rep.empty()) return 0;
    const char c = rep[0];
    return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

constexpr std::size_t kMinCutName = 20;

// The BAN's 6 decimals (0.1 m), exactly, in 4 bytes.
std::int32_t microdegrees(double degrees) {
    return static_cast<std::int32_t>(std::lround(degrees * 1e6));
}

std::uint64_t numberKey(std::uint32_t street, std::uint32_t number, std::uint64_t rep) {
    return (std::uint64_t{street} << 32) | (std::uint64_t{number} << 8) | rep;
}

std::string streetKey(std::string_view postcode, std::string_view folded) {
    std::string key(text::trim(postcode));
    key += '|';
    key += folded;
    return key;
}

}  // namespace

Result<void> AddressIndex::load(std::istream& in, const ReadOptions& options, ReadReport& report,
                                const std::function<void(std::uint64_t)>& bytesRead) {
    const std::string& file = options.fileName;
    report.encoding = "UTF-8";
    std::string line;
    std::vector<std::string_view> fields;
    if (!std::getline(in, line)) return badInput(file + ": empty file, no header line");
    std::uint64_t lineNo = 1, bytes = line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view header = line;
    if (header.substr(0, 3) == "\xEF\xBB\xBF") header.remove_prefix(3);
    split(header, ';', fields);
    const std::size_t columns = fields.size();
    auto column = [&](std::string_view name) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (text::trim(fields[i]) == name) return i;
        return std::nullopt;
    };
    const auto number = column("numero"), rep = column("rep"), street = column("nom_voie"),
               postcode = column("code_postal"), lon = column("lon"), lat = column("lat");
    for (auto [index, name] : {std::pair{number, "numero"},
                               {street, "nom_voie"},
                               {postcode, "code_postal"},
                               {lon, "lon"},
                               {lat, "lat"}})
        if (!index)
            return badInput(file + ":1: no column «" + std::string(name) +
                            "»: not a BAN \"adresses\" CSV file");

    BoundedRefusals refusals;
    auto refuse = [&](std::string reason) -> Result<void> {
        if (options.strict) return badInput(file + ":" + std::to_string(lineNo) + ": " + reason);
        refusals.refuse(report, file, lineNo, std::move(reason));
        return {};
    };
    std::string lastPostcode, lastStreet;
    std::uint32_t lastId = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        bytes += line.size() + 1;
        if (bytesRead && lineNo % 16384 == 0) bytesRead(bytes);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (text::trim(line).empty()) continue;
        ++report.records;
        split(line, ';', fields);
        if (fields.size() != columns) {
            if (auto r = refuse(std::to_string(fields.size()) + " columns, the header has " +
                                std::to_string(columns));
                !r)
                return r;
            continue;
        }
        const auto n = parseNumber(fields[*number]);
        const auto la = parseDouble(fields[*lat]), lo = parseDouble(fields[*lon]);
        if (!n || !la || !lo || !geo::isValid({*la, *lo})) {
            if (auto r = refuse(!n ? "number «" + text::printableExcerpt(fields[*number], 20) +
                                         "» is not a number"
                                   : "no valid lat/lon");
                !r)
                return r;
            continue;
        }
        // The file goes street by street: fold and look up a street once, not per number.
        if (fields[*postcode] != lastPostcode || fields[*street] != lastStreet) {
            const std::string key = streetKey(fields[*postcode], foldCommuneName(fields[*street]));
            lastId = streets_.try_emplace(key, static_cast<std::uint32_t>(streets_.size()))
                         .first->second;
            lastPostcode = fields[*postcode];
            lastStreet = fields[*street];
        }
        const std::uint64_t repCode = rep ? repetitionCode(fields[*rep]) : 0;
        numbers_.try_emplace(numberKey(lastId, *n, repCode),
                             std::pair{microdegrees(*la), microdegrees(*lo)});
        ++report.structures;
    }
    if (in.bad()) return badInput("cannot read " + file);
    refusals.finish(report, file);
    if (bytesRead) bytesRead(bytes);
    return {};
}

std::optional<std::uint32_t> AddressIndex::streetId(std::string_view postcode,
                                                    const std::string& folded) const {
    if (folded.empty()) return std::nullopt;
    const std::string key = streetKey(postcode, folded);
    auto it = streets_.lower_bound(key);
    if (it == streets_.end() || it->first.compare(0, key.size(), key) != 0) return std::nullopt;
    if (it->first.size() == key.size()) return it->second;  // the whole name
    // Cut short: only a long name (the ANS cuts beyond ~27 characters; a short one is a
    // different street: "Rue Victor" is not "Rue Victor Hugo"), and only when one street
    // alone starts so.
    if (folded.size() < kMinCutName) return std::nullopt;
    auto next = std::next(it);
    if (next != streets_.end() && next->first.compare(0, key.size(), key) == 0) return std::nullopt;
    return it->second;
}

std::optional<geo::LatLon> AddressIndex::find(std::string_view postcode, std::string_view number,
                                              std::string_view repetition,
                                              std::string_view street) const {
    const auto n = parseNumber(number);
    if (!n) return std::nullopt;
    const auto id = streetId(postcode, foldCommuneName(street));
    if (!id) return std::nullopt;
    auto it = numbers_.find(numberKey(*id, *n, repetitionCode(repetition)));
    if (it == numbers_.end() && repetitionCode(repetition) != 0)
        it = numbers_.find(numberKey(*id, *n, 0));
    if (it == numbers_.end()) return std::nullopt;
    return geo::LatLon{static_cast<double>(it->second.first) / 1e6,
                       static_cast<double>(it->second.second) / 1e6};
}

}  // namespace parcours::directory
