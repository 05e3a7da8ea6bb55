<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
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
      <translation>Afdrukken</translation>
    </message>
    <message>
      <source>L'impression directe n'a pas fonctionné ({reason}). Le document est ouvert dans votre lecteur PDF : imprimez-le depuis celui-ci (Ctrl+P).</source>
      <translation>Rechtstreeks afdrukken is mislukt ({reason}). Het document is geopend in uw pdf-lezer: druk het van daaruit af (Ctrl+P).</translation>
    </message>
    <message>
      <source>Le document n'a pu être ni imprimé ({reason}) ni ouvert : aucun lecteur PDF n'est installé. Enregistrez-le pour l'imprimer depuis un autre poste.</source>
      <translation>Het document kon niet worden afgedrukt ({reason}) of geopend: er is geen pdf-lezer geïnstalleerd. Sla het op om het van een andere pc af te drukken.</translation>
    </message>
  </context>
  <context>
    <name>peppol</name>
    <message>
      <source>  destinataire {recipient}, document {document}, transmission {transmission}, {attempts} essai(s)</source>
      <translation>  ontvanger {recipient}, document {document}, transmissie {transmission}, {attempts} poging(en)</translation>
    </message>
    <message>
      <source>  envoyée le {when}</source>
      <translation>  verzonden op {when}</translation>
    </message>
    <message>
      <source>  livrée le {when}</source>
      <translation>  afgeleverd op {when}</translation>
    </message>
    <message>
      <source>1 au moins</source>
      <translation>minstens 1</translation>
    </message>
    <message>
      <source>Adresse de l'API : {url}</source>
      <translation>API-adres: {url}</translation>
    </message>
    <message>
      <source>Adresse de l'API du fournisseur Peppol</source>
      <translation>API-adres van de Peppol-provider</translation>
    </message>
    <message>
      <source>Annule la facture {reference}</source>
      <translation>Annuleert factuur {reference}</translation>
    </message>
    <message>
      <source>Appel du fournisseur Peppol…</source>
      <translation>Peppol-provider wordt opgeroepen…</translation>
    </message>
    <message>
      <source>Aucun point d'accès Peppol n'est configuré pour ce site : un administrateur doit saisir l'adresse et la clé de son fournisseur (Factures location, Point d'accès Peppol, ou « atelier rental peppol »).</source>
      <translation>Er is geen Peppol-toegangspunt ingesteld voor deze vestiging: een beheerder moet het adres en de sleutel van de provider invoeren (Facturen verhuur, Peppol-toegangspunt, of « atelier rental peppol »).</translation>
    </message>
    <message>
      <source>Aucune clé API Peppol pour ce site : un administrateur doit la saisir (Point d'accès Peppol, ou « atelier rental peppol key set »).</source>
      <translation>Geen Peppol-API-sleutel voor deze vestiging: een beheerder moet hem invoeren (Peppol-toegangspunt, of « atelier rental peppol key set »).</translation>
    </message>
    <message>
      <source>Aucune facture électronique à envoyer.</source>
      <translation>Geen elektronische factuur te verzenden.</translation>
    </message>
    <message>
      <source>Clé API : {where}</source>
      <translation>API-sleutel: {where}</translation>
    </message>
    <message>
      <source>Clé API du fournisseur Peppol : </source>
      <translation>API-sleutel van de Peppol-provider: </translation>
    </message>
    <message>
      <source>Clé API effacée.</source>
      <translation>API-sleutel gewist.</translation>
    </message>
    <message>
      <source>Clé API enregistrée dans le trousseau du système.</source>
      <translation>API-sleutel opgeslagen in de sleutelbos van het systeem.</translation>
    </message>
    <message>
      <source>Connexion réussie : le fournisseur vous connaît comme {participant}.</source>
      <translation>Verbinding geslaagd: de provider kent u als {participant}.</translation>
    </message>
    <message>
      <source>Contrat {contract}</source>
      <translation>Contract {contract}</translation>
    </message>
    <message>
      <source>En attente d'un nouvel essai (Envoyer la file, ou l'envoi planifié).</source>
      <translation>Wacht op een nieuwe poging (Wachtrij verzenden, of de geplande verzending).</translation>
    </message>
    <message>
      <source>Envoi Peppol : {done} / {total}</source>
      <translation>Peppol-verzending: {done} / {total}</translation>
    </message>
    <message>
      <source>Envoi interrompu : les factures non envoyées restent en file.</source>
      <translation>Verzending onderbroken: de niet-verzonden facturen blijven in de wachtrij.</translation>
    </message>
    <message>
      <source>Facture à un assujetti à la TVA : envoyez-la par Peppol (Envoyer l'e-facture).</source>
      <translation>Factuur aan een btw-plichtige: verzend ze via Peppol (E-factuur verzenden).</translation>
    </message>
    <message>
      <source>Facture électronique {reference}</source>
      <translation>Elektronische factuur {reference}</translation>
    </message>
    <message>
      <source>Facture électronique {reference} écrite : {path}</source>
      <translation>Elektronische factuur {reference} geschreven: {path}</translation>
    </message>
    <message>
      <source>Identifiant Peppol</source>
      <translation>Peppol-identificatie</translation>
    </message>
    <message>
      <source>Inconnue du fournisseur : elle ne lui est pas parvenue, vous pouvez la renvoyer.</source>
      <translation>Onbekend bij de provider: ze is niet aangekomen, u kunt ze opnieuw verzenden.</translation>
    </message>
    <message>
      <source>L'acheteur ne reçoit pas de factures par Peppol : vérifiez son identifiant Peppol (fiche client) et renvoyez quand il est inscrit ; rien n'a été envoyé.</source>
      <translation>De koper ontvangt geen facturen via Peppol: controleer zijn Peppol-identificatie (klantenfiche) en verzend opnieuw zodra hij ingeschreven is; er werd niets verzonden.</translation>
    </message>
    <message>
      <source>La facture {reference} est déjà en cours d'envoi.</source>
      <translation>Factuur {reference} wordt al verzonden.</translation>
    </message>
    <message>
      <source>La note de crédit {reference} n'indique pas la facture qu'elle annule.</source>
      <translation>Creditnota {reference} vermeldt niet welke factuur ze annuleert.</translation>
    </message>
    <message>
      <source>Le fournisseur Peppol refuse la clé API ({message}) : vérifiez-la (Point d'accès Peppol).</source>
      <translation>De Peppol-provider weigert de API-sleutel ({message}): controleer hem (Peppol-toegangspunt).</translation>
    </message>
    <message>
      <source>Le fournisseur ne répond pas comme prévu : {detail}</source>
      <translation>De provider antwoordt niet zoals verwacht: {detail}</translation>
    </message>
    <message>
      <source>Le fournisseur refuse la clé API (HTTP {status}).</source>
      <translation>De provider weigert de API-sleutel (HTTP {status}).</translation>
    </message>
    <message>
      <source>Numéro de TVA du payeur</source>
      <translation>Btw-nummer van de betaler</translation>
    </message>
    <message>
      <source>PDF (sans TVA)</source>
      <translation>PDF (zonder btw)</translation>
    </message>
    <message>
      <source>Port {port} indisponible : {detail}</source>
      <translation>Poort {port} niet beschikbaar: {detail}</translation>
    </message>
    <message>
      <source>Préparation des factures électroniques…</source>
      <translation>Elektronische facturen worden voorbereid…</translation>
    </message>
    <message>
      <source>Refusée : si la facture est en cause, annulez-la par une note de crédit, refacturez puis renvoyez ; sinon corrigez la cause et renvoyez.</source>
      <translation>Geweigerd: is de factuur het probleem, annuleer ze met een creditnota, factureer opnieuw en verzend opnieuw; verhelp anders de oorzaak en verzend opnieuw.</translation>
    </message>
    <message>
      <source>Rien à renvoyer pour {reference} : seule une facture électronique refusée, absente de Peppol ou à vérifier se renvoie.</source>
      <translation>Niets opnieuw te verzenden voor {reference}: alleen een geweigerde, niet op Peppol gevonden of te controleren elektronische factuur wordt opnieuw verzonden.</translation>
    </message>
    <message>
      <source>Simulateur de point d'accès Peppol sur {url} (clés : {keys} ; inscrits : {participants}). Ctrl+C pour arrêter.</source>
      <translation>Simulator van een Peppol-toegangspunt op {url} (sleutels: {keys}; ingeschreven: {participants}). Ctrl+C om te stoppen.</translation>
    </message>
    <message>
      <source>Transmission non confirmée : Actualiser les états, ou vérifiez chez votre fournisseur avant de renvoyer.</source>
      <translation>Verzending niet bevestigd: Stand bijwerken, of controleer bij uw provider voor u opnieuw verzendt.</translation>
    </message>
    <message>
      <source>VALEUR=VALEUR attendu : {value}</source>
      <translation>WAARDE=WAARDE verwacht: {value}</translation>
    </message>
    <message>
      <source>absent de Peppol</source>
      <translation>niet op Peppol</translation>
    </message>
    <message>
      <source>accord {agreement}</source>
      <translation>akkoord {agreement}</translation>
    </message>
    <message>
      <source>en file d'envoi</source>
      <translation>in wachtrij</translation>
    </message>
    <message>
      <source>envoi en cours</source>
      <translation>wordt verzonden</translation>
    </message>
    <message>
      <source>envoyé</source>
      <translation>verzonden</translation>
    </message>
    <message>
      <source>l'IBAN de la société est à saisir (fiche société) : la facture électronique indique le compte à créditer</source>
      <translation>het IBAN van de onderneming moet ingevuld worden (ondernemingsfiche): de elektronische factuur vermeldt de te crediteren rekening</translation>
    </message>
    <message>
      <source>le payeur de {reference} n'a pas de numéro de TVA : particulier, la facture reste en PDF</source>
      <translation>de betaler van {reference} heeft geen btw-nummer: particulier, de factuur blijft een PDF</translation>
    </message>
    <message>
      <source>livré</source>
      <translation>afgeleverd</translation>
    </message>
    <message>
      <source>refusé</source>
      <translation>geweigerd</translation>
    </message>
    <message>
      <source>rien à changer : --vat-number, --enterprise-number ou --peppol-id</source>
      <translation>niets te wijzigen: --vat-number, --enterprise-number of --peppol-id</translation>
    </message>
    <message>
      <source>référence de facture attendue (ex. A-2026-00012)</source>
      <translation>factuurreferentie verwacht (bv. A-2026-00012)</translation>
    </message>
    <message>
      <source>soit --pending, soit des références, pas les deux</source>
      <translation>ofwel --pending, ofwel referenties, niet beide</translation>
    </message>
    <message>
      <source>tous</source>
      <translation>alle</translation>
    </message>
    <message>
      <source>une référence et --out FICHIER.xml</source>
      <translation>één referentie en --out BESTAND.xml</translation>
    </message>
    <message>
      <source>véhicule {plate}</source>
      <translation>voertuig {plate}</translation>
    </message>
    <message>
      <source>{name} : TVA {vat}, entreprise {enterprise}, Peppol {peppol}</source>
      <translation>{name}: btw {vat}, onderneming {enterprise}, Peppol {peppol}</translation>
    </message>
    <message>
      <source>{payer} : ni identifiant Peppol ni numéro d'entreprise belge (fiche client)</source>
      <translation>{payer}: geen Peppol-identificatie en geen Belgisch ondernemingsnummer (klantenfiche)</translation>
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
      <translation>{reference} moet gecontroleerd worden: bevestig met --checked dat de provider ze niet ontvangen heeft</translation>
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
      <translation>Stand van de verzendingen: {done} / {total}</translation>
    </message>
    <message>
      <source>à envoyer</source>
      <translation>te verzenden</translation>
    </message>
    <message>
      <source>à vérifier</source>
      <translation>te controleren</translation>
    </message>
  </context>
  <context>
    <name>rental</name>
    <message>
      <source>  PEC : trait bleu sous la barre  </source>
      <translation>  PEC : blauwe streep onder de balk  </translation>
    </message>
    <message>
      <source> (hors service)</source>
      <translation> (buiten dienst)</translation>
    </message>
    <message>
      <source> jour(s)</source>
      <translation> dag(en)</translation>
    </message>
    <message>
      <source> – PEC {file}</source>
      <translation> – PEC {file}</translation>
    </message>
    <message>
      <source> — annulé</source>
      <translation> — geannuleerd</translation>
    </message>
    <message>
      <source> — facturé, lecture seule</source>
      <translation> — gefactureerd, alleen lezen</translation>
    </message>
    <message>
      <source> — hors service</source>
      <translation> — buiten dienst</translation>
    </message>
    <message>
      <source> — réservé (dossier {number})</source>
      <translation> — gereserveerd (dossier {number})</translation>
    </message>
    <message>
      <source>&amp;Ajouter le supplément</source>
      <translation>Supplement &amp;toevoegen</translation>
    </message>
    <message>
      <source>&amp;Aperçu PDF</source>
      <translation>PDF-&amp;voorbeeld</translation>
    </message>
    <message>
      <source>&amp;Contrat à signer…</source>
      <translation>&amp;Contract ter ondertekening…</translation>
    </message>
    <message>
      <source>&amp;Enregistrer</source>
      <translation>&amp;Opslaan</translation>
    </message>
    <message>
      <source>&amp;Enregistrer le PDF…</source>
      <translation>PDF &amp;opslaan…</translation>
    </message>
    <message>
      <source>&amp;Enregistrer le règlement</source>
      <translation>Betaling &amp;opslaan</translation>
    </message>
    <message>
      <source>&amp;Facturer…</source>
      <translation>&amp;Factureren…</translation>
    </message>
    <message>
      <source>&amp;Imprimer…</source>
      <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
      <source>&amp;Note de crédit…</source>
      <translation>&amp;Creditnota…</translation>
    </message>
    <message>
      <source>&amp;Noter un dommage…</source>
      <translation>Schade &amp;noteren…</translation>
    </message>
    <message>
      <source>&amp;Prolonger</source>
      <translation>&amp;Verlengen</translation>
    </message>
    <message>
      <source>&amp;Renvoyer…</source>
      <translation>Opnieuw &amp;verzenden…</translation>
    </message>
    <message>
      <source>&amp;Retirer…</source>
      <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
      <source>&amp;Tester la connexion</source>
      <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
      <source>&amp;Voir les photos…</source>
      <translation>Foto's &amp;bekijken…</translation>
    </message>
    <message>
      <source>(pas d’adresse e-mail)</source>
      <translation>(geen e-mailadres)</translation>
    </message>
    <message>
      <source>--out (PDF) ou --csv : où écrire le relevé ?</source>
      <translation>--out (PDF) of --csv: waar het overzicht schrijven?</translation>
    </message>
    <message>
      <source>--preview et --out vont ensemble : le projet s'écrit dans un fichier PDF</source>
      <translation>--preview en --out gaan samen: het ontwerp wordt in een PDF-bestand geschreven</translation>
    </message>
    <message>
      <source>1 mois</source>
      <translation>1 maand</translation>
    </message>
    <message>
      <source>1 semaine</source>
      <translation>1 week</translation>
    </message>
    <message>
      <source>1 à 10 lettres ou chiffres</source>
      <translation>1 tot 10 letters of cijfers</translation>
    </message>
    <message>
      <source>1 à 20 lettres, chiffres ou tirets</source>
      <translation>1 tot 20 letters, cijfers of streepjes</translation>
    </message>
    <message>
      <source>2 semaines</source>
      <translation>2 weken</translation>
    </message>
    <message>
      <source>2 à 12 lettres, chiffres ou tirets</source>
      <translation>2 tot 12 letters, cijfers of streepjes</translation>
    </message>
    <message>
      <source>A&amp;perçu PDF…</source>
      <translation>PDF-&amp;voorbeeld…</translation>
    </message>
    <message>
      <source>Absentes de Peppol</source>
      <translation>Niet op Peppol</translation>
    </message>
    <message>
      <source>Accord (n° de dossier d'assistance)</source>
      <translation>Akkoord (dossiernr. van de bijstandsmaatschappij)</translation>
    </message>
    <message>
      <source>Accord :</source>
      <translation>Akkoord:</translation>
    </message>
    <message>
      <source>Accord PEC</source>
      <translation>PEC-akkoord</translation>
    </message>
    <message>
      <source>Accord tarifaire</source>
      <translation>Tariefakkoord</translation>
    </message>
    <message>
      <source>Accord tarifaire introuvable.</source>
      <translation>Tariefakkoord niet gevonden.</translation>
    </message>
    <message>
      <source>Accord {id} enregistré : {label}</source>
      <translation>Akkoord {id} opgeslagen: {label}</translation>
    </message>
    <message>
      <source>Accords tarifaires</source>
      <translation>Tariefakkoorden</translation>
    </message>
    <message>
      <source>Accordé au départ : la durée PEC ci-dessus. Les prolongations s'enregistrent par « Prolonger » et restent dans l'historique.</source>
      <translation>Bij vertrek toegestaan: de PEC-duur hierboven. Verlengingen worden ingevoerd met « Verlengen » en blijven in de geschiedenis.</translation>
    </message>
    <message>
      <source>Accordé au départ : {first} jour(s) ; couverts par l'assistance : {covered} jour(s) ; acceptés par le client : {client} jour(s).</source>
      <translation>Bij vertrek toegestaan: {first} dag(en); gedekt door de bijstandsmaatschappij: {covered} dag(en); aanvaard door de klant: {client} dag(en).</translation>
    </message>
    <message>
      <source>Acompte</source>
      <translation>Voorschot</translation>
    </message>
    <message>
      <source>Acompte (avant la facture ou au-delà du solde)</source>
      <translation>Voorschot (vóór de factuur of boven het saldo)</translation>
    </message>
    <message>
      <source>Actif</source>
      <translation>Actief</translation>
    </message>
    <message>
      <source>Actif :</source>
      <translation>Actief:</translation>
    </message>
    <message>
      <source>Actualiser les états</source>
      <translation>Stand bijwerken</translation>
    </message>
    <message>
      <source>Adresse d'expédition</source>
      <translation>Afzenderadres</translation>
    </message>
    <message>
      <source>Adresse de l'API</source>
      <translation>API-adres</translation>
    </message>
    <message>
      <source>Adresse de réception des factures électroniques sur le réseau Peppol (schéma:identifiant, par ex. 0208:0457247904). Vide : le numéro d'entreprise belge sous le schéma 0208.</source>
      <translation>Adres waarop elektronische facturen op het Peppol-netwerk ontvangen worden (schema:identificatie, bv. 0208:0457247904). Leeg: het Belgische ondernemingsnummer onder schema 0208.</translation>
    </message>
    <message>
      <source>Adresse e-mail</source>
      <translation>E-mailadres</translation>
    </message>
    <message>
      <source>Ajouter des p&amp;hotos…</source>
      <translation>&amp;Foto's toevoegen…</translation>
    </message>
    <message>
      <source>Ajouter des photos…</source>
      <translation>Foto's toevoegen…</translation>
    </message>
    <message>
      <source>Ajouter une ligne</source>
      <translation>Regel toevoegen</translation>
    </message>
    <message>
      <source>Ajouté par</source>
      <translation>Toegevoegd door</translation>
    </message>
    <message>
      <source>Annule la facture</source>
      <translation>Annuleert factuur</translation>
    </message>
    <message>
      <source>Annuler le dossier</source>
      <translation>Dossier annuleren</translation>
    </message>
    <message>
      <source>Annuler le dossier {reference} ? Le véhicule sera libéré.</source>
      <translation>Dossier {reference} annuleren? Het voertuig komt vrij.</translation>
    </message>
    <message>
      <source>Annuler par note de crédit</source>
      <translation>Annuleren met creditnota</translation>
    </message>
    <message>
      <source>Annuler {references} par une note de crédit ? Le contrat redevient modifiable quand toutes ses factures sont annulées.</source>
      <translation>{references} annuleren met een creditnota? Het contract kan weer gewijzigd worden zodra al zijn facturen geannuleerd zijn.</translation>
    </message>
    <message>
      <source>Aperçu</source>
      <translation>Voorbeeld</translation>
    </message>
    <message>
      <source>Assistance</source>
      <translation>Bijstand</translation>
    </message>
    <message>
      <source>Attention : le véhicule est de catégorie {vehicle}, la prise en charge couvre la catégorie {pec}.</source>
      <translation>Let op: het voertuig is van categorie {vehicle}, de tenlasteneming dekt categorie {pec}.</translation>
    </message>
    <message>
      <source>Attention : {text}</source>
      <translation>Let op: {text}</translation>
    </message>
    <message>
      <source>Attention : {warning}</source>
      <translation>Let op: {warning}</translation>
    </message>
    <message>
      <source>Aucun serveur SMTP n'est configuré pour ce site (onglet Factures location, Paramètres e-mail, ou commande rental smtp).</source>
      <translation>Er is geen SMTP-server ingesteld voor deze vestiging (tabblad Verhuurfacturen, E-mailinstellingen, of het commando rental smtp).</translation>
    </message>
    <message>
      <source>Aucun supplément au catalogue des tarifs de ce dossier (back-office, onglet Suppléments).</source>
      <translation>Geen supplement in de catalogus van de tarieven van dit dossier (back-office, tabblad Supplementen).</translation>
    </message>
    <message>
      <source>Aucune clé enregistrée.</source>
      <translation>Geen sleutel opgeslagen.</translation>
    </message>
    <message>
      <source>Aucune facture électronique à envoyer.</source>
      <translation>Geen elektronische factuur te verzenden.</translation>
    </message>
    <message>
      <source>Aucune société d'assistance dans les clients.</source>
      <translation>Geen bijstandsmaatschappij bij de klanten.</translation>
    </message>
    <message>
      <source>Aujourd'hui</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>Autorisation et prolongations</source>
      <translation>Machtiging en verlengingen</translation>
    </message>
    <message>
      <source>Autorisations incomplètes</source>
      <translation>Onvolledige machtigingen</translation>
    </message>
    <message>
      <source>Base HTVA</source>
      <translation>Basis excl. btw</translation>
    </message>
    <message>
      <source>Bonjour,

Veuillez trouver en pièce jointe notre {kind} {reference} du {date} relative au contrat {contract}, d'un montant de {total} TVAC.
{payment}
Cordialement,
{company}
</source>
      <translation>Goedendag,

In bijlage vindt u onze {kind} {reference} van {date} voor contract {contract}, voor een bedrag van {total} incl. btw.
{payment}
Met vriendelijke groeten,
{company}
</translation>
    </message>
    <message>
      <source>Bénéficiaire</source>
      <translation>Begunstigde</translation>
    </message>
    <message>
      <source>CONTRAT DE LOCATION</source>
      <translation>HUURCONTRACT</translation>
    </message>
    <message>
      <source>Carburant</source>
      <translation>Brandstof</translation>
    </message>
    <message>
      <source>Carburant (€/l HTVA) :</source>
      <translation>Brandstof (€/l excl. btw):</translation>
    </message>
    <message>
      <source>Carburant au départ</source>
      <translation>Brandstof bij vertrek</translation>
    </message>
    <message>
      <source>Carburant au retour</source>
      <translation>Brandstof bij terugkeer</translation>
    </message>
    <message>
      <source>Carburant départ (huitièmes)</source>
      <translation>Brandstof vertrek (achtsten)</translation>
    </message>
    <message>
      <source>Carburant départ / retour :</source>
      <translation>Brandstof vertrek / terugkeer:</translation>
    </message>
    <message>
      <source>Carburant manquant (litres)</source>
      <translation>Ontbrekende brandstof (liter)</translation>
    </message>
    <message>
      <source>Carburant pris en charge</source>
      <translation>Brandstof ten laste</translation>
    </message>
    <message>
      <source>Carburant retour (huitièmes)</source>
      <translation>Brandstof terugkeer (achtsten)</translation>
    </message>
    <message>
      <source>Carburant €/l</source>
      <translation>Brandstof €/l</translation>
    </message>
    <message>
      <source>Carte</source>
      <translation>Kaart</translation>
    </message>
    <message>
      <source>Cat.</source>
      <translation>Cat.</translation>
    </message>
    <message>
      <source>Cat. PEC</source>
      <translation>Cat. PEC</translation>
    </message>
    <message>
      <source>Cat. véhicule</source>
      <translation>Cat. voertuig</translation>
    </message>
    <message>
      <source>Catalogue des tarifs du dossier (tarif client, tarif PEC). Le prix par jour est multiplié par les jours de location.</source>
      <translation>Catalogus van de tarieven van het dossier (klanttarief, PEC-tarief). De prijs per dag wordt vermenigvuldigd met de huurdagen.</translation>
    </message>
    <message>
      <source>Catégorie</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <source>Catégorie :</source>
      <translation>Categorie:</translation>
    </message>
    <message>
      <source>Catégorie prise en charge</source>
      <translation>Gedekte categorie</translation>
    </message>
    <message>
      <source>Catégorie tarif</source>
      <translation>Tariefcategorie</translation>
    </message>
    <message>
      <source>Catégorie tarif :</source>
      <translation>Tariefcategorie:</translation>
    </message>
    <message>
      <source>Catégories</source>
      <translation>Categorieën</translation>
    </message>
    <message>
      <source>Caution</source>
      <translation>Waarborg</translation>
    </message>
    <message>
      <source>Caution demandée (€) :</source>
      <translation>Gevraagde waarborg (€):</translation>
    </message>
    <message>
      <source>Caution détenue</source>
      <translation>Gehouden waarborg</translation>
    </message>
    <message>
      <source>Caution imputée sur la facture</source>
      <translation>Waarborg aangerekend op de factuur</translation>
    </message>
    <message>
      <source>Caution remboursée</source>
      <translation>Waarborg terugbetaald</translation>
    </message>
    <message>
      <source>Caution reçue</source>
      <translation>Waarborg ontvangen</translation>
    </message>
    <message>
      <source>Ce contrat est déjà facturé. Annulez ses factures par une note de crédit avant de le refacturer.</source>
      <translation>Dit contract is al gefactureerd. Annuleer de facturen met een creditnota voordat u opnieuw factureert.</translation>
    </message>
    <message>
      <source>Ce contrat n'a aucune facture à annuler.</source>
      <translation>Dit contract heeft geen factuur om te annuleren.</translation>
    </message>
    <message>
      <source>Ce contrat n'a pas encore de facture.</source>
      <translation>Dit contract heeft nog geen factuur.</translation>
    </message>
    <message>
      <source>Ce dommage est déjà marqué réparé.</source>
      <translation>Deze schade is al als hersteld gemarkeerd.</translation>
    </message>
    <message>
      <source>Ce qui attend aujourd'hui : retours en retard, réparations terminées (proposez le retour), prolongations à demander à l'assistance quand la réparation finit après l'accord, retours et départs du jour, contrats rentrés à facturer. Double-clic : ouvrir le dossier.</source>
      <translation>Wat vandaag wacht: laattijdige terugkeer, afgewerkte herstellingen (stel de terugkeer voor), verlengingen aan te vragen bij de bijstandsmaatschappij wanneer de herstelling na het akkoord eindigt, terugkeer en vertrek van de dag, teruggekeerde contracten te factureren. Dubbelklik: het dossier openen.</translation>
    </message>
    <message>
      <source>Ce règlement est déjà extourné.</source>
      <translation>Deze betaling is al tegengeboekt.</translation>
    </message>
    <message>
      <source>Cette note de crédit annule la facture {reference} ; le montant sera déduit de votre solde ou remboursé.</source>
      <translation>Deze creditnota annuleert factuur {reference}; het bedrag wordt van uw saldo afgetrokken of terugbetaald.</translation>
    </message>
    <message>
      <source>Chaque règlement enregistré crée une écriture comptable et ne peut plus être modifié ni supprimé ; une erreur se corrige par une ligne d'extourne.</source>
      <translation>Elke opgeslagen betaling maakt een boeking aan en kan niet meer gewijzigd of verwijderd worden; een fout herstelt u met een tegenboeking.</translation>
    </message>
    <message>
      <source>Chargement du dossier…</source>
      <translation>Dossier laden…</translation>
    </message>
    <message>
      <source>Chiffrer la connexion (STARTTLS)</source>
      <translation>Verbinding versleutelen (STARTTLS)</translation>
    </message>
    <message>
      <source>Choisissez d'abord le véhicule du dossier.</source>
      <translation>Kies eerst het voertuig van het dossier.</translation>
    </message>
    <message>
      <source>Choisissez une facture pour voir sa facture électronique.</source>
      <translation>Kies een factuur om haar elektronische factuur te zien.</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Klant</translation>
    </message>
    <message>
      <source>Client &amp;&amp; conducteurs</source>
      <translation>Klant &amp;&amp; bestuurders</translation>
    </message>
    <message>
      <source>Client / bénéficiaire :</source>
      <translation>Klant / begunstigde:</translation>
    </message>
    <message>
      <source>Client : {total} TVAC</source>
      <translation>Klant: {total} incl. btw</translation>
    </message>
    <message>
      <source>Client bénéficiaire</source>
      <translation>Begunstigde klant</translation>
    </message>
    <message>
      <source>Client bénéficiaire : {total} TVAC</source>
      <translation>Begunstigde klant: {total} incl. btw</translation>
    </message>
    <message>
      <source>Client conducteur</source>
      <translation>Klant-bestuurder</translation>
    </message>
    <message>
      <source>Client introuvable.</source>
      <translation>Klant niet gevonden.</translation>
    </message>
    <message>
      <source>Client {id} enregistré : {name}</source>
      <translation>Klant {id} opgeslagen: {name}</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Klanten</translation>
    </message>
    <message>
      <source>Clé API</source>
      <translation>API-sleutel</translation>
    </message>
    <message>
      <source>Clé enregistrée dans le trousseau du système.</source>
      <translation>Sleutel opgeslagen in de sleutelbos van het systeem.</translation>
    </message>
    <message>
      <source>Clé gardée pour cette session seulement.</source>
      <translation>Sleutel alleen voor deze sessie bewaard.</translation>
    </message>
    <message>
      <source>Clé lue dans la variable ATELIER_PEPPOL_API_KEY.</source>
      <translation>Sleutel gelezen uit de variabele ATELIER_PEPPOL_API_KEY.</translation>
    </message>
    <message>
      <source>Clôture</source>
      <translation>Afsluiting</translation>
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
      <translation>Mededeling</translation>
    </message>
    <message>
      <source>Communication structurée</source>
      <translation>Gestructureerde mededeling</translation>
    </message>
    <message>
      <source>Communication structurée pour le virement : {ogm}
</source>
      <translation>Gestructureerde mededeling voor de overschrijving: {ogm}
</translation>
    </message>
    <message>
      <source>Compte</source>
      <translation>Rekening</translation>
    </message>
    <message>
      <source>Compte :</source>
      <translation>Rekening:</translation>
    </message>
    <message>
      <source>Compte crédit</source>
      <translation>Creditrekening</translation>
    </message>
    <message>
      <source>Compte débit</source>
      <translation>Debetrekening</translation>
    </message>
    <message>
      <source>Compte et tarif</source>
      <translation>Rekening en tarief</translation>
    </message>
    <message>
      <source>Conditions de paiement</source>
      <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
      <source>Conducteur</source>
      <translation>Bestuurder</translation>
    </message>
    <message>
      <source>Conducteur :</source>
      <translation>Bestuurder:</translation>
    </message>
    <message>
      <source>Contact assistance :</source>
      <translation>Contact bijstand:</translation>
    </message>
    <message>
      <source>Contact à l'assistance</source>
      <translation>Contact bij de bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>Contrat</source>
      <translation>Contract</translation>
    </message>
    <message>
      <source>Contrat facturé</source>
      <translation>Contract gefactureerd</translation>
    </message>
    <message>
      <source>Contrat facturé : il est figé. Pour le corriger, annulez ses factures par une note de crédit, puis refacturez.</source>
      <translation>Contract gefactureerd: het is bevroren. Om het te verbeteren annuleert u de facturen met een creditnota en factureert u opnieuw.</translation>
    </message>
    <message>
      <source>Contrats avec prise en charge comptant des jours que personne n'a accepté de payer (ni l'assistance, ni le client lors d'une prolongation), dont le véhicule est encore dehors après la période accordée, ou dont la catégorie diffère de la catégorie PEC : demandez une prolongation ou un accord à la société d'assistance.</source>
      <translation>Contracten met tenlasteneming met dagen die niemand aanvaard heeft te betalen (noch de bijstandsmaatschappij, noch de klant bij een verlenging), waarvan het voertuig nog buiten is na de toegestane periode, of waarvan de categorie verschilt van de PEC-categorie: vraag een verlenging of een akkoord aan de bijstandsmaatschappij.</translation>
    </message>
    <message>
      <source>Convertir en {kind}</source>
      <translation>Omzetten naar {kind}</translation>
    </message>
    <message>
      <source>Crédit</source>
      <translation>Credit</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Date : {date}</source>
      <translation>Datum: {date}</translation>
    </message>
    <message>
      <source>Date de retour</source>
      <translation>Terugkeerdatum</translation>
    </message>
    <message>
      <source>Date du règlement</source>
      <translation>Betaaldatum</translation>
    </message>
    <message>
      <source>Date-heure de départ réelle</source>
      <translation>Werkelijke vertrekdatum en -uur</translation>
    </message>
    <message>
      <source>Date-heure de retour réelle</source>
      <translation>Werkelijke terugkeerdatum en -uur</translation>
    </message>
    <message>
      <source>Demander une prolongation à l'assistance</source>
      <translation>Verlenging vragen aan de bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>Demandé par</source>
      <translation>Gevraagd door</translation>
    </message>
    <message>
      <source>Demandée : {asked} — détenue : {held} ({payer})</source>
      <translation>Gevraagd: {asked} — gehouden: {held} ({payer})</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschrijving</translation>
    </message>
    <message>
      <source>Description :</source>
      <translation>Beschrijving:</translation>
    </message>
    <message>
      <source>Description du dommage</source>
      <translation>Beschrijving van de schade</translation>
    </message>
    <message>
      <source>Destinataire</source>
      <translation>Bestemmeling</translation>
    </message>
    <message>
      <source>Devis</source>
      <translation>Offerte</translation>
    </message>
    <message>
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
      <source>Dommage introuvable.</source>
      <translation>Schade niet gevonden.</translation>
    </message>
    <message>
      <source>Dommage réparé</source>
      <translation>Schade hersteld</translation>
    </message>
    <message>
      <source>Dommage {id} marqué réparé.</source>
      <translation>Schade {id} als hersteld gemarkeerd.</translation>
    </message>
    <message>
      <source>Dommages</source>
      <translation>Schade</translation>
    </message>
    <message>
      <source>Dommages au départ :</source>
      <translation>Schade bij vertrek:</translation>
    </message>
    <message>
      <source>Dommages au départ : {notes}</source>
      <translation>Schade bij vertrek: {notes}</translation>
    </message>
    <message>
      <source>Dommages au retour :</source>
      <translation>Schade bij terugkeer:</translation>
    </message>
    <message>
      <source>Dommages constatés sur les véhicules de remplacement, au départ, au retour ou hors location. Double-clic : les photos.</source>
      <translation>Schade vastgesteld op de vervangwagens, bij vertrek, bij terugkeer of buiten verhuur. Dubbelklik: de foto's.</translation>
    </message>
    <message>
      <source>Dommages encore ouverts du véhicule (constatés avant ce dossier) et ceux notés sur ce dossier. Photos conservées dans la base : tous les postes les voient.</source>
      <translation>Nog open schade van het voertuig (vastgesteld vóór dit dossier) en die genoteerd op dit dossier. Foto's bewaard in de databank: alle werkposten zien ze.</translation>
    </message>
    <message>
      <source>Dommages facturés (€ HTVA) :</source>
      <translation>Aangerekende schade (€ excl. btw):</translation>
    </message>
    <message>
      <source>Dommages flotte</source>
      <translation>Schade vloot</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Dossier assistance</source>
      <translation>Dossier bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>Dossier avec prise en charge (PEC)</source>
      <translation>Dossier met tenlasteneming (PEC)</translation>
    </message>
    <message>
      <source>Dossier de location</source>
      <translation>Huurdossier</translation>
    </message>
    <message>
      <source>Dossier de location introuvable.</source>
      <translation>Huurdossier niet gevonden.</translation>
    </message>
    <message>
      <source>Dossier de location {number} introuvable.</source>
      <translation>Huurdossier {number} niet gevonden.</translation>
    </message>
    <message>
      <source>Dossier de réparation</source>
      <translation>Herstellingsdossier</translation>
    </message>
    <message>
      <source>Dossier de réparation {number} introuvable sur ce site.</source>
      <translation>Herstellingsdossier {number} niet gevonden op deze vestiging.</translation>
    </message>
    <message>
      <source>Dossier introuvable.</source>
      <translation>Dossier niet gevonden.</translation>
    </message>
    <message>
      <source>Dossier {number} ({kind}) enregistré : {start} → {end}</source>
      <translation>Dossier {number} ({kind}) opgeslagen: {start} → {end}</translation>
    </message>
    <message>
      <source>Dossier {number} : {what} le {when}, {km} km, carburant {fuel}/8.</source>
      <translation>Dossier {number}: {what} op {when}, {km} km, brandstof {fuel}/8.</translation>
    </message>
    <message>
      <source>Dossier {number} converti en {kind}</source>
      <translation>Dossier {number} omgezet naar {kind}</translation>
    </message>
    <message>
      <source>Dossier {number} lié à la réparation {repair}.</source>
      <translation>Dossier {number} gekoppeld aan herstelling {repair}.</translation>
    </message>
    <message>
      <source>Dossier {number} prolongé jusqu'au {when}</source>
      <translation>Dossier {number} verlengd tot {when}</translation>
    </message>
    <message>
      <source>Dossier {number} sans réparation liée.</source>
      <translation>Dossier {number} zonder gekoppelde herstelling.</translation>
    </message>
    <message>
      <source>Dossier {reference}</source>
      <translation>Dossier {reference}</translation>
    </message>
    <message>
      <source>Dossier {reference} ({kind}){state}</source>
      <translation>Dossier {reference} ({kind}){state}</translation>
    </message>
    <message>
      <source>Dossier {reference} : accord {file}, autorisation {auth}, contact {contact}</source>
      <translation>Dossier {reference}: akkoord {file}, machtiging {auth}, contact {contact}</translation>
    </message>
    <message>
      <source>Dossiers de location</source>
      <translation>Huurdossiers</translation>
    </message>
    <message>
      <source>Double-clic sur une case libre : nouveau dossier pour ce véhicule et ce jour.</source>
      <translation>Dubbelklik op een vrij vak: nieuw dossier voor dit voertuig en deze dag.</translation>
    </message>
    <message>
      <source>Du</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>Du {start} au {end}</source>
      <translation>Van {start} tot {end}</translation>
    </message>
    <message>
      <source>Durée PEC : {covered} jour(s) ; location : {days} jour(s).</source>
      <translation>PEC-duur: {covered} dag(en); verhuur: {days} dag(en).</translation>
    </message>
    <message>
      <source>Durée prise en charge</source>
      <translation>Gedekte duur</translation>
    </message>
    <message>
      <source>Durée tarif</source>
      <translation>Tariefduur</translation>
    </message>
    <message>
      <source>Durée tarif :</source>
      <translation>Tariefduur:</translation>
    </message>
    <message>
      <source>Débit</source>
      <translation>Debet</translation>
    </message>
    <message>
      <source>Délier</source>
      <translation>Ontkoppelen</translation>
    </message>
    <message>
      <source>Départ</source>
      <translation>Vertrek</translation>
    </message>
    <message>
      <source>Départ / retour</source>
      <translation>Vertrek / terugkeer</translation>
    </message>
    <message>
      <source>Départ prévu</source>
      <translation>Gepland vertrek</translation>
    </message>
    <message>
      <source>Départ prévu :</source>
      <translation>Gepland vertrek:</translation>
    </message>
    <message>
      <source>Départ prévu aujourd'hui</source>
      <translation>Vertrek vandaag gepland</translation>
    </message>
    <message>
      <source>Départ réel</source>
      <translation>Werkelijk vertrek</translation>
    </message>
    <message>
      <source>Départ réel :</source>
      <translation>Werkelijk vertrek:</translation>
    </message>
    <message>
      <source>Désignation</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Détail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>Détail du prix</source>
      <translation>Prijsdetail</translation>
    </message>
    <message>
      <source>E&amp;xtourner la ligne…</source>
      <translation>Lijn &amp;tegenboeken…</translation>
    </message>
    <message>
      <source>E-facture</source>
      <translation>E-factuur</translation>
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
      <translation>E-mail van het contact</translation>
    </message>
    <message>
      <source>Emplacement</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Emplacement :</source>
      <translation>Plaats:</translation>
    </message>
    <message>
      <source>En file ou en cours</source>
      <translation>In wachtrij of bezig</translation>
    </message>
    <message>
      <source>Encaisser la caution</source>
      <translation>Waarborg innen</translation>
    </message>
    <message>
      <source>Encaisser une caution de {amount} de {payer}, par {method} ?</source>
      <translation>Een waarborg van {amount} innen van {payer}, per {method}?</translation>
    </message>
    <message>
      <source>Encaisser…</source>
      <translation>Innen…</translation>
    </message>
    <message>
      <source>Enregistrer</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Enregistrer la photo</source>
      <translation>Foto opslaan</translation>
    </message>
    <message>
      <source>Enregistrer le &amp;PDF…</source>
      <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
      <source>Enregistrer le &amp;XML…</source>
      <translation>&amp;XML opslaan…</translation>
    </message>
    <message>
      <source>Enregistrer le PDF</source>
      <translation>PDF opslaan</translation>
    </message>
    <message>
      <source>Enregistrer le XML</source>
      <translation>XML opslaan</translation>
    </message>
    <message>
      <source>Enregistrer le relevé</source>
      <translation>Overzicht opslaan</translation>
    </message>
    <message>
      <source>Enregistrer le règlement de {amount} par {payer}, en {method}, le {date} ?

Il ne pourra plus être modifié ni supprimé.</source>
      <translation>De betaling van {amount} door {payer}, per {method}, op {date} opslaan?

Ze kan daarna niet meer gewijzigd of verwijderd worden.</translation>
    </message>
    <message>
      <source>Enregistrer sous…</source>
      <translation>Opslaan als…</translation>
    </message>
    <message>
      <source>Envoi Peppol</source>
      <translation>Peppol-verzending</translation>
    </message>
    <message>
      <source>Envoi des factures par e-mail — site {code}</source>
      <translation>Facturen per e-mail versturen — vestiging {code}</translation>
    </message>
    <message>
      <source>Envoi des factures…</source>
      <translation>Facturen worden verstuurd…</translation>
    </message>
    <message>
      <source>Envoi par e-mail</source>
      <translation>Verzending per e-mail</translation>
    </message>
    <message>
      <source>Envoie par Peppol la facture électronique des factures choisies (Ctrl+E)</source>
      <translation>Verzendt de elektronische factuur van de gekozen facturen via Peppol (Ctrl+E)</translation>
    </message>
    <message>
      <source>Envois par e-mail</source>
      <translation>Verzendingen per e-mail</translation>
    </message>
    <message>
      <source>Envoyer l'e-&amp;facture</source>
      <translation>E-&amp;factuur verzenden</translation>
    </message>
    <message>
      <source>Envoyer la file</source>
      <translation>Wachtrij verzenden</translation>
    </message>
    <message>
      <source>Envoyer par e-&amp;mail…</source>
      <translation>Per e-&amp;mail versturen…</translation>
    </message>
    <message>
      <source>Envoyer par e-mail</source>
      <translation>Per e-mail versturen</translation>
    </message>
    <message>
      <source>Envoyé le</source>
      <translation>Verstuurd op</translation>
    </message>
    <message>
      <source>Envoyées</source>
      <translation>Verzonden</translation>
    </message>
    <message>
      <source>Espèces</source>
      <translation>Contant</translation>
    </message>
    <message>
      <source>Estimation : le retour réel n'est pas encore saisi.</source>
      <translation>Raming: de werkelijke terugkeer is nog niet ingevoerd.</translation>
    </message>
    <message>
      <source>Export des journaux</source>
      <translation>Export van de dagboeken</translation>
    </message>
    <message>
      <source>Exporter en &amp;CSV…</source>
      <translation>Exporteren naar &amp;CSV…</translation>
    </message>
    <message>
      <source>Exporter le relevé</source>
      <translation>Overzicht exporteren</translation>
    </message>
    <message>
      <source>Exporter les journaux</source>
      <translation>Dagboeken exporteren</translation>
    </message>
    <message>
      <source>Exporter les journaux (CSV)…</source>
      <translation>Dagboeken exporteren (CSV)…</translation>
    </message>
    <message>
      <source>Extourne</source>
      <translation>Tegenboeking</translation>
    </message>
    <message>
      <source>Extourne de</source>
      <translation>Tegenboeking van</translation>
    </message>
    <message>
      <source>Extourne du règlement {id}</source>
      <translation>Tegenboeking van betaling {id}</translation>
    </message>
    <message>
      <source>Extourne {id} enregistrée : {amount}.</source>
      <translation>Tegenboeking {id} opgeslagen: {amount}.</translation>
    </message>
    <message>
      <source>Extourner le règlement {id} de {amount} ?</source>
      <translation>Betaling {id} van {amount} tegenboeken?</translation>
    </message>
    <message>
      <source>FACTURE</source>
      <translation>FACTUUR</translation>
    </message>
    <message>
      <source>Facturation</source>
      <translation>Facturatie</translation>
    </message>
    <message>
      <source>Facture</source>
      <translation>Factuur</translation>
    </message>
    <message>
      <source>Facture introuvable sur ce contrat ou déjà annulée.</source>
      <translation>Factuur niet gevonden op dit contract of al geannuleerd.</translation>
    </message>
    <message>
      <source>Facture introuvable.</source>
      <translation>Factuur niet gevonden.</translation>
    </message>
    <message>
      <source>Facture {reference} : {payer} ({role}), {total} TVAC, {ogm}</source>
      <translation>Factuur {reference}: {payer} ({role}), {total} incl. btw, {ogm}</translation>
    </message>
    <message>
      <source>Facture {reference} introuvable.</source>
      <translation>Factuur {reference} niet gevonden.</translation>
    </message>
    <message>
      <source>Facture(s) n° {numbers}</source>
      <translation>Factuur/facturen nr. {numbers}</translation>
    </message>
    <message>
      <source>Facture(s) émise(s) : {numbers}</source>
      <translation>Uitgereikte factuur/facturen: {numbers}</translation>
    </message>
    <message>
      <source>Facturer le contrat</source>
      <translation>Contract factureren</translation>
    </message>
    <message>
      <source>Facturer le contrat {reference} (données enregistrées) ?

{lines}

Une fois facturé, le contrat ne pourra plus être modifié. « Projet de facture… » montre d'abord les factures sans les numéroter.</source>
      <translation>Contract {reference} factureren (opgeslagen gegevens)?

{lines}

Eenmaal gefactureerd kan het contract niet meer gewijzigd worden. « Ontwerpfactuur… » toont eerst de facturen zonder ze te nummeren.</translation>
    </message>
    <message>
      <source>Factures</source>
      <translation>Facturen</translation>
    </message>
    <message>
      <source>Factures UBL (*.xml)</source>
      <translation>UBL-facturen (*.xml)</translation>
    </message>
    <message>
      <source>Factures location</source>
      <translation>Verhuurfacturen</translation>
    </message>
    <message>
      <source>Facturé</source>
      <translation>Gefactureerd</translation>
    </message>
    <message>
      <source>Facturé au bénéficiaire</source>
      <translation>Gefactureerd aan de begunstigde</translation>
    </message>
    <message>
      <source>Facturé ce mois</source>
      <translation>Deze maand gefactureerd</translation>
    </message>
    <message>
      <source>Facturé à</source>
      <translation>Gefactureerd aan</translation>
    </message>
    <message>
      <source>Facturé à (prise en charge)</source>
      <translation>Gefactureerd aan (tenlasteneming)</translation>
    </message>
    <message>
      <source>Fermer</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
      <source>Flotte du site {code}</source>
      <translation>Vloot van vestiging {code}</translation>
    </message>
    <message>
      <source>Frais de nettoyage</source>
      <translation>Reinigingskosten</translation>
    </message>
    <message>
      <source>Frais de remplissage</source>
      <translation>Tankkosten</translation>
    </message>
    <message>
      <source>Frais de remplissage (€ HTVA) :</source>
      <translation>Tankkosten (€ excl. btw):</translation>
    </message>
    <message>
      <source>Garder la caution pour payer les factures du payeur</source>
      <translation>De waarborg houden om de facturen van de betaler te betalen</translation>
    </message>
    <message>
      <source>Grille, ligne {row}</source>
      <translation>Rooster, regel {row}</translation>
    </message>
    <message>
      <source>HTVA</source>
      <translation>Excl. btw</translation>
    </message>
    <message>
      <source>Identifiant Peppol :</source>
      <translation>Peppol-identificatie:</translation>
    </message>
    <message>
      <source>Impression contrat</source>
      <translation>Contract afdrukken</translation>
    </message>
    <message>
      <source>Imprimer</source>
      <translation>Afdrukken</translation>
    </message>
    <message>
      <source>Imputer la caution de {payer} sur ses factures (au plus ce qu'il doit, au plus {held}) ?</source>
      <translation>De waarborg van {payer} op zijn facturen aanrekenen (hoogstens wat hij verschuldigd is, hoogstens {held})?</translation>
    </message>
    <message>
      <source>Imputer…</source>
      <translation>Aanrekenen…</translation>
    </message>
    <message>
      <source>Intitulé</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Intitulé :</source>
      <translation>Omschrijving:</translation>
    </message>
    <message>
      <source>Jour de location = 24 heures à partir de l'heure de départ ; un dépassement de {grace} minutes au plus n'est pas compté ; minimum 1 jour.</source>
      <translation>Huurdag = 24 uur vanaf het vertrekuur; een overschrijding van hoogstens {grace} minuten wordt niet aangerekend; minimum 1 dag.</translation>
    </message>
    <message>
      <source>Jour supp.
HTVA</source>
      <translation>Extra dag
excl. btw</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Dagboek</translation>
    </message>
    <message>
      <source>Journal des ventes</source>
      <translation>Verkoopdagboek</translation>
    </message>
    <message>
      <source>Journal des ventes : {sales} ; règlements : {payments}</source>
      <translation>Verkoopdagboek: {sales}; betalingen: {payments}</translation>
    </message>
    <message>
      <source>Jours</source>
      <translation>Dagen</translation>
    </message>
    <message>
      <source>Jours Base</source>
      <translation>Basisdagen</translation>
    </message>
    <message>
      <source>Jours Base :</source>
      <translation>Basisdagen:</translation>
    </message>
    <message>
      <source>Jours PEC</source>
      <translation>PEC-dagen</translation>
    </message>
    <message>
      <source>Jours accordés</source>
      <translation>Toegestane dagen</translation>
    </message>
    <message>
      <source>Jours accordés en plus :</source>
      <translation>Extra toegestane dagen:</translation>
    </message>
    <message>
      <source>Jours ajoutés</source>
      <translation>Toegevoegde dagen</translation>
    </message>
    <message>
      <source>Jours au-delà du forfait de {days} jour(s)</source>
      <translation>Dagen boven het forfait van {days} dag(en)</translation>
    </message>
    <message>
      <source>Jours client</source>
      <translation>Dagen klant</translation>
    </message>
    <message>
      <source>Jours loués</source>
      <translation>Gehuurde dagen</translation>
    </message>
    <message>
      <source>Kilomètres supplémentaires</source>
      <translation>Extra kilometers</translation>
    </message>
    <message>
      <source>Kilométrage actuel</source>
      <translation>Huidige kilometerstand</translation>
    </message>
    <message>
      <source>Kilométrage actuel :</source>
      <translation>Huidige kilometerstand:</translation>
    </message>
    <message>
      <source>Kilométrage au départ</source>
      <translation>Kilometerstand bij vertrek</translation>
    </message>
    <message>
      <source>Kilométrage au retour</source>
      <translation>Kilometerstand bij terugkeer</translation>
    </message>
    <message>
      <source>Kilométrage départ</source>
      <translation>Kilometerstand vertrek</translation>
    </message>
    <message>
      <source>Kilométrage départ / retour :</source>
      <translation>Kilometerstand vertrek / terugkeer:</translation>
    </message>
    <message>
      <source>Kilométrage retour</source>
      <translation>Kilometerstand terugkeer</translation>
    </message>
    <message>
      <source>Km</source>
      <translation>Km</translation>
    </message>
    <message>
      <source>Km inclus / jour
(vide = illimité)</source>
      <translation>Inbegrepen km / dag
(leeg = onbeperkt)</translation>
    </message>
    <message>
      <source>L'accord {label}</source>
      <translation>Het akkoord {label}</translation>
    </message>
    <message>
      <source>L'historique des prolongations ne se modifie pas : une erreur se corrige par une nouvelle prolongation.</source>
      <translation>De geschiedenis van de verlengingen wordt niet gewijzigd: een fout wordt verbeterd met een nieuwe verlenging.</translation>
    </message>
    <message>
      <source>La part de l'assistance ({share} HTVA) lui est facturée ; la TVA de {vat} sur cette part est à votre charge.</source>
      <translation>Het aandeel van de bijstandsmaatschappij ({share} excl. btw) wordt haar gefactureerd; de btw van {vat} op dit aandeel is ten uwen laste.</translation>
    </message>
    <message>
      <source>La réparation {number} est terminée depuis le {when} : le véhicule de remplacement peut rentrer (retour prévu actuellement le {planned}).</source>
      <translation>Herstelling {number} is klaar sinds {when}: de vervangwagen mag terugkomen (terugkeer nu gepland op {planned}).</translation>
    </message>
    <message>
      <source>La transmission de {reference} n'a pas été confirmée : le fournisseur l'a peut-être reçue.

Avez-vous vérifié chez votre fournisseur Peppol qu'elle n'est pas arrivée ? Elle sera renvoyée avec le même identifiant (pas de doublon chez un fournisseur qui l'a déjà).</source>
      <translation>De verzending van {reference} werd niet bevestigd: de provider heeft ze misschien ontvangen.

Hebt u bij uw Peppol-provider nagegaan dat ze niet aangekomen is? Ze wordt opnieuw verzonden met dezelfde identificatie (geen dubbel bij een provider die ze al heeft).</translation>
    </message>
    <message>
      <source>Le client {name}</source>
      <translation>De klant {name}</translation>
    </message>
    <message>
      <source>Le dossier {number}</source>
      <translation>Het dossier {number}</translation>
    </message>
    <message>
      <source>Le dossier {number} est annulé.</source>
      <translation>Het dossier {number} is geannuleerd.</translation>
    </message>
    <message>
      <source>Le dossier {number} est facturé : il ne peut plus être modifié. Annulez d'abord la facture par une note de crédit.</source>
      <translation>Het dossier {number} is gefactureerd: het kan niet meer gewijzigd worden. Annuleer eerst de factuur met een creditnota.</translation>
    </message>
    <message>
      <source>Le dossier {number} est facturé ou annulé : ses suppléments ne changent plus.</source>
      <translation>Dossier {number} is gefactureerd of geannuleerd: zijn supplementen veranderen niet meer.</translation>
    </message>
    <message>
      <source>Le dossier {number} ne peut plus être converti.</source>
      <translation>Het dossier {number} kan niet meer omgezet worden.</translation>
    </message>
    <message>
      <source>Le montant {amount} ne correspond pas au solde de {payer} ({due}).</source>
      <translation>Het bedrag {amount} komt niet overeen met het saldo van {payer} ({due}).</translation>
    </message>
    <message>
      <source>Le nouveau retour doit suivre le retour prévu actuel.</source>
      <translation>De nieuwe terugkeer moet na de huidige geplande terugkeer komen.</translation>
    </message>
    <message>
      <source>Le tarif client s'applique à ce que la prise en charge ne couvre pas : jours au-delà de la durée PEC, kilomètres supplémentaires, carburant, nettoyage.</source>
      <translation>Het klanttarief geldt voor wat de tenlasteneming niet dekt: dagen boven de PEC-duur, extra kilometers, brandstof, reiniging.</translation>
    </message>
    <message>
      <source>Le tarif {name}</source>
      <translation>Het tarief {name}</translation>
    </message>
    <message>
      <source>Le trousseau du système refuse le mot de passe : {detail}</source>
      <translation>De sleutelhanger van het systeem weigert het wachtwoord: {detail}</translation>
    </message>
    <message>
      <source>Le véhicule du contrat {number} est parti : enregistrez son retour au lieu d'annuler.</source>
      <translation>Het voertuig van contract {number} is vertrokken: registreer de terugkeer in plaats van te annuleren.</translation>
    </message>
    <message>
      <source>Le véhicule {plate}</source>
      <translation>Het voertuig {plate}</translation>
    </message>
    <message>
      <source>Les factures que la validation émettra, en un PDF marqué « projet », sans numéro : rien n'est enregistré.</source>
      <translation>De facturen die de validatie zal uitgeven, in één PDF gemarkeerd « ontwerp », zonder nummer: er wordt niets opgeslagen.</translation>
    </message>
    <message>
      <source>Les factures, notes de crédit et règlements émis ne peuvent pas être modifiés en masse.</source>
      <translation>Uitgereikte facturen, creditnota's en betalingen kunnen niet in bulk gewijzigd worden.</translation>
    </message>
    <message>
      <source>Les jours accordés s'ajoutent à la durée PEC : ils sont à charge de l'assistance.</source>
      <translation>De toegestane dagen worden bij de PEC-duur gevoegd: ze zijn ten laste van de bijstandsmaatschappij.</translation>
    </message>
    <message>
      <source>Les jours au-delà de ce qui est accordé sont à charge du client, au tarif client.</source>
      <translation>De dagen boven wat toegestaan is, zijn ten laste van de klant, tegen het klanttarief.</translation>
    </message>
    <message>
      <source>Libellé</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Libellé :</source>
      <translation>Omschrijving:</translation>
    </message>
    <message>
      <source>Lier une réparation…</source>
      <translation>Herstelling koppelen…</translation>
    </message>
    <message>
      <source>Lignes de règlement</source>
      <translation>Betalingslijnen</translation>
    </message>
    <message>
      <source>Livrées</source>
      <translation>Afgeleverd</translation>
    </message>
    <message>
      <source>Localité</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Localité :</source>
      <translation>Plaats:</translation>
    </message>
    <message>
      <source>Location : dossiers du site {site}…</source>
      <translation>Verhuur: dossiers van vestiging {site}…</translation>
    </message>
    <message>
      <source>Location : dépassement du plafond journalier de l'assistance</source>
      <translation>Verhuur: overschrijding van het dagplafond van de bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>Location : part non prise en charge ({pct} %)</source>
      <translation>Verhuur: niet ten laste genomen deel ({pct} %)</translation>
    </message>
    <message>
      <source>Location : tarifs et accords de démonstration…</source>
      <translation>Verhuur: demotarieven en -akkoorden…</translation>
    </message>
    <message>
      <source>Location : {days} jour(s), dont {extra} jour(s) en plus à charge du client.</source>
      <translation>Verhuur: {days} dag(en), waarvan {extra} extra dag(en) ten laste van de klant.</translation>
    </message>
    <message>
      <source>Location au site {code}</source>
      <translation>Verhuur in vestiging {code}</translation>
    </message>
    <message>
      <source>Location catégorie {category} – forfait {days} jour(s) – {tariff}</source>
      <translation>Verhuur categorie {category} – forfait {days} dag(en) – {tariff}</translation>
    </message>
    <message>
      <source>Location – back-office</source>
      <translation>Verhuur – backoffice</translation>
    </message>
    <message>
      <source>Marquer &amp;réparé…</source>
      <translation>Als &amp;hersteld markeren…</translation>
    </message>
    <message>
      <source>Marquer réparé…</source>
      <translation>Als hersteld markeren…</translation>
    </message>
    <message>
      <source>Marquer « {what} » ({plate}) comme réparé ?</source>
      <translation>« {what} » ({plate}) als hersteld markeren?</translation>
    </message>
    <message>
      <source>Marquer « {what} » comme réparé ? Il restera dans l'historique du véhicule.</source>
      <translation>« {what} » als hersteld markeren? Het blijft in de geschiedenis van het voertuig.</translation>
    </message>
    <message>
      <source>Merci de régler le solde de {amount} sur le compte {iban} en rappelant les communications structurées de chaque facture.</source>
      <translation>Gelieve het saldo van {amount} te betalen op rekening {iban} met de gestructureerde mededelingen van elke factuur.</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Wijze</translation>
    </message>
    <message>
      <source>Mode :</source>
      <translation>Wijze:</translation>
    </message>
    <message>
      <source>Mode de paiement</source>
      <translation>Betaalwijze</translation>
    </message>
    <message>
      <source>Modifier…</source>
      <translation>Wijzigen…</translation>
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
      <translation>Maand</translation>
    </message>
    <message>
      <source>Mois :</source>
      <translation>Maand:</translation>
    </message>
    <message>
      <source>Mois »</source>
      <translation>Maand »</translation>
    </message>
    <message>
      <source>Moment</source>
      <translation>Moment</translation>
    </message>
    <message>
      <source>Moment :</source>
      <translation>Moment:</translation>
    </message>
    <message>
      <source>Montant</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <source>Montant (€)</source>
      <translation>Bedrag (€)</translation>
    </message>
    <message>
      <source>Montant (€) :</source>
      <translation>Bedrag (€):</translation>
    </message>
    <message>
      <source>Montant HTVA</source>
      <translation>Bedrag excl. btw</translation>
    </message>
    <message>
      <source>Montant des dommages</source>
      <translation>Schadebedrag</translation>
    </message>
    <message>
      <source>Montants à charge du client</source>
      <translation>Bedragen ten laste van de klant</translation>
    </message>
    <message>
      <source>Mot de passe</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Mot de passe SMTP : </source>
      <translation>SMTP-wachtwoord: </translation>
    </message>
    <message>
      <source>Motif (e-facture)</source>
      <translation>Reden (e-factuur)</translation>
    </message>
    <message>
      <source>Motif : {message}</source>
      <translation>Reden: {message}</translation>
    </message>
    <message>
      <source>Motif de l'annulation :</source>
      <translation>Reden van de annulering:</translation>
    </message>
    <message>
      <source>Motif de l'extourne :</source>
      <translation>Reden van de tegenboeking:</translation>
    </message>
    <message>
      <source>NOTE DE CRÉDIT</source>
      <translation>CREDITNOTA</translation>
    </message>
    <message>
      <source>Nature</source>
      <translation>Aard</translation>
    </message>
    <message>
      <source>Nettoyage (€ HTVA) :</source>
      <translation>Reiniging (€ excl. btw):</translation>
    </message>
    <message>
      <source>Nettoyage du véhicule</source>
      <translation>Reiniging van het voertuig</translation>
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
      <source>Note de crédit</source>
      <translation>Creditnota</translation>
    </message>
    <message>
      <source>Note de crédit {reference} : annule {invoice} ({total} TVAC).</source>
      <translation>Creditnota {reference}: annuleert {invoice} ({total} incl. btw).</translation>
    </message>
    <message>
      <source>Notes de crédit</source>
      <translation>Creditnota's</translation>
    </message>
    <message>
      <source>Noté le</source>
      <translation>Genoteerd op</translation>
    </message>
    <message>
      <source>Noté par</source>
      <translation>Genoteerd door</translation>
    </message>
    <message>
      <source>Nouveau : {kind}</source>
      <translation>Nieuw: {kind}</translation>
    </message>
    <message>
      <source>Nouveau client</source>
      <translation>Nieuwe klant</translation>
    </message>
    <message>
      <source>Nouveau contrat</source>
      <translation>Nieuw contract</translation>
    </message>
    <message>
      <source>Nouveau devis</source>
      <translation>Nieuwe offerte</translation>
    </message>
    <message>
      <source>Nouveau dommage</source>
      <translation>Nieuwe schade</translation>
    </message>
    <message>
      <source>Nouveau retour prévu :</source>
      <translation>Nieuwe geplande terugkeer:</translation>
    </message>
    <message>
      <source>Nouveau règlement</source>
      <translation>Nieuwe betaling</translation>
    </message>
    <message>
      <source>Nouveau…</source>
      <translation>Nieuw…</translation>
    </message>
    <message>
      <source>Nouvelle réservation</source>
      <translation>Nieuwe reservering</translation>
    </message>
    <message>
      <source>Numéro</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <source>Numéro d'entreprise</source>
      <translation>Ondernemingsnummer</translation>
    </message>
    <message>
      <source>Numéro d'entreprise :</source>
      <translation>Ondernemingsnummer:</translation>
    </message>
    <message>
      <source>Numéro de TVA</source>
      <translation>Btw-nummer</translation>
    </message>
    <message>
      <source>Numéro de TVA :</source>
      <translation>Btw-nummer:</translation>
    </message>
    <message>
      <source>N°</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>N° &lt;b&gt;{reference}&lt;/b&gt;</source>
      <translation>Nr. &lt;b&gt;{reference}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>N° TVA</source>
      <translation>Btw-nr.</translation>
    </message>
    <message>
      <source>N° assistance</source>
      <translation>Bijstandsnr.</translation>
    </message>
    <message>
      <source>N° attribué à la validation</source>
      <translation>Nr. toegekend bij validatie</translation>
    </message>
    <message>
      <source>N° d'autorisation</source>
      <translation>Machtigingsnr.</translation>
    </message>
    <message>
      <source>N° d'autorisation :</source>
      <translation>Machtigingsnr.:</translation>
    </message>
    <message>
      <source>N° d'entreprise : {number}</source>
      <translation>Ondernemingsnr.: {number}</translation>
    </message>
    <message>
      <source>N° du dossier de réparation :</source>
      <translation>Nr. van het herstellingsdossier:</translation>
    </message>
    <message>
      <source>P.U. HTVA</source>
      <translation>E.P. excl. btw</translation>
    </message>
    <message>
      <source>PDF (sans TVA)</source>
      <translation>PDF (zonder btw)</translation>
    </message>
    <message>
      <source>PDF écrit : {path}</source>
      <translation>PDF geschreven: {path}</translation>
    </message>
    <message>
      <source>PEC</source>
      <translation>PEC</translation>
    </message>
    <message>
      <source>PEC Accord National</source>
      <translation>PEC Nationaal akkoord</translation>
    </message>
    <message>
      <source>PEC Accord National :</source>
      <translation>PEC Nationaal akkoord:</translation>
    </message>
    <message>
      <source>PEC Carburant :</source>
      <translation>PEC Brandstof:</translation>
    </message>
    <message>
      <source>PEC Catégorie</source>
      <translation>PEC Categorie</translation>
    </message>
    <message>
      <source>PEC Catégorie :</source>
      <translation>PEC Categorie:</translation>
    </message>
    <message>
      <source>PEC Durée</source>
      <translation>PEC Duur</translation>
    </message>
    <message>
      <source>PEC Durée (accord initial) :</source>
      <translation>PEC Duur (oorspronkelijk akkoord):</translation>
    </message>
    <message>
      <source>PEC Km Supp</source>
      <translation>PEC Extra km</translation>
    </message>
    <message>
      <source>PEC Km Supp :</source>
      <translation>PEC Extra km:</translation>
    </message>
    <message>
      <source>PEC seulement</source>
      <translation>Alleen PEC</translation>
    </message>
    <message>
      <source>PROJET</source>
      <translation>ONTWERP</translation>
    </message>
    <message>
      <source>PROJET DE FACTURE</source>
      <translation>ONTWERPFACTUUR</translation>
    </message>
    <message>
      <source>Par</source>
      <translation>Door</translation>
    </message>
    <message>
      <source>Par défaut</source>
      <translation>Standaard</translation>
    </message>
    <message>
      <source>Paramètres SMTP du site {site} enregistrés.</source>
      <translation>SMTP-instellingen van vestiging {site} opgeslagen.</translation>
    </message>
    <message>
      <source>Paramètres de location enregistrés.</source>
      <translation>Verhuurparameters opgeslagen.</translation>
    </message>
    <message>
      <source>Paramètres du site</source>
      <translation>Parameters van de vestiging</translation>
    </message>
    <message>
      <source>Paramètres e-mail…</source>
      <translation>E-mailinstellingen…</translation>
    </message>
    <message>
      <source>Paramètres enregistrés.</source>
      <translation>Parameters opgeslagen.</translation>
    </message>
    <message>
      <source>Part de l'assistance (%)</source>
      <translation>Aandeel bijstandsmaatschappij (%)</translation>
    </message>
    <message>
      <source>Part de l'assistance (%) :</source>
      <translation>Aandeel bijstandsmaatschappij (%):</translation>
    </message>
    <message>
      <source>Part de l'assistance : base de la TVA à votre charge</source>
      <translation>Aandeel bijstandsmaatschappij: maatstaf van de btw ten uwen laste</translation>
    </message>
    <message>
      <source>Part de l'assistance : facturée à l'assistance hors TVA</source>
      <translation>Aandeel bijstandsmaatschappij: aan haar gefactureerd zonder btw</translation>
    </message>
    <message>
      <source>Part du bénéficiaire : {pct} % de la location</source>
      <translation>Aandeel begunstigde: {pct} % van de verhuur</translation>
    </message>
    <message>
      <source>Partage de la facture</source>
      <translation>Verdeling van de factuur</translation>
    </message>
    <message>
      <source>Partage de la facture (accords de prise en charge) : l'assistance paie ce pourcentage de la location couverte, au plus le plafond par jour ; le bénéficiaire paie le reste.</source>
      <translation>Verdeling van de factuur (akkoorden met tenlasteneming): de bijstandsmaatschappij betaalt dit percentage van de gedekte verhuur, hoogstens het plafond per dag; de begunstigde betaalt de rest.</translation>
    </message>
    <message>
      <source>Particulier</source>
      <translation>Particulier</translation>
    </message>
    <message>
      <source>Pas de photo pour ce dommage.</source>
      <translation>Geen foto voor deze schade.</translation>
    </message>
    <message>
      <source>Pas encore facturé</source>
      <translation>Nog niet gefactureerd</translation>
    </message>
    <message>
      <source>Payeur</source>
      <translation>Betaler</translation>
    </message>
    <message>
      <source>Pays</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>Pays :</source>
      <translation>Land:</translation>
    </message>
    <message>
      <source>Payé</source>
      <translation>Betaald</translation>
    </message>
    <message>
      <source>Payé par</source>
      <translation>Betaald door</translation>
    </message>
    <message>
      <source>Payé par :</source>
      <translation>Betaald door:</translation>
    </message>
    <message>
      <source>Payé par défaut par :</source>
      <translation>Standaard betaald door:</translation>
    </message>
    <message>
      <source>Pec Impression Contrat :</source>
      <translation>PEC contractafdruk:</translation>
    </message>
    <message>
      <source>Pec impression contrat</source>
      <translation>PEC contractafdruk</translation>
    </message>
    <message>
      <source>Peppol</source>
      <translation>Peppol</translation>
    </message>
    <message>
      <source>Permis</source>
      <translation>Rijbewijs</translation>
    </message>
    <message>
      <source>Permis de conduire</source>
      <translation>Rijbewijs</translation>
    </message>
    <message>
      <source>Permis de conduire :</source>
      <translation>Rijbewijs:</translation>
    </message>
    <message>
      <source>Permis n° {number}</source>
      <translation>Rijbewijs nr. {number}</translation>
    </message>
    <message>
      <source>Photo illisible : {error}</source>
      <translation>Onleesbare foto: {error}</translation>
    </message>
    <message>
      <source>Photo introuvable.</source>
      <translation>Foto niet gevonden.</translation>
    </message>
    <message>
      <source>Photo {name}</source>
      <translation>Foto {name}</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>Foto's</translation>
    </message>
    <message>
      <source>Photos :</source>
      <translation>Foto's:</translation>
    </message>
    <message>
      <source>Photos du dommage</source>
      <translation>Foto's van de schade</translation>
    </message>
    <message>
      <source>Photos du dommage — {zone}</source>
      <translation>Foto's van de schade — {zone}</translation>
    </message>
    <message>
      <source>Plafond</source>
      <translation>Plafond</translation>
    </message>
    <message>
      <source>Plafond de l'assistance : {cap} € × {days} jour(s)</source>
      <translation>Plafond bijstandsmaatschappij: {cap} € × {days} dag(en)</translation>
    </message>
    <message>
      <source>Plafond journalier</source>
      <translation>Dagplafond</translation>
    </message>
    <message>
      <source>Plafond journalier (€ HTVA) :</source>
      <translation>Dagplafond (€ excl. btw):</translation>
    </message>
    <message>
      <source>Planning location</source>
      <translation>Verhuurplanning</translation>
    </message>
    <message>
      <source>Plaque</source>
      <translation>Nummerplaat</translation>
    </message>
    <message>
      <source>Plaque :</source>
      <translation>Nummerplaat:</translation>
    </message>
    <message>
      <source>Point d'accès Peppol — site {code}</source>
      <translation>Peppol-toegangspunt — vestiging {code}</translation>
    </message>
    <message>
      <source>Point d'accès Peppol…</source>
      <translation>Peppol-toegangspunt…</translation>
    </message>
    <message>
      <source>Port SMTP</source>
      <translation>SMTP-poort</translation>
    </message>
    <message>
      <source>Pourquoi</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <source>Prise en Charge</source>
      <translation>Tenlasteneming</translation>
    </message>
    <message>
      <source>Prise en Charge :</source>
      <translation>Tenlasteneming:</translation>
    </message>
    <message>
      <source>Prise en charge</source>
      <translation>Tenlasteneming</translation>
    </message>
    <message>
      <source>Prise en charge (assistance)</source>
      <translation>Tenlasteneming (bijstand)</translation>
    </message>
    <message>
      <source>Prise en charge : {total} TVAC</source>
      <translation>Tenlasteneming: {total} incl. btw</translation>
    </message>
    <message>
      <source>Prix (€ HTVA) :</source>
      <translation>Prijs (€ excl. btw):</translation>
    </message>
    <message>
      <source>Prix HTVA</source>
      <translation>Prijs excl. btw</translation>
    </message>
    <message>
      <source>Prix du carburant par litre</source>
      <translation>Brandstofprijs per liter</translation>
    </message>
    <message>
      <source>Prix km
supp.</source>
      <translation>Prijs
extra km</translation>
    </message>
    <message>
      <source>Prix unitaire HTVA</source>
      <translation>Eenheidsprijs excl. btw</translation>
    </message>
    <message>
      <source>Pro&amp;jet de facture…</source>
      <translation>Ont&amp;werpfactuur…</translation>
    </message>
    <message>
      <source>Projet</source>
      <translation>Ontwerp</translation>
    </message>
    <message>
      <source>Projet de facture</source>
      <translation>Ontwerpfactuur</translation>
    </message>
    <message>
      <source>Projet de facture (sans numéro, rien d'enregistré) écrit : {path}</source>
      <translation>Ontwerpfactuur (zonder nummer, niets opgeslagen) geschreven: {path}</translation>
    </message>
    <message>
      <source>Projet, sans valeur de facture : le numéro, l'échéance et la communication structurée sont attribués à la validation. Ne payez pas ce document.</source>
      <translation>Ontwerp, zonder waarde van factuur: het nummer, de vervaldag en de gestructureerde mededeling worden bij de validatie toegekend. Betaal dit document niet.</translation>
    </message>
    <message>
      <source>Prolongation par l'assistance</source>
      <translation>Verlenging door de bijstand</translation>
    </message>
    <message>
      <source>Prolongation par le client</source>
      <translation>Verlenging door de klant</translation>
    </message>
    <message>
      <source>Prénom</source>
      <translation>Voornaam</translation>
    </message>
    <message>
      <source>Prénom :</source>
      <translation>Voornaam:</translation>
    </message>
    <message>
      <source>Préparation du PDF…</source>
      <translation>PDF wordt voorbereid…</translation>
    </message>
    <message>
      <source>Prévoir le retour à cette date</source>
      <translation>Terugkeer op deze datum plannen</translation>
    </message>
    <message>
      <source>Période</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Période clôturée jusqu'au {until} inclus.</source>
      <translation>Periode afgesloten tot en met {until}.</translation>
    </message>
    <message>
      <source>Quand</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <source>Quantité</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <source>Quantité :</source>
      <translation>Aantal:</translation>
    </message>
    <message>
      <source>Quelles factures ?</source>
      <translation>Welke facturen?</translation>
    </message>
    <message>
      <source>RELEVÉ DE COMPTE</source>
      <translation>REKENINGOVERZICHT</translation>
    </message>
    <message>
      <source>Refusées</source>
      <translation>Geweigerd</translation>
    </message>
    <message>
      <source>Relevé assistance…</source>
      <translation>Overzicht bijstand…</translation>
    </message>
    <message>
      <source>Relevé mensuel d'une société d'assistance</source>
      <translation>Maandoverzicht van een bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>Relevé {company} : reporté {opening}, facturé {invoiced}, crédité {credited}, payé {paid}, solde dû {closing}.</source>
      <translation>Overzicht {company}: overgedragen {opening}, gefactureerd {invoiced}, gecrediteerd {credited}, betaald {paid}, verschuldigd saldo {closing}.</translation>
    </message>
    <message>
      <source>Relevé {company} {month}</source>
      <translation>Overzicht {company} {month}</translation>
    </message>
    <message>
      <source>Relevé {month} — page {page}</source>
      <translation>Overzicht {month} — pagina {page}</translation>
    </message>
    <message>
      <source>Remarque</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <source>Remarque :</source>
      <translation>Opmerking:</translation>
    </message>
    <message>
      <source>Remarques :</source>
      <translation>Opmerkingen:</translation>
    </message>
    <message>
      <source>Rembourser la caution</source>
      <translation>Waarborg terugbetalen</translation>
    </message>
    <message>
      <source>Rembourser {amount} de caution à {payer} ?</source>
      <translation>{amount} waarborg terugbetalen aan {payer}?</translation>
    </message>
    <message>
      <source>Rembourser…</source>
      <translation>Terugbetalen…</translation>
    </message>
    <message>
      <source>Remise</source>
      <translation>Korting</translation>
    </message>
    <message>
      <source>Remise (%) :</source>
      <translation>Korting (%):</translation>
    </message>
    <message>
      <source>Remise PEC</source>
      <translation>PEC-korting</translation>
    </message>
    <message>
      <source>Remise client</source>
      <translation>Klantkorting</translation>
    </message>
    <message>
      <source>Remise {pct} %</source>
      <translation>Korting {pct} %</translation>
    </message>
    <message>
      <source>Rentré, à facturer</source>
      <translation>Teruggekeerd, te factureren</translation>
    </message>
    <message>
      <source>Renvoyer la facture électronique</source>
      <translation>Elektronische factuur opnieuw verzenden</translation>
    </message>
    <message>
      <source>Renvoyer {reference} telle quelle ?

Motif du refus : {message}

Si la facture elle-même est en cause, annulez-la par une note de crédit et refacturez le contrat, puis renvoyez.</source>
      <translation>{reference} ongewijzigd opnieuw verzenden?

Reden van de weigering: {message}

Als de factuur zelf het probleem is, annuleer ze dan met een creditnota, factureer het contract opnieuw en verzend dan opnieuw.</translation>
    </message>
    <message>
      <source>Reste dû</source>
      <translation>Nog te betalen</translation>
    </message>
    <message>
      <source>Retirer le supplément</source>
      <translation>Supplement verwijderen</translation>
    </message>
    <message>
      <source>Retirer « {label} » (× {n}) du dossier ?</source>
      <translation>« {label} » (× {n}) uit het dossier verwijderen?</translation>
    </message>
    <message>
      <source>Retour</source>
      <translation>Terugkeer</translation>
    </message>
    <message>
      <source>Retour en retard</source>
      <translation>Laattijdige terugkeer</translation>
    </message>
    <message>
      <source>Retour prévu</source>
      <translation>Geplande terugkeer</translation>
    </message>
    <message>
      <source>Retour prévu :</source>
      <translation>Geplande terugkeer:</translation>
    </message>
    <message>
      <source>Retour prévu aujourd'hui</source>
      <translation>Terugkeer vandaag gepland</translation>
    </message>
    <message>
      <source>Retour réel</source>
      <translation>Werkelijke terugkeer</translation>
    </message>
    <message>
      <source>Retour réel :</source>
      <translation>Werkelijke terugkeer:</translation>
    </message>
    <message>
      <source>Rue</source>
      <translation>Straat</translation>
    </message>
    <message>
      <source>Rue :</source>
      <translation>Straat:</translation>
    </message>
    <message>
      <source>Règlement</source>
      <translation>Betaling</translation>
    </message>
    <message>
      <source>Règlement introuvable.</source>
      <translation>Betaling niet gevonden.</translation>
    </message>
    <message>
      <source>Règlement {id} enregistré : {amount} ({method}) par {payer}.</source>
      <translation>Betaling {id} opgeslagen: {amount} ({method}) door {payer}.</translation>
    </message>
    <message>
      <source>Règlements</source>
      <translation>Betalingen</translation>
    </message>
    <message>
      <source>Règlements reçus</source>
      <translation>Ontvangen betalingen</translation>
    </message>
    <message>
      <source>Référence</source>
      <translation>Referentie</translation>
    </message>
    <message>
      <source>Référence :</source>
      <translation>Referentie:</translation>
    </message>
    <message>
      <source>Réparation</source>
      <translation>Herstelling</translation>
    </message>
    <message>
      <source>Réparation liée</source>
      <translation>Gekoppelde herstelling</translation>
    </message>
    <message>
      <source>Réparation liée :</source>
      <translation>Gekoppelde herstelling:</translation>
    </message>
    <message>
      <source>Réparation terminée : proposer le retour</source>
      <translation>Herstelling klaar: terugkeer voorstellen</translation>
    </message>
    <message>
      <source>Réparé le</source>
      <translation>Hersteld op</translation>
    </message>
    <message>
      <source>Réservation</source>
      <translation>Reservering</translation>
    </message>
    <message>
      <source>Réservoir (l)</source>
      <translation>Tank (l)</translation>
    </message>
    <message>
      <source>Réservoir (litres)</source>
      <translation>Tank (liter)</translation>
    </message>
    <message>
      <source>Réservoir (litres) :</source>
      <translation>Tank (liter):</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <source>Rôle</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Saisi le</source>
      <translation>Ingevoerd op</translation>
    </message>
    <message>
      <source>Saisi par</source>
      <translation>Ingevoerd door</translation>
    </message>
    <message>
      <source>Saisissez le retour réel (date-heure, kilométrage, carburant) et enregistrez le contrat avant de le facturer.</source>
      <translation>Vul de werkelijke terugkeer in (datum en uur, kilometerstand, brandstof) en sla het contract op voordat u factureert.</translation>
    </message>
    <message>
      <source>Second conducteur :</source>
      <translation>Tweede bestuurder:</translation>
    </message>
    <message>
      <source>Semaine ›</source>
      <translation>Week ›</translation>
    </message>
    <message>
      <source>Serveur SMTP</source>
      <translation>SMTP-server</translation>
    </message>
    <message>
      <source>Signature de l'agence</source>
      <translation>Handtekening van het kantoor</translation>
    </message>
    <message>
      <source>Signature du client (lu et approuvé)</source>
      <translation>Handtekening van de klant (gelezen en goedgekeurd)</translation>
    </message>
    <message>
      <source>Société</source>
      <translation>Vennootschap</translation>
    </message>
    <message>
      <source>Société d'assistance</source>
      <translation>Bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>Société d'assistance :</source>
      <translation>Bijstandsmaatschappij:</translation>
    </message>
    <message>
      <source>Solde</source>
      <translation>Saldo</translation>
    </message>
    <message>
      <source>Solde dû</source>
      <translation>Verschuldigd saldo</translation>
    </message>
    <message>
      <source>Solde dû au {date}</source>
      <translation>Verschuldigd saldo op {date}</translation>
    </message>
    <message>
      <source>Solde reporté</source>
      <translation>Overgedragen saldo</translation>
    </message>
    <message>
      <source>Solde reporté {opening} ; facturé {invoiced} ; notes de crédit {credited} ; règlements {paid} ; solde dû {closing} ({n} mouvement(s)).</source>
      <translation>Overgedragen saldo {opening}; gefactureerd {invoiced}; creditnota's {credited}; betalingen {paid}; verschuldigd saldo {closing} ({n} beweging(en)).</translation>
    </message>
    <message>
      <source>Soldes par payeur</source>
      <translation>Saldo per betaler</translation>
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
      <translation>Volgende ›</translation>
    </message>
    <message>
      <source>Supplément</source>
      <translation>Supplement</translation>
    </message>
    <message>
      <source>Supplément :</source>
      <translation>Supplement:</translation>
    </message>
    <message>
      <source>Supplément introuvable.</source>
      <translation>Supplement niet gevonden.</translation>
    </message>
    <message>
      <source>Supplément {code} ajouté au tarif {tariff}.</source>
      <translation>Supplement {code} toegevoegd aan tarief {tariff}.</translation>
    </message>
    <message>
      <source>Suppléments</source>
      <translation>Supplementen</translation>
    </message>
    <message>
      <source>Supprimer la ligne</source>
      <translation>Regel verwijderen</translation>
    </message>
    <message>
      <source>Sélectionnez d'abord la ligne de règlement à extourner.</source>
      <translation>Selecteer eerst de betalingslijn die u wilt tegenboeken.</translation>
    </message>
    <message>
      <source>Sélectionnez d'abord le supplément à retirer.</source>
      <translation>Selecteer eerst het te verwijderen supplement.</translation>
    </message>
    <message>
      <source>Sélectionnez d'abord un dommage.</source>
      <translation>Selecteer eerst een schade.</translation>
    </message>
    <message>
      <source>TVA</source>
      <translation>Btw</translation>
    </message>
    <message>
      <source>TVA : {vat}</source>
      <translation>Btw: {vat}</translation>
    </message>
    <message>
      <source>TVA client</source>
      <translation>Btw klant</translation>
    </message>
    <message>
      <source>TVA non déductible par l'assistance : la TVA sur sa part ({share} € HTVA) est à charge du bénéficiaire</source>
      <translation>Btw niet aftrekbaar door de bijstandsmaatschappij: de btw op haar aandeel ({share} € excl. btw) is ten laste van de begunstigde</translation>
    </message>
    <message>
      <source>TVA non facturée à l'assistance : la TVA de {vat} sur ce montant est à charge du bénéficiaire et lui est facturée.</source>
      <translation>Btw niet gefactureerd aan de bijstandsmaatschappij: de btw van {vat} op dit bedrag is ten laste van de begunstigde en wordt hem gefactureerd.</translation>
    </message>
    <message>
      <source>TVA sur la part de l'assistance à charge du bénéficiaire</source>
      <translation>Btw op het aandeel van de bijstandsmaatschappij ten laste van de begunstigde</translation>
    </message>
    <message>
      <source>TVAC</source>
      <translation>Incl. btw</translation>
    </message>
    <message>
      <source>Tarif</source>
      <translation>Tarief</translation>
    </message>
    <message>
      <source>Tarif :</source>
      <translation>Tarief:</translation>
    </message>
    <message>
      <source>Tarif PEC</source>
      <translation>PEC-tarief</translation>
    </message>
    <message>
      <source>Tarif client</source>
      <translation>Klanttarief</translation>
    </message>
    <message>
      <source>Tarif client :</source>
      <translation>Klanttarief:</translation>
    </message>
    <message>
      <source>Tarif de base</source>
      <translation>Basistarief</translation>
    </message>
    <message>
      <source>Tarif de base :</source>
      <translation>Basistarief:</translation>
    </message>
    <message>
      <source>Tarif de la prise en charge</source>
      <translation>Tarief van de tenlasteneming</translation>
    </message>
    <message>
      <source>Tarif introuvable.</source>
      <translation>Tarief niet gevonden.</translation>
    </message>
    <message>
      <source>Tarif {code} enregistré ({n} ligne(s) de grille).</source>
      <translation>Tarief {code} opgeslagen ({n} rasterlijn(en)).</translation>
    </message>
    <message>
      <source>Tarif {code} introuvable.</source>
      <translation>Tarief {code} niet gevonden.</translation>
    </message>
    <message>
      <source>Tarifs</source>
      <translation>Tarieven</translation>
    </message>
    <message>
      <source>Taux TVA</source>
      <translation>Btw-tarief</translation>
    </message>
    <message>
      <source>Taux de TVA</source>
      <translation>Btw-tarief</translation>
    </message>
    <message>
      <source>Taux de TVA (%) :</source>
      <translation>Btw-tarief (%):</translation>
    </message>
    <message>
      <source>Test du point d'accès Peppol</source>
      <translation>Test van het Peppol-toegangspunt</translation>
    </message>
    <message>
      <source>Tolérance de retour</source>
      <translation>Tolerantie bij terugkeer</translation>
    </message>
    <message>
      <source>Tolérance de retour (minutes) :</source>
      <translation>Tolerantie bij terugkeer (minuten):</translation>
    </message>
    <message>
      <source>Total HTVA</source>
      <translation>Totaal excl. btw</translation>
    </message>
    <message>
      <source>Total HTVA / TVAC</source>
      <translation>Totaal excl. / incl. btw</translation>
    </message>
    <message>
      <source>Total PEC : {excl} € HTVA, TVA {vat} €, {incl} € TVAC</source>
      <translation>Totaal PEC: {excl} € excl. btw, btw {vat} €, {incl} € incl. btw</translation>
    </message>
    <message>
      <source>Total TVAC</source>
      <translation>Totaal incl. btw</translation>
    </message>
    <message>
      <source>Total client : {excl} € HTVA, TVA {vat} €, {incl} € TVAC</source>
      <translation>Totaal klant: {excl} € excl. btw, btw {vat} €, {incl} € incl. btw</translation>
    </message>
    <message>
      <source>Total contrat</source>
      <translation>Totaal contract</translation>
    </message>
    <message>
      <source>Tous les types</source>
      <translation>Alle types</translation>
    </message>
    <message>
      <source>Toutes les e-factures</source>
      <translation>Alle e-facturen</translation>
    </message>
    <message>
      <source>Toutes les tâches</source>
      <translation>Alle taken</translation>
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
      <translation>Dossiertype</translation>
    </message>
    <message>
      <source>Téléphone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Téléphone / e-mail :</source>
      <translation>Telefoon / e-mail:</translation>
    </message>
    <message>
      <source>Téléphone :</source>
      <translation>Telefoon:</translation>
    </message>
    <message>
      <source>Téléphone du contact</source>
      <translation>Telefoon van het contact</translation>
    </message>
    <message>
      <source>Un règlement enregistré ne peut être ni modifié ni supprimé : saisissez une ligne d'extourne.</source>
      <translation>Een opgeslagen betaling kan niet gewijzigd of verwijderd worden: voer een tegenboeking in.</translation>
    </message>
    <message>
      <source>Une facture ou une note de crédit émise ne peut être ni modifiée ni supprimée : annulez-la par une note de crédit.</source>
      <translation>Een uitgereikte factuur of creditnota kan niet gewijzigd of verwijderd worden: annuleer ze met een creditnota.</translation>
    </message>
    <message>
      <source>Une ligne d'extourne ne s'extourne pas.</source>
      <translation>Een tegenboeking kan zelf niet tegengeboekt worden.</translation>
    </message>
    <message>
      <source>Unité</source>
      <translation>Eenheid</translation>
    </message>
    <message>
      <source>Unité :</source>
      <translation>Eenheid:</translation>
    </message>
    <message>
      <source>Utilisateur</source>
      <translation>Gebruiker</translation>
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
      <translation>Overschrijving</translation>
    </message>
    <message>
      <source>Véhicule</source>
      <translation>Voertuig</translation>
    </message>
    <message>
      <source>Véhicule :</source>
      <translation>Voertuig:</translation>
    </message>
    <message>
      <source>Véhicule de remplacement</source>
      <translation>Vervangwagen</translation>
    </message>
    <message>
      <source>Véhicule de remplacement introuvable.</source>
      <translation>Vervangwagen niet gevonden.</translation>
    </message>
    <message>
      <source>Véhicule {plate} enregistré.</source>
      <translation>Voertuig {plate} opgeslagen.</translation>
    </message>
    <message>
      <source>Véhicule {plate} introuvable sur ce site.</source>
      <translation>Voertuig {plate} niet gevonden op deze vestiging.</translation>
    </message>
    <message>
      <source>accord jusqu'au {agreed}, réparation {repair} prévue jusqu'au {end}</source>
      <translation>akkoord tot {agreed}, herstelling {repair} gepland tot {end}</translation>
    </message>
    <message>
      <source>actif</source>
      <translation>actief</translation>
    </message>
    <message>
      <source>actif (décocher si l'accord est rompu)</source>
      <translation>actief (uitvinken als het akkoord verbroken is)</translation>
    </message>
    <message>
      <source>adresse e-mail invalide</source>
      <translation>ongeldig e-mailadres</translation>
    </message>
    <message>
      <source>annule {reference}</source>
      <translation>annuleert {reference}</translation>
    </message>
    <message>
      <source>annulé</source>
      <translation>geannuleerd</translation>
    </message>
    <message>
      <source>annulée</source>
      <translation>geannuleerd</translation>
    </message>
    <message>
      <source>annulée par {reference}</source>
      <translation>geannuleerd door {reference}</translation>
    </message>
    <message>
      <source>annulés aussi</source>
      <translation>ook geannuleerde</translation>
    </message>
    <message>
      <source>antérieur</source>
      <translation>eerder</translation>
    </message>
    <message>
      <source>août</source>
      <translation>augustus</translation>
    </message>
    <message>
      <source>assistance</source>
      <translation>bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>au</source>
      <translation>tot</translation>
    </message>
    <message>
      <source>au moins 1 jour</source>
      <translation>minstens 1 dag</translation>
    </message>
    <message>
      <source>au moins 1 jour (vide = automatique)</source>
      <translation>minstens 1 dag (leeg = automatisch)</translation>
    </message>
    <message>
      <source>au moins 1 jour (vide = jours couverts)</source>
      <translation>minstens 1 dag (leeg = gedekte dagen)</translation>
    </message>
    <message>
      <source>au plus ce que {payer} doit ({due})</source>
      <translation>hoogstens wat {payer} verschuldigd is ({due})</translation>
    </message>
    <message>
      <source>au plus la caution détenue ({held})</source>
      <translation>hoogstens de gehouden waarborg ({held})</translation>
    </message>
    <message>
      <source>aucun</source>
      <translation>geen</translation>
    </message>
    <message>
      <source>aucun supplément {code} au catalogue des tarifs du dossier</source>
      <translation>geen supplement {code} in de catalogus van de tarieven van het dossier</translation>
    </message>
    <message>
      <source>aucun tarif {code}</source>
      <translation>geen tarief {code}</translation>
    </message>
    <message>
      <source>aucun véhicule {plate} sur ce site</source>
      <translation>geen voertuig {plate} op deze vestiging</translation>
    </message>
    <message>
      <source>aucune</source>
      <translation>geen</translation>
    </message>
    <message>
      <source>aucune caution n'est détenue pour ce contrat</source>
      <translation>er wordt geen waarborg gehouden voor dit contract</translation>
    </message>
    <message>
      <source>aucune réparation liée</source>
      <translation>geen gekoppelde herstelling</translation>
    </message>
    <message>
      <source>avril</source>
      <translation>april</translation>
    </message>
    <message>
      <source>carburant manquant</source>
      <translation>ontbrekende brandstof</translation>
    </message>
    <message>
      <source>carburant pris en charge par l'assistance</source>
      <translation>brandstof ten laste van de bijstand</translation>
    </message>
    <message>
      <source>catégorie du véhicule {vehicle} différente de la catégorie PEC {pec}</source>
      <translation>voertuigcategorie {vehicle} verschilt van PEC-categorie {pec}</translation>
    </message>
    <message>
      <source>catégorie {vehicle} au lieu de {pec}</source>
      <translation>categorie {vehicle} in plaats van {pec}</translation>
    </message>
    <message>
      <source>caution</source>
      <translation>waarborg</translation>
    </message>
    <message>
      <source>ce dossier</source>
      <translation>dit dossier</translation>
    </message>
    <message>
      <source>ce n'est pas une photo lisible (JPEG, PNG, WebP…)</source>
      <translation>geen leesbare foto (JPEG, PNG, WebP…)</translation>
    </message>
    <message>
      <source>ce qui est constaté : rayure, bosse, éclat…</source>
      <translation>wat vastgesteld is: kras, deuk, barst…</translation>
    </message>
    <message>
      <source>celle du tarif client</source>
      <translation>die van het klanttarief</translation>
    </message>
    <message>
      <source>celui de l'accord</source>
      <translation>dat van het akkoord</translation>
    </message>
    <message>
      <source>choisissez au moins une facture</source>
      <translation>kies minstens één factuur</translation>
    </message>
    <message>
      <source>client</source>
      <translation>klant</translation>
    </message>
    <message>
      <source>client conducteur ou prise en charge</source>
      <translation>klant-bestuurder of tenlasteneming</translation>
    </message>
    <message>
      <source>client ou prise en charge</source>
      <translation>klant of tenlasteneming</translation>
    </message>
    <message>
      <source>clé fournie par le fournisseur</source>
      <translation>sleutel van de provider</translation>
    </message>
    <message>
      <source>communication structurée invalide (format +++123/4567/89012+++ et contrôle modulo 97)</source>
      <translation>ongeldige gestructureerde mededeling (formaat +++123/4567/89012+++ en modulo 97-controle)</translation>
    </message>
    <message>
      <source>dans le futur ({when}) : on ne facture qu'un véhicule rentré</source>
      <translation>in de toekomst ({when}): enkel een teruggekeerd voertuig wordt gefactureerd</translation>
    </message>
    <message>
      <source>date attendue au format jj-mm-aaaa : {value}</source>
      <translation>datum verwacht in het formaat dd-mm-jjjj: {value}</translation>
    </message>
    <message>
      <source>date et heure attendues (jj-mm-aaaa HH:MM)</source>
      <translation>datum en uur verwacht (dd-mm-jjjj UU:MM)</translation>
    </message>
    <message>
      <source>deux décimales au plus</source>
      <translation>hoogstens twee decimalen</translation>
    </message>
    <message>
      <source>devis, réservation ou contrat</source>
      <translation>offerte, reservering of contract</translation>
    </message>
    <message>
      <source>di</source>
      <translation>zo</translation>
    </message>
    <message>
      <source>disponible</source>
      <translation>beschikbaar</translation>
    </message>
    <message>
      <source>disponible, loué ou hors service</source>
      <translation>beschikbaar, verhuurd of buiten dienst</translation>
    </message>
    <message>
      <source>doit être supérieur à zéro</source>
      <translation>moet groter zijn dan nul</translation>
    </message>
    <message>
      <source>dommages constatés au retour : {notes}</source>
      <translation>schade vastgesteld bij terugkeer: {notes}</translation>
    </message>
    <message>
      <source>dossier de réparation introuvable sur ce site</source>
      <translation>herstellingsdossier niet gevonden op deze vestiging</translation>
    </message>
    <message>
      <source>dossier {number} – {plate} {owner} – {state}</source>
      <translation>dossier {number} – {plate} {owner} – {state}</translation>
    </message>
    <message>
      <source>du {start} au {end}</source>
      <translation>van {start} tot {end}</translation>
    </message>
    <message>
      <source>décembre</source>
      <translation>december</translation>
    </message>
    <message>
      <source>départ</source>
      <translation>vertrek</translation>
    </message>
    <message>
      <source>départ, retour ou hors location</source>
      <translation>vertrek, terugkeer of buiten verhuur</translation>
    </message>
    <message>
      <source>en cours</source>
      <translation>lopend</translation>
    </message>
    <message>
      <source>entre 0 et 100 %</source>
      <translation>tussen 0 en 100 %</translation>
    </message>
    <message>
      <source>entre 0 et 100 %, deux décimales au plus</source>
      <translation>tussen 0 en 100 %, hoogstens twee decimalen</translation>
    </message>
    <message>
      <source>entre 0 et 720 minutes</source>
      <translation>tussen 0 en 720 minuten</translation>
    </message>
    <message>
      <source>entre 0 et 8 huitièmes</source>
      <translation>tussen 0 en 8 achtsten</translation>
    </message>
    <message>
      <source>entre 1 et 65535</source>
      <translation>tussen 1 en 65535</translation>
    </message>
    <message>
      <source>envoyé</source>
      <translation>verstuurd</translation>
    </message>
    <message>
      <source>espèces, carte ou virement</source>
      <translation>contant, kaart of overschrijving</translation>
    </message>
    <message>
      <source>estimation sur le retour prévu</source>
      <translation>raming op basis van de geplande terugkeer</translation>
    </message>
    <message>
      <source>ex. : aile avant droite</source>
      <translation>bv.: rechtervoorspatbord</translation>
    </message>
    <message>
      <source>extourne de la ligne {id}</source>
      <translation>tegenboeking van lijn {id}</translation>
    </message>
    <message>
      <source>extournée par la ligne {id}</source>
      <translation>tegengeboekt door lijn {id}</translation>
    </message>
    <message>
      <source>facture {reference} absente de ce contrat</source>
      <translation>factuur {reference} hoort niet bij dit contract</translation>
    </message>
    <message>
      <source>facturé</source>
      <translation>gefactureerd</translation>
    </message>
    <message>
      <source>fichier illisible : {path}</source>
      <translation>onleesbaar bestand: {path}</translation>
    </message>
    <message>
      <source>fichier vide</source>
      <translation>leeg bestand</translation>
    </message>
    <message>
      <source>fin non planifiée</source>
      <translation>einde niet gepland</translation>
    </message>
    <message>
      <source>fin prévue le {when}</source>
      <translation>einde gepland op {when}</translation>
    </message>
    <message>
      <source>forfait {n} jour(s)</source>
      <translation>forfait {n} dag(en)</translation>
    </message>
    <message>
      <source>février</source>
      <translation>februari</translation>
    </message>
    <message>
      <source>gestionnaire du dossier à l'assistance</source>
      <translation>dossierbeheerder bij de bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>hors location</source>
      <translation>buiten verhuur</translation>
    </message>
    <message>
      <source>hors service</source>
      <translation>buiten dienst</translation>
    </message>
    <message>
      <source>inchangé si vide (gardé dans le trousseau du système)</source>
      <translation>ongewijzigd indien leeg (bewaard in de sleutelhanger van het systeem)</translation>
    </message>
    <message>
      <source>inchangée si vide (gardée dans le trousseau du système)</source>
      <translation>ongewijzigd indien leeg (bewaard in de sleutelbos van het systeem)</translation>
    </message>
    <message>
      <source>janvier</source>
      <translation>januari</translation>
    </message>
    <message>
      <source>je</source>
      <translation>do</translation>
    </message>
    <message>
      <source>juillet</source>
      <translation>juli</translation>
    </message>
    <message>
      <source>juin</source>
      <translation>juni</translation>
    </message>
    <message>
      <source>kilomètres supplémentaires</source>
      <translation>extra kilometers</translation>
    </message>
    <message>
      <source>l'accord {agreement} prend en charge {pct} % de la location de {base} € HTVA</source>
      <translation>akkoord {agreement} neemt {pct} % van de verhuur van {base} € excl. btw ten laste</translation>
    </message>
    <message>
      <source>l'accord {label} n'est pas un accord de prise en charge</source>
      <translation>het akkoord {label} is geen akkoord voor tenlasteneming</translation>
    </message>
    <message>
      <source>l'accord {label} n'est plus actif</source>
      <translation>het akkoord {label} is niet meer actief</translation>
    </message>
    <message>
      <source>l'assistance paie au plus {cap} € HTVA par jour couvert, soit {limit} € pour {days} jour(s), sur {share} €</source>
      <translation>de bijstandsmaatschappij betaalt hoogstens {cap} € excl. btw per gedekte dag, dus {limit} € voor {days} dag(en), op {share} €</translation>
    </message>
    <message>
      <source>la durée accordée au départ ({days} j) ne change plus après une prolongation : enregistrez une nouvelle prolongation</source>
      <translation>de bij vertrek toegestane duur ({days} d) verandert niet meer na een verlenging: voer een nieuwe verlenging in</translation>
    </message>
    <message>
      <source>la fin de période précède son début</source>
      <translation>het einde van de periode ligt vóór het begin</translation>
    </message>
    <message>
      <source>la plaque {plate} existe déjà</source>
      <translation>de nummerplaat {plate} bestaat al</translation>
    </message>
    <message>
      <source>la prise en charge (assistance)</source>
      <translation>de tenlasteneming (bijstandsmaatschappij)</translation>
    </message>
    <message>
      <source>la prise en charge ne paie que sur un dossier avec PEC</source>
      <translation>de tenlasteneming betaalt enkel op een dossier met PEC</translation>
    </message>
    <message>
      <source>la période est clôturée jusqu'au {until} inclus</source>
      <translation>de periode is afgesloten tot en met {until}</translation>
    </message>
    <message>
      <source>la période est déjà clôturée jusqu'au {until} inclus</source>
      <translation>de periode is al afgesloten tot en met {until}</translation>
    </message>
    <message>
      <source>le client (bénéficiaire)</source>
      <translation>de klant (begunstigde)</translation>
    </message>
    <message>
      <source>le code {code} existe déjà</source>
      <translation>de code {code} bestaat al</translation>
    </message>
    <message>
      <source>le code {code} existe déjà dans ce tarif</source>
      <translation>de code {code} bestaat al in dit tarief</translation>
    </message>
    <message>
      <source>le compte d'un accord est une société</source>
      <translation>de rekening van een akkoord is een vennootschap</translation>
    </message>
    <message>
      <source>le compteur ne peut pas baisser : le véhicule {plate} affiche déjà {km} km</source>
      <translation>de kilometerteller kan niet dalen: het voertuig {plate} toont al {km} km</translation>
    </message>
    <message>
      <source>le compteur ne peut pas baisser : {km_in} km au retour pour {km_out} km au départ</source>
      <translation>de kilometerteller kan niet dalen: {km_in} km bij terugkeer voor {km_out} km bij vertrek</translation>
    </message>
    <message>
      <source>le conducteur {name} n'a pas de numéro de permis</source>
      <translation>de bestuurder {name} heeft geen rijbewijsnummer</translation>
    </message>
    <message>
      <source>le dossier {number} concerne un autre véhicule</source>
      <translation>dossier {number} betreft een ander voertuig</translation>
    </message>
    <message>
      <source>le kilométrage ne peut pas baisser ({km_in} &lt; {km_out})</source>
      <translation>de kilometerstand kan niet dalen ({km_in} &lt; {km_out})</translation>
    </message>
    <message>
      <source>le retour doit suivre le départ</source>
      <translation>de terugkeer moet na het vertrek liggen</translation>
    </message>
    <message>
      <source>le retour prévu doit suivre le départ prévu</source>
      <translation>de geplande terugkeer moet na het geplande vertrek liggen</translation>
    </message>
    <message>
      <source>le retour réel doit suivre le départ réel</source>
      <translation>de werkelijke terugkeer moet na het werkelijke vertrek liggen</translation>
    </message>
    <message>
      <source>le tarif « {tariff} » n'a aucun prix pour la catégorie {category}</source>
      <translation>tarief « {tariff} » heeft geen prijs voor categorie {category}</translation>
    </message>
    <message>
      <source>le tarif « {tariff} » n'a pas de prix pour {days} jour(s) en catégorie {category}</source>
      <translation>tarief « {tariff} » heeft geen prijs voor {days} dag(en) in categorie {category}</translation>
    </message>
    <message>
      <source>le véhicule {plate} est déjà réservé du {start} au {end} (dossier {number})</source>
      <translation>het voertuig {plate} is al gereserveerd van {start} tot {end} (dossier {number})</translation>
    </message>
    <message>
      <source>le véhicule {plate} est déjà réservé sur cette période</source>
      <translation>het voertuig {plate} is al gereserveerd in deze periode</translation>
    </message>
    <message>
      <source>le véhicule {plate} est hors service</source>
      <translation>het voertuig {plate} is buiten dienst</translation>
    </message>
    <message>
      <source>ligne {row} : CATÉGORIE:JOURS:PRIX:JOUR_SUPP[:KM_JOUR[:PRIX_KM]]</source>
      <translation>lijn {row}: CATEGORIE:DAGEN:PRIJS:EXTRA_DAG[:KM_DAG[:PRIJS_KM]]</translation>
    </message>
    <message>
      <source>loué</source>
      <translation>verhuurd</translation>
    </message>
    <message>
      <source>lu</source>
      <translation>ma</translation>
    </message>
    <message>
      <source>lu du numéro de TVA belge</source>
      <translation>uit het Belgische btw-nummer gelezen</translation>
    </message>
    <message>
      <source>ma</source>
      <translation>di</translation>
    </message>
    <message>
      <source>mai</source>
      <translation>mei</translation>
    </message>
    <message>
      <source>mars</source>
      <translation>maart</translation>
    </message>
    <message>
      <source>me</source>
      <translation>wo</translation>
    </message>
    <message>
      <source>mois attendu au format aaaa-mm : {value}</source>
      <translation>maand verwacht in het formaat jjjj-mm: {value}</translation>
    </message>
    <message>
      <source>montant trop élevé</source>
      <translation>bedrag te hoog</translation>
    </message>
    <message>
      <source>ne correspond pas au numéro de TVA {vat}</source>
      <translation>komt niet overeen met het btw-nummer {vat}</translation>
    </message>
    <message>
      <source>ne peut pas précéder la facture du {day} ; un paiement reçu avant est un acompte</source>
      <translation>mag niet vóór de factuur van {day} liggen; een eerder ontvangen betaling is een voorschot</translation>
    </message>
    <message>
      <source>ne peut pas être dans le futur</source>
      <translation>mag niet in de toekomst liggen</translation>
    </message>
    <message>
      <source>ne peut pas être dans le futur ({when}) : saisissez-le quand le véhicule part ou rentre</source>
      <translation>mag niet in de toekomst liggen ({when}): voer het in wanneer het voertuig vertrekt of terugkomt</translation>
    </message>
    <message>
      <source>ne peut pas être négatif</source>
      <translation>kan niet negatief zijn</translation>
    </message>
    <message>
      <source>nettoyage</source>
      <translation>reiniging</translation>
    </message>
    <message>
      <source>nettoyage à facturer</source>
      <translation>reiniging aan te rekenen</translation>
    </message>
    <message>
      <source>non</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>note de crédit</source>
      <translation>creditnota</translation>
    </message>
    <message>
      <source>novembre</source>
      <translation>november</translation>
    </message>
    <message>
      <source>numéro de TVA « {value} » invalide</source>
      <translation>btw-nummer « {value} » ongeldig</translation>
    </message>
    <message>
      <source>numéro de châssis (VIN) invalide : 17 caractères, sans I, O ni Q</source>
      <translation>ongeldig chassisnummer (VIN): 17 tekens, zonder I, O of Q</translation>
    </message>
    <message>
      <source>n° d'autorisation / de garantie de paiement</source>
      <translation>machtigings- / betalingswaarborgnummer</translation>
    </message>
    <message>
      <source>n° de dossier de la société d'assistance</source>
      <translation>dossiernr. van de bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>obligatoire</source>
      <translation>verplicht</translation>
    </message>
    <message>
      <source>obligatoire : le dossier ne demande pas de caution</source>
      <translation>verplicht: het dossier vraagt geen waarborg</translation>
    </message>
    <message>
      <source>obligatoire : {why}</source>
      <translation>verplicht: {why}</translation>
    </message>
    <message>
      <source>obligatoire : à qui adresser la facture ?</source>
      <translation>verplicht: aan wie moet de factuur gericht worden?</translation>
    </message>
    <message>
      <source>obligatoire avec --photo : ce que montrent les photos</source>
      <translation>verplicht met --photo: wat de foto's tonen</translation>
    </message>
    <message>
      <source>obligatoire pour une prise en charge</source>
      <translation>verplicht bij een tenlasteneming</translation>
    </message>
    <message>
      <source>obligatoire pour une prolongation par l'assistance</source>
      <translation>verplicht voor een verlenging door de bijstand</translation>
    </message>
    <message>
      <source>obligatoire pour une prolongation par le client</source>
      <translation>verplicht voor een verlenging door de klant</translation>
    </message>
    <message>
      <source>obligatoire pour une réservation ou un contrat</source>
      <translation>verplicht voor een reservering of een contract</translation>
    </message>
    <message>
      <source>obligatoire quand le kilométrage retour est saisi</source>
      <translation>verplicht wanneer de kilometerstand bij terugkeer ingevuld is</translation>
    </message>
    <message>
      <source>obligatoire quand le retour réel est saisi</source>
      <translation>verplicht wanneer de werkelijke terugkeer ingevuld is</translation>
    </message>
    <message>
      <source>octobre</source>
      <translation>oktober</translation>
    </message>
    <message>
      <source>offert sur les dossiers avec prise en charge</source>
      <translation>aangeboden op dossiers met tenlasteneming</translation>
    </message>
    <message>
      <source>option {option}</source>
      <translation>optie {option}</translation>
    </message>
    <message>
      <source>oui</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>ouvert</source>
      <translation>open</translation>
    </message>
    <message>
      <source>par jour</source>
      <translation>per dag</translation>
    </message>
    <message>
      <source>par la société d'assistance…</source>
      <translation>door de bijstandsmaatschappij…</translation>
    </message>
    <message>
      <source>par le client…</source>
      <translation>door de klant…</translation>
    </message>
    <message>
      <source>par location</source>
      <translation>per verhuur</translation>
    </message>
    <message>
      <source>par location ou par jour</source>
      <translation>per verhuur of per dag</translation>
    </message>
    <message>
      <source>parti</source>
      <translation>vertrokken</translation>
    </message>
    <message>
      <source>particulier ou société</source>
      <translation>particulier of vennootschap</translation>
    </message>
    <message>
      <source>partiellement payée</source>
      <translation>gedeeltelijk betaald</translation>
    </message>
    <message>
      <source>payée</source>
      <translation>betaald</translation>
    </message>
    <message>
      <source>prise en charge</source>
      <translation>tenlasteneming</translation>
    </message>
    <message>
      <source>projet_{reference}</source>
      <translation>ontwerp_{reference}</translation>
    </message>
    <message>
      <source>prolongation demandée par le client : {n} jour(s) au-delà des {pec} jour(s) pris en charge</source>
      <translation>verlenging gevraagd door de klant: {n} dag(en) boven de {pec} gedekte dag(en)</translation>
    </message>
    <message>
      <source>proposé sur les dossiers</source>
      <translation>voorgesteld op de dossiers</translation>
    </message>
    <message>
      <source>qui a appelé, pourquoi…</source>
      <translation>wie belde, waarom…</translation>
    </message>
    <message>
      <source>remise de {pct} % sur la location de {base} € HTVA</source>
      <translation>korting van {pct} % op de huur van {base} € excl. btw</translation>
    </message>
    <message>
      <source>rentré</source>
      <translation>terug</translation>
    </message>
    <message>
      <source>retour</source>
      <translation>terugkeer</translation>
    </message>
    <message>
      <source>rien à facturer (total nul)</source>
      <translation>niets te factureren (totaal nul)</translation>
    </message>
    <message>
      <source>rien à payer</source>
      <translation>niets te betalen</translation>
    </message>
    <message>
      <source>référence donnée par l'assistance</source>
      <translation>referentie gegeven door de bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>réparation {repair} terminée le {when}</source>
      <translation>herstelling {repair} klaar op {when}</translation>
    </message>
    <message>
      <source>réparé le {when}</source>
      <translation>hersteld op {when}</translation>
    </message>
    <message>
      <source>sa</source>
      <translation>za</translation>
    </message>
    <message>
      <source>septembre</source>
      <translation>september</translation>
    </message>
    <message>
      <source>seul un accord de prise en charge partage la facture</source>
      <translation>enkel een akkoord met tenlasteneming verdeelt de factuur</translation>
    </message>
    <message>
      <source>seul un contrat (ni devis, ni réservation, ni annulé) se facture</source>
      <translation>alleen een contract (geen offerte, reservering of geannuleerd dossier) kan gefactureerd worden</translation>
    </message>
    <message>
      <source>seul un dossier avec prise en charge peut être prolongé par l'assistance</source>
      <translation>alleen een dossier met tenlasteneming kan door de bijstand verlengd worden</translation>
    </message>
    <message>
      <source>seule une période passée se clôture</source>
      <translation>alleen een verstreken periode kan worden afgesloten</translation>
    </message>
    <message>
      <source>société d'assistance (prise en charge)</source>
      <translation>bijstandsmaatschappij (tenlasteneming)</translation>
    </message>
    <message>
      <source>tarif par défaut des clients</source>
      <translation>standaardtarief voor klanten</translation>
    </message>
    <message>
      <source>terminée le {when}</source>
      <translation>klaar op {when}</translation>
    </message>
    <message>
      <source>toujours dehors après la période accordée</source>
      <translation>nog steeds buiten na de toegestane periode</translation>
    </message>
    <message>
      <source>toutes les factures de {payer} sur ce contrat sont annulées par des notes de crédit : enregistrez-le comme acompte s'il le faut</source>
      <translation>alle facturen van {payer} voor dit contract zijn geannuleerd met creditnota's: registreer het zo nodig als voorschot</translation>
    </message>
    <message>
      <source>un contrat demande un conducteur</source>
      <translation>een contract vereist een bestuurder</translation>
    </message>
    <message>
      <source>un devis se modifie, il ne se prolonge pas</source>
      <translation>een offerte wordt gewijzigd, niet verlengd</translation>
    </message>
    <message>
      <source>une location dure au plus {n} jours</source>
      <translation>een verhuur duurt hoogstens {n} dagen</translation>
    </message>
    <message>
      <source>une note de crédit ne s'annule pas</source>
      <translation>een creditnota kan niet geannuleerd worden</translation>
    </message>
    <message>
      <source>une prise en charge demande une durée et un tarif PEC</source>
      <translation>een tenlasteneming vereist een duur en een PEC-tarief</translation>
    </message>
    <message>
      <source>une prolongation repousse le retour prévu</source>
      <translation>een verlenging schuift de geplande terugkeer op</translation>
    </message>
    <message>
      <source>une société d'assistance est une société</source>
      <translation>een bijstandsmaatschappij is een vennootschap</translation>
    </message>
    <message>
      <source>ve</source>
      <translation>vr</translation>
    </message>
    <message>
      <source>vide : 0208:numéro d'entreprise</source>
      <translation>leeg: 0208:ondernemingsnummer</translation>
    </message>
    <message>
      <source>véhicule rendu sale</source>
      <translation>voertuig vuil teruggebracht</translation>
    </message>
    <message>
      <source>véhicule rendu sans le plein</source>
      <translation>voertuig niet volgetankt teruggebracht</translation>
    </message>
    <message>
      <source>{amount} dépasse le solde de {payer} ({due}) : enregistrez-le comme acompte s'il le faut</source>
      <translation>{amount} overschrijdt het saldo van {payer} ({due}): registreer het zo nodig als voorschot</translation>
    </message>
    <message>
      <source>{billed} jour(s) pris en charge par l'assistance (durée PEC {pec} j, location {days} j)</source>
      <translation>{billed} dag(en) ten laste van de bijstand (PEC-duur {pec} d, huur {days} d)</translation>
    </message>
    <message>
      <source>{category} pour {days} jour(s) figure deux fois</source>
      <translation>{category} voor {days} dag(en) staat er twee keer in</translation>
    </message>
    <message>
      <source>{days} jour(s) ; TVA {rate} %</source>
      <translation>{days} dag(en); btw {rate} %</translation>
    </message>
    <message>
      <source>{days} jour(s) facturé(s), TVA {rate} %</source>
      <translation>{days} gefactureerde dag(en), btw {rate} %</translation>
    </message>
    <message>
      <source>{days} jours pour {pec} couverts</source>
      <translation>{days} dagen voor {pec} gedekt</translation>
    </message>
    <message>
      <source>{days} jours pour {pec} couverts et {client} acceptés par le client : {n} jour(s) sans accord</source>
      <translation>{days} dagen voor {pec} gedekt en {client} aanvaard door de klant: {n} dag(en) zonder akkoord</translation>
    </message>
    <message>
      <source>{driven} km parcourus pour {allowed} km inclus</source>
      <translation>{driven} km gereden voor {allowed} km inbegrepen</translation>
    </message>
    <message>
      <source>{kind} : {amount} ({journal} {debit} / {credit}) ; caution détenue : {held}.</source>
      <translation>{kind}: {amount} ({journal} {debit} / {credit}); gehouden waarborg: {held}.</translation>
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
aangemaakt door {user}</translation>
    </message>
    <message>
      <source>{label}</source>
      <translation>{label}</translation>
    </message>
    <message>
      <source>{mb} Mo au plus</source>
      <translation>hoogstens {mb} MB</translation>
    </message>
    <message>
      <source>{missing}/8 de réservoir manquant au retour ({out}/8 au départ, {back}/8 au retour) × {tank} l</source>
      <translation>{missing}/8 tank ontbrekend bij terugkeer ({out}/8 bij vertrek, {back}/8 bij terugkeer) × {tank} l</translation>
    </message>
    <message>
      <source>{month} {year}</source>
      <translation>{month} {year}</translation>
    </message>
    <message>
      <source>{name} n'est pas une société d'assistance</source>
      <translation>{name} is geen bijstandsmaatschappij</translation>
    </message>
    <message>
      <source>{n} / {total} — {name}, ajoutée par {user} le {when}</source>
      <translation>{n} / {total} — {name}, toegevoegd door {user} op {when}</translation>
    </message>
    <message>
      <source>{n} contrat(s) à régulariser</source>
      <translation>{n} contract(en) te regulariseren</translation>
    </message>
    <message>
      <source>{n} dossier(s)</source>
      <translation>{n} dossier(s)</translation>
    </message>
    <message>
      <source>{n} facture(s) vérifiée(s), {changed} changement(s).</source>
      <translation>{n} factuur/facturen gecontroleerd, {changed} wijziging(en).</translation>
    </message>
    <message>
      <source>{n} factures choisies.</source>
      <translation>{n} facturen gekozen.</translation>
    </message>
    <message>
      <source>{n} jour(s)</source>
      <translation>{n} dag(en)</translation>
    </message>
    <message>
      <source>{n} jour(s) de location</source>
      <translation>{n} huurdag(en)</translation>
    </message>
    <message>
      <source>{n} jour(s) à charge du client</source>
      <translation>{n} dag(en) ten laste van de klant</translation>
    </message>
    <message>
      <source>{n} photos au plus par dommage</source>
      <translation>hoogstens {n} foto's per schade</translation>
    </message>
    <message>
      <source>{n} société(s) d'assistance pour « {text} » : donnez son numéro de client</source>
      <translation>{n} bijstandsmaatschappij(en) voor « {text} »: geef haar klantnummer</translation>
    </message>
    <message>
      <source>{n} tâche(s)</source>
      <translation>{n} taak/taken</translation>
    </message>
    <message>
      <source>{n} × {days} jour(s) à {price} € HTVA par jour</source>
      <translation>{n} × {days} dag(en) aan {price} € excl. btw per dag</translation>
    </message>
    <message>
      <source>{n} × {price} € HTVA par location</source>
      <translation>{n} × {price} € excl. btw per verhuur</translation>
    </message>
    <message>
      <source>{old} → {new}</source>
      <translation>{old} → {new}</translation>
    </message>
    <message>
      <source>{payer} : facturé {invoiced}, payé {paid}, reste dû {due}</source>
      <translation>{payer}: gefactureerd {invoiced}, betaald {paid}, nog te betalen {due}</translation>
    </message>
    <message>
      <source>{payer} n'a pas d'adresse e-mail valide</source>
      <translation>{payer} heeft geen geldig e-mailadres</translation>
    </message>
    <message>
      <source>{payer} ne doit rien : remboursez la caution</source>
      <translation>{payer} is niets verschuldigd: betaal de waarborg terug</translation>
    </message>
    <message>
      <source>{reason} ; carburant pris en charge par l'assistance</source>
      <translation>{reason}; brandstof ten laste van de bijstand</translation>
    </message>
    <message>
      <source>{reference} a été corrigée par note de crédit : la note de crédit et les factures de remplacement du contrat ({n} document(s)) seront envoyées. Continuer ?</source>
      <translation>{reference} werd met een creditnota gecorrigeerd: de creditnota en de vervangende facturen van het contract ({n} document(en)) worden verzonden. Doorgaan?</translation>
    </message>
    <message>
      <source>{reference} envoyée à {to}.</source>
      <translation>{reference} verstuurd naar {to}.</translation>
    </message>
    <message>
      <source>{reference} non envoyée à {to} : {error}</source>
      <translation>{reference} niet verstuurd naar {to}: {error}</translation>
    </message>
    <message>
      <source>{reference} — facture électronique : {state}</source>
      <translation>{reference} — elektronische factuur: {state}</translation>
    </message>
    <message>
      <source>{reference} — page {page}</source>
      <translation>{reference} — pagina {page}</translation>
    </message>
    <message>
      <source>{reference} — {payer} ({role}) — {total}</source>
      <translation>{reference} — {payer} ({role}) — {total}</translation>
    </message>
    <message>
      <source>{reference} → {to} : envoyée</source>
      <translation>{reference} → {to}: verstuurd</translation>
    </message>
    <message>
      <source>{reference} → {to} : échec ({error})</source>
      <translation>{reference} → {to}: mislukt ({error})</translation>
    </message>
    <message>
      <source>{when}  {by}  +{days} j  {old} → {new}  {reference}  ({user}) {note}</source>
      <translation>{when}  {by}  +{days} d  {old} → {new}  {reference}  ({user}) {note}</translation>
    </message>
    <message>
      <source>« Mois</source>
      <translation>« Maand</translation>
    </message>
    <message>
      <source>« {label} » n'est pas au catalogue des tarifs de ce dossier</source>
      <translation>« {label} » staat niet in de catalogus van de tarieven van dit dossier</translation>
    </message>
    <message>
      <source>À demander à l'assistance</source>
      <translation>Te vragen aan de bijstand</translation>
    </message>
    <message>
      <source>À envoyer</source>
      <translation>Te verzenden</translation>
    </message>
    <message>
      <source>À faire</source>
      <translation>Te doen</translation>
    </message>
    <message>
      <source>À faire aujourd'hui</source>
      <translation>Vandaag te doen</translation>
    </message>
    <message>
      <source>À payer au plus tard le {date} sur le compte {iban} avec la communication structurée :</source>
      <translation>Te betalen uiterlijk op {date} op rekening {iban} met de gestructureerde mededeling:</translation>
    </message>
    <message>
      <source>À vérifier</source>
      <translation>Te controleren</translation>
    </message>
    <message>
      <source>Échéance : {date}</source>
      <translation>Vervaldag: {date}</translation>
    </message>
    <message>
      <source>Écriture</source>
      <translation>Boeking</translation>
    </message>
    <message>
      <source>Émission des factures…</source>
      <translation>Facturen worden uitgegeven…</translation>
    </message>
    <message>
      <source>État</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>État des factures électroniques</source>
      <translation>Stand van de elektronische facturen</translation>
    </message>
    <message>
      <source>État du véhicule</source>
      <translation>Staat van het voertuig</translation>
    </message>
    <message>
      <source>à choisir parmi les payeurs du contrat : {allowed}</source>
      <translation>te kiezen uit de betalers van het contract: {allowed}</translation>
    </message>
    <message>
      <source>à payer</source>
      <translation>te betalen</translation>
    </message>
    <message>
      <source>à réparer</source>
      <translation>te herstellen</translation>
    </message>
    <message>
      <source>à réparer seulement</source>
      <translation>enkel te herstellen</translation>
    </message>
    <message>
      <source>à saisir avant de facturer</source>
      <translation>in te vullen voor het factureren</translation>
    </message>
    <message>
      <source>échec : {error}</source>
      <translation>mislukt: {error}</translation>
    </message>
    <message>
      <source>établi le {date}</source>
      <translation>opgemaakt op {date}</translation>
    </message>
    <message>
      <source>— aucun (devis) —</source>
      <translation>— geen (offerte) —</translation>
    </message>
    <message>
      <source>— aucun —</source>
      <translation>— geen —</translation>
    </message>
    <message>
      <source>— automatique (le moins cher) —</source>
      <translation>— automatisch (goedkoopste) —</translation>
    </message>
    <message>
      <source>— catégorie PEC —</source>
      <translation>— PEC-categorie —</translation>
    </message>
    <message>
      <source>— choisir l'accord —</source>
      <translation>— kies het akkoord —</translation>
    </message>
    <message>
      <source>— choisir —</source>
      <translation>— kiezen —</translation>
    </message>
    <message>
      <source>— jours couverts —</source>
      <translation>— gedekte dagen —</translation>
    </message>
    <message>
      <source>— le client —</source>
      <translation>— de klant —</translation>
    </message>
    <message>
      <source>— tarif de l'accord —</source>
      <translation>— tarief van het akkoord —</translation>
    </message>
    <message>
      <source>— tarif par défaut —</source>
      <translation>— standaardtarief —</translation>
    </message>
    <message>
      <source>‹ Précédente</source>
      <translation>‹ Vorige</translation>
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
      <translation>minstens {min}</translation>
    </message>
    <message>
      <source>au plus {max}</source>
      <translation>hoogstens {max}</translation>
    </message>
    <message>
      <source>nombre attendu</source>
      <translation>getal verwacht</translation>
    </message>
    <message>
      <source>obligatoire</source>
      <translation>verplicht</translation>
    </message>
    <message>
      <source>{n} caractères au plus</source>
      <translation>hoogstens {n} tekens</translation>
    </message>
    <message>
      <source>{n} décimales au plus</source>
      <translation>hoogstens {n} decimalen</translation>
    </message>
  </context>
</TS>
