#include "directory/finess_json_reader_common.hpp"

namespace parcours::directory::finess_json {
namespace {

// As for the etalab reader: past this, refused entries are counted, not listed.
constexpr std::size_t kMaxListedProblems = 10'000;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

std::string_view textOf(const json::Value* value) {
    if (value == nullptr) return {};
    if (value->isString()) return value->asString();
    if (value->isNumber()) return value->numberText();
    return {};
}

const json::Value* findAny(const json::Value* object,
                           std::initializer_list<std::string_view> keys) {
    if (object == nullptr || !object->isObject()) return nullptr;
    for (std::string_view key : keys)
        if (const json::Value* v = object->find(key)) return v;
    return nullptr;
}

std::string_view codeOf(const json::Value* value) {
    if (value != nullptr && value->isObject()) return textOf(value->find("code"));
    return textOf(value);
}

std::string extractionDay(std::string_view generatedAt) {
    if (generatedAt.size() < 10) return {};
    const std::string_view d = generatedAt.substr(0, 10);
    for (std::size_t i = 0; i < d.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? d[i] != '-' : !isDigit(d[i])) return {};
    }
    return std::string(d);
}

std::string inFile(const ReadOptions& options) {
    return options.fileName.empty() ? std::string() : options.fileName + ": ";
}

Result<void> Problems::refuse(std::uint64_t line, const std::string& path,
                              const std::string& reason) {
    if (options_.strict)
        return badInput(
            (options_.fileName.empty() ? std::string("line ") : options_.fileName + ":") +
            std::to_string(line) + ": " + path + ": " + reason);
    if (report_.problems.size() < kMaxListedProblems) {
        report_.refuse(options_.fileName, line, path + ": " + reason);
    } else {
        ++report_.skipped;
        ++unlisted_;
    }
    return {};
}

void Problems::finish() {
    if (unlisted_ > 0)
        report_.problems.push_back(
            {options_.fileName, 0,
             std::to_string(unlisted_) + " more refused entries, not listed"});
}

Result<void> forEachSite(const json::StreamedItem& legalEntity, ReadReport& report,
                         Problems& problems, const SiteHandler& onSite) {
    const std::string path = "pmej[" + std::to_string(legalEntity.index) + "]";
    if (!legalEntity.value.isObject()) {
        ++report.records;
        return problems.refuse(legalEntity.line, path, "not an object");
    }
    const json::Value* ege = legalEntity.value.find("ege");
    if (ege == nullptr || ege->isNull()) return {};  // a legal entity with no site
    if (!ege->isArray()) {
        ++report.records;
        return problems.refuse(legalEntity.line, path + ".ege", "not an array");
    }
    std::uint64_t index = 0;
    for (const json::Value& site : ege->items()) {
        auto r = onSite(site, path + ".ege[" + std::to_string(index++) + "]");
        if (!r) return r;
    }
    return {};
}

Result<void> streamLegalEntities(
    std::istream& in, const ReadOptions& options, ReadReport& report, std::string_view notThisFile,
    const std::function<Result<void>(const json::StreamedItem&)>& onLegalEntity) {
    report.encoding = "UTF-8";  // JSON is UTF-8 (RFC 8259 §8.1); the reader checks it
    bool stoppedByCallback = false;
    json::StreamOptions stream;
    stream.arrayKeys = {"pmej"};
    stream.onItem = [&](json::StreamedItem& item) {
        auto r = onLegalEntity(item);
        stoppedByCallback = !r.ok();
        return r;
    };
    stream.memberKeys = {"generatedAt"};
    stream.onMember = [&](std::string_view, const json::Value& value) -> Result<void> {
        report.extractionDate = extractionDay(textOf(&value));
        return {};
    };
    auto walked = json::streamArrays(in, stream);
    if (!walked) {
        if (stoppedByCallback) return walked.error();
        return badInput(inFile(options) + walked.error().message);
    }
    if (walked->arrays.empty())
        return badInput(inFile(options) + std::string(notThisFile) + ": no \"pmej\" array");
    return {};
}

}  // namespace parcours::directory::finess_json
