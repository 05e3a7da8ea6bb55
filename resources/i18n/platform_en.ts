<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
  <context>
    <name>about</name>
    <message>
      <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Logiciel des postes de carrosserie : Car-Pass, contrôles commerce véhicules, location de véhicules de remplacement.&lt;br&gt;Base : {db}</source>
      <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Software for body-shop stations: Car-Pass, vehicle-trade controls, replacement-car rentals.&lt;br&gt;Database: {db}</translation>
    </message>
    <message>
      <source>Ctrl+F : filtrer la liste
F5 : actualiser la liste
Entrée : ouvrir la ligne
Espace : cocher la ligne
Ctrl+S ou F10 : enregistrer
Échap : abandonner la saisie
F1 : aide du champ
Ctrl+1 à Ctrl+9 : module
Ctrl+Tab : onglet suivant
Ctrl+Q : quitter</source>
      <translation>Ctrl+F: filter the list
F5: reload the list
Enter: open the row
Space: tick the row
Ctrl+S or F10: save
Esc: discard changes
F1: field help
Ctrl+1 to Ctrl+9: module
Ctrl+Tab: next tab
Ctrl+Q: quit</translation>
    </message>
  </context>
  <context>
    <name>admin</name>
    <message>
      <source>Actif :</source>
      <translation>Active:</translation>
    </message>
    <message>
      <source>Administrateur :</source>
      <translation>Administrator:</translation>
    </message>
    <message>
      <source>Ce poste :</source>
      <translation>This station:</translation>
    </message>
    <message>
      <source>Choisissez d'abord un utilisateur dans la liste.</source>
      <translation>First choose a user in the list.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Code :</source>
      <translation>Code:</translation>
    </message>
    <message>
      <source>Code postal :</source>
      <translation>Postcode:</translation>
    </message>
    <message>
      <source>Confirmation :</source>
      <translation>Confirmation:</translation>
    </message>
    <message>
      <source>Débloquer</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>E-mail :</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <source>Enregistrer (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Enregistré.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Fixés par le service informatique : « atelier db upgrade » (version requise), « atelier db installer-location » (installateur). Un poste plus ancien propose sa mise à jour avant la connexion.</source>
      <translation>Set by IT: “atelier db upgrade” (required version), “atelier db installer-location” (installer). An older station offers its update before the login.</translation>
    </message>
    <message>
      <source>IBAN :</source>
      <translation>IBAN:</translation>
    </message>
    <message>
      <source>Identifiant</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>Identifiant :</source>
      <translation>Login:</translation>
    </message>
    <message>
      <source>Installateur :</source>
      <translation>Installer:</translation>
    </message>
    <message>
      <source>Localité :</source>
      <translation>Town:</translation>
    </message>
    <message>
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nom :</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>Nom complet :</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <source>Nouveau mot de passe de {login}</source>
      <translation>New password for {login}</translation>
    </message>
    <message>
      <source>Nouveau mot de passe…</source>
      <translation>New password…</translation>
    </message>
    <message>
      <source>Nouveau site</source>
      <translation>New site</translation>
    </message>
    <message>
      <source>Nouveau site…</source>
      <translation>New site…</translation>
    </message>
    <message>
      <source>Nouvel utilisateur</source>
      <translation>New user</translation>
    </message>
    <message>
      <source>Nouvel utilisateur…</source>
      <translation>New user…</translation>
    </message>
    <message>
      <source>N° d'entreprise :</source>
      <translation>Enterprise no.:</translation>
    </message>
    <message>
      <source>N° d'établissement</source>
      <translation>Establishment no.</translation>
    </message>
    <message>
      <source>N° d'établissement :</source>
      <translation>Establishment no.:</translation>
    </message>
    <message>
      <source>Rue :</source>
      <translation>Street:</translation>
    </message>
    <message>
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Site :</source>
      <translation>Site:</translation>
    </message>
    <message>
      <source>Sites de la société</source>
      <translation>Company sites</translation>
    </message>
    <message>
      <source>Société</source>
      <translation>Company</translation>
    </message>
    <message>
      <source>Téléphone :</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <source>Utilisateur {login}</source>
      <translation>User {login}</translation>
    </message>
    <message>
      <source>Utilisateurs</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Utilisateurs du site {code}</source>
      <translation>Users of site {code}</translation>
    </message>
    <message>
      <source>Utilise le registre TVA</source>
      <translation>Uses the VAT register</translation>
    </message>
    <message>
      <source>Version requise :</source>
      <translation>Required version:</translation>
    </message>
    <message>
      <source>Versions des postes</source>
      <translation>Station versions</translation>
    </message>
    <message>
      <source>actif</source>
      <translation>active</translation>
    </message>
    <message>
      <source>bloqué jusqu'à {when}</source>
      <translation>locked until {when}</translation>
    </message>
    <message>
      <source>désactivé</source>
      <translation>deactivated</translation>
    </message>
    <message>
      <source>non enregistré</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <source>État</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>auth</name>
    <message>
      <source>Cette action est réservée aux administrateurs du site.</source>
      <translation>This action is reserved for the site's administrators.</translation>
    </message>
    <message>
      <source>Cette action est réservée aux administrateurs.</source>
      <translation>Only administrators may do this.</translation>
    </message>
    <message>
      <source>Identifiant ou mot de passe incorrect. Après {n} essais manqués, la connexion est bloquée {minutes} minutes.</source>
      <translation>Wrong login or password. After {n} failed attempts, logging in is blocked for {minutes} minutes.</translation>
    </message>
    <message>
      <source>Un administrateur ne peut ni désactiver ni rétrograder son propre compte : demandez-le à un autre administrateur.</source>
      <translation>An administrator can neither deactivate nor demote their own account: ask another administrator.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Base configurée : site {site}, administrateur {admin}.</source>
      <translation>Database set up: site {site}, administrator {admin}.</translation>
    </message>
    <message>
      <source>Base de données à jour : révision {old} → {new}</source>
      <translation>Database up to date: revision {old} → {new}</translation>
    </message>
    <message>
      <source>Emplacement de l'installateur : {location}</source>
      <translation>Installer location: {location}</translation>
    </message>
    <message>
      <source>Installateur de la version requise : {file}</source>
      <translation>Installer of the required version: {file}</translation>
    </message>
    <message>
      <source>Le serveur PostgreSQL a refusé le rôle {role}. Donnez son mot de passe par la variable PGPASSWORD, un fichier PGPASSFILE ou un fichier de service (voir le README, base partagée).</source>
      <translation>The PostgreSQL server refused the role {role}. Give its password through the PGPASSWORD variable, a PGPASSFILE file or a service file (see the README, shared database).</translation>
    </message>
    <message>
      <source>Mot de passe PostgreSQL de {role} : </source>
      <translation>PostgreSQL password of {role}: </translation>
    </message>
    <message>
      <source>Mot de passe de {login} changé ; blocage levé.</source>
      <translation>Password of {login} changed; lock lifted.</translation>
    </message>
    <message>
      <source>Mot de passe de {login} changé.</source>
      <translation>Password of {login} changed.</translation>
    </message>
    <message>
      <source>Mot de passe de {user} : </source>
      <translation>Password of {user}: </translation>
    </message>
    <message>
      <source>Mot de passe du nouvel administrateur : </source>
      <translation>Password of the new administrator: </translation>
    </message>
    <message>
      <source>Mot de passe du nouvel utilisateur : </source>
      <translation>Password of the new user: </translation>
    </message>
    <message>
      <source>Nouveau mot de passe de {login} : </source>
      <translation>New password for {login}: </translation>
    </message>
    <message>
      <source>Rien à préparer : une base SQLite n'a pas de rôles.</source>
      <translation>Nothing to prepare: a SQLite database has no roles.</translation>
    </message>
    <message>
      <source>Serveur préparé pour la base {db}.</source>
      <translation>Server prepared for the database {db}.</translation>
    </message>
    <message>
      <source>Site {code} créé.</source>
      <translation>Site {code} created.</translation>
    </message>
    <message>
      <source>Utilisateur {login} créé.</source>
      <translation>User {login} created.</translation>
    </message>
    <message>
      <source>Utilisateur {login} débloqué.</source>
      <translation>User {login} unlocked.</translation>
    </message>
    <message>
      <source>Utilisateur {login} modifié.</source>
      <translation>User {login} changed.</translation>
    </message>
    <message>
      <source>Version d'Atelier requise des postes : {old} → {new}</source>
      <translation>Atelier version required of the stations: {old} → {new}</translation>
    </message>
    <message>
      <source>Version d'Atelier requise des postes : {version}</source>
      <translation>Atelier version required of the stations: {version}</translation>
    </message>
    <message>
      <source>Version d'Atelier requise des postes : {version} (inchangée)</source>
      <translation>Atelier version required of the stations: {version} (unchanged)</translation>
    </message>
    <message>
      <source>Version d'Atelier requise des postes : {version}, plus récente que celle-ci ({mine}) : inchangée.</source>
      <translation>Atelier version required of the stations: {version}, newer than this one ({mine}): unchanged.</translation>
    </message>
    <message>
      <source>attention : le mot de passe écrit dans --database est visible des autres utilisateurs de ce PC (liste des processus, historique). Donnez-le plutôt par la variable d'environnement PGPASSWORD (ou ATELIER_DATABASE_URL), un fichier PGPASSFILE ou un fichier de service (PGSERVICEFILE, ?service=…) : voir le README, base partagée.</source>
      <translation>warning: the password written in --database is visible to the other users of this PC (process list, history). Give it instead through the PGPASSWORD environment variable (or ATELIER_DATABASE_URL), a PGPASSFILE file or a service file (PGSERVICEFILE, ?service=…): see the README, shared database.</translation>
    </message>
    <message>
      <source>fichier {path} inutilisable : {reason}</source>
      <translation>file {path} unusable: {reason}</translation>
    </message>
    <message>
      <source>obligatoire pour cette commande</source>
      <translation>required for this command</translation>
    </message>
    <message>
      <source>un emplacement ou --clear, pas les deux</source>
      <translation>a location or --clear, not both</translation>
    </message>
    <message>
      <source>à définir dans la variable d'environnement (aucun terminal pour le demander)</source>
      <translation>must be set in the environment variable (no terminal to ask for it)</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <source>les réglages du poste ({path}) : port {port} invalide</source>
      <translation>the machine settings ({path}): invalid port {port}</translation>
    </message>
    <message>
      <source>les réglages du poste ({path}) contiennent {keys} : un poste ne garde ni utilisateur ni mot de passe de base de données (chaque utilisateur se connecte avec le sien) ; retirez-les</source>
      <translation>the machine settings ({path}) contain {keys}: a PC keeps no database user or password (each user logs in with their own); remove them</translation>
    </message>
    <message>
      <source>les réglages du poste ({path}) doivent donner host et name de la base partagée</source>
      <translation>the machine settings ({path}) must give host and name of the shared database</translation>
    </message>
    <message>
      <source>réglages du poste illisibles ({path}) : {reason}</source>
      <translation>machine settings unreadable ({path}): {reason}</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>(pas de journal configuré)</source>
      <translation>(no log configured)</translation>
    </message>
    <message>
      <source>Atelier s'est arrêté brutalement</source>
      <translation>Atelier stopped abruptly</translation>
    </message>
    <message>
      <source>Erreur inattendue</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <source>La dernière fois, Atelier s'est arrêté brutalement. Les brouillons de vos formulaires sont proposés à leur réouverture. Transmettez ce rapport à votre support :
{log}</source>
      <translation>Last time, Atelier stopped abruptly. Your forms' drafts are offered when you open them again. Send this report to your support:
{log}</translation>
    </message>
    <message>
      <source>Ouvrir le dossier du &amp;journal</source>
      <translation>Open the &amp;log folder</translation>
    </message>
    <message>
      <source>Une erreur inattendue s'est produite : l'opération en cours n'a pas abouti.</source>
      <translation>An unexpected error occurred: the current operation did not complete.</translation>
    </message>
    <message>
      <source>{error}

Atelier reste ouvert et votre saisie est conservée. Si le problème se reproduit, transmettez le journal à votre support :
{log}</source>
      <translation>{error}

Atelier stays open and your input is kept. If the problem happens again, send the log to your support:
{log}</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>Ce poste a Atelier {version}, plus récent que la version que demande la base de données partagée ({required}). Un administrateur doit d'abord lancer « atelier db upgrade » avec cette version ; les autres postes se mettront ensuite à jour.</source>
      <translation>This station has Atelier {version}, newer than the version the shared database requires ({required}). An administrator must first run “atelier db upgrade” with this version; the other stations will then update.</translation>
    </message>
    <message>
      <source>Cette base de données a été mise à jour par une version plus récente d'Atelier (révision {revision}). Installez la dernière version d'Atelier avant de l'ouvrir.</source>
      <translation>This database was upgraded by a newer version of Atelier (revision {revision}). Install the latest Atelier before opening it.</translation>
    </message>
    <message>
      <source>Cette base partagée n'est pas prête pour cette version d'Atelier (rôle {role} absent). Un administrateur doit la préparer : « atelier db prepare-server » puis « atelier db upgrade » (voir le README).</source>
      <translation>This shared database is not ready for this version of Atelier (role {role} missing). An administrator must prepare it: “atelier db prepare-server” then “atelier db upgrade” (see the README).</translation>
    </message>
    <message>
      <source>Demandez à votre service informatique d'installer la dernière version sur ce poste.</source>
      <translation>Ask your IT department to install the latest version on this station.</translation>
    </message>
    <message>
      <source>L'installateur est à {file}.</source>
      <translation>The installer is at {file}.</translation>
    </message>
    <message>
      <source>La base de données partagée n'est pas encore à jour pour cette version d'Atelier (révision {current}, attendue {head}). Un administrateur doit lancer « atelier db upgrade » ; les postes ne la mettent jamais à jour eux-mêmes.</source>
      <translation>The shared database is not yet up to date for this version of Atelier (revision {current}, expected {head}). An administrator must run “atelier db upgrade”; stations never upgrade it themselves.</translation>
    </message>
    <message>
      <source>La préparation du serveur demande un superutilisateur PostgreSQL (par exemple postgres).</source>
      <translation>Preparing the server needs a PostgreSQL superuser (for example postgres).</translation>
    </message>
    <message>
      <source>La version d'Atelier requise enregistrée dans la base est illisible (« {value} ») : le service informatique doit la corriger avec « atelier db required-version ».</source>
      <translation>The required Atelier version recorded in the database is unreadable (“{value}”): IT must correct it with “atelier db required-version”.</translation>
    </message>
    <message>
      <source>Le serveur n'est pas préparé pour Atelier : le rôle {owner} n'existe pas. Un superutilisateur PostgreSQL doit d'abord lancer « atelier db prepare-server » (voir le README, base partagée).</source>
      <translation>The server is not prepared for Atelier: the role {owner} does not exist. A PostgreSQL superuser must first run “atelier db prepare-server” (see the README, shared database).</translation>
    </message>
    <message>
      <source>Mise à jour requise : cette base de données a été mise à jour par une version plus récente d'Atelier (révision {revision}) que celle de ce poste ({version}).</source>
      <translation>Update required: this database was upgraded by a newer version of Atelier (revision {revision}) than this station's ({version}).</translation>
    </message>
    <message>
      <source>Mise à jour requise : la base de données partagée demande Atelier {required}, ce poste a la version {version}.</source>
      <translation>Update required: the shared database requires Atelier {required}, this station has version {version}.</translation>
    </message>
    <message>
      <source>Seul un administrateur de la base (membre du rôle {owner}) peut modifier son schéma ; les postes n'en ont pas le droit.</source>
      <translation>Only a database administrator (member of the role {owner}) may change its schema; stations have no such right.</translation>
    </message>
    <message>
      <source>adresse de base de données illisible : {url}</source>
      <translation>unreadable database address: {url}</translation>
    </message>
    <message>
      <source>adresse de base de données invalide ({detail}) : attendu sqlite:///chemin/du/fichier ou postgresql+psycopg://serveur:port/base</source>
      <translation>invalid database address ({detail}): expected sqlite:///path/to/file or postgresql+psycopg://server:port/database</translation>
    </message>
    <message>
      <source>ce fichier n'est pas une base de données Atelier : choisissez le bon fichier (ou restaurez une sauvegarde).</source>
      <translation>this file is not an Atelier database: choose the right file (or restore a backup).</translation>
    </message>
    <message>
      <source>la base de données est en lecture seule : donnez à ce poste le droit d'écrire le fichier et son dossier.</source>
      <translation>the database is read-only: give this station the right to write the file and its folder.</translation>
    </message>
    <message>
      <source>la base de données est verrouillée par un autre programme : rien n'a été enregistré. Réessayez dans un instant.</source>
      <translation>the database is locked by another program: nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
      <source>la base de données ne répond pas ou est verrouillée : {detail}</source>
      <translation>the database does not answer or is locked: {detail}</translation>
    </message>
    <message>
      <source>le disque de la base de données est plein : rien n'a été enregistré. Libérez de l'espace puis recommencez.</source>
      <translation>the database disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
      <source>le dossier {folder} n'existe pas</source>
      <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
      <source>le fichier de la base de données ne peut pas être ouvert : vérifiez le chemin et les droits.</source>
      <translation>the database file cannot be opened: check the path and the permissions.</translation>
    </message>
    <message>
      <source>le fichier {path} est sur un partage réseau : SQLite y corrompt les données quand plusieurs postes écrivent. Utilisez une base PostgreSQL partagée.</source>
      <translation>the file {path} is on a network share: SQLite corrupts data there when several stations write. Use a shared PostgreSQL database.</translation>
    </message>
    <message>
      <source>le port du serveur de base de données est invalide : {detail}</source>
      <translation>the database server's port is invalid: {detail}</translation>
    </message>
    <message>
      <source>le rôle PostgreSQL {role} n'existe pas : créez-le d'abord (CREATE ROLE … LOGIN)</source>
      <translation>the PostgreSQL role {role} does not exist: create it first (CREATE ROLE … LOGIN)</translation>
    </message>
    <message>
      <source>le serveur de base de données ne répond pas : {detail}</source>
      <translation>the database server does not answer: {detail}</translation>
    </message>
    <message>
      <source>nom de base inutilisable pour Atelier : pas de @, : ni " et {n} caractères au plus</source>
      <translation>database name unusable for Atelier: no @, : or " and at most {n} characters</translation>
    </message>
    <message>
      <source>réservé à une base partagée PostgreSQL (une base SQLite ne sert qu'un poste)</source>
      <translation>only for a shared PostgreSQL database (a SQLite database serves one station only)</translation>
    </message>
    <message>
      <source>seuls SQLite et PostgreSQL sont pris en charge, pas « {name} »</source>
      <translation>only SQLite and PostgreSQL are supported, not '{name}'</translation>
    </message>
    <message>
      <source>{head} {tail}</source>
      <translation>{head} {tail}</translation>
    </message>
  </context>
  <context>
    <name>dbdialog</name>
    <message>
      <source>&lt;small&gt;Aucun mot de passe n'est demandé ici : chacun se connecte avec son identifiant Atelier, vérifié par le serveur.&lt;/small&gt;</source>
      <translation>&lt;small&gt;No password is asked here: everyone logs in with their own Atelier login, checked by the server.&lt;/small&gt;</translation>
    </message>
    <message>
      <source>Base :</source>
      <translation>Database:</translation>
    </message>
    <message>
      <source>Base locale sur ce poste (un seul poste)</source>
      <translation>Local database on this station (one station)</translation>
    </message>
    <message>
      <source>Base partagée PostgreSQL (plusieurs postes et sites)</source>
      <translation>Shared PostgreSQL database (several stations and sites)</translation>
    </message>
    <message>
      <source>Choix de la base de données</source>
      <translation>Choose the database</translation>
    </message>
    <message>
      <source>Connexion réussie.</source>
      <translation>Connection succeeded.</translation>
    </message>
    <message>
      <source>Où Atelier doit-il enregistrer ses données ?</source>
      <translation>Where should Atelier keep its data?</translation>
    </message>
    <message>
      <source>Port :</source>
      <translation>Port:</translation>
    </message>
    <message>
      <source>Serveur :</source>
      <translation>Server:</translation>
    </message>
    <message>
      <source>Serveur et base : obligatoires</source>
      <translation>Server and database: required</translation>
    </message>
    <message>
      <source>Tester la connexion</source>
      <translation>Test the connection</translation>
    </message>
    <message>
      <source>serveur.garage.local</source>
      <translation>server.garage.local</translation>
    </message>
    <message>
      <source>Échec : {reason}</source>
      <translation>Failed: {reason}</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>Création de la société de démonstration…</source>
      <translation>Creating the demo company…</translation>
    </message>
  </context>
  <context>
    <name>drafts</name>
    <message>
      <source>Abandonner</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Atelier s'est fermé sans que ces saisies soient enregistrées :
{titles}

Voulez-vous les reprendre ?</source>
      <translation>Atelier closed before this input was saved:
{titles}

Do you want to resume it?</translation>
    </message>
    <message>
      <source>Le formulaire « {title} » ne peut plus être ouvert ; sa saisie est abandonnée.</source>
      <translation>The form “{title}” can no longer be opened; its input is discarded.</translation>
    </message>
    <message>
      <source>Plus tard</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>Reprendre</source>
      <translation>Resume</translation>
    </message>
    <message>
      <source>Saisie non enregistrée</source>
      <translation>Unsaved input</translation>
    </message>
    <message>
      <source>Saisies non enregistrées</source>
      <translation>Unsaved input</translation>
    </message>
    <message>
      <source>Une saisie non enregistrée de ce formulaire a été conservée le {when}.
Voulez-vous la reprendre ?</source>
      <translation>Unsaved input of this form was kept on {when}.
Do you want to restore it?</translation>
    </message>
    <message>
      <source>Vos modifications ne sont pas enregistrées. Les abandonner ?</source>
      <translation>Your changes are not saved. Discard them?</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Erreur</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>Garder ma saisie</source>
      <translation>Keep my input</translation>
    </message>
    <message>
      <source>Modifié par quelqu'un d'autre</source>
      <translation>Changed by someone else</translation>
    </message>
    <message>
      <source>Recharger</source>
      <translation>Reload</translation>
    </message>
    <message>
      <source>Saisie refusée</source>
      <translation>Input refused</translation>
    </message>
    <message>
      <source>Site introuvable.</source>
      <translation>Site not found.</translation>
    </message>
    <message>
      <source>Société introuvable.</source>
      <translation>Company not found.</translation>
    </message>
    <message>
      <source>Utilisateur introuvable.</source>
      <translation>User not found.</translation>
    </message>
    <message>
      <source>{count} erreur(s) :
{lines}</source>
      <translation>{count} error(s):
{lines}</translation>
    </message>
    <message>
      <source>{field} : {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>{what} a été modifié par {user} le {when} depuis que vous l'avez ouvert. Rechargez pour voir ses changements ; les vôtres n'ont pas été enregistrés.</source>
      <translation>{what} was changed by {user} on {when} since you opened it. Reload to see their changes; yours were not saved.</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Code du site</source>
      <translation>Site code</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Emplacement de l'installateur</source>
      <translation>Installer location</translation>
    </message>
    <message>
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <source>Identifiant</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>L'utilisateur {login}</source>
      <translation>The user {login}</translation>
    </message>
    <message>
      <source>La fiche société</source>
      <translation>The company record</translation>
    </message>
    <message>
      <source>Mot de passe</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Nom de la société</source>
      <translation>Company name</translation>
    </message>
    <message>
      <source>Nom du site</source>
      <translation>Site name</translation>
    </message>
    <message>
      <source>Numéro d'entreprise</source>
      <translation>Enterprise number</translation>
    </message>
    <message>
      <source>Numéro d'unité d'établissement</source>
      <translation>Establishment unit number</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
  </context>
  <context>
    <name>grid</name>
    <message>
      <source>Export : {done} / {total} lignes</source>
      <translation>Export: {done} / {total} rows</translation>
    </message>
    <message>
      <source>Export CSV</source>
      <translation>CSV export</translation>
    </message>
    <message>
      <source>Exporter CSV…</source>
      <translation>Export CSV…</translation>
    </message>
    <message>
      <source>Exporter en CSV</source>
      <translation>Export to CSV</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Filtrer (Ctrl+F)…</source>
      <translation>Filter (Ctrl+F)…</translation>
    </message>
    <message>
      <source>{n} ligne(s)</source>
      <translation>{n} row(s)</translation>
    </message>
  </context>
  <context>
    <name>ledger</name>
    <message>
      <source>Registre altéré : {count} chaîne(s) rompue(s). {first} Lancez « atelier audit verify » et prévenez le responsable.</source>
      <translation>Ledger tampered with: {count} broken chain(s). {first} Run “atelier audit verify” and tell the person in charge.</translation>
    </message>
    <message>
      <source>contenu modifié : {changes}</source>
      <translation>content changed: {changes}</translation>
    </message>
    <message>
      <source>enregistrement hors chaîne (écrit sans passer par l'application ou son entrée supprimée)</source>
      <translation>record outside the chain (written outside the application, or its ledger entry deleted)</translation>
    </message>
    <message>
      <source>enregistrement supprimé</source>
      <translation>record deleted</translation>
    </message>
    <message>
      <source>entrée du registre modifiée</source>
      <translation>ledger entry altered</translation>
    </message>
    <message>
      <source>factures</source>
      <translation>invoices</translation>
    </message>
    <message>
      <source>fin de chaîne supprimée : la tête annonce {count} entrées, {found} trouvées</source>
      <translation>end of chain deleted: the head announces {count} entries, {found} found</translation>
    </message>
    <message>
      <source>lien rompu : le hash précédent ne correspond pas à l'entrée {seq}</source>
      <translation>broken link: the previous hash does not match entry {seq}</translation>
    </message>
    <message>
      <source>maillon manquant : la position {expected} est absente (entrée supprimée)</source>
      <translation>missing link: position {expected} is absent (entry deleted)</translation>
    </message>
    <message>
      <source>notes de crédit</source>
      <translation>credit notes</translation>
    </message>
    <message>
      <source>relevés Car-Pass acceptés</source>
      <translation>accepted Car-Pass readings</translation>
    </message>
    <message>
      <source>règlements</source>
      <translation>payments</translation>
    </message>
    <message>
      <source>tête de chaîne supprimée</source>
      <translation>chain head deleted</translation>
    </message>
    <message>
      <source>{site} {kind} ({name}) : CHAÎNE ROMPUE à la position {seq}, enregistrement {record} (id {id}) : {reason}</source>
      <translation>{site} {kind} ({name}): CHAIN BROKEN at position {seq}, record {record} (id {id}): {reason}</translation>
    </message>
    <message>
      <source>{site} {kind} ({name}) : chaîne intacte, {length} enregistrements, tête {head}</source>
      <translation>{site} {kind} ({name}): chain intact, {length} records, head {head}</translation>
    </message>
    <message>
      <source>écritures du journal</source>
      <translation>journal entries</translation>
    </message>
  </context>
  <context>
    <name>login</name>
    <message>
      <source>&lt;b&gt;Comptes de démonstration&lt;/b&gt; (mot de passe : &lt;code&gt;{pw}&lt;/code&gt;)</source>
      <translation>&lt;b&gt;Demo accounts&lt;/b&gt; (password: &lt;code&gt;{pw}&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>Base : {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <source>Identifiant :</source>
      <translation>Login:</translation>
    </message>
    <message>
      <source>Identifiant : obligatoire</source>
      <translation>Login: required</translation>
    </message>
    <message>
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>Ouverture de la base de données…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <source>Se connecter</source>
      <translation>Log in</translation>
    </message>
    <message>
      <source>{app} — Connexion</source>
      <translation>{app} — Log in</translation>
    </message>
  </context>
  <context>
    <name>menu</name>
    <message>
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Langue</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Paramètres</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Raccourcis clavier</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Ces modifications ne sont pas enregistrées :
{items}

Les abandonner ?</source>
      <translation>These changes are not saved:
{items}

Discard them?</translation>
    </message>
    <message>
      <source>Ces modifications ne sont pas enregistrées :
{items}

Les enregistrer ?</source>
      <translation>These changes are not saved:
{items}

Save them?</translation>
    </message>
    <message>
      <source>Changer d'&amp;utilisateur…</source>
      <translation>Switch &amp;user…</translation>
    </message>
    <message>
      <source>Changer de &amp;site…</source>
      <translation>Switch &amp;site…</translation>
    </message>
    <message>
      <source>Changer de site</source>
      <translation>Switch site</translation>
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Raccourcis clavier</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Se &amp;déconnecter</source>
      <translation>&amp;Log out</translation>
    </message>
    <message>
      <source>Site :</source>
      <translation>Site:</translation>
    </message>
    <message>
      <source>À &amp;propos d'Atelier</source>
      <translation>&amp;About Atelier</translation>
    </message>
    <message>
      <source>À propos d'Atelier</source>
      <translation>About Atelier</translation>
    </message>
  </context>
  <context>
    <name>modules</name>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Car-Pass</source>
      <translation>Car-Pass</translation>
    </message>
    <message>
      <source>Contrôles commerce véhicules</source>
      <translation>Vehicle-trade controls</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Rental</translation>
    </message>
  </context>
  <context>
    <name>pdf</name>
    <message>
      <source>Aperçu PDF</source>
      <translation>PDF preview</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Enregistrer le PDF</source>
      <translation>Save the PDF</translation>
    </message>
    <message>
      <source>L'aperçu ne peut pas s'ouvrir : aucun lecteur PDF n'est installé sur ce poste. Enregistrez le document pour l'ouvrir ailleurs ou installez un lecteur PDF.</source>
      <translation>The preview cannot open: no PDF viewer is installed on this station. Save the document to open it elsewhere, or install a PDF viewer.</translation>
    </message>
  </context>
  <context>
    <name>peppol</name>
    <message>
      <source>500 caractères au plus, sans espace</source>
      <translation>at most 500 characters, no spaces</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable ({backend}) : la clé API ne peut être gardée que pour cette session.</source>
      <translation>No usable system keyring ({backend}): the API key can only be kept for this session.</translation>
    </message>
    <message>
      <source>Clé API du fournisseur Peppol</source>
      <translation>API key of the Peppol provider</translation>
    </message>
    <message>
      <source>Identifiant Peppol</source>
      <translation>Peppol identifier</translation>
    </message>
    <message>
      <source>Le trousseau du système a refusé la clé API ; rien n'a été modifié.</source>
      <translation>The system's keyring refused the API key; nothing was changed.</translation>
    </message>
    <message>
      <source>format schéma:identifiant attendu, par exemple 0208:0457247904</source>
      <translation>scheme:identifier format expected, for example 0208:0457247904</translation>
    </message>
    <message>
      <source>identifiant {value} invalide</source>
      <translation>invalid identifier {value}</translation>
    </message>
    <message>
      <source>numéro d'entreprise belge invalide après 0208: (10 chiffres, modulo 97)</source>
      <translation>invalid Belgian enterprise number after 0208: (10 digits, modulo 97)</translation>
    </message>
    <message>
      <source>numéro de TVA belge invalide après 9925: (BE suivi de 10 chiffres)</source>
      <translation>invalid Belgian VAT number after 9925: (BE followed by 10 digits)</translation>
    </message>
    <message>
      <source>schéma {scheme} inconnu de Peppol (liste EAS)</source>
      <translation>scheme {scheme} unknown to Peppol (EAS list)</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>administrateur</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>employé</source>
      <translation>clerk</translation>
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <source>Cette base de données est déjà configurée ; rien n'a été modifié.</source>
      <translation>This database is already set up; nothing was changed.</translation>
    </message>
    <message>
      <source>cette base de données est déjà configurée</source>
      <translation>this database is already set up</translation>
    </message>
  </context>
  <context>
    <name>startup</name>
    <message>
      <source>Base de données trop récente</source>
      <translation>Database too new</translation>
    </message>
    <message>
      <source>Base de données à mettre à jour</source>
      <translation>Database to be upgraded</translation>
    </message>
    <message>
      <source>Impossible d'ouvrir la base de données</source>
      <translation>Cannot open the database</translation>
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <source>Base : {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <source>Site : {code} — {name}</source>
      <translation>Site: {code} — {name}</translation>
    </message>
    <message>
      <source>Utilisateur : {name} ({role})</source>
      <translation>User: {name} ({role})</translation>
    </message>
  </context>
  <context>
    <name>task</name>
    <message>
      <source>Annulation en cours…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>update</name>
    <message>
      <source>Aucun emplacement d'installateur n'est enregistré dans la base : demandez à votre service informatique d'installer la mise à jour sur ce poste.</source>
      <translation>No installer location is recorded in the database: ask your IT department to install the update on this station.</translation>
    </message>
    <message>
      <source>Ce poste :</source>
      <translation>This station:</translation>
    </message>
    <message>
      <source>Copie de l'installateur</source>
      <translation>Copying the installer</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Installateur :</source>
      <translation>Installer:</translation>
    </message>
    <message>
      <source>Installateur : {done} Mo</source>
      <translation>Installer: {done} MB</translation>
    </message>
    <message>
      <source>Installateur : {done} Mo sur {total} Mo</source>
      <translation>Installer: {done} MB of {total} MB</translation>
    </message>
    <message>
      <source>Installateur illisible : {file} ({reason})</source>
      <translation>Installer unreadable: {file} ({reason})</translation>
    </message>
    <message>
      <source>Installateur introuvable : {file}. Vérifiez que le service informatique l'y a déposé et que ce PC voit le partage.</source>
      <translation>Installer not found: {file}. Check that IT put it there and that this PC can see the share.</translation>
    </message>
    <message>
      <source>Installer la mise à jour</source>
      <translation>Install the update</translation>
    </message>
    <message>
      <source>L'installation d'Atelier {version} a démarré. Atelier se ferme ; relancez-le quand l'installation est terminée (une à deux minutes).</source>
      <translation>The installation of Atelier {version} has started. Atelier closes; start it again when the installation is finished (one or two minutes).</translation>
    </message>
    <message>
      <source>La base de données partagée demande une version plus récente d'Atelier que celle de ce poste.</source>
      <translation>The shared database requires a newer version of Atelier than this station's.</translation>
    </message>
    <message>
      <source>La mise à jour n'a pas démarré : les droits d'administrateur de ce PC ont été refusés. Recommencez, ou demandez à votre service informatique.</source>
      <translation>The update did not start: administrator rights on this PC were refused. Try again, or ask your IT department.</translation>
    </message>
    <message>
      <source>Mise à jour requise</source>
      <translation>Update required</translation>
    </message>
    <message>
      <source>Seuls les postes Windows se mettent à jour depuis Atelier : ce poste ne peut pas lancer {file}. Demandez à votre service informatique d'y installer Atelier {version}.</source>
      <translation>Only Windows stations update from within Atelier: this station cannot run {file}. Ask your IT department to install Atelier {version} on it.</translation>
    </message>
    <message>
      <source>Téléchargement de l'installateur impossible ({url}) : {reason}</source>
      <translation>Cannot download the installer ({url}): {reason}</translation>
    </message>
    <message>
      <source>Téléchargement de l'installateur refusé : HTTP {status} ({url})</source>
      <translation>Installer download refused: HTTP {status} ({url})</translation>
    </message>
    <message>
      <source>Version requise :</source>
      <translation>Required version:</translation>
    </message>
    <message>
      <source>Windows n'a pas pu lancer l'installateur {file} (code {code}).</source>
      <translation>Windows could not start the installer {file} (code {code}).</translation>
    </message>
    <message>
      <source>non enregistré</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <source>plus récente</source>
      <translation>newer</translation>
    </message>
    <message>
      <source>« Installer la mise à jour » copie l'installateur sur ce PC et le lance ; Windows demande les droits d'administrateur. Atelier se ferme pendant l'installation : relancez-le ensuite.</source>
      <translation>“Install the update” copies the installer to this PC and starts it; Windows asks for administrator rights. Atelier closes during the installation: start it again afterwards.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>1 à 10 lettres, chiffres ou _ (sans tiret : il sépare les parties des références de factures)</source>
      <translation>1 to 10 letters, digits or _ (no dash: it separates the parts of invoice references)</translation>
    </message>
    <message>
      <source>2 à 64 lettres, chiffres, point, - ou _</source>
      <translation>2 to 64 letters, digits, dot, - or _</translation>
    </message>
    <message>
      <source>IBAN invalide</source>
      <translation>invalid IBAN</translation>
    </message>
    <message>
      <source>adresse e-mail invalide</source>
      <translation>invalid e-mail address</translation>
    </message>
    <message>
      <source>adresse https illisible, ou avec un nom d'utilisateur ou un mot de passe</source>
      <translation>unreadable https address, or one with a user name or password</translation>
    </message>
    <message>
      <source>au moins {n} caractères</source>
      <translation>at least {n} characters</translation>
    </message>
    <message>
      <source>chemin réseau (\\serveur\partage\…) ou adresse https attendu : une lettre de lecteur diffère d'un PC à l'autre</source>
      <translation>network path (\\server\share\…) or https address expected: a drive letter differs from one PC to the next</translation>
    </message>
    <message>
      <source>chemin réseau illisible : \\serveur\partage\dossier attendu</source>
      <translation>unreadable network path: \\server\share\folder expected</translation>
    </message>
    <message>
      <source>chiffres de contrôle incorrects (modulo 97)</source>
      <translation>wrong check digits (modulo 97)</translation>
    </message>
    <message>
      <source>doit commencer par 0 ou 1</source>
      <translation>must start with 0 or 1</translation>
    </message>
    <message>
      <source>doit commencer par 2 (à 8)</source>
      <translation>must start with 2 (to 8)</translation>
    </message>
    <message>
      <source>doit compter 10 chiffres</source>
      <translation>must have 10 digits</translation>
    </message>
    <message>
      <source>déjà utilisé par un autre site</source>
      <translation>already used by another site</translation>
    </message>
    <message>
      <source>https seulement : l'installateur est lancé avec les droits d'administrateur</source>
      <translation>https only: the installer runs with administrator rights</translation>
    </message>
    <message>
      <source>l'identifiant {login} existe déjà</source>
      <translation>the login {login} already exists</translation>
    </message>
    <message>
      <source>le site {code} existe déjà</source>
      <translation>site {code} already exists</translation>
    </message>
    <message>
      <source>les deux saisies diffèrent</source>
      <translation>the two entries differ</translation>
    </message>
    <message>
      <source>nombre entier attendu</source>
      <translation>whole number expected</translation>
    </message>
    <message>
      <source>numéro de version invalide : « {value} » (par exemple 0.3.0)</source>
      <translation>invalid version number: “{value}” (for example 0.3.0)</translation>
    </message>
    <message>
      <source>obligatoire</source>
      <translation>required</translation>
    </message>
    <message>
      <source>site {code} inconnu</source>
      <translation>unknown site {code}</translation>
    </message>
    <message>
      <source>trop long pour cette base partagée</source>
      <translation>too long for this shared database</translation>
    </message>
    <message>
      <source>{login} est déjà un rôle du serveur qui n'est pas un utilisateur Atelier : choisissez un autre identifiant</source>
      <translation>{login} is already a server role that is not an Atelier user: choose another login</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>at most {n} characters</translation>
    </message>
    <message>
      <source>{n} caractères au plus pour cette base partagée</source>
      <translation>at most {n} characters for this shared database</translation>
    </message>
    <message>
      <source>{n} chiffres au plus</source>
      <translation>{n} digits at most</translation>
    </message>
    <message>
      <source>« {value} » est ambigu : écrivez {thousands} (milliers) ou {decimal} (décimales)</source>
      <translation>“{value}” is ambiguous: write {thousands} (thousands) or {decimal} (decimals)</translation>
    </message>
    <message>
      <source>« {value} » n'est pas un nombre (exemple : 1 234,50)</source>
      <translation>“{value}” is not a number (example: 1 234,50)</translation>
    </message>
  </context>
  <context>
    <name>web</name>
    <message>
      <source>adresse https://… attendue</source>
      <translation>https://… address expected</translation>
    </message>
    <message>
      <source>http:// n'est permis que vers cet ordinateur (simulateur) ; utilisez https://</source>
      <translation>http:// is only allowed towards this computer (simulator); use https://</translation>
    </message>
    <message>
      <source>ni identifiant, ni paramètres dans l'adresse</source>
      <translation>no user name or parameters in the address</translation>
    </message>
  </context>
</TS>
