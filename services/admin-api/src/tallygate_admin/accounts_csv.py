"""CSV import of accounts (docs/operators.md, "Accounts in bulk"): the columns, their aliases (the
Chinese and English headers exports of other account tools use), and what each row becomes.
Plain functions; the route is in routers/accounts.py."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tallygate_shared.jobs import JOB_PRESETS, PRESET_TASK_TYPES

ALIASES = {
    "sessionid": "api_key",
    "session_id": "api_key",
    "邮箱": "name",
    "email": "name",
    "状态": "enabled",
    "status": "enabled",
}
COLUMNS = (
    "name", "provider", "base_url", "api_key", "models", "priority", "weight", "max_concurrency",
    "image_limit", "video_limit", "lipsync_limit", "enabled", "job_routes", "proxy",
    "flavour",
)  # fmt: skip
TASK_LIMITS = {"image_limit": "image", "video_limit": "video", "lipsync_limit": "lipsync"}
TRUE = {"1", "true", "yes", "y", "on", "enabled", "enable", "active", "normal", "启用", "正常", "开启", "是"}
FALSE = {
    "0",
    "false",
    "no",
    "n",
    "off",
    "disabled",
    "disable",
    "inactive",
    "banned",
    "禁用",
    "停用",
    "关闭",
    "否",
}


class RowError(ValueError):
    pass


def canonical(header: str) -> str:
    name = header.strip().lstrip("\ufeff")
    return ALIASES.get(name.lower(), ALIASES.get(name, name.lower()))


def parse_bool(value: str) -> bool:
    v = value.strip().lower()
    if v in TRUE:
        return True
    if v in FALSE:
        return False
    raise RowError(f"enabled: {value!r} is not a yes/no value")


def _int(field: str, value: str) -> int:
    try:
        return int(value.strip())
    except ValueError as exc:
        raise RowError(f"{field}: {value!r} is not a whole number") from exc


def job_routes(value: str) -> dict[str, Any]:
    """A `job_routes` cell (docs/operators.md, "Declaring job routes"): preset names separated by
    `|`, each for the task type it is made for, or a JSON object of task type -> declaration.
    The declarations themselves are checked where the account is (JobRoute)."""
    if value.startswith(("{", "[")):  # JSON, though only an object is a declaration
        try:
            routes = json.loads(value)
        except ValueError as exc:
            raise RowError(f"job_routes: not a JSON object ({exc})") from exc
        if not isinstance(routes, dict):
            raise RowError("job_routes: not a JSON object")
        return routes
    out: dict[str, Any] = {}
    for name in (n.strip() for n in value.split("|")):
        if not name:
            continue
        task = PRESET_TASK_TYPES.get(name)
        if task is None or name not in JOB_PRESETS:
            known = ", ".join(PRESET_TASK_TYPES)
            raise RowError(f"job_routes: unknown preset {name!r} (known: {known}; or a JSON object)")
        if task in out:
            # Two presets for one task type: which one was meant cannot be told.
            raise RowError(f"job_routes: {out[task]['preset']!r} and {name!r} are both for {task}")
        out[task] = {"preset": name}
    return out


def rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The canonical column names, and each data row with its line number (the header is 1)."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = [canonical(h) for h in next(reader)]
    except StopIteration:
        return [], []
    out = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        out.append((reader.line_num, dict(zip(header, values, strict=False))))
    return header, out


def account_fields(row: dict[str, str], defaults: dict[str, str]) -> dict[str, Any]:
    """One CSV row as the fields of a new account; a column missing or blank takes the
    request's default for it (query parameters of the same names)."""

    def value(column: str) -> str | None:
        v = row.get(column)
        if v is None or not v.strip():
            v = defaults.get(column)
        return v.strip() if v is not None and v.strip() else None

    fields: dict[str, Any] = {}
    for column in ("name", "provider", "base_url", "api_key", "proxy", "flavour"):
        if (v := value(column)) is not None:
            fields[column] = v
    if (v := value("models")) is not None:
        fields["models"] = [m.strip() for m in v.split("|") if m.strip()]
    for column in ("priority", "weight", "max_concurrency"):
        if (v := value(column)) is not None:
            fields[column] = _int(column, v)
    limits = {
        task: _int(column, v) for column, task in TASK_LIMITS.items() if (v := value(column)) is not None
    }
    if limits:
        fields["daily_limits"] = limits
    if (v := value("enabled")) is not None:
        fields["enabled"] = parse_bool(v)
    if (v := value("job_routes")) is not None:
        fields["job_routes"] = job_routes(v)
    for required in ("name", "provider", "base_url"):
        if required not in fields:
            raise RowError(f"{required} is missing (give the column, or a default as ?{required}=)")
    return fields
