#include "datagen/finess_categories.hpp"

#include <array>

namespace parcours::datagen {
namespace {

using directory::Kind;

// Labels as FINESS writes them (TRE_R66); funding (MFT) and public-service (SPH) values
// are the common ones for each kind of establishment. Weights roughly follow the real
// file but let the rare kinds (CPTS, soins non programmés) appear in a small sample.
constexpr std::string_view kDotationGlobale =
    "ARS établissements Publics de santé dotation globale";
constexpr std::string_view kNonFinances =
    "ARS établissements de santé non financés dotation globale";
constexpr std::string_view kTarifLibre = "Etablissement Tarif Libre";
constexpr std::string_view kPublic = "Etablissement public de santé";
constexpr std::string_view kEspic = "Etablissement de santé privé d'intérêt collectif";

constexpr std::array kCategories{
    FinessCategory{"101", "Centre Hospitalier Régional (C.H.R.)", "1101",
                   "Centres Hospitaliers Régionaux", Kind::Hospital, NameStyle::Chu, "8610Z", "03",
                   kDotationGlobale, "1", kPublic, 2},
    FinessCategory{"106", "Centre hospitalier, ex Hôpital local", "1106",
                   "Centres Hospitaliers ex Hôpitaux Locaux", Kind::Hospital,
                   NameStyle::LocalHospital, "8610Z", "03", kDotationGlobale, "1", kPublic, 2},
    FinessCategory{"355", "Centre Hospitalier (C.H.)", "1102", "Centres Hospitaliers",
                   Kind::Hospital, NameStyle::Hospital, "8610Z", "03", kDotationGlobale, "1",
                   kPublic, 4},
    FinessCategory{"114", "Hôpital des armées", "2205", "Etablissements de Santé des Armées",
                   Kind::Hospital, NameStyle::Military, "8610Z", "99", "Indéterminé", "0",
                   "Non concerné", 1},
    FinessCategory{"115", "Etablissement de Soins du Service de Santé des Armées", "2205",
                   "Etablissements de Santé des Armées", Kind::Hospital, NameStyle::Military,
                   "8610Z", "99", "Indéterminé", "0", "Non concerné", 1},
    FinessCategory{"131", "Centre de Lutte Contre le Cancer (C.L.C.C.)", "1104",
                   "Centres de Lutte contre le Cancer", Kind::Hospital, NameStyle::Cancer, "8610Z",
                   "03", kDotationGlobale, "6", kEspic, 1},
    FinessCategory{"292", "Centre Hospitalier Spécialisé lutte Maladies Mentales", "1103",
                   "Etablissements Hospitaliers Spécialisés en Psychiatrie", Kind::Hospital,
                   NameStyle::Psychiatric, "8610Z", "03", kDotationGlobale, "1", kPublic, 1},
    FinessCategory{"697", "Groupement de coopération sanitaire - Etablissement de santé", "1205",
                   "Autres Etablissements Relevant de la Loi Hospitalière", Kind::Hospital,
                   NameStyle::Gcs, "8610Z", "07", kNonFinances, "0", "Non concerné", 1},
    FinessCategory{"122", "Etablissement Soins Obstétriques Chirurgico-Gynécologiques", "1110",
                   "Etablissements de Soins Pluridisciplinaires", Kind::Clinic, NameStyle::Clinic,
                   "8610Z", "07", kNonFinances, "0", "Non concerné", 1},
    FinessCategory{"128", "Etablissement de Soins Chirurgicaux", "1110",
                   "Etablissements de Soins Pluridisciplinaires", Kind::Clinic, NameStyle::Clinic,
                   "8610Z", "07", kNonFinances, "0", "Non concerné", 2},
    FinessCategory{"129", "Etablissement de Soins Médicaux", "1110",
                   "Etablissements de Soins Pluridisciplinaires", Kind::Clinic, NameStyle::Clinic,
                   "8610Z", "07", kNonFinances, "0", "Non concerné", 2},
    FinessCategory{"365", "Etablissement de Soins Pluridisciplinaire", "1110",
                   "Etablissements de Soins Pluridisciplinaires", Kind::Clinic, NameStyle::Clinic,
                   "8610Z", "07", kNonFinances, "6", kEspic, 2},
    FinessCategory{"109", "Etablissement de santé privé autorisé en SSR", "1107",
                   "Etablissements de Soins de Suite et de Réadaptation", Kind::Clinic,
                   NameStyle::Ssr, "8610Z", "07", kNonFinances, "0", "Non concerné", 2},
    FinessCategory{"156", "Centre Médico-Psychologique (C.M.P.)", "1111",
                   "Etablissements de Lutte contre les Maladies Mentales", Kind::Clinic,
                   NameStyle::Cmp, "", "03", kDotationGlobale, "1", kPublic, 2},
    FinessCategory{"124", "Centre de Santé", "2206", "Centres de Santé", Kind::CentreSante,
                   NameStyle::CentreSante, "8621Z", "99", "Indéterminé", "", "", 8},
    FinessCategory{"603", "Maison de santé (L.6223-3)", "2103",
                   "Autres Etablissements de Soins et de Prévention", Kind::Msp, NameStyle::Msp,
                   "8690D", "99", "Indéterminé", "", "", 8},
    FinessCategory{"604", "Communauté Professionnelle Territoriale de Santé (CPTS)", "2103",
                   "Autres Etablissements de Soins et de Prévention", Kind::Cpts, NameStyle::Cpts,
                   "9499Z", "99", "Indéterminé", "", "", 3},
    FinessCategory{"617", "Lieu de soins non programmés", "2103",
                   "Autres Etablissements de Soins et de Prévention", Kind::SoinsNonProgrammes,
                   NameStyle::SoinsNonProgrammes, "8621Z", "99", "Indéterminé", "", "", 2},
    FinessCategory{"618", "Autre structure de soins non programmés (SNP)", "2103",
                   "Autres Etablissements de Soins et de Prévention", Kind::SoinsNonProgrammes,
                   NameStyle::SoinsNonProgrammes, "8621Z", "99", "Indéterminé", "", "", 1},
    FinessCategory{"610", "Laboratoire d'Analyses", "3101",
                   "Laboratoires d'Analyses et de Biologie Médicale", Kind::Laboratory,
                   NameStyle::Laboratory, "8690B", "01", kTarifLibre, "", "", 1},
    FinessCategory{"611", "Laboratoire de Biologie Médicale", "3101",
                   "Laboratoires d'Analyses et de Biologie Médicale", Kind::Laboratory,
                   NameStyle::Laboratory, "8690B", "01", kTarifLibre, "", "", 6},
    FinessCategory{"612", "Autre Laboratoire de Biologie Médicale sans FSE", "3101",
                   "Laboratoires d'Analyses et de Biologie Médicale", Kind::Laboratory,
                   NameStyle::Laboratory, "8690B", "01", kTarifLibre, "", "", 1},
    FinessCategory{"620", "Pharmacie d'Officine", "3201", "Pharmacies", Kind::Pharmacy,
                   NameStyle::Pharmacy, "4773Z", "01", kTarifLibre, "", "", 20},
    FinessCategory{"627", "Propharmacie", "3201", "Pharmacies", Kind::Pharmacy, NameStyle::Pharmacy,
                   "", "01", kTarifLibre, "", "", 1},
    FinessCategory{"628", "Pharmacie Minière", "3201", "Pharmacies", Kind::Pharmacy,
                   NameStyle::Pharmacy, "4773Z", "01", kTarifLibre, "", "", 1},
    FinessCategory{"629", "Pharmacie Mutualiste", "3201", "Pharmacies", Kind::Pharmacy,
                   NameStyle::Pharmacy, "4773Z", "01", kTarifLibre, "", "", 1},
    FinessCategory{"500", "Etablissement d'hébergement pour personnes âgées dépendantes", "4401",
                   "Etablissements d'Hébergement pour Personnes Âgées", Kind::Other,
                   NameStyle::Ehpad, "8710A", "40",
                   "ARS/PCD, Tarif global, habilité aide sociale, recours PUI", "", "", 10},
    FinessCategory{"223", "Protection Maternelle et Infantile (P.M.I.)", "2202",
                   "Etablissements de PMI et de Planification Familiale", Kind::Other,
                   NameStyle::Pmi, "", "01", kTarifLibre, "", "", 4},
};

}  // namespace

std::span<const FinessCategory> finessCategories() {
    return kCategories;
}

}  // namespace parcours::datagen
