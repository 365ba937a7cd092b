#pragma once
// The columns of the Annuaire Santé extraction PS_LibreAcces_Personne_activite (ANS,
// "Description des nouvelles extractions en libre accès" v1.2): 52 columns, `|`-separated,
// each line (header included) ending with a `|`.

#include <array>
#include <cstddef>
#include <string_view>

namespace parcours::directory::rpps {

inline constexpr std::size_t kColumnCount = 52;

// The header, as documented: an import checks it name by name.
inline constexpr std::array<std::string_view, kColumnCount> kColumnNames{
    "Type d'identifiant PP",
    "Identifiant PP",
    "Identification nationale PP",
    "Code civilité d'exercice",
    "Libellé civilité d'exercice",
    "Code civilité",
    "Libellé civilité",
    "Nom d'exercice",
    "Prénom d'exercice",
    "Code profession",
    "Libellé profession",
    "Code catégorie professionnelle",
    "Libellé catégorie professionnelle",
    "Code type savoir-faire",
    "Libellé type savoir-faire",
    "Code savoir-faire",
    "Libellé savoir-faire",
    "Code mode exercice",
    "Libellé mode exercice",
    "Numéro SIRET site",
    "Numéro SIREN site",
    "Numéro FINESS site",
    "Numéro FINESS établissement juridique",
    "Identifiant technique de la structure",
    "Raison sociale site",
    "Enseigne commerciale site",
    "Complément destinataire (coord. structure)",
    "Complément point géographique (coord. structure)",
    "Numéro Voie (coord. structure)",
    "Indice répétition voie (coord. structure)",
    "Code type de voie (coord. structure)",
    "Libellé type de voie (coord. structure)",
    "Libellé Voie (coord. structure)",
    "Mention distribution (coord. structure)",
    "Bureau cedex (coord. structure)",
    "Code postal (coord. structure)",
    "Code commune (coord. structure)",
    "Libellé commune (coord. structure)",
    "Code pays (coord. structure)",
    "Libellé pays (coord. structure)",
    "Téléphone (coord. structure)",
    "Téléphone 2 (coord. structure)",
    "Télécopie (coord. structure)",
    "Adresse e-mail (coord. structure)",
    "Code Département (structure)",
    "Libellé Département (structure)",
    "Ancien identifiant de la structure",
    "Autorité d'enregistrement",
    "Code secteur d'activité",
    "Libellé secteur d'activité",
    "Code section tableau pharmaciens",
    "Libellé section tableau pharmaciens",
};

// 0-based indexes of the columns the importer reads.
inline constexpr std::size_t kIdType = 0;          // 8 RPPS, 0 ADELI
inline constexpr std::size_t kId = 1;              // Identifiant PP
inline constexpr std::size_t kCivilityCode = 3;    // "DR" for doctors (civilité d'exercice)
inline constexpr std::size_t kLastName = 7;        // Nom d'exercice
inline constexpr std::size_t kFirstName = 8;       // Prénom d'exercice
inline constexpr std::size_t kProfessionCode = 9;  // "10" Médecin…
inline constexpr std::size_t kProfession = 10;     // Libellé profession
inline constexpr std::size_t kSkillTypeCode = 13;  // "S" spécialité ordinale, "CEX"…
inline constexpr std::size_t kSkillCode = 15;      // "SM54"
inline constexpr std::size_t kSkill = 16;          // "Médecine Générale"
inline constexpr std::size_t kSiret = 19;
inline constexpr std::size_t kFinessSite = 21;
inline constexpr std::size_t kStructureId = 23;  // Identifiant technique de la structure
inline constexpr std::size_t kCompanyName = 24;  // Raison sociale site
inline constexpr std::size_t kTradeName = 25;    // Enseigne commerciale site
inline constexpr std::size_t kRecipientComplement = 26;
inline constexpr std::size_t kPlaceComplement = 27;  // Complément point géographique
inline constexpr std::size_t kStreetNumber = 28;
inline constexpr std::size_t kRepetition = 29;  // Indice répétition voie: "B", "T"…
inline constexpr std::size_t kStreetTypeCode = 30;
inline constexpr std::size_t kStreetType = 31;    // "Rue", "Avenue"
inline constexpr std::size_t kStreet = 32;        // "DE LA REPUBLIQUE"
inline constexpr std::size_t kDistribution = 33;  // Mention distribution: "BP 139"
inline constexpr std::size_t kCedexOffice = 34;   // Bureau cedex: "01300 BELLEY"
inline constexpr std::size_t kPostcode = 35;
inline constexpr std::size_t kInsee = 36;  // Code commune
inline constexpr std::size_t kCity = 37;   // Libellé commune
inline constexpr std::size_t kPhone = 40;
inline constexpr std::size_t kPhone2 = 41;

}  // namespace parcours::directory::rpps
