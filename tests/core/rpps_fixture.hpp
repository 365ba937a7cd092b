#pragma once
// A small Annuaire Santé extraction, its BAN addresses and La Poste's communes for Lyon 7e,
// written in the real formats (datagen/rpps_generator.hpp), for the RPPS tests. Fictional
// people; the street names and positions are Lyon's, from no copied row.

#include <string>

#include "datagen/rpps_generator.hpp"

namespace parcours::test {

inline datagen::RppsRow gp(std::string id, std::string first, std::string last) {
    datagen::RppsRow r;
    r.id = std::move(id);
    r.civilityCode = "DR";
    r.firstName = std::move(first);
    r.lastName = std::move(last);
    r.skillType = "S";
    r.skillCode = "SM54";
    r.skill = "Médecine Générale";
    r.postcode = "69007";
    r.cedexOffice = "69007 LYON";
    r.departement = "69";
    return r;
}

inline datagen::RppsRow at(datagen::RppsRow r, std::string structureId, std::string number,
                           std::string type, std::string street, std::string phone) {
    r.structureId = std::move(structureId);
    r.number = std::move(number);
    r.streetType = std::move(type);
    r.street = std::move(street);
    r.phone = std::move(phone);
    return r;
}

// Another profession than doctor: no "DR", no specialty.
inline datagen::RppsRow notADoctor(datagen::RppsRow r, std::string code, std::string profession) {
    r.civilityCode.clear();
    r.professionCode = std::move(code);
    r.profession = std::move(profession);
    r.skill = r.skillCode = r.skillType = "";
    return r;
}

// Dr Claire MOREAU: two sites (one the BAN knows, one it does not); Dr Paul DURAND: no
// structure id, an address cut short as the ANS cuts long names; Dr Anne PETIT, a
// psychiatrist; a pharmacist and a doctor with no site, both left out; a nurse in a
// postcode no commune has.
inline std::string rppsFixture(const std::string& extra = {}) {
    std::string f = datagen::rppsHeaderLine();
    f += datagen::rppsLine(at(gp("10000000001", "Claire", "MOREAU"), "S1001", "12", "Rue",
                              "DE MARSEILLE", "04 78 00 00 01"));
    f += datagen::rppsLine(at(gp("10000000001", "Claire", "MOREAU"), "S1002", "3", "Place",
                              "JEAN MACE", "0478000002"));
    auto durand = at(gp("10000000002", "Paul", "DURAND"), "", "40", "Avenue", "JEAN JAURES",
                     "04.78.00.00.03");
    durand.insee = "69387";
    durand.city = "Lyon 7e Arrondissement";
    durand.companyName = "CABINET DES QUAIS";
    f += datagen::rppsLine(durand);
    auto petit = at(gp("10000000003", "Anne", "PETIT"), "S1003", "7", "Rue",
                    "DU PROFESSEUR CHRISTIAN CAB", "0478000004");
    petit.skillCode = "SM42";
    petit.skill = "Psychiatrie";
    f += datagen::rppsLine(petit);
    f += datagen::rppsLine(notADoctor(
        at(gp("10000000004", "Luc", "BLANC"), "S1004", "12", "Rue", "DE MARSEILLE", "0478000005"),
        "21", "Pharmacien"));
    datagen::RppsRow siteless = gp("10000000005", "Marc", "NOIR");
    siteless.postcode = siteless.cedexOffice = "";
    f += datagen::rppsLine(siteless);
    auto nurse = notADoctor(
        at(gp("10000000006", "Julie", "ROUX"), "S1006", "1", "Rue", "DU NULLE PART", "0600000007"),
        "60", "Infirmier");
    nurse.postcode = "99999";
    nurse.cedexOffice = "99999 NULLEPART";
    f += datagen::rppsLine(nurse);
    return f + extra;
}

inline std::string banFixture() {
    std::string f = datagen::banHeaderLine();
    auto row = [](std::string number, std::string rep, std::string street, double lat, double lon) {
        return datagen::banLine({std::move(number),
                                 std::move(rep),
                                 std::move(street),
                                 "69007",
                                 "69387",
                                 "Lyon 7e Arrondissement",
                                 {lat, lon}});
    };
    f += row("12", "", "Rue de Marseille", 45.75210, 4.84250);
    f += row("14", "", "Rue de Marseille", 45.75190, 4.84260);
    f += row("40", "", "Avenue Jean Jaurès", 45.74530, 4.84140);
    f += row("7", "", "Rue du Professeur Christian Cabrol", 45.74100, 4.84700);
    f += row("7", "bis", "Rue du Professeur Christian Cabrol", 45.74110, 4.84710);
    return f;
}

inline constexpr std::string_view kLyonCommunes =
    "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;latitude;"
    "longitude\n"
    "69387;LYON 07;69007;;LYON;45.7457;4.8422\n"
    "69382;LYON 02;69002;;LYON;45.7492560394;4.82617032549\n";

}  // namespace parcours::test
