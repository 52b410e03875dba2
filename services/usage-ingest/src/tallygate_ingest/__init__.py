"""usage-ingest: a durable JetStream consumer that writes usage events to ClickHouse in batches
and acks only once the rows are stored."""

from .service import IngestService, IngestSettings, handle_batch
from .writer import UsageWriter, event_row

__all__ = ["IngestService", "IngestSettings", "UsageWriter", "event_row", "handle_batch"]
