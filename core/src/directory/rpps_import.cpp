#include "directory/rpps_import.hpp"

#include <fstream>
#include <unordered_map>

#include "directory/ban_reader.hpp"
#include "directory/report_merge.hpp"
#include "directory/rpps_reader.hpp"

namespace parcours::directory {
namespace {

// Bytes over every file of the request, for the progress callback.
class Progress {
  public:
    explicit Progress(const ImportRequest& request) : callback_(request.progress) {
        if (!callback_) return;
        for (const auto* list : {&request.files, &request.addresses})
            for (const auto& file : *list) {
                std::error_code ec;
                const auto size = std::filesystem::file_size(file, ec);
                if (!ec) total_ += size;
            }
    }
    // The callback a reader gets for one file: its own count, added to the files before.
    std::function<void(std::uint64_t)> forFile() {
        if (!callback_) return {};
        return [this](std::uint64_t bytes) { callback_(before_ + bytes, total_); };
    }
    void fileDone(const std::filesystem::path& file) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        if (!ec) before_ += size;
    }

  private:
    ImportProgress callback_;
    std::uint64_t total_ = 0, before_ = 0;
};

// A commune's position by its INSEE code, else its postcode and name, else its name alone
// (a CEDEX postcode is no commune's); remembered, since a commune has many practitioners.
class CommunePositions {
  public:
    explicit CommunePositions(const Directory& directory) : directory_(directory) {}

    Result<std::optional<geo::LatLon>> find(const PractitionerSite& site) {
        const Structure& s = site.structure;
        std::string key = site.insee + '|' + s.postcode + '|' + s.city;
        if (auto it = cache_.find(key); it != cache_.end()) return it->second;
        std::optional<geo::LatLon> position;
        for (const std::string& text : {s.postcode, s.city}) {
            if (text.empty() || position) continue;
            auto found = directory_.findCommunes(text, 20);
            if (!found) return found.error();
            position = pick(*found, site);
        }
        cache_.emplace(std::move(key), position);
        return position;
    }

  private:
    static std::optional<geo::LatLon> pick(const std::vector<Commune>& communes,
                                           const PractitionerSite& site) {
        const std::string city = foldCommuneName(site.structure.city);
        const Commune* byName = nullptr;
        for (const Commune& c : communes) {
            if (!c.position) continue;
            if (!site.insee.empty() && c.insee == site.insee) return c.position;
            if (byName == nullptr && !city.empty() && foldCommuneName(c.name) == city) byName = &c;
        }
        if (byName != nullptr) return byName->position;
        // One commune for that postcode, the practitioner's city spelt otherwise.
        if (communes.size() == 1 && site.insee.empty()) return communes.front().position;
        return std::nullopt;
    }

    const Directory& directory_;
    std::unordered_map<std::string, std::optional<geo::LatLon>> cache_;
};

// "PS_LibreAcces_Personne_activite_202311230800.txt" → "2023-11-23": the extraction's
// date is only in its name.
std::string extractionDateFromName(const std::filesystem::path& file) {
    const std::string stem = file.stem().string();
    const auto underscore = stem.rfind('_');
    if (underscore == std::string::npos || stem.size() - underscore - 1 < 8) return {};
    const std::string digits = stem.substr(underscore + 1, 8);
    for (char c : digits)
        if (c < '0' || c > '9') return {};
    return digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
}

}  // namespace

Result<ImportOutcome> importRpps(Directory& directory, const ImportRequest& request) {
    Progress progress(request);
    ImportOutcome outcome;
    outcome.source = "rpps";

    AddressIndex addresses;
    for (const auto& file : request.addresses) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return badInput("cannot open " + file.string());
        ReadReport report;
        if (auto r = addresses.load(in, {request.strict, file.filename().string()}, report,
                                    progress.forFile());
            !r)
            return r.error();
        progress.fileDone(file);
        for (auto& p : report.problems) outcome.report.problems.push_back(std::move(p));
    }
    outcome.addressesLoaded = addresses.size();

    auto writer = directory.beginReplaceSource("rpps");
    if (!writer) return writer.error();
    CommunePositions communes(directory);
    std::string fileNames;
    for (const auto& file : request.files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return badInput("cannot open " + file.string());
        const ReadOptions options{request.strict, file.filename().string()};
        ReadReport report;
        auto place = [&](PractitionerSite& site) -> Result<void> {
            Structure& s = site.structure;
            if (auto at =
                    addresses.find(s.postcode, site.streetNumber, site.repetition, site.street)) {
                s.position = at;
                s.positionPrecision = PositionPrecision::Address;
            } else {
                auto commune = communes.find(site);
                if (!commune) return commune.error();
                s.position = *commune;
                s.positionPrecision = PositionPrecision::Commune;
            }
            auto added = writer->add(s);
            if (!added) return added.error();
            if (!*added) {  // the same person and site again, further down the file
                --report.structures;
                return {};
            }
            if (!s.position)
                ++report.withoutPosition;
            else if (s.positionPrecision == PositionPrecision::Address)
                ++outcome.placedAtAddress;
            else
                ++outcome.placedAtCommune;
            return {};
        };
        if (auto r = readRpps(in, options, report, place, progress.forFile()); !r) return r.error();
        progress.fileDone(file);
        report.extractionDate = extractionDateFromName(file);
        mergeReport(outcome.report, std::move(report));
        if (!fileNames.empty()) fileNames += ", ";
        fileNames += file.filename().string();
    }
    SourceImport import{"rpps", fileNames, outcome.report.extractionDate, outcome.report.skipped};
    if (auto r = writer->finish(import); !r) return r.error();
    outcome.imported = writer->count();
    return outcome;
}

}  // namespace parcours::directory
