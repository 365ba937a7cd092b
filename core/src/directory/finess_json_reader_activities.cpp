// "finess-activites-1": the establishments that exercise emergency medicine, streamed.
#include <istream>
#include <map>
#include <optional>
#include <string>

#include "common/text.hpp"
#include "directory/finess_json_reader_common.hpp"
#include "directory/finess_number.hpp"
#include "json/json_reader.hpp"
#include "parcours/directory/finess_json_reader.hpp"

namespace parcours::directory {
namespace {

using finess_json::codeOf;
using finess_json::findAny;
using finess_json::textOf;
using json::Value;

// ANS terminologies: TRE_R276 activité de soins "14" Médecine d'urgence; TRE_R275
// modalités "23" SU and "24" SUP (the units a patient walks into).
constexpr std::string_view kEmergencyMedicine = "14";

std::optional<std::string_view> emergencyUnitLabel(std::string_view modality) {
    if (modality == "23") return "Structure des urgences";
    if (modality == "24") return "Structure des urgences pédiatriques";
    return std::nullopt;
}

// The label of an activity that is an open emergency unit, else nothing. Two layouts:
// the published files' {"nature": {"codeNature": "AMF", "caracteristiquesSpecifiques":
// {"typeActiviteAMF": …}}} and the v1 schema's {"natureAMF": {"caracteristiquesSpecifiquesAMF":
// {"typeActiviteAMF": …}}}.
std::optional<std::string_view> emergencyUnit(const Value& activity) {
    const Value* generic = activity.find("caracteristiquesGeneriques");
    const Value* type = nullptr;
    if (const Value* nature = activity.find("nature"); nature && nature->isObject()) {
        if (codeOf(nature->find("codeNature")) != "AMF") return std::nullopt;
        type = findAny(nature->find("caracteristiquesSpecifiques"), {"typeActiviteAMF"});
    } else if (const Value* amf = activity.find("natureAMF"); amf && amf->isObject()) {
        if (generic == nullptr) generic = amf->find("caracteristiquesGeneriques");
        type = findAny(amf->find("caracteristiquesSpecifiquesAMF"), {"typeActiviteAMF"});
    }
    if (type == nullptr || codeOf(type->find("activiteAMF")) != kEmergencyMedicine)
        return std::nullopt;
    auto label = emergencyUnitLabel(codeOf(type->find("modaliteActivite")));
    if (!label) return std::nullopt;
    if (codeOf(findAny(generic, {"etatObjet"})) == "I") return std::nullopt;
    if (!text::trim(textOf(findAny(generic, {"dateFinEffectiveActivite"}))).empty())
        return std::nullopt;
    return label;
}

class ActivitiesRead {
  public:
    ActivitiesRead(const ReadOptions& options, ReadReport& report)
        : report_(report), problems_(options, report) {}

    Result<void> legalEntity(const json::StreamedItem& item) {
        return finess_json::forEachSite(item, report_, problems_,
                                        [&](const Value& site, const std::string& path) {
                                            return establishment(site, item.line, path);
                                        });
    }

    std::vector<EmergencySite> take() {
        problems_.finish();
        std::vector<EmergencySite> sites;
        sites.reserve(sites_.size());
        for (auto& [finess, label] : sites_) sites.push_back({finess, std::move(label)});
        report_.structures += sites.size();
        return sites;
    }

  private:
    Result<void> establishment(const Value& e, std::uint64_t line, const std::string& path) {
        if (!e.isObject()) {
            ++report_.records;
            return problems_.refuse(line, path, "not an object");
        }
        const Value* activities = e.find("activitesExercees");
        if (activities == nullptr || activities->isNull()) return {};
        if (!activities->isArray()) {
            ++report_.records;
            return problems_.refuse(line, path + ".activitesExercees", "not an array");
        }
        report_.records += activities->items().size();
        for (const Value& activity : activities->items()) {
            if (!activity.isObject()) continue;  // nothing to learn from it
            auto unit = emergencyUnit(activity);
            if (!unit) continue;
            auto r = addSite(e, line, path, *unit);
            if (!r) return r;
        }
        return {};
    }

    Result<void> addSite(const Value& e, std::uint64_t line, const std::string& path,
                         std::string_view label) {
        const std::string_view number = text::trim(textOf(e.find("numFinessEge")));
        if (number.empty())
            return problems_.refuse(line, path,
                                    "an emergency unit with no FINESS number (numFinessEge)");
        if (!finessNumberKey(number))
            return problems_.refuse(
                line, path,
                "malformed FINESS number \"" + text::printableExcerpt(number, 40) + "\"");
        std::string& labels = sites_[std::string(number)];
        if (labels.find(label) == std::string::npos) {
            if (!labels.empty()) labels += ", ";
            labels += label;
        }
        return {};
    }

    ReadReport& report_;
    finess_json::Problems problems_;
    std::map<std::string, std::string> sites_;  // FINESS number → labels; a few thousand
};

}  // namespace

Result<std::vector<EmergencySite>> readFinessActivities(std::istream& in,
                                                        const ReadOptions& options,
                                                        ReadReport& report) {
    ActivitiesRead read(options, report);
    auto walked = finess_json::streamLegalEntities(
        in, options, report, "not a FINESS activities file (finess-activites-1)",
        [&](const json::StreamedItem& item) { return read.legalEntity(item); });
    if (!walked) return walked.error();
    return read.take();
}

}  // namespace parcours::directory
