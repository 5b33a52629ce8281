"""Local storage in one SQLite file: sessions and sets, backups, export and import (no Qt)."""
