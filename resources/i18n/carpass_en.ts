<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
  <context>
    <name>carpass</name>
    <message>
      <source>&amp;Confirmer les relevés bloqués…</source>
      <translation>&amp;Confirm blocked readings…</translation>
    </message>
    <message>
      <source>&amp;Travaux effectués</source>
      <translation>&amp;Work done</translation>
    </message>
    <message>
      <source>(dépointé du dossier {number})</source>
      <translation>(clocked out of dossier {number})</translation>
    </message>
    <message>
      <source>(retiré de la liste Car-Pass)</source>
      <translation>(dropped from the Car-Pass list)</translation>
    </message>
    <message>
      <source>(sans catégorie)</source>
      <translation>(no category)</translation>
    </message>
    <message>
      <source>0 ou 1 attendu</source>
      <translation>0 or 1 expected</translation>
    </message>
    <message>
      <source>Adresse</source>
      <translation>Address</translation>
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
      <source>Attention : {reason} ({repair} &lt; {damage} km), faute de frappe ?</source>
      <translation>Warning: {reason} ({repair} &lt; {damage} km), a typing error?</translation>
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
      <source>Aucun relevé Car-Pass pour le dossier {number} sur votre site.</source>
      <translation>No Car-Pass reading for dossier {number} at your site.</translation>
    </message>
    <message>
      <source>Aucun relevé reçu par Car-Pass avec ce numéro sur votre site.</source>
      <translation>No reading received by Car-Pass with this number at your site.</translation>
    </message>
    <message>
      <source>Aucun relevé reçu par Car-Pass le {date} sur votre site.</source>
      <translation>No reading received by Car-Pass on {date} at your site.</translation>
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
      <source>Aucun travail choisi : la ligne Car-Pass restera orange.</source>
      <translation>No work chosen: the Car-Pass row stays amber.</translation>
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
      <source>Aucun trousseau du système utilisable : le mot de passe Car-Pass de l'établissement {number} sera gardé en mémoire pour cette session seulement.

Mot de passe :</source>
      <translation>No usable system keyring: the Car-Pass password of establishment {number} will be kept in memory for this session only.

Password:</translation>
    </message>
    <message>
      <source>Aucun trousseau du système utilisable : le mot de passe ne sera gardé que pour cette session.</source>
      <translation>No usable system keyring: the password will be kept for this session only.</translation>
    </message>
    <message>
      <source>Aucune des lignes cochées n'a de relevé bloqué par les contrôles. Un relevé est bloqué lors d'un envoi quand un contrôle l'arrête (plus bas que le dernier relevé, plus de 1 000 km par jour, déjà envoyé aujourd'hui, date trop ancienne).</source>
      <translation>None of the ticked rows has a reading blocked by the checks. A reading is blocked when sending if a check stops it (lower than the last reading, more than 1,000 km per day, already sent today, date too old).</translation>
    </message>
    <message>
      <source>Aucune description des travaux.</source>
      <translation>No work description.</translation>
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
      <source>Car-Pass a déjà {km} km pour ce dossier</source>
      <translation>Car-Pass already has {km} km for this dossier</translation>
    </message>
    <message>
      <source>Car-Pass a peut-être déjà reçu ce relevé : vérifiez sur le portail Car-Pass (s'il y figure : carpass mark-received), puis relancez avec --yes pour le renvoyer</source>
      <translation>Car-Pass may already have received this reading: check the Car-Pass portal (if it is there: carpass mark-received), then run again with --yes to send it again</translation>
    </message>
    <message>
      <source>Car-Pass a peut-être déjà reçu la {what} du dossier {dossier} ({cause}).

Vérifiez d'abord sur le portail Car-Pass : si elle y figure, utilisez « Marquer comme reçu ».

Renvoyer quand même ?</source>
      <translation>Car-Pass may already have received the {what} of dossier {dossier} ({cause}).

Check the Car-Pass portal first: if it is there, use « Mark as received ».

Send it again anyway?</translation>
    </message>
    <message>
      <source>Car-Pass a peut-être déjà reçu le relevé de {km} km du dossier {dossier} ({cause}).

Vérifiez d'abord sur le portail Car-Pass : s'il y figure, utilisez « Marquer comme reçu ». Renvoyer un relevé déjà reçu l'enregistre deux fois.

Renvoyer quand même ?</source>
      <translation>Car-Pass may already have received the reading of {km} km of dossier {dossier} ({cause}).

Check the Car-Pass portal first: if it is there, use « Mark as received ». Sending a reading already received records it twice.

Send it again anyway?</translation>
    </message>
    <message>
      <source>Car-Pass a pris la confirmation et examine encore le relevé : {message}</source>
      <translation>Car-Pass took the confirmation and is still reviewing the reading: {message}</translation>
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
      <source>Car-Pass a renvoyé une liste des travaux vide : la liste gardée n'a pas été modifiée.</source>
      <translation>Car-Pass returned an empty list of work: the stored list was not changed.</translation>
    </message>
    <message>
      <source>Car-Pass a reçu {km} ; corriger ?</source>
      <translation>Car-Pass received {km}; correct it?</translation>
    </message>
    <message>
      <source>Car-Pass a reçu {km} km pour le dossier {dossier} ({vin}, relevé du {date}). Le relevé reçu reste tel quel ; la correction est envoyée à part et gardée dans l'historique.</source>
      <translation>Car-Pass received {km} km for dossier {dossier} ({vin}, reading of {date}). The received reading stays as it is; the correction is sent separately and kept in the history.</translation>
    </message>
    <message>
      <source>Car-Pass a reçu {km} pour le dossier {dossier}. Le relevé reçu reste tel quel ; la correction est envoyée à part et gardée dans l'historique.</source>
      <translation>Car-Pass received {km} for dossier {dossier}. The received reading stays as it is; the correction is sent separately and kept in the history.</translation>
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
      <source>Car-Pass n'a aucun relevé du dossier {number} : rien à corriger (corrigez le dossier, le bon kilométrage partira avec le relevé).</source>
      <translation>Car-Pass has no reading of dossier {number}: nothing to correct (correct the dossier, the right mileage will leave with the reading).</translation>
    </message>
    <message>
      <source>Car-Pass n'a encore reçu aucun relevé du dossier {number}.</source>
      <translation>Car-Pass has not received any reading of dossier {number} yet.</translation>
    </message>
    <message>
      <source>Car-Pass n'a pas confirmé avoir pris la confirmation ({message}) : réessayez plus tard (si elle avait été prise, Car-Pass répondra que l'anomalie a déjà reçu une réponse).</source>
      <translation>Car-Pass did not confirm it took the confirmation ({message}): try again later (if it was taken, Car-Pass will answer that the anomaly was already answered).</translation>
    </message>
    <message>
      <source>Car-Pass n'accepte qu'une seule réponse à une anomalie.</source>
      <translation>Car-Pass accepts only one answer to an anomaly.</translation>
    </message>
    <message>
      <source>Car-Pass refuse l'utilisateur {username} avec ce mot de passe.</source>
      <translation>Car-Pass refuses user {username} with this password.</translation>
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
      <source>Ce dossier n'existe pas sur votre site.</source>
      <translation>This dossier does not exist at your site.</translation>
    </message>
    <message>
      <source>Ce relevé vient de changer (un autre poste l'a traité) : rechargez l'historique.</source>
      <translation>This reading has just changed (another station handled it): reload the history.</translation>
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
      <source>Cochez d'abord les lignes à retirer.</source>
      <translation>Tick the rows to remove first.</translation>
    </message>
    <message>
      <source>Code du badge :</source>
      <translation>Badge code:</translation>
    </message>
    <message>
      <source>Confirmation Car-Pass</source>
      <translation>Car-Pass confirmation</translation>
    </message>
    <message>
      <source>Confirmation d'envoi Car-Pass</source>
      <translation>Car-Pass sending confirmation</translation>
    </message>
    <message>
      <source>Confirmation du dossier {number} (requestGuid {guid}) : {path}</source>
      <translation>Confirmation of dossier {number} (requestGuid {guid}): {path}</translation>
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
      <source>Confirmations : {done} / {total}</source>
      <translation>Confirmations: {done} / {total}</translation>
    </message>
    <message>
      <source>Confirmations Car-Pass</source>
      <translation>Car-Pass confirmations</translation>
    </message>
    <message>
      <source>Confirmations du jour</source>
      <translation>The day's confirmations</translation>
    </message>
    <message>
      <source>Confirmations du jour…</source>
      <translation>The day's confirmations…</translation>
    </message>
    <message>
      <source>Confirmer et envoyer</source>
      <translation>Confirm and send</translation>
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
      <source>Confirmer les relevés bloqués</source>
      <translation>Confirm blocked readings</translation>
    </message>
    <message>
      <source>Confirmer, avec une raison, les lignes cochées que les contrôles ont bloquées, puis les envoyer</source>
      <translation>Confirm, with a reason, the ticked rows the checks blocked, then send them</translation>
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
      <source>Connexion à Car-Pass réussie pour l'utilisateur {username} ; liste des travaux à jour ({n} descripteurs).</source>
      <translation>Connection to Car-Pass succeeded for user {username}; list of work up to date ({n} descriptors).</translation>
    </message>
    <message>
      <source>Connexion à Car-Pass réussie pour l'utilisateur {username}, mais la liste des travaux n'a pas été mise à jour : {reason}</source>
      <translation>Connection to Car-Pass succeeded for user {username}, but the list of work was not updated: {reason}</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Corrections</translation>
    </message>
    <message>
      <source>Corriger chez Car-Pass…</source>
      <translation>Correct at Car-Pass…</translation>
    </message>
    <message>
      <source>Corriger le kilométrage envoyé</source>
      <translation>Correct the mileage sent</translation>
    </message>
    <message>
      <source>Corriger…</source>
      <translation>Correct…</translation>
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
      <source>Demande</source>
      <translation>Request</translation>
    </message>
    <message>
      <source>Demande Car-Pass introuvable.</source>
      <translation>Car-Pass request not found.</translation>
    </message>
    <message>
      <source>Demande du dossier {number} enregistrée comme reçue par Car-Pass.</source>
      <translation>Request of dossier {number} recorded as received by Car-Pass.</translation>
    </message>
    <message>
      <source>Demandée par</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <source>Depuis</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>Dernier relevé envoyé à Car-Pass pour ce VIN : {km} km le {date}</source>
      <translation>Last reading sent to Car-Pass for this VIN: {km} km on {date}</translation>
    </message>
    <message>
      <source>Description / correction</source>
      <translation>Description / correction</translation>
    </message>
    <message>
      <source>Description des travaux</source>
      <translation>Work description</translation>
    </message>
    <message>
      <source>Descriptions et corrections envoyées : {n}</source>
      <translation>Descriptions and corrections sent: {n}</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
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
      <source>Dossier {dossier} — relevé {reading}</source>
      <translation>Dossier {dossier} — reading {reading}</translation>
    </message>
    <message>
      <source>Dossier {dossier} — {km} km : {reasons}</source>
      <translation>Dossier {dossier} — {km} km: {reasons}</translation>
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
      <source>Dossier {number} : description des travaux effacée.</source>
      <translation>Dossier {number}: work description cleared.</translation>
    </message>
    <message>
      <source>Dossier {number} : description des travaux enregistrée.</source>
      <translation>Dossier {number}: work description saved.</translation>
    </message>
    <message>
      <source>Dossier {number} : description des travaux inchangée.</source>
      <translation>Dossier {number}: work description unchanged.</translation>
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
      <source>Dossier {number} enregistré.</source>
      <translation>Dossier {number} saved.</translation>
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
      <source>Décision : {what}, par {user} le {when}</source>
      <translation>Decision: {what}, by {user} on {when}</translation>
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
      <source>Enregistrer le nom</source>
      <translation>Save the name</translation>
    </message>
    <message>
      <source>Enregistrer les confirmations</source>
      <translation>Save the confirmations</translation>
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
      <source>Envoie à Car-Pass le kilométrage corrigé avec une raison obligatoire ; le relevé reçu reste dans l'historique.</source>
      <translation>Sends Car-Pass the corrected mileage with a mandatory reason; the received reading stays in the history.</translation>
    </message>
    <message>
      <source>Envoyer automatiquement dès qu'un dossier peut l'être</source>
      <translation>Send automatically as soon as a dossier can be sent</translation>
    </message>
    <message>
      <source>Envoyer la correction</source>
      <translation>Send the correction</translation>
    </message>
    <message>
      <source>Envoyer la file</source>
      <translation>Send the queue</translation>
    </message>
    <message>
      <source>Envoyer quand même ?</source>
      <translation>Send anyway?</translation>
    </message>
    <message>
      <source>Envoyer à Car-Pass</source>
      <translation>Send to Car-Pass</translation>
    </message>
    <message>
      <source>Envoyer à Car-Pass le bon kilométrage d'un relevé déjà reçu, avec la raison</source>
      <translation>Send Car-Pass the right mileage of a reading it already received, with the reason</translation>
    </message>
    <message>
      <source>Envoyé le</source>
      <translation>Sent on</translation>
    </message>
    <message>
      <source>Envoyé par</source>
      <translation>Sent by</translation>
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
      <source>Historique du véhicule (Car-Pass)</source>
      <translation>Vehicle history (Car-Pass)</translation>
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
      <source>Imprimer la confirmation</source>
      <translation>Print the confirmation</translation>
    </message>
    <message>
      <source>Imprimé le {when} par {user}</source>
      <translation>Printed on {when} by {user}</translation>
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
      <source>Kilométrage correct :</source>
      <translation>Correct mileage:</translation>
    </message>
    <message>
      <source>Kilométrage corrigé</source>
      <translation>Corrected mileage</translation>
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
      <source>La demande précédente ({kind}) du dossier {number} est en cours d'envoi ou à vérifier : décidez-en d'abord dans l'historique Car-Pass.</source>
      <translation>The previous request ({kind}) of dossier {number} is being sent or is to check: decide about it first in the Car-Pass history.</translation>
    </message>
    <message>
      <source>La ligne Car-Pass du dossier {number}</source>
      <translation>The Car-Pass row of dossier {number}</translation>
    </message>
    <message>
      <source>La liste des travaux Car-Pass n'est pas encore chargée pour ce site : un administrateur doit tester la connexion (onglet Paramètres Car-Pass).</source>
      <translation>The Car-Pass list of work is not loaded for this site yet: an administrator must test the connection (Car-Pass settings tab).</translation>
    </message>
    <message>
      <source>La liste des travaux Car-Pass n'est pas encore chargée pour ce site : un administrateur doit tester la connexion à Car-Pass.</source>
      <translation>The Car-Pass list of work is not loaded for this site yet: an administrator must test the connection to Car-Pass.</translation>
    </message>
    <message>
      <source>La {what} du dossier {dossier} figure-t-elle sur le portail Car-Pass ? Elle sera enregistrée comme reçue, sans être renvoyée.</source>
      <translation>Is the {what} of dossier {dossier} on the Car-Pass portal? It will be recorded as received, without sending it again.</translation>
    </message>
    <message>
      <source>Le dossier {number}</source>
      <translation>Dossier {number}</translation>
    </message>
    <message>
      <source>Le dossier {number} n'a pas encore de relevé reçu par Car-Pass : la description des travaux partira automatiquement après l'envoi du relevé.</source>
      <translation>Dossier {number} has no reading received by Car-Pass yet: the work description will leave automatically after the reading is sent.</translation>
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
      <source>Liste Car-Pass reçue le {when}.</source>
      <translation>Car-Pass list received on {when}.</translation>
    </message>
    <message>
      <source>Liste des travaux Car-Pass</source>
      <translation>Car-Pass list of work</translation>
    </message>
    <message>
      <source>Marquer comme reçu</source>
      <translation>Mark as received</translation>
    </message>
    <message>
      <source>Marquer comme reçu par Car-Pass</source>
      <translation>Mark as received by Car-Pass</translation>
    </message>
    <message>
      <source>Marquer comme reçu…</source>
      <translation>Mark as received…</translation>
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
      <source>Mise à jour impossible : {reason}</source>
      <translation>Update impossible: {reason}</translation>
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
      <source>Ne sera pas envoyé à Car-Pass :</source>
      <translation>Will not be sent to Car-Pass:</translation>
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
      <source>Nom d'utilisateur :</source>
      <translation>User name:</translation>
    </message>
    <message>
      <source>Nom d'utilisateur Car-Pass</source>
      <translation>Car-Pass user name</translation>
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
      <source>Nouvelle description</source>
      <translation>New description</translation>
    </message>
    <message>
      <source>Numéro d'établissement</source>
      <translation>Establishment number</translation>
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
      <source>N° d'entreprise</source>
      <translation>Enterprise number</translation>
    </message>
    <message>
      <source>N° d'établissement</source>
      <translation>Establishment number</translation>
    </message>
    <message>
      <source>N° de dossier :</source>
      <translation>Dossier no.:</translation>
    </message>
    <message>
      <source>Obligatoire : gardée dans l'historique avec votre nom</source>
      <translation>Required: kept in the history with your name</translation>
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
      <source>PDF prouvant que Car-Pass a reçu le relevé choisi (Ctrl+P)</source>
      <translation>PDF proving that Car-Pass received the chosen reading (Ctrl+P)</translation>
    </message>
    <message>
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Par défaut le numéro d'établissement ; un autre nom pour un compte de test Car-Pass.</source>
      <translation>The establishment number by default; another name for a Car-Pass test account.</translation>
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
      <source>Pour corriger : atelier carpass correct {number} --km {km} --reason TEXTE</source>
      <translation>To correct it: atelier carpass correct {number} --km {km} --reason TEXT</translation>
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
      <source>Raison</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Raison :</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>Raison de la confirmation</source>
      <translation>Reason for the confirmation</translation>
    </message>
    <message>
      <source>Raison de la confirmation : {reason}</source>
      <translation>Reason for the confirmation: {reason}</translation>
    </message>
    <message>
      <source>Raison de la correction</source>
      <translation>Reason for the correction</translation>
    </message>
    <message>
      <source>Raison du retrait</source>
      <translation>Reason for removal</translation>
    </message>
    <message>
      <source>Raison du retrait des {n} lignes cochées :</source>
      <translation>Reason for removing the {n} ticked rows:</translation>
    </message>
    <message>
      <source>Raison du retrait du dossier {number} :</source>
      <translation>Reason for removing dossier {number}:</translation>
    </message>
    <message>
      <source>Rechercher un travail (Ctrl+K)…</source>
      <translation>Search work (Ctrl+K)…</translation>
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
      <source>Relevé de {km} km du dossier {dossier} ({vin}).

Si le portail Car-Pass montre ce relevé, recopiez ici son requestGuid : le relevé sera enregistré comme reçu, sans être renvoyé.</source>
      <translation>Reading of {km} km of dossier {dossier} ({vin}).

If the Car-Pass portal shows this reading, copy its requestGuid here: the reading will be recorded as received, without sending it again.</translation>
    </message>
    <message>
      <source>Relevé du dossier {number} enregistré comme reçu par Car-Pass (requestGuid {guid}).</source>
      <translation>Reading of dossier {number} recorded as received by Car-Pass (requestGuid {guid}).</translation>
    </message>
    <message>
      <source>Relevé kilométrique reçu par Car-Pass</source>
      <translation>Odometer reading received by Car-Pass</translation>
    </message>
    <message>
      <source>Relevés Car-Pass en attente</source>
      <translation>Car-Pass readings waiting</translation>
    </message>
    <message>
      <source>Relevés reçus par Car-Pass le :</source>
      <translation>Readings received by Car-Pass on:</translation>
    </message>
    <message>
      <source>Renvoyer la demande</source>
      <translation>Send the request again</translation>
    </message>
    <message>
      <source>Renvoyer le relevé</source>
      <translation>Send the reading again</translation>
    </message>
    <message>
      <source>Renvoyer…</source>
      <translation>Send again…</translation>
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
      <source>Rouge : ne sera pas envoyé (voir la colonne « À corriger »). Orange : à examiner avant d'envoyer (contrôles Car-Pass, description des travaux manquante…). État « {uncertain} » : Car-Pass a peut-être reçu le relevé, décidez-en dans l'historique. Survolez une ligne pour le détail.</source>
      <translation>Red: will not be sent (see the “To correct” column). Orange: look before sending (Car-Pass checks, missing work description…). State “{uncertain}”: Car-Pass may have received the reading, decide in the history. Hover a row for details.</translation>
    </message>
    <message>
      <source>Rouges seulement</source>
      <translation>Red only</translation>
    </message>
    <message>
      <source>Référence Car-Pass</source>
      <translation>Car-Pass reference</translation>
    </message>
    <message>
      <source>Référence Car-Pass :</source>
      <translation>Car-Pass reference:</translation>
    </message>
    <message>
      <source>Référence Car-Pass : {guid}</source>
      <translation>Car-Pass reference: {guid}</translation>
    </message>
    <message>
      <source>Réponse brute de l'appel choisi</source>
      <translation>Raw answer of the chosen call</translation>
    </message>
    <message>
      <source>Réponse de Car-Pass illisible pour la liste des travaux : {message}</source>
      <translation>Unreadable Car-Pass answer for the list of work: {message}</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Result</translation>
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
      <source>Site</source>
      <translation>Site</translation>
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
      <source>Tout décocher</source>
      <translation>Untick all</translation>
    </message>
    <message>
      <source>Travaux</source>
      <translation>Work</translation>
    </message>
    <message>
      <source>Travaux :</source>
      <translation>Work:</translation>
    </message>
    <message>
      <source>Travaux effectués</source>
      <translation>Work done</translation>
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
      <source>Trousseau du système : le mot de passe y est gardé, jamais dans la base</source>
      <translation>System keyring: the password is kept there, never in the database</translation>
    </message>
    <message>
      <source>Utilisateur Car-Pass : {username}</source>
      <translation>Car-Pass user: {username}</translation>
    </message>
    <message>
      <source>Utilisateur Car-Pass du site : {username} (numéro d'établissement)</source>
      <translation>Car-Pass user of the site: {username} (establishment number)</translation>
    </message>
    <message>
      <source>Utilisateur Car-Pass du site : {username} (établissement {number})</source>
      <translation>Car-Pass user of the site: {username} (establishment {number})</translation>
    </message>
    <message>
      <source>VIN de moins de 17 caractères</source>
      <translation>VIN shorter than 17 characters</translation>
    </message>
    <message>
      <source>VIN de plus de 17 caractères : jamais envoyé à Car-Pass</source>
      <translation>VIN longer than 17 characters: never sent to Car-Pass</translation>
    </message>
    <message>
      <source>VIN de {length} caractères seulement (17 attendus) : vérifiez-le</source>
      <translation>VIN of only {length} characters (17 expected): check it</translation>
    </message>
    <message>
      <source>Vous confirmez que ces {n} relevé(s) sont corrects malgré les contrôles ; ils seront envoyés à Car-Pass.</source>
      <translation>You confirm these {n} reading(s) are right despite the checks; they will be sent to Car-Pass.</translation>
    </message>
    <message>
      <source>Vous confirmez que le relevé de {km} km du dossier {dossier} est correct malgré les contrôles :

{reasons}

Il sera envoyé à Car-Pass.</source>
      <translation>You confirm the reading of {km} km of dossier {dossier} is right despite the checks:

{reasons}

It will be sent to Car-Pass.</translation>
    </message>
    <message>
      <source>Véhicule de remplacement : location {number} ({plate}), retour prévu {when}</source>
      <translation>Replacement car: rental {number} ({plate}), planned return {when}</translation>
    </message>
    <message>
      <source>Véhicule et relevé</source>
      <translation>Vehicle and reading</translation>
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
      <source>Vérifiez sur le portail Car-Pass : s'il y figure, « Marquer comme reçu » avec sa référence ; sinon « Renvoyer ».</source>
      <translation>Check on the Car-Pass portal: if it is there, "Mark as received" with its reference; otherwise "Resend".</translation>
    </message>
    <message>
      <source>Vérifiez sur le portail Car-Pass : si la demande y figure, « Marquer comme reçu » ; sinon « Renvoyer ».</source>
      <translation>Check the Car-Pass portal: if the request is there, « Mark as received »; otherwise « Send again ».</translation>
    </message>
    <message>
      <source>accepté</source>
      <translation>accepted</translation>
    </message>
    <message>
      <source>année {year} hors limites : de {low} à {high}</source>
      <translation>year {year} out of range: from {low} to {high}</translation>
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
      <source>aucun travail choisi pour le dossier {number}</source>
      <translation>no work chosen for dossier {number}</translation>
    </message>
    <message>
      <source>aucune</source>
      <translation>none</translation>
    </message>
    <message>
      <source>aucune description reçue par Car-Pass</source>
      <translation>no description received by Car-Pass</translation>
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
      <source>caractère de contrôle U+{code} refusé</source>
      <translation>control character U+{code} refused</translation>
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
      <source>code(s) absent(s) de la liste Car-Pass du site : {codes}</source>
      <translation>code(s) not in the site's Car-Pass list: {codes}</translation>
    </message>
    <message>
      <source>code(s) retiré(s) de la liste Car-Pass : {codes}</source>
      <translation>code(s) dropped from the Car-Pass list: {codes}</translation>
    </message>
    <message>
      <source>colonnes manquantes : {found} au lieu de {expected}</source>
      <translation>missing columns: {found} instead of {expected}</translation>
    </message>
    <message>
      <source>connexion coupée en attendant la réponse : Car-Pass a peut-être enregistré le relevé</source>
      <translation>connection lost while waiting for the answer: Car-Pass may have recorded the reading</translation>
    </message>
    <message>
      <source>contrôle {code}</source>
      <translation>check {code}</translation>
    </message>
    <message>
      <source>correction</source>
      <translation>correction</translation>
    </message>
    <message>
      <source>correction : {outcome}</source>
      <translation>correction: {outcome}</translation>
    </message>
    <message>
      <source>correction à {km} km</source>
      <translation>correction to {km} km</translation>
    </message>
    <message>
      <source>correction à {km} km ({reason}, {user})</source>
      <translation>correction to {km} km ({reason}, {user})</translation>
    </message>
    <message>
      <source>correction à {km} km envoyée</source>
      <translation>correction to {km} km sent</translation>
    </message>
    <message>
      <source>date attendue (AAAA-MM-JJ ou JJ-MM-AAAA), pas « {value} »</source>
      <translation>date expected (YYYY-MM-DD or DD-MM-YYYY), not “{value}”</translation>
    </message>
    <message>
      <source>date attendue au format jj-mm-aaaa : {value}</source>
      <translation>date expected as dd-mm-yyyy: {value}</translation>
    </message>
    <message>
      <source>date de première immatriculation manquante</source>
      <translation>first registration date missing</translation>
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
      <source>date du relevé dans le futur</source>
      <translation>reading date in the future</translation>
    </message>
    <message>
      <source>date du relevé il y a plus de 5 jours</source>
      <translation>reading date more than 5 days ago</translation>
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
      <source>demandée, {state}</source>
      <translation>requested, {state}</translation>
    </message>
    <message>
      <source>description ({codes})</source>
      <translation>description ({codes})</translation>
    </message>
    <message>
      <source>description : {outcome}</source>
      <translation>description: {outcome}</translation>
    </message>
    <message>
      <source>description des travaux</source>
      <translation>work description</translation>
    </message>
    <message>
      <source>description des travaux envoyée</source>
      <translation>work description sent</translation>
    </message>
    <message>
      <source>description des travaux manquante</source>
      <translation>work description missing</translation>
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
      <source>dossier inexistant : {folder}</source>
      <translation>folder does not exist: {folder}</translation>
    </message>
    <message>
      <source>déjà enregistré pour le relevé du dossier {number}</source>
      <translation>already recorded for the reading of dossier {number}</translation>
    </message>
    <message>
      <source>déjà envoyé</source>
      <translation>already sent</translation>
    </message>
    <message>
      <source>en cours (autre poste)</source>
      <translation>in progress (another station)</translation>
    </message>
    <message>
      <source>en cours d'envoi</source>
      <translation>sending</translation>
    </message>
    <message>
      <source>en cours d'envoi par un autre poste</source>
      <translation>being sent by another station</translation>
    </message>
    <message>
      <source>en cours de traitement</source>
      <translation>being processed</translation>
    </message>
    <message>
      <source>en examen (anomalie à répondre)</source>
      <translation>under review (anomaly to answer)</translation>
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
      <source>envoi interrompu (poste arrêté pendant l'appel) : Car-Pass a peut-être reçu le relevé</source>
      <translation>sending interrupted (station stopped during the call): Car-Pass may have received the reading</translation>
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
      <source>erreur du serveur Car-Pass après réception : le relevé a peut-être été enregistré</source>
      <translation>Car-Pass server error after receipt: the reading may have been recorded</translation>
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
      <source>identifiant du portail Car-Pass attendu, de la forme xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (chiffres 0-9 et lettres a-f)</source>
      <translation>identifier from the Car-Pass portal expected, of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (digits 0-9 and letters a-f)</translation>
    </message>
    <message>
      <source>incomplet</source>
      <translation>incomplete</translation>
    </message>
    <message>
      <source>indiquez au moins un champ à modifier (--damage-km, …)</source>
      <translation>give at least one field to change (--damage-km, …)</translation>
    </message>
    <message>
      <source>issue de l'envoi inconnue : Car-Pass a peut-être reçu le relevé</source>
      <translation>outcome of the sending unknown: Car-Pass may have received the reading</translation>
    </message>
    <message>
      <source>km dégât manquant</source>
      <translation>damage km missing</translation>
    </message>
    <message>
      <source>km inférieur au dernier relevé envoyé à Car-Pass pour ce VIN</source>
      <translation>km lower than the last reading sent to Car-Pass for this VIN</translation>
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
      <source>la date de fin précède la date de début</source>
      <translation>the end date is before the start date</translation>
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
      <source>le deux-points « : » n'est pas permis</source>
      <translation>the colon « : » is not allowed</translation>
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
      <source>marqué comme reçu (référence du portail Car-Pass)</source>
      <translation>marked as received (reference from the Car-Pass portal)</translation>
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
      <source>même relevé déjà envoyé aujourd'hui pour ce VIN</source>
      <translation>same reading already sent today for this VIN</translation>
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
      <source>ne se combine pas avec --activity</source>
      <translation>cannot be combined with --activity</translation>
    </message>
    <message>
      <source>ni espace, ni caractère invisible</source>
      <translation>no spaces or invisible characters</translation>
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
      <source>pas dans la liste : {why} (bouton Car-Pass pour l'y mettre quand même)</source>
      <translation>not in the list: {why} (Car-Pass button to add it anyway)</translation>
    </message>
    <message>
      <source>pas de réponse dans le délai après l'envoi : Car-Pass a peut-être enregistré le relevé</source>
      <translation>no answer in time after sending: Car-Pass may have recorded the reading</translation>
    </message>
    <message>
      <source>pas encore de pointage</source>
      <translation>no clock-in yet</translation>
    </message>
    <message>
      <source>plus de 1 000 km par jour depuis le dernier relevé envoyé</source>
      <translation>more than 1,000 km a day since the last reading sent</translation>
    </message>
    <message>
      <source>prévue</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>raison : {reason}</source>
      <translation>reason: {reason}</translation>
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
      <source>remplacé</source>
      <translation>superseded</translation>
    </message>
    <message>
      <source>renvoyé</source>
      <translation>sent again</translation>
    </message>
    <message>
      <source>requestGuid</source>
      <translation>requestGuid</translation>
    </message>
    <message>
      <source>requestGuid : 32 chiffres 0-9 ou lettres a-f, groupés 8-4-4-4-12 avec des tirets</source>
      <translation>requestGuid: 32 digits 0-9 or letters a-f, grouped 8-4-4-4-12 with hyphens</translation>
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
      <source>réponse de Car-Pass illisible ou sans référence</source>
      <translation>Car-Pass answer unreadable or without a reference</translation>
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
      <source>seul un relevé à vérifier peut être marqué comme reçu</source>
      <translation>only a reading to check can be marked as received</translation>
    </message>
    <message>
      <source>seule une demande à vérifier se renvoie ou se marque comme reçue</source>
      <translation>only a request to check can be sent again or marked as received</translation>
    </message>
    <message>
      <source>seuls les relevés refusés ou à vérifier se renvoient</source>
      <translation>only refused readings or readings to check can be sent again</translation>
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
      <source>traité</source>
      <translation>processed</translation>
    </message>
    <message>
      <source>trop de colonnes</source>
      <translation>too many columns</translation>
    </message>
    <message>
      <source>trop longue ({length} caractères, {max} au plus)</source>
      <translation>too long ({length} characters, at most {max})</translation>
    </message>
    <message>
      <source>véhicule de remplacement {plate} (location {number}, retour {when})</source>
      <translation>replacement car {plate} (rental {number}, return {when})</translation>
    </message>
    <message>
      <source>vérifiez sur le portail Car-Pass, puis « Renvoyer » ou « Marquer comme reçu »</source>
      <translation>check the Car-Pass portal, then « Send again » or « Mark as received »</translation>
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
      <translation>{km} km is lower than the last reading known for this VIN ({last} km on {date})</translation>
    </message>
    <message>
      <source>{label}</source>
      <translation>{label}</translation>
    </message>
    <message>
      <source>{label} (retiré de la liste Car-Pass)</source>
      <translation>{label} (dropped from the Car-Pass list)</translation>
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
      <source>{n} confirmation(s) : {path}</source>
      <translation>{n} confirmation(s): {path}</translation>
    </message>
    <message>
      <source>{n} dossier(s) importé(s), dont {enrolled} inscrit(s) dans la liste Car-Pass.</source>
      <translation>{n} dossier(s) imported, {enrolled} of them added to the Car-Pass list.</translation>
    </message>
    <message>
      <source>{n} envoi(s) « {state} » : Car-Pass les a peut-être reçus ; ils ne partent pas d'eux-mêmes. Vérifiez-les sur le portail Car-Pass puis, dans l'historique, « Renvoyer » ou « Marquer comme reçu ».</source>
      <translation>{n} sending(s) “{state}”: Car-Pass may have received them; they do not leave by themselves. Check them on the Car-Pass portal, then in the history choose “Send again” or “Mark as received”.</translation>
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
      <source>{n} ligne(s) cochée(s) :</source>
      <translation>{n} row(s) ticked:</translation>
    </message>
    <message>
      <source>{n} ligne(s) cochée(s) sans relevé bloqué ne sont pas concernées.</source>
      <translation>{n} ticked row(s) without a blocked reading are left alone.</translation>
    </message>
    <message>
      <source>{n} relevé(s) : {path}</source>
      <translation>{n} reading(s): {path}</translation>
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
      <source>{n} travail(aux) choisi(s) : {labels}</source>
      <translation>{n} item(s) of work chosen: {labels}</translation>
    </message>
    <message>
      <source>{per_day} km par jour depuis le dernier relevé ({last} km le {date}) : plus de 1 000 km par jour</source>
      <translation>{per_day} km per day since the last reading ({last} km on {date}): more than 1,000 km per day</translation>
    </message>
    <message>
      <source>{question}

Le dossier indique maintenant {km}. Le relevé reçu par Car-Pass reste tel quel ; une correction lui envoie le bon kilométrage avec une raison.</source>
      <translation>{question}

The dossier now says {km}. The reading Car-Pass received stays as it is; a correction sends it the right mileage with a reason.</translation>
    </message>
    <message>
      <source>{question} Le dossier indique {km}.</source>
      <translation>{question} The dossier says {km}.</translation>
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
      <translation>{state} on {when}</translation>
    </message>
    <message>
      <source>{status}</source>
      <translation>{status}</translation>
    </message>
    <message>
      <source>{user} le {when}</source>
      <translation>{user} on {when}</translation>
    </message>
    <message>
      <source>{what} : {state}</source>
      <translation>{what}: {state}</translation>
    </message>
    <message>
      <source>{what} — demandé par {user} le {when}</source>
      <translation>{what} — requested by {user} on {when}</translation>
    </message>
    <message>
      <source>À corriger / remarques</source>
      <translation>To fix / remarks</translation>
    </message>
    <message>
      <source>À vérifier</source>
      <translation>To check</translation>
    </message>
    <message>
      <source>À vérifier : {cause}</source>
      <translation>To check: {cause}</translation>
    </message>
    <message>
      <source>Établissement</source>
      <translation>Establishment</translation>
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
      <source>à confirmer</source>
      <translation>to confirm</translation>
    </message>
    <message>
      <source>à envoyer</source>
      <translation>to send</translation>
    </message>
    <message>
      <source>à vérifier</source>
      <translation>to check</translation>
    </message>
    <message>
      <source>à vérifier : {cause} ; {todo}</source>
      <translation>to check: {cause}; {todo}</translation>
    </message>
    <message>
      <source>à vérifier : {cause} ; {todo} ({message})</source>
      <translation>to check: {cause}; {todo} ({message})</translation>
    </message>
    <message>
      <source>– {n} arrêtée(s) par les contrôles : elles attendront votre confirmation dans l'historique</source>
      <translation>– {n} stopped by the checks: they will wait for your confirmation in the history</translation>
    </message>
    <message>
      <source>– {n} en rouge : elles ne seront pas envoyées</source>
      <translation>– {n} in red: they will not be sent</translation>
    </message>
    <message>
      <source>– {n} sans description des travaux (elle pourra être envoyée plus tard)</source>
      <translation>– {n} without a work description (it can be sent later)</translation>
    </message>
    <message>
      <source>… et {n} autre(s)</source>
      <translation>… and {n} more</translation>
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
