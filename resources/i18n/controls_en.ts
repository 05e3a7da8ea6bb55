<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
  <context>
    <name>controls</name>
    <message>
      <source>A : véhicules d'agence</source>
      <translation>A: agency vehicles</translation>
    </message>
    <message>
      <source>Abandonner les modifications</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>Abandonner les modifications de la page {page} ?</source>
      <translation>Discard the changes on page {page}?</translation>
    </message>
    <message>
      <source>Aide (F1)</source>
      <translation>Help (F1)</translation>
    </message>
    <message>
      <source>Ancienne valeur</source>
      <translation>Old value</translation>
    </message>
    <message>
      <source>Aperçu de la formule des frais généraux</source>
      <translation>Overhead formula preview</translation>
    </message>
    <message>
      <source>Attention — {field} : {reason}</source>
      <translation>Warning — {field}: {reason}</translation>
    </message>
    <message>
      <source>Aucune modification enregistrée pour ce champ.</source>
      <translation>No change saved for this field.</translation>
    </message>
    <message>
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Cible (droite)</source>
      <translation>Target (right)</translation>
    </message>
    <message>
      <source>Cible :</source>
      <translation>Target:</translation>
    </message>
    <message>
      <source>Comparer / copier entre sites…</source>
      <translation>Compare / copy between sites…</translation>
    </message>
    <message>
      <source>Comparer et copier entre sites</source>
      <translation>Compare and copy between sites</translation>
    </message>
    <message>
      <source>Contrôles commerce véhicules</source>
      <translation>Vehicle trade controls</translation>
    </message>
    <message>
      <source>Copier des valeurs</source>
      <translation>Copy values</translation>
    </message>
    <message>
      <source>Copier la page {page} →</source>
      <translation>Copy page {page} →</translation>
    </message>
    <message>
      <source>Copier les lignes choisies →</source>
      <translation>Copy the selected rows →</translation>
    </message>
    <message>
      <source>Copier toutes les pages →</source>
      <translation>Copy all pages →</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Décision : {text}</source>
      <translation>Decision: {text}</translation>
    </message>
    <message>
      <source>Enregistrement refusé : voir les raisons sous les champs.</source>
      <translation>Save refused: see the reasons under the fields.</translation>
    </message>
    <message>
      <source>Enregistrer la page (F10)</source>
      <translation>Save page (F10)</translation>
    </message>
    <message>
      <source>F19/Maj+F7/PgPréc page précédente · F20/Maj+F8/PgSuiv page suivante · F1 aide du champ · Entrée champ suivant · F10/Ctrl+S enregistrer · Échap abandonner</source>
      <translation>F19/Shift+F7/PgUp previous page · F20/Shift+F8/PgDn next page · F1 field help · Enter next field · F10/Ctrl+S save · Esc discard</translation>
    </message>
    <message>
      <source>F19/Maj+F7/PgPréc page précédente · F20/Maj+F8/PgSuiv page suivante · F1 aide du champ · Entrée champ suivant · lecture seule</source>
      <translation>F19/Shift+F7/PgUp previous page · F20/Shift+F8/PgDn next page · F1 field help · Enter next field · read only</translation>
    </message>
    <message>
      <source>Frais généraux</source>
      <translation>Overhead</translation>
    </message>
    <message>
      <source>Frais généraux = (montant fixe mensuel + (valeur du véhicule + valeur des options) × taux mensuel % / 100) × jours / 30</source>
      <translation>Overhead = (fixed monthly amount + (vehicle value + options value) × monthly rate % / 100) × days / 30</translation>
    </message>
    <message>
      <source>G : véhicules d'occasion</source>
      <translation>G: used vehicles</translation>
    </message>
    <message>
      <source>Historique du champ</source>
      <translation>Field history</translation>
    </message>
    <message>
      <source>Historique du champ…</source>
      <translation>Field history…</translation>
    </message>
    <message>
      <source>Import terminé sur le site {site} : {n} valeur(s) modifiée(s).</source>
      <translation>Import finished on site {site}: {n} value(s) changed.</translation>
    </message>
    <message>
      <source>JSON invalide : {detail}</source>
      <translation>Invalid JSON: {detail}</translation>
    </message>
    <message>
      <source>Jours de stationnement :</source>
      <translation>Days in stock:</translation>
    </message>
    <message>
      <source>La page {page} contient {n} valeur(s) refusée(s) : corrigez-les avant d'enregistrer.</source>
      <translation>Page {page} holds {n} refused value(s): correct them before saving.</translation>
    </message>
    <message>
      <source>La page {page} du site {site}</source>
      <translation>Page {page} of site {site}</translation>
    </message>
    <message>
      <source>Ligne</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Limite inférieure</source>
      <translation>Lower limit</translation>
    </message>
    <message>
      <source>Limite supérieure</source>
      <translation>Upper limit</translation>
    </message>
    <message>
      <source>Manuel : « {heading} »</source>
      <translation>Manual: "{heading}"</translation>
    </message>
    <message>
      <source>Montant fixe</source>
      <translation>Fixed amount</translation>
    </message>
    <message>
      <source>N : neuf · V : démonstration · G : occasion · A : agence</source>
      <translation>N: new · V: demonstration · G: used · A: agency</translation>
    </message>
    <message>
      <source>N : véhicules neufs</source>
      <translation>N: new vehicles</translation>
    </message>
    <message>
      <source>Nouvelle valeur</source>
      <translation>New value</translation>
    </message>
    <message>
      <source>Origine</source>
      <translation>Origin</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <source>Page suivante (F20) ▶</source>
      <translation>Next page (F20) ▶</translation>
    </message>
    <message>
      <source>Page {page} enregistrée : {n} valeur(s) modifiée(s).</source>
      <translation>Page {page} saved: {n} value(s) changed.</translation>
    </message>
    <message>
      <source>Pas d'aide pour ce champ.</source>
      <translation>No help for this field.</translation>
    </message>
    <message>
      <source>Placez le curseur dans un champ pour voir son historique.</source>
      <translation>Put the cursor in a field to see its history.</translation>
    </message>
    <message>
      <source>Placez le curseur dans un champ puis appuyez sur F1 pour son aide.</source>
      <translation>Put the cursor in a field and press F1 for its help.</translation>
    </message>
    <message>
      <source>Rechercher un champ (mots du libellé ou de l'aide)…</source>
      <translation>Find a field (words of its label or help)…</translation>
    </message>
    <message>
      <source>Refusé par une règle entre pages — page {page}, « {field} » : {reason}</source>
      <translation>Refused by a rule across pages — page {page}, "{field}": {reason}</translation>
    </message>
    <message>
      <source>Remplacer les valeurs du site {target} par celles du site {source} ?</source>
      <translation>Replace the values of site {target} with those of site {source}?</translation>
    </message>
    <message>
      <source>Seulement les différences</source>
      <translation>Differences only</translation>
    </message>
    <message>
      <source>Site cible</source>
      <translation>Target site</translation>
    </message>
    <message>
      <source>Site {code} — {mode}</source>
      <translation>Site {code} — {mode}</translation>
    </message>
    <message>
      <source>Source (gauche)</source>
      <translation>Source (left)</translation>
    </message>
    <message>
      <source>Source :</source>
      <translation>Source:</translation>
    </message>
    <message>
      <source>Taux %</source>
      <translation>Rate %</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Utilisateur</source>
      <translation>User</translation>
    </message>
    <message>
      <source>V : véhicules de démonstration</source>
      <translation>V: demonstration vehicles</translation>
    </message>
    <message>
      <source>VIDE</source>
      <translation>BLANK</translation>
    </message>
    <message>
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Valeur des options :</source>
      <translation>Options value:</translation>
    </message>
    <message>
      <source>Valeur du véhicule (prix d'achat) :</source>
      <translation>Vehicle value (purchase price):</translation>
    </message>
    <message>
      <source>Valeurs permises : {allowed}</source>
      <translation>Allowed values: {allowed}</translation>
    </message>
    <message>
      <source>attention : {field} : {reason}</source>
      <translation>warning: {field}: {reason}</translation>
    </message>
    <message>
      <source>catalogue : champ {key} de type inconnu {type}</source>
      <translation>catalogue: field {key} has unknown type {type}</translation>
    </message>
    <message>
      <source>catalogue illisible {path} : {detail}</source>
      <translation>unreadable catalogue {path}: {detail}</translation>
    </message>
    <message>
      <source>catalogue introuvable : {path}</source>
      <translation>catalogue not found: {path}</translation>
    </message>
    <message>
      <source>ce champ est sur la page {page}</source>
      <translation>this field is on page {page}</translation>
    </message>
    <message>
      <source>champ inconnu dans le catalogue VZSHE</source>
      <translation>unknown field in the VZSHE catalogue</translation>
    </message>
    <message>
      <source>choisissez deux sites différents</source>
      <translation>choose two different sites</translation>
    </message>
    <message>
      <source>copie du site {site}</source>
      <translation>copy from site {site}</translation>
    </message>
    <message>
      <source>date obligatoire (JJ-MM-AAAA)</source>
      <translation>date required (DD-MM-YYYY)</translation>
    </message>
    <message>
      <source>démonstration</source>
      <translation>demonstration</translation>
    </message>
    <message>
      <source>fichier illisible : {detail}</source>
      <translation>unreadable file: {detail}</translation>
    </message>
    <message>
      <source>format « {value} » inconnu</source>
      <translation>unknown format "{value}"</translation>
    </message>
    <message>
      <source>fr</source>
      <translation>en</translation>
    </message>
    <message>
      <source>import</source>
      <translation>import</translation>
    </message>
    <message>
      <source>jour et mois JJ-MM</source>
      <translation>day and month DD-MM</translation>
    </message>
    <message>
      <source>jour et mois obligatoires (JJ-MM)</source>
      <translation>day and month required (DD-MM)</translation>
    </message>
    <message>
      <source>la commission par position exige que « {other} » vaille 1 ou 2</source>
      <translation>commission per item requires "{other}" to be 1 or 2</translation>
    </message>
    <message>
      <source>la limite inférieure {lower} dépasse la limite supérieure {upper}</source>
      <translation>the lower limit {lower} is above the upper limit {upper}</translation>
    </message>
    <message>
      <source>le fichier n'est pas un export de contrôles (objet « pages » attendu)</source>
      <translation>the file is not a controls export ("pages" object expected)</translation>
    </message>
    <message>
      <source>lecture seule</source>
      <translation>read only</translation>
    </message>
    <message>
      <source>ligne de commande</source>
      <translation>command line</translation>
    </message>
    <message>
      <source>ligne {row} : date obligatoire pour ce pourcentage</source>
      <translation>row {row}: a date is required for this percentage</translation>
    </message>
    <message>
      <source>ligne {row} : la date doit être antérieure à celle de la ligne {previous} (ordre décroissant)</source>
      <translation>row {row}: the date must be earlier than that of row {previous} (descending order)</translation>
    </message>
    <message>
      <source>ligne {row} : pourcentage obligatoire et différent de 0 quand une date est donnée</source>
      <translation>row {row}: a percentage other than 0 is required when a date is given</translation>
    </message>
    <message>
      <source>max.</source>
      <translation>max.</translation>
    </message>
    <message>
      <source>min.</source>
      <translation>min.</translation>
    </message>
    <message>
      <source>modification</source>
      <translation>editing</translation>
    </message>
    <message>
      <source>objet clé → valeur attendu</source>
      <translation>key → value object expected</translation>
    </message>
    <message>
      <source>obligatoire quand « {switch} » vaut 1</source>
      <translation>required when "{switch}" is 1</translation>
    </message>
    <message>
      <source>page inconnue</source>
      <translation>unknown page</translation>
    </message>
    <message>
      <source>page {page} inconnue</source>
      <translation>unknown page {page}</translation>
    </message>
    <message>
      <source>sans effet tant que « {other} » n'est pas rempli</source>
      <translation>no effect while "{other}" is not filled in</translation>
    </message>
    <message>
      <source>seule la valeur VIDE est permise quand « {other} » vaut 1</source>
      <translation>only BLANK is allowed when "{other}" is 1</translation>
    </message>
    <message>
      <source>tableau</source>
      <translation>table</translation>
    </message>
    <message>
      <source>texte ou nombre attendu</source>
      <translation>text or number expected</translation>
    </message>
    <message>
      <source>type {type} : à laisser vide ou 0 car « {first} » est déjà rempli (une seule méthode de date par type de véhicule)</source>
      <translation>type {type}: leave blank or 0 because "{first}" is already filled in (one date method per vehicle type)</translation>
    </message>
    <message>
      <source>un tableau se saisit ligne par ligne</source>
      <translation>a table is entered row by row</translation>
    </message>
    <message>
      <source>valeur obligatoire : un nombre de {low} à {high}</source>
      <translation>required value: a number from {low} to {high}</translation>
    </message>
    <message>
      <source>valeur obligatoire : un nombre entier de {low} à {high}</source>
      <translation>value required: a whole number from {low} to {high}</translation>
    </message>
    <message>
      <source>valeur obligatoire ; valeurs permises : {allowed}</source>
      <translation>value required; allowed values: {allowed}</translation>
    </message>
    <message>
      <source>{blank} ou une date JJ-MM-AAAA</source>
      <translation>{blank} or a date DD-MM-YYYY</translation>
    </message>
    <message>
      <source>{blank}, {low} à {high}</source>
      <translation>{blank}, {low} to {high}</translation>
    </message>
    <message>
      <source>{blank}, {values}</source>
      <translation>{blank}, {values}</translation>
    </message>
    <message>
      <source>{low} à {high}</source>
      <translation>{low} to {high}</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>at most {n} characters</translation>
    </message>
    <message>
      <source>{type} taux {n}</source>
      <translation>{type} rate {n}</translation>
    </message>
    <message>
      <source>{values}</source>
      <translation>{values}</translation>
    </message>
    <message>
      <source>{value} : année avant 1900</source>
      <translation>{value}: year before 1900</translation>
    </message>
    <message>
      <source>{value} a trop de chiffres : {n} au plus</source>
      <translation>{value} has too many digits: at most {n}</translation>
    </message>
    <message>
      <source>{value} a trop de décimales : {n} au plus</source>
      <translation>{value} has too many decimals: at most {n}</translation>
    </message>
    <message>
      <source>{value} est hors limites : de {low} à {high}</source>
      <translation>{value} is out of range: from {low} to {high}</translation>
    </message>
    <message>
      <source>« {value} » est trop long : {n} caractère(s) au plus</source>
      <translation>"{value}" is too long: at most {n} character(s)</translation>
    </message>
    <message>
      <source>« {value} » n'est pas permis ; valeurs permises : {allowed}</source>
      <translation>"{value}" is not allowed; allowed values: {allowed}</translation>
    </message>
    <message>
      <source>« {value} » n'est pas un jour et un mois valables (JJ-MM)</source>
      <translation>"{value}" is not a valid day and month (DD-MM)</translation>
    </message>
    <message>
      <source>« {value} » n'est pas un nombre entier</source>
      <translation>"{value}" is not a whole number</translation>
    </message>
    <message>
      <source>« {value} » n'est pas une date valable (JJ-MM-AAAA)</source>
      <translation>"{value}" is not a valid date (DD-MM-YYYY)</translation>
    </message>
    <message>
      <source>écran</source>
      <translation>screen</translation>
    </message>
    <message>
      <source>◀ Page précédente (F19)</source>
      <translation>◀ Previous page (F19)</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>Contrôles commerce véhicules de démonstration…</source>
      <translation>Demo vehicle trade controls…</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Site introuvable.</source>
      <translation>Site not found.</translation>
    </message>
  </context>
</TS>
