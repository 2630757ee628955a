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
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>%1: a possible number, but not one the numbering plan assigns: confirm it with the person</source>
        <translation>%1 : numéro possible, mais non attribué dans le plan de numérotation : confirmez-le avec la personne</translation>
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
    <message>
        <source>Undo check-in</source>
        <translation>Annuler l&apos;arrivée</translation>
    </message>
    <message>
        <source>The selected person did not come after all: back to expected (recorded)</source>
        <translation>La personne choisie n&apos;est finalement pas venue : de nouveau attendue (enregistré)</translation>
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
    <message>
        <source>A possible number, but not one the plan assigns: confirm it with the person.</source>
        <translation>Numéro possible, mais non attribué dans le plan : confirmez-le avec la personne.</translation>
    </message>
</context>
<context>
    <name>DamagedStartDialog</name>
    <message>
        <source>&amp;Restore the latest backup (%1)</source>
        <translation>&amp;Restaurer la dernière sauvegarde (%1)</translation>
    </message>
    <message>
        <source>The damaged file is kept beside the restored one. Records saved after the backup are not in it: enter them again or import them from a bundle.</source>
        <translation>Le fichier endommagé est gardé à côté de celui restauré. Les fiches enregistrées après la sauvegarde n’y sont pas : saisissez-les à nouveau ou importez-les d’un paquet.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <source>Office database</source>
        <translation>Base de données du bureau</translation>
    </message>
    <message>
        <source>This PC&apos;s own &amp;file (one clerk)</source>
        <translation>Le &amp;fichier de ce PC (un seul agent)</translation>
    </message>
    <message>
        <source>A Postgre&amp;SQL server (several clerks)</source>
        <translation>Un serveur Postgre&amp;SQL (plusieurs agents)</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Adresse de la base de données</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;Adresse de la base :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>No password in the URL: it goes in the PGPASSFILE file (or .pgpass) of this PC. A new setting takes effect at the next start.</source>
        <translation>Pas de mot de passe dans l’adresse : il va dans le fichier PGPASSFILE (ou .pgpass) de ce PC. Un nouveau réglage prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Set on this computer by the variable %1, which overrides this setting: %2. To choose here, remove the variable.</source>
        <translation>Fixé sur cet ordinateur par la variable %1, qui l’emporte sur ce réglage : %2. Pour choisir ici, supprimez la variable.</translation>
    </message>
    <message>
        <source>this PC&apos;s own file</source>
        <translation>le fichier de ce PC</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: %1. The database holds no office registry yet: it is made there when the office opens it.</source>
        <translation>Connecté : %1. La base ne contient pas encore de registre du bureau : il y sera créé quand le bureau l’ouvrira.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1, %Ln people in the registry.</source>
        <translation>
            <numerusform>Connecté : %1, %Ln personne dans le registre.</numerusform>
            <numerusform>Connecté : %1, %Ln personnes dans le registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: the office registry will be in %1. Close fieldapp and start it again to use it (the office open now keeps its database until then).</source>
        <translation>Enregistré : le registre du bureau sera dans %1. Fermez fieldapp et relancez-le pour l’utiliser (le bureau ouvert garde sa base jusque-là).</translation>
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
    <name>DuplicateDecisions</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>why (kept with your name)</source>
        <translation>pourquoi (gardé avec votre nom)</translation>
    </message>
    <message>
        <source>&amp;Merge into one person</source>
        <translation>&amp;Fusionner en une personne</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <source>Merged: one person now.</source>
        <translation>Fusionné : une seule personne désormais.</translation>
    </message>
    <message>
        <source>Kept apart: this group is not proposed again.</source>
        <translation>Gardés séparés : ce groupe ne sera plus proposé.</translation>
    </message>
    <message>
        <source>Select a registration of the group first.</source>
        <translation>Choisissez d&apos;abord une inscription du groupe.</translation>
    </message>
    <message>
        <source>Say why first: the reason is kept with your name.</source>
        <translation>Indiquez d&apos;abord pourquoi : le motif est gardé avec votre nom.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the office</source>
        <translation>Enrôler auprès de la chambre</translation>
    </message>
    <message>
        <source>This profile comes from:</source>
        <translation>Ce profil provient de :</translation>
    </message>
    <message>
        <source>Compare every group with the fingerprint the office reads out to you (or shows on its screen). Install only if they are all the same.</source>
        <translation>Comparez chaque groupe avec l’empreinte que la chambre vous lit (ou affiche sur son écran). N’installez que si tous les groupes sont identiques.</translation>
    </message>
    <message>
        <source>Replace the office this laptop is enrolled with (deliver its bundles first)</source>
        <translation>Remplacer la chambre de cet ordinateur (livrez d’abord ses paquets)</translation>
    </message>
    <message>
        <source>This laptop is enrolled with another office (%1).</source>
        <translation>Cet ordinateur est enrôlé auprès d’une autre chambre (%1).</translation>
    </message>
    <message>
        <source>&amp;Install this profile</source>
        <translation>&amp;Installer ce profil</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Enrolled with %1. Forms installed: %2. Known people: %3.</source>
        <translation>Enrôlé auprès de %1. Formulaires installés : %2. Personnes connues : %3.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (CIN %2) from the office registry?</source>
        <translation>Effacer du registre du bureau les données personnelles de %1 (CIN %2) ?</translation>
    </message>
    <message>
        <source>Erased from every registration with this CIN: names, CIN, phone, gender, birth year, craft, place, questionnaire answers, follow-up, and the values in the audit trail. Kept: record ids, the sessions attended, when records were made and changed, and which laptop and agent wrote them, so that an older bundle cannot bring the person back. This cannot be undone; delete the person on the laptop that registered them too.</source>
        <translation>Effacés de chaque inscription portant cette CIN : noms, CIN, téléphone, sexe, année de naissance, métier, lieu, réponses au questionnaire, suivi, et les valeurs du journal des modifications. Conservés : les identifiants des fiches, les séances suivies, les dates de création et de modification, l’ordinateur et l’agent qui les ont écrites, pour qu’un paquet plus ancien ne puisse pas faire revenir la personne. C’est définitif ; supprimez aussi la personne sur l’ordinateur qui l’a inscrite.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export sync bundle</source>
        <translation>Exporter un paquet de synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>Everything not yet delivered to the office (%Ln records)</source>
        <translation>
            <numerusform>Tout ce qui n’a pas encore été livré à la chambre (%Ln enregistrement)</numerusform>
            <numerusform>Tout ce qui n’a pas encore été livré à la chambre (%Ln enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>All of one &amp;session:</source>
        <translation>Toute une &amp;séance :</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>As a &amp;file…</source>
        <translation>Comme &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Save to (USB stick):</source>
        <translation>&amp;Enregistrer dans (clé USB) :</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a chamber office yet, so a bundle cannot be encrypted. Open Settings (Ctrl+,), choose “Enrol with the office…” and install the profile the office gave you.</source>
        <translation>Cet ordinateur n’est pas encore enrôlé auprès d’une chambre : le paquet ne peut pas être chiffré. Ouvrez les Paramètres (Ctrl+,), choisissez « Enrôler auprès de la chambre… » et installez le profil que la chambre vous a remis.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for: %1</source>
        <translation>Le paquet est chiffré pour : %1</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Paquet écrit</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Where to save the bundle</source>
        <translation>Où enregistrer le paquet</translation>
    </message>
    <message>
        <source>Sync bundle (*.fieldbundle)</source>
        <translation>Paquet de synchronisation (*.fieldbundle)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choisissez où enregistrer le paquet.</translation>
    </message>
    <message>
        <source>File: %1
Folder: %2
Bundle number: %3

Records in it:
%4

Encrypted for the office: %5

What to do next:
1. Take the USB stick to the chamber office.
2. The office imports the bundle and gives back a receipt file (%6).
3. Bring the receipt back and choose Sync → Import receipt… so these records are marked delivered. Until then they stay on this laptop as “not yet delivered”.</source>
        <translation>Fichier : %1
Dossier : %2
Numéro du paquet : %3

Enregistrements :
%4

Chiffré pour la chambre : %5

Ensuite :
1. Portez la clé USB à la chambre.
2. La chambre importe le paquet et vous remet un accusé de réception (%6).
3. Rapportez l’accusé et choisissez Synchronisation → Importer un accusé de réception… pour marquer ces enregistrements livrés. D’ici là, ils restent sur cet ordinateur comme « pas encore livrés ».</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>    of whom present: %1 (walk-ins: %2), expected not arrived: %3, absent: %4</source>
        <translation>    dont présents : %1 (sans préinscription : %2), attendus non arrivés : %3, absents : %4</translation>
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
    <name>FollowUpPanel</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Save &amp;follow-up</source>
        <translation>Enregistrer le &amp;suivi</translation>
    </message>
    <message>
        <source>Select a person in the list.</source>
        <translation>Sélectionnez une personne dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), first %2, last %3 in %4.</source>
        <translation>
            <numerusform>%n séance, le %3 à %4.</numerusform>
            <numerusform>%n séances, la première le %2, la dernière le %3 à %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has not attended a session yet.</source>
        <translation>N&apos;a encore assisté à aucune journée.</translation>
    </message>
    <message numerus="yes">
        <source>Pre-registered for %n session(s) not attended: to call.</source>
        <translation>
            <numerusform>Préinscrit à %n journée sans venir : à appeler.</numerusform>
            <numerusform>Préinscrit à %n journées sans venir : à appeler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import sync bundles</source>
        <translation>Importer des paquets de synchronisation</translation>
    </message>
    <message>
        <source>Add the bundle files from the USB stick, or drop them on this window.</source>
        <translation>Ajoutez les fichiers de paquets de la clé USB, ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Sync bundles</source>
        <translation>Paquets de synchronisation</translation>
    </message>
    <message>
        <source>Sync bundles (*%1);;All files (*)</source>
        <translation>Paquets de synchronisation (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Fichier %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1 : %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln importé</numerusform>
            <numerusform>%Ln importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates</source>
        <translation>
            <numerusform>%Ln doublon</numerusform>
            <numerusform>%Ln doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected rows</source>
        <translation>
            <numerusform>%Ln ligne refusée</numerusform>
            <numerusform>%Ln lignes refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
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
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>Imported, to check: %1</source>
        <translation>Importée, à vérifier : %1</translation>
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
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Save rows to correct…</source>
        <translation>&amp;Enregistrer les lignes à corriger…</translation>
    </message>
    <message>
        <source>Save the refused and warned rows as a CSV file, with a &apos;problem&apos; column: correct them in a spreadsheet, then import the file again.</source>
        <translation>Enregistrez les lignes refusées et signalées dans un fichier CSV avec une colonne « problem » : corrigez-les dans un tableur, puis importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Save rows to correct</source>
        <translation>Enregistrer les lignes à corriger</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Le fichier n&apos;a pas pu être écrit (%1). Choisissez un autre dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows saved to %1. Correct them, then import this file again.</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans %1. Corrigez-la, puis importez à nouveau ce fichier.</numerusform>
            <numerusform>%Ln lignes enregistrées dans %1. Corrigez-les, puis importez à nouveau ce fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged records; %4 conflicts and %5 possible duplicates to review; %6 files refused.</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 inchangés ; %4 conflits et %5 doublons possibles à examiner ; %6 fichiers refusés.</translation>
    </message>
    <message>
        <source>Refused: laptop %1 is not trusted by this office (fingerprint %2). Compare the fingerprint with the laptop&apos;s, then press “Trust this laptop and import again” below.</source>
        <translation>Refusé : l’ordinateur %1 n’est pas reconnu par le bureau (empreinte %2). Comparez l’empreinte avec celle de l’ordinateur, puis appuyez sur « Faire confiance à cet ordinateur et réimporter » ci-dessous.</translation>
    </message>
    <message>
        <source>Receipt for the laptop: %1</source>
        <translation>Accusé de réception pour l’ordinateur : %1</translation>
    </message>
    <message>
        <source>Unknown laptop: %1</source>
        <translation>Ordinateur inconnu : %1</translation>
    </message>
    <message>
        <source>This bundle claims to come from a laptop this office trusts, but it is signed with another key. It was refused; do not trust it.</source>
        <translation>Ce paquet prétend venir d’un ordinateur auquel la chambre fait confiance, mais il est signé avec une autre clé. Il a été refusé ; ne lui faites pas confiance.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the laptop shows (Settings, “This laptop&apos;s key fingerprint”). Trust it only if every group is the same.</source>
        <translation>Comparez cette empreinte avec celle que montre l’ordinateur (Paramètres, « Empreinte de la clé de cet ordinateur »). Ne lui faites confiance que si tous les groupes sont identiques.</translation>
    </message>
    <message>
        <source>&amp;Trust this laptop and import again</source>
        <translation>&amp;Faire confiance à cet ordinateur et réimporter</translation>
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
    <message>
        <source>fieldapp — office registry</source>
        <translation>fieldapp — registre de la chambre</translation>
    </message>
</context>
<context>
    <name>MoveConfirmation</name>
    <message>
        <source>Move the registry</source>
        <translation>Déplacer le registre</translation>
    </message>
    <message>
        <source>Copy this office&apos;s registry to %1 and use it from now on?</source>
        <translation>Copier le registre de ce bureau dans %1 et l&apos;utiliser désormais ?</translation>
    </message>
    <message>
        <source>Every table is copied and checked (row counts and content). The office file on this computer is left as it is. The database must be empty. Other clerks&apos; computers then use the same server; restart fieldapp after the move.</source>
        <translation>Chaque table est copiée et vérifiée (nombre de lignes et contenu). Le fichier du bureau sur cet ordinateur est laissé tel quel. La base doit être vide. Les ordinateurs des autres agents utilisent ensuite le même serveur ; redémarrez fieldapp après le déplacement.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the registry to a PostgreSQL server</source>
        <translation>Déplacer le registre vers un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>For several clerks at once: chamber IT creates an empty PostgreSQL database and gives you its address (the password goes in the PGPASSFILE file, never in the address). See the office guide, “PostgreSQL”.</source>
        <translation>Pour plusieurs agents à la fois : le service informatique de la chambre crée une base PostgreSQL vide et vous donne son adresse (le mot de passe va dans le fichier PGPASSFILE, jamais dans l&apos;adresse). Voir le guide du bureau, « PostgreSQL ».</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Copying and checking…</source>
        <translation>Copie et vérification…</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables copied and checked; the office file was left untouched. The office now uses %3: restart fieldapp.</source>
        <translation>%1 lignes de %2 tables copiées et vérifiées ; le fichier du bureau est resté intact. Le bureau utilise désormais %3 : redémarrez fieldapp.</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to %1</source>
        <translation>
            <numerusform>%n personne écrite dans %1</numerusform>
            <numerusform>%n personnes écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>Suivi enregistré.</translation>
    </message>
</context>
<context>
    <name>OfficeTexts</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Told to register in the RNA, not yet registered</source>
        <translation>Orienté vers le RNA, pas encore inscrit</translation>
    </message>
    <message>
        <source>Told to enrol in AMO, not yet enrolled</source>
        <translation>Orienté vers l’AMO, pas encore affilié</translation>
    </message>
    <message>
        <source>Follow-up open</source>
        <translation>Suivi ouvert</translation>
    </message>
    <message>
        <source>Returning (two sessions or more)</source>
        <translation>Revenus (deux séances ou plus)</translation>
    </message>
    <message>
        <source>Without a CIN</source>
        <translation>Sans CIN</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Printed checklists</source>
        <translation>Check-lists imprimées</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d’audit</translation>
    </message>
    <message>
        <source>Decrypting and verifying</source>
        <translation>Déchiffrement et vérification</translation>
    </message>
    <message>
        <source>Checking laptop, forms and records</source>
        <translation>Contrôle de l’ordinateur, des formulaires et des enregistrements</translation>
    </message>
    <message>
        <source>Merging into the registry</source>
        <translation>Fusion dans le registre</translation>
    </message>
    <message>
        <source>Writing the receipt</source>
        <translation>Écriture de l’accusé de réception</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already imported, nothing changed</source>
        <translation>Déjà importé, rien n’a changé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a chamber office yet. Open Settings (Ctrl+,) and choose “Enrol with the office…” with the profile the office gave you.</source>
        <translation>Cet ordinateur n’est pas encore enrôlé auprès d’une chambre. Ouvrez les Paramètres (Ctrl+,) et choisissez « Enrôler auprès de la chambre… » avec le profil que la chambre vous a remis.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Refusé :</translation>
    </message>
    <message>
        <source>The file could not be read or written:</source>
        <translation>Le fichier n’a pas pu être lu ou écrit :</translation>
    </message>
    <message>
        <source>Pre-registered, did not come (to call)</source>
        <translation>Préinscrits non venus (à appeler)</translation>
    </message>
</context>
<context>
    <name>OfficeView</name>
    <message>
        <source>Erase this person&apos;s personal data…</source>
        <translation>Effacer les données personnelles de cette personne…</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased from %Ln registration(s).</source>
        <translation>
            <numerusform>Données personnelles effacées de %Ln inscription.</numerusform>
            <numerusform>Données personnelles effacées de %Ln inscriptions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Registry of people (all laptops, all sessions)</source>
        <translation>Registre des personnes (tous les ordinateurs, toutes les séances)</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importer des paquets…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>E&amp;xport this list (CSV, XLSX)…</source>
        <translation>E&amp;xporter cette liste (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>People (Ctrl+1)</source>
        <translation>Personnes (Ctrl+1)</translation>
    </message>
    <message>
        <source>Possible duplicates (Ctrl+2)</source>
        <translation>Doublons possibles (Ctrl+2)</translation>
    </message>
    <message>
        <source>Registrations of different people whose names look alike (in Arabic or Latin letters) with the same birth year or phone. Review them: merge them into one person, or mark them as not a duplicate. Nothing is merged automatically.</source>
        <translation>Inscriptions de personnes différentes dont les noms se ressemblent (en lettres arabes ou latines) avec la même année de naissance ou le même téléphone. Examinez-les : fusionnez-les en une personne, ou marquez-les comme pas un doublon. Rien n&apos;est fusionné automatiquement.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates: %1 (Ctrl+2)</source>
        <translation>Doublons possibles : %1 (Ctrl+2)</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Office keys passphrase</source>
        <translation>Phrase secrète des clés du bureau</translation>
    </message>
    <message>
        <source>Protect the office keys</source>
        <translation>Protéger les clés du bureau</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Retapez-la :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Protect the keys</source>
        <translation>&amp;Protéger les clés</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>The office keys are protected by a passphrase. Type it to import bundles and to sign receipts and profiles; it is asked once per session.</source>
        <translation>Les clés du bureau sont protégées par une phrase secrète. Saisissez-la pour importer des paquets et signer reçus et profils ; elle est demandée une fois par session.</translation>
    </message>
    <message numerus="yes">
        <source>The office keys on this computer have no passphrase: anyone who copies the office folder can read every bundle. Choose a passphrase of at least %n characters; it will be asked when the office app starts or an import begins. Keep it safe: without it no bundle can be read.</source>
        <translation>
            <numerusform>Les clés du bureau sur cet ordinateur n&apos;ont pas de phrase secrète : qui copie le dossier du bureau peut lire tous les paquets. Choisissez une phrase secrète d&apos;au moins %n caractère ; elle sera demandée au démarrage de l&apos;application du bureau ou au début d&apos;une importation. Gardez-la en lieu sûr : sans elle, aucun paquet ne se lit.</numerusform>
            <numerusform>Les clés du bureau sur cet ordinateur n&apos;ont pas de phrase secrète : qui copie le dossier du bureau peut lire tous les paquets. Choisissez une phrase secrète d&apos;au moins %n caractères ; elle sera demandée au démarrage de l&apos;application du bureau ou au début d&apos;une importation. Gardez-la en lieu sûr : sans elle, aucun paquet ne se lit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice. The keys stay the same: the laptops need no new enrolment.</source>
        <translation>Saisissez la phrase secrète actuelle, puis deux fois la nouvelle. Les clés restent les mêmes : les ordinateurs n&apos;ont pas à être réinscrits.</translation>
    </message>
    <message>
        <source>Opening the keys… (a few seconds)</source>
        <translation>Ouverture des clés… (quelques secondes)</translation>
    </message>
    <message>
        <source>Encrypting the keys… (a few seconds)</source>
        <translation>Chiffrement des clés… (quelques secondes)</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <source>Not yet delivered</source>
        <translation>Pas encore livré</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Attendees not delivered</source>
        <translation>Participants non livrés</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>Importer un &amp;accusé de réception…</translation>
    </message>
    <message>
        <source>Sessions with attendees not yet delivered:</source>
        <translation>Séances dont des participants ne sont pas encore livrés :</translation>
    </message>
    <message>
        <source>Enrolled with: %1</source>
        <translation>Enrôlé auprès de : %1</translation>
    </message>
    <message>
        <source>Not enrolled with a chamber office yet (Settings, Ctrl+,).</source>
        <translation>Pas encore enrôlé auprès d’une chambre (Paramètres, Ctrl+,).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records are not yet delivered to the office.</source>
        <translation>
            <numerusform>%Ln enregistrement n’est pas encore livré à la chambre.</numerusform>
            <numerusform>%Ln enregistrements ne sont pas encore livrés à la chambre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything has been delivered to the office.</source>
        <translation>Tout a été livré à la chambre.</translation>
    </message>
    <message>
        <source>Last bundle: number %1, written %2.</source>
        <translation>Dernier paquet : numéro %1, écrit le %2.</translation>
    </message>
    <message>
        <source>No bundle exported yet.</source>
        <translation>Aucun paquet exporté pour l’instant.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Print the checklist</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>The checklist was printed to %1.</source>
        <translation>La fiche a été imprimée dans %1.</translation>
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
    <message numerus="yes">
        <source>%n checklist(s) printed.</source>
        <translation>
            <numerusform>%n fiche imprimée.</numerusform>
            <numerusform>%n fiches imprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed, questionnaire not complete: %1</source>
        <translation>Non imprimées, questionnaire incomplet : %1</translation>
    </message>
    <message>
        <source>Every checklist of this session is already printed.</source>
        <translation>Toutes les fiches de cette séance sont déjà imprimées.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Write deployment profile</source>
        <translation>Écrire le profil de déploiement</translation>
    </message>
    <message>
        <source>Include the registry snapshot</source>
        <translation>Inclure l’instantané du registre</translation>
    </message>
    <message>
        <source>The snapshot lets a laptop recognise a returning artisan by CIN. It holds no names, phone numbers or CIN in clear, only keyed hashes; still, delete the profile from the stick after enrolment.</source>
        <translation>L’instantané permet à un ordinateur de reconnaître un artisan qui revient, par sa CIN. Il ne contient ni noms, ni téléphones, ni CIN en clair, seulement des empreintes à clé ; supprimez quand même le profil de la clé après l’enrôlement.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nom de la chambre :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Write profile</source>
        <translation>&amp;Écrire le profil</translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation>Profil de déploiement</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>Profil (*.json)</translation>
    </message>
    <message>
        <source>Give the office name and the file to write.</source>
        <translation>Indiquez le nom de la chambre et le fichier à écrire.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Profile written to %1.
Fingerprint: %2
Forms: %3. Known people: %4.
On each laptop: Settings → Enrol with the office, and compare the fingerprint.</source>
        <translation>Profil écrit dans %1.
Empreinte : %2
Formulaires : %3. Personnes connues : %4.
Sur chaque ordinateur : Paramètres → Enrôler auprès de la chambre, et comparez l’empreinte.</translation>
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
    <message numerus="yes">
        <source>%n found. Down arrow to choose, Enter to open or check in.</source>
        <translation>
            <numerusform>%n trouvé. Flèche bas pour choisir, Entrée pour ouvrir ou pointer l&apos;arrivée.</numerusform>
            <numerusform>%n trouvés. Flèche bas pour choisir, Entrée pour ouvrir ou pointer l&apos;arrivée.</numerusform>
        </translation>
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
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>What was typed for this person is not saved. Drop it and go on?</source>
        <translation>Ce qui a été saisi pour cette personne n&apos;est pas enregistré. L&apos;abandonner et continuer ?</translation>
    </message>
    <message>
        <source>New registration from an earlier session</source>
        <translation>Nouvelle inscription à partir d&apos;une séance précédente</translation>
    </message>
    <message>
        <source>Registered here as %1: F2 opens them.</source>
        <translation>Déjà enregistrée ici : %1. F2 pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Already known with this CIN: %1. F2 opens them.</source>
        <translation>Personne déjà connue avec cette CIN : %1. F2 pour l&apos;ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>Known to the office: %n session(s), the last in %1 on %2.</source>
        <translation>
            <numerusform>Connue du bureau : %n séance, la dernière à %1 le %2.</numerusform>
            <numerusform>Connue du bureau : %n séances, la dernière à %1 le %2.</numerusform>
        </translation>
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
    <message>
        <source>Type the date as 01/08/2025, 1-8-2025 or 2025-08-01, or pick it (Alt+Down).</source>
        <translation>Tapez la date sous la forme 01/08/2025, 1-8-2025 ou 2025-08-01, ou choisissez-la (Alt+Bas).</translation>
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
        <source>Imported from a laptop: read-only at the office.</source>
        <translation>Importée d&apos;un portable : en lecture seule au bureau.</translation>
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
        <translation>Inscrits</translation>
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
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sans préinscription</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This computer is</source>
        <translation>Cet ordinateur est</translation>
    </message>
    <message>
        <source>A field &amp;laptop: registers attendees, exports bundles</source>
        <translation>Un ordinateur de &amp;terrain : inscrit les participants, exporte les paquets</translation>
    </message>
    <message>
        <source>The chamber &amp;office: imports bundles, keeps the registry</source>
        <translation>Le &amp;bureau de la chambre : importe les paquets, tient le registre</translation>
    </message>
    <message>
        <source>Enrolment with the chamber office</source>
        <translation>Enrôlement auprès de la chambre</translation>
    </message>
    <message>
        <source>&amp;Enrol with the office…</source>
        <translation>&amp;Enrôler auprès de la chambre…</translation>
    </message>
    <message>
        <source>This laptop&apos;s key fingerprint (the office checks it):</source>
        <translation>Empreinte de la clé de cet ordinateur (la chambre la vérifie) :</translation>
    </message>
    <message>
        <source>Office identity</source>
        <translation>Identité de la chambre</translation>
    </message>
    <message>
        <source>&amp;Create the office identity</source>
        <translation>&amp;Créer l’identité de la chambre</translation>
    </message>
    <message>
        <source>&amp;Write deployment profile…</source>
        <translation>É&amp;crire le profil de déploiement…</translation>
    </message>
    <message>
        <source>&amp;Move the registry to a PostgreSQL server…</source>
        <translation>&amp;Déplacer le registre vers un serveur PostgreSQL…</translation>
    </message>
    <message>
        <source>Enrolled with: %1</source>
        <translation>Enrôlé auprès de : %1</translation>
    </message>
    <message>
        <source>Not enrolled yet: bundles cannot be exported until this laptop is enrolled.</source>
        <translation>Pas encore enrôlé : aucun paquet ne peut être exporté avant l’enrôlement de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer has no office keys yet. Create them once, on the office computer.</source>
        <translation>Cet ordinateur n’a pas encore de clés de chambre. Créez-les une seule fois, sur l’ordinateur du bureau.</translation>
    </message>
    <message>
        <source>Office fingerprint (read it out to the laptops). Keys in %1: back this folder up.</source>
        <translation>Empreinte de la chambre (lisez-la aux ordinateurs). Clés dans %1 : sauvegardez ce dossier.</translation>
    </message>
    <message>
        <source>C&amp;hange the keys&apos; passphrase…</source>
        <translation>C&amp;hanger la phrase secrète des clés…</translation>
    </message>
    <message>
        <source>&amp;Protect the keys with a passphrase…</source>
        <translation>&amp;Protéger les clés par une phrase secrète…</translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation>Profil de déploiement</translation>
    </message>
    <message>
        <source>Profile (*.json);;All files (*)</source>
        <translation>Profil (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SplitButton</name>
    <message>
        <source>S&amp;plit this person…</source>
        <translation>Sé&amp;parer cette personne…</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split a person</source>
        <translation>Séparer une personne</translation>
    </message>
    <message>
        <source>Tick the registrations that are another person (for example a relative who used the same CIN).</source>
        <translation>Cochez les inscriptions qui sont une autre personne (par exemple un parent qui a utilisé la même CIN).</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Séparer</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Receipt from the office</source>
        <translation>Accusé de réception de la chambre</translation>
    </message>
    <message>
        <source>Receipts (*.receipt.json *.json);;All files (*)</source>
        <translation>Accusés de réception (*.receipt.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Receipt for bundle %1: %Ln records marked delivered.</source>
        <translation>
            <numerusform>Accusé de réception du paquet %1 : %Ln enregistrement marqué livré.</numerusform>
            <numerusform>Accusé de réception du paquet %1 : %Ln enregistrements marqués livrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records were changed after the export: they stay pending and go in the next bundle.</source>
        <translation>
            <numerusform>%Ln enregistrement a été modifié après l’export : il reste en attente et partira dans le prochain paquet.</numerusform>
            <numerusform>%Ln enregistrements ont été modifiés après l’export : ils restent en attente et partiront dans le prochain paquet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still not delivered: %Ln records.</source>
        <translation>
            <numerusform>Pas encore livré : %Ln enregistrement.</numerusform>
            <numerusform>Pas encore livrés : %Ln enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>(This receipt had been imported before.)</source>
        <translation>(Cet accusé de réception avait déjà été importé.)</translation>
    </message>
    <message>
        <source>Everything has been delivered to the office.</source>
        <translation>Tout a été livré à la chambre.</translation>
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
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
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
        <source>Field &amp;sessions</source>
        <translation>&amp;Séances de terrain</translation>
    </message>
    <message>
        <source>&amp;Office registry</source>
        <translation>&amp;Registre de la chambre</translation>
    </message>
    <message>
        <source>&amp;Export sync bundle…</source>
        <translation>&amp;Exporter un paquet de synchronisation…</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>Importer un &amp;accusé de réception…</translation>
    </message>
    <message>
        <source>&amp;Not yet delivered…</source>
        <translation>&amp;Pas encore livré…</translation>
    </message>
    <message>
        <source>&amp;Import bundles (office)…</source>
        <translation>&amp;Importer des paquets (chambre)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About fieldapp</source>
        <translation>À &amp;propos de fieldapp</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <source>Office registry: PostgreSQL database %1</source>
        <translation>Registre de la chambre : base PostgreSQL %1</translation>
    </message>
    <message>
        <source>Office registry: SQLite file %1</source>
        <translation>Registre de la chambre : fichier SQLite %1</translation>
    </message>
</context>
</TS>
