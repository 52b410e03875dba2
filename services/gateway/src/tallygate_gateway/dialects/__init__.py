"""Client dialects: how each provider's API is parsed, streamed, metered and answered in errors."""
