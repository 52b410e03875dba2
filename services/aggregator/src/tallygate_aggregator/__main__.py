"""Server-mode entrypoint: `python -m tallygate_aggregator`."""

from tallygate_shared.runner import run_service

from .service import Aggregator, AggregatorSettings

if __name__ == "__main__":
    run_service("aggregator", lambda: Aggregator(AggregatorSettings()))
