"""Every path HipTrainer reads or writes is resolved here.

Bundled data lives in ``resources/`` at the top of a source checkout; the wheel carries the
same folder as ``hiptrainer/resources``. The data dir holds everything the app writes and
comes from ``--data-dir``, then ``HIPTRAINER_DATA_DIR``, then the platform's default.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "HipTrainer"
DATA_DIR_ENV = "HIPTRAINER_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The bundled ``resources`` folder, from an installed wheel or a source checkout."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def default_data_dir() -> Path:
    """The platform's per-user application data folder."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_NAME


def data_dir(option: str | None = None) -> Path:
    """The data dir chosen by the command line, the environment, or the default."""
    chosen = option or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def display_path(path: Path) -> str:
    """A path as a user should see it in a message: relative when under the working dir."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
