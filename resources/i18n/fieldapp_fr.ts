<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>AgentDialog</name>
    <message>
        <source>Field agent</source>
        <translation>Agent de terrain</translation>
    </message>
    <message>
        <source>Your name is recorded with every registration and change made in this session.</source>
        <translation>Votre nom est enregistré avec chaque inscription et chaque modification faite dans cette séance.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Agent &amp;name</source>
        <translation>&amp;Nom de l&apos;agent</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans préinscription</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimée</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Craft</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Questions pending</source>
        <translation>Questions incomplètes</translation>
    </message>
    <message>
        <source>Checklist not printed</source>
        <translation>Fiche non imprimée</translation>
    </message>
    <message>
        <source>Expected, not arrived</source>
        <translation>Attendus, pas encore arrivés</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Open at the desk</source>
        <translation>Ouvrir à l&apos;accueil</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>AttendeeFormView</name>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic</source>
        <translation>Nom en &amp;arabe</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation>Nom en lettres &amp;latines</translation>
    </message>
    <message>
        <source>&amp;CIN</source>
        <translation>&amp;CIN</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>Année de &amp;naissance</translation>
    </message>
    <message>
        <source>C&amp;raft</source>
        <translation>&amp;Métier</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>Co&amp;mmune</source>
        <translation>C&amp;ommune</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>e.g. JA123456</source>
        <translation>ex. JA123456</translation>
    </message>
    <message>
        <source>e.g. 0612345678</source>
        <translation>ex. 0612345678</translation>
    </message>
    <message>
        <source>e.g. 1980</source>
        <translation>ex. 1980</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>The attendee agrees to the processing of these data</source>
        <translation>Le participant accepte le traitement de ces données</translation>
    </message>
    <message>
        <source>Read to the attendee: the chamber keeps these details to follow up your file (crafts register, health insurance); they are not shared for any other purpose.</source>
        <translation>À lire au participant : la chambre conserve ces informations pour suivre votre dossier (registre de l&apos;artisanat, assurance maladie) ; elles ne sont utilisées à aucune autre fin.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Search by CIN, phone or name, in Arabic or Latin letters (Ctrl+F)</source>
        <translation>Rechercher par CIN, téléphone ou nom, en arabe ou en lettres latines (Ctrl+F)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation>Nouvel arrivant (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print checklist (Ctrl+P)</source>
        <translation>Imprimer la fiche (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The data could not be saved or read:</source>
        <translation>Les données n&apos;ont pas pu être enregistrées ou lues :</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe; the details were written to the log file.</source>
        <translation>Une erreur s&apos;est produite. Votre travail enregistré est en sécurité ; les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Select the session to import the list into (or create one first).</source>
        <translation>Sélectionnez la séance dans laquelle importer la liste (ou créez-en une d&apos;abord).</translation>
    </message>
    <message>
        <source>Pre-registration list</source>
        <translation>Liste de préinscription</translation>
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
        <source>Save the attendee first (Ctrl+S), then print.</source>
        <translation>Enregistrez d&apos;abord le participant (Ctrl+S), puis imprimez.</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export attendance sheet</source>
        <translation>Exporter la feuille de présence</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Bilan de la séance</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
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
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier des données : %1</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Sélectionnez d&apos;abord une séance.</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Clôturer la séance</translation>
    </message>
    <message>
        <source>Mark this session as closed? Registrations stay; the day is over.</source>
        <translation>Clôturer cette séance ? Les inscriptions sont conservées ; la journée est terminée.</translation>
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
    <name>OutcomesView</name>
    <message>
        <source>Checklist preview</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <source>Answer the questions to see the outcomes.</source>
        <translation>Répondez aux questions pour voir les résultats.</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation>Valeurs calculées</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Print the checklist</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>The checklist was sent to the printer.</source>
        <translation>La fiche a été envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Preparing the checklists…</source>
        <translation>Préparation des fiches…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was recorded as printed.</source>
        <translation>Impression annulée ; rien n&apos;a été noté comme imprimé.</translation>
    </message>
    <message>
        <source>%1 checklists printed.</source>
        <translation>%1 fiches imprimées.</translation>
    </message>
    <message>
        <source>Every checklist of this session is already printed.</source>
        <translation>Toutes les fiches de cette séance sont déjà imprimées.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Open a session to see its questions.</source>
        <translation>Ouvrez une séance pour voir ses questions.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>%1 found. Down arrow to choose, Enter to open or check in.</source>
        <translation>%1 trouvé(s). Flèche bas pour choisir, Entrée pour ouvrir ou pointer l&apos;arrivée.</translation>
    </message>
    <message>
        <source>Nobody found: Ctrl+N registers a new walk-in.</source>
        <translation>Personne : Ctrl+N pour inscrire un nouvel arrivant.</translation>
    </message>
    <message>
        <source>Not checked in: consent is needed.</source>
        <translation>Arrivée non pointée : le consentement est nécessaire.</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>Arrivée de %1 pointée.</translation>
    </message>
    <message>
        <source>Check in %1?

The attendee agrees that the chamber keeps these details to follow up the file (crafts register, health insurance).</source>
        <translation>Pointer l&apos;arrivée de %1 ?

Le participant accepte que la chambre conserve ces informations pour suivre son dossier (registre de l&apos;artisanat, assurance maladie).</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Pointer l&apos;arrivée</translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation>Nouvel arrivant</translation>
    </message>
    <message>
        <source>New registration from an earlier session</source>
        <translation>Nouvelle inscription à partir d&apos;une séance précédente</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>The details were saved, but some answers were refused: correct them.</source>
        <translation>Les informations sont enregistrées, mais certaines réponses sont refusées : corrigez-les.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Recovered what was being typed before the application stopped. Check and save.</source>
        <translation>Saisie récupérée après l&apos;arrêt de l&apos;application. Vérifiez puis enregistrez.</translation>
    </message>
</context>
<context>
    <name>RepeatGroup</name>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Retirer la personne %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Registered here</source>
        <translation>Inscrit ici</translation>
    </message>
    <message>
        <source>Pre-registered: Enter to check in</source>
        <translation>Préinscrit : Entrée pour pointer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Known from %1, %2</source>
        <translation>Connu de la séance de %1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
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
        <translation>ex. AMO, registre national de l&apos;artisanat</translation>
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
        <translation>Aucune séance pour l&apos;instant. Créez-en une avec « Nouvelle séance » (Ctrl+N), puis importez la liste de pré-inscription (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Registration desk (Ctrl+D)</source>
        <translation>Accueil (Ctrl+D)</translation>
    </message>
    <message>
        <source>Attendance list (Ctrl+L)</source>
        <translation>Liste de présence (Ctrl+L)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>Present: %1 · questions pending: %2 · not printed: %3 · expected: %4</source>
        <translation>Présents : %1 · questions incomplètes : %2 · non imprimées : %3 · attendus : %4</translation>
    </message>
    <message>
        <source>Delete attendee</source>
        <translation>Supprimer le participant</translation>
    </message>
    <message>
        <source>Delete %1 from this session? This cannot be undone here.</source>
        <translation>Supprimer %1 de cette séance ? Impossible d&apos;annuler ici.</translation>
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
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Attendee</source>
        <translation>&amp;Participant</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <source>&amp;Open session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Modifier la séance…</translation>
    </message>
    <message>
        <source>&amp;Import pre-registration list…</source>
        <translation>&amp;Importer la liste de préinscription…</translation>
    </message>
    <message>
        <source>Mark session &amp;closed</source>
        <translation>&amp;Clôturer la séance</translation>
    </message>
    <message>
        <source>&amp;Back to the session list</source>
        <translation>&amp;Retour à la liste des séances</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Rechercher une personne</translation>
    </message>
    <message>
        <source>&amp;New walk-in</source>
        <translation>&amp;Nouvel arrivant</translation>
    </message>
    <message>
        <source>&amp;Check in / open the selected person</source>
        <translation>&amp;Pointer / ouvrir la personne choisie</translation>
    </message>
    <message>
        <source>&amp;Save attendee and answers</source>
        <translation>&amp;Enregistrer le participant et ses réponses</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Save checklist as P&amp;DF…</source>
        <translation>Enregistrer la fiche en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Delete attendee…</source>
        <translation>&amp;Supprimer le participant…</translation>
    </message>
    <message>
        <source>Print all &amp;unprinted checklists…</source>
        <translation>Imprimer toutes les fiches &amp;non imprimées…</translation>
    </message>
    <message>
        <source>&amp;Export attendance sheet (PDF, CSV, XLSX)…</source>
        <translation>&amp;Exporter la feuille de présence (PDF, CSV, XLSX)…</translation>
    </message>
    <message>
        <source>Session &amp;summary (PDF)…</source>
        <translation>&amp;Bilan de la séance (PDF)…</translation>
    </message>
    <message>
        <source>Registration &amp;desk</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Attendance list</source>
        <translation>&amp;Liste de présence</translation>
    </message>
    <message>
        <source>&amp;About fieldapp</source>
        <translation>À &amp;propos de fieldapp</translation>
    </message>
</context>
</TS>
