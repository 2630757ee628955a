<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>The data could not be saved or read:</source>
            <translation>Les données n'ont pas pu être enregistrées ou lues :</translation>
        </message>
        <message>
            <source>Something went wrong. Your saved work is safe; the details were written to the log file.</source>
            <translation>Une erreur s'est produite. Votre travail enregistré est en sécurité ; les détails ont été écrits dans le journal.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>Rapport d'importation</translation>
        </message>
        <message>
            <source>%1: %2 imported, %3 duplicates, %4 rejected rows.</source>
            <translation>%1 : %2 importés, %3 doublons, %4 lignes rejetées.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Duplicate: %1</source>
            <translation>Doublon : %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>fieldapp — outreach days</source>
            <translation>fieldapp — journées de sensibilisation</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Séance</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nouvelle séance…</translation>
        </message>
        <message>
            <source>&amp;Edit session…</source>
            <translation>&amp;Modifier la séance…</translation>
        </message>
        <message>
            <source>&amp;Import pre-registration list…</source>
            <translation>&amp;Importer la liste de pré-inscription…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;About fieldapp</source>
            <translation>À &amp;propos de fieldapp</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Dossier des données : %1</translation>
        </message>
        <message>
            <source>Select a session first.</source>
            <translation>Sélectionnez d'abord une séance.</translation>
        </message>
        <message>
            <source>Select the session to import the list into (or create one first).</source>
            <translation>Sélectionnez la séance où importer la liste (ou créez-en une d'abord).</translation>
        </message>
        <message>
            <source>Pre-registration list</source>
            <translation>Liste de pré-inscription</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
        </message>
        <message>
            <source>About fieldapp</source>
            <translation>À propos de fieldapp</translation>
        </message>
        <message>
            <source>fieldapp %1
Offline registration and guidance for crafts outreach days.
Data folder: %2</source>
            <translation>fieldapp %1
Inscription et orientation hors ligne pour les journées de sensibilisation des artisans.
Dossier des données : %2</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Edit session</source>
            <translation>Modifier la séance</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>Town where the outreach day is held</source>
            <translation>Ville où se tient la journée de sensibilisation</translation>
        </message>
        <message>
            <source>e.g. Green March hall</source>
            <translation>ex. salle de la Marche Verte</translation>
        </message>
        <message>
            <source>Separate partners with commas</source>
            <translation>Séparez les partenaires par des virgules</translation>
        </message>
        <message>
            <source>e.g. AMO, national crafts register</source>
            <translation>ex. AMO, registre national de l'artisanat</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>&amp;Salle</translation>
        </message>
        <message>
            <source>P&amp;rovince</source>
            <translation>P&amp;rovince</translation>
        </message>
        <message>
            <source>P&amp;artners</source>
            <translation>P&amp;artenaires</translation>
        </message>
        <message>
            <source>&amp;Topics</source>
            <translation>&amp;Thèmes</translation>
        </message>
        <message>
            <source>&amp;Form</source>
            <translation>&amp;Formulaire</translation>
        </message>
    </context>
    <context>
        <name>SessionListView</name>
        <message>
            <source>Outreach sessions on this laptop</source>
            <translation>Séances de sensibilisation sur cet ordinateur</translation>
        </message>
        <message>
            <source>No session yet. Create one with “New session” (Ctrl+N), then import the pre-registration list (Ctrl+I).</source>
            <translation>Aucune séance pour l'instant. Créez-en une avec « Nouvelle séance » (Ctrl+N), puis importez la liste de pré-inscription (Ctrl+I).</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
    </context>
</TS>