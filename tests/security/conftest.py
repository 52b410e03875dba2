"""Security tests: each tries, as an attacker of one kind, to get more than its role allows.
The e2e fixtures (a real `tallygate up`) and the service fixtures (real NATS, real chDB) apply."""

from tests.e2e.conftest import *  # noqa: F403 - the Stack fixtures
