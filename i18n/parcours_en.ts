<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
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
        <source>Graphique : %1 appels au fil du temps, refus en rouge</source>
        <translation>Chart: %1 calls over time, refusals in red</translation>
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
        <source>Date de relance, année-mois-jour</source>
        <translation>Follow-up date, year-month-day</translation>
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
        <source>Légende des couleurs</source>
        <translation>Colour legend</translation>
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
</context>
<context>
    <name>parcours::app::MapMarkerModel</name>
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
</TS>
