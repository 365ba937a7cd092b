<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuaire des structures de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement de l&apos;annuaire en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune structure à afficher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal des démarches et des appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun appel noté. Ouvrez la fiche d&apos;une structure dans l&apos;annuaire et notez ce qu&apos;a donné votre appel : il apparaîtra ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter un appel hors annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter un appel à un cabinet qui n&apos;est pas dans l&apos;annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarche %1, %2, %3 appels dont %4 refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appel(s), dont %2 refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique : %1 appels au fil du temps, refus en rouge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relance le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;appel à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;appel à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la suppression de l&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Modifier l&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter l&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez ce qu&apos;a donné l&apos;appel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez qui vous avez appelé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler sans enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;appel dans le journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet ou médecin appelé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du cabinet ou du médecin appelé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de téléphone appelé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif donné (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif donné par le cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note personnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de relance : AAAA-MM-JJ (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de relance, année-mois-jour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours : trouver un médecin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouver un médecin près de chez vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuaire des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte des structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal des appels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapMarker</name>
    <message numerus="yes">
        <source>%n structures ici, agrandir</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte des structures de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte, zoom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Légende des couleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dézoomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centrer la carte sur Lyon (données d&apos;exemple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masquer la légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher la légende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher les structures autour du centre de la carte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Maison de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soins non programmés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hôpital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Nom, ville, adresse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher une structure de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom, ville ou adresse ; la liste se met à jour pendant la saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer la recherche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureDelegate</name>
    <message>
        <source>%1 · urgences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureSheet</name>
    <message>
        <source>Fiche de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINESS (ministère de la Santé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPPS (Annuaire santé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisie manuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · urgences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de numéro connu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source : %1, données du %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeler %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter un appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter ce qu&apos;a donné un appel à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinéraire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinéraire vers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composez le %1 (numéro copié). Notez ensuite ce qu&apos;a donné l&apos;appel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appels déjà passés ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun appel noté pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Parcours : trouver un médecin en France.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de l&apos;annuaire (sinon $%1, sinon le dossier de données de l&apos;application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvre la fenêtre, attend une liste non vide (10 s au plus), quitte avec 0 si elle s&apos;affiche, 1 sinon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec --self-test : enregistre la fenêtre en PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille de la fenêtre, par exemple 360x640.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page affichée d&apos;abord : list (annuaire), map (carte), sheet (fiche d&apos;une structure), journal, rights (droits), sync, settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure du démarrage : affiche le temps jusqu&apos;à la première image, quitte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument inattendu : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille invalide : %1 (attendu : LARGEURxHAUTEUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page inconnue : %1 (parmi : %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot ne va qu&apos;avec --self-test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::app::DirectoryController</name>
    <message>
        <source>Ouverture de l&apos;annuaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier %1 impossible à créer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir l&apos;annuaire : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier lancement : import de l&apos;annuaire d&apos;exemple…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier temporaire impossible à créer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier %1 introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import de l&apos;annuaire d&apos;exemple impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annuaire fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune structure à proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La structure la plus proche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les %1 structures les plus proches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun résultat pour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 résultat pour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 résultats pour %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::app::JournalController</name>
    <message>
        <source>Impossible d&apos;ouvrir le journal : dossier %1 impossible à créer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le journal n&apos;est pas ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat d&apos;appel inconnu : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel ou résultat inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarche impossible à ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::app::MapMarkerModel</name>
    <message>
        <source>Type de structure inconnu : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::app::MapView</name>
    <message>
        <source>Fond : Natural Earth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>© les contributeurs d&apos;OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
