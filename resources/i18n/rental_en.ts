<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
  <context>
    <name>fields</name>
    <message>
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
  </context>
  <context>
    <name>pdf</name>
    <message>
      <source>Impression</source>
      <translation>Printing</translation>
    </message>
    <message>
      <source>L'impression directe n'a pas fonctionné ({reason}). Le document est ouvert dans votre lecteur PDF : imprimez-le depuis celui-ci (Ctrl+P).</source>
      <translation>Printing directly did not work ({reason}). The document is open in your PDF viewer: print it from there (Ctrl+P).</translation>
    </message>
    <message>
      <source>Le document n'a pu être ni imprimé ({reason}) ni ouvert : aucun lecteur PDF n'est installé. Enregistrez-le pour l'imprimer depuis un autre poste.</source>
      <translation>The document could be neither printed ({reason}) nor opened: no PDF viewer is installed. Save it to print it from another PC.</translation>
    </message>
  </context>
  <context>
    <name>peppol</name>
    <message>
      <source>  destinataire {recipient}, document {document}, transmission {transmission}, {attempts} essai(s)</source>
      <translation>  recipient {recipient}, document {document}, transmission {transmission}, {attempts} attempt(s)</translation>
    </message>
    <message>
      <source>  envoyée le {when}</source>
      <translation>  sent on {when}</translation>
    </message>
    <message>
      <source>  livrée le {when}</source>
      <translation>  delivered on {when}</translation>
    </message>
    <message>
      <source>1 au moins</source>
      <translation>at least 1</translation>
    </message>
    <message>
      <source>Adresse de l'API : {url}</source>
      <translation>API address: {url}</translation>
    </message>
    <message>
      <source>Adresse de l'API du fournisseur Peppol</source>
      <translation>Peppol provider's API address</translation>
    </message>
    <message>
      <source>Annule la facture {reference}</source>
      <translation>Cancels invoice {reference}</translation>
    </message>
    <message>
      <source>Appel du fournisseur Peppol…</source>
      <translation>Calling the Peppol provider…</translation>
    </message>
    <message>
      <source>Aucun point d'accès Peppol n'est configuré pour ce site : un administrateur doit saisir l'adresse et la clé de son fournisseur (Factures location, Point d'accès Peppol, ou « atelier rental peppol »).</source>
      <translation>No Peppol access point is configured for this site: an administrator must enter the address and key of its provider (Rental invoices, Peppol access point, or « atelier rental peppol »).</translation>
    </message>
    <message>
      <source>Aucune clé API Peppol pour ce site : un administrateur doit la saisir (Point d'accès Peppol, ou « atelier rental peppol key set »).</source>
      <translation>No Peppol API key for this site: an administrator must enter it (Peppol access point, or « atelier rental peppol key set »).</translation>
    </message>
    <message>
      <source>Aucune facture électronique à envoyer.</source>
      <translation>No e-invoice to send.</translation>
    </message>
    <message>
      <source>Clé API : {where}</source>
      <translation>API key: {where}</translation>
    </message>
    <message>
      <source>Clé API du fournisseur Peppol : </source>
      <translation>API key of the Peppol provider: </translation>
    </message>
    <message>
      <source>Clé API effacée.</source>
      <translation>API key cleared.</translation>
    </message>
    <message>
      <source>Clé API enregistrée dans le trousseau du système.</source>
      <translation>API key stored in the system's keyring.</translation>
    </message>
    <message>
      <source>Connexion réussie : le fournisseur vous connaît comme {participant}.</source>
      <translation>Connection successful: the provider knows you as {participant}.</translation>
    </message>
    <message>
      <source>Contrat {contract}</source>
      <translation>Contract {contract}</translation>
    </message>
    <message>
      <source>En attente d'un nouvel essai (Envoyer la file, ou l'envoi planifié).</source>
      <translation>Waiting for a new attempt (Send the queue, or the scheduled sending).</translation>
    </message>
    <message>
      <source>Envoi Peppol : {done} / {total}</source>
      <translation>Peppol sending: {done} / {total}</translation>
    </message>
    <message>
      <source>Envoi interrompu : les factures non envoyées restent en file.</source>
      <translation>Sending interrupted: the invoices not sent stay queued.</translation>
    </message>
    <message>
      <source>Facture à un assujetti à la TVA : envoyez-la par Peppol (Envoyer l'e-facture).</source>
      <translation>Invoice to a VAT-registered business: send it over Peppol (Send the e-invoice).</translation>
    </message>
    <message>
      <source>Facture électronique {reference}</source>
      <translation>E-invoice {reference}</translation>
    </message>
    <message>
      <source>Facture électronique {reference} écrite : {path}</source>
      <translation>E-invoice {reference} written: {path}</translation>
    </message>
    <message>
      <source>Identifiant Peppol</source>
      <translation>Peppol identifier</translation>
    </message>
    <message>
      <source>Inconnue du fournisseur : elle ne lui est pas parvenue, vous pouvez la renvoyer.</source>
      <translation>Unknown to the provider: it did not arrive, you may send it again.</translation>
    </message>
    <message>
      <source>L'acheteur ne reçoit pas de factures par Peppol : vérifiez son identifiant Peppol (fiche client) et renvoyez quand il est inscrit ; rien n'a été envoyé.</source>
      <translation>The buyer does not receive invoices over Peppol: check its Peppol identifier (customer record) and send again once it is registered; nothing was sent.</translation>
    </message>
    <message>
      <source>La facture {reference} est déjà en cours d'envoi.</source>
      <translation>Invoice {reference} is already being sent.</translation>
    </message>
    <message>
      <source>La note de crédit {reference} n'indique pas la facture qu'elle annule.</source>
      <translation>Credit note {reference} does not state the invoice it cancels.</translation>
    </message>
    <message>
      <source>Le fournisseur Peppol refuse la clé API ({message}) : vérifiez-la (Point d'accès Peppol).</source>
      <translation>The Peppol provider refuses the API key ({message}): check it (Peppol access point).</translation>
    </message>
    <message>
      <source>Le fournisseur ne répond pas comme prévu : {detail}</source>
      <translation>The provider does not answer as expected: {detail}</translation>
    </message>
    <message>
      <source>Le fournisseur refuse la clé API (HTTP {status}).</source>
      <translation>The provider refuses the API key (HTTP {status}).</translation>
    </message>
    <message>
      <source>Numéro de TVA du payeur</source>
      <translation>Payer's VAT number</translation>
    </message>
    <message>
      <source>PDF (sans TVA)</source>
      <translation>PDF (no VAT)</translation>
    </message>
    <message>
      <source>Port {port} indisponible : {detail}</source>
      <translation>Port {port} unavailable: {detail}</translation>
    </message>
    <message>
      <source>Préparation des factures électroniques…</source>
      <translation>Preparing the e-invoices…</translation>
    </message>
    <message>
      <source>Refusée : si la facture est en cause, annulez-la par une note de crédit, refacturez puis renvoyez ; sinon corrigez la cause et renvoyez.</source>
      <translation>Refused: if the invoice is at fault, cancel it with a credit note, invoice again and send again; otherwise fix the cause and send again.</translation>
    </message>
    <message>
      <source>Rien à renvoyer pour {reference} : seule une facture électronique refusée, absente de Peppol ou à vérifier se renvoie.</source>
      <translation>Nothing to send again for {reference}: only a refused, not-on-Peppol or to-check e-invoice is sent again.</translation>
    </message>
    <message>
      <source>Simulateur de point d'accès Peppol sur {url} (clés : {keys} ; inscrits : {participants}). Ctrl+C pour arrêter.</source>
      <translation>Peppol access point simulator on {url} (keys: {keys}; registered: {participants}). Ctrl+C to stop.</translation>
    </message>
    <message>
      <source>Transmission non confirmée : Actualiser les états, ou vérifiez chez votre fournisseur avant de renvoyer.</source>
      <translation>Transmission not confirmed: Refresh the states, or check with your provider before sending again.</translation>
    </message>
    <message>
      <source>VALEUR=VALEUR attendu : {value}</source>
      <translation>VALUE=VALUE expected: {value}</translation>
    </message>
    <message>
      <source>absent de Peppol</source>
      <translation>not on Peppol</translation>
    </message>
    <message>
      <source>accord {agreement}</source>
      <translation>agreement {agreement}</translation>
    </message>
    <message>
      <source>en file d'envoi</source>
      <translation>queued</translation>
    </message>
    <message>
      <source>envoi en cours</source>
      <translation>sending</translation>
    </message>
    <message>
      <source>envoyé</source>
      <translation>sent</translation>
    </message>
    <message>
      <source>l'IBAN de la société est à saisir (fiche société) : la facture électronique indique le compte à créditer</source>
      <translation>the company's IBAN must be entered (company record): the e-invoice states the account to pay into</translation>
    </message>
    <message>
      <source>le payeur de {reference} n'a pas de numéro de TVA : particulier, la facture reste en PDF</source>
      <translation>the payer of {reference} has no VAT number: a private person, the invoice stays a PDF</translation>
    </message>
    <message>
      <source>livré</source>
      <translation>delivered</translation>
    </message>
    <message>
      <source>refusé</source>
      <translation>refused</translation>
    </message>
    <message>
      <source>rien à changer : --vat-number, --enterprise-number ou --peppol-id</source>
      <translation>nothing to change: --vat-number, --enterprise-number or --peppol-id</translation>
    </message>
    <message>
      <source>référence de facture attendue (ex. A-2026-00012)</source>
      <translation>invoice reference expected (e.g. A-2026-00012)</translation>
    </message>
    <message>
      <source>soit --pending, soit des références, pas les deux</source>
      <translation>either --pending or references, not both</translation>
    </message>
    <message>
      <source>tous</source>
      <translation>all</translation>
    </message>
    <message>
      <source>une référence et --out FICHIER.xml</source>
      <translation>one reference and --out FILE.xml</translation>
    </message>
    <message>
      <source>véhicule {plate}</source>
      <translation>vehicle {plate}</translation>
    </message>
    <message>
      <source>{name} : TVA {vat}, entreprise {enterprise}, Peppol {peppol}</source>
      <translation>{name}: VAT {vat}, enterprise {enterprise}, Peppol {peppol}</translation>
    </message>
    <message>
      <source>{payer} : ni identifiant Peppol ni numéro d'entreprise belge (fiche client)</source>
      <translation>{payer}: neither a Peppol identifier nor a Belgian enterprise number (customer record)</translation>
    </message>
    <message>
      <source>{period}</source>
      <translation>{period}</translation>
    </message>
    <message>
      <source>{reference} (PDF)</source>
      <translation>{reference} (PDF)</translation>
    </message>
    <message>
      <source>{reference} : {state}{detail}</source>
      <translation>{reference}: {state}{detail}</translation>
    </message>
    <message>
      <source>{reference} est à vérifier : confirmez avec --checked que le fournisseur ne l'a pas reçue</source>
      <translation>{reference} is to be checked: confirm with --checked that the provider did not receive it</translation>
    </message>
    <message>
      <source>{rule} : {message}</source>
      <translation>{rule}: {message}</translation>
    </message>
    <message>
      <source>{state}</source>
      <translation>{state}</translation>
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
      <source>à vérifier</source>
      <translation>to check</translation>
    </message>
  </context>
  <context>
    <name>rental</name>
    <message>
      <source>  PEC : trait bleu sous la barre  </source>
      <translation>  PEC: blue stripe under the bar  </translation>
    </message>
    <message>
      <source> (hors service)</source>
      <translation> (out of service)</translation>
    </message>
    <message>
      <source> jour(s)</source>
      <translation> day(s)</translation>
    </message>
    <message>
      <source> – PEC {file}</source>
      <translation> – PEC {file}</translation>
    </message>
    <message>
      <source> — annulé</source>
      <translation> — cancelled</translation>
    </message>
    <message>
      <source> — facturé, lecture seule</source>
      <translation> — invoiced, read-only</translation>
    </message>
    <message>
      <source> — hors service</source>
      <translation> — out of service</translation>
    </message>
    <message>
      <source> — réservé (dossier {number})</source>
      <translation> — booked (file {number})</translation>
    </message>
    <message>
      <source>&amp;Ajouter le supplément</source>
      <translation>&amp;Add the extra</translation>
    </message>
    <message>
      <source>&amp;Aperçu PDF</source>
      <translation>PDF &amp;preview</translation>
    </message>
    <message>
      <source>&amp;Contrat à signer…</source>
      <translation>&amp;Contract for signature…</translation>
    </message>
    <message>
      <source>&amp;Enregistrer</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Enregistrer le PDF…</source>
      <translation>&amp;Save PDF…</translation>
    </message>
    <message>
      <source>&amp;Enregistrer le règlement</source>
      <translation>&amp;Save payment</translation>
    </message>
    <message>
      <source>&amp;Facturer…</source>
      <translation>&amp;Invoice…</translation>
    </message>
    <message>
      <source>&amp;Imprimer…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Note de crédit…</source>
      <translation>&amp;Credit note…</translation>
    </message>
    <message>
      <source>&amp;Noter un dommage…</source>
      <translation>&amp;Note a damage…</translation>
    </message>
    <message>
      <source>&amp;Prolonger</source>
      <translation>&amp;Extend</translation>
    </message>
    <message>
      <source>&amp;Renvoyer…</source>
      <translation>Send &amp;again…</translation>
    </message>
    <message>
      <source>&amp;Retirer…</source>
      <translation>&amp;Remove…</translation>
    </message>
    <message>
      <source>&amp;Tester la connexion</source>
      <translation>&amp;Test the connection</translation>
    </message>
    <message>
      <source>&amp;Voir les photos…</source>
      <translation>&amp;View the photos…</translation>
    </message>
    <message>
      <source>(pas d’adresse e-mail)</source>
      <translation>(no e-mail address)</translation>
    </message>
    <message>
      <source>--out (PDF) ou --csv : où écrire le relevé ?</source>
      <translation>--out (PDF) or --csv: where to write the statement?</translation>
    </message>
    <message>
      <source>--preview et --out vont ensemble : le projet s'écrit dans un fichier PDF</source>
      <translation>--preview and --out go together: the draft is written to a PDF file</translation>
    </message>
    <message>
      <source>1 mois</source>
      <translation>1 month</translation>
    </message>
    <message>
      <source>1 semaine</source>
      <translation>1 week</translation>
    </message>
    <message>
      <source>1 à 10 lettres ou chiffres</source>
      <translation>1 to 10 letters or digits</translation>
    </message>
    <message>
      <source>1 à 20 lettres, chiffres ou tirets</source>
      <translation>1 to 20 letters, digits or dashes</translation>
    </message>
    <message>
      <source>2 semaines</source>
      <translation>2 weeks</translation>
    </message>
    <message>
      <source>2 à 12 lettres, chiffres ou tirets</source>
      <translation>2 to 12 letters, digits or dashes</translation>
    </message>
    <message>
      <source>A&amp;perçu PDF…</source>
      <translation>PDF pre&amp;view…</translation>
    </message>
    <message>
      <source>Absentes de Peppol</source>
      <translation>Not on Peppol</translation>
    </message>
    <message>
      <source>Accord (n° de dossier d'assistance)</source>
      <translation>Authorisation (assistance company file no.)</translation>
    </message>
    <message>
      <source>Accord :</source>
      <translation>Authorisation:</translation>
    </message>
    <message>
      <source>Accord PEC</source>
      <translation>PEC agreement</translation>
    </message>
    <message>
      <source>Accord tarifaire</source>
      <translation>Rate agreement</translation>
    </message>
    <message>
      <source>Accord tarifaire introuvable.</source>
      <translation>Rate agreement not found.</translation>
    </message>
    <message>
      <source>Accord {id} enregistré : {label}</source>
      <translation>Agreement {id} saved: {label}</translation>
    </message>
    <message>
      <source>Accords tarifaires</source>
      <translation>Rate agreements</translation>
    </message>
    <message>
      <source>Accordé au départ : la durée PEC ci-dessus. Les prolongations s'enregistrent par « Prolonger » et restent dans l'historique.</source>
      <translation>Granted at the start: the PEC duration above. Extensions are entered with "Extend" and stay in the history.</translation>
    </message>
    <message>
      <source>Accordé au départ : {first} jour(s) ; couverts par l'assistance : {covered} jour(s) ; acceptés par le client : {client} jour(s).</source>
      <translation>Granted at the start: {first} day(s); covered by the assistance company: {covered} day(s); accepted by the customer: {client} day(s).</translation>
    </message>
    <message>
      <source>Acompte</source>
      <translation>Advance</translation>
    </message>
    <message>
      <source>Acompte (avant la facture ou au-delà du solde)</source>
      <translation>Advance (before the invoice or above the balance)</translation>
    </message>
    <message>
      <source>Actif</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Actif :</source>
      <translation>Active:</translation>
    </message>
    <message>
      <source>Actualiser les états</source>
      <translation>Refresh the states</translation>
    </message>
    <message>
      <source>Adresse d'expédition</source>
      <translation>Sender address</translation>
    </message>
    <message>
      <source>Adresse de l'API</source>
      <translation>API address</translation>
    </message>
    <message>
      <source>Adresse de réception des factures électroniques sur le réseau Peppol (schéma:identifiant, par ex. 0208:0457247904). Vide : le numéro d'entreprise belge sous le schéma 0208.</source>
      <translation>Address receiving e-invoices on the Peppol network (scheme:identifier, e.g. 0208:0457247904). Empty: the Belgian enterprise number under scheme 0208.</translation>
    </message>
    <message>
      <source>Adresse e-mail</source>
      <translation>E-mail address</translation>
    </message>
    <message>
      <source>Ajouter des p&amp;hotos…</source>
      <translation>Add p&amp;hotos…</translation>
    </message>
    <message>
      <source>Ajouter des photos…</source>
      <translation>Add photos…</translation>
    </message>
    <message>
      <source>Ajouter une ligne</source>
      <translation>Add a row</translation>
    </message>
    <message>
      <source>Ajouté par</source>
      <translation>Added by</translation>
    </message>
    <message>
      <source>Annule la facture</source>
      <translation>Cancels invoice</translation>
    </message>
    <message>
      <source>Annuler le dossier</source>
      <translation>Cancel the dossier</translation>
    </message>
    <message>
      <source>Annuler le dossier {reference} ? Le véhicule sera libéré.</source>
      <translation>Cancel dossier {reference}? The vehicle will be freed.</translation>
    </message>
    <message>
      <source>Annuler par note de crédit</source>
      <translation>Cancel with a credit note</translation>
    </message>
    <message>
      <source>Annuler {references} par une note de crédit ? Le contrat redevient modifiable quand toutes ses factures sont annulées.</source>
      <translation>Cancel {references} with a credit note? The contract can be changed again once all its invoices are cancelled.</translation>
    </message>
    <message>
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Assistance</source>
      <translation>Assistance</translation>
    </message>
    <message>
      <source>Attention : le véhicule est de catégorie {vehicle}, la prise en charge couvre la catégorie {pec}.</source>
      <translation>Warning: the vehicle is category {vehicle}, the coverage is for category {pec}.</translation>
    </message>
    <message>
      <source>Attention : {text}</source>
      <translation>Warning: {text}</translation>
    </message>
    <message>
      <source>Attention : {warning}</source>
      <translation>Warning: {warning}</translation>
    </message>
    <message>
      <source>Aucun serveur SMTP n'est configuré pour ce site (onglet Factures location, Paramètres e-mail, ou commande rental smtp).</source>
      <translation>No SMTP server is set up for this site (Rental invoices tab, E-mail settings, or the rental smtp command).</translation>
    </message>
    <message>
      <source>Aucun supplément au catalogue des tarifs de ce dossier (back-office, onglet Suppléments).</source>
      <translation>No extra in the catalogue of this file's tariffs (back office, Extras tab).</translation>
    </message>
    <message>
      <source>Aucune clé enregistrée.</source>
      <translation>No key stored.</translation>
    </message>
    <message>
      <source>Aucune facture électronique à envoyer.</source>
      <translation>No e-invoice to send.</translation>
    </message>
    <message>
      <source>Aucune société d'assistance dans les clients.</source>
      <translation>No assistance company among the customers.</translation>
    </message>
    <message>
      <source>Aujourd'hui</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>Autorisation et prolongations</source>
      <translation>Authorisation and extensions</translation>
    </message>
    <message>
      <source>Autorisations incomplètes</source>
      <translation>Incomplete authorisations</translation>
    </message>
    <message>
      <source>Base HTVA</source>
      <translation>Base excl. VAT</translation>
    </message>
    <message>
      <source>Bonjour,

Veuillez trouver en pièce jointe notre {kind} {reference} du {date} relative au contrat {contract}, d'un montant de {total} TVAC.
{payment}
Cordialement,
{company}
</source>
      <translation>Hello,

Please find attached our {kind} {reference} of {date} for contract {contract}, for an amount of {total} incl. VAT.
{payment}
Kind regards,
{company}
</translation>
    </message>
    <message>
      <source>Bénéficiaire</source>
      <translation>Beneficiary</translation>
    </message>
    <message>
      <source>CONTRAT DE LOCATION</source>
      <translation>RENTAL CONTRACT</translation>
    </message>
    <message>
      <source>Carburant</source>
      <translation>Fuel</translation>
    </message>
    <message>
      <source>Carburant (€/l HTVA) :</source>
      <translation>Fuel (€/l excl. VAT):</translation>
    </message>
    <message>
      <source>Carburant au départ</source>
      <translation>Fuel at departure</translation>
    </message>
    <message>
      <source>Carburant au retour</source>
      <translation>Fuel at return</translation>
    </message>
    <message>
      <source>Carburant départ (huitièmes)</source>
      <translation>Fuel at departure (eighths)</translation>
    </message>
    <message>
      <source>Carburant départ / retour :</source>
      <translation>Fuel departure / return:</translation>
    </message>
    <message>
      <source>Carburant manquant (litres)</source>
      <translation>Missing fuel (litres)</translation>
    </message>
    <message>
      <source>Carburant pris en charge</source>
      <translation>Fuel covered</translation>
    </message>
    <message>
      <source>Carburant retour (huitièmes)</source>
      <translation>Fuel at return (eighths)</translation>
    </message>
    <message>
      <source>Carburant €/l</source>
      <translation>Fuel €/l</translation>
    </message>
    <message>
      <source>Carte</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Cat.</source>
      <translation>Cat.</translation>
    </message>
    <message>
      <source>Cat. PEC</source>
      <translation>PEC cat.</translation>
    </message>
    <message>
      <source>Cat. véhicule</source>
      <translation>Vehicle cat.</translation>
    </message>
    <message>
      <source>Catalogue des tarifs du dossier (tarif client, tarif PEC). Le prix par jour est multiplié par les jours de location.</source>
      <translation>Catalogue of the file's tariffs (customer tariff, PEC tariff). The price per day is multiplied by the rental days.</translation>
    </message>
    <message>
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Catégorie :</source>
      <translation>Category:</translation>
    </message>
    <message>
      <source>Catégorie prise en charge</source>
      <translation>Covered category</translation>
    </message>
    <message>
      <source>Catégorie tarif</source>
      <translation>Tariff category</translation>
    </message>
    <message>
      <source>Catégorie tarif :</source>
      <translation>Tariff category:</translation>
    </message>
    <message>
      <source>Catégories</source>
      <translation>Categories</translation>
    </message>
    <message>
      <source>Caution</source>
      <translation>Deposit</translation>
    </message>
    <message>
      <source>Caution demandée (€) :</source>
      <translation>Deposit asked (€):</translation>
    </message>
    <message>
      <source>Caution détenue</source>
      <translation>Deposit held</translation>
    </message>
    <message>
      <source>Caution imputée sur la facture</source>
      <translation>Deposit applied to the invoice</translation>
    </message>
    <message>
      <source>Caution remboursée</source>
      <translation>Deposit refunded</translation>
    </message>
    <message>
      <source>Caution reçue</source>
      <translation>Deposit received</translation>
    </message>
    <message>
      <source>Ce contrat est déjà facturé. Annulez ses factures par une note de crédit avant de le refacturer.</source>
      <translation>This contract is already invoiced. Cancel its invoices with a credit note before invoicing it again.</translation>
    </message>
    <message>
      <source>Ce contrat n'a aucune facture à annuler.</source>
      <translation>This contract has no invoice to cancel.</translation>
    </message>
    <message>
      <source>Ce contrat n'a pas encore de facture.</source>
      <translation>This contract has no invoice yet.</translation>
    </message>
    <message>
      <source>Ce dommage est déjà marqué réparé.</source>
      <translation>This damage is already marked repaired.</translation>
    </message>
    <message>
      <source>Ce qui attend aujourd'hui : retours en retard, réparations terminées (proposez le retour), prolongations à demander à l'assistance quand la réparation finit après l'accord, retours et départs du jour, contrats rentrés à facturer. Double-clic : ouvrir le dossier.</source>
      <translation>What is waiting today: overdue returns, finished repairs (propose the return), extensions to ask the assistance company for when the repair ends after the agreement, returns and departures of the day, contracts back and to invoice. Double-click: open the file.</translation>
    </message>
    <message>
      <source>Ce règlement est déjà extourné.</source>
      <translation>This payment has already been reversed.</translation>
    </message>
    <message>
      <source>Cette note de crédit annule la facture {reference} ; le montant sera déduit de votre solde ou remboursé.</source>
      <translation>This credit note cancels invoice {reference}; the amount will be deducted from your balance or refunded.</translation>
    </message>
    <message>
      <source>Chaque règlement enregistré crée une écriture comptable et ne peut plus être modifié ni supprimé ; une erreur se corrige par une ligne d'extourne.</source>
      <translation>Each saved payment creates an accounting entry and can no longer be changed or deleted; a mistake is corrected with a reversing line.</translation>
    </message>
    <message>
      <source>Chargement du dossier…</source>
      <translation>Loading the file…</translation>
    </message>
    <message>
      <source>Chiffrer la connexion (STARTTLS)</source>
      <translation>Encrypt the connection (STARTTLS)</translation>
    </message>
    <message>
      <source>Choisissez d'abord le véhicule du dossier.</source>
      <translation>Choose the file's vehicle first.</translation>
    </message>
    <message>
      <source>Choisissez une facture pour voir sa facture électronique.</source>
      <translation>Choose an invoice to see its e-invoice.</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Customer</translation>
    </message>
    <message>
      <source>Client &amp;&amp; conducteurs</source>
      <translation>Customer &amp;&amp; drivers</translation>
    </message>
    <message>
      <source>Client / bénéficiaire :</source>
      <translation>Customer / beneficiary:</translation>
    </message>
    <message>
      <source>Client : {total} TVAC</source>
      <translation>Customer: {total} incl. VAT</translation>
    </message>
    <message>
      <source>Client bénéficiaire</source>
      <translation>Beneficiary customer</translation>
    </message>
    <message>
      <source>Client bénéficiaire : {total} TVAC</source>
      <translation>Beneficiary: {total} incl. VAT</translation>
    </message>
    <message>
      <source>Client conducteur</source>
      <translation>Customer driver</translation>
    </message>
    <message>
      <source>Client introuvable.</source>
      <translation>Customer not found.</translation>
    </message>
    <message>
      <source>Client {id} enregistré : {name}</source>
      <translation>Customer {id} saved: {name}</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Customers</translation>
    </message>
    <message>
      <source>Clé API</source>
      <translation>API key</translation>
    </message>
    <message>
      <source>Clé enregistrée dans le trousseau du système.</source>
      <translation>Key stored in the system's keyring.</translation>
    </message>
    <message>
      <source>Clé gardée pour cette session seulement.</source>
      <translation>Key kept for this session only.</translation>
    </message>
    <message>
      <source>Clé lue dans la variable ATELIER_PEPPOL_API_KEY.</source>
      <translation>Key read from the ATELIER_PEPPOL_API_KEY variable.</translation>
    </message>
    <message>
      <source>Clôture</source>
      <translation>Closing</translation>
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
      <source>Code postal</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>Code postal :</source>
      <translation>Postcode:</translation>
    </message>
    <message>
      <source>Communication</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>Communication structurée</source>
      <translation>Structured communication</translation>
    </message>
    <message>
      <source>Communication structurée pour le virement : {ogm}
</source>
      <translation>Structured communication for the bank transfer: {ogm}
</translation>
    </message>
    <message>
      <source>Compte</source>
      <translation>Account</translation>
    </message>
    <message>
      <source>Compte :</source>
      <translation>Account:</translation>
    </message>
    <message>
      <source>Compte crédit</source>
      <translation>Credit account</translation>
    </message>
    <message>
      <source>Compte débit</source>
      <translation>Debit account</translation>
    </message>
    <message>
      <source>Compte et tarif</source>
      <translation>Account and tariff</translation>
    </message>
    <message>
      <source>Conditions de paiement</source>
      <translation>Payment terms</translation>
    </message>
    <message>
      <source>Conducteur</source>
      <translation>Driver</translation>
    </message>
    <message>
      <source>Conducteur :</source>
      <translation>Driver:</translation>
    </message>
    <message>
      <source>Contact assistance :</source>
      <translation>Assistance contact:</translation>
    </message>
    <message>
      <source>Contact à l'assistance</source>
      <translation>Contact at the assistance company</translation>
    </message>
    <message>
      <source>Contrat</source>
      <translation>Contract</translation>
    </message>
    <message>
      <source>Contrat facturé</source>
      <translation>Contract invoiced</translation>
    </message>
    <message>
      <source>Contrat facturé : il est figé. Pour le corriger, annulez ses factures par une note de crédit, puis refacturez.</source>
      <translation>Contract invoiced: it is frozen. To correct it, cancel its invoices with a credit note, then invoice again.</translation>
    </message>
    <message>
      <source>Contrats avec prise en charge comptant des jours que personne n'a accepté de payer (ni l'assistance, ni le client lors d'une prolongation), dont le véhicule est encore dehors après la période accordée, ou dont la catégorie diffère de la catégorie PEC : demandez une prolongation ou un accord à la société d'assistance.</source>
      <translation>Contracts with cover counting days nobody agreed to pay (neither the assistance company, nor the customer when extending), whose car is still out after the agreed period, or whose category differs from the PEC category: ask the assistance company for an extension or an agreement.</translation>
    </message>
    <message>
      <source>Convertir en {kind}</source>
      <translation>Convert to {kind}</translation>
    </message>
    <message>
      <source>Crédit</source>
      <translation>Credit</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Date : {date}</source>
      <translation>Date: {date}</translation>
    </message>
    <message>
      <source>Date de retour</source>
      <translation>Return date</translation>
    </message>
    <message>
      <source>Date du règlement</source>
      <translation>Payment date</translation>
    </message>
    <message>
      <source>Date-heure de départ réelle</source>
      <translation>Actual departure date and time</translation>
    </message>
    <message>
      <source>Date-heure de retour réelle</source>
      <translation>Actual return date and time</translation>
    </message>
    <message>
      <source>Demander une prolongation à l'assistance</source>
      <translation>Ask the assistance company for an extension</translation>
    </message>
    <message>
      <source>Demandé par</source>
      <translation>Asked by</translation>
    </message>
    <message>
      <source>Demandée : {asked} — détenue : {held} ({payer})</source>
      <translation>Asked: {asked} — held: {held} ({payer})</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Description :</source>
      <translation>Description:</translation>
    </message>
    <message>
      <source>Description du dommage</source>
      <translation>Description of the damage</translation>
    </message>
    <message>
      <source>Destinataire</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <source>Devis</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <source>Dommage introuvable.</source>
      <translation>Damage not found.</translation>
    </message>
    <message>
      <source>Dommage réparé</source>
      <translation>Damage repaired</translation>
    </message>
    <message>
      <source>Dommage {id} marqué réparé.</source>
      <translation>Damage {id} marked repaired.</translation>
    </message>
    <message>
      <source>Dommages</source>
      <translation>Damage</translation>
    </message>
    <message>
      <source>Dommages au départ :</source>
      <translation>Damage at departure:</translation>
    </message>
    <message>
      <source>Dommages au départ : {notes}</source>
      <translation>Damage at departure: {notes}</translation>
    </message>
    <message>
      <source>Dommages au retour :</source>
      <translation>Damage at return:</translation>
    </message>
    <message>
      <source>Dommages constatés sur les véhicules de remplacement, au départ, au retour ou hors location. Double-clic : les photos.</source>
      <translation>Damage found on the replacement cars, at departure, at return or outside a rental. Double-click: the photos.</translation>
    </message>
    <message>
      <source>Dommages encore ouverts du véhicule (constatés avant ce dossier) et ceux notés sur ce dossier. Photos conservées dans la base : tous les postes les voient.</source>
      <translation>The car's damage still open (found before this file) and the damage noted on this file. Photos kept in the database: every station sees them.</translation>
    </message>
    <message>
      <source>Dommages facturés (€ HTVA) :</source>
      <translation>Damage charged (€ excl. VAT):</translation>
    </message>
    <message>
      <source>Dommages flotte</source>
      <translation>Fleet damage</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Dossier assistance</source>
      <translation>Assistance file</translation>
    </message>
    <message>
      <source>Dossier avec prise en charge (PEC)</source>
      <translation>Dossier with coverage (PEC)</translation>
    </message>
    <message>
      <source>Dossier de location</source>
      <translation>Rental file</translation>
    </message>
    <message>
      <source>Dossier de location introuvable.</source>
      <translation>Rental dossier not found.</translation>
    </message>
    <message>
      <source>Dossier de location {number} introuvable.</source>
      <translation>Rental dossier {number} not found.</translation>
    </message>
    <message>
      <source>Dossier de réparation</source>
      <translation>Repair file</translation>
    </message>
    <message>
      <source>Dossier de réparation {number} introuvable sur ce site.</source>
      <translation>Repair file {number} not found at this site.</translation>
    </message>
    <message>
      <source>Dossier introuvable.</source>
      <translation>File not found.</translation>
    </message>
    <message>
      <source>Dossier {number} ({kind}) enregistré : {start} → {end}</source>
      <translation>File {number} ({kind}) saved: {start} → {end}</translation>
    </message>
    <message>
      <source>Dossier {number} : {what} le {when}, {km} km, carburant {fuel}/8.</source>
      <translation>File {number}: {what} on {when}, {km} km, fuel {fuel}/8.</translation>
    </message>
    <message>
      <source>Dossier {number} converti en {kind}</source>
      <translation>Dossier {number} converted to {kind}</translation>
    </message>
    <message>
      <source>Dossier {number} lié à la réparation {repair}.</source>
      <translation>File {number} linked to repair {repair}.</translation>
    </message>
    <message>
      <source>Dossier {number} prolongé jusqu'au {when}</source>
      <translation>Dossier {number} extended until {when}</translation>
    </message>
    <message>
      <source>Dossier {number} sans réparation liée.</source>
      <translation>File {number} without a linked repair.</translation>
    </message>
    <message>
      <source>Dossier {reference}</source>
      <translation>Dossier {reference}</translation>
    </message>
    <message>
      <source>Dossier {reference} ({kind}){state}</source>
      <translation>File {reference} ({kind}){state}</translation>
    </message>
    <message>
      <source>Dossier {reference} : accord {file}, autorisation {auth}, contact {contact}</source>
      <translation>File {reference}: agreement {file}, authorisation {auth}, contact {contact}</translation>
    </message>
    <message>
      <source>Dossiers de location</source>
      <translation>Rental dossiers</translation>
    </message>
    <message>
      <source>Double-clic sur une case libre : nouveau dossier pour ce véhicule et ce jour.</source>
      <translation>Double-click a free cell: new dossier for this vehicle and day.</translation>
    </message>
    <message>
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Du {start} au {end}</source>
      <translation>From {start} to {end}</translation>
    </message>
    <message>
      <source>Durée PEC : {covered} jour(s) ; location : {days} jour(s).</source>
      <translation>PEC duration: {covered} day(s); rental: {days} day(s).</translation>
    </message>
    <message>
      <source>Durée prise en charge</source>
      <translation>Covered duration</translation>
    </message>
    <message>
      <source>Durée tarif</source>
      <translation>Tariff duration</translation>
    </message>
    <message>
      <source>Durée tarif :</source>
      <translation>Tariff duration:</translation>
    </message>
    <message>
      <source>Débit</source>
      <translation>Debit</translation>
    </message>
    <message>
      <source>Délier</source>
      <translation>Unlink</translation>
    </message>
    <message>
      <source>Départ</source>
      <translation>Departure</translation>
    </message>
    <message>
      <source>Départ / retour</source>
      <translation>Departure / return</translation>
    </message>
    <message>
      <source>Départ prévu</source>
      <translation>Planned departure</translation>
    </message>
    <message>
      <source>Départ prévu :</source>
      <translation>Planned departure:</translation>
    </message>
    <message>
      <source>Départ prévu aujourd'hui</source>
      <translation>Departure planned today</translation>
    </message>
    <message>
      <source>Départ réel</source>
      <translation>Actual departure</translation>
    </message>
    <message>
      <source>Départ réel :</source>
      <translation>Actual departure:</translation>
    </message>
    <message>
      <source>Désignation</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Détail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>Détail du prix</source>
      <translation>Price detail</translation>
    </message>
    <message>
      <source>E&amp;xtourner la ligne…</source>
      <translation>Re&amp;verse the line…</translation>
    </message>
    <message>
      <source>E-facture</source>
      <translation>E-invoice</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>E-mail :</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <source>E-mail du contact</source>
      <translation>Contact's e-mail</translation>
    </message>
    <message>
      <source>Emplacement</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Emplacement :</source>
      <translation>Location:</translation>
    </message>
    <message>
      <source>En file ou en cours</source>
      <translation>Queued or sending</translation>
    </message>
    <message>
      <source>Encaisser la caution</source>
      <translation>Receive the deposit</translation>
    </message>
    <message>
      <source>Encaisser une caution de {amount} de {payer}, par {method} ?</source>
      <translation>Receive a deposit of {amount} from {payer}, by {method}?</translation>
    </message>
    <message>
      <source>Encaisser…</source>
      <translation>Receive…</translation>
    </message>
    <message>
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Enregistrer la photo</source>
      <translation>Save the photo</translation>
    </message>
    <message>
      <source>Enregistrer le &amp;PDF…</source>
      <translation>Save the &amp;PDF…</translation>
    </message>
    <message>
      <source>Enregistrer le &amp;XML…</source>
      <translation>Save the &amp;XML…</translation>
    </message>
    <message>
      <source>Enregistrer le PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <source>Enregistrer le XML</source>
      <translation>Save the XML</translation>
    </message>
    <message>
      <source>Enregistrer le relevé</source>
      <translation>Save the statement</translation>
    </message>
    <message>
      <source>Enregistrer le règlement de {amount} par {payer}, en {method}, le {date} ?

Il ne pourra plus être modifié ni supprimé.</source>
      <translation>Save the payment of {amount} by {payer}, by {method}, on {date}?

It can no longer be changed or deleted.</translation>
    </message>
    <message>
      <source>Enregistrer sous…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <source>Envoi Peppol</source>
      <translation>Peppol sending</translation>
    </message>
    <message>
      <source>Envoi des factures par e-mail — site {code}</source>
      <translation>E-mailing invoices — site {code}</translation>
    </message>
    <message>
      <source>Envoi des factures…</source>
      <translation>Sending the invoices…</translation>
    </message>
    <message>
      <source>Envoi par e-mail</source>
      <translation>E-mail sending</translation>
    </message>
    <message>
      <source>Envoie par Peppol la facture électronique des factures choisies (Ctrl+E)</source>
      <translation>Sends the e-invoice of the chosen invoices over Peppol (Ctrl+E)</translation>
    </message>
    <message>
      <source>Envois par e-mail</source>
      <translation>E-mails sent</translation>
    </message>
    <message>
      <source>Envoyer l'e-&amp;facture</source>
      <translation>Send the e-&amp;invoice</translation>
    </message>
    <message>
      <source>Envoyer la file</source>
      <translation>Send the queue</translation>
    </message>
    <message>
      <source>Envoyer par e-&amp;mail…</source>
      <translation>Send by e-&amp;mail…</translation>
    </message>
    <message>
      <source>Envoyer par e-mail</source>
      <translation>Send by e-mail</translation>
    </message>
    <message>
      <source>Envoyé le</source>
      <translation>Sent on</translation>
    </message>
    <message>
      <source>Envoyées</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Espèces</source>
      <translation>Cash</translation>
    </message>
    <message>
      <source>Estimation : le retour réel n'est pas encore saisi.</source>
      <translation>Estimate: the actual return has not been entered yet.</translation>
    </message>
    <message>
      <source>Export des journaux</source>
      <translation>Journal export</translation>
    </message>
    <message>
      <source>Exporter en &amp;CSV…</source>
      <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
      <source>Exporter le relevé</source>
      <translation>Export the statement</translation>
    </message>
    <message>
      <source>Exporter les journaux</source>
      <translation>Export the journals</translation>
    </message>
    <message>
      <source>Exporter les journaux (CSV)…</source>
      <translation>Export the journals (CSV)…</translation>
    </message>
    <message>
      <source>Extourne</source>
      <translation>Reversal</translation>
    </message>
    <message>
      <source>Extourne de</source>
      <translation>Reverses</translation>
    </message>
    <message>
      <source>Extourne du règlement {id}</source>
      <translation>Reversal of payment {id}</translation>
    </message>
    <message>
      <source>Extourne {id} enregistrée : {amount}.</source>
      <translation>Reversal {id} saved: {amount}.</translation>
    </message>
    <message>
      <source>Extourner le règlement {id} de {amount} ?</source>
      <translation>Reverse payment {id} of {amount}?</translation>
    </message>
    <message>
      <source>FACTURE</source>
      <translation>INVOICE</translation>
    </message>
    <message>
      <source>Facturation</source>
      <translation>Invoicing</translation>
    </message>
    <message>
      <source>Facture</source>
      <translation>Invoice</translation>
    </message>
    <message>
      <source>Facture introuvable sur ce contrat ou déjà annulée.</source>
      <translation>Invoice not found on this contract or already cancelled.</translation>
    </message>
    <message>
      <source>Facture introuvable.</source>
      <translation>Invoice not found.</translation>
    </message>
    <message>
      <source>Facture {reference} : {payer} ({role}), {total} TVAC, {ogm}</source>
      <translation>Invoice {reference}: {payer} ({role}), {total} incl. VAT, {ogm}</translation>
    </message>
    <message>
      <source>Facture {reference} introuvable.</source>
      <translation>Invoice {reference} not found.</translation>
    </message>
    <message>
      <source>Facture(s) n° {numbers}</source>
      <translation>Invoice(s) no. {numbers}</translation>
    </message>
    <message>
      <source>Facture(s) émise(s) : {numbers}</source>
      <translation>Invoice(s) issued: {numbers}</translation>
    </message>
    <message>
      <source>Facturer le contrat</source>
      <translation>Invoice the contract</translation>
    </message>
    <message>
      <source>Facturer le contrat {reference} (données enregistrées) ?

{lines}

Une fois facturé, le contrat ne pourra plus être modifié. « Projet de facture… » montre d'abord les factures sans les numéroter.</source>
      <translation>Invoice contract {reference} (saved data)?

{lines}

Once invoiced, the contract can no longer be changed. "Draft invoice…" first shows the invoices without numbering them.</translation>
    </message>
    <message>
      <source>Factures</source>
      <translation>Invoices</translation>
    </message>
    <message>
      <source>Factures UBL (*.xml)</source>
      <translation>UBL invoices (*.xml)</translation>
    </message>
    <message>
      <source>Factures location</source>
      <translation>Rental invoices</translation>
    </message>
    <message>
      <source>Facturé</source>
      <translation>Invoiced</translation>
    </message>
    <message>
      <source>Facturé au bénéficiaire</source>
      <translation>Invoiced to the beneficiary</translation>
    </message>
    <message>
      <source>Facturé ce mois</source>
      <translation>Invoiced this month</translation>
    </message>
    <message>
      <source>Facturé à</source>
      <translation>Invoiced to</translation>
    </message>
    <message>
      <source>Facturé à (prise en charge)</source>
      <translation>Invoiced to (cover)</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>Flotte du site {code}</source>
      <translation>Fleet of site {code}</translation>
    </message>
    <message>
      <source>Frais de nettoyage</source>
      <translation>Cleaning fee</translation>
    </message>
    <message>
      <source>Frais de remplissage</source>
      <translation>Refuelling fee</translation>
    </message>
    <message>
      <source>Frais de remplissage (€ HTVA) :</source>
      <translation>Refuelling fee (€ excl. VAT):</translation>
    </message>
    <message>
      <source>Garder la caution pour payer les factures du payeur</source>
      <translation>Keep the deposit to pay the payer's invoices</translation>
    </message>
    <message>
      <source>Grille, ligne {row}</source>
      <translation>Grid, row {row}</translation>
    </message>
    <message>
      <source>HTVA</source>
      <translation>Excl. VAT</translation>
    </message>
    <message>
      <source>Identifiant Peppol :</source>
      <translation>Peppol identifier:</translation>
    </message>
    <message>
      <source>Impression contrat</source>
      <translation>Contract printing</translation>
    </message>
    <message>
      <source>Imprimer</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Imputer la caution de {payer} sur ses factures (au plus ce qu'il doit, au plus {held}) ?</source>
      <translation>Apply {payer}'s deposit to their invoices (at most what they owe, at most {held})?</translation>
    </message>
    <message>
      <source>Imputer…</source>
      <translation>Apply…</translation>
    </message>
    <message>
      <source>Intitulé</source>
      <translation>Label</translation>
    </message>
    <message>
      <source>Intitulé :</source>
      <translation>Label:</translation>
    </message>
    <message>
      <source>Jour de location = 24 heures à partir de l'heure de départ ; un dépassement de {grace} minutes au plus n'est pas compté ; minimum 1 jour.</source>
      <translation>Rental day = 24 hours from the departure time; being late by {grace} minutes at most is not counted; minimum 1 day.</translation>
    </message>
    <message>
      <source>Jour supp.
HTVA</source>
      <translation>Extra day
excl. VAT</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <source>Journal des ventes</source>
      <translation>Sales journal</translation>
    </message>
    <message>
      <source>Journal des ventes : {sales} ; règlements : {payments}</source>
      <translation>Sales journal: {sales}; payments: {payments}</translation>
    </message>
    <message>
      <source>Jours</source>
      <translation>Days</translation>
    </message>
    <message>
      <source>Jours Base</source>
      <translation>Base days</translation>
    </message>
    <message>
      <source>Jours Base :</source>
      <translation>Base days:</translation>
    </message>
    <message>
      <source>Jours PEC</source>
      <translation>PEC days</translation>
    </message>
    <message>
      <source>Jours accordés</source>
      <translation>Days granted</translation>
    </message>
    <message>
      <source>Jours accordés en plus :</source>
      <translation>Days granted in addition:</translation>
    </message>
    <message>
      <source>Jours ajoutés</source>
      <translation>Days added</translation>
    </message>
    <message>
      <source>Jours au-delà du forfait de {days} jour(s)</source>
      <translation>Days beyond the {days}-day package</translation>
    </message>
    <message>
      <source>Jours client</source>
      <translation>Customer days</translation>
    </message>
    <message>
      <source>Jours loués</source>
      <translation>Days rented</translation>
    </message>
    <message>
      <source>Kilomètres supplémentaires</source>
      <translation>Extra kilometres</translation>
    </message>
    <message>
      <source>Kilométrage actuel</source>
      <translation>Current mileage</translation>
    </message>
    <message>
      <source>Kilométrage actuel :</source>
      <translation>Current mileage:</translation>
    </message>
    <message>
      <source>Kilométrage au départ</source>
      <translation>Odometer at departure</translation>
    </message>
    <message>
      <source>Kilométrage au retour</source>
      <translation>Odometer at return</translation>
    </message>
    <message>
      <source>Kilométrage départ</source>
      <translation>Mileage at departure</translation>
    </message>
    <message>
      <source>Kilométrage départ / retour :</source>
      <translation>Mileage departure / return:</translation>
    </message>
    <message>
      <source>Kilométrage retour</source>
      <translation>Mileage at return</translation>
    </message>
    <message>
      <source>Km</source>
      <translation>Km</translation>
    </message>
    <message>
      <source>Km inclus / jour
(vide = illimité)</source>
      <translation>Included km / day
(empty = unlimited)</translation>
    </message>
    <message>
      <source>L'accord {label}</source>
      <translation>The agreement {label}</translation>
    </message>
    <message>
      <source>L'historique des prolongations ne se modifie pas : une erreur se corrige par une nouvelle prolongation.</source>
      <translation>The history of extensions is never changed: a mistake is corrected by a new extension.</translation>
    </message>
    <message>
      <source>La part de l'assistance ({share} HTVA) lui est facturée ; la TVA de {vat} sur cette part est à votre charge.</source>
      <translation>The assistance company's share ({share} excl. VAT) is invoiced to it; the VAT of {vat} on that share is yours to pay.</translation>
    </message>
    <message>
      <source>La réparation {number} est terminée depuis le {when} : le véhicule de remplacement peut rentrer (retour prévu actuellement le {planned}).</source>
      <translation>Repair {number} has been finished since {when}: the replacement car can come back (return now planned on {planned}).</translation>
    </message>
    <message>
      <source>La transmission de {reference} n'a pas été confirmée : le fournisseur l'a peut-être reçue.

Avez-vous vérifié chez votre fournisseur Peppol qu'elle n'est pas arrivée ? Elle sera renvoyée avec le même identifiant (pas de doublon chez un fournisseur qui l'a déjà).</source>
      <translation>The transmission of {reference} was not confirmed: the provider may have received it.

Did you check with your Peppol provider that it did not arrive? It will be sent again with the same identifier (no duplicate at a provider that already has it).</translation>
    </message>
    <message>
      <source>Le client {name}</source>
      <translation>The customer {name}</translation>
    </message>
    <message>
      <source>Le dossier {number}</source>
      <translation>Dossier {number}</translation>
    </message>
    <message>
      <source>Le dossier {number} est annulé.</source>
      <translation>Dossier {number} is cancelled.</translation>
    </message>
    <message>
      <source>Le dossier {number} est facturé : il ne peut plus être modifié. Annulez d'abord la facture par une note de crédit.</source>
      <translation>Dossier {number} is invoiced: it can no longer be changed. First cancel the invoice with a credit note.</translation>
    </message>
    <message>
      <source>Le dossier {number} est facturé ou annulé : ses suppléments ne changent plus.</source>
      <translation>File {number} is invoiced or cancelled: its extras no longer change.</translation>
    </message>
    <message>
      <source>Le dossier {number} ne peut plus être converti.</source>
      <translation>Dossier {number} can no longer be converted.</translation>
    </message>
    <message>
      <source>Le montant {amount} ne correspond pas au solde de {payer} ({due}).</source>
      <translation>The amount {amount} does not match the balance of {payer} ({due}).</translation>
    </message>
    <message>
      <source>Le nouveau retour doit suivre le retour prévu actuel.</source>
      <translation>The new return must come after the current planned return.</translation>
    </message>
    <message>
      <source>Le tarif client s'applique à ce que la prise en charge ne couvre pas : jours au-delà de la durée PEC, kilomètres supplémentaires, carburant, nettoyage.</source>
      <translation>The customer tariff applies to what the coverage does not include: days beyond the PEC duration, extra kilometres, fuel, cleaning.</translation>
    </message>
    <message>
      <source>Le tarif {name}</source>
      <translation>The tariff {name}</translation>
    </message>
    <message>
      <source>Le trousseau du système refuse le mot de passe : {detail}</source>
      <translation>The system keyring refuses the password: {detail}</translation>
    </message>
    <message>
      <source>Le véhicule du contrat {number} est parti : enregistrez son retour au lieu d'annuler.</source>
      <translation>The vehicle of contract {number} has left: record its return instead of cancelling.</translation>
    </message>
    <message>
      <source>Le véhicule {plate}</source>
      <translation>The vehicle {plate}</translation>
    </message>
    <message>
      <source>Les factures que la validation émettra, en un PDF marqué « projet », sans numéro : rien n'est enregistré.</source>
      <translation>The invoices validation will issue, in one PDF marked "draft", without numbers: nothing is saved.</translation>
    </message>
    <message>
      <source>Les factures, notes de crédit et règlements émis ne peuvent pas être modifiés en masse.</source>
      <translation>Issued invoices, credit notes and payments cannot be changed in bulk.</translation>
    </message>
    <message>
      <source>Les jours accordés s'ajoutent à la durée PEC : ils sont à charge de l'assistance.</source>
      <translation>The days granted are added to the PEC duration: the assistance company pays them.</translation>
    </message>
    <message>
      <source>Les jours au-delà de ce qui est accordé sont à charge du client, au tarif client.</source>
      <translation>The days beyond what is granted are paid by the customer, at the customer tariff.</translation>
    </message>
    <message>
      <source>Libellé</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Libellé :</source>
      <translation>Label:</translation>
    </message>
    <message>
      <source>Lier une réparation…</source>
      <translation>Link a repair…</translation>
    </message>
    <message>
      <source>Lignes de règlement</source>
      <translation>Payment lines</translation>
    </message>
    <message>
      <source>Livrées</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <source>Localité</source>
      <translation>Town</translation>
    </message>
    <message>
      <source>Localité :</source>
      <translation>Town:</translation>
    </message>
    <message>
      <source>Location : dossiers du site {site}…</source>
      <translation>Rental: dossiers of site {site}…</translation>
    </message>
    <message>
      <source>Location : dépassement du plafond journalier de l'assistance</source>
      <translation>Rental: above the assistance company's daily cap</translation>
    </message>
    <message>
      <source>Location : part non prise en charge ({pct} %)</source>
      <translation>Rental: share not covered ({pct} %)</translation>
    </message>
    <message>
      <source>Location : tarifs et accords de démonstration…</source>
      <translation>Rental: demo tariffs and agreements…</translation>
    </message>
    <message>
      <source>Location : {days} jour(s), dont {extra} jour(s) en plus à charge du client.</source>
      <translation>Rental: {days} day(s), of which {extra} more day(s) paid by the customer.</translation>
    </message>
    <message>
      <source>Location au site {code}</source>
      <translation>Rental at site {code}</translation>
    </message>
    <message>
      <source>Location catégorie {category} – forfait {days} jour(s) – {tariff}</source>
      <translation>Rental category {category} – {days}-day package – {tariff}</translation>
    </message>
    <message>
      <source>Location – back-office</source>
      <translation>Rental – back office</translation>
    </message>
    <message>
      <source>Marquer &amp;réparé…</source>
      <translation>Mark &amp;repaired…</translation>
    </message>
    <message>
      <source>Marquer réparé…</source>
      <translation>Mark repaired…</translation>
    </message>
    <message>
      <source>Marquer « {what} » ({plate}) comme réparé ?</source>
      <translation>Mark "{what}" ({plate}) as repaired?</translation>
    </message>
    <message>
      <source>Marquer « {what} » comme réparé ? Il restera dans l'historique du véhicule.</source>
      <translation>Mark "{what}" as repaired? It stays in the car's history.</translation>
    </message>
    <message>
      <source>Merci de régler le solde de {amount} sur le compte {iban} en rappelant les communications structurées de chaque facture.</source>
      <translation>Please pay the balance of {amount} to account {iban} quoting each invoice's structured communication.</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>Mode :</source>
      <translation>Method:</translation>
    </message>
    <message>
      <source>Mode de paiement</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Modèle</source>
      <translation>Model</translation>
    </message>
    <message>
      <source>Modèle :</source>
      <translation>Model:</translation>
    </message>
    <message>
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Mois :</source>
      <translation>Month:</translation>
    </message>
    <message>
      <source>Mois »</source>
      <translation>Month »</translation>
    </message>
    <message>
      <source>Moment</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Moment :</source>
      <translation>When:</translation>
    </message>
    <message>
      <source>Montant</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Montant (€)</source>
      <translation>Amount (€)</translation>
    </message>
    <message>
      <source>Montant (€) :</source>
      <translation>Amount (€):</translation>
    </message>
    <message>
      <source>Montant HTVA</source>
      <translation>Amount excl. VAT</translation>
    </message>
    <message>
      <source>Montant des dommages</source>
      <translation>Damage amount</translation>
    </message>
    <message>
      <source>Montants à charge du client</source>
      <translation>Amounts payable by the customer</translation>
    </message>
    <message>
      <source>Mot de passe</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Mot de passe SMTP : </source>
      <translation>SMTP password: </translation>
    </message>
    <message>
      <source>Motif (e-facture)</source>
      <translation>Reason (e-invoice)</translation>
    </message>
    <message>
      <source>Motif : {message}</source>
      <translation>Reason: {message}</translation>
    </message>
    <message>
      <source>Motif de l'annulation :</source>
      <translation>Reason for the cancellation:</translation>
    </message>
    <message>
      <source>Motif de l'extourne :</source>
      <translation>Reason for the reversal:</translation>
    </message>
    <message>
      <source>NOTE DE CRÉDIT</source>
      <translation>CREDIT NOTE</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Nettoyage (€ HTVA) :</source>
      <translation>Cleaning (€ excl. VAT):</translation>
    </message>
    <message>
      <source>Nettoyage du véhicule</source>
      <translation>Vehicle cleaning</translation>
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
      <source>Note de crédit</source>
      <translation>Credit note</translation>
    </message>
    <message>
      <source>Note de crédit {reference} : annule {invoice} ({total} TVAC).</source>
      <translation>Credit note {reference}: cancels {invoice} ({total} incl. VAT).</translation>
    </message>
    <message>
      <source>Notes de crédit</source>
      <translation>Credit notes</translation>
    </message>
    <message>
      <source>Noté le</source>
      <translation>Noted on</translation>
    </message>
    <message>
      <source>Noté par</source>
      <translation>Noted by</translation>
    </message>
    <message>
      <source>Nouveau : {kind}</source>
      <translation>New: {kind}</translation>
    </message>
    <message>
      <source>Nouveau client</source>
      <translation>New customer</translation>
    </message>
    <message>
      <source>Nouveau contrat</source>
      <translation>New contract</translation>
    </message>
    <message>
      <source>Nouveau devis</source>
      <translation>New quote</translation>
    </message>
    <message>
      <source>Nouveau dommage</source>
      <translation>New damage</translation>
    </message>
    <message>
      <source>Nouveau retour prévu :</source>
      <translation>New planned return:</translation>
    </message>
    <message>
      <source>Nouveau règlement</source>
      <translation>New payment</translation>
    </message>
    <message>
      <source>Nouveau…</source>
      <translation>New…</translation>
    </message>
    <message>
      <source>Nouvelle réservation</source>
      <translation>New reservation</translation>
    </message>
    <message>
      <source>Numéro</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Numéro d'entreprise</source>
      <translation>Enterprise number</translation>
    </message>
    <message>
      <source>Numéro d'entreprise :</source>
      <translation>Enterprise number:</translation>
    </message>
    <message>
      <source>Numéro de TVA</source>
      <translation>VAT number</translation>
    </message>
    <message>
      <source>Numéro de TVA :</source>
      <translation>VAT number:</translation>
    </message>
    <message>
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>N° &lt;b&gt;{reference}&lt;/b&gt;</source>
      <translation>No. &lt;b&gt;{reference}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>N° TVA</source>
      <translation>VAT no.</translation>
    </message>
    <message>
      <source>N° assistance</source>
      <translation>Assistance no.</translation>
    </message>
    <message>
      <source>N° attribué à la validation</source>
      <translation>No. given at validation</translation>
    </message>
    <message>
      <source>N° d'autorisation</source>
      <translation>Authorisation no.</translation>
    </message>
    <message>
      <source>N° d'autorisation :</source>
      <translation>Authorisation no.:</translation>
    </message>
    <message>
      <source>N° d'entreprise : {number}</source>
      <translation>Company no.: {number}</translation>
    </message>
    <message>
      <source>N° du dossier de réparation :</source>
      <translation>Repair file no.:</translation>
    </message>
    <message>
      <source>P.U. HTVA</source>
      <translation>Unit price excl. VAT</translation>
    </message>
    <message>
      <source>PDF (sans TVA)</source>
      <translation>PDF (no VAT)</translation>
    </message>
    <message>
      <source>PDF écrit : {path}</source>
      <translation>PDF written: {path}</translation>
    </message>
    <message>
      <source>PEC</source>
      <translation>PEC</translation>
    </message>
    <message>
      <source>PEC Accord National</source>
      <translation>PEC national agreement</translation>
    </message>
    <message>
      <source>PEC Accord National :</source>
      <translation>PEC national agreement:</translation>
    </message>
    <message>
      <source>PEC Carburant :</source>
      <translation>PEC fuel:</translation>
    </message>
    <message>
      <source>PEC Catégorie</source>
      <translation>PEC category</translation>
    </message>
    <message>
      <source>PEC Catégorie :</source>
      <translation>PEC category:</translation>
    </message>
    <message>
      <source>PEC Durée</source>
      <translation>PEC duration</translation>
    </message>
    <message>
      <source>PEC Durée (accord initial) :</source>
      <translation>PEC duration (first authorised):</translation>
    </message>
    <message>
      <source>PEC Km Supp</source>
      <translation>PEC extra km</translation>
    </message>
    <message>
      <source>PEC Km Supp :</source>
      <translation>PEC extra km:</translation>
    </message>
    <message>
      <source>PEC seulement</source>
      <translation>PEC only</translation>
    </message>
    <message>
      <source>PROJET</source>
      <translation>DRAFT</translation>
    </message>
    <message>
      <source>PROJET DE FACTURE</source>
      <translation>DRAFT INVOICE</translation>
    </message>
    <message>
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Par défaut</source>
      <translation>Default</translation>
    </message>
    <message>
      <source>Paramètres SMTP du site {site} enregistrés.</source>
      <translation>SMTP settings of site {site} saved.</translation>
    </message>
    <message>
      <source>Paramètres de location enregistrés.</source>
      <translation>Rental settings saved.</translation>
    </message>
    <message>
      <source>Paramètres du site</source>
      <translation>Site settings</translation>
    </message>
    <message>
      <source>Paramètres e-mail…</source>
      <translation>E-mail settings…</translation>
    </message>
    <message>
      <source>Paramètres enregistrés.</source>
      <translation>Settings saved.</translation>
    </message>
    <message>
      <source>Part de l'assistance (%)</source>
      <translation>Assistance company's share (%)</translation>
    </message>
    <message>
      <source>Part de l'assistance (%) :</source>
      <translation>Assistance company's share (%):</translation>
    </message>
    <message>
      <source>Part de l'assistance : base de la TVA à votre charge</source>
      <translation>Assistance company's share: base of the VAT you pay</translation>
    </message>
    <message>
      <source>Part de l'assistance : facturée à l'assistance hors TVA</source>
      <translation>Assistance company's share: invoiced to it without VAT</translation>
    </message>
    <message>
      <source>Part du bénéficiaire : {pct} % de la location</source>
      <translation>Beneficiary's share: {pct} % of the rental</translation>
    </message>
    <message>
      <source>Partage de la facture</source>
      <translation>Bill split</translation>
    </message>
    <message>
      <source>Partage de la facture (accords de prise en charge) : l'assistance paie ce pourcentage de la location couverte, au plus le plafond par jour ; le bénéficiaire paie le reste.</source>
      <translation>Bill split (cover agreements): the assistance company pays this percentage of the covered rental, at most the cap per day; the beneficiary pays the rest.</translation>
    </message>
    <message>
      <source>Particulier</source>
      <translation>Individual</translation>
    </message>
    <message>
      <source>Pas de photo pour ce dommage.</source>
      <translation>No photo for this damage.</translation>
    </message>
    <message>
      <source>Pas encore facturé</source>
      <translation>Not invoiced yet</translation>
    </message>
    <message>
      <source>Payeur</source>
      <translation>Payer</translation>
    </message>
    <message>
      <source>Pays</source>
      <translation>Country</translation>
    </message>
    <message>
      <source>Pays :</source>
      <translation>Country:</translation>
    </message>
    <message>
      <source>Payé</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>Payé par</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <source>Payé par :</source>
      <translation>Paid by:</translation>
    </message>
    <message>
      <source>Payé par défaut par :</source>
      <translation>Paid by default by:</translation>
    </message>
    <message>
      <source>Pec Impression Contrat :</source>
      <translation>PEC contract printing:</translation>
    </message>
    <message>
      <source>Pec impression contrat</source>
      <translation>PEC contract printing</translation>
    </message>
    <message>
      <source>Peppol</source>
      <translation>Peppol</translation>
    </message>
    <message>
      <source>Permis</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>Permis de conduire</source>
      <translation>Driving licence</translation>
    </message>
    <message>
      <source>Permis de conduire :</source>
      <translation>Driving licence:</translation>
    </message>
    <message>
      <source>Permis n° {number}</source>
      <translation>Licence no. {number}</translation>
    </message>
    <message>
      <source>Photo illisible : {error}</source>
      <translation>Unreadable photo: {error}</translation>
    </message>
    <message>
      <source>Photo introuvable.</source>
      <translation>Photo not found.</translation>
    </message>
    <message>
      <source>Photo {name}</source>
      <translation>Photo {name}</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>Photos</translation>
    </message>
    <message>
      <source>Photos :</source>
      <translation>Photos:</translation>
    </message>
    <message>
      <source>Photos du dommage</source>
      <translation>Photos of the damage</translation>
    </message>
    <message>
      <source>Photos du dommage — {zone}</source>
      <translation>Photos of the damage — {zone}</translation>
    </message>
    <message>
      <source>Plafond</source>
      <translation>Cap</translation>
    </message>
    <message>
      <source>Plafond de l'assistance : {cap} € × {days} jour(s)</source>
      <translation>Assistance company's cap: {cap} € × {days} day(s)</translation>
    </message>
    <message>
      <source>Plafond journalier</source>
      <translation>Daily cap</translation>
    </message>
    <message>
      <source>Plafond journalier (€ HTVA) :</source>
      <translation>Daily cap (€ excl. VAT):</translation>
    </message>
    <message>
      <source>Planning location</source>
      <translation>Rental planning</translation>
    </message>
    <message>
      <source>Plaque</source>
      <translation>Plate</translation>
    </message>
    <message>
      <source>Plaque :</source>
      <translation>Plate:</translation>
    </message>
    <message>
      <source>Point d'accès Peppol — site {code}</source>
      <translation>Peppol access point — site {code}</translation>
    </message>
    <message>
      <source>Point d'accès Peppol…</source>
      <translation>Peppol access point…</translation>
    </message>
    <message>
      <source>Port SMTP</source>
      <translation>SMTP port</translation>
    </message>
    <message>
      <source>Pourquoi</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Prise en Charge</source>
      <translation>Coverage (PEC)</translation>
    </message>
    <message>
      <source>Prise en Charge :</source>
      <translation>Coverage (PEC):</translation>
    </message>
    <message>
      <source>Prise en charge</source>
      <translation>Cover (PEC)</translation>
    </message>
    <message>
      <source>Prise en charge (assistance)</source>
      <translation>Coverage (assistance company)</translation>
    </message>
    <message>
      <source>Prise en charge : {total} TVAC</source>
      <translation>Cover (PEC): {total} incl. VAT</translation>
    </message>
    <message>
      <source>Prix (€ HTVA) :</source>
      <translation>Price (€ excl. VAT):</translation>
    </message>
    <message>
      <source>Prix HTVA</source>
      <translation>Price excl. VAT</translation>
    </message>
    <message>
      <source>Prix du carburant par litre</source>
      <translation>Fuel price per litre</translation>
    </message>
    <message>
      <source>Prix km
supp.</source>
      <translation>Extra km
price</translation>
    </message>
    <message>
      <source>Prix unitaire HTVA</source>
      <translation>Unit price excl. VAT</translation>
    </message>
    <message>
      <source>Pro&amp;jet de facture…</source>
      <translation>Draft in&amp;voice…</translation>
    </message>
    <message>
      <source>Projet</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Projet de facture</source>
      <translation>Draft invoice</translation>
    </message>
    <message>
      <source>Projet de facture (sans numéro, rien d'enregistré) écrit : {path}</source>
      <translation>Draft invoice (no number, nothing saved) written: {path}</translation>
    </message>
    <message>
      <source>Projet, sans valeur de facture : le numéro, l'échéance et la communication structurée sont attribués à la validation. Ne payez pas ce document.</source>
      <translation>Draft, not an invoice: the number, the due date and the structured communication are given at validation. Do not pay this document.</translation>
    </message>
    <message>
      <source>Prolongation par l'assistance</source>
      <translation>Extension by the assistance company</translation>
    </message>
    <message>
      <source>Prolongation par le client</source>
      <translation>Extension by the customer</translation>
    </message>
    <message>
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <source>Prénom :</source>
      <translation>First name:</translation>
    </message>
    <message>
      <source>Préparation du PDF…</source>
      <translation>Preparing the PDF…</translation>
    </message>
    <message>
      <source>Prévoir le retour à cette date</source>
      <translation>Plan the return on that date</translation>
    </message>
    <message>
      <source>Période</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Période clôturée jusqu'au {until} inclus.</source>
      <translation>Period closed up to and including {until}.</translation>
    </message>
    <message>
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Quantité</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Quantité :</source>
      <translation>Quantity:</translation>
    </message>
    <message>
      <source>Quelles factures ?</source>
      <translation>Which invoices?</translation>
    </message>
    <message>
      <source>RELEVÉ DE COMPTE</source>
      <translation>STATEMENT OF ACCOUNT</translation>
    </message>
    <message>
      <source>Refusées</source>
      <translation>Refused</translation>
    </message>
    <message>
      <source>Relevé assistance…</source>
      <translation>Assistance statement…</translation>
    </message>
    <message>
      <source>Relevé mensuel d'une société d'assistance</source>
      <translation>An assistance company's monthly statement</translation>
    </message>
    <message>
      <source>Relevé {company} : reporté {opening}, facturé {invoiced}, crédité {credited}, payé {paid}, solde dû {closing}.</source>
      <translation>Statement {company}: brought forward {opening}, invoiced {invoiced}, credited {credited}, paid {paid}, balance due {closing}.</translation>
    </message>
    <message>
      <source>Relevé {company} {month}</source>
      <translation>Statement {company} {month}</translation>
    </message>
    <message>
      <source>Relevé {month} — page {page}</source>
      <translation>Statement {month} — page {page}</translation>
    </message>
    <message>
      <source>Remarque</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Remarque :</source>
      <translation>Note:</translation>
    </message>
    <message>
      <source>Remarques :</source>
      <translation>Notes:</translation>
    </message>
    <message>
      <source>Rembourser la caution</source>
      <translation>Refund the deposit</translation>
    </message>
    <message>
      <source>Rembourser {amount} de caution à {payer} ?</source>
      <translation>Refund {amount} of deposit to {payer}?</translation>
    </message>
    <message>
      <source>Rembourser…</source>
      <translation>Refund…</translation>
    </message>
    <message>
      <source>Remise</source>
      <translation>Discount</translation>
    </message>
    <message>
      <source>Remise (%) :</source>
      <translation>Discount (%):</translation>
    </message>
    <message>
      <source>Remise PEC</source>
      <translation>PEC discount</translation>
    </message>
    <message>
      <source>Remise client</source>
      <translation>Customer discount</translation>
    </message>
    <message>
      <source>Remise {pct} %</source>
      <translation>Discount {pct} %</translation>
    </message>
    <message>
      <source>Rentré, à facturer</source>
      <translation>Back, to invoice</translation>
    </message>
    <message>
      <source>Renvoyer la facture électronique</source>
      <translation>Send the e-invoice again</translation>
    </message>
    <message>
      <source>Renvoyer {reference} telle quelle ?

Motif du refus : {message}

Si la facture elle-même est en cause, annulez-la par une note de crédit et refacturez le contrat, puis renvoyez.</source>
      <translation>Send {reference} again as it is?

Reason of the refusal: {message}

If the invoice itself is at fault, cancel it with a credit note and invoice the contract again, then send again.</translation>
    </message>
    <message>
      <source>Reste dû</source>
      <translation>Still due</translation>
    </message>
    <message>
      <source>Retirer le supplément</source>
      <translation>Remove the extra</translation>
    </message>
    <message>
      <source>Retirer « {label} » (× {n}) du dossier ?</source>
      <translation>Remove "{label}" (× {n}) from the file?</translation>
    </message>
    <message>
      <source>Retour</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>Retour en retard</source>
      <translation>Overdue return</translation>
    </message>
    <message>
      <source>Retour prévu</source>
      <translation>Planned return</translation>
    </message>
    <message>
      <source>Retour prévu :</source>
      <translation>Planned return:</translation>
    </message>
    <message>
      <source>Retour prévu aujourd'hui</source>
      <translation>Return planned today</translation>
    </message>
    <message>
      <source>Retour réel</source>
      <translation>Actual return</translation>
    </message>
    <message>
      <source>Retour réel :</source>
      <translation>Actual return:</translation>
    </message>
    <message>
      <source>Rue</source>
      <translation>Street</translation>
    </message>
    <message>
      <source>Rue :</source>
      <translation>Street:</translation>
    </message>
    <message>
      <source>Règlement</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>Règlement introuvable.</source>
      <translation>Payment not found.</translation>
    </message>
    <message>
      <source>Règlement {id} enregistré : {amount} ({method}) par {payer}.</source>
      <translation>Payment {id} saved: {amount} ({method}) by {payer}.</translation>
    </message>
    <message>
      <source>Règlements</source>
      <translation>Payments</translation>
    </message>
    <message>
      <source>Règlements reçus</source>
      <translation>Payments received</translation>
    </message>
    <message>
      <source>Référence</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>Référence :</source>
      <translation>Reference:</translation>
    </message>
    <message>
      <source>Réparation</source>
      <translation>Repair</translation>
    </message>
    <message>
      <source>Réparation liée</source>
      <translation>Linked repair</translation>
    </message>
    <message>
      <source>Réparation liée :</source>
      <translation>Linked repair:</translation>
    </message>
    <message>
      <source>Réparation terminée : proposer le retour</source>
      <translation>Repair finished: propose the return</translation>
    </message>
    <message>
      <source>Réparé le</source>
      <translation>Repaired on</translation>
    </message>
    <message>
      <source>Réservation</source>
      <translation>Reservation</translation>
    </message>
    <message>
      <source>Réservoir (l)</source>
      <translation>Tank (l)</translation>
    </message>
    <message>
      <source>Réservoir (litres)</source>
      <translation>Tank (litres)</translation>
    </message>
    <message>
      <source>Réservoir (litres) :</source>
      <translation>Tank (litres):</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Saisi le</source>
      <translation>Entered on</translation>
    </message>
    <message>
      <source>Saisi par</source>
      <translation>Entered by</translation>
    </message>
    <message>
      <source>Saisissez le retour réel (date-heure, kilométrage, carburant) et enregistrez le contrat avant de le facturer.</source>
      <translation>Enter the actual return (date and time, odometer, fuel) and save the contract before invoicing it.</translation>
    </message>
    <message>
      <source>Second conducteur :</source>
      <translation>Second driver:</translation>
    </message>
    <message>
      <source>Semaine ›</source>
      <translation>Week ›</translation>
    </message>
    <message>
      <source>Serveur SMTP</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <source>Signature de l'agence</source>
      <translation>Signature of the agency</translation>
    </message>
    <message>
      <source>Signature du client (lu et approuvé)</source>
      <translation>Customer signature (read and approved)</translation>
    </message>
    <message>
      <source>Société</source>
      <translation>Company</translation>
    </message>
    <message>
      <source>Société d'assistance</source>
      <translation>Assistance company</translation>
    </message>
    <message>
      <source>Société d'assistance :</source>
      <translation>Assistance company:</translation>
    </message>
    <message>
      <source>Solde</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>Solde dû</source>
      <translation>Balance due</translation>
    </message>
    <message>
      <source>Solde dû au {date}</source>
      <translation>Balance due on {date}</translation>
    </message>
    <message>
      <source>Solde reporté</source>
      <translation>Balance brought forward</translation>
    </message>
    <message>
      <source>Solde reporté {opening} ; facturé {invoiced} ; notes de crédit {credited} ; règlements {paid} ; solde dû {closing} ({n} mouvement(s)).</source>
      <translation>Balance brought forward {opening}; invoiced {invoiced}; credit notes {credited}; payments {paid}; balance due {closing} ({n} movement(s)).</translation>
    </message>
    <message>
      <source>Soldes par payeur</source>
      <translation>Balances per payer</translation>
    </message>
    <message>
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Statut :</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Suivante ›</source>
      <translation>Next ›</translation>
    </message>
    <message>
      <source>Supplément</source>
      <translation>Extra</translation>
    </message>
    <message>
      <source>Supplément :</source>
      <translation>Extra:</translation>
    </message>
    <message>
      <source>Supplément introuvable.</source>
      <translation>Extra not found.</translation>
    </message>
    <message>
      <source>Supplément {code} ajouté au tarif {tariff}.</source>
      <translation>Extra {code} added to tariff {tariff}.</translation>
    </message>
    <message>
      <source>Suppléments</source>
      <translation>Extras</translation>
    </message>
    <message>
      <source>Supprimer la ligne</source>
      <translation>Remove the row</translation>
    </message>
    <message>
      <source>Sélectionnez d'abord la ligne de règlement à extourner.</source>
      <translation>First select the payment line to reverse.</translation>
    </message>
    <message>
      <source>Sélectionnez d'abord le supplément à retirer.</source>
      <translation>Select the extra to remove first.</translation>
    </message>
    <message>
      <source>Sélectionnez d'abord un dommage.</source>
      <translation>Select a damage first.</translation>
    </message>
    <message>
      <source>TVA</source>
      <translation>VAT</translation>
    </message>
    <message>
      <source>TVA : {vat}</source>
      <translation>VAT: {vat}</translation>
    </message>
    <message>
      <source>TVA client</source>
      <translation>VAT to customer</translation>
    </message>
    <message>
      <source>TVA non déductible par l'assistance : la TVA sur sa part ({share} € HTVA) est à charge du bénéficiaire</source>
      <translation>VAT not deductible by the assistance company: the VAT on its share ({share} € excl. VAT) is paid by the beneficiary</translation>
    </message>
    <message>
      <source>TVA non facturée à l'assistance : la TVA de {vat} sur ce montant est à charge du bénéficiaire et lui est facturée.</source>
      <translation>VAT not invoiced to the assistance company: the VAT of {vat} on this amount is paid by the beneficiary and invoiced to them.</translation>
    </message>
    <message>
      <source>TVA sur la part de l'assistance à charge du bénéficiaire</source>
      <translation>VAT on the assistance company's share paid by the beneficiary</translation>
    </message>
    <message>
      <source>TVAC</source>
      <translation>Incl. VAT</translation>
    </message>
    <message>
      <source>Tarif</source>
      <translation>Tariff</translation>
    </message>
    <message>
      <source>Tarif :</source>
      <translation>Tariff:</translation>
    </message>
    <message>
      <source>Tarif PEC</source>
      <translation>PEC tariff</translation>
    </message>
    <message>
      <source>Tarif client</source>
      <translation>Customer tariff</translation>
    </message>
    <message>
      <source>Tarif client :</source>
      <translation>Customer tariff:</translation>
    </message>
    <message>
      <source>Tarif de base</source>
      <translation>Base tariff</translation>
    </message>
    <message>
      <source>Tarif de base :</source>
      <translation>Base tariff:</translation>
    </message>
    <message>
      <source>Tarif de la prise en charge</source>
      <translation>Cover (PEC) tariff</translation>
    </message>
    <message>
      <source>Tarif introuvable.</source>
      <translation>Tariff not found.</translation>
    </message>
    <message>
      <source>Tarif {code} enregistré ({n} ligne(s) de grille).</source>
      <translation>Tariff {code} saved ({n} grid line(s)).</translation>
    </message>
    <message>
      <source>Tarif {code} introuvable.</source>
      <translation>Tariff {code} not found.</translation>
    </message>
    <message>
      <source>Tarifs</source>
      <translation>Tariffs</translation>
    </message>
    <message>
      <source>Taux TVA</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <source>Taux de TVA</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <source>Taux de TVA (%) :</source>
      <translation>VAT rate (%):</translation>
    </message>
    <message>
      <source>Test du point d'accès Peppol</source>
      <translation>Peppol access point test</translation>
    </message>
    <message>
      <source>Tolérance de retour</source>
      <translation>Return grace period</translation>
    </message>
    <message>
      <source>Tolérance de retour (minutes) :</source>
      <translation>Return grace period (minutes):</translation>
    </message>
    <message>
      <source>Total HTVA</source>
      <translation>Total excl. VAT</translation>
    </message>
    <message>
      <source>Total HTVA / TVAC</source>
      <translation>Total excl. / incl. VAT</translation>
    </message>
    <message>
      <source>Total PEC : {excl} € HTVA, TVA {vat} €, {incl} € TVAC</source>
      <translation>PEC total: {excl} € excl. VAT, VAT {vat} €, {incl} € incl. VAT</translation>
    </message>
    <message>
      <source>Total TVAC</source>
      <translation>Total incl. VAT</translation>
    </message>
    <message>
      <source>Total client : {excl} € HTVA, TVA {vat} €, {incl} € TVAC</source>
      <translation>Customer total: {excl} € excl. VAT, VAT {vat} €, {incl} € incl. VAT</translation>
    </message>
    <message>
      <source>Total contrat</source>
      <translation>Contract total</translation>
    </message>
    <message>
      <source>Tous les types</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <source>Toutes les e-factures</source>
      <translation>All e-invoices</translation>
    </message>
    <message>
      <source>Toutes les tâches</source>
      <translation>All tasks</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Type :</source>
      <translation>Type:</translation>
    </message>
    <message>
      <source>Type de dossier</source>
      <translation>Dossier kind</translation>
    </message>
    <message>
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Téléphone / e-mail :</source>
      <translation>Phone / e-mail:</translation>
    </message>
    <message>
      <source>Téléphone :</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <source>Téléphone du contact</source>
      <translation>Contact's phone</translation>
    </message>
    <message>
      <source>Un règlement enregistré ne peut être ni modifié ni supprimé : saisissez une ligne d'extourne.</source>
      <translation>A saved payment can be neither changed nor deleted: enter a reversing line.</translation>
    </message>
    <message>
      <source>Une facture ou une note de crédit émise ne peut être ni modifiée ni supprimée : annulez-la par une note de crédit.</source>
      <translation>An issued invoice or credit note can be neither changed nor deleted: cancel it with a credit note.</translation>
    </message>
    <message>
      <source>Une ligne d'extourne ne s'extourne pas.</source>
      <translation>A reversing line cannot itself be reversed.</translation>
    </message>
    <message>
      <source>Unité</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Unité :</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <source>Utilisateur</source>
      <translation>User</translation>
    </message>
    <message>
      <source>VIN</source>
      <translation>VIN</translation>
    </message>
    <message>
      <source>VIN :</source>
      <translation>VIN:</translation>
    </message>
    <message>
      <source>Virement</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <source>Véhicule</source>
      <translation>Vehicle</translation>
    </message>
    <message>
      <source>Véhicule :</source>
      <translation>Vehicle:</translation>
    </message>
    <message>
      <source>Véhicule de remplacement</source>
      <translation>Replacement car</translation>
    </message>
    <message>
      <source>Véhicule de remplacement introuvable.</source>
      <translation>Replacement car not found.</translation>
    </message>
    <message>
      <source>Véhicule {plate} enregistré.</source>
      <translation>Car {plate} saved.</translation>
    </message>
    <message>
      <source>Véhicule {plate} introuvable sur ce site.</source>
      <translation>Car {plate} not found at this site.</translation>
    </message>
    <message>
      <source>accord jusqu'au {agreed}, réparation {repair} prévue jusqu'au {end}</source>
      <translation>agreed until {agreed}, repair {repair} planned until {end}</translation>
    </message>
    <message>
      <source>actif</source>
      <translation>active</translation>
    </message>
    <message>
      <source>actif (décocher si l'accord est rompu)</source>
      <translation>active (untick when the agreement is terminated)</translation>
    </message>
    <message>
      <source>adresse e-mail invalide</source>
      <translation>invalid e-mail address</translation>
    </message>
    <message>
      <source>annule {reference}</source>
      <translation>cancels {reference}</translation>
    </message>
    <message>
      <source>annulé</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>annulée</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>annulée par {reference}</source>
      <translation>cancelled by {reference}</translation>
    </message>
    <message>
      <source>annulés aussi</source>
      <translation>cancelled too</translation>
    </message>
    <message>
      <source>antérieur</source>
      <translation>earlier</translation>
    </message>
    <message>
      <source>août</source>
      <translation>August</translation>
    </message>
    <message>
      <source>assistance</source>
      <translation>assistance company</translation>
    </message>
    <message>
      <source>au</source>
      <translation>to</translation>
    </message>
    <message>
      <source>au moins 1 jour</source>
      <translation>at least 1 day</translation>
    </message>
    <message>
      <source>au moins 1 jour (vide = automatique)</source>
      <translation>at least 1 day (empty = automatic)</translation>
    </message>
    <message>
      <source>au moins 1 jour (vide = jours couverts)</source>
      <translation>at least 1 day (empty = covered days)</translation>
    </message>
    <message>
      <source>au plus ce que {payer} doit ({due})</source>
      <translation>at most what {payer} owes ({due})</translation>
    </message>
    <message>
      <source>au plus la caution détenue ({held})</source>
      <translation>at most the deposit held ({held})</translation>
    </message>
    <message>
      <source>aucun</source>
      <translation>none</translation>
    </message>
    <message>
      <source>aucun supplément {code} au catalogue des tarifs du dossier</source>
      <translation>no extra {code} in the catalogue of the file's tariffs</translation>
    </message>
    <message>
      <source>aucun tarif {code}</source>
      <translation>no tariff {code}</translation>
    </message>
    <message>
      <source>aucun véhicule {plate} sur ce site</source>
      <translation>no car {plate} at this site</translation>
    </message>
    <message>
      <source>aucune</source>
      <translation>none</translation>
    </message>
    <message>
      <source>aucune caution n'est détenue pour ce contrat</source>
      <translation>no deposit is held for this contract</translation>
    </message>
    <message>
      <source>aucune réparation liée</source>
      <translation>no linked repair</translation>
    </message>
    <message>
      <source>avril</source>
      <translation>April</translation>
    </message>
    <message>
      <source>carburant manquant</source>
      <translation>missing fuel</translation>
    </message>
    <message>
      <source>carburant pris en charge par l'assistance</source>
      <translation>fuel covered by the assistance company</translation>
    </message>
    <message>
      <source>catégorie du véhicule {vehicle} différente de la catégorie PEC {pec}</source>
      <translation>vehicle category {vehicle} differs from PEC category {pec}</translation>
    </message>
    <message>
      <source>catégorie {vehicle} au lieu de {pec}</source>
      <translation>category {vehicle} instead of {pec}</translation>
    </message>
    <message>
      <source>caution</source>
      <translation>deposit</translation>
    </message>
    <message>
      <source>ce dossier</source>
      <translation>this file</translation>
    </message>
    <message>
      <source>ce n'est pas une photo lisible (JPEG, PNG, WebP…)</source>
      <translation>not a readable photo (JPEG, PNG, WebP…)</translation>
    </message>
    <message>
      <source>ce qui est constaté : rayure, bosse, éclat…</source>
      <translation>what is found: scratch, dent, chip…</translation>
    </message>
    <message>
      <source>celle du tarif client</source>
      <translation>the customer tariff's</translation>
    </message>
    <message>
      <source>celui de l'accord</source>
      <translation>the agreement's</translation>
    </message>
    <message>
      <source>choisissez au moins une facture</source>
      <translation>choose at least one invoice</translation>
    </message>
    <message>
      <source>client</source>
      <translation>customer</translation>
    </message>
    <message>
      <source>client conducteur ou prise en charge</source>
      <translation>customer driver or coverage</translation>
    </message>
    <message>
      <source>client ou prise en charge</source>
      <translation>customer or cover</translation>
    </message>
    <message>
      <source>clé fournie par le fournisseur</source>
      <translation>key given by the provider</translation>
    </message>
    <message>
      <source>communication structurée invalide (format +++123/4567/89012+++ et contrôle modulo 97)</source>
      <translation>invalid structured communication (format +++123/4567/89012+++ and modulo 97 check)</translation>
    </message>
    <message>
      <source>dans le futur ({when}) : on ne facture qu'un véhicule rentré</source>
      <translation>in the future ({when}): only a car that is back is invoiced</translation>
    </message>
    <message>
      <source>date attendue au format jj-mm-aaaa : {value}</source>
      <translation>date expected as dd-mm-yyyy: {value}</translation>
    </message>
    <message>
      <source>date et heure attendues (jj-mm-aaaa HH:MM)</source>
      <translation>date and time expected (dd-mm-yyyy HH:MM)</translation>
    </message>
    <message>
      <source>deux décimales au plus</source>
      <translation>two decimals at most</translation>
    </message>
    <message>
      <source>devis, réservation ou contrat</source>
      <translation>quote, reservation or contract</translation>
    </message>
    <message>
      <source>di</source>
      <translation>Su</translation>
    </message>
    <message>
      <source>disponible</source>
      <translation>available</translation>
    </message>
    <message>
      <source>disponible, loué ou hors service</source>
      <translation>available, rented or out of service</translation>
    </message>
    <message>
      <source>doit être supérieur à zéro</source>
      <translation>must be greater than zero</translation>
    </message>
    <message>
      <source>dommages constatés au retour : {notes}</source>
      <translation>damage found at return: {notes}</translation>
    </message>
    <message>
      <source>dossier de réparation introuvable sur ce site</source>
      <translation>repair file not found at this site</translation>
    </message>
    <message>
      <source>dossier {number} – {plate} {owner} – {state}</source>
      <translation>file {number} – {plate} {owner} – {state}</translation>
    </message>
    <message>
      <source>du {start} au {end}</source>
      <translation>from {start} to {end}</translation>
    </message>
    <message>
      <source>décembre</source>
      <translation>December</translation>
    </message>
    <message>
      <source>départ</source>
      <translation>departure</translation>
    </message>
    <message>
      <source>départ, retour ou hors location</source>
      <translation>departure, return or outside a rental</translation>
    </message>
    <message>
      <source>en cours</source>
      <translation>out</translation>
    </message>
    <message>
      <source>entre 0 et 100 %</source>
      <translation>between 0 and 100 %</translation>
    </message>
    <message>
      <source>entre 0 et 100 %, deux décimales au plus</source>
      <translation>between 0 and 100 %, two decimals at most</translation>
    </message>
    <message>
      <source>entre 0 et 720 minutes</source>
      <translation>between 0 and 720 minutes</translation>
    </message>
    <message>
      <source>entre 0 et 8 huitièmes</source>
      <translation>between 0 and 8 eighths</translation>
    </message>
    <message>
      <source>entre 1 et 65535</source>
      <translation>between 1 and 65535</translation>
    </message>
    <message>
      <source>envoyé</source>
      <translation>sent</translation>
    </message>
    <message>
      <source>espèces, carte ou virement</source>
      <translation>cash, card or bank transfer</translation>
    </message>
    <message>
      <source>estimation sur le retour prévu</source>
      <translation>estimate on the planned return</translation>
    </message>
    <message>
      <source>ex. : aile avant droite</source>
      <translation>e.g. front right wing</translation>
    </message>
    <message>
      <source>extourne de la ligne {id}</source>
      <translation>reversal of line {id}</translation>
    </message>
    <message>
      <source>extournée par la ligne {id}</source>
      <translation>reversed by line {id}</translation>
    </message>
    <message>
      <source>facture {reference} absente de ce contrat</source>
      <translation>invoice {reference} is not on this contract</translation>
    </message>
    <message>
      <source>facturé</source>
      <translation>invoiced</translation>
    </message>
    <message>
      <source>fichier illisible : {path}</source>
      <translation>unreadable file: {path}</translation>
    </message>
    <message>
      <source>fichier vide</source>
      <translation>empty file</translation>
    </message>
    <message>
      <source>fin non planifiée</source>
      <translation>end not planned</translation>
    </message>
    <message>
      <source>fin prévue le {when}</source>
      <translation>end planned on {when}</translation>
    </message>
    <message>
      <source>forfait {n} jour(s)</source>
      <translation>{n}-day package</translation>
    </message>
    <message>
      <source>février</source>
      <translation>February</translation>
    </message>
    <message>
      <source>gestionnaire du dossier à l'assistance</source>
      <translation>file handler at the assistance company</translation>
    </message>
    <message>
      <source>hors location</source>
      <translation>outside a rental</translation>
    </message>
    <message>
      <source>hors service</source>
      <translation>out of service</translation>
    </message>
    <message>
      <source>inchangé si vide (gardé dans le trousseau du système)</source>
      <translation>unchanged if empty (kept in the system keyring)</translation>
    </message>
    <message>
      <source>inchangée si vide (gardée dans le trousseau du système)</source>
      <translation>unchanged if empty (kept in the system's keyring)</translation>
    </message>
    <message>
      <source>janvier</source>
      <translation>January</translation>
    </message>
    <message>
      <source>je</source>
      <translation>Th</translation>
    </message>
    <message>
      <source>juillet</source>
      <translation>July</translation>
    </message>
    <message>
      <source>juin</source>
      <translation>June</translation>
    </message>
    <message>
      <source>kilomètres supplémentaires</source>
      <translation>extra kilometres</translation>
    </message>
    <message>
      <source>l'accord {agreement} prend en charge {pct} % de la location de {base} € HTVA</source>
      <translation>agreement {agreement} covers {pct} % of the rental of {base} € excl. VAT</translation>
    </message>
    <message>
      <source>l'accord {label} n'est pas un accord de prise en charge</source>
      <translation>the agreement {label} is not a coverage (PEC) agreement</translation>
    </message>
    <message>
      <source>l'accord {label} n'est plus actif</source>
      <translation>the agreement {label} is no longer active</translation>
    </message>
    <message>
      <source>l'assistance paie au plus {cap} € HTVA par jour couvert, soit {limit} € pour {days} jour(s), sur {share} €</source>
      <translation>the assistance company pays at most {cap} € excl. VAT per covered day, so {limit} € for {days} day(s), of {share} €</translation>
    </message>
    <message>
      <source>la durée accordée au départ ({days} j) ne change plus après une prolongation : enregistrez une nouvelle prolongation</source>
      <translation>the duration first authorised ({days} d) no longer changes after an extension: enter a new extension</translation>
    </message>
    <message>
      <source>la fin de période précède son début</source>
      <translation>the end of the period is before its start</translation>
    </message>
    <message>
      <source>la plaque {plate} existe déjà</source>
      <translation>the plate {plate} already exists</translation>
    </message>
    <message>
      <source>la prise en charge (assistance)</source>
      <translation>the cover (assistance company)</translation>
    </message>
    <message>
      <source>la prise en charge ne paie que sur un dossier avec PEC</source>
      <translation>the cover only pays on a file with PEC</translation>
    </message>
    <message>
      <source>la période est clôturée jusqu'au {until} inclus</source>
      <translation>the period is closed up to and including {until}</translation>
    </message>
    <message>
      <source>la période est déjà clôturée jusqu'au {until} inclus</source>
      <translation>the period is already closed up to and including {until}</translation>
    </message>
    <message>
      <source>le client (bénéficiaire)</source>
      <translation>the customer (beneficiary)</translation>
    </message>
    <message>
      <source>le code {code} existe déjà</source>
      <translation>the code {code} already exists</translation>
    </message>
    <message>
      <source>le code {code} existe déjà dans ce tarif</source>
      <translation>code {code} already exists in this tariff</translation>
    </message>
    <message>
      <source>le compte d'un accord est une société</source>
      <translation>the account of an agreement is a company</translation>
    </message>
    <message>
      <source>le compteur ne peut pas baisser : le véhicule {plate} affiche déjà {km} km</source>
      <translation>the odometer cannot go down: vehicle {plate} already shows {km} km</translation>
    </message>
    <message>
      <source>le compteur ne peut pas baisser : {km_in} km au retour pour {km_out} km au départ</source>
      <translation>the odometer cannot go down: {km_in} km at return for {km_out} km at departure</translation>
    </message>
    <message>
      <source>le conducteur {name} n'a pas de numéro de permis</source>
      <translation>the driver {name} has no licence number</translation>
    </message>
    <message>
      <source>le dossier {number} concerne un autre véhicule</source>
      <translation>file {number} is about another car</translation>
    </message>
    <message>
      <source>le kilométrage ne peut pas baisser ({km_in} &lt; {km_out})</source>
      <translation>the mileage cannot go down ({km_in} &lt; {km_out})</translation>
    </message>
    <message>
      <source>le retour doit suivre le départ</source>
      <translation>the return must follow the departure</translation>
    </message>
    <message>
      <source>le retour prévu doit suivre le départ prévu</source>
      <translation>the planned return must follow the planned departure</translation>
    </message>
    <message>
      <source>le retour réel doit suivre le départ réel</source>
      <translation>the actual return must follow the actual departure</translation>
    </message>
    <message>
      <source>le tarif « {tariff} » n'a aucun prix pour la catégorie {category}</source>
      <translation>tariff "{tariff}" has no price for category {category}</translation>
    </message>
    <message>
      <source>le tarif « {tariff} » n'a pas de prix pour {days} jour(s) en catégorie {category}</source>
      <translation>tariff "{tariff}" has no price for {days} day(s) in category {category}</translation>
    </message>
    <message>
      <source>le véhicule {plate} est déjà réservé du {start} au {end} (dossier {number})</source>
      <translation>the vehicle {plate} is already booked from {start} to {end} (dossier {number})</translation>
    </message>
    <message>
      <source>le véhicule {plate} est déjà réservé sur cette période</source>
      <translation>the vehicle {plate} is already booked for this period</translation>
    </message>
    <message>
      <source>le véhicule {plate} est hors service</source>
      <translation>the vehicle {plate} is out of service</translation>
    </message>
    <message>
      <source>ligne {row} : CATÉGORIE:JOURS:PRIX:JOUR_SUPP[:KM_JOUR[:PRIX_KM]]</source>
      <translation>line {row}: CATEGORY:DAYS:PRICE:EXTRA_DAY[:KM_DAY[:KM_PRICE]]</translation>
    </message>
    <message>
      <source>loué</source>
      <translation>rented</translation>
    </message>
    <message>
      <source>lu</source>
      <translation>Mo</translation>
    </message>
    <message>
      <source>lu du numéro de TVA belge</source>
      <translation>read from the Belgian VAT number</translation>
    </message>
    <message>
      <source>ma</source>
      <translation>Tu</translation>
    </message>
    <message>
      <source>mai</source>
      <translation>May</translation>
    </message>
    <message>
      <source>mars</source>
      <translation>March</translation>
    </message>
    <message>
      <source>me</source>
      <translation>We</translation>
    </message>
    <message>
      <source>mois attendu au format aaaa-mm : {value}</source>
      <translation>month expected as yyyy-mm: {value}</translation>
    </message>
    <message>
      <source>montant trop élevé</source>
      <translation>amount too high</translation>
    </message>
    <message>
      <source>ne correspond pas au numéro de TVA {vat}</source>
      <translation>does not match the VAT number {vat}</translation>
    </message>
    <message>
      <source>ne peut pas précéder la facture du {day} ; un paiement reçu avant est un acompte</source>
      <translation>cannot precede the invoice of {day}; a payment received before is an advance</translation>
    </message>
    <message>
      <source>ne peut pas être dans le futur</source>
      <translation>cannot be in the future</translation>
    </message>
    <message>
      <source>ne peut pas être dans le futur ({when}) : saisissez-le quand le véhicule part ou rentre</source>
      <translation>cannot be in the future ({when}): enter it when the car leaves or comes back</translation>
    </message>
    <message>
      <source>ne peut pas être négatif</source>
      <translation>cannot be negative</translation>
    </message>
    <message>
      <source>nettoyage</source>
      <translation>cleaning</translation>
    </message>
    <message>
      <source>nettoyage à facturer</source>
      <translation>cleaning to be charged</translation>
    </message>
    <message>
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <source>note de crédit</source>
      <translation>credit note</translation>
    </message>
    <message>
      <source>novembre</source>
      <translation>November</translation>
    </message>
    <message>
      <source>numéro de TVA « {value} » invalide</source>
      <translation>VAT number “{value}” is invalid</translation>
    </message>
    <message>
      <source>numéro de châssis (VIN) invalide : 17 caractères, sans I, O ni Q</source>
      <translation>invalid chassis number (VIN): 17 characters, without I, O or Q</translation>
    </message>
    <message>
      <source>n° d'autorisation / de garantie de paiement</source>
      <translation>authorisation / payment guarantee no.</translation>
    </message>
    <message>
      <source>n° de dossier de la société d'assistance</source>
      <translation>assistance company file no.</translation>
    </message>
    <message>
      <source>obligatoire</source>
      <translation>required</translation>
    </message>
    <message>
      <source>obligatoire : le dossier ne demande pas de caution</source>
      <translation>required: the file asks no deposit</translation>
    </message>
    <message>
      <source>obligatoire : {why}</source>
      <translation>required: {why}</translation>
    </message>
    <message>
      <source>obligatoire : à qui adresser la facture ?</source>
      <translation>required: to whom should the invoice be addressed?</translation>
    </message>
    <message>
      <source>obligatoire avec --photo : ce que montrent les photos</source>
      <translation>required with --photo: what the photos show</translation>
    </message>
    <message>
      <source>obligatoire pour une prise en charge</source>
      <translation>required for a coverage (PEC)</translation>
    </message>
    <message>
      <source>obligatoire pour une prolongation par l'assistance</source>
      <translation>required for an extension by the assistance company</translation>
    </message>
    <message>
      <source>obligatoire pour une prolongation par le client</source>
      <translation>required for an extension by the customer</translation>
    </message>
    <message>
      <source>obligatoire pour une réservation ou un contrat</source>
      <translation>required for a reservation or a contract</translation>
    </message>
    <message>
      <source>obligatoire quand le kilométrage retour est saisi</source>
      <translation>required when the return mileage is entered</translation>
    </message>
    <message>
      <source>obligatoire quand le retour réel est saisi</source>
      <translation>required when the actual return is entered</translation>
    </message>
    <message>
      <source>octobre</source>
      <translation>October</translation>
    </message>
    <message>
      <source>offert sur les dossiers avec prise en charge</source>
      <translation>offered on dossiers with coverage (PEC)</translation>
    </message>
    <message>
      <source>option {option}</source>
      <translation>option {option}</translation>
    </message>
    <message>
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>ouvert</source>
      <translation>open</translation>
    </message>
    <message>
      <source>par jour</source>
      <translation>per day</translation>
    </message>
    <message>
      <source>par la société d'assistance…</source>
      <translation>by the assistance company…</translation>
    </message>
    <message>
      <source>par le client…</source>
      <translation>by the customer…</translation>
    </message>
    <message>
      <source>par location</source>
      <translation>per rental</translation>
    </message>
    <message>
      <source>par location ou par jour</source>
      <translation>per rental or per day</translation>
    </message>
    <message>
      <source>parti</source>
      <translation>left</translation>
    </message>
    <message>
      <source>particulier ou société</source>
      <translation>individual or company</translation>
    </message>
    <message>
      <source>partiellement payée</source>
      <translation>partly paid</translation>
    </message>
    <message>
      <source>payée</source>
      <translation>paid</translation>
    </message>
    <message>
      <source>prise en charge</source>
      <translation>cover</translation>
    </message>
    <message>
      <source>projet_{reference}</source>
      <translation>draft_{reference}</translation>
    </message>
    <message>
      <source>prolongation demandée par le client : {n} jour(s) au-delà des {pec} jour(s) pris en charge</source>
      <translation>extension requested by the customer: {n} day(s) beyond the {pec} covered day(s)</translation>
    </message>
    <message>
      <source>proposé sur les dossiers</source>
      <translation>offered on files</translation>
    </message>
    <message>
      <source>qui a appelé, pourquoi…</source>
      <translation>who called, why…</translation>
    </message>
    <message>
      <source>remise de {pct} % sur la location de {base} € HTVA</source>
      <translation>discount of {pct} % on the rental of {base} € excl. VAT</translation>
    </message>
    <message>
      <source>rentré</source>
      <translation>returned</translation>
    </message>
    <message>
      <source>retour</source>
      <translation>return</translation>
    </message>
    <message>
      <source>rien à facturer (total nul)</source>
      <translation>nothing to invoice (zero total)</translation>
    </message>
    <message>
      <source>rien à payer</source>
      <translation>nothing to pay</translation>
    </message>
    <message>
      <source>référence donnée par l'assistance</source>
      <translation>reference given by the assistance company</translation>
    </message>
    <message>
      <source>réparation {repair} terminée le {when}</source>
      <translation>repair {repair} finished on {when}</translation>
    </message>
    <message>
      <source>réparé le {when}</source>
      <translation>repaired on {when}</translation>
    </message>
    <message>
      <source>sa</source>
      <translation>Sa</translation>
    </message>
    <message>
      <source>septembre</source>
      <translation>September</translation>
    </message>
    <message>
      <source>seul un accord de prise en charge partage la facture</source>
      <translation>only a cover agreement splits the bill</translation>
    </message>
    <message>
      <source>seul un contrat (ni devis, ni réservation, ni annulé) se facture</source>
      <translation>only a contract (not a quote, a reservation or a cancelled file) can be invoiced</translation>
    </message>
    <message>
      <source>seul un dossier avec prise en charge peut être prolongé par l'assistance</source>
      <translation>only a dossier with coverage (PEC) can be extended by the assistance company</translation>
    </message>
    <message>
      <source>seule une période passée se clôture</source>
      <translation>only a past period can be closed</translation>
    </message>
    <message>
      <source>société d'assistance (prise en charge)</source>
      <translation>assistance company (coverage)</translation>
    </message>
    <message>
      <source>tarif par défaut des clients</source>
      <translation>default tariff for customers</translation>
    </message>
    <message>
      <source>terminée le {when}</source>
      <translation>finished on {when}</translation>
    </message>
    <message>
      <source>toujours dehors après la période accordée</source>
      <translation>still out after the agreed period</translation>
    </message>
    <message>
      <source>toutes les factures de {payer} sur ce contrat sont annulées par des notes de crédit : enregistrez-le comme acompte s'il le faut</source>
      <translation>every invoice of {payer} on this contract is cancelled by credit notes: record it as an advance if need be</translation>
    </message>
    <message>
      <source>un contrat demande un conducteur</source>
      <translation>a contract needs a driver</translation>
    </message>
    <message>
      <source>un devis se modifie, il ne se prolonge pas</source>
      <translation>a quote is changed, not extended</translation>
    </message>
    <message>
      <source>une location dure au plus {n} jours</source>
      <translation>a rental lasts {n} days at most</translation>
    </message>
    <message>
      <source>une note de crédit ne s'annule pas</source>
      <translation>a credit note cannot be cancelled</translation>
    </message>
    <message>
      <source>une prise en charge demande une durée et un tarif PEC</source>
      <translation>a coverage (PEC) needs a duration and a PEC tariff</translation>
    </message>
    <message>
      <source>une prolongation repousse le retour prévu</source>
      <translation>an extension moves the planned return later</translation>
    </message>
    <message>
      <source>une société d'assistance est une société</source>
      <translation>an assistance company is a company</translation>
    </message>
    <message>
      <source>ve</source>
      <translation>Fr</translation>
    </message>
    <message>
      <source>vide : 0208:numéro d'entreprise</source>
      <translation>empty: 0208:enterprise number</translation>
    </message>
    <message>
      <source>véhicule rendu sale</source>
      <translation>vehicle returned dirty</translation>
    </message>
    <message>
      <source>véhicule rendu sans le plein</source>
      <translation>vehicle returned without a full tank</translation>
    </message>
    <message>
      <source>{amount} dépasse le solde de {payer} ({due}) : enregistrez-le comme acompte s'il le faut</source>
      <translation>{amount} exceeds the balance of {payer} ({due}): record it as an advance if need be</translation>
    </message>
    <message>
      <source>{billed} jour(s) pris en charge par l'assistance (durée PEC {pec} j, location {days} j)</source>
      <translation>{billed} day(s) covered by the assistance company (PEC duration {pec} d, rental {days} d)</translation>
    </message>
    <message>
      <source>{category} pour {days} jour(s) figure deux fois</source>
      <translation>{category} for {days} day(s) appears twice</translation>
    </message>
    <message>
      <source>{days} jour(s) ; TVA {rate} %</source>
      <translation>{days} day(s); VAT {rate} %</translation>
    </message>
    <message>
      <source>{days} jour(s) facturé(s), TVA {rate} %</source>
      <translation>{days} day(s) charged, VAT {rate} %</translation>
    </message>
    <message>
      <source>{days} jours pour {pec} couverts</source>
      <translation>{days} days for {pec} covered</translation>
    </message>
    <message>
      <source>{days} jours pour {pec} couverts et {client} acceptés par le client : {n} jour(s) sans accord</source>
      <translation>{days} days for {pec} covered and {client} accepted by the customer: {n} day(s) nobody agreed to</translation>
    </message>
    <message>
      <source>{driven} km parcourus pour {allowed} km inclus</source>
      <translation>{driven} km driven for {allowed} km included</translation>
    </message>
    <message>
      <source>{kind} : {amount} ({journal} {debit} / {credit}) ; caution détenue : {held}.</source>
      <translation>{kind}: {amount} ({journal} {debit} / {credit}); deposit held: {held}.</translation>
    </message>
    <message>
      <source>{kind} {number}{pec}
{customer}
{start} → {end}</source>
      <translation>{kind} {number}{pec}
{customer}
{start} → {end}</translation>
    </message>
    <message>
      <source>{kind} {reference}</source>
      <translation>{kind} {reference}</translation>
    </message>
    <message>
      <source>{kind} {reference} — {company}</source>
      <translation>{kind} {reference} — {company}</translation>
    </message>
    <message>
      <source>{kind} {reference}{state}
créé par {user}</source>
      <translation>{kind} {reference}{state}
created by {user}</translation>
    </message>
    <message>
      <source>{label}</source>
      <translation>{label}</translation>
    </message>
    <message>
      <source>{mb} Mo au plus</source>
      <translation>{mb} MB at most</translation>
    </message>
    <message>
      <source>{missing}/8 de réservoir manquant au retour ({out}/8 au départ, {back}/8 au retour) × {tank} l</source>
      <translation>{missing}/8 of the tank missing at return ({out}/8 at departure, {back}/8 at return) × {tank} l</translation>
    </message>
    <message>
      <source>{month} {year}</source>
      <translation>{month} {year}</translation>
    </message>
    <message>
      <source>{name} n'est pas une société d'assistance</source>
      <translation>{name} is not an assistance company</translation>
    </message>
    <message>
      <source>{n} / {total} — {name}, ajoutée par {user} le {when}</source>
      <translation>{n} / {total} — {name}, added by {user} on {when}</translation>
    </message>
    <message>
      <source>{n} contrat(s) à régulariser</source>
      <translation>{n} contract(s) to regularise</translation>
    </message>
    <message>
      <source>{n} dossier(s)</source>
      <translation>{n} dossier(s)</translation>
    </message>
    <message>
      <source>{n} facture(s) vérifiée(s), {changed} changement(s).</source>
      <translation>{n} invoice(s) checked, {changed} change(s).</translation>
    </message>
    <message>
      <source>{n} factures choisies.</source>
      <translation>{n} invoices chosen.</translation>
    </message>
    <message>
      <source>{n} jour(s)</source>
      <translation>{n} day(s)</translation>
    </message>
    <message>
      <source>{n} jour(s) de location</source>
      <translation>{n} rental day(s)</translation>
    </message>
    <message>
      <source>{n} jour(s) à charge du client</source>
      <translation>{n} day(s) charged to the customer</translation>
    </message>
    <message>
      <source>{n} photos au plus par dommage</source>
      <translation>{n} photos at most per damage</translation>
    </message>
    <message>
      <source>{n} société(s) d'assistance pour « {text} » : donnez son numéro de client</source>
      <translation>{n} assistance company(ies) for "{text}": give its customer number</translation>
    </message>
    <message>
      <source>{n} tâche(s)</source>
      <translation>{n} task(s)</translation>
    </message>
    <message>
      <source>{n} × {days} jour(s) à {price} € HTVA par jour</source>
      <translation>{n} × {days} day(s) at {price} € excl. VAT per day</translation>
    </message>
    <message>
      <source>{n} × {price} € HTVA par location</source>
      <translation>{n} × {price} € excl. VAT per rental</translation>
    </message>
    <message>
      <source>{old} → {new}</source>
      <translation>{old} → {new}</translation>
    </message>
    <message>
      <source>{payer} : facturé {invoiced}, payé {paid}, reste dû {due}</source>
      <translation>{payer}: invoiced {invoiced}, paid {paid}, still due {due}</translation>
    </message>
    <message>
      <source>{payer} n'a pas d'adresse e-mail valide</source>
      <translation>{payer} has no valid e-mail address</translation>
    </message>
    <message>
      <source>{payer} ne doit rien : remboursez la caution</source>
      <translation>{payer} owes nothing: refund the deposit</translation>
    </message>
    <message>
      <source>{reason} ; carburant pris en charge par l'assistance</source>
      <translation>{reason}; fuel covered by the assistance company</translation>
    </message>
    <message>
      <source>{reference} a été corrigée par note de crédit : la note de crédit et les factures de remplacement du contrat ({n} document(s)) seront envoyées. Continuer ?</source>
      <translation>{reference} was corrected by a credit note: the credit note and the replacement invoices of the contract ({n} document(s)) will be sent. Continue?</translation>
    </message>
    <message>
      <source>{reference} envoyée à {to}.</source>
      <translation>{reference} sent to {to}.</translation>
    </message>
    <message>
      <source>{reference} non envoyée à {to} : {error}</source>
      <translation>{reference} not sent to {to}: {error}</translation>
    </message>
    <message>
      <source>{reference} — facture électronique : {state}</source>
      <translation>{reference} — e-invoice: {state}</translation>
    </message>
    <message>
      <source>{reference} — page {page}</source>
      <translation>{reference} — page {page}</translation>
    </message>
    <message>
      <source>{reference} — {payer} ({role}) — {total}</source>
      <translation>{reference} — {payer} ({role}) — {total}</translation>
    </message>
    <message>
      <source>{reference} → {to} : envoyée</source>
      <translation>{reference} → {to}: sent</translation>
    </message>
    <message>
      <source>{reference} → {to} : échec ({error})</source>
      <translation>{reference} → {to}: failed ({error})</translation>
    </message>
    <message>
      <source>{when}  {by}  +{days} j  {old} → {new}  {reference}  ({user}) {note}</source>
      <translation>{when}  {by}  +{days} d  {old} → {new}  {reference}  ({user}) {note}</translation>
    </message>
    <message>
      <source>« Mois</source>
      <translation>« Month</translation>
    </message>
    <message>
      <source>« {label} » n'est pas au catalogue des tarifs de ce dossier</source>
      <translation>"{label}" is not in the catalogue of this file's tariffs</translation>
    </message>
    <message>
      <source>À demander à l'assistance</source>
      <translation>To ask the assistance company</translation>
    </message>
    <message>
      <source>À envoyer</source>
      <translation>To send</translation>
    </message>
    <message>
      <source>À faire</source>
      <translation>To do</translation>
    </message>
    <message>
      <source>À faire aujourd'hui</source>
      <translation>To do today</translation>
    </message>
    <message>
      <source>À payer au plus tard le {date} sur le compte {iban} avec la communication structurée :</source>
      <translation>To be paid by {date} at the latest to account {iban} with the structured communication:</translation>
    </message>
    <message>
      <source>À vérifier</source>
      <translation>To check</translation>
    </message>
    <message>
      <source>Échéance : {date}</source>
      <translation>Due date: {date}</translation>
    </message>
    <message>
      <source>Écriture</source>
      <translation>Entry</translation>
    </message>
    <message>
      <source>Émission des factures…</source>
      <translation>Issuing the invoices…</translation>
    </message>
    <message>
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <source>État des factures électroniques</source>
      <translation>State of the e-invoices</translation>
    </message>
    <message>
      <source>État du véhicule</source>
      <translation>Car's condition</translation>
    </message>
    <message>
      <source>à choisir parmi les payeurs du contrat : {allowed}</source>
      <translation>to choose among the contract's payers: {allowed}</translation>
    </message>
    <message>
      <source>à payer</source>
      <translation>to pay</translation>
    </message>
    <message>
      <source>à réparer</source>
      <translation>to repair</translation>
    </message>
    <message>
      <source>à réparer seulement</source>
      <translation>to repair only</translation>
    </message>
    <message>
      <source>à saisir avant de facturer</source>
      <translation>to be entered before invoicing</translation>
    </message>
    <message>
      <source>échec : {error}</source>
      <translation>failed: {error}</translation>
    </message>
    <message>
      <source>établi le {date}</source>
      <translation>drawn up on {date}</translation>
    </message>
    <message>
      <source>— aucun (devis) —</source>
      <translation>— none (quote) —</translation>
    </message>
    <message>
      <source>— aucun —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <source>— automatique (le moins cher) —</source>
      <translation>— automatic (cheapest) —</translation>
    </message>
    <message>
      <source>— catégorie PEC —</source>
      <translation>— PEC category —</translation>
    </message>
    <message>
      <source>— choisir l'accord —</source>
      <translation>— choose the agreement —</translation>
    </message>
    <message>
      <source>— choisir —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <source>— jours couverts —</source>
      <translation>— covered days —</translation>
    </message>
    <message>
      <source>— le client —</source>
      <translation>— the customer —</translation>
    </message>
    <message>
      <source>— tarif de l'accord —</source>
      <translation>— agreement's tariff —</translation>
    </message>
    <message>
      <source>— tarif par défaut —</source>
      <translation>— default tariff —</translation>
    </message>
    <message>
      <source>‹ Précédente</source>
      <translation>‹ Previous</translation>
    </message>
    <message>
      <source>‹ Semaine</source>
      <translation>‹ Week</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>au moins {min}</source>
      <translation>at least {min}</translation>
    </message>
    <message>
      <source>au plus {max}</source>
      <translation>at most {max}</translation>
    </message>
    <message>
      <source>nombre attendu</source>
      <translation>number expected</translation>
    </message>
    <message>
      <source>obligatoire</source>
      <translation>required</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>{n} characters at most</translation>
    </message>
    <message>
      <source>{n} décimales au plus</source>
      <translation>{n} decimals at most</translation>
    </message>
  </context>
</TS>
