#include "parcours/directory/kind.hpp"

#include <array>

namespace parcours::directory {
namespace {

struct KindInfo {
    Kind kind;
    std::string_view id;
    std::string_view labelFr;
};

constexpr std::array kKinds{
    KindInfo{Kind::Msp, "msp", "Maison de santé pluriprofessionnelle"},
    KindInfo{Kind::CentreSante, "centre-sante", "Centre de santé"},
    KindInfo{Kind::Cpts, "cpts", "Communauté professionnelle territoriale de santé"},
    KindInfo{Kind::Esp, "esp", "Équipe de soins primaires"},
    KindInfo{Kind::SoinsNonProgrammes, "soins-non-programmes", "Soins non programmés"},
    KindInfo{Kind::Hospital, "hospital", "Hôpital"},
    KindInfo{Kind::Clinic, "clinic", "Clinique ou établissement de soins"},
    KindInfo{Kind::Practice, "practice", "Cabinet"},
    KindInfo{Kind::Pharmacy, "pharmacy", "Pharmacie"},
    KindInfo{Kind::Laboratory, "laboratory", "Laboratoire"},
    KindInfo{Kind::Other, "other", "Autre"},
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

bool isCareKind(Kind kind) {
    return kind != Kind::Other;
}

}  // namespace parcours::directory
