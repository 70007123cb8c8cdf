"""Run the store with uvicorn in a background thread (``meetings-app demo`` and tests)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import httpx
import uvicorn

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.server.app import create_app
from meetings_app.server.settings import KEEP_ALIVE_SECONDS, ServerSettings
from meetings_app.sync.wire import API_PREFIX


@dataclass
class RunningServer:
    """A store answering at ``url`` until :meth:`stop`."""

    url: str
    server: uvicorn.Server
    thread: threading.Thread
    settings: ServerSettings = field(repr=False)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server and wait for its thread to end."""
        self.server.should_exit = True
        self.thread.join(timeout)


def start_in_thread(
    settings: ServerSettings, host: str = "127.0.0.1", port: int = 0, *, timeout: float = 20.0
) -> RunningServer:
    """Start the store in a daemon thread; return once it answers ``/api/v1/health``."""
    settings.check_listen(host)
    app = create_app(settings)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        lifespan="on",
        timeout_graceful_shutdown=2,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        **settings.uvicorn_tls(),  # type: ignore[arg-type]
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="meetings-store", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise AppError(
                f"The store could not start on {host}:{port} (is the port in use?).",
                code=Code.SERVER_START_FAILED,
            )
        time.sleep(0.02)
    sock = server.servers[0].sockets[0]
    bound_port = sock.getsockname()[1]
    url = f"{'https' if settings.certfile else 'http'}://{host}:{bound_port}"
    while True:
        try:
            health = httpx.get(f"{url}{API_PREFIX}/health", timeout=2, verify=False)
            if health.status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            server.should_exit = True
            raise AppError("The store started but does not answer.", code=Code.SERVER_START_FAILED)
        time.sleep(0.05)
    return RunningServer(url=url, server=server, thread=thread, settings=settings)
