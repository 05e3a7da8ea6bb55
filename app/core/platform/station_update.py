"""Updating a station from the installer IT recorded in the shared database.

The installer (``\\\\server\\share\\…`` or an https URL, see
:mod:`app.core.db.station_versions`) is first copied into this user's temporary folder — a
progress generator, so the clerk sees it and may cancel, and the elevated installer never
reads a network share half-way — then started silently with administrator rights
(ShellExecute's ``runas`` verb: Windows asks for consent or an administrator's password).
The installer closes every Atelier of the PC, this one included, and replaces it; the
clerk starts Atelier again once it is done. Only Windows stations install this way.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.progress import CancelToken, Progress, ProgressGenerator

UPDATE_WAIT_S = 60  # /WAIT=: how long the installer lets a running Atelier close itself
CHUNK = 1 << 20
DOWNLOAD_TIMEOUT_S = (15, 120)  # connect, read
SE_ERR_ACCESSDENIED, ERROR_CANCELLED = 5, 1223  # ShellExecute's answers when UAC is refused
SW_SHOWNORMAL = 1


def installer_arguments() -> str:
    """The silent installer's command line: no question, up to ``UPDATE_WAIT_S`` seconds
    for the running Atelier to close (the machine-wide settings are kept)."""
    return f"/S /WAIT={UPDATE_WAIT_S}"


def installs_here(platform: str | None = None) -> bool:
    """True on a Windows station, the only kind the installer is for."""
    return (platform or sys.platform) == "win32"


def require_windows_station(source: str, version: str | None, platform: str | None = None) -> None:
    """Refuse, naming the installer, to update a station that is not Windows."""
    if not installs_here(platform):
        raise AtelierError(msg("update", "Seuls les postes Windows se mettent à jour depuis Atelier : ce poste ne "
                                         "peut pas lancer {file}. Demandez à votre service informatique d'y "
                                         "installer Atelier {version}.", file=source, version=version or "?"))


def update_folder() -> Path:
    """Where installers are copied before they run (this user's temporary folder)."""
    return Path(tempfile.gettempdir()) / "Atelier-update"


def _local_name(source: str) -> str:
    if source.lower().startswith("https://"):
        name = unquote(urlsplit(source).path.rstrip("/").rsplit("/", 1)[-1])
    else:
        name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name if name.lower().endswith(".exe") and "/" not in name and "\\" not in name else "Atelier-setup.exe"


def fetch_installer(source: str, token: CancelToken | None = None, folder: Path | None = None) -> ProgressGenerator:
    """Copy (UNC path) or download (https) the installer into ``folder``; yield the KiB done
    and return its local path, or None when cancelled (nothing is left behind)."""
    folder = folder or update_folder()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _local_name(source)
    partial = target.with_name(target.name + ".part")
    finished = False
    try:
        steps = _download(source, partial, token) if source.lower().startswith("https://") else (
            _copy(source, partial, token))
        completed = yield from steps
        if not completed:
            return None
        os.replace(partial, target)
        finished = True
        return target
    finally:
        if not finished:
            partial.unlink(missing_ok=True)


def _progress(done: int, total: int) -> Progress:
    """Bytes reported in KiB (the GUI's progress signal carries 32-bit integers)."""
    megabytes = done // (1 << 20)
    text = (msg("update", "Installateur : {done} Mo sur {total} Mo", done=megabytes, total=-(-total // (1 << 20)))
            if total else msg("update", "Installateur : {done} Mo", done=megabytes))
    return Progress(done // 1024, total // 1024, text)


def _copy(source: str, partial: Path, token: CancelToken | None) -> ProgressGenerator:
    try:
        reader = open(source, "rb")  # noqa: SIM115 - closed below, after the progress loop
    except FileNotFoundError:
        raise AtelierError(msg("update", "Installateur introuvable : {file}. Vérifiez que le service informatique "
                                         "l'y a déposé et que ce PC voit le partage.", file=source)) from None
    except OSError as exc:
        raise AtelierError(msg("update", "Installateur illisible : {file} ({reason})", file=source,
                               reason=exc.strerror or str(exc))) from None
    with reader, open(partial, "wb") as writer:
        total, done = os.fstat(reader.fileno()).st_size, 0
        yield _progress(0, total)
        while chunk := reader.read(CHUNK):
            if token is not None and token.cancelled:
                return False
            writer.write(chunk)
            done += len(chunk)
            yield _progress(done, total)
    return True


def _download(url: str, partial: Path, token: CancelToken | None) -> ProgressGenerator:
    import requests

    from app.core.https import TrustSettingError, configure_session

    try:
        with requests.Session() as session:
            # The station's proxies (HTTPS_PROXY, NO_PROXY…); certificates as app.core.https says
            # (the OS store, or ATELIER_TLS_TRUST), not a CA bundle variable of the environment.
            session.proxies.update(session.merge_environment_settings(url, {}, None, None, None)["proxies"])
            session.trust_env = False
            configure_session(session)
            with session.get(url, stream=True, timeout=DOWNLOAD_TIMEOUT_S) as response:
                if response.status_code != 200:
                    raise AtelierError(msg("update", "Téléchargement de l'installateur refusé : HTTP {status} ({url})",
                                           status=response.status_code, url=url))
                total, done = int(response.headers.get("Content-Length") or 0), 0
                with open(partial, "wb") as writer:
                    yield _progress(0, total)
                    for chunk in response.iter_content(CHUNK):
                        if token is not None and token.cancelled:
                            return False
                        writer.write(chunk)
                        done += len(chunk)
                        yield _progress(done, total)
    except (requests.RequestException, TrustSettingError) as exc:
        raise AtelierError(msg("update", "Téléchargement de l'installateur impossible ({url}) : {reason}", url=url,
                               reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)) from None
    return True


def _shell_execute(verb: str, file: str, parameters: str) -> int:  # pragma: no cover - Windows stations
    """ShellExecuteW; its return value (above 32: started)."""
    if sys.platform != "win32":  # launch_installer refuses any other system before calling it
        raise OSError("ShellExecuteW exists on Windows only")
    import ctypes
    from ctypes import wintypes

    shell_execute = ctypes.windll.shell32.ShellExecuteW
    shell_execute.argtypes = (wintypes.HWND, wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.LPCWSTR,
                              wintypes.LPCWSTR, ctypes.c_int)
    shell_execute.restype = ctypes.c_void_p
    return int(shell_execute(None, verb, file, parameters, None, SW_SHOWNORMAL) or 0)


def launch_installer(path: Path, version: str | None = None, platform: str | None = None,
                     shell_execute: Callable[[str, str, str], int] = _shell_execute) -> None:
    """Start the installer at ``path`` silently with administrator rights (Windows asks for
    them); it returns at once, the installer then closes Atelier. Raises when Windows did
    not start it (rights refused…) or the station is not Windows."""
    require_windows_station(str(path), version, platform)
    code = shell_execute("runas", str(path), installer_arguments())
    if code in (SE_ERR_ACCESSDENIED, ERROR_CANCELLED):
        raise AtelierError(msg("update", "La mise à jour n'a pas démarré : les droits d'administrateur de ce PC ont "
                                         "été refusés. Recommencez, ou demandez à votre service informatique."))
    if code <= 32:
        raise AtelierError(msg("update", "Windows n'a pas pu lancer l'installateur {file} (code {code}).",
                               file=str(path), code=code))
