"""Shared test setup: headless Qt, one throwaway data dir per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Headless by default; a developer may still run the GUI tests on a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pyqtgraph prefers PyQt6 when both bindings are installed.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data dir; HIPTRAINER_DATA_DIR points at it for code that reads it."""
    path = tmp_path / "data"
    monkeypatch.setenv("HIPTRAINER_DATA_DIR", str(path))
    return path
