<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
  <context>
    <name>carpass</name>
    <message>
      <source>&amp;Confirmer les relevés bloqués…</source>
      <translation>&amp;Geblokkeerde registraties bevestigen…</translation>
    </message>
    <message>
      <source>&amp;Travaux effectués</source>
      <translation>&amp;Uitgevoerde werken</translation>
    </message>
    <message>
      <source>(dépointé du dossier {number})</source>
      <translation>(uitgeklokt op dossier {number})</translation>
    </message>
    <message>
      <source>(retiré de la liste Car-Pass)</source>
      <translation>(verwijderd uit de Car-Pass-lijst)</translation>
    </message>
    <message>
      <source>(sans catégorie)</source>
      <translation>(zonder categorie)</translation>
    </message>
    <message>
      <source>0 ou 1 attendu</source>
      <translation>0 of 1 verwacht</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Adres</translation>
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
      <source>Attention : {reason} ({repair} &lt; {damage} km), faute de frappe ?</source>
      <translation>Let op: {reason} ({repair} &lt; {damage} km), tikfout?</translation>
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
      <source>Aucun relevé Car-Pass pour le dossier {number} sur votre site.</source>
      <translation>Geen Car-Pass-registratie voor dossier {number} op uw vestiging.</translation>
    </message>
    <message>
      <source>Aucun relevé reçu par Car-Pass avec ce numéro sur votre site.</source>
      <translation>Geen door Car-Pass ontvangen kilometerstand met dit nummer op uw vestiging.</translation>
    </message>
    <message>
      <source>Aucun relevé reçu par Car-Pass le {date} sur votre site.</source>
      <translation>Geen door Car-Pass ontvangen kilometerstand op {date} op uw vestiging.</translation>
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
      <source>Aucun travail choisi : la ligne Car-Pass restera orange.</source>
      <translation>Geen werk gekozen: de Car-Pass-regel blijft oranje.</translation>
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
      <source>Aucun trousseau du système utilisable : le mot de passe Car-Pass de l'établissement {number} sera gardé en mémoire pour cette session seulement.

Mot de passe :</source>
      <translation>Geen bruikbare sleutelhanger van het systeem: het Car-Pass-wachtwoord van vestiging {number} wordt enkel voor deze sessie in het geheugen bewaard.

Wachtwoord:</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable : le mot de passe ne sera gardé que pour cette session.</source>
      <translation>Geen bruikbare sleutelhanger van het systeem: het wachtwoord wordt enkel voor deze sessie bewaard.</translation>
    </message>
    <message>
      <source>Aucune des lignes cochées n'a de relevé bloqué par les contrôles. Un relevé est bloqué lors d'un envoi quand un contrôle l'arrête (plus bas que le dernier relevé, plus de 1 000 km par jour, déjà envoyé aujourd'hui, date trop ancienne).</source>
      <translation>Geen van de aangevinkte regels heeft een door de controles geblokkeerde registratie. Een registratie wordt bij het verzenden geblokkeerd wanneer een controle ze tegenhoudt (lager dan de laatste registratie, meer dan 1 000 km per dag, vandaag al verzonden, datum te oud).</translation>
    </message>
    <message>
      <source>Aucune description des travaux.</source>
      <translation>Geen beschrijving van de werken.</translation>
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
      <source>Car-Pass a déjà {km} km pour ce dossier</source>
      <translation>Car-Pass heeft al {km} km voor dit dossier</translation>
    </message>
    <message>
      <source>Car-Pass a peut-être déjà reçu ce relevé : vérifiez sur le portail Car-Pass (s'il y figure : carpass mark-received), puis relancez avec --yes pour le renvoyer</source>
      <translation>Car-Pass heeft deze registratie misschien al ontvangen: controleer het Car-Pass-portaal (staat ze erin: carpass mark-received) en start opnieuw met --yes om ze opnieuw te verzenden</translation>
    </message>
    <message>
      <source>Car-Pass a peut-être déjà reçu la {what} du dossier {dossier} ({cause}).

Vérifiez d'abord sur le portail Car-Pass : si elle y figure, utilisez « Marquer comme reçu ».

Renvoyer quand même ?</source>
      <translation>Car-Pass heeft de {what} van dossier {dossier} misschien al ontvangen ({cause}).

Controleer eerst het Car-Pass-portaal: staat ze erin, gebruik dan « Als ontvangen markeren ».

Toch opnieuw verzenden?</translation>
    </message>
    <message>
      <source>Car-Pass a peut-être déjà reçu le relevé de {km} km du dossier {dossier} ({cause}).

Vérifiez d'abord sur le portail Car-Pass : s'il y figure, utilisez « Marquer comme reçu ». Renvoyer un relevé déjà reçu l'enregistre deux fois.

Renvoyer quand même ?</source>
      <translation>Car-Pass heeft de registratie van {km} km van dossier {dossier} misschien al ontvangen ({cause}).

Controleer eerst het Car-Pass-portaal: staat ze erin, gebruik dan « Als ontvangen markeren ». Een al ontvangen registratie opnieuw verzenden registreert ze twee keer.

Toch opnieuw verzenden?</translation>
    </message>
    <message>
      <source>Car-Pass a pris la confirmation et examine encore le relevé : {message}</source>
      <translation>Car-Pass heeft de bevestiging ontvangen en onderzoekt de registratie nog: {message}</translation>
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
      <source>Car-Pass a renvoyé une liste des travaux vide : la liste gardée n'a pas été modifiée.</source>
      <translation>Car-Pass gaf een lege lijst van werken terug: de bewaarde lijst is niet gewijzigd.</translation>
    </message>
    <message>
      <source>Car-Pass a reçu {km} ; corriger ?</source>
      <translation>Car-Pass ontving {km}; corrigeren?</translation>
    </message>
    <message>
      <source>Car-Pass a reçu {km} km pour le dossier {dossier} ({vin}, relevé du {date}). Le relevé reçu reste tel quel ; la correction est envoyée à part et gardée dans l'historique.</source>
      <translation>Car-Pass ontving {km} km voor dossier {dossier} ({vin}, registratie van {date}). De ontvangen registratie blijft zoals ze is; de correctie wordt apart verzonden en in de historiek bewaard.</translation>
    </message>
    <message>
      <source>Car-Pass a reçu {km} pour le dossier {dossier}. Le relevé reçu reste tel quel ; la correction est envoyée à part et gardée dans l'historique.</source>
      <translation>Car-Pass ontving {km} voor dossier {dossier}. De ontvangen stand blijft zoals hij is; de correctie wordt apart verzonden en in de historiek bewaard.</translation>
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
      <source>Car-Pass n'a aucun relevé du dossier {number} : rien à corriger (corrigez le dossier, le bon kilométrage partira avec le relevé).</source>
      <translation>Car-Pass heeft geen registratie van dossier {number}: niets te corrigeren (corrigeer het dossier, de juiste kilometerstand vertrekt met de registratie).</translation>
    </message>
    <message>
      <source>Car-Pass n'a encore reçu aucun relevé du dossier {number}.</source>
      <translation>Car-Pass heeft nog geen kilometerstand van dossier {number} ontvangen.</translation>
    </message>
    <message>
      <source>Car-Pass n'a pas confirmé avoir pris la confirmation ({message}) : réessayez plus tard (si elle avait été prise, Car-Pass répondra que l'anomalie a déjà reçu une réponse).</source>
      <translation>Car-Pass heeft niet bevestigd dat de bevestiging is ontvangen ({message}): probeer later opnieuw (werd ze toch ontvangen, dan antwoordt Car-Pass dat de anomalie al beantwoord is).</translation>
    </message>
    <message>
      <source>Car-Pass n'accepte qu'une seule réponse à une anomalie.</source>
      <translation>Car-Pass aanvaardt slechts één antwoord op een anomalie.</translation>
    </message>
    <message>
      <source>Car-Pass refuse l'utilisateur {username} avec ce mot de passe.</source>
      <translation>Car-Pass weigert gebruiker {username} met dit wachtwoord.</translation>
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
      <source>Ce dossier n'existe pas sur votre site.</source>
      <translation>Dit dossier bestaat niet op uw vestiging.</translation>
    </message>
    <message>
      <source>Ce relevé vient de changer (un autre poste l'a traité) : rechargez l'historique.</source>
      <translation>Deze registratie is net gewijzigd (een ander station heeft ze behandeld): laad de historiek opnieuw.</translation>
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
      <source>Cochez d'abord les lignes à retirer.</source>
      <translation>Vink eerst de te verwijderen regels aan.</translation>
    </message>
    <message>
      <source>Code du badge :</source>
      <translation>Badgecode:</translation>
    </message>
    <message>
      <source>Confirmation Car-Pass</source>
      <translation>Car-Pass-bevestiging</translation>
    </message>
    <message>
      <source>Confirmation d'envoi Car-Pass</source>
      <translation>Bevestiging van verzending naar Car-Pass</translation>
    </message>
    <message>
      <source>Confirmation du dossier {number} (requestGuid {guid}) : {path}</source>
      <translation>Bevestiging van dossier {number} (requestGuid {guid}): {path}</translation>
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
      <source>Confirmations : {done} / {total}</source>
      <translation>Bevestigingen: {done} / {total}</translation>
    </message>
    <message>
      <source>Confirmations Car-Pass</source>
      <translation>Car-Pass-bevestigingen</translation>
    </message>
    <message>
      <source>Confirmations du jour</source>
      <translation>Bevestigingen van de dag</translation>
    </message>
    <message>
      <source>Confirmations du jour…</source>
      <translation>Bevestigingen van de dag…</translation>
    </message>
    <message>
      <source>Confirmer et envoyer</source>
      <translation>Bevestigen en verzenden</translation>
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
      <source>Confirmer les relevés bloqués</source>
      <translation>Geblokkeerde registraties bevestigen</translation>
    </message>
    <message>
      <source>Confirmer, avec une raison, les lignes cochées que les contrôles ont bloquées, puis les envoyer</source>
      <translation>De aangevinkte regels die de controles blokkeerden met een reden bevestigen en dan verzenden</translation>
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
      <source>Connexion à Car-Pass réussie pour l'utilisateur {username} ; liste des travaux à jour ({n} descripteurs).</source>
      <translation>Verbinding met Car-Pass geslaagd voor gebruiker {username}; lijst van werken bijgewerkt ({n} omschrijvingen).</translation>
    </message>
    <message>
      <source>Connexion à Car-Pass réussie pour l'utilisateur {username}, mais la liste des travaux n'a pas été mise à jour : {reason}</source>
      <translation>Verbinding met Car-Pass geslaagd voor gebruiker {username}, maar de lijst van werken is niet bijgewerkt: {reason}</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Correcties</translation>
    </message>
    <message>
      <source>Corriger chez Car-Pass…</source>
      <translation>Corrigeren bij Car-Pass…</translation>
    </message>
    <message>
      <source>Corriger le kilométrage envoyé</source>
      <translation>Verzonden kilometerstand corrigeren</translation>
    </message>
    <message>
      <source>Corriger…</source>
      <translation>Corrigeren…</translation>
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
      <source>Demande</source>
      <translation>Aanvraag</translation>
    </message>
    <message>
      <source>Demande Car-Pass introuvable.</source>
      <translation>Car-Pass-aanvraag niet gevonden.</translation>
    </message>
    <message>
      <source>Demande du dossier {number} enregistrée comme reçue par Car-Pass.</source>
      <translation>Aanvraag van dossier {number} geregistreerd als ontvangen door Car-Pass.</translation>
    </message>
    <message>
      <source>Demandée par</source>
      <translation>Gevraagd door</translation>
    </message>
    <message>
      <source>Depuis</source>
      <translation>Sinds</translation>
    </message>
    <message>
      <source>Dernier relevé envoyé à Car-Pass pour ce VIN : {km} km le {date}</source>
      <translation>Laatste naar Car-Pass verzonden kilometerstand voor dit VIN: {km} km op {date}</translation>
    </message>
    <message>
      <source>Description / correction</source>
      <translation>Beschrijving / correctie</translation>
    </message>
    <message>
      <source>Description des travaux</source>
      <translation>Beschrijving van de werken</translation>
    </message>
    <message>
      <source>Descriptions et corrections envoyées : {n}</source>
      <translation>Verzonden beschrijvingen en correcties: {n}</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF-documenten (*.pdf)</translation>
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
      <source>Dossier {dossier} — relevé {reading}</source>
      <translation>Dossier {dossier} — kilometerstand {reading}</translation>
    </message>
    <message>
      <source>Dossier {dossier} — {km} km : {reasons}</source>
      <translation>Dossier {dossier} — {km} km: {reasons}</translation>
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
      <source>Dossier {number} : description des travaux effacée.</source>
      <translation>Dossier {number}: beschrijving van de werken gewist.</translation>
    </message>
    <message>
      <source>Dossier {number} : description des travaux enregistrée.</source>
      <translation>Dossier {number}: beschrijving van de werken opgeslagen.</translation>
    </message>
    <message>
      <source>Dossier {number} : description des travaux inchangée.</source>
      <translation>Dossier {number}: beschrijving van de werken ongewijzigd.</translation>
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
      <source>Dossier {number} enregistré.</source>
      <translation>Dossier {number} opgeslagen.</translation>
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
      <source>Décision : {what}, par {user} le {when}</source>
      <translation>Beslissing: {what}, door {user} op {when}</translation>
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
      <source>Enregistrer le nom</source>
      <translation>Naam opslaan</translation>
    </message>
    <message>
      <source>Enregistrer les confirmations</source>
      <translation>Bevestigingen opslaan</translation>
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
      <source>Envoie à Car-Pass le kilométrage corrigé avec une raison obligatoire ; le relevé reçu reste dans l'historique.</source>
      <translation>Stuurt Car-Pass de gecorrigeerde kilometerstand met een verplichte reden; de ontvangen stand blijft in de historiek.</translation>
    </message>
    <message>
      <source>Envoyer automatiquement dès qu'un dossier peut l'être</source>
      <translation>Automatisch verzenden zodra een dossier verzonden kan worden</translation>
    </message>
    <message>
      <source>Envoyer la correction</source>
      <translation>Correctie verzenden</translation>
    </message>
    <message>
      <source>Envoyer la file</source>
      <translation>Wachtrij verzenden</translation>
    </message>
    <message>
      <source>Envoyer quand même ?</source>
      <translation>Toch verzenden?</translation>
    </message>
    <message>
      <source>Envoyer à Car-Pass</source>
      <translation>Naar Car-Pass verzenden</translation>
    </message>
    <message>
      <source>Envoyer à Car-Pass le bon kilométrage d'un relevé déjà reçu, avec la raison</source>
      <translation>De juiste kilometerstand van een al ontvangen registratie naar Car-Pass verzenden, met de reden</translation>
    </message>
    <message>
      <source>Envoyé le</source>
      <translation>Verzonden op</translation>
    </message>
    <message>
      <source>Envoyé par</source>
      <translation>Verzonden door</translation>
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
      <source>Historique du véhicule (Car-Pass)</source>
      <translation>Voertuighistoriek (Car-Pass)</translation>
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
      <source>Imprimer la confirmation</source>
      <translation>Bevestiging afdrukken</translation>
    </message>
    <message>
      <source>Imprimé le {when} par {user}</source>
      <translation>Afgedrukt op {when} door {user}</translation>
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
      <source>Kilométrage correct :</source>
      <translation>Juiste kilometerstand:</translation>
    </message>
    <message>
      <source>Kilométrage corrigé</source>
      <translation>Gecorrigeerde kilometerstand</translation>
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
      <source>La demande précédente ({kind}) du dossier {number} est en cours d'envoi ou à vérifier : décidez-en d'abord dans l'historique Car-Pass.</source>
      <translation>De vorige aanvraag ({kind}) van dossier {number} wordt verzonden of moet gecontroleerd worden: beslis er eerst over in de Car-Pass-historiek.</translation>
    </message>
    <message>
      <source>La ligne Car-Pass du dossier {number}</source>
      <translation>De Car-Pass-regel van dossier {number}</translation>
    </message>
    <message>
      <source>La liste des travaux Car-Pass n'est pas encore chargée pour ce site : un administrateur doit tester la connexion (onglet Paramètres Car-Pass).</source>
      <translation>De Car-Pass-lijst van werken is nog niet geladen voor deze vestiging: een beheerder moet de verbinding testen (tabblad Car-Pass-instellingen).</translation>
    </message>
    <message>
      <source>La liste des travaux Car-Pass n'est pas encore chargée pour ce site : un administrateur doit tester la connexion à Car-Pass.</source>
      <translation>De Car-Pass-lijst van werken is nog niet geladen voor deze vestiging: een beheerder moet de verbinding met Car-Pass testen.</translation>
    </message>
    <message>
      <source>La {what} du dossier {dossier} figure-t-elle sur le portail Car-Pass ? Elle sera enregistrée comme reçue, sans être renvoyée.</source>
      <translation>Staat de {what} van dossier {dossier} in het Car-Pass-portaal? Ze wordt als ontvangen geregistreerd, zonder ze opnieuw te verzenden.</translation>
    </message>
    <message>
      <source>Le dossier {number}</source>
      <translation>Dossier {number}</translation>
    </message>
    <message>
      <source>Le dossier {number} n'a pas encore de relevé reçu par Car-Pass : la description des travaux partira automatiquement après l'envoi du relevé.</source>
      <translation>Dossier {number} heeft nog geen door Car-Pass ontvangen registratie: de beschrijving van de werken vertrekt automatisch na de verzending van de registratie.</translation>
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
      <source>Liste Car-Pass reçue le {when}.</source>
      <translation>Car-Pass-lijst ontvangen op {when}.</translation>
    </message>
    <message>
      <source>Liste des travaux Car-Pass</source>
      <translation>Car-Pass-lijst van werken</translation>
    </message>
    <message>
      <source>Marquer comme reçu</source>
      <translation>Als ontvangen markeren</translation>
    </message>
    <message>
      <source>Marquer comme reçu par Car-Pass</source>
      <translation>Als ontvangen door Car-Pass markeren</translation>
    </message>
    <message>
      <source>Marquer comme reçu…</source>
      <translation>Als ontvangen markeren…</translation>
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
      <source>Mise à jour impossible : {reason}</source>
      <translation>Bijwerken onmogelijk: {reason}</translation>
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
      <source>Ne sera pas envoyé à Car-Pass :</source>
      <translation>Wordt niet naar Car-Pass verzonden:</translation>
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
      <source>Nom d'utilisateur :</source>
      <translation>Gebruikersnaam:</translation>
    </message>
    <message>
      <source>Nom d'utilisateur Car-Pass</source>
      <translation>Car-Pass-gebruikersnaam</translation>
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
      <source>Nouvelle description</source>
      <translation>Nieuwe beschrijving</translation>
    </message>
    <message>
      <source>Numéro d'établissement</source>
      <translation>Nummer van de vestigingseenheid</translation>
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
      <source>N° d'entreprise</source>
      <translation>Ondernemingsnummer</translation>
    </message>
    <message>
      <source>N° d'établissement</source>
      <translation>Nr. vestigingseenheid</translation>
    </message>
    <message>
      <source>N° de dossier :</source>
      <translation>Dossiernr.:</translation>
    </message>
    <message>
      <source>Obligatoire : gardée dans l'historique avec votre nom</source>
      <translation>Verplicht: bewaard in de historiek met uw naam</translation>
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
      <source>PDF prouvant que Car-Pass a reçu le relevé choisi (Ctrl+P)</source>
      <translation>PDF dat bewijst dat Car-Pass de gekozen kilometerstand ontving (Ctrl+P)</translation>
    </message>
    <message>
      <source>Par</source>
      <translation>Door</translation>
    </message>
    <message>
      <source>Par défaut le numéro d'établissement ; un autre nom pour un compte de test Car-Pass.</source>
      <translation>Standaard het nummer van de vestigingseenheid; een andere naam voor een Car-Pass-testaccount.</translation>
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
      <source>Pour corriger : atelier carpass correct {number} --km {km} --reason TEXTE</source>
      <translation>Om te corrigeren: atelier carpass correct {number} --km {km} --reason TEKST</translation>
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
      <source>Raison</source>
      <translation>Reden</translation>
    </message>
    <message>
      <source>Raison :</source>
      <translation>Reden:</translation>
    </message>
    <message>
      <source>Raison de la confirmation</source>
      <translation>Reden van de bevestiging</translation>
    </message>
    <message>
      <source>Raison de la confirmation : {reason}</source>
      <translation>Reden van de bevestiging: {reason}</translation>
    </message>
    <message>
      <source>Raison de la correction</source>
      <translation>Reden van de correctie</translation>
    </message>
    <message>
      <source>Raison du retrait</source>
      <translation>Reden van verwijdering</translation>
    </message>
    <message>
      <source>Raison du retrait des {n} lignes cochées :</source>
      <translation>Reden voor het verwijderen van de {n} aangevinkte regels:</translation>
    </message>
    <message>
      <source>Raison du retrait du dossier {number} :</source>
      <translation>Reden om dossier {number} te verwijderen:</translation>
    </message>
    <message>
      <source>Rechercher un travail (Ctrl+K)…</source>
      <translation>Werk zoeken (Ctrl+K)…</translation>
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
      <source>Relevé de {km} km du dossier {dossier} ({vin}).

Si le portail Car-Pass montre ce relevé, recopiez ici son requestGuid : le relevé sera enregistré comme reçu, sans être renvoyé.</source>
      <translation>Registratie van {km} km van dossier {dossier} ({vin}).

Toont het Car-Pass-portaal deze registratie, neem dan hier haar requestGuid over: de registratie wordt als ontvangen geregistreerd, zonder ze opnieuw te verzenden.</translation>
    </message>
    <message>
      <source>Relevé du dossier {number} enregistré comme reçu par Car-Pass (requestGuid {guid}).</source>
      <translation>Registratie van dossier {number} geregistreerd als ontvangen door Car-Pass (requestGuid {guid}).</translation>
    </message>
    <message>
      <source>Relevé kilométrique reçu par Car-Pass</source>
      <translation>Kilometerstand ontvangen door Car-Pass</translation>
    </message>
    <message>
      <source>Relevés Car-Pass en attente</source>
      <translation>Wachtende Car-Pass-kilometerstanden</translation>
    </message>
    <message>
      <source>Relevés reçus par Car-Pass le :</source>
      <translation>Kilometerstanden ontvangen door Car-Pass op:</translation>
    </message>
    <message>
      <source>Renvoyer la demande</source>
      <translation>Aanvraag opnieuw verzenden</translation>
    </message>
    <message>
      <source>Renvoyer le relevé</source>
      <translation>Registratie opnieuw verzenden</translation>
    </message>
    <message>
      <source>Renvoyer…</source>
      <translation>Opnieuw verzenden…</translation>
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
      <source>Rouge : ne sera pas envoyé (voir la colonne « À corriger »). Orange : à examiner avant d'envoyer (contrôles Car-Pass, description des travaux manquante…). État « {uncertain} » : Car-Pass a peut-être reçu le relevé, décidez-en dans l'historique. Survolez une ligne pour le détail.</source>
      <translation>Rood: wordt niet verzonden (zie de kolom „Te corrigeren”). Oranje: eerst bekijken voor verzending (Car-Pass-controles, ontbrekende beschrijving van de werken…). Status „{uncertain}”: Car-Pass heeft de stand misschien ontvangen, beslis in de historiek. Beweeg over een rij voor details.</translation>
    </message>
    <message>
      <source>Rouges seulement</source>
      <translation>Alleen rode</translation>
    </message>
    <message>
      <source>Référence Car-Pass</source>
      <translation>Car-Pass-referentie</translation>
    </message>
    <message>
      <source>Référence Car-Pass :</source>
      <translation>Car-Pass-referentie:</translation>
    </message>
    <message>
      <source>Référence Car-Pass : {guid}</source>
      <translation>Car-Pass-referentie: {guid}</translation>
    </message>
    <message>
      <source>Réponse brute de l'appel choisi</source>
      <translation>Ruw antwoord van de gekozen oproep</translation>
    </message>
    <message>
      <source>Réponse de Car-Pass illisible pour la liste des travaux : {message}</source>
      <translation>Onleesbaar antwoord van Car-Pass voor de lijst van werken: {message}</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Resultaat</translation>
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
      <source>Site</source>
      <translation>Vestiging</translation>
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
      <source>Tout décocher</source>
      <translation>Alles uitvinken</translation>
    </message>
    <message>
      <source>Travaux</source>
      <translation>Werken</translation>
    </message>
    <message>
      <source>Travaux :</source>
      <translation>Werken:</translation>
    </message>
    <message>
      <source>Travaux effectués</source>
      <translation>Uitgevoerde werken</translation>
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
      <source>Trousseau du système : le mot de passe y est gardé, jamais dans la base</source>
      <translation>Sleutelhanger van het systeem: het wachtwoord wordt daar bewaard, nooit in de databank</translation>
    </message>
    <message>
      <source>Utilisateur Car-Pass : {username}</source>
      <translation>Car-Pass-gebruiker: {username}</translation>
    </message>
    <message>
      <source>Utilisateur Car-Pass du site : {username} (numéro d'établissement)</source>
      <translation>Car-Pass-gebruiker van de vestiging: {username} (nummer van de vestigingseenheid)</translation>
    </message>
    <message>
      <source>Utilisateur Car-Pass du site : {username} (établissement {number})</source>
      <translation>Car-Pass-gebruiker van de vestiging: {username} (vestigingseenheid {number})</translation>
    </message>
    <message>
      <source>VIN de moins de 17 caractères</source>
      <translation>VIN korter dan 17 tekens</translation>
    </message>
    <message>
      <source>VIN de plus de 17 caractères : jamais envoyé à Car-Pass</source>
      <translation>VIN langer dan 17 tekens: nooit naar Car-Pass verzonden</translation>
    </message>
    <message>
      <source>VIN de {length} caractères seulement (17 attendus) : vérifiez-le</source>
      <translation>VIN van slechts {length} tekens (17 verwacht): controleer het</translation>
    </message>
    <message>
      <source>Vous confirmez que ces {n} relevé(s) sont corrects malgré les contrôles ; ils seront envoyés à Car-Pass.</source>
      <translation>U bevestigt dat deze {n} registratie(s) juist zijn ondanks de controles; ze worden naar Car-Pass verzonden.</translation>
    </message>
    <message>
      <source>Vous confirmez que le relevé de {km} km du dossier {dossier} est correct malgré les contrôles :

{reasons}

Il sera envoyé à Car-Pass.</source>
      <translation>U bevestigt dat de registratie van {km} km van dossier {dossier} juist is ondanks de controles:

{reasons}

Ze wordt naar Car-Pass verzonden.</translation>
    </message>
    <message>
      <source>Véhicule de remplacement : location {number} ({plate}), retour prévu {when}</source>
      <translation>Vervangwagen: verhuur {number} ({plate}), geplande terugkeer {when}</translation>
    </message>
    <message>
      <source>Véhicule et relevé</source>
      <translation>Voertuig en kilometerstand</translation>
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
      <source>Vérifiez sur le portail Car-Pass : s'il y figure, « Marquer comme reçu » avec sa référence ; sinon « Renvoyer ».</source>
      <translation>Controleer op het Car-Pass-portaal: staat hij erop, dan « Als ontvangen markeren » met zijn referentie; zo niet « Opnieuw verzenden ».</translation>
    </message>
    <message>
      <source>Vérifiez sur le portail Car-Pass : si la demande y figure, « Marquer comme reçu » ; sinon « Renvoyer ».</source>
      <translation>Controleer het Car-Pass-portaal: staat de aanvraag erin, « Als ontvangen markeren »; anders « Opnieuw verzenden ».</translation>
    </message>
    <message>
      <source>accepté</source>
      <translation>aanvaard</translation>
    </message>
    <message>
      <source>année {year} hors limites : de {low} à {high}</source>
      <translation>jaar {year} buiten de grenzen: van {low} tot {high}</translation>
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
      <source>aucun travail choisi pour le dossier {number}</source>
      <translation>geen werk gekozen voor dossier {number}</translation>
    </message>
    <message>
      <source>aucune</source>
      <translation>geen</translation>
    </message>
    <message>
      <source>aucune description reçue par Car-Pass</source>
      <translation>geen beschrijving ontvangen door Car-Pass</translation>
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
      <source>caractère de contrôle U+{code} refusé</source>
      <translation>stuurteken U+{code} geweigerd</translation>
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
      <source>code(s) absent(s) de la liste Car-Pass du site : {codes}</source>
      <translation>code(s) niet in de Car-Pass-lijst van de vestiging: {codes}</translation>
    </message>
    <message>
      <source>code(s) retiré(s) de la liste Car-Pass : {codes}</source>
      <translation>code(s) verwijderd uit de Car-Pass-lijst: {codes}</translation>
    </message>
    <message>
      <source>colonnes manquantes : {found} au lieu de {expected}</source>
      <translation>ontbrekende kolommen: {found} in plaats van {expected}</translation>
    </message>
    <message>
      <source>connexion coupée en attendant la réponse : Car-Pass a peut-être enregistré le relevé</source>
      <translation>verbinding verbroken tijdens het wachten op het antwoord: Car-Pass heeft de registratie misschien opgeslagen</translation>
    </message>
    <message>
      <source>contrôle {code}</source>
      <translation>controle {code}</translation>
    </message>
    <message>
      <source>correction</source>
      <translation>correctie</translation>
    </message>
    <message>
      <source>correction : {outcome}</source>
      <translation>correctie: {outcome}</translation>
    </message>
    <message>
      <source>correction à {km} km</source>
      <translation>correctie naar {km} km</translation>
    </message>
    <message>
      <source>correction à {km} km ({reason}, {user})</source>
      <translation>correctie naar {km} km ({reason}, {user})</translation>
    </message>
    <message>
      <source>correction à {km} km envoyée</source>
      <translation>correctie naar {km} km verzonden</translation>
    </message>
    <message>
      <source>date attendue (AAAA-MM-JJ ou JJ-MM-AAAA), pas « {value} »</source>
      <translation>datum verwacht (JJJJ-MM-DD of DD-MM-JJJJ), niet „{value}”</translation>
    </message>
    <message>
      <source>date attendue au format jj-mm-aaaa : {value}</source>
      <translation>datum verwacht in de vorm dd-mm-jjjj: {value}</translation>
    </message>
    <message>
      <source>date de première immatriculation manquante</source>
      <translation>datum van eerste inschrijving ontbreekt</translation>
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
      <source>date du relevé dans le futur</source>
      <translation>datum van de kilometerstand in de toekomst</translation>
    </message>
    <message>
      <source>date du relevé il y a plus de 5 jours</source>
      <translation>datum van de kilometerstand meer dan 5 dagen geleden</translation>
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
      <source>demandée, {state}</source>
      <translation>gevraagd, {state}</translation>
    </message>
    <message>
      <source>description ({codes})</source>
      <translation>beschrijving ({codes})</translation>
    </message>
    <message>
      <source>description : {outcome}</source>
      <translation>beschrijving: {outcome}</translation>
    </message>
    <message>
      <source>description des travaux</source>
      <translation>beschrijving van de werken</translation>
    </message>
    <message>
      <source>description des travaux envoyée</source>
      <translation>beschrijving van de werken verzonden</translation>
    </message>
    <message>
      <source>description des travaux manquante</source>
      <translation>beschrijving van de werken ontbreekt</translation>
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
      <source>dossier inexistant : {folder}</source>
      <translation>map bestaat niet: {folder}</translation>
    </message>
    <message>
      <source>déjà enregistré pour le relevé du dossier {number}</source>
      <translation>al geregistreerd voor de registratie van dossier {number}</translation>
    </message>
    <message>
      <source>déjà envoyé</source>
      <translation>al verzonden</translation>
    </message>
    <message>
      <source>en cours (autre poste)</source>
      <translation>bezig (ander station)</translation>
    </message>
    <message>
      <source>en cours d'envoi</source>
      <translation>wordt verzonden</translation>
    </message>
    <message>
      <source>en cours d'envoi par un autre poste</source>
      <translation>wordt door een ander station verzonden</translation>
    </message>
    <message>
      <source>en cours de traitement</source>
      <translation>wordt verwerkt</translation>
    </message>
    <message>
      <source>en examen (anomalie à répondre)</source>
      <translation>in onderzoek (anomalie te beantwoorden)</translation>
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
      <source>envoi interrompu (poste arrêté pendant l'appel) : Car-Pass a peut-être reçu le relevé</source>
      <translation>verzending onderbroken (station gestopt tijdens de oproep): Car-Pass heeft de registratie misschien ontvangen</translation>
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
      <source>erreur du serveur Car-Pass après réception : le relevé a peut-être été enregistré</source>
      <translation>fout van de Car-Pass-server na ontvangst: de registratie is misschien opgeslagen</translation>
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
      <source>identifiant du portail Car-Pass attendu, de la forme xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (chiffres 0-9 et lettres a-f)</source>
      <translation>identificatie uit het Car-Pass-portaal verwacht, van de vorm xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (cijfers 0-9 en letters a-f)</translation>
    </message>
    <message>
      <source>incomplet</source>
      <translation>onvolledig</translation>
    </message>
    <message>
      <source>indiquez au moins un champ à modifier (--damage-km, …)</source>
      <translation>geef minstens één veld om te wijzigen (--damage-km, …)</translation>
    </message>
    <message>
      <source>issue de l'envoi inconnue : Car-Pass a peut-être reçu le relevé</source>
      <translation>afloop van de verzending onbekend: Car-Pass heeft de registratie misschien ontvangen</translation>
    </message>
    <message>
      <source>km dégât manquant</source>
      <translation>km schade ontbreekt</translation>
    </message>
    <message>
      <source>km inférieur au dernier relevé envoyé à Car-Pass pour ce VIN</source>
      <translation>km lager dan de laatste naar Car-Pass verzonden kilometerstand voor dit VIN</translation>
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
      <source>la date de fin précède la date de début</source>
      <translation>de einddatum ligt vóór de begindatum</translation>
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
      <source>le deux-points « : » n'est pas permis</source>
      <translation>de dubbele punt « : » is niet toegelaten</translation>
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
      <source>marqué comme reçu (référence du portail Car-Pass)</source>
      <translation>als ontvangen gemarkeerd (referentie van het Car-Pass-portaal)</translation>
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
      <source>même relevé déjà envoyé aujourd'hui pour ce VIN</source>
      <translation>zelfde kilometerstand vandaag al verzonden voor dit VIN</translation>
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
      <source>ne se combine pas avec --activity</source>
      <translation>kan niet samen met --activity</translation>
    </message>
    <message>
      <source>ni espace, ni caractère invisible</source>
      <translation>geen spaties of onzichtbare tekens</translation>
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
      <source>pas dans la liste : {why} (bouton Car-Pass pour l'y mettre quand même)</source>
      <translation>niet op de lijst: {why} (knop Car-Pass om het toch toe te voegen)</translation>
    </message>
    <message>
      <source>pas de réponse dans le délai après l'envoi : Car-Pass a peut-être enregistré le relevé</source>
      <translation>geen antwoord binnen de termijn na verzending: Car-Pass heeft de registratie misschien opgeslagen</translation>
    </message>
    <message>
      <source>pas encore de pointage</source>
      <translation>nog niet ingeklokt</translation>
    </message>
    <message>
      <source>plus de 1 000 km par jour depuis le dernier relevé envoyé</source>
      <translation>meer dan 1 000 km per dag sinds de laatste verzonden kilometerstand</translation>
    </message>
    <message>
      <source>prévue</source>
      <translation>gepland</translation>
    </message>
    <message>
      <source>raison : {reason}</source>
      <translation>reden: {reason}</translation>
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
      <source>remplacé</source>
      <translation>vervangen</translation>
    </message>
    <message>
      <source>renvoyé</source>
      <translation>opnieuw verzonden</translation>
    </message>
    <message>
      <source>requestGuid</source>
      <translation>requestGuid</translation>
    </message>
    <message>
      <source>requestGuid : 32 chiffres 0-9 ou lettres a-f, groupés 8-4-4-4-12 avec des tirets</source>
      <translation>requestGuid: 32 cijfers 0-9 of letters a-f, gegroepeerd 8-4-4-4-12 met koppeltekens</translation>
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
      <source>réponse de Car-Pass illisible ou sans référence</source>
      <translation>antwoord van Car-Pass onleesbaar of zonder referentie</translation>
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
      <source>seul un relevé à vérifier peut être marqué comme reçu</source>
      <translation>alleen een te controleren registratie kan als ontvangen worden gemarkeerd</translation>
    </message>
    <message>
      <source>seule une demande à vérifier se renvoie ou se marque comme reçue</source>
      <translation>alleen een te controleren aanvraag kan opnieuw worden verzonden of als ontvangen worden gemarkeerd</translation>
    </message>
    <message>
      <source>seuls les relevés refusés ou à vérifier se renvoient</source>
      <translation>alleen geweigerde of te controleren registraties kunnen opnieuw worden verzonden</translation>
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
      <source>traité</source>
      <translation>verwerkt</translation>
    </message>
    <message>
      <source>trop de colonnes</source>
      <translation>te veel kolommen</translation>
    </message>
    <message>
      <source>trop longue ({length} caractères, {max} au plus)</source>
      <translation>te lang ({length} tekens, maximaal {max})</translation>
    </message>
    <message>
      <source>véhicule de remplacement {plate} (location {number}, retour {when})</source>
      <translation>vervangwagen {plate} (verhuur {number}, terugkeer {when})</translation>
    </message>
    <message>
      <source>vérifiez sur le portail Car-Pass, puis « Renvoyer » ou « Marquer comme reçu »</source>
      <translation>controleer het Car-Pass-portaal, dan « Opnieuw verzenden » of « Als ontvangen markeren »</translation>
    </message>
    <message>
      <source>{category} : {label}</source>
      <translation>{category}: {label}</translation>
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
      <source>{label} (retiré de la liste Car-Pass)</source>
      <translation>{label} (verwijderd uit de Car-Pass-lijst)</translation>
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
      <source>{n} confirmation(s) : {path}</source>
      <translation>{n} bevestiging(en): {path}</translation>
    </message>
    <message>
      <source>{n} dossier(s) importé(s), dont {enrolled} inscrit(s) dans la liste Car-Pass.</source>
      <translation>{n} dossier(s) geïmporteerd, waarvan {enrolled} op de Car-Pass-lijst gezet.</translation>
    </message>
    <message>
      <source>{n} envoi(s) « {state} » : Car-Pass les a peut-être reçus ; ils ne partent pas d'eux-mêmes. Vérifiez-les sur le portail Car-Pass puis, dans l'historique, « Renvoyer » ou « Marquer comme reçu ».</source>
      <translation>{n} verzending(en) „{state}”: Car-Pass heeft ze misschien ontvangen; ze vertrekken niet vanzelf. Kijk ze na op het Car-Pass-portaal en kies dan in de historiek „Opnieuw verzenden” of „Als ontvangen markeren”.</translation>
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
      <source>{n} ligne(s) cochée(s) :</source>
      <translation>{n} regel(s) aangevinkt:</translation>
    </message>
    <message>
      <source>{n} ligne(s) cochée(s) sans relevé bloqué ne sont pas concernées.</source>
      <translation>{n} aangevinkte regel(s) zonder geblokkeerde registratie worden niet behandeld.</translation>
    </message>
    <message>
      <source>{n} relevé(s) : {path}</source>
      <translation>{n} kilometerstand(en): {path}</translation>
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
      <source>{n} travail(aux) choisi(s) : {labels}</source>
      <translation>{n} werk(en) gekozen: {labels}</translation>
    </message>
    <message>
      <source>{per_day} km par jour depuis le dernier relevé ({last} km le {date}) : plus de 1 000 km par jour</source>
      <translation>{per_day} km per dag sinds de laatste kilometerstand ({last} km op {date}): meer dan 1 000 km per dag</translation>
    </message>
    <message>
      <source>{question}

Le dossier indique maintenant {km}. Le relevé reçu par Car-Pass reste tel quel ; une correction lui envoie le bon kilométrage avec une raison.</source>
      <translation>{question}

Het dossier vermeldt nu {km}. De stand die Car-Pass ontving blijft zoals hij is; een correctie stuurt de juiste kilometerstand met een reden.</translation>
    </message>
    <message>
      <source>{question} Le dossier indique {km}.</source>
      <translation>{question} Het dossier vermeldt {km}.</translation>
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
      <source>{state} le {when}</source>
      <translation>{state} op {when}</translation>
    </message>
    <message>
      <source>{status}</source>
      <translation>{status}</translation>
    </message>
    <message>
      <source>{user} le {when}</source>
      <translation>{user} op {when}</translation>
    </message>
    <message>
      <source>{what} : {state}</source>
      <translation>{what}: {state}</translation>
    </message>
    <message>
      <source>{what} — demandé par {user} le {when}</source>
      <translation>{what} — aangevraagd door {user} op {when}</translation>
    </message>
    <message>
      <source>À corriger / remarques</source>
      <translation>Te verbeteren / opmerkingen</translation>
    </message>
    <message>
      <source>À vérifier</source>
      <translation>Te controleren</translation>
    </message>
    <message>
      <source>À vérifier : {cause}</source>
      <translation>Te controleren: {cause}</translation>
    </message>
    <message>
      <source>Établissement</source>
      <translation>Vestigingseenheid</translation>
    </message>
    <message>
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>État : {state}</source>
      <translation>Status: {state}</translation>
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
      <source>à confirmer</source>
      <translation>te bevestigen</translation>
    </message>
    <message>
      <source>à envoyer</source>
      <translation>te verzenden</translation>
    </message>
    <message>
      <source>à vérifier</source>
      <translation>na te kijken</translation>
    </message>
    <message>
      <source>à vérifier : {cause} ; {todo}</source>
      <translation>te controleren: {cause}; {todo}</translation>
    </message>
    <message>
      <source>à vérifier : {cause} ; {todo} ({message})</source>
      <translation>te controleren: {cause}; {todo} ({message})</translation>
    </message>
    <message>
      <source>– {n} arrêtée(s) par les contrôles : elles attendront votre confirmation dans l'historique</source>
      <translation>– {n} tegengehouden door de controles: ze wachten op uw bevestiging in de historiek</translation>
    </message>
    <message>
      <source>– {n} en rouge : elles ne seront pas envoyées</source>
      <translation>– {n} in het rood: ze worden niet verzonden</translation>
    </message>
    <message>
      <source>– {n} sans description des travaux (elle pourra être envoyée plus tard)</source>
      <translation>– {n} zonder beschrijving van de werken (die kan later verzonden worden)</translation>
    </message>
    <message>
      <source>… et {n} autre(s)</source>
      <translation>… en {n} andere(n)</translation>
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
