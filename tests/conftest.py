"""Shared test setup: headless Qt, one throwaway data dir per test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import Run

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


@pytest.fixture
def run_cli(data_dir: Path) -> Run:
    """Run ``python -m hiptrainer ARGS`` in a subprocess with a throwaway data dir."""

    def run(
        *args: str,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        python: str = sys.executable,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {
            **os.environ,
            "HIPTRAINER_DATA_DIR": str(data_dir),
            "QT_QPA_PLATFORM": "offscreen",
            **(env or {}),
        }
        return subprocess.run(
            [python, "-m", "hiptrainer", *args],
            capture_output=True,
            text=True,
            env=full_env,
            cwd=cwd,
            timeout=120,
            check=False,
        )

    return run
