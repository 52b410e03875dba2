"""The admin API's OpenAPI document, written to docs/openapi.json by `make openapi`; a unit test
fails when the committed file is stale (docs/api.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .app import create_app
from .settings import AdminSettings


def document() -> dict[str, Any]:
    """Made without starting anything (the lifespan does not run), so no setting is read."""
    return create_app(AdminSettings.model_construct()).openapi()


def render() -> str:
    return json.dumps(document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    Path(sys.argv[1]).write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
