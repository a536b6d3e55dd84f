"""The local HTTP server the web and feed tests talk to (127.0.0.1, ephemeral port).

``LocalWeb`` serves the pages and feeds in ``tests/web/pages`` (or any bytes a test puts
in ``routes``), counts requests per path, answers 304 to a matching ``If-None-Match``,
and can hold a response back (for timeouts) or stream without end (for the size cap).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "pages"

# How long a held-back handler waits at most; teardown releases it at once.
HOLD_SECONDS = 10.0


@dataclass
class Route:
    """What the server sends for one path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    hold: bool = False  # wait (until teardown) before answering: a server that hangs
    endless: bool = False  # stream chunks with no Content-Length until the client stops
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class LocalWeb:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    request_headers: list[dict[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path

    def serve_file(self, path: str, name: str, content_type: str, **options: object) -> str:
        self.routes[path] = Route((PAGES / name).read_bytes(), content_type, **options)  # type: ignore[arg-type]
        return self.url(path)


def _handler_for(web: LocalWeb) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            return

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            path = self.path
            web.hits[path] += 1
            web.request_headers.append({k.lower(): v for k, v in self.headers.items()})
            route = web.routes.get(path)
            if route is None:
                self._send(404, b"<html><body><h1>Not found</h1></body></html>", "text/html")
                return
            if route.hold:
                web.release.wait(HOLD_SECONDS)
                return
            if route.location:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            if route.endless:
                self._stream_forever(route)
                return
            self._send(route.status, route.body, route.content_type, route)

        def _send(self, status: int, body: bytes, content_type: str,
                  route: Route | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if route is not None:
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                for name, value in route.headers.items():
                    self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _stream_forever(self, route: Route) -> None:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"word " * 13_000 + b"</p>\n"
            try:
                for _ in range(10_000):  # ~640 MB at most: the client must stop long before
                    self.wfile.write(chunk)
            except OSError:  # the client hung up, as it should
                pass
            self.close_connection = True

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up mid-body is what the size and timeout tests provoke.
        return


@contextmanager
def serving() -> Iterator[LocalWeb]:
    """Run a ``LocalWeb`` in a thread for the length of the block."""
    server = _QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    local = LocalWeb(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler_for(local)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield local
    finally:
        local.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
