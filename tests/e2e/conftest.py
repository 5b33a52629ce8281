from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


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
