// RulePack: the validated pack message behind a small interface, and loading from files.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "rules/pack_impl.hpp"

namespace parcours::rules {

Confidence confidenceOf(pb::Confidence c) {
    switch (c) {
        case pb::HIGH:
            return Confidence::High;
        case pb::LOW:
            return Confidence::Low;
        default:
            return Confidence::Medium;
    }
}

RulePack::RulePack(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RulePack::RulePack(RulePack&&) noexcept = default;
RulePack& RulePack::operator=(RulePack&&) noexcept = default;
RulePack::~RulePack() = default;

const std::string& RulePack::id() const {
    return impl_->pack.id();
}
const std::string& RulePack::version() const {
    return impl_->pack.version();
}
int RulePack::nearbyRadiusKm() const {
    return impl_->pack.nearby_radius_km();
}
std::size_t RulePack::ruleCount() const {
    return static_cast<std::size_t>(impl_->pack.rules_size());
}

std::vector<std::string> RulePack::ruleIds() const {
    std::vector<std::string> ids;
    ids.reserve(ruleCount());
    for (const auto& rule : impl_->pack.rules()) ids.push_back(rule.id());
    return ids;
}

RulePack RulePack::empty() {
    return RulePack(std::make_unique<Impl>());
}

namespace {

Result<PackPart> readPart(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return storageError("cannot read the rule pack file " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return storageError("cannot read the rule pack file " + file.string());
    return PackPart{file.generic_string(), text.str()};
}

}  // namespace

Result<RulePack> RulePack::load(const std::filesystem::path& fileOrFolder) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(fileOrFolder, ec)) {
        for (const auto& entry : std::filesystem::directory_iterator(fileOrFolder, ec))
            if (entry.path().extension() == ".textpb" && !entry.is_directory())
                files.push_back(entry.path());
        if (ec) return storageError("cannot list " + fileOrFolder.string() + ": " + ec.message());
        if (files.empty())
            return notFound("no .textpb file in the rule pack folder " + fileOrFolder.string());
        std::sort(files.begin(), files.end());
    } else if (std::filesystem::exists(fileOrFolder, ec)) {
        files.push_back(fileOrFolder);
    } else {
        return notFound("no rule pack at " + fileOrFolder.string());
    }
    std::vector<PackPart> parts;
    for (const auto& file : files) {
        auto part = readPart(file);
        if (!part) return part.error();
        parts.push_back(std::move(part).value());
    }
    return parse(parts);
}

}  // namespace parcours::rules
