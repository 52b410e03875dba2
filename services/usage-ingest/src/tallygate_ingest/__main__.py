"""Server-mode entrypoint: `python -m tallygate_ingest`."""

from tallygate_shared.runner import run_service

from .service import IngestService, IngestSettings

if __name__ == "__main__":
    run_service("usage-ingest", lambda: IngestService(IngestSettings()))
