"""Errors raised by the core, each carrying a translatable message for the clerk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ParamSpec, TypeVar

from app.core.i18n import Message, Translator, msg

_P = ParamSpec("_P")
_T = TypeVar("_T")


class AtelierError(Exception):
    """Base of every error the core reports to a clerk."""

    exit_code = 1

    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


class ValidationError(AtelierError):
    """Bad input: names the field and the reason. Nothing was saved."""

    exit_code = 2

    def __init__(self, field: str, reason: Message, *, field_label: Message | None = None):
        label = field_label if field_label is not None else field
        super().__init__(msg("errors", "{field} : {reason}", field=label, reason=reason))
        self.field = field
        self.reason = reason
        self.field_label = field_label


class ValidationErrors(AtelierError):
    """Several fields rejected at once (forms and importers list them all)."""

    exit_code = 2

    def __init__(self, errors: list[ValidationError]):
        lines = "\n".join(e.message.render() for e in errors)
        super().__init__(msg("errors", "{count} erreur(s) :\n{lines}", count=len(errors), lines=lines))
        self.errors = errors

    def render_all(self, translate: Translator) -> str:
        """Every error on its own line, translated."""
        return "\n".join(e.message.render(translate) for e in self.errors)


class FieldErrors:
    """Collects the refusals of several field checks so a form lists them all at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, check: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T | None:
        """``check(*args, **kwargs)``; its ValidationError is kept instead of raised (returns None)."""
        try:
            return check(*args, **kwargs)
        except ValidationError as error:
            self.errors.append(error)
            return None

    def keep(self, error: ValidationError) -> None:
        """Keep one more refusal found by hand."""
        self.errors.append(error)

    def raise_if_any(self) -> None:
        """Raise the single refusal, or ValidationErrors listing them all; nothing if none."""
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)


class NotFoundError(AtelierError):
    """The record does not exist in the user's scope (never says whether elsewhere)."""


class PermissionDeniedError(AtelierError):
    """The logged-in user's role does not allow this action."""


class AuthenticationError(AtelierError):
    """Login refused; the message never tells which of login or password was wrong."""


class ConflictError(AtelierError):
    """Someone else saved the same record since it was loaded (optimistic locking)."""

    def __init__(self, what: Message, changed_by: str | None, changed_at: datetime | None):
        from app.core.timeutil import format_local

        super().__init__(
            msg(
                "errors",
                "{what} a été modifié par {user} le {when} depuis que vous l'avez ouvert. "
                "Rechargez pour voir ses changements ; les vôtres n'ont pas été enregistrés.",
                what=what,
                user=changed_by or "?",
                when=format_local(changed_at) if changed_at else "?",
            )
        )
        self.changed_by = changed_by
        self.changed_at = changed_at


class SchemaTooNewError(AtelierError):
    """The database was migrated by a newer version of Atelier than this one."""


class DatabaseUnavailableError(AtelierError):
    """The database cannot be reached or is locked; the action can be retried."""


class SchemaTooOldError(AtelierError):
    """The shared database has not been upgraded to this version of Atelier yet; stations
    never upgrade it themselves (an administrator runs ``atelier db upgrade``)."""


class StationUpdateRequiredError(SchemaTooNewError):
    """The shared database requires a newer Atelier than this station runs: the station
    must be updated (from ``installer_location`` when IT recorded one)."""

    def __init__(self, message: Message, required_version: str | None, station_version: str,
                 installer_location: str | None):
        super().__init__(message)
        self.required_version = required_version
        self.station_version = station_version
        self.installer_location = installer_location


class StationTooNewError(SchemaTooOldError):
    """This station runs a newer Atelier than the shared database requires: an
    administrator must first run ``atelier db upgrade`` with this version."""
