// The dossiers built from a démarche: the CPAM request lists every practice contacted
// with what came of it, prints only the identity fields filled, escapes whatever the
// user typed; the Ordre complaint needs the discriminatory refusal it complains of.
#include <gtest/gtest.h>

#include "parcours/journal/exports.hpp"
#include "parcours/rules/dossier.hpp"
#include "rules/dossier_document.hpp"

using namespace parcours;
using namespace parcours::rules;
using journal::Call;
using journal::Outcome;

namespace {

Call call(const std::string& at, const std::string& name, Outcome outcome,
          const std::string& reason = "", const std::string& note = "") {
    Call c;
    c.at = at;
    c.practice.name = name;
    c.practice.phone = "04 78 00 00 0" + std::to_string(name.size() % 10);
    c.practice.address = "1 rue de " + name + ", 69002 Lyon";
    c.outcome = outcome;
    c.reason = reason;
    c.note = note;
    return c;
}

DossierInput sampleInput() {
    DossierInput in;
    in.demarche.seeking = journal::Seeking::MedecinTraitant;
    in.demarche.openedAt = "2026-10-01T08:00:00+02:00";
    in.calls = {
        call("2026-10-02T09:30:00+02:00", "Cabinet Rivière", Outcome::RefusedNoNewPatients,
             "Patientèle complète"),
        call("2026-10-03T10:00:00+02:00", "MSP des Pentes", Outcome::NoAnswer),
        call("2026-10-05T14:15:00+02:00", "Dr Martin", Outcome::RefusedDiscrimination,
             "On ne prend pas les patients à la CMU", "Dit par la secrétaire"),
        call("2026-10-06T11:00:00+02:00", "Centre de santé Croix-Rousse", Outcome::WaitingList),
    };
    in.today = "2026-11-23";
    return in;
}

std::string build(DossierKind kind, DossierFormat format, const DossierInput& in) {
    auto text = buildDossier(RulePack::french(), kind, format, in);
    EXPECT_TRUE(text.ok()) << (text.ok() ? "" : text.error().message);
    return text.ok() ? *text : std::string();
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Characters, not bytes: "é" is one column.
std::size_t columns(const std::string& line) {
    std::size_t n = 0;
    for (unsigned char c : line)
        if ((c & 0xC0U) != 0x80U) ++n;
    return n;
}

}  // namespace

TEST(RulesDossier, CpamListsEveryPracticeContactedInEveryFormat) {
    const auto in = sampleInput();
    for (auto format : {DossierFormat::Markdown, DossierFormat::Html, DossierFormat::Text}) {
        std::string text = build(DossierKind::Cpam, format, in);
        SCOPED_TRACE(text);
        // HTML escapes the apostrophe too: read it back as text.
        for (std::size_t p; (p = text.find("&#39;")) != std::string::npos;) text.replace(p, 5, "'");
        for (const auto& c : in.calls) {
            EXPECT_TRUE(contains(text, c.practice.phone)) << c.practice.name;
            EXPECT_TRUE(contains(text, std::string(journal::outcomeLabelFr(c.outcome))))
                << c.practice.name;
        }
        EXPECT_TRUE(contains(text, "Cabinet Rivière"));
        EXPECT_TRUE(contains(text, "MSP des Pentes"));
        EXPECT_TRUE(contains(text, "Croix-Rousse"));
        EXPECT_TRUE(contains(text, "Patientèle complète"));
        EXPECT_TRUE(contains(text, "Dit par la secrétaire"));
        EXPECT_TRUE(contains(text, "02/10/2026 09:30"));
        EXPECT_TRUE(contains(text, "Difficultés d'accès à un médecin traitant"));
        EXPECT_TRUE(contains(text, "L162-5-3"));
    }
    // The account counts what the journal holds.
    const std::string md = build(DossierKind::Cpam, DossierFormat::Markdown, in);
    EXPECT_TRUE(contains(md,
                         "4 cabinet(s) ou structure(s), en 4 appel(s) : 2 refus, 1 sans "
                         "réponse, 1 inscription(s)"));
}

TEST(RulesDossier, MarkdownTableHasOneRowPerCallEvenWithAPipeInANote) {
    auto in = sampleInput();
    in.calls[1].note = "a | b\nsecond line";
    const std::string md = build(DossierKind::Cpam, DossierFormat::Markdown, in);
    std::size_t rows = 0;
    std::size_t pos = 0;
    while ((pos = md.find("\n| ", pos)) != std::string::npos) {
        ++rows;
        ++pos;
    }
    EXPECT_EQ(rows, 2 + in.calls.size());  // header, separator, one per call
    EXPECT_TRUE(contains(md, "a \\| b second line"));
}

TEST(RulesDossier, EmptyIdentityFieldsAreLeftOut) {
    auto in = sampleInput();
    in.identity.fullName = "Camille Durand";
    in.identity.email = "   ";
    const std::string md = build(DossierKind::Cpam, DossierFormat::Markdown, in);
    EXPECT_TRUE(contains(md, "Nom et prénom : Camille Durand"));
    for (const char* absent : {"Date de naissance", "Numéro de sécurité sociale",
                               "Adresse :", "Téléphone :", "Courriel"})
        EXPECT_FALSE(contains(md, absent)) << absent;

    in.identity = {};
    const std::string none = build(DossierKind::Cpam, DossierFormat::Text, in);
    EXPECT_FALSE(contains(none, "Coordonnées"));
    EXPECT_FALSE(contains(none, "Nom et prénom"));
}

TEST(RulesDossier, HtmlIsCompleteAndEscapesAHostileName) {
    auto in = sampleInput();
    in.identity.fullName = "<script>alert('x')</script> & \"Co\"";
    in.calls[0].practice.name = "<img src=x onerror=alert(1)>";
    in.calls[2].reason = "</td></tr></table><h1>piège</h1>";
    for (auto kind : {DossierKind::Cpam, DossierKind::Ordre}) {
        const std::string html = build(kind, DossierFormat::Html, in);
        EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
        EXPECT_TRUE(contains(html, "<html lang=\"fr\">"));
        EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">"));
        EXPECT_TRUE(contains(html, "</html>"));
        EXPECT_FALSE(contains(html, "<script>"));
        EXPECT_FALSE(contains(html, "<img"));
        EXPECT_FALSE(contains(html, "<h1>piège"));
        EXPECT_TRUE(contains(html,
                             "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                             "&quot;Co&quot;"));
        EXPECT_TRUE(contains(html, "&lt;/td&gt;&lt;/tr&gt;"));
    }
}

TEST(RulesDossier, TextIsWrappedAt80Columns) {
    auto in = sampleInput();
    in.calls[2].note = std::string(300, 'x') + " et une note très longue qui se poursuit " +
                       "encore et encore, avec des accents éèàù, au-delà de quatre-vingts " +
                       "colonnes, pour voir.";
    for (auto kind : {DossierKind::Cpam, DossierKind::Ordre}) {
        const std::string text = build(kind, DossierFormat::Text, in);
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::string line = text.substr(start, end - start);
            EXPECT_LE(columns(line), 80U) << line;
            start = end + 1;
        }
        EXPECT_TRUE(contains(text, "au-delà"));
    }
}

TEST(RulesDossier, TextListsEachCallAsAnIndentedEntry) {
    const std::string text = build(DossierKind::Cpam, DossierFormat::Text, sampleInput());
    EXPECT_TRUE(contains(text, "1. Date : 02/10/2026 09:30\n   Cabinet : Cabinet Rivière\n"));
    EXPECT_TRUE(contains(text, "\n\n4. Date : 06/10/2026 11:00\n"));
    EXPECT_FALSE(contains(text, "Motif donné : \n"));  // empty cells are left out
}

TEST(RulesDossier, OrdreComplaintStatesTheDiscriminatoryRefusal) {
    auto in = sampleInput();
    in.identity.fullName = "Camille Durand";
    const std::string md = build(DossierKind::Ordre, DossierFormat::Markdown, in);
    EXPECT_TRUE(contains(md, "L1110-3"));
    EXPECT_TRUE(contains(md, "R4127-7"));
    EXPECT_TRUE(contains(md, "conseil départemental de l'ordre des médecins"));
    EXPECT_TRUE(contains(md, "caisse primaire d'assurance maladie"));
    EXPECT_TRUE(contains(md, "Le 05/10/2026 à 14:15"));
    EXPECT_TRUE(contains(md, "Dr Martin"));
    EXPECT_TRUE(contains(md, "On ne prend pas les patients à la CMU"));
    EXPECT_TRUE(contains(md, "Pièces jointes"));
    EXPECT_TRUE(contains(md, "Camille Durand"));
    // Only the refusal complained of is described as a fact.
    EXPECT_FALSE(contains(md, "Cabinet Rivière"));
}

TEST(RulesDossier, OrdreWithoutADiscriminationCallIsRefused) {
    auto in = sampleInput();
    in.calls.erase(in.calls.begin() + 2);
    auto text = buildDossier(RulePack::french(), DossierKind::Ordre, DossierFormat::Markdown, in);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(contains(text.error().message, "refused-discrimination"));
}

TEST(RulesDossier, OrdreWithoutIdentityAsksForIt) {
    const std::string md = build(DossierKind::Ordre, DossierFormat::Markdown, sampleInput());
    EXPECT_TRUE(contains(md, "R1110-11"));
    EXPECT_FALSE(contains(md, "Nom et prénom :"));
}

TEST(RulesDossier, CpamSearchStartsAtTheEarlierOfOpeningAndFirstCall) {
    auto in = sampleInput();
    in.demarche.openedAt = "2026-11-20T08:00:00+01:00";  // opened in the app after the calls
    EXPECT_TRUE(
        contains(build(DossierKind::Cpam, DossierFormat::Markdown, in), "depuis le 02/10/2026"));
}

TEST(RulesDossier, CpamWithNoCallSaysSo) {
    auto in = sampleInput();
    in.calls.clear();
    const std::string md = build(DossierKind::Cpam, DossierFormat::Markdown, in);
    EXPECT_TRUE(contains(md, "Aucun appel"));
    EXPECT_TRUE(contains(md, "depuis le 01/10/2026"));
}

TEST(RulesDossier, OrdreCitesThePacksLegalTextWhenItHasOne) {
    auto pack = RulePack::parse({{"test.textpb", R"(
id: "test" version: "1" jurisdiction: "FR" valid_from: "2026-01-01"
title { fr: "Test" } nearby_radius_km: 10
legal_texts {
  id: "L1110-3-CSP"
  ref { code: "CSP" article: "L1110-3" url: "https://example.org/l1110-3"
        summary { fr: "Résumé du pack pour L1110-3." } }
  text_fr: "Texte du pack."
}
)"}});
    ASSERT_TRUE(pack.ok()) << pack.error().message;
    auto text = buildDossier(*pack, DossierKind::Ordre, DossierFormat::Markdown, sampleInput());
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(
        contains(*text, "Résumé du pack pour L1110-3. (texte : https://example.org/l1110-3)"))
        << *text;
    // R4127-7 is not in that pack: the research's summary stands in.
    EXPECT_TRUE(contains(*text, "avec la même conscience"));
}

TEST(RulesDossier, WrapCountsCharactersAndCutsOverlongWords) {
    using parcours::rules::detail::wrapText;
    EXPECT_EQ(wrapText("été à la mer", 6), (std::vector<std::string>{"été à", "la mer"}));
    EXPECT_EQ(wrapText("abcdefghij", 4, "", ""), (std::vector<std::string>{"abcd", "efgh", "ij"}));
    EXPECT_EQ(wrapText("un deux trois", 8, "- ", "  "),
              (std::vector<std::string>{"- un", "  deux", "  trois"}));
    EXPECT_EQ(wrapText("abcdefgh", 4), (std::vector<std::string>{"abcd", "efgh"}));
    EXPECT_EQ(wrapText("", 10, "1. "), (std::vector<std::string>{"1. "}));
}
