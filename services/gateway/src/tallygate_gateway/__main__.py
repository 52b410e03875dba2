"""Entrypoint: `python -m tallygate_gateway` serves the gateway with uvicorn (uvloop, httptools).
Uvicorn handles SIGINT/SIGTERM; its lifespan shutdown flushes the usage buffer."""

from __future__ import annotations

import asyncio

import uvicorn
import uvloop

from tallygate_shared.runner import exit_with_parent, setup_logging

from .app import create_app
from .http.server import HttpProtocol
from .settings import GatewaySettings


def main() -> None:
    setup_logging("gateway")
    settings = GatewaySettings()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings),
            host=settings.gateway_host,
            port=settings.gateway_port,
            loop="none",
            http=HttpProtocol,  # http/server.py: httptools, less work per request than uvicorn's own
            timeout_keep_alive=settings.client_keep_alive_s,  # type: ignore[arg-type]  # int in uvicorn's hints; http/server.py takes fractions
            lifespan="on",
            access_log=False,
            proxy_headers=False,  # the client address is the peer's; no header rewriting per request
            server_header=False,  # one header less to write per answer, and nothing to fingerprint
            log_level="warning",
            timeout_graceful_shutdown=15,
        )
    )

    async def serve() -> None:
        def stop() -> None:
            server.should_exit = True

        watcher = asyncio.create_task(exit_with_parent(stop))
        await server.serve()
        watcher.cancel()

    uvloop.run(serve())


if __name__ == "__main__":
    main()
