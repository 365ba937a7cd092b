#include "finess_json_writer.hpp"

#include <cstdio>
#include <map>
#include <sstream>

#include "json_text.hpp"

namespace parcours::datagen {
namespace {

// Jackson's pretty printer: `"key" : value`, two-space indent.
class Pretty {
  public:
    explicit Pretty(std::ostream& out) : out_(out) {}
    void open(std::string_view key, char bracket) {
        line();
        if (!key.empty()) out_ << jsonString(key) << " : ";
        out_ << bracket;
        ++depth_;
        first_ = true;
    }
    void close(char bracket) {
        --depth_;
        out_ << '\n' << std::string(2 * depth_, ' ') << bracket;
        first_ = false;
    }
    void item(std::string_view key, std::string_view value) {
        line();
        out_ << jsonString(key) << " : " << jsonString(value);
    }
    void raw(std::string_view key, std::string_view value) {
        line();
        out_ << jsonString(key) << " : " << value;
    }

  private:
    void line() {
        if (depth_ > 0) out_ << (first_ ? "\n" : ",\n") << std::string(2 * depth_, ' ');
        first_ = false;
    }
    std::ostream& out_;
    int depth_ = 0;
    bool first_ = true;
};

// At most `bytes` bytes of `text`, never cutting a character in two.
std::string utf8Prefix(const std::string& text, std::size_t bytes) {
    if (text.size() <= bytes) return text;
    while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
    return text.substr(0, bytes);
}

std::string degrees(double d) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", d);
    return buffer;
}

void header(Pretty& p, std::string_view generatedAt) {
    p.open("", '{');
    p.item("schemaVersion", "v1.0.0");
    p.item("generatedAt", generatedAt);
}

void site(Pretty& p, const FinessJsonSite& s, std::size_t id) {
    p.open("", '{');
    p.open("informationsGeneralesEGE", '{');
    p.item("egeId", std::to_string(id));
    if (s.closed) p.item("dateFermeture", "2019-03-03");
    p.item("dateOuverture", "1994-01-01");
    p.item("nomEgeCourt", s.nameShort);
    p.item("nomEgeLong", s.nameLong);
    p.item("numFinessEge", s.finess);
    p.open("espic", '[');
    p.close(']');
    p.close('}');
    p.item("categorieentiteGeographiqueExercice", s.category);
    p.item("modefixationtarifaire", "07");
    p.open("adresse", '[');
    p.open("", '{');
    p.item("usageAdresse", "03");
    if (!s.numeroVoie.empty()) p.item("numeroVoie", s.numeroVoie);
    if (!s.typeVoie.empty()) p.item("typeVoie", s.typeVoie);
    if (!s.libelleVoie.empty()) p.item("libelleVoie", s.libelleVoie);
    if (!s.lieuDit.empty()) p.item("lieuDit", s.lieuDit);
    p.item("ligneAcheminement", s.city);
    p.item("codePostal", s.postcode);
    if (s.position) {
        p.open("coordonneesGeographique", '{');
        p.item("directionLatitude", degrees(s.position->lat));
        p.item("directionLongitude", degrees(s.position->lon));
        p.item("scoreBAN", "0.97");
        p.close('}');
    }
    p.close('}');
    p.close(']');
    p.open("contact", '[');
    if (!s.phone.empty()) {
        p.open("", '{');
        p.open("typeContact", '{');
        p.item("roleContact", "01");
        p.close('}');
        p.open("telecom", '{');
        p.item("telephone", s.phone);
        p.close('}');
        p.close('}');
    }
    p.close(']');
    p.open("evenement", '[');
    p.close(']');
    p.open("roleEge", '[');
    p.close(']');
    p.item("etatObjet", s.closed ? "I" : "A");
    p.item("dateDerniereMaj", "2025-10-21 00:00:00");
    p.close('}');
}

}  // namespace

void writeFinessStructuresJson(std::ostream& out, const std::vector<FinessJsonEntity>& entities,
                               std::string_view generatedAt) {
    Pretty p(out);
    header(p, generatedAt);
    p.open("gcc", '[');  // a group, as the published file starts with
    p.open("", '{');
    p.item("gccId", "1");
    p.item("nomGcc", "21-52 Côte d'Or-Haute-Marne");
    p.open("pmejDuGcc", '[');
    p.close(']');
    p.item("etatObjet", "A");
    p.close('}');
    p.close(']');
    p.open("gco", '[');
    p.close(']');
    p.open("pmej", '[');
    std::size_t id = 1;
    for (const FinessJsonEntity& e : entities) {
        p.open("", '{');
        p.open("informationsGeneralesPMEJ", '{');
        p.item("pmSmsseId", std::to_string(id));
        p.item("denominationPm", e.name);
        p.item("numFinessPm", e.finess);
        p.close('}');
        p.open("adresse", '[');
        p.close(']');
        p.open("ege", '[');
        for (const FinessJsonSite& s : e.sites) site(p, s, id++);
        p.close(']');
        p.item("etatObjet", "A");
        p.close('}');
    }
    p.close(']');
    p.close('}');
    out << '\n';
}

std::string finessStructuresJson(const std::vector<FinessJsonEntity>& entities,
                                 std::string_view generatedAt) {
    std::ostringstream out;
    writeFinessStructuresJson(out, entities, generatedAt);
    return out.str();
}

std::string finessActivitiesJson(const std::vector<FinessJsonActivitySite>& sites,
                                 std::string_view generatedAt) {
    std::vector<std::string> order;
    std::map<std::string, std::vector<const FinessJsonActivitySite*>> byEntity;
    for (const auto& s : sites) {
        if (!byEntity.contains(s.finessEntity)) order.push_back(s.finessEntity);
        byEntity[s.finessEntity].push_back(&s);
    }
    std::ostringstream out;
    Pretty p(out);
    header(p, generatedAt);
    p.open("pmej", '[');
    std::size_t id = 1;
    for (const std::string& entity : order) {
        p.open("", '{');
        p.item("numFiness", entity);
        p.item("pmSmsseId", std::to_string(id++));
        p.open("activitesAutorisees", '[');
        p.close(']');
        p.open("ege", '[');
        for (const FinessJsonActivitySite* s : byEntity[entity]) {
            p.open("", '{');
            p.item("egeId", std::to_string(id++));
            p.item("numFinessEge", s->finess);
            p.open("activitesExercees", '[');
            for (const FinessJsonActivity& a : s->activities) {
                p.open("", '{');
                p.open("caracteristiquesGeneriques", '{');
                p.item("activiteAeId", std::to_string(id++));
                p.item("etatObjet", a.active ? "A" : "I");
                p.raw("dateFinEffectiveActivite", "null");
                p.item("typeActiviteSMSSE", "272");
                p.close('}');
                p.open("nature", '{');
                p.item("codeNature", "AMF");
                p.open("caracteristiquesSpecifiques", '{');
                p.raw("aaSoinAmfId", "null");
                p.open("typeActiviteAMF", '{');
                p.item("activiteAMF", a.activite);
                p.item("modaliteActivite", a.modalite);
                p.item("formeActivite", "00");
                p.close('}');
                p.close('}');
                p.close('}');
                p.open("evenement", '[');
                p.close(']');
                p.raw("zoneIntervention", "null");
                p.close('}');
            }
            p.close(']');
            p.close('}');
        }
        p.close(']');
        p.close('}');
    }
    p.close(']');
    p.close('}');
    out << '\n';
    return out.str();
}

std::vector<FinessJsonEntity> finessJsonEntities(
    const std::vector<GeneratedEstablishment>& establishments) {
    std::vector<FinessJsonEntity> entities;
    for (std::size_t i = 0; i < establishments.size(); ++i) {
        const GeneratedEstablishment& g = establishments[i];
        if (i % 3 == 0) {
            FinessJsonEntity e;
            // A legal entity's number: the first site's département, then 9xxxxxx.
            e.finess = g.nofinesset.substr(0, 2) + std::to_string(9000000 + i % 1000000);
            e.name = "GESTIONNAIRE " + g.name;
            entities.push_back(std::move(e));
        }
        FinessJsonSite s;
        s.finess = g.nofinesset;
        s.nameShort = utf8Prefix(g.name, 32);
        s.nameLong = g.name;
        s.category = g.categetab;
        s.numeroVoie = std::to_string(1 + i % 120);
        s.typeVoie = "R";
        s.libelleVoie = "DE LA REPUBLIQUE";
        s.postcode = "01000";
        s.city = g.city;
        s.phone = "04" + std::to_string(10000000 + i % 90000000);
        s.position = g.position;
        entities.back().sites.push_back(std::move(s));
    }
    return entities;
}

}  // namespace parcours::datagen
