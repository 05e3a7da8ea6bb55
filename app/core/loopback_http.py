"""The HTTP plumbing the local simulators share (Car-Pass, the Peppol access point): a
threaded server on 127.0.0.1, a quiet JSON request handler, and start / stop in a
background thread. Each simulator keeps its own routes and rules."""

from __future__ import annotations

import json
import socket
import struct
import sys
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

LOOPBACK = "127.0.0.1"


class LoopbackServer(ThreadingHTTPServer):
    """A threaded HTTP server whose clients may hang up at any moment (timeouts, resets):
    that is normal for a simulator and logs no traceback. ``service`` is what serves."""

    daemon_threads = True
    service: Any

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket],
                     client_address: tuple[str, int]) -> None:
        """Ignore clients that went away; report anything else as usual."""
        kind = sys.exc_info()[0]
        if kind is not None and issubclass(kind, ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class JsonHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 without access log; GET and POST go to :meth:`handle_call`, answers are JSON."""

    protocol_version = "HTTP/1.1"
    server: LoopbackServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet: no access log
        """No access log."""

    def do_GET(self) -> None:  # noqa: N802
        """A GET call."""
        self.handle_call("GET")

    def do_POST(self) -> None:  # noqa: N802
        """A POST call."""
        self.handle_call("POST")

    def handle_call(self, method: str) -> None:
        """Answer one call (each simulator routes it)."""
        self.send_json(404, {"message": f"opération inconnue : {method} {self.path}"})

    def read_body(self) -> bytes:
        """The request's body (Content-Length bytes)."""
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def send_json(self, status: int, answer: object, headers: Mapping[str, str] | None = None) -> None:
        """Answer ``status`` with ``answer`` as UTF-8 JSON."""
        self.send_bytes(status, json.dumps(answer, ensure_ascii=False).encode("utf-8"), headers)

    def send_bytes(self, status: int, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        """Answer ``status`` with a JSON body already encoded (or deliberately broken)."""
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            self.close_connection = True  # the client gave up

    def reset_connection(self) -> None:
        """Drop the connection with a TCP reset, answering nothing."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass


class LoopbackService:
    """A simulator served by a :class:`LoopbackServer` on 127.0.0.1 (port 0: any free port)."""

    thread_name = "loopback-service"

    def listen(self, port: int, handler: type[JsonHandler]) -> None:
        """Bind the server (called by the simulator's constructor)."""
        self.server = LoopbackServer((LOOPBACK, port), handler)
        self.server.service = self
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The TCP port actually bound (useful with port 0)."""
        return int(self.server.server_address[1])

    def start(self) -> Self:
        """Serve in a background daemon thread."""
        self._thread = threading.Thread(target=self.server.serve_forever, name=self.thread_name, daemon=True)
        self._thread.start()
        return self

    def serve_until_interrupted(self) -> None:
        """Serve in the calling thread until Ctrl+C, then close the socket (the CLI commands)."""
        try:
            self.server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self.server.server_close()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.server.shutdown()
        self.server.server_close()
