<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
  <context>
    <name>carpass</name>
    <message>
      <source>(dépointé du dossier {number})</source>
      <translation>(clocked out of dossier {number})</translation>
    </message>
    <message>
      <source>0 ou 1 attendu</source>
      <translation>0 or 1 expected</translation>
    </message>
    <message>
      <source>Adresse :</source>
      <translation>Address:</translation>
    </message>
    <message>
      <source>Adresse Car-Pass du site : {url}</source>
      <translation>Car-Pass address of the site: {url}</translation>
    </message>
    <message>
      <source>Adresse de production</source>
      <translation>Production address</translation>
    </message>
    <message>
      <source>Adresse du service Car-Pass</source>
      <translation>Car-Pass service address</translation>
    </message>
    <message>
      <source>Anomalies (à confirmer)</source>
      <translation>Anomalies (to confirm)</translation>
    </message>
    <message>
      <source>Appel de Car-Pass…</source>
      <translation>Calling Car-Pass…</translation>
    </message>
    <message>
      <source>Appels et réponses…</source>
      <translation>Calls and answers…</translation>
    </message>
    <message>
      <source>Appels à Car-Pass</source>
      <translation>Calls to Car-Pass</translation>
    </message>
    <message>
      <source>Attention : {reason}</source>
      <translation>Warning: {reason}</translation>
    </message>
    <message>
      <source>Attention : {warning}</source>
      <translation>Warning: {warning}</translation>
    </message>
    <message>
      <source>Au travail maintenant</source>
      <translation>Working now</translation>
    </message>
    <message>
      <source>Aucun mot de passe Car-Pass pour l'établissement {number} : un administrateur doit le saisir (onglet Paramètres Car-Pass ou « atelier carpass credentials set »).</source>
      <translation>No Car-Pass password for establishment {number}: an administrator must enter it (Car-Pass settings tab or « atelier carpass credentials set »).</translation>
    </message>
    <message>
      <source>Aucun relevé à envoyer.</source>
      <translation>No readings to send.</translation>
    </message>
    <message>
      <source>Aucun technicien actif avec le badge {code} sur votre site.</source>
      <translation>No active technician with badge {code} at your site.</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable ({backend}) : le mot de passe Car-Pass de l'établissement {number} sera gardé en mémoire pour cette session seulement.

Mot de passe :</source>
      <translation>No usable system keyring ({backend}): the Car-Pass password of establishment {number} will be kept in memory for this session only.

Password:</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable ({backend}) : le mot de passe Car-Pass ne peut être gardé que pour cette session.</source>
      <translation>No usable system keyring ({backend}): the Car-Pass password can only be kept for this session.</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable ({backend}) : le mot de passe ne peut pas être gardé. Pour un envoi planifié, définissez ATELIER_CARPASS_PASSWORD dans la tâche.</source>
      <translation>No usable system keyring ({backend}): the password cannot be kept. For scheduled sending, set ATELIER_CARPASS_PASSWORD in the task.</translation>
    </message>
    <message>
      <source>Aucun trousseau utilisable ({backend}) : le mot de passe ne sera gardé que pour cette session.</source>
      <translation>No usable keyring ({backend}): the password will only be kept for this session.</translation>
    </message>
    <message>
      <source>Autre environnement (test ou simulateur) : rien n'est déclaré à Car-Pass.</source>
      <translation>Other environment (test or simulator): nothing is reported to Car-Pass.</translation>
    </message>
    <message>
      <source>Avec l'historique (envoyés, retirés)</source>
      <translation>Include history (sent, removed)</translation>
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
      <translation>Blocked: {reason}</translation>
    </message>
    <message>
      <source>Car-Pass</source>
      <translation>Car-Pass</translation>
    </message>
    <message>
      <source>Car-Pass a accepté la confirmation du relevé.</source>
      <translation>Car-Pass accepted the confirmation of the reading.</translation>
    </message>
    <message>
      <source>Car-Pass a refusé la confirmation : {message}</source>
      <translation>Car-Pass refused the confirmation: {message}</translation>
    </message>
    <message>
      <source>Car-Pass a refusé les identifiants de l'établissement {number} ({message}) : vérifiez le mot de passe Car-Pass.</source>
      <translation>Car-Pass refused the credentials of establishment {number} ({message}): check the Car-Pass password.</translation>
    </message>
    <message>
      <source>Car-Pass a refusé les identifiants de l'établissement {number}.</source>
      <translation>Car-Pass refused the credentials of establishment {number}.</translation>
    </message>
    <message>
      <source>Car-Pass a signalé une anomalie : confirmez le relevé depuis l'historique</source>
      <translation>Car-Pass reported an anomaly: confirm the reading from the history</translation>
    </message>
    <message>
      <source>Car-Pass injoignable à {url} : {error}</source>
      <translation>Car-Pass unreachable at {url}: {error}</translation>
    </message>
    <message>
      <source>Car-Pass n'a pas pris la confirmation ({message}) : réessayez plus tard.</source>
      <translation>Car-Pass did not take the confirmation ({message}): try again later.</translation>
    </message>
    <message>
      <source>Car-Pass n'accepte qu'une seule réponse à une anomalie.</source>
      <translation>Car-Pass accepts only one answer to an anomaly.</translation>
    </message>
    <message>
      <source>Car-Pass refuse l'établissement {number} avec ce mot de passe.</source>
      <translation>Car-Pass refuses establishment {number} with this password.</translation>
    </message>
    <message>
      <source>Car-Pass répond {status} : {message}</source>
      <translation>Car-Pass answers {status}: {message}</translation>
    </message>
    <message>
      <source>Ce dossier est déjà dans la liste Car-Pass.</source>
      <translation>This dossier is already on the Car-Pass list.</translation>
    </message>
    <message>
      <source>Cette anomalie a déjà reçu une réponse : contactez Car-Pass.</source>
      <translation>This anomaly has already been answered: contact Car-Pass.</translation>
    </message>
    <message>
      <source>Cette ligne de la liste Car-Pass n'existe pas sur votre site.</source>
      <translation>This Car-Pass list row does not exist at your site.</translation>
    </message>
    <message>
      <source>Choisissez une ligne pour voir le détail.</source>
      <translation>Choose a line to see the details.</translation>
    </message>
    <message>
      <source>Cocher toutes les lignes qui répondent au filtre</source>
      <translation>Tick every row matching the filter</translation>
    </message>
    <message>
      <source>Cochez d'abord les lignes à envoyer.</source>
      <translation>First tick the rows to send.</translation>
    </message>
    <message>
      <source>Code du badge :</source>
      <translation>Badge code:</translation>
    </message>
    <message>
      <source>Confirmation à Car-Pass</source>
      <translation>Confirmation to Car-Pass</translation>
    </message>
    <message>
      <source>Confirmation à Car-Pass…</source>
      <translation>Confirming to Car-Pass…</translation>
    </message>
    <message>
      <source>Confirmer le relevé</source>
      <translation>Confirm the reading</translation>
    </message>
    <message>
      <source>Confirmer le relevé…</source>
      <translation>Confirm the reading…</translation>
    </message>
    <message>
      <source>Confirmez-vous que le relevé de {km} km du dossier {dossier} est correct ?

{reasons}

Votre confirmation est enregistrée avec votre nom.</source>
      <translation>Do you confirm that the reading of {km} km of dossier {dossier} is correct?

{reasons}

Your confirmation is recorded with your name.</translation>
    </message>
    <message>
      <source>Confirmé par {user} le {when}</source>
      <translation>Confirmed by {user} on {when}</translation>
    </message>
    <message>
      <source>Connexion à Car-Pass réussie pour l'établissement {number}.</source>
      <translation>Connection to Car-Pass succeeded for establishment {number}.</translation>
    </message>
    <message>
      <source>Créer N° TVA</source>
      <translation>Create VAT no.</translation>
    </message>
    <message>
      <source>Date du relevé</source>
      <translation>Reading date</translation>
    </message>
    <message>
      <source>Depuis</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>Dernier relevé connu pour ce VIN : {km} km</source>
      <translation>Last known reading for this VIN: {km} km</translation>
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
      <translation>Dossier added to the Car-Pass list.</translation>
    </message>
    <message>
      <source>Dossier inscrit manuellement dans la liste Car-Pass, bien que ces règles d'inscription automatique ne soient pas remplies : {rules}</source>
      <translation>Dossier added to the Car-Pass list manually, although these automatic enrolment rules are not met: {rules}</translation>
    </message>
    <message>
      <source>Dossier inscrit manuellement dans la liste Car-Pass.</source>
      <translation>Dossier added to the Car-Pass list manually.</translation>
    </message>
    <message>
      <source>Dossier introuvable sur votre site.</source>
      <translation>Dossier not found at your site.</translation>
    </message>
    <message>
      <source>Dossier {dossier} — {km} km le {date} — {state}</source>
      <translation>Dossier {dossier} — {km} km on {date} — {state}</translation>
    </message>
    <message>
      <source>Dossier {number}</source>
      <translation>Dossier {number}</translation>
    </message>
    <message>
      <source>Dossier {number} : fin prévue {planned} ; terminé le {finished}</source>
      <translation>File {number}: planned end {planned}; finished on {finished}</translation>
    </message>
    <message>
      <source>Dossier {number} créé.</source>
      <translation>Dossier {number} created.</translation>
    </message>
    <message>
      <source>Dossier {number} retiré de la liste Car-Pass.</source>
      <translation>Dossier {number} removed from the Car-Pass list.</translation>
    </message>
    <message>
      <source>Dossier(s) absent(s) de la liste Car-Pass du site {site} : {numbers}</source>
      <translation>Dossier(s) not in the Car-Pass list of site {site}: {numbers}</translation>
    </message>
    <message>
      <source>Dossiers</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <source>Dossiers de démonstration ({site}) : {done} / {total}</source>
      <translation>Demo dossiers ({site}): {done} / {total}</translation>
    </message>
    <message>
      <source>Durée (ms)</source>
      <translation>Duration (ms)</translation>
    </message>
    <message>
      <source>Début des travaux</source>
      <translation>Work started</translation>
    </message>
    <message>
      <source>Début des travaux :</source>
      <translation>Work started:</translation>
    </message>
    <message>
      <source>Début des travaux : {when}</source>
      <translation>Work started: {when}</translation>
    </message>
    <message>
      <source>Début des travaux du</source>
      <translation>Work started from</translation>
    </message>
    <message>
      <source>Début des travaux enregistré.</source>
      <translation>Start of work recorded.</translation>
    </message>
    <message>
      <source>Début travaux</source>
      <translation>Work start</translation>
    </message>
    <message>
      <source>Détail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>Effacer</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>Effacer le mot de passe</source>
      <translation>Clear the password</translation>
    </message>
    <message>
      <source>Effacer le mot de passe Car-Pass de l'établissement {number} ? Plus aucun relevé ne pourra être envoyé avant qu'il soit saisi à nouveau.</source>
      <translation>Clear the Car-Pass password of establishment {number}? No reading can be sent until it is entered again.</translation>
    </message>
    <message>
      <source>En file</source>
      <translation>Queued</translation>
    </message>
    <message>
      <source>En-tête</source>
      <translation>Header</translation>
    </message>
    <message>
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Enregistrer le mot de passe</source>
      <translation>Save the password</translation>
    </message>
    <message>
      <source>Enregistré : {url}</source>
      <translation>Saved: {url}</translation>
    </message>
    <message>
      <source>Enregistré ; le dossier est entré automatiquement dans la liste Car-Pass.</source>
      <translation>Saved; the dossier was added to the Car-Pass list automatically.</translation>
    </message>
    <message>
      <source>Envoi interrompu : les relevés non envoyés restent en file.</source>
      <translation>Sending interrupted: readings not sent stay queued.</translation>
    </message>
    <message>
      <source>Envoi à Car-Pass</source>
      <translation>Sending to Car-Pass</translation>
    </message>
    <message>
      <source>Envoi à Car-Pass : {done} / {total}</source>
      <translation>Sending to Car-Pass: {done} / {total}</translation>
    </message>
    <message>
      <source>Envoi à Car-Pass impossible</source>
      <translation>Cannot send to Car-Pass</translation>
    </message>
    <message>
      <source>Envoi à Car-Pass terminé</source>
      <translation>Sending to Car-Pass finished</translation>
    </message>
    <message>
      <source>Envoyer automatiquement dès qu'un dossier peut l'être</source>
      <translation>Send automatically as soon as a dossier can be sent</translation>
    </message>
    <message>
      <source>Envoyer la file</source>
      <translation>Send the queue</translation>
    </message>
    <message>
      <source>Envoyer à Car-Pass</source>
      <translation>Send to Car-Pass</translation>
    </message>
    <message>
      <source>Envoyé le</source>
      <translation>Sent on</translation>
    </message>
    <message>
      <source>Envoyés</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Essai</source>
      <translation>Attempt</translation>
    </message>
    <message>
      <source>Essais</source>
      <translation>Attempts</translation>
    </message>
    <message>
      <source>Fait partie d'une fusion</source>
      <translation>Part of a merge</translation>
    </message>
    <message>
      <source>Fenêtre de maintenance Car-Pass (jeudi 19:00-24:00) : les relevés restent en file et partiront après {when}.</source>
      <translation>Car-Pass maintenance window (Thursday 19:00-24:00): readings stay queued and will leave after {when}.</translation>
    </message>
    <message>
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Fin des travaux</source>
      <translation>End of work</translation>
    </message>
    <message>
      <source>Fin des travaux :</source>
      <translation>End of work:</translation>
    </message>
    <message>
      <source>Fin des travaux…</source>
      <translation>End of work…</translation>
    </message>
    <message>
      <source>Fusionné</source>
      <translation>Merged</translation>
    </message>
    <message>
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <source>Historique Car-Pass</source>
      <translation>Car-Pass history</translation>
    </message>
    <message>
      <source>Identifiants Car-Pass (établissement {number})</source>
      <translation>Car-Pass credentials (establishment {number})</translation>
    </message>
    <message>
      <source>Immatriculation</source>
      <translation>Number plate</translation>
    </message>
    <message>
      <source>Immatriculation :</source>
      <translation>Number plate:</translation>
    </message>
    <message>
      <source>Import : {done} / {total} dossiers</source>
      <translation>Import: {done} / {total} dossiers</translation>
    </message>
    <message>
      <source>Import annulé : aucun dossier n'a été importé.</source>
      <translation>Import cancelled: no dossier was imported.</translation>
    </message>
    <message>
      <source>Import de dossiers</source>
      <translation>Dossier import</translation>
    </message>
    <message>
      <source>Import refusé : rien n'a été importé</source>
      <translation>Import refused: nothing was imported</translation>
    </message>
    <message>
      <source>Importer des dossiers</source>
      <translation>Import dossiers</translation>
    </message>
    <message>
      <source>Importer un CSV…</source>
      <translation>Import a CSV…</translation>
    </message>
    <message>
      <source>Inscrit automatiquement dans la liste Car-Pass.</source>
      <translation>Added to the Car-Pass list automatically.</translation>
    </message>
    <message>
      <source>Inscrit ce dossier manuellement dans la liste Car-Pass, même si les règles d'inscription automatique ne sont pas remplies.</source>
      <translation>Adds this dossier to the Car-Pass list manually, even if the automatic enrolment rules are not met.</translation>
    </message>
    <message>
      <source>Inscrit manuellement</source>
      <translation>Added manually</translation>
    </message>
    <message>
      <source>JJ-MM-AAAA</source>
      <translation>DD-MM-YYYY</translation>
    </message>
    <message>
      <source>Kilométrage</source>
      <translation>Mileage</translation>
    </message>
    <message>
      <source>Kilométrage à la réception</source>
      <translation>Mileage at reception</translation>
    </message>
    <message>
      <source>Kilométrage à la réception :</source>
      <translation>Mileage at reception:</translation>
    </message>
    <message>
      <source>Km dégât</source>
      <translation>Damage km</translation>
    </message>
    <message>
      <source>Km dégât :</source>
      <translation>Damage km:</translation>
    </message>
    <message>
      <source>Km réparation</source>
      <translation>Repair km</translation>
    </message>
    <message>
      <source>Km réparation :</source>
      <translation>Repair km:</translation>
    </message>
    <message>
      <source>La ligne Car-Pass du dossier {number}</source>
      <translation>The Car-Pass row of dossier {number}</translation>
    </message>
    <message>
      <source>Le dossier {number}</source>
      <translation>Dossier {number}</translation>
    </message>
    <message>
      <source>Le dossier {number} n'est pas dans la liste Car-Pass.</source>
      <translation>Dossier {number} is not on the Car-Pass list.</translation>
    </message>
    <message>
      <source>Le dossier {number} n'est plus à envoyer : rien à retirer.</source>
      <translation>Dossier {number} is no longer to be sent: nothing to remove.</translation>
    </message>
    <message>
      <source>Le dossier {number} n'existe pas sur votre site.</source>
      <translation>Dossier {number} does not exist at your site.</translation>
    </message>
    <message>
      <source>Le trousseau du système a refusé l'opération ; le mot de passe Car-Pass n'a pas été modifié.</source>
      <translation>The system keyring refused the operation; the Car-Pass password was not changed.</translation>
    </message>
    <message>
      <source>Ligne(s) Car-Pass introuvable(s) sur le site {site} : {ids}</source>
      <translation>Car-Pass line(s) not found on site {site}: {ids}</translation>
    </message>
    <message>
      <source>Liste Car-Pass</source>
      <translation>Car-Pass list</translation>
    </message>
    <message>
      <source>Liste Car-Pass :</source>
      <translation>Car-Pass list:</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Message : {message}</source>
      <translation>Message: {message}</translation>
    </message>
    <message>
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>Mot de passe Car-Pass</source>
      <translation>Car-Pass password</translation>
    </message>
    <message>
      <source>Mot de passe Car-Pass de l'établissement : </source>
      <translation>Car-Pass password of the establishment: </translation>
    </message>
    <message>
      <source>Mot de passe Car-Pass effacé.</source>
      <translation>Car-Pass password cleared.</translation>
    </message>
    <message>
      <source>Mot de passe Car-Pass enregistré dans le trousseau ({backend}).</source>
      <translation>Car-Pass password saved in the keyring ({backend}).</translation>
    </message>
    <message>
      <source>Mot de passe effacé.</source>
      <translation>Password cleared.</translation>
    </message>
    <message>
      <source>Mot de passe enregistré dans le trousseau.</source>
      <translation>Password saved in the keyring.</translation>
    </message>
    <message>
      <source>Mot de passe gardé pour cette session seulement.</source>
      <translation>Password kept for this session only.</translation>
    </message>
    <message>
      <source>NUMÉRO=MOT_DE_PASSE attendu</source>
      <translation>NUMBER=PASSWORD expected</translation>
    </message>
    <message>
      <source>Ne peut pas être envoyé :</source>
      <translation>Cannot be sent:</translation>
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
      <source>Nouveau dossier</source>
      <translation>New dossier</translation>
    </message>
    <message>
      <source>Nouveau dossier…</source>
      <translation>New dossier…</translation>
    </message>
    <message>
      <source>Nouveau mot de passe :</source>
      <translation>New password:</translation>
    </message>
    <message>
      <source>Nouveau technicien</source>
      <translation>New technician</translation>
    </message>
    <message>
      <source>Nouveau technicien…</source>
      <translation>New technician…</translation>
    </message>
    <message>
      <source>Nouvel essai après {when}</source>
      <translation>Next attempt after {when}</translation>
    </message>
    <message>
      <source>Numéro de châssis</source>
      <translation>Chassis number</translation>
    </message>
    <message>
      <source>Numéro de châssis (VIN)</source>
      <translation>Chassis number (VIN)</translation>
    </message>
    <message>
      <source>Numéro de châssis (VIN) :</source>
      <translation>Chassis number (VIN):</translation>
    </message>
    <message>
      <source>Numéro de dossier</source>
      <translation>Dossier number</translation>
    </message>
    <message>
      <source>N° de dossier :</source>
      <translation>Dossier no.:</translation>
    </message>
    <message>
      <source>Opération</source>
      <translation>Operation</translation>
    </message>
    <message>
      <source>Ouvrir le dossier</source>
      <translation>Open the dossier</translation>
    </message>
    <message>
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Paramètres Car-Pass</source>
      <translation>Car-Pass settings</translation>
    </message>
    <message>
      <source>Peut être envoyé, mais vérifiez :</source>
      <translation>Can be sent, but check:</translation>
    </message>
    <message>
      <source>Pointage</source>
      <translation>Clock-in</translation>
    </message>
    <message>
      <source>Pointer / dépointer</source>
      <translation>Clock in / out</translation>
    </message>
    <message>
      <source>Poste de pointage</source>
      <translation>Clock-in station</translation>
    </message>
    <message>
      <source>Première immatriculation</source>
      <translation>First registration</translation>
    </message>
    <message>
      <source>Première immatriculation :</source>
      <translation>First registration:</translation>
    </message>
    <message>
      <source>Production : les relevés partent vers le vrai service Car-Pass.</source>
      <translation>Production: readings go to the real Car-Pass service.</translation>
    </message>
    <message>
      <source>Propriétaire</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Propriétaire :</source>
      <translation>Owner:</translation>
    </message>
    <message>
      <source>Préparation des relevés…</source>
      <translation>Preparing the readings…</translation>
    </message>
    <message>
      <source>Prêt.</source>
      <translation>Ready.</translation>
    </message>
    <message>
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Raison du retrait</source>
      <translation>Reason for removal</translation>
    </message>
    <message>
      <source>Raison du retrait du dossier {number} :</source>
      <translation>Reason for removing dossier {number}:</translation>
    </message>
    <message>
      <source>Refusés</source>
      <translation>Refused</translation>
    </message>
    <message>
      <source>Relevé</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Relevé Car-Pass introuvable.</source>
      <translation>Car-Pass reading not found.</translation>
    </message>
    <message>
      <source>Relevés Car-Pass en attente</source>
      <translation>Car-Pass readings waiting</translation>
    </message>
    <message>
      <source>Renvoyer</source>
      <translation>Resend</translation>
    </message>
    <message>
      <source>Retirer de la liste Car-Pass</source>
      <translation>Remove from the Car-Pass list</translation>
    </message>
    <message>
      <source>Retirer de la liste…</source>
      <translation>Remove from the list…</translation>
    </message>
    <message>
      <source>Rouge : ne peut pas être envoyé (voir la colonne « À corriger »). Orange : peut être envoyé, à vérifier. Survolez une ligne pour le détail.</source>
      <translation>Red: cannot be sent (see the “To fix” column). Amber: can be sent, please check. Hover over a row for details.</translation>
    </message>
    <message>
      <source>Rouges seulement</source>
      <translation>Red only</translation>
    </message>
    <message>
      <source>Réponse brute de l'appel choisi</source>
      <translation>Raw answer of the chosen call</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Sans réponse sûre (inconnus)</source>
      <translation>Without a sure answer (unknown)</translation>
    </message>
    <message>
      <source>Service Car-Pass du site {code}</source>
      <translation>Car-Pass service of site {code}</translation>
    </message>
    <message>
      <source>Simulateur Car-Pass sur {url} (établissements : {numbers}). Ctrl+C pour arrêter.</source>
      <translation>Car-Pass simulator on {url} (establishments: {numbers}). Ctrl+C to stop.</translation>
    </message>
    <message>
      <source>Technicien</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>Technicien {code} enregistré.</source>
      <translation>Technician {code} registered.</translation>
    </message>
    <message>
      <source>Techniciens du site</source>
      <translation>Technicians of the site</translation>
    </message>
    <message>
      <source>Test de la connexion Car-Pass</source>
      <translation>Car-Pass connection test</translation>
    </message>
    <message>
      <source>Tester la connexion</source>
      <translation>Test the connection</translation>
    </message>
    <message>
      <source>Total de la facture</source>
      <translation>Invoice total</translation>
    </message>
    <message>
      <source>Total de la facture (€) :</source>
      <translation>Invoice total (€):</translation>
    </message>
    <message>
      <source>Tous les états</source>
      <translation>All states</translation>
    </message>
    <message>
      <source>Tout</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Travaux :</source>
      <translation>Work:</translation>
    </message>
    <message>
      <source>Travaux terminés le</source>
      <translation>Work finished on</translation>
    </message>
    <message>
      <source>Travaux terminés le :</source>
      <translation>Work finished on:</translation>
    </message>
    <message>
      <source>Trousseau :</source>
      <translation>Keyring:</translation>
    </message>
    <message>
      <source>VIN de moins de 17 caractères</source>
      <translation>VIN shorter than 17 characters</translation>
    </message>
    <message>
      <source>VIN de {length} caractères seulement (17 attendus) : vérifiez-le</source>
      <translation>VIN of only {length} characters (17 expected): check it</translation>
    </message>
    <message>
      <source>Véhicule de remplacement : location {number} ({plate}), retour prévu {when}</source>
      <translation>Replacement car: rental {number} ({plate}), planned return {when}</translation>
    </message>
    <message>
      <source>Vérification : {done} / {total} lignes</source>
      <translation>Checking: {done} / {total} lines</translation>
    </message>
    <message>
      <source>Vérification interrompue.</source>
      <translation>Check interrupted.</translation>
    </message>
    <message>
      <source>Vérifier l'état des envois</source>
      <translation>Check the state of the sendings</translation>
    </message>
    <message>
      <source>adresse https://… attendue</source>
      <translation>https://… address expected</translation>
    </message>
    <message>
      <source>anomalie</source>
      <translation>anomaly</translation>
    </message>
    <message>
      <source>anomalie Car-Pass</source>
      <translation>Car-Pass anomaly</translation>
    </message>
    <message>
      <source>anomalie signalée par Car-Pass : {message}</source>
      <translation>anomaly reported by Car-Pass: {message}</translation>
    </message>
    <message>
      <source>au</source>
      <translation>to</translation>
    </message>
    <message>
      <source>au moins un établissement (--account ou {variable})</source>
      <translation>at least one establishment (--account or {variable})</translation>
    </message>
    <message>
      <source>aucun</source>
      <translation>none</translation>
    </message>
    <message>
      <source>aucune ligne de dossier dans le fichier</source>
      <translation>no dossier line in the file</translation>
    </message>
    <message>
      <source>avant le début des travaux ({when})</source>
      <translation>before the work started ({when})</translation>
    </message>
    <message>
      <source>bloqué (à confirmer)</source>
      <translation>blocked (to confirm)</translation>
    </message>
    <message>
      <source>ce relevé n'a pas d'anomalie Car-Pass à confirmer</source>
      <translation>this reading has no Car-Pass anomaly to confirm</translation>
    </message>
    <message>
      <source>code de badge : 1 à 32 lettres, chiffres, - ou _</source>
      <translation>badge code: 1 to 32 letters, digits, - or _</translation>
    </message>
    <message>
      <source>contrôle {code}</source>
      <translation>check {code}</translation>
    </message>
    <message>
      <source>date attendue (AAAA-MM-JJ ou JJ-MM-AAAA), pas « {value} »</source>
      <translation>date expected (YYYY-MM-DD or DD-MM-YYYY), not “{value}”</translation>
    </message>
    <message>
      <source>date du relevé ({date}) dans le futur</source>
      <translation>reading date ({date}) in the future</translation>
    </message>
    <message>
      <source>date du relevé ({date}) il y a plus de 5 jours ({days} jours)</source>
      <translation>reading date ({date}) more than 5 days ago ({days} days)</translation>
    </message>
    <message>
      <source>date et heure attendues (jj-mm-aaaa HH:MM)</source>
      <translation>date and time expected (dd-mm-yyyy HH:MM)</translation>
    </message>
    <message>
      <source>date trop ancienne</source>
      <translation>date too old</translation>
    </message>
    <message>
      <source>date-heure ISO attendue (AAAA-MM-JJTHH:MM), pas « {value} »</source>
      <translation>ISO date-time expected (YYYY-MM-DDTHH:MM), not “{value}”</translation>
    </message>
    <message>
      <source>deux décimales au plus</source>
      <translation>two decimals at most</translation>
    </message>
    <message>
      <source>doit être inférieur à {limit} km</source>
      <translation>must be below {limit} km</translation>
    </message>
    <message>
      <source>déjà envoyé</source>
      <translation>already sent</translation>
    </message>
    <message>
      <source>en cours</source>
      <translation>in progress</translation>
    </message>
    <message>
      <source>en file</source>
      <translation>queued</translation>
    </message>
    <message>
      <source>en file, nouvel essai après {when} ({message})</source>
      <translation>queued, next attempt after {when} ({message})</translation>
    </message>
    <message>
      <source>enregistré dans le trousseau</source>
      <translation>saved in the keyring</translation>
    </message>
    <message>
      <source>entre 0 et 1</source>
      <translation>between 0 and 1</translation>
    </message>
    <message>
      <source>envoyé</source>
      <translation>sent</translation>
    </message>
    <message>
      <source>envoyé (requestGuid {guid})</source>
      <translation>sent (requestGuid {guid})</translation>
    </message>
    <message>
      <source>fin non planifiée</source>
      <translation>end not planned</translation>
    </message>
    <message>
      <source>fin prévue {when}</source>
      <translation>planned end {when}</translation>
    </message>
    <message>
      <source>gardé pour cette session seulement</source>
      <translation>kept for this session only</translation>
    </message>
    <message>
      <source>http:// n'est permis que vers cet ordinateur (simulateur) ; utilisez https://</source>
      <translation>http:// is only allowed towards this computer (simulator); use https://</translation>
    </message>
    <message>
      <source>incomplet</source>
      <translation>incomplete</translation>
    </message>
    <message>
      <source>km dégât inférieur au dernier relevé connu pour ce VIN</source>
      <translation>damage km below the last known reading for this VIN</translation>
    </message>
    <message>
      <source>km dégât manquant</source>
      <translation>damage km missing</translation>
    </message>
    <message>
      <source>km réparation inférieur au km dégât</source>
      <translation>repair km below damage km</translation>
    </message>
    <message>
      <source>km réparation manquant</source>
      <translation>repair km missing</translation>
    </message>
    <message>
      <source>la case « Créer N° TVA » n'est pas cochée (registre TVA utilisé)</source>
      <translation>the “Create VAT no.” box is not ticked (VAT register in use)</translation>
    </message>
    <message>
      <source>le VIN a moins de {n} caractères (admis pour les anciens véhicules)</source>
      <translation>the VIN has fewer than {n} characters (allowed for old vehicles)</translation>
    </message>
    <message>
      <source>le VIN a plus de {n} caractères : le dossier n'entre pas automatiquement dans la liste Car-Pass</source>
      <translation>the VIN has more than {n} characters: the dossier does not enter the Car-Pass list automatically</translation>
    </message>
    <message>
      <source>le VIN contient {letters}, lettres exclues des VIN ISO 3779 : vérifiez (0 ou 1 ?)</source>
      <translation>the VIN contains {letters}, letters excluded from ISO 3779 VINs: check (0 or 1?)</translation>
    </message>
    <message>
      <source>le code {code} existe déjà sur ce site</source>
      <translation>code {code} already exists at this site</translation>
    </message>
    <message>
      <source>le dossier a déjà été transmis à Car-Pass</source>
      <translation>the dossier was already sent to Car-Pass</translation>
    </message>
    <message>
      <source>le dossier fait partie d'une fusion</source>
      <translation>the dossier is part of a merge</translation>
    </message>
    <message>
      <source>le dossier n'a pas de propriétaire</source>
      <translation>the dossier has no owner</translation>
    </message>
    <message>
      <source>le dossier {number} existe déjà sur ce site</source>
      <translation>dossier {number} already exists at this site</translation>
    </message>
    <message>
      <source>le fichier n'est pas en UTF-8</source>
      <translation>the file is not UTF-8</translation>
    </message>
    <message>
      <source>le numéro de châssis a plus de 17 caractères</source>
      <translation>the chassis number has more than 17 characters</translation>
    </message>
    <message>
      <source>le numéro de dossier n'est pas positif (dossier interne)</source>
      <translation>the dossier number is not positive (internal dossier)</translation>
    </message>
    <message>
      <source>le numéro {number} figure déjà à la ligne {other}</source>
      <translation>number {number} is already on line {other}</translation>
    </message>
    <message>
      <source>le relevé de {km} km a déjà été envoyé aujourd'hui pour ce VIN</source>
      <translation>the reading of {km} km was already sent today for this VIN</translation>
    </message>
    <message>
      <source>lecture impossible : {detail}</source>
      <translation>cannot read: {detail}</translation>
    </message>
    <message>
      <source>les travaux n'ont pas commencé (aucun pointage)</source>
      <translation>work has not started (no clock-in)</translation>
    </message>
    <message>
      <source>lettres et chiffres uniquement</source>
      <translation>letters and digits only</translation>
    </message>
    <message>
      <source>lettres, chiffres et tirets uniquement</source>
      <translation>letters, digits and dashes only</translation>
    </message>
    <message>
      <source>ligne 1 : colonnes attendues {expected} ; manquantes : {missing} ; inconnues : {unknown}</source>
      <translation>line 1: expected columns {expected}; missing: {missing}; unknown: {unknown}</translation>
    </message>
    <message>
      <source>ligne {line}, {field}</source>
      <translation>line {line}, {field}</translation>
    </message>
    <message>
      <source>lu dans ATELIER_CARPASS_PASSWORD</source>
      <translation>read from ATELIER_CARPASS_PASSWORD</translation>
    </message>
    <message>
      <source>montant attendu, par exemple 1142,04</source>
      <translation>amount expected, for example 1142.04</translation>
    </message>
    <message>
      <source>montant trop grand</source>
      <translation>amount too large</translation>
    </message>
    <message>
      <source>mot de passe délivré par Car-Pass</source>
      <translation>password issued by Car-Pass</translation>
    </message>
    <message>
      <source>ne peut pas être 0</source>
      <translation>cannot be 0</translation>
    </message>
    <message>
      <source>ne peut pas être dans le futur</source>
      <translation>cannot be in the future</translation>
    </message>
    <message>
      <source>ne peut pas être dans le futur ({when})</source>
      <translation>cannot be in the future ({when})</translation>
    </message>
    <message>
      <source>ne peut pas être négatif</source>
      <translation>cannot be negative</translation>
    </message>
    <message>
      <source>ni identifiant, ni paramètres dans l'adresse</source>
      <translation>no user name or parameters in the address</translation>
    </message>
    <message>
      <source>nombre entier attendu</source>
      <translation>whole number expected</translation>
    </message>
    <message>
      <source>nombre entier de kilomètres attendu</source>
      <translation>whole number of kilometres expected</translation>
    </message>
    <message>
      <source>nombre trop grand</source>
      <translation>number too large</translation>
    </message>
    <message>
      <source>non confirmé</source>
      <translation>not confirmed</translation>
    </message>
    <message>
      <source>non confirmé (inconnu)</source>
      <translation>not confirmed (unknown)</translation>
    </message>
    <message>
      <source>non envoyé</source>
      <translation>not sent</translation>
    </message>
    <message>
      <source>numéro de châssis manquant</source>
      <translation>chassis number missing</translation>
    </message>
    <message>
      <source>négatif = dossier interne</source>
      <translation>negative = internal dossier</translation>
    </message>
    <message>
      <source>pas dans la liste</source>
      <translation>not on the list</translation>
    </message>
    <message>
      <source>pas encore de pointage</source>
      <translation>no clock-in yet</translation>
    </message>
    <message>
      <source>prévue</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>refusé</source>
      <translation>refused</translation>
    </message>
    <message>
      <source>refusé par Car-Pass : {message}</source>
      <translation>refused by Car-Pass: {message}</translation>
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
      <translation>removed</translation>
    </message>
    <message>
      <source>retiré de la liste Car-Pass</source>
      <translation>removed from the Car-Pass list</translation>
    </message>
    <message>
      <source>réponse de Car-Pass sans accusé de réception : vérifiez l'état ou renvoyez depuis l'historique</source>
      <translation>Car-Pass answer without acknowledgement: check the state or resend from the history</translation>
    </message>
    <message>
      <source>réponse sans requestGuid, envoi non confirmé : {message}</source>
      <translation>answer without requestGuid, sending not confirmed: {message}</translation>
    </message>
    <message>
      <source>scannez ou tapez le n° de dossier</source>
      <translation>scan or type the dossier number</translation>
    </message>
    <message>
      <source>scannez votre badge</source>
      <translation>scan your badge</translation>
    </message>
    <message>
      <source>seul un relevé bloqué par les contrôles se confirme ici</source>
      <translation>only a reading blocked by the checks is confirmed here</translation>
    </message>
    <message>
      <source>seuls les relevés refusés ou sans réponse se renvoient</source>
      <translation>only refused or unanswered readings can be resent</translation>
    </message>
    <message>
      <source>terminés</source>
      <translation>finished</translation>
    </message>
    <message>
      <source>terminés le {when}</source>
      <translation>finished on {when}</translation>
    </message>
    <message>
      <source>trop de colonnes</source>
      <translation>too many columns</translation>
    </message>
    <message>
      <source>véhicule de remplacement {plate} (location {number}, retour {when})</source>
      <translation>replacement car {plate} (rental {number}, return {when})</translation>
    </message>
    <message>
      <source>{backend} (le mot de passe y est gardé, jamais dans la base)</source>
      <translation>{backend} (the password is kept there, never in the database)</translation>
    </message>
    <message>
      <source>{first} ; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <source>{km} km est inférieur au dernier relevé connu pour ce VIN ({last} km le {date})</source>
      <translation>{km} km is lower than the last reading known for this VIN ({last} km on {date})</translation>
    </message>
    <message>
      <source>{label}</source>
      <translation>{label}</translation>
    </message>
    <message>
      <source>{name} dépointe du dossier {number} à {when}.</source>
      <translation>{name} clocks out of dossier {number} at {when}.</translation>
    </message>
    <message>
      <source>{name} dépointe du dossier {number}.</source>
      <translation>{name} clocks out of dossier {number}.</translation>
    </message>
    <message>
      <source>{name} pointe sur le dossier {number} à {when}.</source>
      <translation>{name} clocks in on dossier {number} at {when}.</translation>
    </message>
    <message>
      <source>{name} pointe sur le dossier {number}.</source>
      <translation>{name} clocks in on dossier {number}.</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>{n} characters at most</translation>
    </message>
    <message>
      <source>{n} dossier(s) importé(s), dont {enrolled} inscrit(s) dans la liste Car-Pass.</source>
      <translation>{n} dossier(s) imported, {enrolled} of them added to the Car-Pass list.</translation>
    </message>
    <message>
      <source>{n} ligne(s)</source>
      <translation>{n} row(s)</translation>
    </message>
    <message>
      <source>{n} ligne(s) cochée(s)</source>
      <translation>{n} row(s) ticked</translation>
    </message>
    <message>
      <source>{n} relevé(s) attendent d'être envoyés à Car-Pass. Les envoyer maintenant ?</source>
      <translation>{n} reading(s) are waiting to be sent to Car-Pass. Send them now?</translation>
    </message>
    <message>
      <source>{n} relevé(s) vérifié(s), {changed} changement(s).</source>
      <translation>{n} reading(s) checked, {changed} change(s).</translation>
    </message>
    <message>
      <source>{n} relevé(s) — {detail}</source>
      <translation>{n} reading(s) — {detail}</translation>
    </message>
    <message>
      <source>{per_day} km par jour depuis le dernier relevé ({last} km le {date}) : plus de 1 000 km par jour</source>
      <translation>{per_day} km per day since the last reading ({last} km on {date}): more than 1,000 km per day</translation>
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
      <translation>To fix / remarks</translation>
    </message>
    <message>
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>État Car-Pass</source>
      <translation>Car-Pass state</translation>
    </message>
    <message>
      <source>État des envois</source>
      <translation>State of the sendings</translation>
    </message>
    <message>
      <source>État des envois : {done} / {total}</source>
      <translation>State of the sendings: {done} / {total}</translation>
    </message>
    <message>
      <source>à envoyer</source>
      <translation>to send</translation>
    </message>
    <message>
      <source>échec</source>
      <translation>failed</translation>
    </message>
  </context>
  <context>
    <name>grid</name>
    <message>
      <source>Export CSV</source>
      <translation>CSV export</translation>
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
      <translation>required</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>at most {n} characters</translation>
    </message>
  </context>
</TS>
