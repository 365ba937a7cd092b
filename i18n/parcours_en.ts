<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AdviceCard</name>
    <message>
        <source>à vérifier</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <source>Information à vérifier</source>
        <translation>Information to be checked</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Masquer pourquoi ce conseil s&apos;applique</source>
        <translation>Hide why this advice applies</translation>
    </message>
    <message>
        <source>Voir pourquoi ce conseil s&apos;applique</source>
        <translation>See why this advice applies</translation>
    </message>
    <message>
        <source>(version du %1)</source>
        <translation>(version of %1)</translation>
    </message>
    <message>
        <source>Lire le texte officiel</source>
        <translation>Read the official text</translation>
    </message>
    <message>
        <source>Texte officiel de %1</source>
        <translation>Official text of %1</translation>
    </message>
</context>
<context>
    <name>CommunePrompt</name>
    <message>
        <source>Choisir une commune</source>
        <translation>Choose a town</translation>
    </message>
    <message>
        <source>Autour de quelle commune chercher ?</source>
        <translation>Which town should we search around?</translation>
    </message>
    <message>
        <source>Fermer sans choisir de commune</source>
        <translation>Close without choosing a town</translation>
    </message>
    <message>
        <source>Commune, code postal ou adresse</source>
        <translation>Town, postcode or address</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Centrer sur %1</source>
        <translation>Centre on %1</translation>
    </message>
    <message>
        <source>Aucune commune trouvée.</source>
        <translation>No town found.</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Conflit : %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation>Version %1 — %2, %3</translation>
    </message>
    <message>
        <source>sur cet appareil</source>
        <translation>on this device</translation>
    </message>
    <message>
        <source>sur l&apos;appareil %1</source>
        <translation>on device %1</translation>
    </message>
    <message>
        <source> (affichée)</source>
        <translation> (shown)</translation>
    </message>
    <message>
        <source>Garder cette version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <source>Garder la version %1 de %2</source>
        <translation>Keep version %1 of %2</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>%1, année-mois-jour</source>
        <translation>%1, year-month-day</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Fermer le calendrier : %1</source>
        <translation>Close the calendar: %1</translation>
    </message>
    <message>
        <source>Choisir sur un calendrier : %1</source>
        <translation>Pick from a calendar: %1</translation>
    </message>
    <message>
        <source>Effacer : %1</source>
        <translation>Clear: %1</translation>
    </message>
    <message>
        <source>Mois précédent</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Mois suivant</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Calendrier, %1</source>
        <translation>Calendar, %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Annuaire</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Annuaire des structures de santé</source>
        <translation>Directory of health facilities</translation>
    </message>
    <message>
        <source>Chargement de l&apos;annuaire en cours</source>
        <translation>Loading the directory</translation>
    </message>
    <message>
        <source>Structures de santé</source>
        <translation>Health facilities</translation>
    </message>
    <message>
        <source>Aucune structure à afficher.</source>
        <translation>No facility to show.</translation>
    </message>
</context>
<context>
    <name>EstimateSheet</name>
    <message>
        <source>Estimer un remboursement</source>
        <translation>Estimate a reimbursement</translation>
    </message>
    <message>
        <source>Fermer l&apos;estimation</source>
        <translation>Close the estimate</translation>
    </message>
    <message>
        <source>Acte : %1</source>
        <translation>Medical service: %1</translation>
    </message>
    <message>
        <source>Chez mon médecin traitant</source>
        <translation>With my regular doctor</translation>
    </message>
    <message>
        <source>Adressé par mon médecin traitant</source>
        <translation>Referred by my regular doctor</translation>
    </message>
    <message>
        <source>Dans le parcours de soins</source>
        <translation>Within the coordinated care pathway</translation>
    </message>
    <message>
        <source>Hors parcours de soins</source>
        <translation>Outside the coordinated care pathway</translation>
    </message>
    <message>
        <source>À vérifier : certains montants ne sont pas confirmés.</source>
        <translation>To be checked: some amounts are not confirmed.</translation>
    </message>
    <message>
        <source>Tarif de base</source>
        <translation>Base rate</translation>
    </message>
    <message>
        <source>Taux de remboursement</source>
        <translation>Reimbursement rate</translation>
    </message>
    <message>
        <source>Majoration hors parcours</source>
        <translation>Out-of-pathway penalty</translation>
    </message>
    <message>
        <source>Participation forfaitaire</source>
        <translation>Flat-rate contribution</translation>
    </message>
    <message>
        <source>Remboursé par l&apos;Assurance Maladie</source>
        <translation>Reimbursed by the Assurance Maladie</translation>
    </message>
    <message>
        <source>Reste à votre charge (avant complémentaire)</source>
        <translation>Left for you to pay (before top-up insurance)</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Chiffres utilisés</source>
        <translation>Figures used</translation>
    </message>
    <message>
        <source>%1 : %2, depuis le %3</source>
        <translation>%1: %2, since %3</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>to be checked</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Signalement au conseil de l&apos;ordre</source>
        <translation>Report to the Ordre des médecins</translation>
    </message>
    <message>
        <source>Dossier pour la CPAM</source>
        <translation>File for the CPAM</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Annuler sans préparer le document</source>
        <translation>Cancel without preparing the document</translation>
    </message>
    <message>
        <source>Préparer le PDF</source>
        <translation>Prepare PDF</translation>
    </message>
    <message>
        <source>Préparer le document en PDF</source>
        <translation>Prepare the document as a PDF</translation>
    </message>
    <message>
        <source>Facultatif : ce que vous remplissez figure sur le document, rien d&apos;autre. Ces informations ne sont pas enregistrées.</source>
        <translation>Optional: what you fill in appears on the document, nothing else. This information is not saved.</translation>
    </message>
    <message>
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Numéro de sécurité sociale</source>
        <translation>Social security number</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>Email address</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Journal des démarches et des appels</source>
        <translation>Journal of searches and calls</translation>
    </message>
    <message>
        <source>Aucun appel noté. Ouvrez la fiche d&apos;une structure dans l&apos;annuaire et notez ce qu&apos;a donné votre appel : il apparaîtra ici.</source>
        <translation>No call logged yet. Open a facility&apos;s page in the directory and log how your call went: it will show here.</translation>
    </message>
    <message>
        <source>Noter un appel hors annuaire</source>
        <translation>Log a call to a practice not listed</translation>
    </message>
    <message>
        <source>Noter un appel à un cabinet qui n&apos;est pas dans l&apos;annuaire</source>
        <translation>Log a call to a practice that is not in the directory</translation>
    </message>
    <message>
        <source>Démarche %1, %2, %3 appels dont %4 refus</source>
        <translation>Search %1, %2, %3 calls including %4 refusals</translation>
    </message>
    <message>
        <source>%1 appel(s), dont %2 refus</source>
        <translation>%1 call(s), %2 refused</translation>
    </message>
    <message>
        <source>Appels</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>relance le %1</source>
        <translation>follow up on %1</translation>
    </message>
    <message>
        <source>Modifier l&apos;appel à %1</source>
        <translation>Edit the call to %1</translation>
    </message>
    <message>
        <source>Supprimer l&apos;appel à %1</source>
        <translation>Delete the call to %1</translation>
    </message>
    <message>
        <source>Appel supprimé</source>
        <translation>Call deleted</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Annuler la suppression de l&apos;appel</source>
        <translation>Undo the deletion of the call</translation>
    </message>
    <message>
        <source>Rouvrir la démarche ?</source>
        <translation>Reopen the search?</translation>
    </message>
    <message>
        <source>Clore la démarche ?</source>
        <translation>Close the search?</translation>
    </message>
    <message>
        <source>« %1 » redeviendra une démarche en cours : les nouveaux appels pourront y être notés.</source>
        <translation>‘%1’ will become an ongoing search again: new calls can be logged to it.</translation>
    </message>
    <message>
        <source>« %1 » ne sera plus proposée pour les nouveaux appels. Ses appels restent dans le journal, et vous pourrez la rouvrir.</source>
        <translation>‘%1’ will no longer be offered for new calls. Its calls stay in the journal, and you can reopen it.</translation>
    </message>
    <message>
        <source>Issue : %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Annuler, ne rien changer</source>
        <translation>Cancel, change nothing</translation>
    </message>
    <message>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Clore</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Confirmer : rouvrir la démarche</source>
        <translation>Confirm: reopen the search</translation>
    </message>
    <message>
        <source>Confirmer : clore la démarche</source>
        <translation>Confirm: close the search</translation>
    </message>
    <message>
        <source>Clore…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Rouvrir…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Clore la démarche %1</source>
        <translation>Close the search %1</translation>
    </message>
    <message>
        <source>Rouvrir la démarche %1</source>
        <translation>Reopen the search %1</translation>
    </message>
    <message>
        <source>Appels par mois</source>
        <translation>Calls per month</translation>
    </message>
    <message>
        <source>Appels par semaine</source>
        <translation>Calls per week</translation>
    </message>
    <message>
        <source>Graphique : %1 appels dont %2 refus, sur %3 périodes, de %4 à %5</source>
        <translation>Chart: %1 calls including %2 refusals, over %3 periods, from %4 to %5</translation>
    </message>
    <message>
        <source>appels</source>
        <translation>calls</translation>
    </message>
    <message>
        <source>dont refus</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Modifier l&apos;appel</source>
        <translation>Edit the call</translation>
    </message>
    <message>
        <source>Noter l&apos;appel</source>
        <translation>Log the call</translation>
    </message>
    <message>
        <source>Choisissez ce qu&apos;a donné l&apos;appel.</source>
        <translation>Choose how the call went.</translation>
    </message>
    <message>
        <source>Indiquez qui vous avez appelé.</source>
        <translation>Say whom you called.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuler sans enregistrer</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;appel dans le journal</source>
        <translation>Save the call in the journal</translation>
    </message>
    <message>
        <source>Cabinet ou médecin appelé</source>
        <translation>Practice or doctor called</translation>
    </message>
    <message>
        <source>Nom du cabinet ou du médecin appelé</source>
        <translation>Name of the practice or doctor called</translation>
    </message>
    <message>
        <source>Téléphone (facultatif)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>Numéro de téléphone appelé</source>
        <translation>Phone number called</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Motif donné (facultatif)</source>
        <translation>Reason given (optional)</translation>
    </message>
    <message>
        <source>Motif donné par le cabinet</source>
        <translation>Reason the practice gave</translation>
    </message>
    <message>
        <source>Note (facultatif)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Note personnelle</source>
        <translation>Personal note</translation>
    </message>
    <message>
        <source>Date de relance : AAAA-MM-JJ (facultatif)</source>
        <translation>Follow-up date: YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <source>ouverte le %1</source>
        <translation>opened on %1</translation>
    </message>
    <message>
        <source>Nouvelle démarche…</source>
        <translation>New search…</translation>
    </message>
    <message>
        <source>Choisissez la spécialité recherchée.</source>
        <translation>Choose the specialty you are looking for.</translation>
    </message>
    <message>
        <source>Date de relance</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Jour de l&apos;appel</source>
        <translation>Day of the call</translation>
    </message>
    <message>
        <source>Jour de l&apos;appel : AAAA-MM-JJ</source>
        <translation>Day of the call: YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Démarche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Démarche de l&apos;appel : %1</source>
        <translation>Search this call belongs to: %1</translation>
    </message>
    <message>
        <source>Ce que cherche la nouvelle démarche : %1</source>
        <translation>What the new search is for: %1</translation>
    </message>
    <message>
        <source>Spécialité…</source>
        <translation>Specialty…</translation>
    </message>
    <message>
        <source>Spécialité recherchée : %1</source>
        <translation>Specialty sought: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Parcours : trouver un médecin</source>
        <translation>Parcours: find a doctor</translation>
    </message>
    <message>
        <source>Trouver un médecin près de chez vous</source>
        <translation>Find a doctor near you</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Annuaire</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Annuaire des structures</source>
        <translation>Directory of facilities</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Carte des structures</source>
        <translation>Map of facilities</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Journal des appels</source>
        <translation>Journal of calls</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Vos droits et la suite</source>
        <translation>Your rights and next steps</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Synchronisation et réglages</source>
        <translation>Sync and settings</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MapFilterBar</name>
    <message>
        <source>Filtres de la carte</source>
        <translation>Map filters</translation>
    </message>
    <message>
        <source>Urgences</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Ne plus limiter aux services d&apos;urgences</source>
        <translation>Stop limiting to emergency units</translation>
    </message>
    <message>
        <source>Seulement les hôpitaux avec un service d&apos;urgences</source>
        <translation>Only hospitals with an emergency unit</translation>
    </message>
    <message>
        <source>Retirer le filtre : %1</source>
        <translation>Remove the filter: %1</translation>
    </message>
    <message>
        <source>Filtrer : %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Tout rayon</source>
        <translation>Any radius</translation>
    </message>
    <message>
        <source>1 km</source>
        <translation>1 km</translation>
    </message>
    <message>
        <source>2 km</source>
        <translation>2 km</translation>
    </message>
    <message>
        <source>5 km</source>
        <translation>5 km</translation>
    </message>
    <message>
        <source>10 km</source>
        <translation>10 km</translation>
    </message>
    <message>
        <source>20 km</source>
        <translation>20 km</translation>
    </message>
    <message>
        <source>50 km</source>
        <translation>50 km</translation>
    </message>
    <message>
        <source>Rayon de recherche : %1</source>
        <translation>Search radius: %1</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Légende des couleurs</source>
        <translation>Colour legend</translation>
    </message>
    <message>
        <source>Votre position</source>
        <translation>Your location</translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n structures ici, agrandir</source>
        <translation>
            <numerusform>%n facility here, zoom in</numerusform>
            <numerusform>%n facilities here, zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Carte des structures de santé</source>
        <translation>Map of health facilities</translation>
    </message>
    <message>
        <source>Carte, zoom %1</source>
        <translation>Map, zoom %1</translation>
    </message>
    <message>
        <source>Zoomer</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Dézoomer</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Lyon</source>
        <translation>Lyon</translation>
    </message>
    <message>
        <source>Centrer la carte sur Lyon (données d&apos;exemple)</source>
        <translation>Centre the map on Lyon (sample data)</translation>
    </message>
    <message>
        <source>Masquer la légende</source>
        <translation>Hide the legend</translation>
    </message>
    <message>
        <source>Afficher la légende</source>
        <translation>Show the legend</translation>
    </message>
    <message>
        <source>Chercher ici</source>
        <translation>Search here</translation>
    </message>
    <message>
        <source>Chercher les structures autour du centre de la carte</source>
        <translation>Search for facilities around the centre of the map</translation>
    </message>
    <message>
        <source>votre position</source>
        <translation>your location</translation>
    </message>
    <message>
        <source>Pas de position pour l&apos;instant.</source>
        <translation>No location yet.</translation>
    </message>
    <message>
        <source>Votre position</source>
        <translation>Your location</translation>
    </message>
    <message numerus="yes">
        <source>%n structure(s) autour de %1</source>
        <translation>
            <numerusform>%n facility around %1</numerusform>
            <numerusform>%n facilities around %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Afficher la carte</source>
        <translation>Show the map</translation>
    </message>
    <message>
        <source>Structures les plus proches</source>
        <translation>Nearest facilities</translation>
    </message>
    <message>
        <source>Aucune structure pour ces filtres.</source>
        <translation>No facility matches these filters.</translation>
    </message>
    <message>
        <source>Chargement de la carte en cours</source>
        <translation>Loading the map</translation>
    </message>
    <message>
        <source>Position inconnue.</source>
        <translation>Location unknown.</translation>
    </message>
    <message>
        <source>Centrer la carte sur ma position</source>
        <translation>Centre the map on my location</translation>
    </message>
    <message>
        <source>Position inconnue : choisir une commune</source>
        <translation>Location unknown: choose a town</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Chercher autour d&apos;une commune</source>
        <translation>Search around a town</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Afficher la liste des structures les plus proches</source>
        <translation>Show the list of the nearest facilities</translation>
    </message>
    <message>
        <source>centre de la carte</source>
        <translation>centre of the map</translation>
    </message>
</context>
<context>
    <name>MapStructureCard</name>
    <message>
        <source>Fiche</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ouvrir la fiche de %1</source>
        <translation>Open the page of %1</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Maison de santé</source>
        <translation>Multi-professional health centre (MSP)</translation>
    </message>
    <message>
        <source>Centre de santé</source>
        <translation>Health centre</translation>
    </message>
    <message>
        <source>Soins non programmés</source>
        <translation>Walk-in care</translation>
    </message>
    <message>
        <source>Hôpital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Clinique</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Pharmacie</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <source>Équipe de soins primaires</source>
        <translation>Primary care team</translation>
    </message>
    <message>
        <source>Laboratoire</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <source>Déjà appelé : refus</source>
        <translation>Already called: refused</translation>
    </message>
    <message>
        <source>Déjà appelé : accepté, rendez-vous</source>
        <translation>Already called: accepted, appointment</translation>
    </message>
    <message>
        <source>Déjà appelé : en attente, à rappeler</source>
        <translation>Already called: pending, call back</translation>
    </message>
    <message>
        <source>Déjà appelé : pas de réponse</source>
        <translation>Already called: no answer</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>Plus</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Plus : synchronisation et réglages</source>
        <translation>More: sync and settings</translation>
    </message>
    <message>
        <source>Synchroniser</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Échanger le journal avec votre autre appareil par un fichier chiffré</source>
        <translation>Exchange the journal with your other device through an encrypted file</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Profils, commune, données de l&apos;annuaire, langue, thème, à propos</source>
        <translation>Profiles, town, directory data, language, theme, about</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Droits et démarches</source>
        <translation>Rights and procedures</translation>
    </message>
    <message>
        <source>Enregistrer le document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Document saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n refus noté(s)</source>
        <translation>
            <numerusform>%1 — %n refusal logged</numerusform>
            <numerusform>%1 — %n refusals logged</numerusform>
        </translation>
    </message>
    <message>
        <source>À moins de %1 km%2 : %3 maison(s) de santé, %4 centre(s) de santé, %5 CPTS, %6 service(s) d&apos;urgences</source>
        <translation>Within %1 km%2: %3 multi-professional health centre(s) (MSP), %4 health centre(s), %5 CPTS, %6 emergency unit(s)</translation>
    </message>
    <message>
        <source>de %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Votre situation (%1)</source>
        <translation>Your situation (%1)</translation>
    </message>
    <message>
        <source>Votre situation</source>
        <translation>Your situation</translation>
    </message>
    <message>
        <source>Masquer votre situation</source>
        <translation>Hide your situation</translation>
    </message>
    <message>
        <source>Préciser votre situation</source>
        <translation>Describe your situation</translation>
    </message>
    <message>
        <source>C&apos;est urgent</source>
        <translation>It&apos;s urgent</translation>
    </message>
    <message>
        <source>Loin de chez moi</source>
        <translation>Away from home</translation>
    </message>
    <message>
        <source>Remplaçant de mon médecin traitant</source>
        <translation>Locum for my regular doctor</translation>
    </message>
    <message>
        <source>Médecin récemment installé</source>
        <translation>Newly established doctor</translation>
    </message>
    <message>
        <source>Enceinte de 6 mois ou plus</source>
        <translation>6 or more months pregnant</translation>
    </message>
    <message>
        <source>Téléconsultation</source>
        <translation>Teleconsultation</translation>
    </message>
    <message>
        <source>Estimer un remboursement</source>
        <translation>Estimate a reimbursement</translation>
    </message>
    <message>
        <source>Dossier pour la CPAM (PDF)</source>
        <translation>File for the CPAM (PDF)</translation>
    </message>
    <message>
        <source>Préparer le dossier pour la CPAM en PDF</source>
        <translation>Prepare the file for the CPAM (local health insurance fund) as a PDF</translation>
    </message>
    <message>
        <source>Document en préparation</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <source>Composez le %1 (numéro copié).</source>
        <translation>Dial %1 (number copied).</translation>
    </message>
    <message>
        <source>Conseils</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Aucun conseil pour cette démarche aujourd&apos;hui.</source>
        <translation>No advice for this search today.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Nom, ville, adresse…</source>
        <translation>Name, town, address…</translation>
    </message>
    <message>
        <source>Rechercher une structure de santé</source>
        <translation>Search for a health facility</translation>
    </message>
    <message>
        <source>Nom, ville ou adresse ; la liste se met à jour pendant la saisie.</source>
        <translation>Name, town or address; the list updates as you type.</translation>
    </message>
    <message>
        <source>Effacer la recherche</source>
        <translation>Clear the search</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Réglages de Parcours</source>
        <translation>Parcours settings</translation>
    </message>
    <message>
        <source>Fichier FINESS ou OpenStreetMap</source>
        <translation>FINESS or OpenStreetMap file</translation>
    </message>
    <message>
        <source>Données (*.csv *.json *.geojson)</source>
        <translation>Data (*.csv *.json *.geojson)</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Commune de résidence</source>
        <translation>Home town</translation>
    </message>
    <message>
        <source>Nom ou code postal</source>
        <translation>Name or postcode</translation>
    </message>
    <message>
        <source>Chercher une commune par son nom ou son code postal</source>
        <translation>Search for a town by name or postcode</translation>
    </message>
    <message>
        <source>Choisir %1</source>
        <translation>Choose %1</translation>
    </message>
    <message>
        <source>Aucune commune</source>
        <translation>No town</translation>
    </message>
    <message>
        <source>Retirer la commune de résidence</source>
        <translation>Remove the home town</translation>
    </message>
    <message>
        <source>Effacer toutes les données ?</source>
        <translation>Erase all data?</translation>
    </message>
    <message>
        <source>Votre journal (appels, démarches, profils) et l&apos;annuaire seront effacés de cet appareil. Les exports déjà faits ne sont pas touchés.</source>
        <translation>Your journal (calls, searches, profiles) and the directory will be erased from this device. Exports already made are not affected.</translation>
    </message>
    <message>
        <source>Continuer…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <source>Continuer vers l&apos;effacement</source>
        <translation>Continue to erasing</translation>
    </message>
    <message>
        <source>Vraiment tout effacer ?</source>
        <translation>Really erase everything?</translation>
    </message>
    <message>
        <source>Cette action est définitive. Sans export, rien ne pourra être récupéré.</source>
        <translation>This cannot be undone. Without an export, nothing can be recovered.</translation>
    </message>
    <message>
        <source>Tout effacer</source>
        <translation>Erase all</translation>
    </message>
    <message>
        <source>Confirmer : tout effacer</source>
        <translation>Confirm: erase everything</translation>
    </message>
    <message>
        <source>Profils</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Profil %1</source>
        <translation>Profile %1</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nom du profil</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Né(e) en</source>
        <translation>Born in</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>non renseignée</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Choisir la commune…</source>
        <translation>Choose the town…</translation>
    </message>
    <message>
        <source>Choisir la commune de résidence de %1</source>
        <translation>Choose the home town of %1</translation>
    </message>
    <message>
        <source>Nom (ex. Léa)</source>
        <translation>Name (e.g. Léa)</translation>
    </message>
    <message>
        <source>Nom du nouveau profil</source>
        <translation>Name of the new profile</translation>
    </message>
    <message>
        <source>Année de naissance du nouveau profil</source>
        <translation>Year of birth of the new profile</translation>
    </message>
    <message>
        <source>Ajouter un profil</source>
        <translation>Add a profile</translation>
    </message>
    <message>
        <source>Ajouter ce profil</source>
        <translation>Add this profile</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Fond de carte intégré (hors ligne)</source>
        <translation>Built-in basemap (offline)</translation>
    </message>
    <message>
        <source>OpenStreetMap (en ligne)</source>
        <translation>OpenStreetMap (online)</translation>
    </message>
    <message>
        <source>Tuiles enregistrées sur cet appareil</source>
        <translation>Tiles saved on this device</translation>
    </message>
    <message>
        <source>Modèle d&apos;adresse des tuiles</source>
        <translation>Tile address template</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Données de l&apos;annuaire</source>
        <translation>Directory data</translation>
    </message>
    <message>
        <source>%1 : %2 structures, importées le %3</source>
        <translation>%1: %2 facilities, imported on %3</translation>
    </message>
    <message>
        <source>Importer un fichier…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Importer un fichier FINESS ou OpenStreetMap</source>
        <translation>Import a FINESS or OpenStreetMap file</translation>
    </message>
    <message>
        <source>Mettre à jour depuis data.gouv.fr</source>
        <translation>Update from data.gouv.fr</translation>
    </message>
    <message>
        <source>Télécharger et importer la dernière extraction FINESS</source>
        <translation>Download and import the latest FINESS extract</translation>
    </message>
    <message>
        <source>Adresse de l&apos;extraction FINESS</source>
        <translation>Address of the FINESS extract</translation>
    </message>
    <message>
        <source>Avancement de l&apos;import</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Import réussi : %1 structures (%2), %3 lignes ignorées</source>
        <translation>Import done: %1 facilities (%2), %3 lines skipped</translation>
    </message>
    <message>
        <source>Effacer toutes les données…</source>
        <translation>Erase all data…</translation>
    </message>
    <message>
        <source>Effacer toutes les données de cet appareil</source>
        <translation>Erase all data from this device</translation>
    </message>
    <message>
        <source>Vos données seront effacées au prochain démarrage : quittez puis relancez Parcours pour repartir de zéro.</source>
        <translation>Your data will be erased at the next start: quit and restart Parcours to start afresh.</translation>
    </message>
    <message>
        <source>Quitter Parcours</source>
        <translation>Quit Parcours</translation>
    </message>
    <message>
        <source>Quitter Parcours pour effacer les données</source>
        <translation>Quit Parcours to erase the data</translation>
    </message>
    <message>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Parcours, version %1</source>
        <translation>Parcours, version %1</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Comme le système</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Thème : %1</source>
        <translation>Theme: %1</translation>
    </message>
</context>
<context>
    <name>StructureDelegate</name>
    <message>
        <source>%1 · urgences</source>
        <translation>%1 · emergency unit</translation>
    </message>
    <message>
        <source>à %1</source>
        <translation>%1 away</translation>
    </message>
</context>
<context>
    <name>StructureSheet</name>
    <message>
        <source>Fiche de %1</source>
        <translation>Page of %1</translation>
    </message>
    <message>
        <source>FINESS (ministère de la Santé)</source>
        <translation>FINESS (Ministry of Health)</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>RPPS (Annuaire santé)</source>
        <translation>RPPS (Annuaire santé)</translation>
    </message>
    <message>
        <source>saisie manuelle</source>
        <translation>typed by hand</translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>%1 · urgences</source>
        <translation>%1 · emergency unit</translation>
    </message>
    <message>
        <source>Adresse : %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Pas de numéro connu</source>
        <translation>No known number</translation>
    </message>
    <message>
        <source>À %1</source>
        <translation>%1 away</translation>
    </message>
    <message>
        <source>Source : %1, données du %2</source>
        <translation>Source: %1, data of %2</translation>
    </message>
    <message>
        <source>Source : %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Appeler</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Appeler %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Noter un appel</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <source>Noter ce qu&apos;a donné un appel à %1</source>
        <translation>Log how a call to %1 went</translation>
    </message>
    <message>
        <source>Itinéraire</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Itinéraire vers %1</source>
        <translation>Directions to %1</translation>
    </message>
    <message>
        <source>Composez le %1 (numéro copié). Notez ensuite ce qu&apos;a donné l&apos;appel.</source>
        <translation>Dial %1 (number copied). Then log how the call went.</translation>
    </message>
    <message>
        <source>Appels déjà passés ici</source>
        <translation>Calls already made here</translation>
    </message>
    <message>
        <source>Aucun appel noté pour l&apos;instant.</source>
        <translation>No call logged yet.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Synchroniser le journal entre appareils</source>
        <translation>Sync the journal between devices</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;export</source>
        <translation>Save the export</translation>
    </message>
    <message>
        <source>Export Parcours (*.parcours)</source>
        <translation>Parcours export (*.parcours)</translation>
    </message>
    <message>
        <source>Choisir un export Parcours</source>
        <translation>Choose a Parcours export</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Travail en cours</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Exporter vers un autre appareil</source>
        <translation>Export to another device</translation>
    </message>
    <message>
        <source>Le fichier contient tout votre journal, chiffré avec cette phrase de passe. Notez-la : il faudra la saisir sur l&apos;autre appareil.</source>
        <translation>The file holds your whole journal, encrypted with this passphrase. Write it down: you will need to enter it on the other device.</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Phrase de passe de l&apos;export</source>
        <translation>Passphrase for the export</translation>
    </message>
    <message>
        <source>Une phrase de passe est nécessaire</source>
        <translation>A passphrase is required</translation>
    </message>
    <message>
        <source>Phrase de passe solide</source>
        <translation>Strong passphrase</translation>
    </message>
    <message>
        <source>Phrase de passe faible : préférez la suggestion</source>
        <translation>Weak passphrase: better use the suggestion</translation>
    </message>
    <message>
        <source>Autre suggestion</source>
        <translation>Another suggestion</translation>
    </message>
    <message>
        <source>Suggérer une autre phrase de passe</source>
        <translation>Suggest another passphrase</translation>
    </message>
    <message>
        <source>Exporter et partager…</source>
        <translation>Export and share…</translation>
    </message>
    <message>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Exporter le journal et le partager</source>
        <translation>Export the journal and share it</translation>
    </message>
    <message>
        <source>Exporter le journal dans un fichier</source>
        <translation>Export the journal to a file</translation>
    </message>
    <message>
        <source>Exporté : %1 (%2 versions)</source>
        <translation>Exported: %1 (%2 versions)</translation>
    </message>
    <message>
        <source>Importer depuis un autre appareil</source>
        <translation>Import from another device</translation>
    </message>
    <message>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Choisir un export Parcours à importer</source>
        <translation>Choose a Parcours export to import</translation>
    </message>
    <message>
        <source>%1 — exporté par « %2 » le %3%4</source>
        <translation>%1 — exported by ‘%2’ on %3%4</translation>
    </message>
    <message>
        <source>appareil sans nom</source>
        <translation>unnamed device</translation>
    </message>
    <message>
        <source>, chiffré</source>
        <translation>, encrypted</translation>
    </message>
    <message>
        <source>, non chiffré</source>
        <translation>, not encrypted</translation>
    </message>
    <message>
        <source>Phrase de passe du fichier à importer</source>
        <translation>Passphrase of the file to import</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importer ce fichier</source>
        <translation>Import this file</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Annuler l&apos;import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Import terminé : %1 ajouté(s), %2 mis à jour, %3 inchangé(s), %4 conflit(s).</source>
        <translation>Import finished: %1 added, %2 updated, %3 unchanged, %4 conflict(s).</translation>
    </message>
    <message>
        <source> L&apos;horloge de l&apos;autre appareil est en avance de plus d&apos;un jour.</source>
        <translation> The other device&apos;s clock is more than a day ahead.</translation>
    </message>
    <message>
        <source>Conflits à régler (%1)</source>
        <translation>Conflicts to resolve (%1)</translation>
    </message>
    <message>
        <source>Aucun conflit : vos appareils sont d&apos;accord.</source>
        <translation>No conflicts: your devices agree.</translation>
    </message>
    <message>
        <source>Ces éléments ont été modifiés sur deux appareils avant un échange. Rien n&apos;est perdu : choisissez la version à garder.</source>
        <translation>These items were changed on two devices before an exchange. Nothing is lost: choose the version to keep.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Parcours : trouver un médecin en France.</source>
        <translation>Parcours: find a doctor in France.</translation>
    </message>
    <message>
        <source>Fichier de l&apos;annuaire (sinon $%1, sinon le dossier de données de l&apos;application).</source>
        <translation>Directory file (else $%1, else the app&apos;s data folder).</translation>
    </message>
    <message>
        <source>Ouvre la fenêtre, attend une liste non vide (10 s au plus), quitte avec 0 si elle s&apos;affiche, 1 sinon.</source>
        <translation>Opens the window, waits for a non-empty list (10 s at most), exits with 0 if it shows, 1 otherwise.</translation>
    </message>
    <message>
        <source>Avec --self-test : enregistre la fenêtre en PNG.</source>
        <translation>With --self-test: saves the window as PNG.</translation>
    </message>
    <message>
        <source>Taille de la fenêtre, par exemple 360x640.</source>
        <translation>Window size, for example 360x640.</translation>
    </message>
    <message>
        <source>Page affichée d&apos;abord : list (annuaire), map (carte), sheet (fiche d&apos;une structure), journal, rights (droits), sync, settings.</source>
        <translation>Page shown first: list (directory), map, sheet (a facility&apos;s page), journal, rights, sync, settings.</translation>
    </message>
    <message>
        <source>Mesure du démarrage : affiche le temps jusqu&apos;à la première image, quitte.</source>
        <translation>Start-up measurement: prints the time to the first frame, then quits.</translation>
    </message>
    <message>
        <source>Argument inattendu : %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Taille invalide : %1 (attendu : LARGEURxHAUTEUR)</source>
        <translation>Invalid size: %1 (expected: WIDTHxHEIGHT)</translation>
    </message>
    <message>
        <source>Page inconnue : %1 (parmi : %2)</source>
        <translation>Unknown page: %1 (one of: %2)</translation>
    </message>
    <message>
        <source>--screenshot ne va qu&apos;avec --self-test</source>
        <translation>--screenshot only goes with --self-test</translation>
    </message>
    <message>
        <source>Rejoue un fichier NMEA comme position (essais, démonstrations ; sinon $%1, sinon la position de l&apos;appareil).</source>
        <translation>Replays an NMEA file as the location (tests, demos; else $%1, else the device&apos;s location).</translation>
    </message>
    <message>
        <source>Un fichier de synchronisation .parcours à ouvrir (page Synchronisation).</source>
        <translation>A .parcours sync file to open (Sync page).</translation>
    </message>
    <message>
        <source>Fichier NMEA illisible : %1</source>
        <translation>Unreadable NMEA file: %1</translation>
    </message>
    <message>
        <source>Fichier introuvable : %1</source>
        <translation>File not found: %1</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas un fichier : %1</source>
        <translation>Not a file: %1</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas un fichier de synchronisation Parcours (.%1) : %2</source>
        <translation>Not a Parcours sync file (.%1): %2</translation>
    </message>
</context>
<context>
    <name>parcours::app::DesktopDocumentSharer</name>
    <message>
        <source>Aucun emplacement choisi pour le document</source>
        <translation>No place chosen to save the document</translation>
    </message>
    <message>
        <source>Document introuvable : %1</source>
        <translation>Document not found: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer %1 : %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>parcours::app::DirectoryController</name>
    <message>
        <source>Ouverture de l&apos;annuaire…</source>
        <translation>Opening the directory…</translation>
    </message>
    <message>
        <source>dossier %1 impossible à créer</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir l&apos;annuaire : %1</source>
        <translation>Cannot open the directory: %1</translation>
    </message>
    <message>
        <source>Premier lancement : import de l&apos;annuaire d&apos;exemple…</source>
        <translation>First run: importing the sample directory…</translation>
    </message>
    <message>
        <source>dossier temporaire impossible à créer</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>fichier %1 introuvable</source>
        <translation>file %1 not found</translation>
    </message>
    <message>
        <source>Import de l&apos;annuaire d&apos;exemple impossible : %1</source>
        <translation>Cannot import the sample directory: %1</translation>
    </message>
    <message>
        <source>annuaire fermé</source>
        <translation>directory closed</translation>
    </message>
    <message>
        <source>Recherche impossible : %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>Aucune structure à proximité</source>
        <translation>No facility nearby</translation>
    </message>
    <message>
        <source>La structure la plus proche</source>
        <translation>The nearest facility</translation>
    </message>
    <message>
        <source>Les %1 structures les plus proches</source>
        <translation>The %1 nearest facilities</translation>
    </message>
    <message>
        <source>Aucun résultat pour %1</source>
        <translation>No result for %1</translation>
    </message>
    <message>
        <source>1 résultat pour %1</source>
        <translation>1 result for %1</translation>
    </message>
    <message>
        <source>%1 résultats pour %2</source>
        <translation>%1 results for %2</translation>
    </message>
</context>
<context>
    <name>parcours::app::Documents</name>
    <message>
        <source>PDF non produit pour %1</source>
        <translation>PDF not produced for %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>parcours::app::JournalController</name>
    <message>
        <source>Impossible d&apos;ouvrir le journal : dossier %1 impossible à créer</source>
        <translation>Cannot open the journal: cannot create the folder %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le journal</source>
        <translation>Cannot open the journal</translation>
    </message>
    <message>
        <source>Le journal n&apos;est pas ouvert</source>
        <translation>The journal is not open</translation>
    </message>
    <message>
        <source>Résultat d&apos;appel inconnu : %1</source>
        <translation>Unknown call outcome: %1</translation>
    </message>
    <message>
        <source>Appel non enregistré</source>
        <translation>Call not saved</translation>
    </message>
    <message>
        <source>Appel ou résultat inconnu</source>
        <translation>Unknown call or outcome</translation>
    </message>
    <message>
        <source>Appel introuvable</source>
        <translation>Call not found</translation>
    </message>
    <message>
        <source>Modification non enregistrée</source>
        <translation>Change not saved</translation>
    </message>
    <message>
        <source>Appel inconnu</source>
        <translation>Unknown call</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Annulation impossible</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Journal illisible</source>
        <translation>Journal unreadable</translation>
    </message>
    <message>
        <source>Démarche impossible à ouvrir</source>
        <translation>Cannot open a search</translation>
    </message>
    <message>
        <source>Date de l&apos;appel refusée</source>
        <translation>Call date rejected</translation>
    </message>
    <message>
        <source>Démarche inconnue : %1</source>
        <translation>Unknown search: %1</translation>
    </message>
    <message>
        <source>Type de démarche inconnu : %1</source>
        <translation>Unknown kind of search: %1</translation>
    </message>
    <message>
        <source>Démarche non ouverte</source>
        <translation>Search not opened</translation>
    </message>
    <message>
        <source>Démarche ou issue inconnue</source>
        <translation>Unknown search or outcome</translation>
    </message>
    <message>
        <source>Démarche non close</source>
        <translation>Search not closed</translation>
    </message>
    <message>
        <source>Démarche non rouverte</source>
        <translation>Search not reopened</translation>
    </message>
</context>
<context>
    <name>parcours::app::MapMarkerModel</name>
    <message>
        <source>Type de structure inconnu : %1</source>
        <translation>Unknown facility kind: %1</translation>
    </message>
</context>
<context>
    <name>parcours::app::MapSearch</name>
    <message>
        <source>Annuaire illisible (%1) : %2</source>
        <translation>Directory unreadable (%1): %2</translation>
    </message>
    <message>
        <source>Type de structure inconnu : %1</source>
        <translation>Unknown facility kind: %1</translation>
    </message>
</context>
<context>
    <name>parcours::app::MapView</name>
    <message>
        <source>Fond : Natural Earth</source>
        <translation>Basemap: Natural Earth</translation>
    </message>
    <message>
        <source>© les contributeurs d&apos;OpenStreetMap</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
</context>
<context>
    <name>parcours::app::PositionProvider</name>
    <message>
        <source>Fichier NMEA illisible : %1</source>
        <translation>Unreadable NMEA file: %1</translation>
    </message>
    <message>
        <source>Aucune source de position sur cet appareil.</source>
        <translation>No location source on this device.</translation>
    </message>
    <message>
        <source>Aucune source de position.</source>
        <translation>No location source.</translation>
    </message>
    <message>
        <source>L&apos;accès à la position est refusé.</source>
        <translation>Access to location is denied.</translation>
    </message>
    <message>
        <source>La position est désactivée.</source>
        <translation>Location is turned off.</translation>
    </message>
    <message>
        <source>Pas de position pour l&apos;instant.</source>
        <translation>No location yet.</translation>
    </message>
    <message>
        <source>Position indisponible.</source>
        <translation>Location unavailable.</translation>
    </message>
</context>
<context>
    <name>parcours::app::RightsController</name>
    <message>
        <source>Demande d&apos;aide pour trouver un médecin traitant</source>
        <translation>Request for help finding a regular doctor (médecin traitant)</translation>
    </message>
    <message>
        <source>Signalement d&apos;un refus de soins discriminatoire</source>
        <translation>Report of a discriminatory refusal of care</translation>
    </message>
    <message>
        <source>Le journal n&apos;est pas ouvert</source>
        <translation>The journal is not open</translation>
    </message>
    <message>
        <source>Démarche inconnue : %1</source>
        <translation>Unknown search: %1</translation>
    </message>
    <message>
        <source>Démarche illisible : %1</source>
        <translation>Unreadable search: %1</translation>
    </message>
    <message>
        <source>Conseils indisponibles : %1</source>
        <translation>Advice unavailable: %1</translation>
    </message>
    <message>
        <source>Document inconnu : %1</source>
        <translation>Unknown document: %1</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Aucun document à partager</source>
        <translation>No document to share</translation>
    </message>
</context>
<context>
    <name>parcours::app::SettingsController</name>
    <message>
        <source>Profils illisibles</source>
        <translation>Profiles unreadable</translation>
    </message>
    <message>
        <source>Profil non ajouté</source>
        <translation>Profile not added</translation>
    </message>
    <message>
        <source>journal fermé</source>
        <translation>journal closed</translation>
    </message>
    <message>
        <source>Profil non modifié</source>
        <translation>Profile not changed</translation>
    </message>
    <message>
        <source>Recherche de commune impossible</source>
        <translation>Town search failed</translation>
    </message>
    <message>
        <source>Source de tuiles inconnue</source>
        <translation>Unknown tile source</translation>
    </message>
    <message>
        <source>Modèle de tuiles refusé</source>
        <translation>Tile template rejected</translation>
    </message>
    <message>
        <source>%1 : il faut une adresse file:// avec {z}, {x} et {y}</source>
        <translation>%1: a file:// address with {z}, {x} and {y} is needed</translation>
    </message>
    <message>
        <source>Langue inconnue</source>
        <translation>Unknown language</translation>
    </message>
    <message>
        <source>Adresse refusée</source>
        <translation>Address rejected</translation>
    </message>
    <message>
        <source>FINESS (fichier national des établissements sanitaires et sociaux)</source>
        <translation>FINESS (national register of health and social care establishments)</translation>
    </message>
    <message>
        <source>Ministère chargé de la santé, via data.gouv.fr</source>
        <translation>Ministry responsible for health, via data.gouv.fr</translation>
    </message>
    <message>
        <source>© les contributeurs d&apos;OpenStreetMap</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>Domaine public</source>
        <translation>Public domain</translation>
    </message>
    <message>
        <source>Fond de carte (côtes et frontières)</source>
        <translation>Basemap (coastlines and borders)</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas un fichier local</source>
        <translation>%1 is not a local file</translation>
    </message>
    <message>
        <source>Import de %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import de %1 refusé, l&apos;annuaire n&apos;a pas changé</source>
        <translation>Import of %1 rejected, the directory is unchanged</translation>
    </message>
    <message>
        <source>Téléchargement impossible</source>
        <translation>Download failed</translation>
    </message>
    <message>
        <source>dossier temporaire impossible à créer</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>Téléchargement depuis %1…</source>
        <translation>Downloading from %1…</translation>
    </message>
    <message>
        <source>Téléchargement impossible, l&apos;annuaire n&apos;a pas changé</source>
        <translation>Download failed, the directory is unchanged</translation>
    </message>
    <message>
        <source>l&apos;extraction FINESS</source>
        <translation>the FINESS extract</translation>
    </message>
    <message>
        <source>Effacement impossible</source>
        <translation>Cannot erase</translation>
    </message>
    <message>
        <source>préférences non enregistrées</source>
        <translation>preferences not saved</translation>
    </message>
</context>
<context>
    <name>parcours::app::SyncController</name>
    <message>
        <source>Export impossible : %1 n&apos;est pas un fichier local</source>
        <translation>Export failed: %1 is not a local file</translation>
    </message>
    <message>
        <source>Le partage n&apos;est pas disponible sur cet appareil</source>
        <translation>Sharing is not available on this device</translation>
    </message>
    <message>
        <source>Export impossible : choisissez une phrase de passe</source>
        <translation>Export failed: choose a passphrase</translation>
    </message>
    <message>
        <source>Chiffrement et écriture du fichier…</source>
        <translation>Encrypting and writing the file…</translation>
    </message>
    <message>
        <source>Export impossible : %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Fichier illisible : %1 n&apos;est pas un fichier local</source>
        <translation>Unreadable file: %1 is not a local file</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un export Parcours lisible : %1</source>
        <translation>This file is not a readable Parcours export: %1</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un fichier à importer</source>
        <translation>First choose a file to import</translation>
    </message>
    <message>
        <source>Déchiffrement et fusion…</source>
        <translation>Decrypting and merging…</translation>
    </message>
    <message>
        <source>Import impossible, rien n&apos;a changé : %1</source>
        <translation>Import failed, nothing changed: %1</translation>
    </message>
    <message>
        <source>Conflits illisibles : %1</source>
        <translation>Conflicts unreadable: %1</translation>
    </message>
    <message>
        <source>Version introuvable</source>
        <translation>Version not found</translation>
    </message>
    <message>
        <source>Impossible de garder cette version : %1</source>
        <translation>Cannot keep this version: %1</translation>
    </message>
</context>
</TS>
