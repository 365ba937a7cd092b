// The request for help to the CPAM (research/rules-fr.md R-NOMT-03/04/06, J-04): the
// fields of the Assurance Maladie questionnaire "Difficultés d'accès à un médecin
// traitant" that the user filled (contact details, account of the facts, medical
// situation, the doctors contacted with where they practise and the reasons given), with
// the dates the questionnaire does not ask for but which make the account checkable.
#include <set>

#include "dossier_parts.hpp"
#include "journal/datetime.hpp"
#include "parcours/journal/exports.hpp"

namespace parcours::rules::detail {
namespace {

using journal::Call;
using journal::Outcome;

struct Counts {
    std::size_t calls = 0, practices = 0, refusals = 0, noAnswers = 0, waitingLists = 0;
};

Counts countCalls(const std::vector<Call>& calls) {
    Counts n;
    std::set<std::string> practices;
    for (const auto& c : calls) {
        ++n.calls;
        practices.insert(c.practice.directoryId.empty()
                             ? "hand:" + c.practice.name + "|" + c.practice.phone
                             : c.practice.directoryId);
        if (journal::isRefusal(c.outcome)) ++n.refusals;
        if (c.outcome == Outcome::NoAnswer || c.outcome == Outcome::Voicemail) ++n.noAnswers;
        if (c.outcome == Outcome::WaitingList) ++n.waitingLists;
    }
    n.practices = practices.size();
    return n;
}

std::string sought(const journal::Demarche& d) {
    switch (d.seeking) {
        case journal::Seeking::MedecinTraitant:
            return "un médecin traitant";
        case journal::Seeking::Specialist:
            return d.specialty.empty() ? "un rendez-vous avec un spécialiste"
                                       : "un rendez-vous avec un spécialiste (" + d.specialty + ")";
        case journal::Seeking::SecondOpinion:
            return d.specialty.empty() ? "un second avis médical"
                                       : "un second avis médical (" + d.specialty + ")";
        case journal::Seeking::Urgent:
            return "une consultation rapide";
    }
    return "un médecin";
}

// The search started when the démarche was opened, or at the first call if the user
// logged calls made before opening it in the app.
std::string searchStart(const DossierInput& in) {
    std::string start = in.demarche.openedAt;
    if (!in.calls.empty()) {
        const auto opened = journal::instantOf(in.demarche.openedAt);
        const auto firstCall = journal::instantOf(in.calls.front().at);
        if (!opened || (firstCall && *firstCall < *opened)) start = in.calls.front().at;
    }
    return dayAndTime(start).day;
}

std::string account(const DossierInput& in, const Counts& n) {
    const std::string since = searchStart(in);
    std::string text = "Je cherche " + sought(in.demarche);
    if (!since.empty()) text += " depuis le " + since;
    text += ". ";
    if (n.calls == 0) return text + "Aucun appel n'est encore noté dans mon journal.";
    text += "J'ai contacté " + std::to_string(n.practices) + " cabinet(s) ou structure(s), en " +
            std::to_string(n.calls) + " appel(s) : " + std::to_string(n.refusals) + " refus, " +
            std::to_string(n.noAnswers) + " sans réponse, " + std::to_string(n.waitingLists) +
            " inscription(s) sur liste d'attente. Le détail de chaque appel figure ci-dessous.";
    return text;
}

std::string notesOf(const Call& c) {
    std::string notes;
    auto add = [&](const std::string& part) {
        if (part.empty()) return;
        if (!notes.empty()) notes += " ; ";
        notes += part;
    };
    if (c.outcome == Outcome::Appointment && !c.appointmentAt.empty()) {
        const auto when = dayAndTime(c.appointmentAt);
        add("Rendez-vous le " + when.day + (when.time.empty() ? "" : " à " + when.time));
    }
    if (c.outcome == Outcome::Referred && !c.referredTo.empty())
        add("Orienté vers " + c.referredTo);
    add(c.note);
    return notes;
}

}  // namespace

Document cpamDocument(const pb::RulePack& pack, const DossierInput& in) {
    (void)pack;
    const Counts n = countCalls(in.calls);
    const bool seekingMt = in.demarche.seeking == journal::Seeking::MedecinTraitant;
    Document doc;
    doc.title = seekingMt ? "Difficultés d'accès à un médecin traitant — demande d'aide"
                          : "Difficultés d'accès aux soins — demande d'aide";
    doc.paragraph(
        "À l'attention de la caisse primaire d'assurance maladie (service "
        "d'accompagnement ou conciliateur).");

    if (auto lines = identityLines(in.identity); !lines.empty()) {
        doc.heading("Coordonnées");
        doc.bullets(std::move(lines));
    }

    doc.heading("Exposé des faits");
    doc.paragraph(account(in, n));
    if (in.profile.medecinTraitantLeft) {
        std::string left = "Mon médecin traitant";
        if (!in.profile.medecinTraitant.empty()) left += " (" + in.profile.medecinTraitant + ")";
        left += " a cessé de me suivre (départ en retraite ou déménagement)";
        if (!in.profile.medecinTraitantLeftOn.empty())
            left += " le " + dayAndTime(in.profile.medecinTraitantLeftOn).day;
        doc.paragraph(left + ".");
    }
    if (in.profile.ald) {
        doc.heading("Situation médicale");
        doc.paragraph(
            "Je suis atteint(e) d'une affection de longue durée (ALD) et j'ai besoin "
            "d'un suivi régulier.");
    }

    doc.heading("Médecins et structures contactés");
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : in.calls) {
        const auto when = dayAndTime(c.at);
        rows.push_back({when.day + (when.time.empty() ? "" : " " + when.time), c.practice.name,
                        c.practice.phone, c.practice.address,
                        std::string(journal::outcomeLabelFr(c.outcome)), c.reason, notesOf(c)});
    }
    if (rows.empty())
        doc.paragraph("Aucun appel noté.");
    else
        doc.table({"Date", "Cabinet", "Téléphone", "Adresse", "Résultat", "Motif donné", "Notes"},
                  std::move(rows));

    doc.heading("Ma demande");
    if (seekingMt)
        doc.paragraph(
            "Je vous demande de m'aider à trouver un médecin traitant, directement ou par "
            "l'organisation coordonnée territoriale de mon secteur (CPTS, maison ou centre de "
            "santé), et, dans l'attente, de ne pas m'appliquer la majoration hors parcours de "
            "soins, cette situation n'étant pas de mon fait.");
    else
        doc.paragraph("Je vous demande de m'aider à obtenir " + sought(in.demarche) +
                      " dans un délai compatible avec mon état de santé.");

    doc.heading("Fondement");
    doc.bullets(
        {"Article L162-5-3 du code de la sécurité sociale : choix du médecin traitant, "
         "avec l'accord de celui-ci ; majoration hors parcours et ses exceptions.",
         "Article L162-15-4 du code de la sécurité sociale : le conciliateur de la "
         "caisse reçoit les réclamations des assurés.",
         "Questionnaire de l'Assurance Maladie « Difficultés d'accès à un médecin "
         "traitant » : ce document en reprend les rubriques."});
    doc.paragraph("Fait le " + dayAndTime(in.today).day + ".");
    return doc;
}

}  // namespace parcours::rules::detail
