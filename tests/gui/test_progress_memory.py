"""pyqtgraph mirrors the Qt modules lazily (hiptrainer/ui/progress/qt_mirror.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from hiptrainer.ui.progress import qt_mirror


def run_python(code: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_installed_pyqtgraph_is_mirrored_lazily_and_still_finds_every_qt_name() -> None:
    # A fresh process: nothing has imported pyqtgraph yet, as when the tab first opens.
    out = run_python(
        """
        import PySide6.QtCore, PySide6.QtWidgets
        from hiptrainer.ui.progress import plotlib, qt_mirror
        from pyqtgraph.Qt import QtCore, QtWidgets
        names = [n for n in dir(PySide6.QtCore) if n.startswith("Q")]
        copied_at_import = sum(n in vars(QtCore) for n in names)
        same = all(getattr(QtCore, n) is getattr(PySide6.QtCore, n) for n in names)
        print(qt_mirror.state["lazy"], copied_at_import < len(names) // 2, same,
              QtWidgets.QGraphicsView is PySide6.QtWidgets.QGraphicsView)
        """
    )
    assert out == "True True True True"


def test_a_pyqtgraph_without_the_expected_copy_is_imported_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another pyqtgraph version: the finder leaves its spec alone rather than guess.
    monkeypatch.setattr(qt_mirror, "EAGER_COPY", "def _copy_attrs(never, there):\n")
    code = f"""
        import sys
        sys.path.insert(0, {os.path.dirname(os.path.dirname(qt_mirror.__file__))!r})
        from hiptrainer.ui.progress import qt_mirror
        qt_mirror.EAGER_COPY = {qt_mirror.EAGER_COPY!r}
        qt_mirror.install()
        import pyqtgraph
        from pyqtgraph.Qt import QtCore
        print(qt_mirror.state["lazy"], "QPointF" in vars(QtCore))
        """
    assert run_python(code) == "False True"


def test_install_twice_adds_one_finder() -> None:
    before = [f for f in sys.meta_path if type(f).__name__ == "_MirrorFinder"]
    qt_mirror.install()
    qt_mirror.install()
    after = [f for f in sys.meta_path if type(f).__name__ == "_MirrorFinder"]
    if "pyqtgraph.Qt" in sys.modules:
        assert after == before  # already imported: nothing to do
    else:
        assert len(after) == 1


def test_a_loader_with_only_get_source_is_mirrored_lazily_as_in_a_frozen_app() -> None:
    # PyInstaller's loader offers get_source without being an importlib InspectLoader.
    out = run_python(
        """
        import importlib.util, sys
        import PySide6.QtCore
        from hiptrainer.ui.progress import qt_mirror

        class SourceOnlyLoader:
            def __init__(self, real):
                self.real = real
            def get_source(self, name):
                return self.real.get_source(name)
            def create_module(self, spec):
                return None
            def exec_module(self, module):
                self.real.exec_module(module)

        class Wrap:
            def find_spec(self, fullname, path=None, target=None):
                if fullname != "pyqtgraph.Qt":
                    return None
                sys.meta_path.remove(self)
                spec = importlib.util.find_spec(fullname)
                sys.meta_path.insert(0, self)
                spec.loader = SourceOnlyLoader(spec.loader)
                return spec

        sys.meta_path.insert(0, Wrap())  # asked by the mirror's own lookup
        qt_mirror.install()
        from pyqtgraph.Qt import QtCore
        print(qt_mirror.state["lazy"], QtCore.QPointF is PySide6.QtCore.QPointF)
        """
    )
    assert out == "True True"
