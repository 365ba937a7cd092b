// French labels for the journal's enums: what the CLI, the exports and the app show.
// Kept apart from the stable ids (records.hpp), which never change with wording.
#include "parcours/journal/exports.hpp"

namespace parcours::journal {

std::string_view outcomeLabelFr(Outcome o) {
    switch (o) {
        case Outcome::Accepted:
            return "Accepté comme médecin traitant";
        case Outcome::Appointment:
            return "Rendez-vous obtenu";
        case Outcome::RefusedNoNewPatients:
            return "Refus : ne prend pas de nouveaux patients";
        case Outcome::RefusedOther:
            return "Refus (autre motif)";
        case Outcome::RefusedDiscrimination:
            return "Refus (discrimination suspectée)";
        case Outcome::NoAnswer:
            return "Pas de réponse";
        case Outcome::Voicemail:
            return "Messagerie";
        case Outcome::WaitingList:
            return "Liste d'attente";
        case Outcome::Referred:
            return "Orienté vers un confrère";
        case Outcome::CallBack:
            return "À rappeler";
    }
    return "?";
}

std::string_view channelLabelFr(Channel c) {
    switch (c) {
        case Channel::Phone:
            return "Téléphone";
        case Channel::OnSite:
            return "Sur place";
        case Channel::OnlineBooking:
            return "Prise de rendez-vous en ligne";
        case Channel::Email:
            return "Courriel";
        case Channel::Letter:
            return "Courrier";
    }
    return "?";
}

std::string_view seekingLabelFr(Seeking s) {
    switch (s) {
        case Seeking::MedecinTraitant:
            return "Médecin traitant";
        case Seeking::Specialist:
            return "Spécialiste";
        case Seeking::SecondOpinion:
            return "Second avis";
        case Seeking::Urgent:
            return "Soins urgents";
    }
    return "?";
}

std::string_view statusLabelFr(DemarcheStatus s) {
    switch (s) {
        case DemarcheStatus::Open:
            return "En cours";
        case DemarcheStatus::Found:
            return "Aboutie";
        case DemarcheStatus::Abandoned:
            return "Abandonnée";
    }
    return "?";
}

}  // namespace parcours::journal
