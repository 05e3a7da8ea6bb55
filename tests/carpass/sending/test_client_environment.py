"""The client reads the station's proxy and CA-bundle settings once, and honours them as
requests did per call (proxy for the endpoint unless NO_PROXY names it; REQUESTS_CA_BUNDLE)."""

from __future__ import annotations

import pytest
import requests

from app.core.carpass.sending.client import CarpassClient

URL = "https://ws-professionals.car-pass.be/api"


def _expected() -> dict:
    """What a plain requests.Session would use for a call to URL in this environment."""
    return requests.Session().merge_environment_settings(URL + "/observation", {}, None, None, None)


@pytest.mark.parametrize("no_proxy", [None, "car-pass.be", "localhost"])
def test_proxies_and_ca_bundle_are_those_requests_would_use(monkeypatch, tmp_path, no_proxy):
    bundle = tmp_path / "ca.pem"
    bundle.write_text("")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "no_proxy", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.garage.local:3128")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    if no_proxy:
        monkeypatch.setenv("NO_PROXY", no_proxy)
    expected = _expected()
    with CarpassClient(URL, "2026402650", "secret") as client:
        session = client.session
        assert dict(session.proxies) == expected["proxies"]
        assert session.verify == expected["verify"] == str(bundle)
        chosen = requests.utils.select_proxy(URL + "/observation", session.proxies)
        assert not session.trust_env  # nothing looked up again per call
    assert chosen == (None if no_proxy == "car-pass.be" else "http://proxy.garage.local:3128")
