<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
  <context>
    <name>about</name>
    <message>
      <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Logiciel des postes de carrosserie : Car-Pass, contrôles commerce véhicules, location de véhicules de remplacement.&lt;br&gt;Base : {db}</source>
      <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Software voor carrosseriewerkposten: Car-Pass, controles voertuighandel, verhuur van vervangwagens.&lt;br&gt;Database: {db}</translation>
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
      <translation>Ctrl+F: lijst filteren
F5: lijst vernieuwen
Enter: regel openen
Spatie: regel aanvinken
Ctrl+S of F10: opslaan
Esc: invoer annuleren
F1: hulp bij het veld
Ctrl+1 tot Ctrl+9: module
Ctrl+Tab: volgend tabblad
Ctrl+Q: afsluiten</translation>
    </message>
  </context>
  <context>
    <name>admin</name>
    <message>
      <source>Actif :</source>
      <translation>Actief:</translation>
    </message>
    <message>
      <source>Administrateur :</source>
      <translation>Beheerder:</translation>
    </message>
    <message>
      <source>Ce poste :</source>
      <translation>Deze werkpost:</translation>
    </message>
    <message>
      <source>Choisissez d'abord un utilisateur dans la liste.</source>
      <translation>Kies eerst een gebruiker in de lijst.</translation>
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
      <translation>Bevestiging:</translation>
    </message>
    <message>
      <source>Débloquer</source>
      <translation>Deblokkeren</translation>
    </message>
    <message>
      <source>E-mail :</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <source>Enregistrer (Ctrl+S)</source>
      <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
      <source>Enregistré.</source>
      <translation>Opgeslagen.</translation>
    </message>
    <message>
      <source>Fixés par le service informatique : « atelier db upgrade » (version requise), « atelier db installer-location » (installateur). Un poste plus ancien propose sa mise à jour avant la connexion.</source>
      <translation>Vastgelegd door de IT-dienst: „atelier db upgrade” (vereiste versie), „atelier db installer-location” (installatieprogramma). Een oudere werkpost biedt zijn update aan vóór het aanmelden.</translation>
    </message>
    <message>
      <source>IBAN :</source>
      <translation>IBAN:</translation>
    </message>
    <message>
      <source>Identifiant</source>
      <translation>Gebruikersnaam</translation>
    </message>
    <message>
      <source>Identifiant :</source>
      <translation>Gebruikersnaam:</translation>
    </message>
    <message>
      <source>Installateur :</source>
      <translation>Installatieprogramma:</translation>
    </message>
    <message>
      <source>Localité :</source>
      <translation>Gemeente:</translation>
    </message>
    <message>
      <source>Modifier…</source>
      <translation>Wijzigen…</translation>
    </message>
    <message>
      <source>Mot de passe :</source>
      <translation>Wachtwoord:</translation>
    </message>
    <message>
      <source>Nom</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Nom :</source>
      <translation>Naam:</translation>
    </message>
    <message>
      <source>Nom complet :</source>
      <translation>Volledige naam:</translation>
    </message>
    <message>
      <source>Nouveau mot de passe de {login}</source>
      <translation>Nieuw wachtwoord van {login}</translation>
    </message>
    <message>
      <source>Nouveau mot de passe…</source>
      <translation>Nieuw wachtwoord…</translation>
    </message>
    <message>
      <source>Nouveau site</source>
      <translation>Nieuwe vestiging</translation>
    </message>
    <message>
      <source>Nouveau site…</source>
      <translation>Nieuwe vestiging…</translation>
    </message>
    <message>
      <source>Nouvel utilisateur</source>
      <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
      <source>Nouvel utilisateur…</source>
      <translation>Nieuwe gebruiker…</translation>
    </message>
    <message>
      <source>N° d'entreprise :</source>
      <translation>Ondernemingsnr.:</translation>
    </message>
    <message>
      <source>N° d'établissement</source>
      <translation>Vestigingsnummer</translation>
    </message>
    <message>
      <source>N° d'établissement :</source>
      <translation>Vestigingsnummer:</translation>
    </message>
    <message>
      <source>Rue :</source>
      <translation>Straat:</translation>
    </message>
    <message>
      <source>Rôle</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Site :</source>
      <translation>Vestiging:</translation>
    </message>
    <message>
      <source>Sites de la société</source>
      <translation>Vestigingen van de onderneming</translation>
    </message>
    <message>
      <source>Société</source>
      <translation>Onderneming</translation>
    </message>
    <message>
      <source>Téléphone :</source>
      <translation>Telefoon:</translation>
    </message>
    <message>
      <source>Utilisateur {login}</source>
      <translation>Gebruiker {login}</translation>
    </message>
    <message>
      <source>Utilisateurs</source>
      <translation>Gebruikers</translation>
    </message>
    <message>
      <source>Utilisateurs du site {code}</source>
      <translation>Gebruikers van vestiging {code}</translation>
    </message>
    <message>
      <source>Utilise le registre TVA</source>
      <translation>Gebruikt het btw-register</translation>
    </message>
    <message>
      <source>Version requise :</source>
      <translation>Vereiste versie:</translation>
    </message>
    <message>
      <source>Versions des postes</source>
      <translation>Versies van de werkposten</translation>
    </message>
    <message>
      <source>actif</source>
      <translation>actief</translation>
    </message>
    <message>
      <source>bloqué jusqu'à {when}</source>
      <translation>geblokkeerd tot {when}</translation>
    </message>
    <message>
      <source>désactivé</source>
      <translation>gedeactiveerd</translation>
    </message>
    <message>
      <source>non enregistré</source>
      <translation>niet vastgelegd</translation>
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
      <translation>Deze actie is voorbehouden aan de beheerders van de vestiging.</translation>
    </message>
    <message>
      <source>Cette action est réservée aux administrateurs.</source>
      <translation>Deze actie is voorbehouden aan beheerders.</translation>
    </message>
    <message>
      <source>Identifiant ou mot de passe incorrect. Après {n} essais manqués, la connexion est bloquée {minutes} minutes.</source>
      <translation>Gebruikersnaam of wachtwoord onjuist. Na {n} mislukte pogingen wordt de aanmelding {minutes} minuten geblokkeerd.</translation>
    </message>
    <message>
      <source>Un administrateur ne peut ni désactiver ni rétrograder son propre compte : demandez-le à un autre administrateur.</source>
      <translation>Een beheerder kan zijn eigen account niet deactiveren of terugzetten: vraag het aan een andere beheerder.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Base configurée : site {site}, administrateur {admin}.</source>
      <translation>Database ingericht: vestiging {site}, beheerder {admin}.</translation>
    </message>
    <message>
      <source>Base de données à jour : révision {old} → {new}</source>
      <translation>Database bijgewerkt: revisie {old} → {new}</translation>
    </message>
    <message>
      <source>Emplacement de l'installateur : {location}</source>
      <translation>Locatie van het installatieprogramma: {location}</translation>
    </message>
    <message>
      <source>Installateur de la version requise : {file}</source>
      <translation>Installatieprogramma van de vereiste versie: {file}</translation>
    </message>
    <message>
      <source>Le serveur PostgreSQL a refusé le rôle {role}. Donnez son mot de passe par la variable PGPASSWORD, un fichier PGPASSFILE ou un fichier de service (voir le README, base partagée).</source>
      <translation>De PostgreSQL-server weigerde de rol {role}. Geef het wachtwoord via de variabele PGPASSWORD, een PGPASSFILE-bestand of een servicebestand (zie de README, gedeelde database).</translation>
    </message>
    <message>
      <source>Mot de passe PostgreSQL de {role} : </source>
      <translation>PostgreSQL-wachtwoord van {role}: </translation>
    </message>
    <message>
      <source>Mot de passe de {login} changé ; blocage levé.</source>
      <translation>Wachtwoord van {login} gewijzigd; blokkering opgeheven.</translation>
    </message>
    <message>
      <source>Mot de passe de {login} changé.</source>
      <translation>Wachtwoord van {login} gewijzigd.</translation>
    </message>
    <message>
      <source>Mot de passe de {user} : </source>
      <translation>Wachtwoord van {user}: </translation>
    </message>
    <message>
      <source>Mot de passe du nouvel administrateur : </source>
      <translation>Wachtwoord van de nieuwe beheerder: </translation>
    </message>
    <message>
      <source>Mot de passe du nouvel utilisateur : </source>
      <translation>Wachtwoord van de nieuwe gebruiker: </translation>
    </message>
    <message>
      <source>Nouveau mot de passe de {login} : </source>
      <translation>Nieuw wachtwoord van {login}: </translation>
    </message>
    <message>
      <source>Rien à préparer : une base SQLite n'a pas de rôles.</source>
      <translation>Niets voor te bereiden: een SQLite-database heeft geen rollen.</translation>
    </message>
    <message>
      <source>Serveur préparé pour la base {db}.</source>
      <translation>Server voorbereid voor de database {db}.</translation>
    </message>
    <message>
      <source>Site {code} créé.</source>
      <translation>Vestiging {code} aangemaakt.</translation>
    </message>
    <message>
      <source>Utilisateur {login} créé.</source>
      <translation>Gebruiker {login} aangemaakt.</translation>
    </message>
    <message>
      <source>Utilisateur {login} débloqué.</source>
      <translation>Gebruiker {login} gedeblokkeerd.</translation>
    </message>
    <message>
      <source>Utilisateur {login} modifié.</source>
      <translation>Gebruiker {login} gewijzigd.</translation>
    </message>
    <message>
      <source>Version d'Atelier requise des postes : {old} → {new}</source>
      <translation>Vereiste Atelier-versie van de werkposten: {old} → {new}</translation>
    </message>
    <message>
      <source>Version d'Atelier requise des postes : {version}</source>
      <translation>Vereiste Atelier-versie van de werkposten: {version}</translation>
    </message>
    <message>
      <source>Version d'Atelier requise des postes : {version} (inchangée)</source>
      <translation>Vereiste Atelier-versie van de werkposten: {version} (ongewijzigd)</translation>
    </message>
    <message>
      <source>Version d'Atelier requise des postes : {version}, plus récente que celle-ci ({mine}) : inchangée.</source>
      <translation>Vereiste Atelier-versie van de werkposten: {version}, recenter dan deze ({mine}): ongewijzigd.</translation>
    </message>
    <message>
      <source>attention : le mot de passe écrit dans --database est visible des autres utilisateurs de ce PC (liste des processus, historique). Donnez-le plutôt par la variable d'environnement PGPASSWORD (ou ATELIER_DATABASE_URL), un fichier PGPASSFILE ou un fichier de service (PGSERVICEFILE, ?service=…) : voir le README, base partagée.</source>
      <translation>let op: het wachtwoord in --database is zichtbaar voor de andere gebruikers van deze pc (proceslijst, geschiedenis). Geef het liever via de omgevingsvariabele PGPASSWORD (of ATELIER_DATABASE_URL), een PGPASSFILE-bestand of een servicebestand (PGSERVICEFILE, ?service=…): zie de README, gedeelde database.</translation>
    </message>
    <message>
      <source>fichier {path} inutilisable : {reason}</source>
      <translation>bestand {path} onbruikbaar: {reason}</translation>
    </message>
    <message>
      <source>obligatoire pour cette commande</source>
      <translation>verplicht voor deze opdracht</translation>
    </message>
    <message>
      <source>un emplacement ou --clear, pas les deux</source>
      <translation>een locatie of --clear, niet allebei</translation>
    </message>
    <message>
      <source>à définir dans la variable d'environnement (aucun terminal pour le demander)</source>
      <translation>in te stellen via de omgevingsvariabele (geen terminal om ernaar te vragen)</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <source>les réglages du poste ({path}) : port {port} invalide</source>
      <translation>de instellingen van de pc ({path}): ongeldige poort {port}</translation>
    </message>
    <message>
      <source>les réglages du poste ({path}) contiennent {keys} : un poste ne garde ni utilisateur ni mot de passe de base de données (chaque utilisateur se connecte avec le sien) ; retirez-les</source>
      <translation>de instellingen van de pc ({path}) bevatten {keys}: een pc bewaart geen databasegebruiker of -wachtwoord (iedere gebruiker meldt zich aan met het zijne); verwijder ze</translation>
    </message>
    <message>
      <source>les réglages du poste ({path}) doivent donner host et name de la base partagée</source>
      <translation>de instellingen van de pc ({path}) moeten host en name van de gedeelde database geven</translation>
    </message>
    <message>
      <source>réglages du poste illisibles ({path}) : {reason}</source>
      <translation>instellingen van de pc onleesbaar ({path}): {reason}</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>(pas de journal configuré)</source>
      <translation>(geen logboek ingesteld)</translation>
    </message>
    <message>
      <source>Atelier s'est arrêté brutalement</source>
      <translation>Atelier is plotseling gestopt</translation>
    </message>
    <message>
      <source>Erreur inattendue</source>
      <translation>Onverwachte fout</translation>
    </message>
    <message>
      <source>La dernière fois, Atelier s'est arrêté brutalement. Les brouillons de vos formulaires sont proposés à leur réouverture. Transmettez ce rapport à votre support :
{log}</source>
      <translation>De vorige keer is Atelier plotseling gestopt. De concepten van uw formulieren worden aangeboden wanneer u ze opnieuw opent. Bezorg dit rapport aan uw support:
{log}</translation>
    </message>
    <message>
      <source>Ouvrir le dossier du &amp;journal</source>
      <translation>&amp;Map van het logboek openen</translation>
    </message>
    <message>
      <source>Une erreur inattendue s'est produite : l'opération en cours n'a pas abouti.</source>
      <translation>Er is een onverwachte fout opgetreden: de lopende bewerking is niet voltooid.</translation>
    </message>
    <message>
      <source>{error}

Atelier reste ouvert et votre saisie est conservée. Si le problème se reproduit, transmettez le journal à votre support :
{log}</source>
      <translation>{error}

Atelier blijft open en uw invoer blijft bewaard. Als het probleem zich opnieuw voordoet, bezorg dan het logboek aan uw support:
{log}</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>Ce poste a Atelier {version}, plus récent que la version que demande la base de données partagée ({required}). Un administrateur doit d'abord lancer « atelier db upgrade » avec cette version ; les autres postes se mettront ensuite à jour.</source>
      <translation>Deze werkpost heeft Atelier {version}, recenter dan de versie die de gedeelde database vereist ({required}). Een beheerder moet eerst „atelier db upgrade” uitvoeren met deze versie; daarna worden de andere werkposten bijgewerkt.</translation>
    </message>
    <message>
      <source>Cette base de données a été mise à jour par une version plus récente d'Atelier (révision {revision}). Installez la dernière version d'Atelier avant de l'ouvrir.</source>
      <translation>Deze database werd bijgewerkt door een recentere versie van Atelier (revisie {revision}). Installeer de nieuwste versie van Atelier voordat u ze opent.</translation>
    </message>
    <message>
      <source>Cette base partagée n'est pas prête pour cette version d'Atelier (rôle {role} absent). Un administrateur doit la préparer : « atelier db prepare-server » puis « atelier db upgrade » (voir le README).</source>
      <translation>Deze gedeelde database is niet klaar voor deze versie van Atelier (rol {role} ontbreekt). Een beheerder moet ze voorbereiden: „atelier db prepare-server” en dan „atelier db upgrade” (zie de README).</translation>
    </message>
    <message>
      <source>Demandez à votre service informatique d'installer la dernière version sur ce poste.</source>
      <translation>Vraag uw IT-dienst de nieuwste versie op deze werkpost te installeren.</translation>
    </message>
    <message>
      <source>L'installateur est à {file}.</source>
      <translation>Het installatieprogramma staat op {file}.</translation>
    </message>
    <message>
      <source>La base de données partagée n'est pas encore à jour pour cette version d'Atelier (révision {current}, attendue {head}). Un administrateur doit lancer « atelier db upgrade » ; les postes ne la mettent jamais à jour eux-mêmes.</source>
      <translation>De gedeelde database is nog niet bijgewerkt voor deze versie van Atelier (revisie {current}, verwacht {head}). Een beheerder moet „atelier db upgrade” uitvoeren; de pc's werken ze nooit zelf bij.</translation>
    </message>
    <message>
      <source>La préparation du serveur demande un superutilisateur PostgreSQL (par exemple postgres).</source>
      <translation>Het voorbereiden van de server vraagt een PostgreSQL-superuser (bijvoorbeeld postgres).</translation>
    </message>
    <message>
      <source>La version d'Atelier requise enregistrée dans la base est illisible (« {value} ») : le service informatique doit la corriger avec « atelier db required-version ».</source>
      <translation>De vereiste Atelier-versie in de database is onleesbaar („{value}”): de IT-dienst moet ze verbeteren met „atelier db required-version”.</translation>
    </message>
    <message>
      <source>Le serveur n'est pas préparé pour Atelier : le rôle {owner} n'existe pas. Un superutilisateur PostgreSQL doit d'abord lancer « atelier db prepare-server » (voir le README, base partagée).</source>
      <translation>De server is niet voorbereid voor Atelier: de rol {owner} bestaat niet. Een PostgreSQL-superuser moet eerst „atelier db prepare-server” uitvoeren (zie de README, gedeelde database).</translation>
    </message>
    <message>
      <source>Mise à jour requise : cette base de données a été mise à jour par une version plus récente d'Atelier (révision {revision}) que celle de ce poste ({version}).</source>
      <translation>Update vereist: deze database werd bijgewerkt door een recentere versie van Atelier (revisie {revision}) dan die van deze werkpost ({version}).</translation>
    </message>
    <message>
      <source>Mise à jour requise : la base de données partagée demande Atelier {required}, ce poste a la version {version}.</source>
      <translation>Update vereist: de gedeelde database vereist Atelier {required}, deze werkpost heeft versie {version}.</translation>
    </message>
    <message>
      <source>Seul un administrateur de la base (membre du rôle {owner}) peut modifier son schéma ; les postes n'en ont pas le droit.</source>
      <translation>Alleen een databasebeheerder (lid van de rol {owner}) mag het schema wijzigen; de pc's hebben dat recht niet.</translation>
    </message>
    <message>
      <source>adresse de base de données illisible : {url}</source>
      <translation>onleesbaar databaseadres: {url}</translation>
    </message>
    <message>
      <source>adresse de base de données invalide ({detail}) : attendu sqlite:///chemin/du/fichier ou postgresql+psycopg://serveur:port/base</source>
      <translation>ongeldig databaseadres ({detail}): verwacht sqlite:///pad/naar/bestand of postgresql+psycopg://server:poort/database</translation>
    </message>
    <message>
      <source>ce fichier n'est pas une base de données Atelier : choisissez le bon fichier (ou restaurez une sauvegarde).</source>
      <translation>dit bestand is geen Atelier-database: kies het juiste bestand (of zet een back-up terug).</translation>
    </message>
    <message>
      <source>la base de données est en lecture seule : donnez à ce poste le droit d'écrire le fichier et son dossier.</source>
      <translation>de database is alleen-lezen: geef deze post schrijfrechten op het bestand en zijn map.</translation>
    </message>
    <message>
      <source>la base de données est verrouillée par un autre programme : rien n'a été enregistré. Réessayez dans un instant.</source>
      <translation>de database is vergrendeld door een ander programma: er werd niets opgeslagen. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
      <source>la base de données ne répond pas ou est verrouillée : {detail}</source>
      <translation>de database antwoordt niet of is vergrendeld: {detail}</translation>
    </message>
    <message>
      <source>le disque de la base de données est plein : rien n'a été enregistré. Libérez de l'espace puis recommencez.</source>
      <translation>de schijf van de database is vol: er werd niets opgeslagen. Maak ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
      <source>le dossier {folder} n'existe pas</source>
      <translation>de map {folder} bestaat niet</translation>
    </message>
    <message>
      <source>le fichier de la base de données ne peut pas être ouvert : vérifiez le chemin et les droits.</source>
      <translation>het databasebestand kan niet worden geopend: controleer het pad en de rechten.</translation>
    </message>
    <message>
      <source>le fichier {path} est sur un partage réseau : SQLite y corrompt les données quand plusieurs postes écrivent. Utilisez une base PostgreSQL partagée.</source>
      <translation>het bestand {path} staat op een netwerkshare: SQLite beschadigt er de gegevens wanneer meerdere werkposten schrijven. Gebruik een gedeelde PostgreSQL-database.</translation>
    </message>
    <message>
      <source>le port du serveur de base de données est invalide : {detail}</source>
      <translation>de poort van de databaseserver is ongeldig: {detail}</translation>
    </message>
    <message>
      <source>le rôle PostgreSQL {role} n'existe pas : créez-le d'abord (CREATE ROLE … LOGIN)</source>
      <translation>de PostgreSQL-rol {role} bestaat niet: maak hem eerst aan (CREATE ROLE … LOGIN)</translation>
    </message>
    <message>
      <source>le serveur de base de données ne répond pas : {detail}</source>
      <translation>de databaseserver antwoordt niet: {detail}</translation>
    </message>
    <message>
      <source>nom de base inutilisable pour Atelier : pas de @, : ni " et {n} caractères au plus</source>
      <translation>databasenaam onbruikbaar voor Atelier: geen @, : of " en hoogstens {n} tekens</translation>
    </message>
    <message>
      <source>réservé à une base partagée PostgreSQL (une base SQLite ne sert qu'un poste)</source>
      <translation>alleen voor een gedeelde PostgreSQL-database (een SQLite-database dient maar één werkpost)</translation>
    </message>
    <message>
      <source>seuls SQLite et PostgreSQL sont pris en charge, pas « {name} »</source>
      <translation>alleen SQLite en PostgreSQL worden ondersteund, niet '{name}'</translation>
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
      <translation>&lt;small&gt;Hier wordt geen wachtwoord gevraagd: iedereen meldt zich aan met zijn Atelier-gebruikersnaam, die de server controleert.&lt;/small&gt;</translation>
    </message>
    <message>
      <source>Base :</source>
      <translation>Database:</translation>
    </message>
    <message>
      <source>Base locale sur ce poste (un seul poste)</source>
      <translation>Lokale database op deze werkpost (één werkpost)</translation>
    </message>
    <message>
      <source>Base partagée PostgreSQL (plusieurs postes et sites)</source>
      <translation>Gedeelde PostgreSQL-database (meerdere werkposten en vestigingen)</translation>
    </message>
    <message>
      <source>Choix de la base de données</source>
      <translation>Keuze van de database</translation>
    </message>
    <message>
      <source>Connexion réussie.</source>
      <translation>Verbinding geslaagd.</translation>
    </message>
    <message>
      <source>Où Atelier doit-il enregistrer ses données ?</source>
      <translation>Waar moet Atelier zijn gegevens bewaren?</translation>
    </message>
    <message>
      <source>Port :</source>
      <translation>Poort:</translation>
    </message>
    <message>
      <source>Serveur :</source>
      <translation>Server:</translation>
    </message>
    <message>
      <source>Serveur et base : obligatoires</source>
      <translation>Server en database: verplicht</translation>
    </message>
    <message>
      <source>Tester la connexion</source>
      <translation>Verbinding testen</translation>
    </message>
    <message>
      <source>serveur.garage.local</source>
      <translation>server.garage.local</translation>
    </message>
    <message>
      <source>Échec : {reason}</source>
      <translation>Mislukt: {reason}</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>Création de la société de démonstration…</source>
      <translation>Demo-onderneming aanmaken…</translation>
    </message>
  </context>
  <context>
    <name>drafts</name>
    <message>
      <source>Abandonner</source>
      <translation>Verwerpen</translation>
    </message>
    <message>
      <source>Atelier s'est fermé sans que ces saisies soient enregistrées :
{titles}

Voulez-vous les reprendre ?</source>
      <translation>Atelier werd afgesloten zonder dat deze invoer werd opgeslagen:
{titles}

Wilt u ze hervatten?</translation>
    </message>
    <message>
      <source>Le formulaire « {title} » ne peut plus être ouvert ; sa saisie est abandonnée.</source>
      <translation>Het formulier ‘{title}’ kan niet meer worden geopend; de invoer wordt verworpen.</translation>
    </message>
    <message>
      <source>Plus tard</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>Reprendre</source>
      <translation>Hervatten</translation>
    </message>
    <message>
      <source>Saisie non enregistrée</source>
      <translation>Niet-opgeslagen invoer</translation>
    </message>
    <message>
      <source>Saisies non enregistrées</source>
      <translation>Niet-opgeslagen invoer</translation>
    </message>
    <message>
      <source>Une saisie non enregistrée de ce formulaire a été conservée le {when}.
Voulez-vous la reprendre ?</source>
      <translation>Niet-opgeslagen invoer van dit formulier werd bewaard op {when}.
Wilt u ze terugzetten?</translation>
    </message>
    <message>
      <source>Vos modifications ne sont pas enregistrées. Les abandonner ?</source>
      <translation>Uw wijzigingen zijn niet opgeslagen. Verwerpen?</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Erreur</source>
      <translation>Fout</translation>
    </message>
    <message>
      <source>Garder ma saisie</source>
      <translation>Mijn invoer behouden</translation>
    </message>
    <message>
      <source>Modifié par quelqu'un d'autre</source>
      <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
      <source>Recharger</source>
      <translation>Opnieuw laden</translation>
    </message>
    <message>
      <source>Saisie refusée</source>
      <translation>Invoer geweigerd</translation>
    </message>
    <message>
      <source>Site introuvable.</source>
      <translation>Vestiging niet gevonden.</translation>
    </message>
    <message>
      <source>Société introuvable.</source>
      <translation>Onderneming niet gevonden.</translation>
    </message>
    <message>
      <source>Utilisateur introuvable.</source>
      <translation>Gebruiker niet gevonden.</translation>
    </message>
    <message>
      <source>{count} erreur(s) :
{lines}</source>
      <translation>{count} fout(en):
{lines}</translation>
    </message>
    <message>
      <source>{field} : {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>{what} a été modifié par {user} le {when} depuis que vous l'avez ouvert. Rechargez pour voir ses changements ; les vôtres n'ont pas été enregistrés.</source>
      <translation>{what} werd gewijzigd door {user} op {when} sinds u het opende. Laad opnieuw om de wijzigingen te zien; de uwe werden niet opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Code du site</source>
      <translation>Vestigingscode</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Emplacement de l'installateur</source>
      <translation>Locatie van het installatieprogramma</translation>
    </message>
    <message>
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <source>Identifiant</source>
      <translation>Gebruikersnaam</translation>
    </message>
    <message>
      <source>L'utilisateur {login}</source>
      <translation>De gebruiker {login}</translation>
    </message>
    <message>
      <source>La fiche société</source>
      <translation>De ondernemingsfiche</translation>
    </message>
    <message>
      <source>Mot de passe</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Nom de la société</source>
      <translation>Naam van de onderneming</translation>
    </message>
    <message>
      <source>Nom du site</source>
      <translation>Naam van de vestiging</translation>
    </message>
    <message>
      <source>Numéro d'entreprise</source>
      <translation>Ondernemingsnummer</translation>
    </message>
    <message>
      <source>Numéro d'unité d'établissement</source>
      <translation>Vestigingseenheidsnummer</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Vestiging</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
  </context>
  <context>
    <name>grid</name>
    <message>
      <source>Export : {done} / {total} lignes</source>
      <translation>Export: {done} / {total} regels</translation>
    </message>
    <message>
      <source>Export CSV</source>
      <translation>CSV-export</translation>
    </message>
    <message>
      <source>Exporter CSV…</source>
      <translation>CSV exporteren…</translation>
    </message>
    <message>
      <source>Exporter en CSV</source>
      <translation>Exporteren naar CSV</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
      <source>Filtrer (Ctrl+F)…</source>
      <translation>Filteren (Ctrl+F)…</translation>
    </message>
    <message>
      <source>{n} ligne(s)</source>
      <translation>{n} regel(s)</translation>
    </message>
  </context>
  <context>
    <name>ledger</name>
    <message>
      <source>Registre altéré : {count} chaîne(s) rompue(s). {first} Lancez « atelier audit verify » et prévenez le responsable.</source>
      <translation>Register gewijzigd: {count} keten(s) verbroken. {first} Voer « atelier audit verify » uit en verwittig de verantwoordelijke.</translation>
    </message>
    <message>
      <source>contenu modifié : {changes}</source>
      <translation>inhoud gewijzigd: {changes}</translation>
    </message>
    <message>
      <source>enregistrement hors chaîne (écrit sans passer par l'application ou son entrée supprimée)</source>
      <translation>record buiten de keten (buiten de toepassing geschreven of zijn registerregel verwijderd)</translation>
    </message>
    <message>
      <source>enregistrement supprimé</source>
      <translation>record verwijderd</translation>
    </message>
    <message>
      <source>entrée du registre modifiée</source>
      <translation>registerregel gewijzigd</translation>
    </message>
    <message>
      <source>factures</source>
      <translation>facturen</translation>
    </message>
    <message>
      <source>fin de chaîne supprimée : la tête annonce {count} entrées, {found} trouvées</source>
      <translation>einde van de keten verwijderd: de kop meldt {count} regels, {found} gevonden</translation>
    </message>
    <message>
      <source>lien rompu : le hash précédent ne correspond pas à l'entrée {seq}</source>
      <translation>schakel verbroken: de vorige hash komt niet overeen met regel {seq}</translation>
    </message>
    <message>
      <source>maillon manquant : la position {expected} est absente (entrée supprimée)</source>
      <translation>ontbrekende schakel: positie {expected} ontbreekt (regel verwijderd)</translation>
    </message>
    <message>
      <source>notes de crédit</source>
      <translation>creditnota's</translation>
    </message>
    <message>
      <source>relevés Car-Pass acceptés</source>
      <translation>aanvaarde Car-Pass-registraties</translation>
    </message>
    <message>
      <source>règlements</source>
      <translation>betalingen</translation>
    </message>
    <message>
      <source>tête de chaîne supprimée</source>
      <translation>kop van de keten verwijderd</translation>
    </message>
    <message>
      <source>{site} {kind} ({name}) : CHAÎNE ROMPUE à la position {seq}, enregistrement {record} (id {id}) : {reason}</source>
      <translation>{site} {kind} ({name}): KETEN VERBROKEN op positie {seq}, record {record} (id {id}): {reason}</translation>
    </message>
    <message>
      <source>{site} {kind} ({name}) : chaîne intacte, {length} enregistrements, tête {head}</source>
      <translation>{site} {kind} ({name}): keten intact, {length} records, kop {head}</translation>
    </message>
    <message>
      <source>écritures du journal</source>
      <translation>journaalboekingen</translation>
    </message>
  </context>
  <context>
    <name>login</name>
    <message>
      <source>&lt;b&gt;Comptes de démonstration&lt;/b&gt; (mot de passe : &lt;code&gt;{pw}&lt;/code&gt;)</source>
      <translation>&lt;b&gt;Demo-accounts&lt;/b&gt; (wachtwoord: &lt;code&gt;{pw}&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>Base : {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <source>Identifiant :</source>
      <translation>Gebruikersnaam:</translation>
    </message>
    <message>
      <source>Identifiant : obligatoire</source>
      <translation>Gebruikersnaam: verplicht</translation>
    </message>
    <message>
      <source>Mot de passe :</source>
      <translation>Wachtwoord:</translation>
    </message>
    <message>
      <source>Ouverture de la base de données…</source>
      <translation>Databank wordt geopend…</translation>
    </message>
    <message>
      <source>Se connecter</source>
      <translation>Aanmelden</translation>
    </message>
    <message>
      <source>{app} — Connexion</source>
      <translation>{app} — Aanmelden</translation>
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
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Langue</source>
      <translation>&amp;Taal</translation>
    </message>
    <message>
      <source>&amp;Paramètres</source>
      <translation>&amp;Instellingen</translation>
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Raccourcis clavier</source>
      <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
      <source>Ces modifications ne sont pas enregistrées :
{items}

Les abandonner ?</source>
      <translation>Deze wijzigingen zijn niet opgeslagen:
{items}

Laten vallen?</translation>
    </message>
    <message>
      <source>Ces modifications ne sont pas enregistrées :
{items}

Les enregistrer ?</source>
      <translation>Deze wijzigingen zijn niet opgeslagen:
{items}

Opslaan?</translation>
    </message>
    <message>
      <source>Changer d'&amp;utilisateur…</source>
      <translation>Andere &amp;gebruiker…</translation>
    </message>
    <message>
      <source>Changer de &amp;site…</source>
      <translation>&amp;Vestiging wijzigen…</translation>
    </message>
    <message>
      <source>Changer de site</source>
      <translation>Vestiging wijzigen</translation>
    </message>
    <message>
      <source>Modifications non enregistrées</source>
      <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
      <source>Raccourcis clavier</source>
      <translation>Sneltoetsen</translation>
    </message>
    <message>
      <source>Se &amp;déconnecter</source>
      <translation>Af&amp;melden</translation>
    </message>
    <message>
      <source>Site :</source>
      <translation>Vestiging:</translation>
    </message>
    <message>
      <source>À &amp;propos d'Atelier</source>
      <translation>&amp;Over Atelier</translation>
    </message>
    <message>
      <source>À propos d'Atelier</source>
      <translation>Over Atelier</translation>
    </message>
  </context>
  <context>
    <name>modules</name>
    <message>
      <source>Administration</source>
      <translation>Beheer</translation>
    </message>
    <message>
      <source>Car-Pass</source>
      <translation>Car-Pass</translation>
    </message>
    <message>
      <source>Contrôles commerce véhicules</source>
      <translation>Controles voertuighandel</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Verhuur</translation>
    </message>
  </context>
  <context>
    <name>pdf</name>
    <message>
      <source>Aperçu PDF</source>
      <translation>PDF-voorbeeld</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
      <source>Enregistrer le PDF</source>
      <translation>PDF opslaan</translation>
    </message>
    <message>
      <source>L'aperçu ne peut pas s'ouvrir : aucun lecteur PDF n'est installé sur ce poste. Enregistrez le document pour l'ouvrir ailleurs ou installez un lecteur PDF.</source>
      <translation>Het voorbeeld kan niet openen: er is geen PDF-lezer op deze post geïnstalleerd. Sla het document op om het elders te openen of installeer een PDF-lezer.</translation>
    </message>
  </context>
  <context>
    <name>peppol</name>
    <message>
      <source>500 caractères au plus, sans espace</source>
      <translation>hoogstens 500 tekens, zonder spaties</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable ({backend}) : la clé API ne peut être gardée que pour cette session.</source>
      <translation>Geen bruikbare sleutelbos van het systeem ({backend}): de API-sleutel kan alleen voor deze sessie bewaard worden.</translation>
    </message>
    <message>
      <source>Clé API du fournisseur Peppol</source>
      <translation>API-sleutel van de Peppol-provider</translation>
    </message>
    <message>
      <source>Identifiant Peppol</source>
      <translation>Peppol-identificatie</translation>
    </message>
    <message>
      <source>Le trousseau du système a refusé la clé API ; rien n'a été modifié.</source>
      <translation>De sleutelbos van het systeem weigerde de API-sleutel; er werd niets gewijzigd.</translation>
    </message>
    <message>
      <source>format schéma:identifiant attendu, par exemple 0208:0457247904</source>
      <translation>formaat schema:identificatie verwacht, bijvoorbeeld 0208:0457247904</translation>
    </message>
    <message>
      <source>identifiant {value} invalide</source>
      <translation>ongeldige identificatie {value}</translation>
    </message>
    <message>
      <source>numéro d'entreprise belge invalide après 0208: (10 chiffres, modulo 97)</source>
      <translation>ongeldig Belgisch ondernemingsnummer na 0208: (10 cijfers, modulo 97)</translation>
    </message>
    <message>
      <source>numéro de TVA belge invalide après 9925: (BE suivi de 10 chiffres)</source>
      <translation>ongeldig Belgisch btw-nummer na 9925: (BE gevolgd door 10 cijfers)</translation>
    </message>
    <message>
      <source>schéma {scheme} inconnu de Peppol (liste EAS)</source>
      <translation>schema {scheme} onbekend bij Peppol (EAS-lijst)</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>administrateur</source>
      <translation>beheerder</translation>
    </message>
    <message>
      <source>employé</source>
      <translation>bediende</translation>
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <source>Cette base de données est déjà configurée ; rien n'a été modifié.</source>
      <translation>Deze database is al ingericht; er werd niets gewijzigd.</translation>
    </message>
    <message>
      <source>cette base de données est déjà configurée</source>
      <translation>deze database is al ingericht</translation>
    </message>
  </context>
  <context>
    <name>startup</name>
    <message>
      <source>Base de données trop récente</source>
      <translation>Database te recent</translation>
    </message>
    <message>
      <source>Base de données à mettre à jour</source>
      <translation>Database moet bijgewerkt worden</translation>
    </message>
    <message>
      <source>Impossible d'ouvrir la base de données</source>
      <translation>Kan de database niet openen</translation>
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
      <translation>Vestiging: {code} — {name}</translation>
    </message>
    <message>
      <source>Utilisateur : {name} ({role})</source>
      <translation>Gebruiker: {name} ({role})</translation>
    </message>
  </context>
  <context>
    <name>task</name>
    <message>
      <source>Annulation en cours…</source>
      <translation>Bezig met annuleren…</translation>
    </message>
    <message>
      <source>Annuler</source>
      <translation>Annuleren</translation>
    </message>
  </context>
  <context>
    <name>update</name>
    <message>
      <source>Aucun emplacement d'installateur n'est enregistré dans la base : demandez à votre service informatique d'installer la mise à jour sur ce poste.</source>
      <translation>Er is geen locatie van het installatieprogramma vastgelegd in de database: vraag uw IT-dienst de update op deze werkpost te installeren.</translation>
    </message>
    <message>
      <source>Ce poste :</source>
      <translation>Deze werkpost:</translation>
    </message>
    <message>
      <source>Copie de l'installateur</source>
      <translation>Installatieprogramma kopiëren</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Installateur :</source>
      <translation>Installatieprogramma:</translation>
    </message>
    <message>
      <source>Installateur : {done} Mo</source>
      <translation>Installatieprogramma: {done} MB</translation>
    </message>
    <message>
      <source>Installateur : {done} Mo sur {total} Mo</source>
      <translation>Installatieprogramma: {done} MB van {total} MB</translation>
    </message>
    <message>
      <source>Installateur illisible : {file} ({reason})</source>
      <translation>Installatieprogramma onleesbaar: {file} ({reason})</translation>
    </message>
    <message>
      <source>Installateur introuvable : {file}. Vérifiez que le service informatique l'y a déposé et que ce PC voit le partage.</source>
      <translation>Installatieprogramma niet gevonden: {file}. Controleer of de IT-dienst het daar heeft geplaatst en of deze pc de share ziet.</translation>
    </message>
    <message>
      <source>Installer la mise à jour</source>
      <translation>Update installeren</translation>
    </message>
    <message>
      <source>L'installation d'Atelier {version} a démarré. Atelier se ferme ; relancez-le quand l'installation est terminée (une à deux minutes).</source>
      <translation>De installatie van Atelier {version} is gestart. Atelier sluit af; start het opnieuw wanneer de installatie klaar is (een à twee minuten).</translation>
    </message>
    <message>
      <source>La base de données partagée demande une version plus récente d'Atelier que celle de ce poste.</source>
      <translation>De gedeelde database vereist een recentere versie van Atelier dan die van deze werkpost.</translation>
    </message>
    <message>
      <source>La mise à jour n'a pas démarré : les droits d'administrateur de ce PC ont été refusés. Recommencez, ou demandez à votre service informatique.</source>
      <translation>De update is niet gestart: de beheerdersrechten van deze pc werden geweigerd. Probeer opnieuw, of vraag het aan uw IT-dienst.</translation>
    </message>
    <message>
      <source>Mise à jour requise</source>
      <translation>Update vereist</translation>
    </message>
    <message>
      <source>Seuls les postes Windows se mettent à jour depuis Atelier : ce poste ne peut pas lancer {file}. Demandez à votre service informatique d'y installer Atelier {version}.</source>
      <translation>Alleen Windows-werkposten werken zichzelf bij vanuit Atelier: deze werkpost kan {file} niet starten. Vraag uw IT-dienst er Atelier {version} te installeren.</translation>
    </message>
    <message>
      <source>Téléchargement de l'installateur impossible ({url}) : {reason}</source>
      <translation>Installatieprogramma downloaden mislukt ({url}): {reason}</translation>
    </message>
    <message>
      <source>Téléchargement de l'installateur refusé : HTTP {status} ({url})</source>
      <translation>Download van het installatieprogramma geweigerd: HTTP {status} ({url})</translation>
    </message>
    <message>
      <source>Version requise :</source>
      <translation>Vereiste versie:</translation>
    </message>
    <message>
      <source>Windows n'a pas pu lancer l'installateur {file} (code {code}).</source>
      <translation>Windows kon het installatieprogramma {file} niet starten (code {code}).</translation>
    </message>
    <message>
      <source>non enregistré</source>
      <translation>niet vastgelegd</translation>
    </message>
    <message>
      <source>plus récente</source>
      <translation>recenter</translation>
    </message>
    <message>
      <source>« Installer la mise à jour » copie l'installateur sur ce PC et le lance ; Windows demande les droits d'administrateur. Atelier se ferme pendant l'installation : relancez-le ensuite.</source>
      <translation>„Update installeren” kopieert het installatieprogramma naar deze pc en start het; Windows vraagt om beheerdersrechten. Atelier sluit af tijdens de installatie: start het daarna opnieuw.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>1 à 10 lettres, chiffres ou _ (sans tiret : il sépare les parties des références de factures)</source>
      <translation>1 tot 10 letters, cijfers of _ (geen streepje: het scheidt de delen van factuurreferenties)</translation>
    </message>
    <message>
      <source>2 à 64 lettres, chiffres, point, - ou _</source>
      <translation>2 tot 64 letters, cijfers, punt, - of _</translation>
    </message>
    <message>
      <source>IBAN invalide</source>
      <translation>ongeldig IBAN</translation>
    </message>
    <message>
      <source>adresse e-mail invalide</source>
      <translation>ongeldig e-mailadres</translation>
    </message>
    <message>
      <source>adresse https illisible, ou avec un nom d'utilisateur ou un mot de passe</source>
      <translation>onleesbaar https-adres, of met een gebruikersnaam of wachtwoord</translation>
    </message>
    <message>
      <source>au moins {n} caractères</source>
      <translation>minstens {n} tekens</translation>
    </message>
    <message>
      <source>chemin réseau (\\serveur\partage\…) ou adresse https attendu : une lettre de lecteur diffère d'un PC à l'autre</source>
      <translation>netwerkpad (\\server\share\…) of https-adres verwacht: een stationsletter verschilt van pc tot pc</translation>
    </message>
    <message>
      <source>chemin réseau illisible : \\serveur\partage\dossier attendu</source>
      <translation>onleesbaar netwerkpad: \\server\share\map verwacht</translation>
    </message>
    <message>
      <source>chiffres de contrôle incorrects (modulo 97)</source>
      <translation>onjuiste controlecijfers (modulo 97)</translation>
    </message>
    <message>
      <source>doit commencer par 0 ou 1</source>
      <translation>moet met 0 of 1 beginnen</translation>
    </message>
    <message>
      <source>doit commencer par 2 (à 8)</source>
      <translation>moet met 2 (tot 8) beginnen</translation>
    </message>
    <message>
      <source>doit compter 10 chiffres</source>
      <translation>moet 10 cijfers tellen</translation>
    </message>
    <message>
      <source>déjà utilisé par un autre site</source>
      <translation>al gebruikt door een andere vestiging</translation>
    </message>
    <message>
      <source>https seulement : l'installateur est lancé avec les droits d'administrateur</source>
      <translation>alleen https: het installatieprogramma draait met beheerdersrechten</translation>
    </message>
    <message>
      <source>l'identifiant {login} existe déjà</source>
      <translation>de gebruikersnaam {login} bestaat al</translation>
    </message>
    <message>
      <source>le site {code} existe déjà</source>
      <translation>de vestiging {code} bestaat al</translation>
    </message>
    <message>
      <source>les deux saisies diffèrent</source>
      <translation>de twee invoeren verschillen</translation>
    </message>
    <message>
      <source>nombre entier attendu</source>
      <translation>geheel getal verwacht</translation>
    </message>
    <message>
      <source>numéro de version invalide : « {value} » (par exemple 0.3.0)</source>
      <translation>ongeldig versienummer: „{value}” (bijvoorbeeld 0.3.0)</translation>
    </message>
    <message>
      <source>obligatoire</source>
      <translation>verplicht</translation>
    </message>
    <message>
      <source>site {code} inconnu</source>
      <translation>onbekende vestiging {code}</translation>
    </message>
    <message>
      <source>trop long pour cette base partagée</source>
      <translation>te lang voor deze gedeelde database</translation>
    </message>
    <message>
      <source>{login} est déjà un rôle du serveur qui n'est pas un utilisateur Atelier : choisissez un autre identifiant</source>
      <translation>{login} is al een serverrol die geen Atelier-gebruiker is: kies een andere gebruikersnaam</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>hoogstens {n} tekens</translation>
    </message>
    <message>
      <source>{n} caractères au plus pour cette base partagée</source>
      <translation>hoogstens {n} tekens voor deze gedeelde database</translation>
    </message>
    <message>
      <source>{n} chiffres au plus</source>
      <translation>hoogstens {n} cijfers</translation>
    </message>
    <message>
      <source>« {value} » est ambigu : écrivez {thousands} (milliers) ou {decimal} (décimales)</source>
      <translation>„{value}” is dubbelzinnig: schrijf {thousands} (duizendtallen) of {decimal} (decimalen)</translation>
    </message>
    <message>
      <source>« {value} » n'est pas un nombre (exemple : 1 234,50)</source>
      <translation>„{value}” is geen getal (voorbeeld: 1 234,50)</translation>
    </message>
  </context>
  <context>
    <name>web</name>
    <message>
      <source>adresse https://… attendue</source>
      <translation>https://…-adres verwacht</translation>
    </message>
    <message>
      <source>http:// n'est permis que vers cet ordinateur (simulateur) ; utilisez https://</source>
      <translation>http:// is enkel toegestaan naar deze computer (simulator); gebruik https://</translation>
    </message>
    <message>
      <source>ni identifiant, ni paramètres dans l'adresse</source>
      <translation>geen gebruikersnaam of parameters in het adres</translation>
    </message>
  </context>
</TS>
