"""admin-api: dashboards, management of keys and accounts, and read-only SQL for analysts."""

from .app import AdminService, create_app
from .settings import AdminSettings

__all__ = ["AdminService", "AdminSettings", "create_app"]
