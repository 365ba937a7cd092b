// Reads source files, then replaces the source in the directory in one transaction.
#include "parcours/directory/importer.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "directory/directory_impl.hpp"
#include "directory/laposte_reader.hpp"
#include "directory/report_merge.hpp"
#include "directory/rpps_import.hpp"
#include "directory/rpps_reader.hpp"
#include "parcours/directory/finess_reader.hpp"
#include "parcours/directory/osm_reader.hpp"

namespace parcours::directory {
namespace {

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

Result<SourceFormat> detectFormat(std::string_view content, const std::filesystem::path& file) {
    if (looksLikeFiness(content)) return SourceFormat::Finess;
    if (looksLikeOsmJson(content)) return SourceFormat::Osm;
    if (looksLikeLaPoste(content)) return SourceFormat::LaPoste;
    return badInput(file.string() +
                    ": neither a FINESS etalab extraction, OpenStreetMap JSON nor La Poste's "
                    "postcode file; "
                    "name its format with --source");
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

std::string_view sourceName(SourceFormat format) {
    switch (format) {
        case SourceFormat::Finess:
            return "finess";
        case SourceFormat::Osm:
            return "osm";
        case SourceFormat::LaPoste:
            return "laposte";
        case SourceFormat::Rpps:
            return "rpps";
    }
    return "unknown";
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
    std::vector<CommuneRow> communes;
    // Structures go to the directory as each file is read; begun with the first file, when
    // the source is known. Left unfinished on an error, it rolls back.
    std::optional<SourceWriter> writer;
    std::string fileNames;

    for (const auto& file : request.files) {
        auto content = readWholeFile(file);
        if (!content) return content.error();
        auto format =
            request.format ? Result<SourceFormat>(*request.format) : detectFormat(*content, file);
        if (!format) return format.error();
        if (source && *source != *format)
            return usageError(file.string() + " is " + std::string(sourceName(*format)) +
                              " data, the other files " + std::string(sourceName(*source)) +
                              ": import each source on its own");
        source = *format;

        ReadOptions options{request.strict, file.filename().string()};
        ReadReport report;
        if (*format == SourceFormat::LaPoste) {
            auto rows = readLaPoste(*content, options, report);
            if (!rows) return rows.error();
            std::move(rows->begin(), rows->end(), std::back_inserter(communes));
            mergeReport(outcome.report, std::move(report));
            if (!fileNames.empty()) fileNames += ", ";
            fileNames += file.filename().string();
            continue;
        }
        auto read = *format == SourceFormat::Finess ? readFiness(*content, options, report)
                                                    : readOsm(*content, options, report);
        if (!read) return read.error();
        if (!writer) {
            auto begun = directory.beginReplaceSource(sourceName(*format));
            if (!begun) return begun.error();
            writer.emplace(std::move(*begun));
        }
        for (const Structure* each : inSpatialOrder(*read)) {
            const Structure& s = *each;
            auto added = writer->add(s);
            if (!added) return added.error();
            if (*added) continue;
            std::string reason = s.id() + " appears in an earlier file too";
            if (request.strict) return badInput(options.fileName + ": " + reason);
            --report.structures;
            if (!s.position) --report.withoutPosition;
            report.refuse(options.fileName, 0, std::move(reason));
        }
        mergeReport(outcome.report, std::move(report));
        if (!fileNames.empty()) fileNames += ", ";
        fileNames += file.filename().string();
    }

    outcome.source = std::string(sourceName(*source));
    SourceImport import{outcome.source, fileNames, outcome.report.extractionDate,
                        outcome.report.skipped};
    if (*source == SourceFormat::LaPoste) {
        if (auto r = directory.replaceCommunes(import, communes); !r) return r.error();
        outcome.imported = communes.size();
        return outcome;
    }
    if (auto r = writer->finish(import); !r) return r.error();
    outcome.imported = writer->count();
    return outcome;
}

}  // namespace parcours::directory
