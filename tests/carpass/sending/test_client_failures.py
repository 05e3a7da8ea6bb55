"""The client tells a call the service certainly never got from one it may have got."""

from __future__ import annotations

import socket

import pytest
import requests
from urllib3.exceptions import MaxRetryError, NameResolutionError, NewConnectionError, ProtocolError

from app.core.carpass.sending.client import CarpassClient, failure_of
from app.core.carpass.sending.protocol import NoAnswer
from tests.carpass.sending.conftest import ESTABLISHMENT_A, PASSWORD_A


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(("exception", "failure"), [
    (requests.ConnectTimeout("connect timed out"), NoAnswer.NOT_SENT),
    (requests.ConnectionError(MaxRetryError(None, "/", NewConnectionError(None, "refused"))), NoAnswer.NOT_SENT),
    (requests.ConnectionError(MaxRetryError(None, "/", NameResolutionError("h", None, "no such host"))),
     NoAnswer.NOT_SENT),
    (requests.exceptions.SSLError("handshake"), NoAnswer.NOT_SENT),
    (requests.ReadTimeout("read timed out"), NoAnswer.TIMEOUT),
    (requests.ConnectionError(ProtocolError("Connection aborted.", ConnectionResetError())),
     NoAnswer.CONNECTION_LOST),
    (requests.exceptions.ChunkedEncodingError("truncated"), NoAnswer.CONNECTION_LOST),
])
def test_failures_are_classified(exception, failure):
    assert failure_of(exception) == failure


def test_over_real_sockets(simulator):
    with CarpassClient(f"http://127.0.0.1:{_closed_port()}/api", ESTABLISHMENT_A, PASSWORD_A, (1.0, 0.3)) as client:
        assert client.post_observation({}, "k").failure == NoAnswer.NOT_SENT
    with CarpassClient(simulator.base_url, ESTABLISHMENT_A, PASSWORD_A, (1.0, 0.3)) as client:
        simulator.faults.rate = 1.0
        simulator.faults.kinds = ("timeout",)
        assert client.post_observation({}, "k").failure == NoAnswer.TIMEOUT
        simulator.faults.kinds = ("accept_drop",)
        assert client.post_observation({}, "k").failure == NoAnswer.CONNECTION_LOST
        simulator.faults.rate = 0.0
        answered = client.post_observation({}, "k")
        assert answered.http_status == 400 and answered.failure is None
