"""Tallygate's command line and the embedded supervisor: `tallygate up` starts NATS, the
services and a demo upstream, and stops them cleanly. It starts services; it never reaches
into them."""
