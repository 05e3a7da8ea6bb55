"""E-mailing invoices as PDF attachments through the site's SMTP server.

Settings are per site (host, port, STARTTLS, user, sender address); the SMTP password is
kept in the operating system's keyring under the site, never in the database. Each
invoice goes to its own payer's address; every attempt, sent or failed, is logged on
the contract.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

import keyring
from keyring.errors import KeyringError
from sqlalchemy import select

from app.core.db.engine import Database
from app.core.errors import AtelierError, ValidationError
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.platform.models import Company, Site
from app.core.platform.scope import UserScope
from app.core.platform.site_settings import get_setting, set_setting
from app.core.rental.access import get_dossier
from app.core.rental.invoicing.documents import InvoiceDocument, load_documents
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.invoice_pdf import render_invoices
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, MAIL_FAILED, MAIL_SENT, Invoice, InvoiceMail
from app.core.timeutil import format_date

KEYRING_SERVICE = "Atelier SMTP"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SMTP_TIMEOUT = 30


@dataclass(frozen=True)
class SmtpSettings:
    """A site's outgoing mail server."""

    host: str
    port: int
    starttls: bool
    user: str
    sender: str


@dataclass(frozen=True)
class MailOutcome:
    """What happened to one invoice's e-mail."""

    invoice_id: int
    reference: str
    recipient: str
    sent: bool
    error: str


@dataclass(frozen=True)
class MailLogEntry:
    """One logged sending, as the contract shows it."""

    sent_at: datetime
    reference: str
    recipient: str
    status: str
    error: str
    sent_by: str


def keyring_user(site_id: int) -> str:
    """The keyring entry name of a site's SMTP password."""
    return f"site-{site_id}"


def smtp_settings(database: Database, site_id: int) -> SmtpSettings:
    """The site's SMTP settings (port 587 with STARTTLS by default)."""
    with database.session() as session:
        def value(key: str, default: str = "") -> str:
            return get_setting(session, site_id, f"rental.smtp_{key}", default)

        sender = value("sender") or session.get_one(Company, session.get_one(Site, site_id).company_id).email
        port = value("port", "587")
        return SmtpSettings(value("host"), int(port) if port.isdigit() else 587, value("starttls", "1") == "1",
                            value("user"), sender)


def save_smtp_settings(database: Database, scope: UserScope, host: str, port: int | str, starttls: bool, user: str,
                       sender: str, password: str | None = None) -> SmtpSettings:
    """Store the site's SMTP settings (admins); ``password`` (if given) goes to the keyring."""
    scope.require_admin()
    host = (host or "").strip()
    if not host:
        raise ValidationError("smtp_host", msg("rental", "obligatoire"), field_label=msg("rental", "Serveur SMTP"))
    try:
        port_number = int(str(port).strip())
    except ValueError:
        port_number = 0
    if not 0 < port_number < 65536:
        raise ValidationError("smtp_port", msg("rental", "entre 1 et 65535"), field_label=msg("rental", "Port SMTP"))
    sender = (sender or "").strip()
    if not EMAIL.match(sender):
        raise ValidationError("smtp_sender", msg("rental", "adresse e-mail invalide"),
                              field_label=msg("rental", "Adresse d'expédition"))
    if password:
        try:
            keyring.set_password(KEYRING_SERVICE, keyring_user(scope.site_id), password)
        except KeyringError as exc:
            raise AtelierError(msg("rental", "Le trousseau du système refuse le mot de passe : {detail}",
                                   detail=str(exc))) from exc
    with database.session() as session:
        for key, value in (("host", host), ("port", str(port_number)), ("starttls", "1" if starttls else "0"),
                           ("user", (user or "").strip()), ("sender", sender)):
            set_setting(session, scope, f"rental.smtp_{key}", value)
    return SmtpSettings(host, port_number, bool(starttls), (user or "").strip(), sender)


def _password(site_id: int) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(site_id))
    except KeyringError:
        return None


def _message(settings: SmtpSettings, document: InvoiceDocument, pdf: bytes, translate: Translator) -> EmailMessage:

    def t(message: Message) -> str:
        return message.render(translate)

    kind = msg("rental", "Note de crédit") if document.kind == KIND_CREDIT_NOTE else msg("rental", "Facture")
    message = EmailMessage()
    message["Subject"] = t(msg("rental", "{kind} {reference} — {company}", kind=kind, reference=document.reference,
                               company=document.issuer.name))
    message["From"] = formataddr((document.issuer.name, settings.sender))
    message["To"] = formataddr((document.payer_name, document.payer_email))
    message["Message-ID"] = make_msgid(domain=settings.sender.split("@")[-1])
    message.set_content(t(msg(
        "rental", "Bonjour,\n\nVeuillez trouver en pièce jointe notre {kind} {reference} du {date} relative au "
                  "contrat {contract}, d'un montant de {total} TVAC.\n{payment}\nCordialement,\n{company}\n",
        kind=kind, reference=document.reference, date=format_date(document.issue_date),
        contract=document.dossier_number, total=format_amount(document.total_incl), company=document.issuer.name,
        payment=msg("rental", "Communication structurée pour le virement : {ogm}\n",
                    ogm=document.structured_communication) if document.structured_communication else "")))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{document.reference}.pdf")
    return message


def _send(settings: SmtpSettings, password: str | None, message: EmailMessage) -> None:
    with smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT) as smtp:
        smtp.ehlo()
        if settings.starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if settings.user:
            smtp.login(settings.user, password or "")
        smtp.send_message(message)


def send_invoices(database: Database, scope: UserScope, dossier_id: int, invoice_ids: list[int],
                  translate: Translator = identity_translator) -> list[MailOutcome]:
    """E-mail each chosen invoice of the contract to its payer; log every attempt."""
    if not invoice_ids:
        raise ValidationError("invoices", msg("rental", "choisissez au moins une facture"),
                              field_label=msg("rental", "Factures"))
    with database.session() as session:
        get_dossier(session, scope, dossier_id)
        owned = set(session.scalars(select(Invoice.id).where(Invoice.dossier_id == dossier_id,
                                                             Invoice.site_id == scope.site_id)))
        if not set(invoice_ids) <= owned:
            raise AtelierError(msg("rental", "Facture introuvable sur ce contrat ou déjà annulée."))
        documents = load_documents(session, scope, list(invoice_ids))
    settings = smtp_settings(database, scope.site_id)
    if not settings.host:
        raise AtelierError(msg("rental", "Aucun serveur SMTP n'est configuré pour ce site (onglet Factures location, "
                                         "Paramètres e-mail, ou commande rental smtp)."))
    missing = [d for d in documents if not EMAIL.match(d.payer_email or "")]
    if missing:
        raise ValidationError("payer_email", msg("rental", "{payer} n'a pas d'adresse e-mail valide",
                                                 payer=missing[0].payer_name),
                              field_label=msg("rental", "Adresse e-mail"))
    password = _password(scope.site_id) if settings.user else None
    outcomes = []
    for document in documents:
        error = ""
        message = _message(settings, document, render_invoices([document], translate), translate)
        try:
            _send(settings, password, message)
        except (OSError, smtplib.SMTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"[:1000]
        outcomes.append(MailOutcome(document.invoice_id, document.reference, document.payer_email, not error, error))
        with database.session() as session:
            session.add(InvoiceMail(site_id=scope.site_id, dossier_id=dossier_id, invoice_id=document.invoice_id,
                                    recipient=document.payer_email, subject=str(message["Subject"])[:200],
                                    attachment_name=f"{document.reference}.pdf",
                                    status=MAIL_FAILED if error else MAIL_SENT,
                                    error=error, sent_by=scope.login))
    return outcomes


def mail_log(database: Database, scope: UserScope, dossier_id: int) -> list[MailLogEntry]:
    """Every e-mail sending of the contract, newest first."""
    with database.session() as session:
        get_dossier(session, scope, dossier_id)
        rows = session.execute(select(InvoiceMail, Invoice.reference)
                               .join(Invoice, Invoice.id == InvoiceMail.invoice_id)
                               .where(InvoiceMail.dossier_id == dossier_id, InvoiceMail.site_id == scope.site_id)
                               .order_by(InvoiceMail.id.desc())).all()
        return [MailLogEntry(m.sent_at, ref, m.recipient, m.status, m.error, m.sent_by) for m, ref in rows]
