#include "commune_output.hpp"

#include <cstdio>
#include <ostream>

#include "parcours/json/json_writer.hpp"

namespace parcours::cli {

std::string communesJson(const std::vector<directory::Commune>& communes) {
    json::Writer out;
    out.beginArray();
    for (const auto& c : communes) {
        out.beginObject();
        out.key("insee");
        out.string(c.insee);
        out.key("name");
        out.string(c.name);
        out.key("postcodes");
        out.beginArray();
        for (const auto& p : c.postcodes) out.string(p);
        out.endArray();
        out.key("lat");
        if (c.position)
            out.number(c.position->lat);
        else
            out.null();
        out.key("lon");
        if (c.position)
            out.number(c.position->lon);
        else
            out.null();
        out.key("position");
        out.string(directory::communePositionId(c.positionOrigin));
        out.endObject();
    }
    out.endArray();
    return out.take();
}

void printCommunes(std::ostream& out, const std::vector<directory::Commune>& communes) {
    for (const auto& c : communes) {
        out << c.name << " (";
        for (std::size_t i = 0; i < c.postcodes.size(); ++i)
            out << (i ? ", " : "") << c.postcodes[i];
        out << ')';
        if (!c.insee.empty()) out << ", INSEE " << c.insee;
        if (c.position) {
            char at[64];
            if (std::snprintf(at, sizeof at, "%.5f,%.5f", c.position->lat, c.position->lon) > 0)
                out << ", " << at;
        }
        out << ", " << directory::communePositionLabelFr(c.positionOrigin) << '\n';
    }
}

std::string communeShortLabel(const directory::Commune& commune) {
    std::string label = commune.name;
    if (!commune.postcodes.empty()) label += " (" + commune.postcodes.front() + ")";
    return label;
}

}  // namespace parcours::cli
