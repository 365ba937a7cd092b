#include "parcours/directory/kind.hpp"

#include <array>

namespace parcours::directory {
namespace {

struct KindInfo {
    Kind kind;
    std::string_view id;
    std::string_view labelFr;
    std::string_view labelEn;
};

constexpr std::array kKinds{
    KindInfo{Kind::Msp, "msp", "Maison de santé pluriprofessionnelle",
             "Multi-professional health centre (MSP)"},
    KindInfo{Kind::CentreSante, "centre-sante", "Centre de santé", "Health centre"},
    KindInfo{Kind::Cpts, "cpts", "Communauté professionnelle territoriale de santé",
             "Local health professionals' community (CPTS)"},
    KindInfo{Kind::Esp, "esp", "Équipe de soins primaires", "Primary care team"},
    KindInfo{Kind::SoinsNonProgrammes, "soins-non-programmes", "Soins non programmés",
             "Walk-in care"},
    KindInfo{Kind::Hospital, "hospital", "Hôpital", "Hospital"},
    KindInfo{Kind::Clinic, "clinic", "Clinique ou établissement de soins",
             "Clinic or care facility"},
    KindInfo{Kind::Practice, "practice", "Cabinet", "Practice"},
    KindInfo{Kind::Pharmacy, "pharmacy", "Pharmacie", "Pharmacy"},
    KindInfo{Kind::Laboratory, "laboratory", "Laboratoire", "Laboratory"},
    KindInfo{Kind::Other, "other", "Autre", "Other"},
};

constexpr std::array kAllKinds = [] {
    std::array<Kind, kKinds.size()> kinds{};
    for (std::size_t i = 0; i < kKinds.size(); ++i) kinds[i] = kKinds[i].kind;
    return kinds;
}();

const KindInfo& info(Kind kind) {
    for (const auto& k : kKinds)
        if (k.kind == kind) return k;
    return kKinds.back();
}

}  // namespace

std::span<const Kind> allKinds() {
    return kAllKinds;
}

std::string_view kindId(Kind kind) {
    return info(kind).id;
}

std::optional<Kind> kindFromId(std::string_view id) {
    for (const auto& k : kKinds)
        if (k.id == id) return k.kind;
    return std::nullopt;
}

std::string_view kindLabelFr(Kind kind) {
    return info(kind).labelFr;
}

std::string_view kindLabel(Kind kind, std::string_view language) {
    return language == "en" ? info(kind).labelEn : info(kind).labelFr;
}

bool isCareKind(Kind kind) {
    return kind != Kind::Other;
}

}  // namespace parcours::directory
