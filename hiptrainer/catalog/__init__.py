"""Reading and validating exercise and workout definitions (no Qt)."""

from hiptrainer.catalog.errors import CatalogError
from hiptrainer.catalog.loader import Catalog, load_catalog

__all__ = ["Catalog", "CatalogError", "load_catalog"]
