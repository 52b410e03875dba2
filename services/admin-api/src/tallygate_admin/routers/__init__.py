"""admin-api routers, one per area."""
