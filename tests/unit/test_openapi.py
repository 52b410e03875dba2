"""docs/openapi.json is the admin API's contract: it must be what the code declares."""

from __future__ import annotations

import json
from pathlib import Path

from tallygate_admin.openapi import document, render

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_document_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render(), "docs/openapi.json is stale: run `make openapi`"


def test_every_json_route_declares_its_answer_and_errors_carry_a_code() -> None:
    doc = document()
    for path, methods in doc["paths"].items():
        for method, op in methods.items():
            ok = [code for code in op["responses"] if code.startswith("2")]
            assert ok, f"{method} {path} declares no answer"
            assert "4XX" in op["responses"], f"{method} {path} declares no error shape"
    assert "code" in doc["components"]["schemas"]["ErrorBody"]["required"]


def test_document_is_deterministic() -> None:
    assert render() == render()
    assert json.loads(render()) == document()
