"""Which certificates HTTPS trusts: the operating system's store by default.

Shops behind a company proxy that inspects TLS install the proxy's root certificate in the
Windows certificate store (by Group Policy); certifi's bundle, which requests uses by
default, does not know it, so every call failed there. :func:`configure_session` makes a
``requests.Session`` verify against the OS store through ``truststore`` (Windows
CryptoAPI, macOS Security framework, OpenSSL's default paths on Linux). The environment
variable ``ATELIER_TLS_TRUST`` overrides it: ``certifi`` (the bundle shipped with Atelier)
or the path of a PEM file of CA certificates.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ssl

    import requests
    from requests.adapters import HTTPAdapter

TRUST_VARIABLE = "ATELIER_TLS_TRUST"
SYSTEM, CERTIFI = "system", "certifi"


class TrustSettingError(ValueError):
    """``ATELIER_TLS_TRUST`` names a file that does not exist."""


def trust_setting() -> str:
    """``system``, ``certifi`` or the path of a CA file, from ``ATELIER_TLS_TRUST``."""
    value = os.environ.get(TRUST_VARIABLE, "").strip()
    return value if value and value.lower() not in (SYSTEM,) else SYSTEM


def system_ssl_context() -> ssl.SSLContext:
    """An ``ssl.SSLContext`` (client side) that verifies against the OS certificate store."""
    import ssl

    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def configure_session(session: requests.Session) -> str:
    """Make ``session`` verify HTTPS with the station's trust; return which one it uses."""
    setting = trust_setting()
    if setting.lower() == CERTIFI:
        import certifi

        session.verify = certifi.where()
        return CERTIFI
    if setting != SYSTEM:
        if not Path(setting).is_file():
            raise TrustSettingError(f"{TRUST_VARIABLE}={setting}: no such CA file")
        session.verify = setting
        return setting
    session.mount("https://", _system_adapter())
    return SYSTEM


def _system_adapter() -> HTTPAdapter:
    from requests.adapters import HTTPAdapter

    class SystemTrustAdapter(HTTPAdapter):
        """Hands urllib3 a truststore context (requests then adds no CA bundle of its own)."""

        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            """Direct connections verify against the OS store."""
            kwargs.setdefault("ssl_context", system_ssl_context())
            return super().init_poolmanager(*args, **kwargs)

        def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:  # as HTTPAdapter declares it
            """Connections through a proxy too."""
            proxy_kwargs.setdefault("ssl_context", system_ssl_context())
            return super().proxy_manager_for(proxy, **proxy_kwargs)

    return SystemTrustAdapter()
