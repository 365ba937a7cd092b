#pragma once
// The FINESS categories the generator writes: every category of
// data/kinds/finess-categories.csv, and two common "other" ones (EHPAD, PMI), each with
// the kind a reader must give it — written here independently of core's own table, so
// tests compare the two rather than core with itself.

#include <span>
#include <string_view>

#include "parcours/directory/kind.hpp"

namespace parcours::datagen {

// The name families of names.hpp.
enum class NameStyle {
    Hospital,
    Chu,
    LocalHospital,
    Military,
    Cancer,
    Psychiatric,
    Gcs,
    Clinic,
    Ssr,
    Cmp,
    Msp,
    CentreSante,
    Cpts,
    SoinsNonProgrammes,
    Laboratory,
    Pharmacy,
    Ehpad,
    Pmi
};

struct FinessCategory {
    std::string_view categetab, libcategetab;
    std::string_view categagretab, libcategagretab;
    directory::Kind kind;
    NameStyle names;
    std::string_view codeape;  // the usual APE code (some establishments leave it empty)
    std::string_view codemft, libmft;
    std::string_view codesph, libsph;  // public-hospital service, empty when not relevant
    int weight;                        // relative frequency
};

std::span<const FinessCategory> finessCategories();

}  // namespace parcours::datagen
