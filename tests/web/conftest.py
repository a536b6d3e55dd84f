"""Fixtures for the web and feed tests: a local server, a client with short timeouts, a
closed port, and a guard that keeps every test on this machine."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest
from localweb import LocalWeb, serving

from vocab.web import make_client

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Short enough that the timeout test is quick, long enough for a loaded CI machine.
TEST_TIMEOUT = httpx.Timeout(2.0, connect=2.0, read=0.5)


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with serving() as local:
        yield local

@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(timeout=TEST_TIMEOUT) as http:
        yield http


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(autouse=True)
def stay_on_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolve only local names; any other name fails here, before a DNS query leaves.

    ``.invalid`` names (RFC 6761) would fail anyway; this makes sure they fail without
    asking the network, and that no test can reach a real site by mistake.
    """
    real_getaddrinfo = socket.getaddrinfo

    def local_only(host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in LOCAL_HOSTS:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", local_only)
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                     "all_proxy"):
        monkeypatch.delenv(variable, raising=False)
