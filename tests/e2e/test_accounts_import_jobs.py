"""CSV import of accounts with job routes (docs/operators.md, "Declaring job routes"), against the
real stack: preset names in the `job_routes` column, a JSON declaration, a default for the column
in the query string, and bad values failing their own row only."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tallygate_shared.jobs import JOB_PRESETS
from tests.e2e.conftest import Stack


def csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)  # quotes the JSON cells as a spreadsheet does
    return out.getvalue()


def preset(name: str, **changes: Any) -> dict[str, Any]:
    """A preset as an account holds it once expanded: the preset's fields, its name, the changes."""
    return {**JOB_PRESETS[name].model_dump(), "preset": name, **changes}


CUSTOM = {
    "submit_path": "/v1/jobs",
    "poll_path": "/v1/jobs/{id}",
    "id_field": "job.id",
    "status_field": "job.state",
    "succeeded": ["done"],
    "failed": ["error", "cancelled"],
}
ROWS = [
    ["name", "api_key", "job_routes"],
    ["kling", "sk-j1", "kling_lipsync"],
    ["syncso", "sk-j2", " syncso_generate "],
    [
        "json",
        "sk-j3",
        json.dumps({"lipsync": {"preset": "kling_lipsync", "model": "kling-v2"}, "render": CUSTOM}),
    ],
    ["default", "sk-j4", ""],
    ["unknown preset", "sk-j5", "kling_lipsync|heygen"],
    ["two for one task", "sk-j6", "kling_lipsync|syncso_generate"],
    ["bad json", "sk-j7", '{"lipsync": {"preset": "kling_lipsync"'],
    ["bad field", "sk-j8", json.dumps({"lipsync": {**CUSTOM, "poll_path": "/v1/jobs"}})],
    ["seconds without a field", "sk-j9", json.dumps({"video": {**CUSTOM, "units": "seconds"}})],
    ["not an object", "sk-j10", "[1, 2]"],
    ["after the errors", "sk-j11", "syncso_generate"],
]


def test_import_declares_job_routes_and_bad_rows_fail_alone(stack: Stack) -> None:
    with stack.admin() as api:
        r = api.post(
            "/api/accounts/import",
            content=csv_text(ROWS).encode(),
            headers={"Content-Type": "text/csv"},
            # The defaults for what a row leaves blank: the `default` row takes its job_routes here.
            params={"provider": "openai_compatible", "base_url": "http://127.0.0.1:9/v1",
                    "job_routes": "syncso_generate"},
        )  # fmt: skip
        assert r.status_code == 200, r.text
        result = r.json()
        by_line = {row["line"]: row for row in result["rows"]}
        names = {line: ROWS[line - 1][0] for line in range(2, len(ROWS) + 1)}
        status = {names[line]: row["status"] for line, row in by_line.items()}
        assert status == {
            "kling": "created", "syncso": "created", "json": "created", "default": "created",
            "unknown preset": "error", "two for one task": "error", "bad json": "error",
            "bad field": "error", "seconds without a field": "error", "not an object": "error",
            "after the errors": "created",
        }  # fmt: skip
        detail = {names[line]: row["detail"] for line, row in by_line.items()}
        assert "unknown preset 'heygen'" in detail["unknown preset"]
        assert "kling_lipsync" in detail["unknown preset"] and "syncso_generate" in detail["unknown preset"]
        assert "both for lipsync" in detail["two for one task"]
        assert detail["bad json"].startswith("job_routes: not a JSON object")
        assert detail["bad field"].startswith("job_routes.lipsync.poll_path:")
        assert detail["seconds without a field"].startswith("job_routes.video:")
        assert "seconds_field" in detail["seconds without a field"]
        assert detail["not an object"] == "job_routes: not a JSON object"
        assert (result["success"], result["errors"]) == (5, 6)

        accounts = {a["name"]: a for a in api.get("/api/accounts").json()["items"]}
        assert set(accounts) == {"kling", "syncso", "json", "default", "after the errors"}
        assert accounts["kling"]["job_routes"] == {"lipsync": preset("kling_lipsync")}
        assert accounts["syncso"]["job_routes"] == {"lipsync": preset("syncso_generate")}
        assert accounts["default"]["job_routes"] == {"lipsync": preset("syncso_generate")}
        assert accounts["after the errors"]["job_routes"] == {"lipsync": preset("syncso_generate")}
        custom = {"preset": "", "units": "job", "seconds_field": "", "auth": "bearer", "model": "", **CUSTOM}
        assert accounts["json"]["job_routes"] == {
            "lipsync": preset("kling_lipsync", model="kling-v2"),
            "render": custom,
        }

        # What an import declared reads back and edits like any account's routes.
        json_account = accounts["json"]
        r = api.patch(
            f"/api/accounts/{json_account['id']}",
            json={"job_routes": {"render": {**CUSTOM, "units": "seconds", "seconds_field": "job.seconds"}}},
            headers={"If-Match": str(json_account["revision"])},
        )
        assert r.status_code == 200, r.text
        assert r.json()["job_routes"] == {
            "render": {**custom, "units": "seconds", "seconds_field": "job.seconds"}
        }


def test_a_file_without_the_column_declares_no_routes(stack: Stack) -> None:
    with stack.admin() as api:
        text = csv_text(
            [["name", "provider", "base_url", "api_key"], ["plain", "openai", "https://p.example/v1", "sk-p"]]
        )
        r = api.post("/api/accounts/import", content=text.encode(), headers={"Content-Type": "text/csv"})
        assert r.status_code == 200 and r.json()["success"] == 1, r.text
        (account,) = api.get("/api/accounts").json()["items"]
        assert account["job_routes"] == {}
