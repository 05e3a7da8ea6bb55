<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
  <context>
    <name>about</name>
    <message>
      <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Logiciel des postes de carrosserie : Car-Pass, contrôles commerce véhicules, location de véhicules de remplacement.&lt;br&gt;Base : {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+F : filtrer la liste
Entrée : ouvrir la ligne
Ctrl+S ou F10 : enregistrer
Échap : abandonner la saisie
F1 : aide du champ
Ctrl+Tab : onglet suivant
Ctrl+Q : quitter</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>admin</name>
    <message>
      <source>Actif</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrateur :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifiant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifiant :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mot de passe :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom complet :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouveau site…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvel utilisateur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nouvel utilisateur…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N° d'établissement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N° d'établissement :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rôle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sites de la société</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utilisateurs du site {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>non</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>oui</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>auth</name>
    <message>
      <source>Cette action est réservée aux administrateurs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifiant ou mot de passe incorrect.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trop d'essais infructueux : connexion bloquée pendant {minutes} minute(s).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Base configurée : site {site}, administrateur {admin}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Base de données à jour : révision {old} → {new}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mot de passe de {user} : </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mot de passe du nouvel administrateur : </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mot de passe du nouvel utilisateur : </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site {code} créé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utilisateur {login} créé.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>obligatoire pour cette commande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>à définir dans la variable d'environnement (aucun terminal pour le demander)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>Cette base de données a été mise à jour par une version plus récente d'Atelier (révision {revision}). Installez la dernière version d'Atelier avant de l'ouvrir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>adresse de base de données illisible : {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>la base de données ne répond pas ou est verrouillée : {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le dossier {folder} n'existe pas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le fichier {path} est sur un partage réseau : SQLite y corrompt les données quand plusieurs postes écrivent. Utilisez une base PostgreSQL partagée.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>seuls SQLite et PostgreSQL sont pris en charge, pas « {name} »</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dbdialog</name>
    <message>
      <source>Base locale sur ce poste (un seul poste)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Base partagée PostgreSQL (plusieurs postes et sites)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choix de la base de données</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connexion réussie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Où Atelier doit-il enregistrer ses données ?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tester la connexion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Échec : {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>Création de la société de démonstration…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Erreur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Garder ma saisie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Modifié par quelqu'un d'autre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recharger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saisie refusée</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site introuvable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utilisateur introuvable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} erreur(s) :
{lines}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field} : {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} a été modifié par {user} le {when} depuis que vous l'avez ouvert. Rechargez pour voir ses changements ; les vôtres n'ont pas été enregistrés.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Code du site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifiant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mot de passe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom de la société</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nom du site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Numéro d'entreprise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Numéro d'unité d'établissement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>grid</name>
    <message>
      <source>Export : {done} / {total} lignes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporter en CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filtrer (Ctrl+F)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} ligne(s)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>login</name>
    <message>
      <source>&lt;b&gt;Comptes de démonstration&lt;/b&gt; (mot de passe : &lt;code&gt;{pw}&lt;/code&gt;)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Base : {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifiant :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifiant : obligatoire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mot de passe :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Se connecter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{app} — Connexion</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>menu</name>
    <message>
      <source>&amp;Aide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Fichier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Langue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paramètres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Raccourcis clavier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changer de &amp;site…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changer de site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Raccourcis clavier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site :</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À &amp;propos d'Atelier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>À propos d'Atelier</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>modules</name>
    <message>
      <source>Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Car-Pass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ce module arrive bientôt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contrôles commerce véhicules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>administrateur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>employé</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <source>Cette base de données est déjà configurée ; rien n'a été modifié.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cette base de données est déjà configurée</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>startup</name>
    <message>
      <source>Base de données trop récente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Impossible d'ouvrir la base de données</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <source>Base : {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Site : {code} — {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utilisateur : {name} ({role})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>task</name>
    <message>
      <source>Annulation en cours…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annuler</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>1 à 10 lettres, chiffres, - ou _</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2 à 64 lettres, chiffres, point, - ou _</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>au moins {n} caractères</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>chiffres de contrôle incorrects (modulo 97)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>doit commencer par 0 ou 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>doit commencer par 2 (à 8)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>doit compter 10 chiffres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>déjà utilisé par un autre site</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>l'identifiant {login} existe déjà</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>le site {code} existe déjà</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>obligatoire</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>site {code} inconnu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
