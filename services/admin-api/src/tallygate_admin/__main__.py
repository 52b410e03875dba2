"""Server-mode entrypoint: `python -m tallygate_admin`."""

from tallygate_shared.runner import run_service

from .app import AdminService
from .settings import AdminSettings

if __name__ == "__main__":
    run_service("admin-api", lambda: AdminService(AdminSettings()))
