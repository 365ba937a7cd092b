// The dossiers built from the journal: which document, which rendering; the helpers the
// two documents share.
#include "parcours/rules/dossier.hpp"

#include "common/text.hpp"
#include "dossier_parts.hpp"

namespace parcours::rules {
namespace detail {

DayAndTime dayAndTime(const std::string& iso) {
    const bool hasDate = iso.size() >= 10 && iso[4] == '-' && iso[7] == '-';
    if (!hasDate) return {iso, {}};
    DayAndTime out;
    out.day = iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
    if (iso.size() >= 16 && iso[10] == 'T') out.time = iso.substr(11, 5);
    return out;
}

std::vector<std::string> identityLines(const Identity& identity) {
    std::vector<std::string> lines;
    auto add = [&](const char* label, const std::string& value) {
        const std::string_view v = text::trim(value);
        if (!v.empty()) lines.push_back(std::string(label) + " : " + std::string(v));
    };
    add("Nom et prénom", identity.fullName);
    add("Date de naissance", identity.birthDate);
    add("Numéro de sécurité sociale", identity.nir);
    add("Adresse", identity.address);
    add("Téléphone", identity.phone);
    add("Courriel", identity.email);
    return lines;
}

LegalQuote legalText(const pb::RulePack& pack, const std::string& code, const std::string& article,
                     const std::string& fallback) {
    for (const auto& t : pack.legal_texts()) {
        if (t.ref().code() != code || t.ref().article() != article) continue;
        if (!t.ref().summary().fr().empty()) return {t.ref().summary().fr(), t.ref().url()};
        if (!t.text_fr().empty()) return {t.text_fr(), t.ref().url()};
    }
    for (const auto& rule : pack.rules())
        for (const auto& ref : rule.legal())
            if (ref.code() == code && ref.article() == article && !ref.summary().fr().empty())
                return {ref.summary().fr(), ref.url()};
    return {fallback, {}};
}

}  // namespace detail

Result<std::string> buildDossier(const RulePack& pack, DossierKind kind, DossierFormat format,
                                 const DossierInput& input) {
    const pb::RulePack& message = pack.impl().pack;
    detail::Document doc;
    if (kind == DossierKind::Cpam) {
        doc = detail::cpamDocument(message, input);
    } else {
        auto ordre = detail::ordreDocument(message, input);
        if (!ordre) return ordre.error();
        doc = std::move(*ordre);
    }
    switch (format) {
        case DossierFormat::Markdown:
            return detail::renderMarkdown(doc);
        case DossierFormat::Html:
            return detail::renderHtml(doc);
        case DossierFormat::Text:
            return detail::renderText(doc);
    }
    return usageError("unknown dossier format");
}

}  // namespace parcours::rules
