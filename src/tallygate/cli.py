"""`tallygate` command line."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from .supervisor import Supervisor, UpOptions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="tallygate", description="LLM API gateway with exact usage metering"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="run the embedded stack in the foreground")
    up.add_argument("--data-dir", type=Path, default=Path("data"), help="state directory (default ./data)")
    up.add_argument("--host", default="127.0.0.1", help="address the gateway and admin API bind")
    up.add_argument("--gateway-port", type=int, default=8080, help="0 picks a free port")
    up.add_argument("--admin-port", type=int, default=8081, help="0 picks a free port")
    up.add_argument("--nats-port", type=int, default=0, help="0 (default) picks a free port")
    up.add_argument("--no-demo", action="store_true", help="no demo upstream, account or key")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s tallygate %(levelname)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    options = UpOptions(
        data_dir=args.data_dir,
        host=args.host,
        gateway_port=args.gateway_port,
        admin_port=args.admin_port,
        nats_port=args.nats_port,
        demo=not args.no_demo,
    )
    return asyncio.run(Supervisor(options).run())


if __name__ == "__main__":
    sys.exit(main())
