"""Let pyqtgraph mirror the Qt modules lazily, as PySide6 itself loads them.

``pyqtgraph.Qt`` copies every name of ``PySide6.QtCore``, ``QtGui`` and ``QtWidgets`` into
its own ``QtCore``/``QtGui``/``QtWidgets`` modules when it is imported (``_copy_attrs``).
PySide6 creates a Qt class's Python type only when the class is first used, so that copy
creates all of them at once: about 13 MB that the Progress tab never uses (bench/progress.py).
Before pyqtgraph is imported, :func:`install` swaps that one function for one that gives
each mirror a module ``__getattr__`` that fetches (and keeps) a name the first time
pyqtgraph uses it. Nothing else in pyqtgraph changes. When the function is not there word
for word (another pyqtgraph version), pyqtgraph is imported unchanged: it costs memory,
never correctness, and ``tests/gui/test_progress_memory.py`` says so.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import CodeType, ModuleType

MODULE = "pyqtgraph.Qt"

EAGER_COPY = """def _copy_attrs(src, dst):
    for o in dir(src):
        if not hasattr(dst, o):
            setattr(dst, o, getattr(src, o))
"""

LAZY_COPY = """def _copy_attrs(src, dst):
    # HipTrainer (hiptrainer/ui/progress/qt_mirror.py): fetch each name on first use.
    def __getattr__(name):
        value = getattr(src, name)
        setattr(dst, name, value)
        return value
    dst.__getattr__ = __getattr__
"""

#: Whether the last import of pyqtgraph.Qt went through the lazy mirror.
state = {"lazy": False}


class _PatchedLoader(importlib.abc.Loader):
    def __init__(self, code: CodeType) -> None:
        self.code = code

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None  # the default module object

    def exec_module(self, module: ModuleType) -> None:
        exec(self.code, module.__dict__)  # noqa: S102 (pyqtgraph's own source, one function swapped)
        state["lazy"] = True


class _MirrorFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != MODULE:
            return None
        sys.meta_path.remove(self)  # once, and so that the lookup below finds the real one
        spec = importlib.util.find_spec(fullname)
        loader = spec.loader if spec is not None else None
        # Any loader that can give the source will do: a frozen app's (PyInstaller) has
        # get_source without being an InspectLoader.
        get_source = getattr(loader, "get_source", None)
        if spec is None or not callable(get_source):
            return spec
        source = get_source(fullname)
        if source is None or source.count(EAGER_COPY) != 1:
            return spec
        spec.loader = _PatchedLoader(
            compile(source.replace(EAGER_COPY, LAZY_COPY), spec.origin or MODULE, "exec")
        )
        return spec


def install() -> None:
    """Make the next import of pyqtgraph mirror Qt lazily (nothing if already imported)."""
    if MODULE in sys.modules or any(isinstance(f, _MirrorFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _MirrorFinder())
