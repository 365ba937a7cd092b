// The kind tables of data/kinds, as core reads them.
#include "directory/kind_mapping.hpp"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>

#include "parcours/directory/kind.hpp"

using namespace parcours::directory;

namespace {

std::optional<OsmClassification> classify(const std::map<std::string, std::string>& tags) {
    return classifyOsm([&](std::string_view key) -> std::optional<std::string_view> {
        auto it = tags.find(std::string(key));
        if (it == tags.end()) return std::nullopt;
        return std::string_view(it->second);
    });
}

}  // namespace

TEST(KindIds, RoundTripForEveryKind) {
    for (Kind kind : allKinds()) {
        auto back = kindFromId(kindId(kind));
        ASSERT_TRUE(back.has_value()) << kindId(kind);
        EXPECT_EQ(*back, kind);
        EXPECT_FALSE(kindLabelFr(kind).empty());
        EXPECT_FALSE(kindLabel(kind, "en").empty());
        EXPECT_EQ(kindLabel(kind, "fr"), kindLabelFr(kind));
    }
    EXPECT_EQ(kindLabel(Kind::CentreSante, "en"), "Health centre");
    EXPECT_FALSE(kindFromId("doctor").has_value());
}

TEST(FinessCategories, PrimaryCareStructuresHaveTheirOwnKinds) {
    EXPECT_EQ(kindForFinessCategory("603"), Kind::Msp);
    EXPECT_EQ(kindForFinessCategory("124"), Kind::CentreSante);
    EXPECT_EQ(kindForFinessCategory("604"), Kind::Cpts);
    EXPECT_EQ(kindForFinessCategory("617"), Kind::SoinsNonProgrammes);
    EXPECT_EQ(kindForFinessCategory("355"), Kind::Hospital);
    EXPECT_EQ(kindForFinessCategory("101"), Kind::Hospital);
    EXPECT_EQ(kindForFinessCategory("128"), Kind::Clinic);
    EXPECT_EQ(kindForFinessCategory("620"), Kind::Pharmacy);
    EXPECT_EQ(kindForFinessCategory("611"), Kind::Laboratory);
}

TEST(FinessCategories, UnlistedCategoriesAreOther) {
    EXPECT_EQ(kindForFinessCategory("500"), Kind::Other);  // EHPAD
    EXPECT_EQ(kindForFinessCategory("223"), Kind::Other);  // PMI
    EXPECT_EQ(kindForFinessCategory(""), Kind::Other);
}

TEST(OsmTags, DoctorsKeepTheirSpeciality) {
    auto c = classify({{"amenity", "doctors"}, {"healthcare:speciality", "gynaecology"}});
    ASSERT_TRUE(c);
    EXPECT_EQ(c->kind, Kind::Practice);
    EXPECT_EQ(c->specialty, "gynaecology");
    EXPECT_EQ(c->category, "amenity=doctors");
}

TEST(OsmTags, DentistImpliesItsSpecialty) {
    auto c = classify({{"amenity", "dentist"}});
    ASSERT_TRUE(c);
    EXPECT_EQ(c->kind, Kind::Practice);
    EXPECT_EQ(c->specialty, "dentist");
}

TEST(OsmTags, NamesRevealMspCentresAndCpts) {
    EXPECT_EQ(classify({{"amenity", "clinic"}, {"name", "Maison de Santé des Tilleuls"}})->kind,
              Kind::Msp);
    EXPECT_EQ(classify({{"amenity", "clinic"}, {"name", "Centre de santé Lumière"}})->kind,
              Kind::CentreSante);
    EXPECT_EQ(classify({{"healthcare", "centre"}, {"name", "CPTS Grand Lyon"}})->kind, Kind::Cpts);
    EXPECT_EQ(classify({{"amenity", "clinic"}, {"name", "Clinique du Parc"}})->kind, Kind::Clinic);
}

TEST(OsmTags, HospitalsAndUnknownHealthcare) {
    EXPECT_EQ(classify({{"amenity", "hospital"}})->kind, Kind::Hospital);
    EXPECT_EQ(classify({{"healthcare", "blood_donation"}})->kind, Kind::Other);
}

TEST(OsmTags, NonHealthObjectsAreIgnored) {
    EXPECT_FALSE(classify({{"amenity", "bench"}}));
    EXPECT_FALSE(classify({{"shop", "bakery"}, {"name", "Maison de santé"}}));
}
