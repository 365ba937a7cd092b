// The complaint for a discriminatory refusal of care (research/rules-fr.md R-LAW-03/04,
// J-02): to the président du conseil départemental de l'ordre des médecins or the
// directeur of the CPAM, either of which counts as a formal complaint (L1110-3 CSP). It
// states the complainant, identifies the professional and describes the facts (R1110-11).
#include "dossier_parts.hpp"
#include "parcours/journal/exports.hpp"

namespace parcours::rules::detail {
namespace {

using journal::Call;

// Summaries of research/rules-fr.md, used when the pack has no text of the article.
constexpr const char* kL1110_3 =
    "Aucune personne ne peut faire l'objet de discriminations dans l'accès à la prévention "
    "ou aux soins. Un professionnel de santé ne peut refuser de soigner une personne pour "
    "l'un des motifs visés aux articles 225-1 ou 225-1-1 du code pénal, ni au motif qu'elle "
    "bénéficie de la complémentaire santé solidaire ou de l'aide médicale de l'État. La "
    "saisine du directeur de la caisse ou du président du conseil de l'ordre vaut dépôt de "
    "plainte.";
constexpr const char* kR4127_7 =
    "Le médecin doit écouter, examiner, conseiller ou soigner avec la même conscience toutes "
    "les personnes quels que soient leur origine, leurs mœurs et leur situation de famille, "
    "leur appartenance ou leur non-appartenance à une ethnie, une nation ou une religion "
    "déterminée, leur handicap ou leur état de santé, leur réputation ou les sentiments "
    "qu'il peut éprouver à leur égard.";

std::string factsOf(const Call& c) {
    const auto when = dayAndTime(c.at);
    std::string text = "Le " + when.day;
    if (!when.time.empty()) text += " à " + when.time;
    text += ", j'ai contacté " +
            (c.practice.name.empty() ? std::string("un cabinet médical") : c.practice.name);
    if (!c.practice.address.empty()) text += ", " + c.practice.address;
    if (!c.practice.phone.empty()) text += " (téléphone " + c.practice.phone + ")";
    text += " (canal : " + std::string(journal::channelLabelFr(c.channel)) + ")";
    text += ". Ma demande de soins a été refusée";
    if (!c.reason.empty()) text += ". Propos tenus : « " + c.reason + " »";
    text += ".";
    if (!c.note.empty()) text += " Précisions : " + c.note;
    return text;
}

}  // namespace

Result<Document> ordreDocument(const pb::RulePack& pack, const DossierInput& in) {
    std::vector<const Call*> refused;
    for (const auto& c : in.calls)
        if (c.outcome == journal::Outcome::RefusedDiscrimination) refused.push_back(&c);
    if (refused.empty())
        return badInput(
            "the ordre complaint needs at least one call whose outcome is "
            "refused-discrimination (the refusal complained of); this démarche has none");

    Document doc;
    doc.title =
        "Plainte pour refus de soins discriminatoire (article L1110-3 du code de la "
        "santé publique)";
    doc.paragraph(
        "À l'attention de Madame ou Monsieur le président du conseil départemental "
        "de l'ordre des médecins, ou de Madame ou Monsieur le directeur de la caisse "
        "primaire d'assurance maladie.");
    doc.paragraph(
        "À envoyer par lettre recommandée avec accusé de réception (ou tout moyen "
        "donnant une date de réception).");

    doc.heading("Plaignant");
    if (auto lines = identityLines(in.identity); !lines.empty())
        doc.bullets(std::move(lines));
    else
        doc.paragraph(
            "[À compléter : vos nom, prénom et coordonnées — la plainte doit les "
            "indiquer (article R1110-11 du code de la santé publique).]");

    doc.heading("Les faits");
    for (const Call* c : refused) doc.paragraph(factsOf(*c));

    doc.heading("Textes applicables");
    auto cite = [&](const std::string& title, const char* article, const char* fallback) {
        const LegalQuote quote = legalText(pack, "CSP", article, fallback);
        doc.paragraph(title + ", en substance : " + quote.text +
                      (quote.url.empty() ? "" : " (texte : " + quote.url + ")"));
    };
    cite("Article L1110-3 du code de la santé publique", "L1110-3", kL1110_3);
    cite("Article R4127-7 du code de la santé publique (code de déontologie médicale, article 7)",
         "R4127-7", kR4127_7);

    doc.heading("Ma demande");
    doc.paragraph(
        "J'estime que ce refus de soins est discriminatoire. Je vous demande "
        "d'enregistrer la présente plainte, qui vaut dépôt de plainte au sens de "
        "l'article L1110-3, d'en accuser réception, d'en informer le professionnel "
        "mis en cause et de réunir la commission de conciliation prévue par ce "
        "texte.");

    doc.heading("Pièces jointes");
    constexpr const char* kC2sProof =
        "Attestation de complémentaire santé solidaire ou d'aide médicale de l'État, si le "
        "refus y est lié.";
    constexpr const char* kWritings =
        "Tout écrit reçu : courriel, SMS, capture d'écran de la prise de rendez-vous en ligne.";
    doc.bullets({"Copie d'une pièce d'identité.", kC2sProof, kWritings,
                 "Le cas échéant, le témoignage écrit d'une personne présente.",
                 "L'extrait de mon journal des appels pour ce cabinet."});
    doc.paragraph("Fait le " + dayAndTime(in.today).day + ".");
    doc.paragraph("Signature :");
    return doc;
}

}  // namespace parcours::rules::detail
