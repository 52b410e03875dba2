"""The README's settings table names every setting the services read."""

from __future__ import annotations

from pathlib import Path

from tallygate_admin import AdminSettings
from tallygate_aggregator import AggregatorSettings
from tallygate_gateway.settings import GatewaySettings
from tallygate_ingest import IngestSettings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_in_the_readme_table() -> None:
    table = README.read_text()
    for settings in (GatewaySettings, IngestSettings, AggregatorSettings, AdminSettings):
        for name in settings.model_fields:
            assert f"`TALLYGATE_{name.upper()}`" in table, f"TALLYGATE_{name.upper()} missing from README"
