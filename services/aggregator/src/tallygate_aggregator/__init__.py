"""aggregator: keeps the 15-minute, hourly, daily and per-model rollups exact (rebuilt bucket
by bucket from deduplicated rows), and will keep the live counters the gateway enforces."""

from .rollups import RollupBuilder
from .service import Aggregator, AggregatorSettings

__all__ = ["Aggregator", "AggregatorSettings", "RollupBuilder"]
