// Reads source files, then replaces the source in the directory in one transaction.
#include "parcours/directory/importer.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "directory/directory_impl.hpp"
#include "directory/laposte_reader.hpp"
#include "directory/report_merge.hpp"
#include "directory/rpps_import.hpp"
#include "directory/rpps_reader.hpp"
#include "directory/sae_reader.hpp"
#include "parcours/directory/finess_json_reader.hpp"
#include "parcours/directory/finess_reader.hpp"
#include "parcours/directory/osm_reader.hpp"

namespace parcours::directory {
namespace {

// Enough of a file's start to tell its format: the FINESS JSON files put small metadata
// (and, for the structures, the "gcc" groups) before their big array.
constexpr std::size_t kDetectionBytes = std::size_t{64} * 1024;

Result<std::string> readWholeFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return badInput("cannot open " + file.string());
    std::string content;
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec) content.reserve(static_cast<std::size_t>(size));
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return badInput("cannot read " + file.string());
    return content;
}

std::string firstLine(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    std::getline(in, line);
    return line;
}

Result<std::string> readStart(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return badInput("cannot open " + file.string());
    std::string start(kDetectionBytes, '\0');
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    if (in.bad()) return badInput("cannot read " + file.string());
    start.resize(static_cast<std::size_t>(in.gcount()));
    return start;
}

Result<SourceFormat> detectFormat(std::string_view start, const std::filesystem::path& file) {
    if (looksLikeFiness(start)) return SourceFormat::Finess;
    // Before OpenStreetMap: any JSON object looks like it.
    if (looksLikeFinessActivities(start)) return SourceFormat::FinessActivities;
    if (looksLikeFinessJson(start)) return SourceFormat::FinessJson;
    if (looksLikeOsmJson(start)) return SourceFormat::Osm;
    if (looksLikeLaPoste(start)) return SourceFormat::LaPoste;
    if (looksLikeSaeUrgences(start)) return SourceFormat::SaeUrgences;
    return badInput(file.string() +
                    ": neither a FINESS extraction (etalab CSV, JSON structures or activities), "
                    "OpenStreetMap JSON, La Poste's postcode file nor the SAE URGENCES table; "
                    "name its format with --source");
}

bool isEmergencySource(SourceFormat f) {
    return f == SourceFormat::FinessActivities || f == SourceFormat::SaeUrgences;
}

}  // namespace

void mergeReport(ReadReport& total, ReadReport&& part) {
    total.records += part.records;
    total.structures += part.structures;
    total.skipped += part.skipped;
    total.withoutPosition += part.withoutPosition;
    if (total.encoding.empty())
        total.encoding = part.encoding;
    else if (!part.encoding.empty() && part.encoding != total.encoding)
        total.encoding = "mixed";
    if (part.extractionDate > total.extractionDate) total.extractionDate = part.extractionDate;
    for (auto& p : part.problems) total.problems.push_back(std::move(p));
}

namespace {

// What the files of one import add up to.
struct Collected {
    // Structures go to the directory as each file is read (flat memory, even for the
    // national FINESS JSON); begun with the first file, when the source is known. Left
    // unfinished on an error, it rolls back.
    std::optional<SourceWriter> writer;
    std::vector<CommuneRow> communes;
    std::map<std::string, std::string> sites;  // FINESS number → label, across files
};

// Writes a structure unless an earlier file had it.
Result<void> keep(Collected& all, const Structure& s, const ReadOptions& options,
                  ReadReport& report) {
    auto added = all.writer->add(s);
    if (!added) return added.error();
    if (*added) return {};
    std::string reason = s.id() + " appears in an earlier file too";
    if (options.strict) return badInput(options.fileName + ": " + reason);
    --report.structures;
    if (!s.position) --report.withoutPosition;
    report.refuse(options.fileName, 0, std::move(reason));
    return {};
}

Result<void> readFile(Directory& directory, const std::filesystem::path& file, SourceFormat format,
                      const ReadOptions& options, ReadReport& report, Collected& all) {
    if (!all.writer && format != SourceFormat::LaPoste && !isEmergencySource(format)) {
        auto begun = directory.beginReplaceSource(sourceName(format));
        if (!begun) return begun.error();
        all.writer.emplace(std::move(*begun));
    }
    if (format == SourceFormat::FinessJson || format == SourceFormat::FinessActivities) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return badInput("cannot open " + file.string());
        if (format == SourceFormat::FinessActivities) {
            auto sites = readFinessActivities(in, options, report);
            if (!sites) return sites.error();
            for (auto& s : *sites) all.sites.try_emplace(s.finess, std::move(s.label));
            return {};
        }
        return readFinessJson(in, options, report,
                              [&](Structure&& s) { return keep(all, s, options, report); });
    }
    auto content = readWholeFile(file);
    if (!content) return content.error();
    switch (format) {
        case SourceFormat::LaPoste: {
            auto rows = readLaPoste(*content, options, report);
            if (!rows) return rows.error();
            std::move(rows->begin(), rows->end(), std::back_inserter(all.communes));
            return {};
        }
        case SourceFormat::SaeUrgences: {
            auto sites = readSaeUrgences(*content, options, report);
            if (!sites) return sites.error();
            for (auto& s : *sites) all.sites.try_emplace(s.finess, std::move(s.label));
            return {};
        }
        default:
            break;
    }
    auto read = format == SourceFormat::Finess ? readFiness(*content, options, report)
                                               : readOsm(*content, options, report);
    if (!read) return read.error();
    // Stored in spatial order: the R*Tree is packed from the table's order (source_writer.cpp).
    for (const Structure* s : inSpatialOrder(*read))
        if (auto r = keep(all, *s, options, report); !r) return r;
    return {};
}

}  // namespace

std::string_view sourceName(SourceFormat format) {
    switch (format) {
        case SourceFormat::Finess:
        case SourceFormat::FinessJson:
            return "finess";
        case SourceFormat::Osm:
            return "osm";
        case SourceFormat::LaPoste:
            return "laposte";
        case SourceFormat::Rpps:
            return "rpps";
        case SourceFormat::FinessActivities:
            return "finess-activites";
        case SourceFormat::SaeUrgences:
            return "sae-urgences";
    }
    return "unknown";
}

std::string_view formatName(SourceFormat format) {
    return format == SourceFormat::FinessJson ? "finess-json" : sourceName(format);
}

Result<ImportOutcome> importFiles(Directory& directory, const ImportRequest& request) {
    if (request.files.empty()) return usageError("no file to import");
    // The Annuaire Santé is streamed, never read whole: told by its first line.
    if (request.format == SourceFormat::Rpps ||
        (!request.format && looksLikeRpps(firstLine(request.files.front()))))
        return importRpps(directory, request);
    if (!request.addresses.empty())
        return usageError("address files (BAN) place the Annuaire Santé's practices only");
    std::optional<SourceFormat> source = request.format;
    ImportOutcome outcome;
    Collected all;
    std::string fileNames;

    for (const auto& file : request.files) {
        Result<SourceFormat> format = request.format ? Result<SourceFormat>(*request.format)
                                                     : Result<SourceFormat>(usageError(""));
        if (!request.format) {
            auto start = readStart(file);
            if (!start) return start.error();
            format = detectFormat(*start, file);
        }
        if (!format) return format.error();
        if (source && sourceName(*source) != sourceName(*format))
            return usageError(file.string() + " is " + std::string(formatName(*format)) +
                              " data, the other files " + std::string(formatName(*source)) +
                              ": import each source on its own");
        source = *format;

        ReadOptions options{request.strict, file.filename().string()};
        ReadReport report;
        if (auto r = readFile(directory, file, *format, options, report, all); !r) return r.error();
        mergeReport(outcome.report, std::move(report));
        if (!fileNames.empty()) fileNames += ", ";
        fileNames += file.filename().string();
    }

    outcome.source = std::string(sourceName(*source));
    SourceImport import{outcome.source, fileNames, outcome.report.extractionDate,
                        outcome.report.skipped};
    if (*source == SourceFormat::LaPoste) {
        if (auto r = directory.replaceCommunes(import, all.communes); !r) return r.error();
        outcome.imported = all.communes.size();
        return outcome;
    }
    if (isEmergencySource(*source)) {
        std::vector<EmergencySite> sites;
        sites.reserve(all.sites.size());
        for (auto& [finess, label] : all.sites) sites.push_back({finess, std::move(label)});
        outcome.report.structures = sites.size();  // files may name a site twice
        auto marked = directory.replaceEmergencySites(import, sites);
        if (!marked) return marked.error();
        outcome.imported = sites.size();
        outcome.emergencyMarked = *marked;
        return outcome;
    }
    if (auto r = all.writer->finish(import); !r) return r.error();
    outcome.imported = all.writer->count();
    auto stats = directory.stats();
    if (!stats) return stats.error();
    outcome.emergencyMarked = stats->withEmergency;
    return outcome;
}

}  // namespace parcours::directory
