<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
  <context>
    <name>carpass</name>
    <message>
      <source>(dépointé du dossier {number})</source>
      <translation>(uitgeklokt op dossier {number})</translation>
    </message>
    <message>
      <source>0 ou 1 attendu</source>
      <translation>0 of 1 verwacht</translation>
    </message>
    <message>
      <source>Adresse :</source>
      <translation>Adres:</translation>
    </message>
    <message>
      <source>Adresse Car-Pass du site : {url}</source>
      <translation>Car-Pass-adres van de vestiging: {url}</translation>
    </message>
    <message>
      <source>Adresse de production</source>
      <translation>Productieadres</translation>
    </message>
    <message>
      <source>Adresse du service Car-Pass</source>
      <translation>Adres van de Car-Pass-dienst</translation>
    </message>
    <message>
      <source>Anomalies (à confirmer)</source>
      <translation>Anomalieën (te bevestigen)</translation>
    </message>
    <message>
      <source>Appel de Car-Pass…</source>
      <translation>Car-Pass wordt opgeroepen…</translation>
    </message>
    <message>
      <source>Appels et réponses…</source>
      <translation>Oproepen en antwoorden…</translation>
    </message>
    <message>
      <source>Appels à Car-Pass</source>
      <translation>Oproepen naar Car-Pass</translation>
    </message>
    <message>
      <source>Attention : {reason}</source>
      <translation>Let op: {reason}</translation>
    </message>
    <message>
      <source>Attention : {warning}</source>
      <translation>Let op: {warning}</translation>
    </message>
    <message>
      <source>Au travail maintenant</source>
      <translation>Nu aan het werk</translation>
    </message>
    <message>
      <source>Aucun mot de passe Car-Pass pour l'établissement {number} : un administrateur doit le saisir (onglet Paramètres Car-Pass ou « atelier carpass credentials set »).</source>
      <translation>Geen Car-Pass-wachtwoord voor vestigingseenheid {number}: een beheerder moet het invoeren (tabblad Car-Pass-instellingen of « atelier carpass credentials set »).</translation>
    </message>
    <message>
      <source>Aucun relevé à envoyer.</source>
      <translation>Geen kilometerstanden te verzenden.</translation>
    </message>
    <message>
      <source>Aucun technicien actif avec le badge {code} sur votre site.</source>
      <translation>Geen actieve technicus met badge {code} op uw vestiging.</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable ({backend}) : le mot de passe Car-Pass de l'établissement {number} sera gardé en mémoire pour cette session seulement.

Mot de passe :</source>
      <translation>Geen bruikbare systeemsleutelhanger ({backend}): het Car-Pass-wachtwoord van vestigingseenheid {number} wordt enkel voor deze sessie in het geheugen bewaard.

Wachtwoord:</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable ({backend}) : le mot de passe Car-Pass ne peut être gardé que pour cette session.</source>
      <translation>Geen bruikbare systeemsleutelhanger ({backend}): het Car-Pass-wachtwoord kan enkel voor deze sessie bewaard worden.</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable ({backend}) : le mot de passe ne peut pas être gardé. Pour un envoi planifié, définissez ATELIER_CARPASS_PASSWORD dans la tâche.</source>
      <translation>Geen bruikbare systeemsleutelhanger ({backend}): het wachtwoord kan niet bewaard worden. Stel voor een geplande verzending ATELIER_CARPASS_PASSWORD in de taak in.</translation>
    </message>
    <message>
      <source>Aucun trousseau utilisable ({backend}) : le mot de passe ne sera gardé que pour cette session.</source>
      <translation>Geen bruikbare sleutelhanger ({backend}): het wachtwoord wordt enkel voor deze sessie bewaard.</translation>
    </message>
    <message>
      <source>Autre environnement (test ou simulateur) : rien n'est déclaré à Car-Pass.</source>
      <translation>Andere omgeving (test of simulator): er wordt niets aan Car-Pass gemeld.</translation>
    </message>
    <message>
      <source>Avec l'historique (envoyés, retirés)</source>
      <translation>Met geschiedenis (verzonden, verwijderd)</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Badge</translation>
    </message>
    <message>
      <source>Badge :</source>
      <translation>Badge:</translation>
    </message>
    <message>
      <source>Bloqué : {reason}</source>
      <translation>Geblokkeerd: {reason}</translation>
    </message>
    <message>
      <source>Car-Pass</source>
      <translation>Car-Pass</translation>
    </message>
    <message>
      <source>Car-Pass a accepté la confirmation du relevé.</source>
      <translation>Car-Pass heeft de bevestiging van de kilometerstand aanvaard.</translation>
    </message>
    <message>
      <source>Car-Pass a refusé la confirmation : {message}</source>
      <translation>Car-Pass heeft de bevestiging geweigerd: {message}</translation>
    </message>
    <message>
      <source>Car-Pass a refusé les identifiants de l'établissement {number} ({message}) : vérifiez le mot de passe Car-Pass.</source>
      <translation>Car-Pass heeft de aanmeldgegevens van vestigingseenheid {number} geweigerd ({message}): controleer het Car-Pass-wachtwoord.</translation>
    </message>
    <message>
      <source>Car-Pass a refusé les identifiants de l'établissement {number}.</source>
      <translation>Car-Pass heeft de aanmeldgegevens van vestigingseenheid {number} geweigerd.</translation>
    </message>
    <message>
      <source>Car-Pass a signalé une anomalie : confirmez le relevé depuis l'historique</source>
      <translation>Car-Pass meldde een anomalie: bevestig de kilometerstand vanuit de historiek</translation>
    </message>
    <message>
      <source>Car-Pass injoignable à {url} : {error}</source>
      <translation>Car-Pass onbereikbaar op {url}: {error}</translation>
    </message>
    <message>
      <source>Car-Pass n'a pas pris la confirmation ({message}) : réessayez plus tard.</source>
      <translation>Car-Pass heeft de bevestiging niet ontvangen ({message}): probeer later opnieuw.</translation>
    </message>
    <message>
      <source>Car-Pass n'accepte qu'une seule réponse à une anomalie.</source>
      <translation>Car-Pass aanvaardt slechts één antwoord op een anomalie.</translation>
    </message>
    <message>
      <source>Car-Pass refuse l'établissement {number} avec ce mot de passe.</source>
      <translation>Car-Pass weigert vestigingseenheid {number} met dit wachtwoord.</translation>
    </message>
    <message>
      <source>Car-Pass répond {status} : {message}</source>
      <translation>Car-Pass antwoordt {status}: {message}</translation>
    </message>
    <message>
      <source>Ce dossier est déjà dans la liste Car-Pass.</source>
      <translation>Dit dossier staat al op de Car-Pass-lijst.</translation>
    </message>
    <message>
      <source>Cette anomalie a déjà reçu une réponse : contactez Car-Pass.</source>
      <translation>Op deze anomalie werd al geantwoord: neem contact op met Car-Pass.</translation>
    </message>
    <message>
      <source>Cette ligne de la liste Car-Pass n'existe pas sur votre site.</source>
      <translation>Deze regel van de Car-Pass-lijst bestaat niet op uw vestiging.</translation>
    </message>
    <message>
      <source>Choisissez une ligne pour voir le détail.</source>
      <translation>Kies een regel om de details te zien.</translation>
    </message>
    <message>
      <source>Cocher toutes les lignes qui répondent au filtre</source>
      <translation>Alle regels aanvinken die aan de filter voldoen</translation>
    </message>
    <message>
      <source>Cochez d'abord les lignes à envoyer.</source>
      <translation>Vink eerst de te verzenden regels aan.</translation>
    </message>
    <message>
      <source>Code du badge :</source>
      <translation>Badgecode:</translation>
    </message>
    <message>
      <source>Confirmation à Car-Pass</source>
      <translation>Bevestiging aan Car-Pass</translation>
    </message>
    <message>
      <source>Confirmation à Car-Pass…</source>
      <translation>Bevestiging aan Car-Pass…</translation>
    </message>
    <message>
      <source>Confirmer le relevé</source>
      <translation>Kilometerstand bevestigen</translation>
    </message>
    <message>
      <source>Confirmer le relevé…</source>
      <translation>Kilometerstand bevestigen…</translation>
    </message>
    <message>
      <source>Confirmez-vous que le relevé de {km} km du dossier {dossier} est correct ?

{reasons}

Votre confirmation est enregistrée avec votre nom.</source>
      <translation>Bevestigt u dat de kilometerstand van {km} km van dossier {dossier} juist is?

{reasons}

Uw bevestiging wordt met uw naam geregistreerd.</translation>
    </message>
    <message>
      <source>Confirmé par {user} le {when}</source>
      <translation>Bevestigd door {user} op {when}</translation>
    </message>
    <message>
      <source>Connexion à Car-Pass réussie pour l'établissement {number}.</source>
      <translation>Verbinding met Car-Pass geslaagd voor vestigingseenheid {number}.</translation>
    </message>
    <message>
      <source>Créer N° TVA</source>
      <translation>Btw-nr. aanmaken</translation>
    </message>
    <message>
      <source>Date du relevé</source>
      <translation>Datum kilometerstand</translation>
    </message>
    <message>
      <source>Depuis</source>
      <translation>Sinds</translation>
    </message>
    <message>
      <source>Dernier relevé connu pour ce VIN : {km} km</source>
      <translation>Laatst bekende stand voor dit VIN: {km} km</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Dossier :</source>
      <translation>Dossier:</translation>
    </message>
    <message>
      <source>Dossier inscrit dans la liste Car-Pass.</source>
      <translation>Dossier op de Car-Pass-lijst gezet.</translation>
    </message>
    <message>
      <source>Dossier inscrit manuellement dans la liste Car-Pass, bien que ces règles d'inscription automatique ne soient pas remplies : {rules}</source>
      <translation>Dossier manueel op de Car-Pass-lijst gezet, hoewel deze regels voor automatische inschrijving niet vervuld zijn: {rules}</translation>
    </message>
    <message>
      <source>Dossier inscrit manuellement dans la liste Car-Pass.</source>
      <translation>Dossier manueel op de Car-Pass-lijst gezet.</translation>
    </message>
    <message>
      <source>Dossier introuvable sur votre site.</source>
      <translation>Dossier niet gevonden op uw vestiging.</translation>
    </message>
    <message>
      <source>Dossier {dossier} — {km} km le {date} — {state}</source>
      <translation>Dossier {dossier} — {km} km op {date} — {state}</translation>
    </message>
    <message>
      <source>Dossier {number}</source>
      <translation>Dossier {number}</translation>
    </message>
    <message>
      <source>Dossier {number} : fin prévue {planned} ; terminé le {finished}</source>
      <translation>Dossier {number}: gepland einde {planned}; klaar op {finished}</translation>
    </message>
    <message>
      <source>Dossier {number} créé.</source>
      <translation>Dossier {number} aangemaakt.</translation>
    </message>
    <message>
      <source>Dossier {number} retiré de la liste Car-Pass.</source>
      <translation>Dossier {number} van de Car-Pass-lijst verwijderd.</translation>
    </message>
    <message>
      <source>Dossier(s) absent(s) de la liste Car-Pass du site {site} : {numbers}</source>
      <translation>Dossier(s) niet in de Car-Pass-lijst van vestiging {site}: {numbers}</translation>
    </message>
    <message>
      <source>Dossiers</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <source>Dossiers de démonstration ({site}) : {done} / {total}</source>
      <translation>Demodossiers ({site}): {done} / {total}</translation>
    </message>
    <message>
      <source>Durée (ms)</source>
      <translation>Duur (ms)</translation>
    </message>
    <message>
      <source>Début des travaux</source>
      <translation>Start van de werken</translation>
    </message>
    <message>
      <source>Début des travaux :</source>
      <translation>Start van de werken:</translation>
    </message>
    <message>
      <source>Début des travaux : {when}</source>
      <translation>Start van de werken: {when}</translation>
    </message>
    <message>
      <source>Début des travaux du</source>
      <translation>Start werken van</translation>
    </message>
    <message>
      <source>Début des travaux enregistré.</source>
      <translation>Start van de werken geregistreerd.</translation>
    </message>
    <message>
      <source>Début travaux</source>
      <translation>Start werken</translation>
    </message>
    <message>
      <source>Détail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>Effacer</source>
      <translation>Wissen</translation>
    </message>
    <message>
      <source>Effacer le mot de passe</source>
      <translation>Wachtwoord wissen</translation>
    </message>
    <message>
      <source>Effacer le mot de passe Car-Pass de l'établissement {number} ? Plus aucun relevé ne pourra être envoyé avant qu'il soit saisi à nouveau.</source>
      <translation>Het Car-Pass-wachtwoord van vestigingseenheid {number} wissen? Er kan geen kilometerstand meer verzonden worden tot het opnieuw ingevoerd is.</translation>
    </message>
    <message>
      <source>En file</source>
      <translation>In wachtrij</translation>
    </message>
    <message>
      <source>En-tête</source>
      <translation>Kopregel</translation>
    </message>
    <message>
      <source>Enregistrer</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Enregistrer le mot de passe</source>
      <translation>Wachtwoord opslaan</translation>
    </message>
    <message>
      <source>Enregistré : {url}</source>
      <translation>Opgeslagen: {url}</translation>
    </message>
    <message>
      <source>Enregistré ; le dossier est entré automatiquement dans la liste Car-Pass.</source>
      <translation>Opgeslagen; het dossier is automatisch op de Car-Pass-lijst gezet.</translation>
    </message>
    <message>
      <source>Envoi interrompu : les relevés non envoyés restent en file.</source>
      <translation>Verzending onderbroken: niet-verzonden kilometerstanden blijven in de wachtrij.</translation>
    </message>
    <message>
      <source>Envoi à Car-Pass</source>
      <translation>Verzending naar Car-Pass</translation>
    </message>
    <message>
      <source>Envoi à Car-Pass : {done} / {total}</source>
      <translation>Verzending naar Car-Pass: {done} / {total}</translation>
    </message>
    <message>
      <source>Envoi à Car-Pass impossible</source>
      <translation>Verzending naar Car-Pass onmogelijk</translation>
    </message>
    <message>
      <source>Envoi à Car-Pass terminé</source>
      <translation>Verzending naar Car-Pass voltooid</translation>
    </message>
    <message>
      <source>Envoyer automatiquement dès qu'un dossier peut l'être</source>
      <translation>Automatisch verzenden zodra een dossier verzonden kan worden</translation>
    </message>
    <message>
      <source>Envoyer la file</source>
      <translation>Wachtrij verzenden</translation>
    </message>
    <message>
      <source>Envoyer à Car-Pass</source>
      <translation>Naar Car-Pass verzenden</translation>
    </message>
    <message>
      <source>Envoyé le</source>
      <translation>Verzonden op</translation>
    </message>
    <message>
      <source>Envoyés</source>
      <translation>Verzonden</translation>
    </message>
    <message>
      <source>Essai</source>
      <translation>Poging</translation>
    </message>
    <message>
      <source>Essais</source>
      <translation>Pogingen</translation>
    </message>
    <message>
      <source>Fait partie d'une fusion</source>
      <translation>Maakt deel uit van een samenvoeging</translation>
    </message>
    <message>
      <source>Fenêtre de maintenance Car-Pass (jeudi 19:00-24:00) : les relevés restent en file et partiront après {when}.</source>
      <translation>Onderhoudsvenster van Car-Pass (donderdag 19:00-24:00): de kilometerstanden blijven in de wachtrij en vertrekken na {when}.</translation>
    </message>
    <message>
      <source>Fichier</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
      <source>Fin des travaux</source>
      <translation>Einde van de werken</translation>
    </message>
    <message>
      <source>Fin des travaux :</source>
      <translation>Einde van de werken:</translation>
    </message>
    <message>
      <source>Fin des travaux…</source>
      <translation>Einde van de werken…</translation>
    </message>
    <message>
      <source>Fusionné</source>
      <translation>Samengevoegd</translation>
    </message>
    <message>
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <source>Historique Car-Pass</source>
      <translation>Car-Pass-historiek</translation>
    </message>
    <message>
      <source>Identifiants Car-Pass (établissement {number})</source>
      <translation>Car-Pass-aanmeldgegevens (vestigingseenheid {number})</translation>
    </message>
    <message>
      <source>Immatriculation</source>
      <translation>Nummerplaat</translation>
    </message>
    <message>
      <source>Immatriculation :</source>
      <translation>Nummerplaat:</translation>
    </message>
    <message>
      <source>Import : {done} / {total} dossiers</source>
      <translation>Import: {done} / {total} dossiers</translation>
    </message>
    <message>
      <source>Import annulé : aucun dossier n'a été importé.</source>
      <translation>Import geannuleerd: er werd geen enkel dossier geïmporteerd.</translation>
    </message>
    <message>
      <source>Import de dossiers</source>
      <translation>Dossiers importeren</translation>
    </message>
    <message>
      <source>Import refusé : rien n'a été importé</source>
      <translation>Import geweigerd: er werd niets geïmporteerd</translation>
    </message>
    <message>
      <source>Importer des dossiers</source>
      <translation>Dossiers importeren</translation>
    </message>
    <message>
      <source>Importer un CSV…</source>
      <translation>CSV importeren…</translation>
    </message>
    <message>
      <source>Inscrit automatiquement dans la liste Car-Pass.</source>
      <translation>Automatisch op de Car-Pass-lijst gezet.</translation>
    </message>
    <message>
      <source>Inscrit ce dossier manuellement dans la liste Car-Pass, même si les règles d'inscription automatique ne sont pas remplies.</source>
      <translation>Zet dit dossier manueel op de Car-Pass-lijst, ook als de regels voor automatische inschrijving niet vervuld zijn.</translation>
    </message>
    <message>
      <source>Inscrit manuellement</source>
      <translation>Manueel ingeschreven</translation>
    </message>
    <message>
      <source>JJ-MM-AAAA</source>
      <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
      <source>Kilométrage</source>
      <translation>Kilometerstand</translation>
    </message>
    <message>
      <source>Kilométrage à la réception</source>
      <translation>Kilometerstand bij ontvangst</translation>
    </message>
    <message>
      <source>Kilométrage à la réception :</source>
      <translation>Kilometerstand bij ontvangst:</translation>
    </message>
    <message>
      <source>Km dégât</source>
      <translation>Km schade</translation>
    </message>
    <message>
      <source>Km dégât :</source>
      <translation>Km schade:</translation>
    </message>
    <message>
      <source>Km réparation</source>
      <translation>Km herstelling</translation>
    </message>
    <message>
      <source>Km réparation :</source>
      <translation>Km herstelling:</translation>
    </message>
    <message>
      <source>La ligne Car-Pass du dossier {number}</source>
      <translation>De Car-Pass-regel van dossier {number}</translation>
    </message>
    <message>
      <source>Le dossier {number}</source>
      <translation>Dossier {number}</translation>
    </message>
    <message>
      <source>Le dossier {number} n'est pas dans la liste Car-Pass.</source>
      <translation>Dossier {number} staat niet op de Car-Pass-lijst.</translation>
    </message>
    <message>
      <source>Le dossier {number} n'est plus à envoyer : rien à retirer.</source>
      <translation>Dossier {number} moet niet meer verzonden worden: niets te verwijderen.</translation>
    </message>
    <message>
      <source>Le dossier {number} n'existe pas sur votre site.</source>
      <translation>Dossier {number} bestaat niet op uw vestiging.</translation>
    </message>
    <message>
      <source>Le trousseau du système a refusé l'opération ; le mot de passe Car-Pass n'a pas été modifié.</source>
      <translation>De systeemsleutelhanger weigerde de bewerking; het Car-Pass-wachtwoord werd niet gewijzigd.</translation>
    </message>
    <message>
      <source>Ligne(s) Car-Pass introuvable(s) sur le site {site} : {ids}</source>
      <translation>Car-Pass-regel(s) niet gevonden in vestiging {site}: {ids}</translation>
    </message>
    <message>
      <source>Liste Car-Pass</source>
      <translation>Car-Pass-lijst</translation>
    </message>
    <message>
      <source>Liste Car-Pass :</source>
      <translation>Car-Pass-lijst:</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>Message : {message}</source>
      <translation>Bericht: {message}</translation>
    </message>
    <message>
      <source>Mot de passe :</source>
      <translation>Wachtwoord:</translation>
    </message>
    <message>
      <source>Mot de passe Car-Pass</source>
      <translation>Car-Pass-wachtwoord</translation>
    </message>
    <message>
      <source>Mot de passe Car-Pass de l'établissement : </source>
      <translation>Car-Pass-wachtwoord van de vestigingseenheid: </translation>
    </message>
    <message>
      <source>Mot de passe Car-Pass effacé.</source>
      <translation>Car-Pass-wachtwoord gewist.</translation>
    </message>
    <message>
      <source>Mot de passe Car-Pass enregistré dans le trousseau ({backend}).</source>
      <translation>Car-Pass-wachtwoord opgeslagen in de sleutelhanger ({backend}).</translation>
    </message>
    <message>
      <source>Mot de passe effacé.</source>
      <translation>Wachtwoord gewist.</translation>
    </message>
    <message>
      <source>Mot de passe enregistré dans le trousseau.</source>
      <translation>Wachtwoord opgeslagen in de sleutelhanger.</translation>
    </message>
    <message>
      <source>Mot de passe gardé pour cette session seulement.</source>
      <translation>Wachtwoord enkel voor deze sessie bewaard.</translation>
    </message>
    <message>
      <source>NUMÉRO=MOT_DE_PASSE attendu</source>
      <translation>NUMMER=WACHTWOORD verwacht</translation>
    </message>
    <message>
      <source>Ne peut pas être envoyé :</source>
      <translation>Kan niet verzonden worden:</translation>
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
      <source>Nouveau dossier</source>
      <translation>Nieuw dossier</translation>
    </message>
    <message>
      <source>Nouveau dossier…</source>
      <translation>Nieuw dossier…</translation>
    </message>
    <message>
      <source>Nouveau mot de passe :</source>
      <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
      <source>Nouveau technicien</source>
      <translation>Nieuwe technicus</translation>
    </message>
    <message>
      <source>Nouveau technicien…</source>
      <translation>Nieuwe technicus…</translation>
    </message>
    <message>
      <source>Nouvel essai après {when}</source>
      <translation>Nieuwe poging na {when}</translation>
    </message>
    <message>
      <source>Numéro de châssis</source>
      <translation>Chassisnummer</translation>
    </message>
    <message>
      <source>Numéro de châssis (VIN)</source>
      <translation>Chassisnummer (VIN)</translation>
    </message>
    <message>
      <source>Numéro de châssis (VIN) :</source>
      <translation>Chassisnummer (VIN):</translation>
    </message>
    <message>
      <source>Numéro de dossier</source>
      <translation>Dossiernummer</translation>
    </message>
    <message>
      <source>N° de dossier :</source>
      <translation>Dossiernr.:</translation>
    </message>
    <message>
      <source>Opération</source>
      <translation>Bewerking</translation>
    </message>
    <message>
      <source>Ouvrir le dossier</source>
      <translation>Dossier openen</translation>
    </message>
    <message>
      <source>Par</source>
      <translation>Door</translation>
    </message>
    <message>
      <source>Paramètres Car-Pass</source>
      <translation>Car-Pass-instellingen</translation>
    </message>
    <message>
      <source>Peut être envoyé, mais vérifiez :</source>
      <translation>Kan verzonden worden, maar controleer:</translation>
    </message>
    <message>
      <source>Pointage</source>
      <translation>Prikklok</translation>
    </message>
    <message>
      <source>Pointer / dépointer</source>
      <translation>Inklokken / uitklokken</translation>
    </message>
    <message>
      <source>Poste de pointage</source>
      <translation>Prikklokpost</translation>
    </message>
    <message>
      <source>Première immatriculation</source>
      <translation>Eerste inschrijving</translation>
    </message>
    <message>
      <source>Première immatriculation :</source>
      <translation>Eerste inschrijving:</translation>
    </message>
    <message>
      <source>Production : les relevés partent vers le vrai service Car-Pass.</source>
      <translation>Productie: de kilometerstanden gaan naar de echte Car-Pass-dienst.</translation>
    </message>
    <message>
      <source>Propriétaire</source>
      <translation>Eigenaar</translation>
    </message>
    <message>
      <source>Propriétaire :</source>
      <translation>Eigenaar:</translation>
    </message>
    <message>
      <source>Préparation des relevés…</source>
      <translation>Kilometerstanden voorbereiden…</translation>
    </message>
    <message>
      <source>Prêt.</source>
      <translation>Klaar.</translation>
    </message>
    <message>
      <source>Quand</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <source>Raison du retrait</source>
      <translation>Reden van verwijdering</translation>
    </message>
    <message>
      <source>Raison du retrait du dossier {number} :</source>
      <translation>Reden om dossier {number} te verwijderen:</translation>
    </message>
    <message>
      <source>Refusés</source>
      <translation>Geweigerd</translation>
    </message>
    <message>
      <source>Relevé</source>
      <translation>Kilometerstand</translation>
    </message>
    <message>
      <source>Relevé Car-Pass introuvable.</source>
      <translation>Car-Pass-kilometerstand niet gevonden.</translation>
    </message>
    <message>
      <source>Relevés Car-Pass en attente</source>
      <translation>Wachtende Car-Pass-kilometerstanden</translation>
    </message>
    <message>
      <source>Renvoyer</source>
      <translation>Opnieuw verzenden</translation>
    </message>
    <message>
      <source>Retirer de la liste Car-Pass</source>
      <translation>Van de Car-Pass-lijst verwijderen</translation>
    </message>
    <message>
      <source>Retirer de la liste…</source>
      <translation>Van de lijst verwijderen…</translation>
    </message>
    <message>
      <source>Rouge : ne peut pas être envoyé (voir la colonne « À corriger »). Orange : peut être envoyé, à vérifier. Survolez une ligne pour le détail.</source>
      <translation>Rood: kan niet verzonden worden (zie de kolom „Te verbeteren”). Oranje: kan verzonden worden, te controleren. Beweeg over een regel voor details.</translation>
    </message>
    <message>
      <source>Rouges seulement</source>
      <translation>Alleen rode</translation>
    </message>
    <message>
      <source>Réponse brute de l'appel choisi</source>
      <translation>Ruw antwoord van de gekozen oproep</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <source>Sans réponse sûre (inconnus)</source>
      <translation>Zonder zeker antwoord (onbekend)</translation>
    </message>
    <message>
      <source>Service Car-Pass du site {code}</source>
      <translation>Car-Pass-dienst van vestiging {code}</translation>
    </message>
    <message>
      <source>Simulateur Car-Pass sur {url} (établissements : {numbers}). Ctrl+C pour arrêter.</source>
      <translation>Car-Pass-simulator op {url} (vestigingseenheden: {numbers}). Ctrl+C om te stoppen.</translation>
    </message>
    <message>
      <source>Technicien</source>
      <translation>Technicus</translation>
    </message>
    <message>
      <source>Technicien {code} enregistré.</source>
      <translation>Technicus {code} geregistreerd.</translation>
    </message>
    <message>
      <source>Techniciens du site</source>
      <translation>Technici van de vestiging</translation>
    </message>
    <message>
      <source>Test de la connexion Car-Pass</source>
      <translation>Test van de Car-Pass-verbinding</translation>
    </message>
    <message>
      <source>Tester la connexion</source>
      <translation>Verbinding testen</translation>
    </message>
    <message>
      <source>Total de la facture</source>
      <translation>Factuurtotaal</translation>
    </message>
    <message>
      <source>Total de la facture (€) :</source>
      <translation>Factuurtotaal (€):</translation>
    </message>
    <message>
      <source>Tous les états</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>Tout</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Travaux :</source>
      <translation>Werken:</translation>
    </message>
    <message>
      <source>Travaux terminés le</source>
      <translation>Werken klaar op</translation>
    </message>
    <message>
      <source>Travaux terminés le :</source>
      <translation>Werken klaar op:</translation>
    </message>
    <message>
      <source>Trousseau :</source>
      <translation>Sleutelhanger:</translation>
    </message>
    <message>
      <source>VIN de moins de 17 caractères</source>
      <translation>VIN korter dan 17 tekens</translation>
    </message>
    <message>
      <source>VIN de {length} caractères seulement (17 attendus) : vérifiez-le</source>
      <translation>VIN van slechts {length} tekens (17 verwacht): controleer het</translation>
    </message>
    <message>
      <source>Véhicule de remplacement : location {number} ({plate}), retour prévu {when}</source>
      <translation>Vervangwagen: verhuur {number} ({plate}), geplande terugkeer {when}</translation>
    </message>
    <message>
      <source>Vérification : {done} / {total} lignes</source>
      <translation>Controle: {done} / {total} regels</translation>
    </message>
    <message>
      <source>Vérification interrompue.</source>
      <translation>Controle onderbroken.</translation>
    </message>
    <message>
      <source>Vérifier l'état des envois</source>
      <translation>Status van de verzendingen controleren</translation>
    </message>
    <message>
      <source>adresse https://… attendue</source>
      <translation>https://…-adres verwacht</translation>
    </message>
    <message>
      <source>anomalie</source>
      <translation>anomalie</translation>
    </message>
    <message>
      <source>anomalie Car-Pass</source>
      <translation>Car-Pass-anomalie</translation>
    </message>
    <message>
      <source>anomalie signalée par Car-Pass : {message}</source>
      <translation>anomalie gemeld door Car-Pass: {message}</translation>
    </message>
    <message>
      <source>au</source>
      <translation>tot</translation>
    </message>
    <message>
      <source>au moins un établissement (--account ou {variable})</source>
      <translation>minstens één vestigingseenheid (--account of {variable})</translation>
    </message>
    <message>
      <source>aucun</source>
      <translation>geen</translation>
    </message>
    <message>
      <source>aucune ligne de dossier dans le fichier</source>
      <translation>geen enkele dossierregel in het bestand</translation>
    </message>
    <message>
      <source>avant le début des travaux ({when})</source>
      <translation>vóór het begin van de werken ({when})</translation>
    </message>
    <message>
      <source>bloqué (à confirmer)</source>
      <translation>geblokkeerd (te bevestigen)</translation>
    </message>
    <message>
      <source>ce relevé n'a pas d'anomalie Car-Pass à confirmer</source>
      <translation>deze kilometerstand heeft geen Car-Pass-anomalie om te bevestigen</translation>
    </message>
    <message>
      <source>code de badge : 1 à 32 lettres, chiffres, - ou _</source>
      <translation>badgecode: 1 tot 32 letters, cijfers, - of _</translation>
    </message>
    <message>
      <source>contrôle {code}</source>
      <translation>controle {code}</translation>
    </message>
    <message>
      <source>date attendue (AAAA-MM-JJ ou JJ-MM-AAAA), pas « {value} »</source>
      <translation>datum verwacht (JJJJ-MM-DD of DD-MM-JJJJ), niet „{value}”</translation>
    </message>
    <message>
      <source>date du relevé ({date}) dans le futur</source>
      <translation>datum van de kilometerstand ({date}) in de toekomst</translation>
    </message>
    <message>
      <source>date du relevé ({date}) il y a plus de 5 jours ({days} jours)</source>
      <translation>datum van de kilometerstand ({date}) meer dan 5 dagen geleden ({days} dagen)</translation>
    </message>
    <message>
      <source>date et heure attendues (jj-mm-aaaa HH:MM)</source>
      <translation>datum en uur verwacht (dd-mm-jjjj UU:MM)</translation>
    </message>
    <message>
      <source>date trop ancienne</source>
      <translation>datum te oud</translation>
    </message>
    <message>
      <source>date-heure ISO attendue (AAAA-MM-JJTHH:MM), pas « {value} »</source>
      <translation>ISO-datum en -tijd verwacht (JJJJ-MM-DDTUU:MM), niet „{value}”</translation>
    </message>
    <message>
      <source>deux décimales au plus</source>
      <translation>hoogstens twee decimalen</translation>
    </message>
    <message>
      <source>doit être inférieur à {limit} km</source>
      <translation>moet kleiner zijn dan {limit} km</translation>
    </message>
    <message>
      <source>déjà envoyé</source>
      <translation>al verzonden</translation>
    </message>
    <message>
      <source>en cours</source>
      <translation>bezig</translation>
    </message>
    <message>
      <source>en file</source>
      <translation>in wachtrij</translation>
    </message>
    <message>
      <source>en file, nouvel essai après {when} ({message})</source>
      <translation>in wachtrij, nieuwe poging na {when} ({message})</translation>
    </message>
    <message>
      <source>enregistré dans le trousseau</source>
      <translation>opgeslagen in de sleutelhanger</translation>
    </message>
    <message>
      <source>entre 0 et 1</source>
      <translation>tussen 0 en 1</translation>
    </message>
    <message>
      <source>envoyé</source>
      <translation>verzonden</translation>
    </message>
    <message>
      <source>envoyé (requestGuid {guid})</source>
      <translation>verzonden (requestGuid {guid})</translation>
    </message>
    <message>
      <source>fin non planifiée</source>
      <translation>einde niet gepland</translation>
    </message>
    <message>
      <source>fin prévue {when}</source>
      <translation>gepland einde {when}</translation>
    </message>
    <message>
      <source>gardé pour cette session seulement</source>
      <translation>enkel voor deze sessie bewaard</translation>
    </message>
    <message>
      <source>http:// n'est permis que vers cet ordinateur (simulateur) ; utilisez https://</source>
      <translation>http:// is enkel toegestaan naar deze computer (simulator); gebruik https://</translation>
    </message>
    <message>
      <source>incomplet</source>
      <translation>onvolledig</translation>
    </message>
    <message>
      <source>km dégât inférieur au dernier relevé connu pour ce VIN</source>
      <translation>km schade lager dan de laatst bekende stand voor dit VIN</translation>
    </message>
    <message>
      <source>km dégât manquant</source>
      <translation>km schade ontbreekt</translation>
    </message>
    <message>
      <source>km réparation inférieur au km dégât</source>
      <translation>km herstelling lager dan km schade</translation>
    </message>
    <message>
      <source>km réparation manquant</source>
      <translation>km herstelling ontbreekt</translation>
    </message>
    <message>
      <source>la case « Créer N° TVA » n'est pas cochée (registre TVA utilisé)</source>
      <translation>het vakje „Btw-nr. aanmaken” is niet aangevinkt (btw-register in gebruik)</translation>
    </message>
    <message>
      <source>le VIN a moins de {n} caractères (admis pour les anciens véhicules)</source>
      <translation>het VIN heeft minder dan {n} tekens (toegelaten voor oude voertuigen)</translation>
    </message>
    <message>
      <source>le VIN a plus de {n} caractères : le dossier n'entre pas automatiquement dans la liste Car-Pass</source>
      <translation>het VIN heeft meer dan {n} tekens: het dossier komt niet automatisch op de Car-Pass-lijst</translation>
    </message>
    <message>
      <source>le VIN contient {letters}, lettres exclues des VIN ISO 3779 : vérifiez (0 ou 1 ?)</source>
      <translation>het VIN bevat {letters}, letters die niet in ISO 3779-VIN's voorkomen: controleer (0 of 1?)</translation>
    </message>
    <message>
      <source>le code {code} existe déjà sur ce site</source>
      <translation>de code {code} bestaat al op deze vestiging</translation>
    </message>
    <message>
      <source>le dossier a déjà été transmis à Car-Pass</source>
      <translation>het dossier werd al naar Car-Pass verzonden</translation>
    </message>
    <message>
      <source>le dossier fait partie d'une fusion</source>
      <translation>het dossier maakt deel uit van een samenvoeging</translation>
    </message>
    <message>
      <source>le dossier n'a pas de propriétaire</source>
      <translation>het dossier heeft geen eigenaar</translation>
    </message>
    <message>
      <source>le dossier {number} existe déjà sur ce site</source>
      <translation>dossier {number} bestaat al op deze vestiging</translation>
    </message>
    <message>
      <source>le fichier n'est pas en UTF-8</source>
      <translation>het bestand is niet in UTF-8</translation>
    </message>
    <message>
      <source>le numéro de châssis a plus de 17 caractères</source>
      <translation>het chassisnummer heeft meer dan 17 tekens</translation>
    </message>
    <message>
      <source>le numéro de dossier n'est pas positif (dossier interne)</source>
      <translation>het dossiernummer is niet positief (intern dossier)</translation>
    </message>
    <message>
      <source>le numéro {number} figure déjà à la ligne {other}</source>
      <translation>nummer {number} staat al op regel {other}</translation>
    </message>
    <message>
      <source>le relevé de {km} km a déjà été envoyé aujourd'hui pour ce VIN</source>
      <translation>de kilometerstand van {km} km werd vandaag al verzonden voor dit VIN</translation>
    </message>
    <message>
      <source>lecture impossible : {detail}</source>
      <translation>lezen onmogelijk: {detail}</translation>
    </message>
    <message>
      <source>les travaux n'ont pas commencé (aucun pointage)</source>
      <translation>de werken zijn niet begonnen (niet ingeklokt)</translation>
    </message>
    <message>
      <source>lettres et chiffres uniquement</source>
      <translation>alleen letters en cijfers</translation>
    </message>
    <message>
      <source>lettres, chiffres et tirets uniquement</source>
      <translation>alleen letters, cijfers en streepjes</translation>
    </message>
    <message>
      <source>ligne 1 : colonnes attendues {expected} ; manquantes : {missing} ; inconnues : {unknown}</source>
      <translation>regel 1: verwachte kolommen {expected}; ontbrekend: {missing}; onbekend: {unknown}</translation>
    </message>
    <message>
      <source>ligne {line}, {field}</source>
      <translation>regel {line}, {field}</translation>
    </message>
    <message>
      <source>lu dans ATELIER_CARPASS_PASSWORD</source>
      <translation>gelezen uit ATELIER_CARPASS_PASSWORD</translation>
    </message>
    <message>
      <source>montant attendu, par exemple 1142,04</source>
      <translation>bedrag verwacht, bijvoorbeeld 1142,04</translation>
    </message>
    <message>
      <source>montant trop grand</source>
      <translation>bedrag te groot</translation>
    </message>
    <message>
      <source>mot de passe délivré par Car-Pass</source>
      <translation>wachtwoord uitgereikt door Car-Pass</translation>
    </message>
    <message>
      <source>ne peut pas être 0</source>
      <translation>mag niet 0 zijn</translation>
    </message>
    <message>
      <source>ne peut pas être dans le futur</source>
      <translation>mag niet in de toekomst liggen</translation>
    </message>
    <message>
      <source>ne peut pas être dans le futur ({when})</source>
      <translation>mag niet in de toekomst liggen ({when})</translation>
    </message>
    <message>
      <source>ne peut pas être négatif</source>
      <translation>mag niet negatief zijn</translation>
    </message>
    <message>
      <source>ni identifiant, ni paramètres dans l'adresse</source>
      <translation>geen gebruikersnaam of parameters in het adres</translation>
    </message>
    <message>
      <source>nombre entier attendu</source>
      <translation>geheel getal verwacht</translation>
    </message>
    <message>
      <source>nombre entier de kilomètres attendu</source>
      <translation>geheel aantal kilometer verwacht</translation>
    </message>
    <message>
      <source>nombre trop grand</source>
      <translation>getal te groot</translation>
    </message>
    <message>
      <source>non confirmé</source>
      <translation>niet bevestigd</translation>
    </message>
    <message>
      <source>non confirmé (inconnu)</source>
      <translation>niet bevestigd (onbekend)</translation>
    </message>
    <message>
      <source>non envoyé</source>
      <translation>niet verzonden</translation>
    </message>
    <message>
      <source>numéro de châssis manquant</source>
      <translation>chassisnummer ontbreekt</translation>
    </message>
    <message>
      <source>négatif = dossier interne</source>
      <translation>negatief = intern dossier</translation>
    </message>
    <message>
      <source>pas dans la liste</source>
      <translation>niet op de lijst</translation>
    </message>
    <message>
      <source>pas encore de pointage</source>
      <translation>nog niet ingeklokt</translation>
    </message>
    <message>
      <source>prévue</source>
      <translation>gepland</translation>
    </message>
    <message>
      <source>refusé</source>
      <translation>geweigerd</translation>
    </message>
    <message>
      <source>refusé par Car-Pass : {message}</source>
      <translation>geweigerd door Car-Pass: {message}</translation>
    </message>
    <message>
      <source>requestGuid</source>
      <translation>requestGuid</translation>
    </message>
    <message>
      <source>requestGuid : {guid}</source>
      <translation>requestGuid: {guid}</translation>
    </message>
    <message>
      <source>retiré</source>
      <translation>verwijderd</translation>
    </message>
    <message>
      <source>retiré de la liste Car-Pass</source>
      <translation>uit de Car-Pass-lijst verwijderd</translation>
    </message>
    <message>
      <source>réponse de Car-Pass sans accusé de réception : vérifiez l'état ou renvoyez depuis l'historique</source>
      <translation>antwoord van Car-Pass zonder ontvangstbevestiging: controleer de status of verzend opnieuw vanuit de historiek</translation>
    </message>
    <message>
      <source>réponse sans requestGuid, envoi non confirmé : {message}</source>
      <translation>antwoord zonder requestGuid, verzending niet bevestigd: {message}</translation>
    </message>
    <message>
      <source>scannez ou tapez le n° de dossier</source>
      <translation>scan of typ het dossiernummer</translation>
    </message>
    <message>
      <source>scannez votre badge</source>
      <translation>scan uw badge</translation>
    </message>
    <message>
      <source>seul un relevé bloqué par les contrôles se confirme ici</source>
      <translation>enkel een door de controles geblokkeerde kilometerstand wordt hier bevestigd</translation>
    </message>
    <message>
      <source>seuls les relevés refusés ou sans réponse se renvoient</source>
      <translation>enkel geweigerde of onbeantwoorde kilometerstanden worden opnieuw verzonden</translation>
    </message>
    <message>
      <source>terminés</source>
      <translation>klaar</translation>
    </message>
    <message>
      <source>terminés le {when}</source>
      <translation>klaar op {when}</translation>
    </message>
    <message>
      <source>trop de colonnes</source>
      <translation>te veel kolommen</translation>
    </message>
    <message>
      <source>véhicule de remplacement {plate} (location {number}, retour {when})</source>
      <translation>vervangwagen {plate} (verhuur {number}, terugkeer {when})</translation>
    </message>
    <message>
      <source>{backend} (le mot de passe y est gardé, jamais dans la base)</source>
      <translation>{backend} (het wachtwoord wordt daar bewaard, nooit in de databank)</translation>
    </message>
    <message>
      <source>{first} ; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <source>{km} km est inférieur au dernier relevé connu pour ce VIN ({last} km le {date})</source>
      <translation>{km} km is lager dan de laatst gekende kilometerstand voor dit VIN ({last} km op {date})</translation>
    </message>
    <message>
      <source>{label}</source>
      <translation>{label}</translation>
    </message>
    <message>
      <source>{name} dépointe du dossier {number} à {when}.</source>
      <translation>{name} klokt uit op dossier {number} om {when}.</translation>
    </message>
    <message>
      <source>{name} dépointe du dossier {number}.</source>
      <translation>{name} klokt uit op dossier {number}.</translation>
    </message>
    <message>
      <source>{name} pointe sur le dossier {number} à {when}.</source>
      <translation>{name} klokt in op dossier {number} om {when}.</translation>
    </message>
    <message>
      <source>{name} pointe sur le dossier {number}.</source>
      <translation>{name} klokt in op dossier {number}.</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>hoogstens {n} tekens</translation>
    </message>
    <message>
      <source>{n} dossier(s) importé(s), dont {enrolled} inscrit(s) dans la liste Car-Pass.</source>
      <translation>{n} dossier(s) geïmporteerd, waarvan {enrolled} op de Car-Pass-lijst gezet.</translation>
    </message>
    <message>
      <source>{n} ligne(s)</source>
      <translation>{n} regel(s)</translation>
    </message>
    <message>
      <source>{n} ligne(s) cochée(s)</source>
      <translation>{n} regel(s) aangevinkt</translation>
    </message>
    <message>
      <source>{n} relevé(s) attendent d'être envoyés à Car-Pass. Les envoyer maintenant ?</source>
      <translation>{n} kilometerstand(en) wachten om naar Car-Pass verzonden te worden. Nu verzenden?</translation>
    </message>
    <message>
      <source>{n} relevé(s) vérifié(s), {changed} changement(s).</source>
      <translation>{n} kilometerstand(en) gecontroleerd, {changed} wijziging(en).</translation>
    </message>
    <message>
      <source>{n} relevé(s) — {detail}</source>
      <translation>{n} kilometerstand(en) — {detail}</translation>
    </message>
    <message>
      <source>{per_day} km par jour depuis le dernier relevé ({last} km le {date}) : plus de 1 000 km par jour</source>
      <translation>{per_day} km per dag sinds de laatste kilometerstand ({last} km op {date}): meer dan 1 000 km per dag</translation>
    </message>
    <message>
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <source>{state}</source>
      <translation>{state}</translation>
    </message>
    <message>
      <source>À corriger / remarques</source>
      <translation>Te verbeteren / opmerkingen</translation>
    </message>
    <message>
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>État Car-Pass</source>
      <translation>Car-Pass-status</translation>
    </message>
    <message>
      <source>État des envois</source>
      <translation>Status van de verzendingen</translation>
    </message>
    <message>
      <source>État des envois : {done} / {total}</source>
      <translation>Status van de verzendingen: {done} / {total}</translation>
    </message>
    <message>
      <source>à envoyer</source>
      <translation>te verzenden</translation>
    </message>
    <message>
      <source>échec</source>
      <translation>mislukt</translation>
    </message>
  </context>
  <context>
    <name>grid</name>
    <message>
      <source>Export CSV</source>
      <translation>CSV-export</translation>
    </message>
  </context>
  <context>
    <name>modules</name>
    <message>
      <source>Car-Pass</source>
      <translation>Car-Pass</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>obligatoire</source>
      <translation>verplicht</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>hoogstens {n} tekens</translation>
    </message>
  </context>
</TS>
