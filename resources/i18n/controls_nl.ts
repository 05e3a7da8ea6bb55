<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
  <context>
    <name>controls</name>
    <message>
      <source>A : véhicules d'agence</source>
      <translation>A: agentschapsvoertuigen</translation>
    </message>
    <message>
      <source>Abandonner les modifications</source>
      <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
      <source>Abandonner les modifications de la page {page} ?</source>
      <translation>Wijzigingen van pagina {page} verwerpen?</translation>
    </message>
    <message>
      <source>Aide (F1)</source>
      <translation>Help (F1)</translation>
    </message>
    <message>
      <source>Ancienne valeur</source>
      <translation>Oude waarde</translation>
    </message>
    <message>
      <source>Aperçu de la formule des frais généraux</source>
      <translation>Voorbeeld van de formule voor overheadkosten</translation>
    </message>
    <message>
      <source>Attention — {field} : {reason}</source>
      <translation>Opgelet — {field}: {reason}</translation>
    </message>
    <message>
      <source>Aucune modification enregistrée pour ce champ.</source>
      <translation>Geen wijzigingen opgeslagen voor dit veld.</translation>
    </message>
    <message>
      <source>Champ</source>
      <translation>Veld</translation>
    </message>
    <message>
      <source>Cible (droite)</source>
      <translation>Doel (rechts)</translation>
    </message>
    <message>
      <source>Cible :</source>
      <translation>Doel:</translation>
    </message>
    <message>
      <source>Comparer / copier entre sites…</source>
      <translation>Vergelijken / kopiëren tussen vestigingen…</translation>
    </message>
    <message>
      <source>Comparer et copier entre sites</source>
      <translation>Vergelijken en kopiëren tussen vestigingen</translation>
    </message>
    <message>
      <source>Contrôles commerce véhicules</source>
      <translation>Parameters voertuighandel</translation>
    </message>
    <message>
      <source>Copier des valeurs</source>
      <translation>Waarden kopiëren</translation>
    </message>
    <message>
      <source>Copier la page {page} →</source>
      <translation>Pagina {page} kopiëren →</translation>
    </message>
    <message>
      <source>Copier les lignes choisies →</source>
      <translation>Gekozen regels kopiëren →</translation>
    </message>
    <message>
      <source>Copier toutes les pages →</source>
      <translation>Alle pagina's kopiëren →</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Décision : {text}</source>
      <translation>Beslissing: {text}</translation>
    </message>
    <message>
      <source>Enregistrement refusé : voir les raisons sous les champs.</source>
      <translation>Opslaan geweigerd: zie de redenen onder de velden.</translation>
    </message>
    <message>
      <source>Enregistrer la page (F10)</source>
      <translation>Pagina opslaan (F10)</translation>
    </message>
    <message>
      <source>F19/Maj+F7/PgPréc page précédente · F20/Maj+F8/PgSuiv page suivante · F1 aide du champ · Entrée champ suivant · F10/Ctrl+S enregistrer · Échap abandonner</source>
      <translation>F19/Shift+F7/PgUp vorige pagina · F20/Shift+F8/PgDn volgende pagina · F1 help bij het veld · Enter volgend veld · F10/Ctrl+S opslaan · Esc verwerpen</translation>
    </message>
    <message>
      <source>F19/Maj+F7/PgPréc page précédente · F20/Maj+F8/PgSuiv page suivante · F1 aide du champ · Entrée champ suivant · lecture seule</source>
      <translation>F19/Shift+F7/PgUp vorige pagina · F20/Shift+F8/PgDn volgende pagina · F1 help bij het veld · Enter volgend veld · alleen lezen</translation>
    </message>
    <message>
      <source>Frais généraux</source>
      <translation>Overheadkosten</translation>
    </message>
    <message>
      <source>Frais généraux = (montant fixe mensuel + (valeur du véhicule + valeur des options) × taux mensuel % / 100) × jours / 30</source>
      <translation>Overheadkosten = (vast maandbedrag + (voertuigwaarde + waarde opties) × maandpercentage / 100) × dagen / 30</translation>
    </message>
    <message>
      <source>G : véhicules d'occasion</source>
      <translation>G: tweedehandsvoertuigen</translation>
    </message>
    <message>
      <source>Historique du champ</source>
      <translation>Historiek van het veld</translation>
    </message>
    <message>
      <source>Historique du champ…</source>
      <translation>Historiek van het veld…</translation>
    </message>
    <message>
      <source>Import terminé sur le site {site} : {n} valeur(s) modifiée(s).</source>
      <translation>Import voltooid op vestiging {site}: {n} waarde(n) gewijzigd.</translation>
    </message>
    <message>
      <source>JSON invalide : {detail}</source>
      <translation>Ongeldige JSON: {detail}</translation>
    </message>
    <message>
      <source>Jours de stationnement :</source>
      <translation>Standdagen:</translation>
    </message>
    <message>
      <source>La page {page} contient {n} valeur(s) refusée(s) : corrigez-les avant d'enregistrer.</source>
      <translation>Pagina {page} bevat {n} geweigerde waarde(n): verbeter ze voor het opslaan.</translation>
    </message>
    <message>
      <source>La page {page} du site {site}</source>
      <translation>Pagina {page} van vestiging {site}</translation>
    </message>
    <message>
      <source>Ligne</source>
      <translation>Regel</translation>
    </message>
    <message>
      <source>Limite inférieure</source>
      <translation>Ondergrens</translation>
    </message>
    <message>
      <source>Limite supérieure</source>
      <translation>Bovengrens</translation>
    </message>
    <message>
      <source>Manuel : « {heading} »</source>
      <translation>Handleiding: "{heading}"</translation>
    </message>
    <message>
      <source>Montant fixe</source>
      <translation>Vast bedrag</translation>
    </message>
    <message>
      <source>N : neuf · V : démonstration · G : occasion · A : agence</source>
      <translation>N: nieuw · V: demonstratie · G: tweedehands · A: agentschap</translation>
    </message>
    <message>
      <source>N : véhicules neufs</source>
      <translation>N: nieuwe voertuigen</translation>
    </message>
    <message>
      <source>Nouvelle valeur</source>
      <translation>Nieuwe waarde</translation>
    </message>
    <message>
      <source>Origine</source>
      <translation>Oorsprong</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Pagina</translation>
    </message>
    <message>
      <source>Page suivante (F20) ▶</source>
      <translation>Volgende pagina (F20) ▶</translation>
    </message>
    <message>
      <source>Page {page} enregistrée : {n} valeur(s) modifiée(s).</source>
      <translation>Pagina {page} opgeslagen: {n} waarde(n) gewijzigd.</translation>
    </message>
    <message>
      <source>Pas d'aide pour ce champ.</source>
      <translation>Geen help voor dit veld.</translation>
    </message>
    <message>
      <source>Placez le curseur dans un champ pour voir son historique.</source>
      <translation>Zet de cursor in een veld om de historiek ervan te zien.</translation>
    </message>
    <message>
      <source>Placez le curseur dans un champ puis appuyez sur F1 pour son aide.</source>
      <translation>Zet de cursor in een veld en druk op F1 voor de help.</translation>
    </message>
    <message>
      <source>Rechercher un champ (mots du libellé ou de l'aide)…</source>
      <translation>Veld zoeken (woorden uit label of help)…</translation>
    </message>
    <message>
      <source>Refusé par une règle entre pages — page {page}, « {field} » : {reason}</source>
      <translation>Geweigerd door een regel tussen pagina's — pagina {page}, "{field}": {reason}</translation>
    </message>
    <message>
      <source>Remplacer les valeurs du site {target} par celles du site {source} ?</source>
      <translation>De waarden van vestiging {target} vervangen door die van vestiging {source}?</translation>
    </message>
    <message>
      <source>Seulement les différences</source>
      <translation>Alleen de verschillen</translation>
    </message>
    <message>
      <source>Site cible</source>
      <translation>Doelvestiging</translation>
    </message>
    <message>
      <source>Site {code} — {mode}</source>
      <translation>Vestiging {code} — {mode}</translation>
    </message>
    <message>
      <source>Source (gauche)</source>
      <translation>Bron (links)</translation>
    </message>
    <message>
      <source>Source :</source>
      <translation>Bron:</translation>
    </message>
    <message>
      <source>Taux %</source>
      <translation>Percentage %</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Utilisateur</source>
      <translation>Gebruiker</translation>
    </message>
    <message>
      <source>V : véhicules de démonstration</source>
      <translation>V: demonstratievoertuigen</translation>
    </message>
    <message>
      <source>VIDE</source>
      <translation>LEEG</translation>
    </message>
    <message>
      <source>Valeur</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <source>Valeur des options :</source>
      <translation>Waarde opties:</translation>
    </message>
    <message>
      <source>Valeur du véhicule (prix d'achat) :</source>
      <translation>Voertuigwaarde (aankoopprijs):</translation>
    </message>
    <message>
      <source>Valeurs permises : {allowed}</source>
      <translation>Toegelaten waarden: {allowed}</translation>
    </message>
    <message>
      <source>attention : {field} : {reason}</source>
      <translation>let op: {field}: {reason}</translation>
    </message>
    <message>
      <source>catalogue : champ {key} de type inconnu {type}</source>
      <translation>catalogus: veld {key} van onbekend type {type}</translation>
    </message>
    <message>
      <source>catalogue illisible {path} : {detail}</source>
      <translation>catalogus onleesbaar {path}: {detail}</translation>
    </message>
    <message>
      <source>catalogue introuvable : {path}</source>
      <translation>catalogus niet gevonden: {path}</translation>
    </message>
    <message>
      <source>ce champ est sur la page {page}</source>
      <translation>dit veld staat op pagina {page}</translation>
    </message>
    <message>
      <source>champ inconnu dans le catalogue VZSHE</source>
      <translation>onbekend veld in de VZSHE-catalogus</translation>
    </message>
    <message>
      <source>choisissez deux sites différents</source>
      <translation>kies twee verschillende vestigingen</translation>
    </message>
    <message>
      <source>copie du site {site}</source>
      <translation>kopie van vestiging {site}</translation>
    </message>
    <message>
      <source>date obligatoire (JJ-MM-AAAA)</source>
      <translation>datum verplicht (DD-MM-JJJJ)</translation>
    </message>
    <message>
      <source>démonstration</source>
      <translation>demonstratie</translation>
    </message>
    <message>
      <source>fichier illisible : {detail}</source>
      <translation>bestand onleesbaar: {detail}</translation>
    </message>
    <message>
      <source>format « {value} » inconnu</source>
      <translation>onbekend formaat "{value}"</translation>
    </message>
    <message>
      <source>fr</source>
      <translation>nl</translation>
    </message>
    <message>
      <source>import</source>
      <translation>import</translation>
    </message>
    <message>
      <source>jour et mois JJ-MM</source>
      <translation>dag en maand DD-MM</translation>
    </message>
    <message>
      <source>jour et mois obligatoires (JJ-MM)</source>
      <translation>dag en maand verplicht (DD-MM)</translation>
    </message>
    <message>
      <source>la commission par position exige que « {other} » vaille 1 ou 2</source>
      <translation>commissie per post vereist dat "{other}" 1 of 2 is</translation>
    </message>
    <message>
      <source>la limite inférieure {lower} dépasse la limite supérieure {upper}</source>
      <translation>de ondergrens {lower} ligt boven de bovengrens {upper}</translation>
    </message>
    <message>
      <source>le fichier n'est pas un export de contrôles (objet « pages » attendu)</source>
      <translation>het bestand is geen export van parameters (object "pages" verwacht)</translation>
    </message>
    <message>
      <source>lecture seule</source>
      <translation>alleen lezen</translation>
    </message>
    <message>
      <source>ligne de commande</source>
      <translation>opdrachtregel</translation>
    </message>
    <message>
      <source>ligne {row} : date obligatoire pour ce pourcentage</source>
      <translation>regel {row}: datum verplicht voor dit percentage</translation>
    </message>
    <message>
      <source>ligne {row} : la date doit être antérieure à celle de la ligne {previous} (ordre décroissant)</source>
      <translation>regel {row}: de datum moet vóór die van regel {previous} liggen (dalende volgorde)</translation>
    </message>
    <message>
      <source>ligne {row} : pourcentage obligatoire et différent de 0 quand une date est donnée</source>
      <translation>regel {row}: percentage verplicht en verschillend van 0 als er een datum is</translation>
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
      <translation>wijzigen</translation>
    </message>
    <message>
      <source>objet clé → valeur attendu</source>
      <translation>object sleutel → waarde verwacht</translation>
    </message>
    <message>
      <source>obligatoire quand « {switch} » vaut 1</source>
      <translation>verplicht als "{switch}" 1 is</translation>
    </message>
    <message>
      <source>page inconnue</source>
      <translation>onbekende pagina</translation>
    </message>
    <message>
      <source>page {page} inconnue</source>
      <translation>pagina {page} onbekend</translation>
    </message>
    <message>
      <source>sans effet tant que « {other} » n'est pas rempli</source>
      <translation>zonder effect zolang "{other}" niet ingevuld is</translation>
    </message>
    <message>
      <source>seule la valeur VIDE est permise quand « {other} » vaut 1</source>
      <translation>alleen de waarde LEEG is toegelaten als "{other}" 1 is</translation>
    </message>
    <message>
      <source>tableau</source>
      <translation>tabel</translation>
    </message>
    <message>
      <source>texte ou nombre attendu</source>
      <translation>tekst of getal verwacht</translation>
    </message>
    <message>
      <source>type {type} : à laisser vide ou 0 car « {first} » est déjà rempli (une seule méthode de date par type de véhicule)</source>
      <translation>type {type}: leeg of 0 laten want "{first}" is al ingevuld (één datummethode per voertuigtype)</translation>
    </message>
    <message>
      <source>un tableau se saisit ligne par ligne</source>
      <translation>een tabel wordt regel per regel ingevuld</translation>
    </message>
    <message>
      <source>valeur obligatoire : un nombre de {low} à {high}</source>
      <translation>verplichte waarde: een getal van {low} tot {high}</translation>
    </message>
    <message>
      <source>valeur obligatoire : un nombre entier de {low} à {high}</source>
      <translation>waarde verplicht: een geheel getal van {low} tot {high}</translation>
    </message>
    <message>
      <source>valeur obligatoire ; valeurs permises : {allowed}</source>
      <translation>waarde verplicht; toegelaten waarden: {allowed}</translation>
    </message>
    <message>
      <source>{blank} ou une date JJ-MM-AAAA</source>
      <translation>{blank} of een datum DD-MM-JJJJ</translation>
    </message>
    <message>
      <source>{blank}, {low} à {high}</source>
      <translation>{blank}, {low} tot {high}</translation>
    </message>
    <message>
      <source>{blank}, {values}</source>
      <translation>{blank}, {values}</translation>
    </message>
    <message>
      <source>{low} à {high}</source>
      <translation>{low} tot {high}</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>hoogstens {n} tekens</translation>
    </message>
    <message>
      <source>{type} taux {n}</source>
      <translation>{type} percentage {n}</translation>
    </message>
    <message>
      <source>{values}</source>
      <translation>{values}</translation>
    </message>
    <message>
      <source>{value} : année avant 1900</source>
      <translation>{value}: jaar vóór 1900</translation>
    </message>
    <message>
      <source>{value} a trop de chiffres : {n} au plus</source>
      <translation>{value} heeft te veel cijfers: hoogstens {n}</translation>
    </message>
    <message>
      <source>{value} a trop de décimales : {n} au plus</source>
      <translation>{value} heeft te veel decimalen: hoogstens {n}</translation>
    </message>
    <message>
      <source>{value} est hors limites : de {low} à {high}</source>
      <translation>{value} valt buiten de grenzen: van {low} tot {high}</translation>
    </message>
    <message>
      <source>« {value} » est trop long : {n} caractère(s) au plus</source>
      <translation>"{value}" is te lang: hoogstens {n} teken(s)</translation>
    </message>
    <message>
      <source>« {value} » n'est pas permis ; valeurs permises : {allowed}</source>
      <translation>"{value}" is niet toegelaten; toegelaten waarden: {allowed}</translation>
    </message>
    <message>
      <source>« {value} » n'est pas un jour et un mois valables (JJ-MM)</source>
      <translation>"{value}" is geen geldige dag en maand (DD-MM)</translation>
    </message>
    <message>
      <source>« {value} » n'est pas un nombre entier</source>
      <translation>"{value}" is geen geheel getal</translation>
    </message>
    <message>
      <source>« {value} » n'est pas une date valable (JJ-MM-AAAA)</source>
      <translation>"{value}" is geen geldige datum (DD-MM-JJJJ)</translation>
    </message>
    <message>
      <source>écran</source>
      <translation>scherm</translation>
    </message>
    <message>
      <source>◀ Page précédente (F19)</source>
      <translation>◀ Vorige pagina (F19)</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>Contrôles commerce véhicules de démonstration…</source>
      <translation>Demoparameters voertuighandel…</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Site introuvable.</source>
      <translation>Vestiging niet gevonden.</translation>
    </message>
  </context>
</TS>
