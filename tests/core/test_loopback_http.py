"""The loopback HTTP helper the Car-Pass and Peppol simulators share."""

from __future__ import annotations

import http.client
import json

import pytest

from app.core.loopback_http import LOOPBACK, JsonHandler, LoopbackService


class _Echo(JsonHandler):
    def handle_call(self, method: str) -> None:
        body = self.read_body()
        if self.path == "/reset":
            return self.reset_connection()
        if self.path == "/echo":
            return self.send_json(200, {"method": method, "body": body.decode()}, {"X-Served-By": "echo"})
        return super().handle_call(method)


class _EchoService(LoopbackService):
    thread_name = "echo"

    def __init__(self) -> None:
        self.listen(0, _Echo)


@pytest.fixture
def service():
    running = _EchoService().start()
    yield running
    running.stop()


def _call(service, method: str, path: str, body: bytes = b""):
    connection = http.client.HTTPConnection(LOOPBACK, service.port, timeout=5)
    try:
        connection.request(method, path, body=body)
        answer = connection.getresponse()
        return answer.status, dict(answer.getheaders()), json.loads(answer.read())
    finally:
        connection.close()


def test_a_call_is_answered_in_json_with_its_headers(service):
    status, headers, body = _call(service, "POST", "/echo", "é".encode())
    assert status == 200 and body == {"method": "POST", "body": "é"}
    assert headers["X-Served-By"] == "echo" and headers["Content-Type"] == "application/json; charset=utf-8"
    assert service.server.service is service and service.port > 0


def test_an_unknown_call_is_a_404_naming_it(service):
    status, _headers, body = _call(service, "GET", "/nowhere")
    assert status == 404 and "GET /nowhere" in body["message"]


def test_a_reset_answers_nothing_and_the_server_keeps_serving(service):
    with pytest.raises((ConnectionError, http.client.RemoteDisconnected)):
        _call(service, "GET", "/reset")
    assert _call(service, "GET", "/echo")[0] == 200
