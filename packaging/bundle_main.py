"""The program PyInstaller freezes (packaging/hiptrainer.spec): ``hiptrainer`` itself.

With ``HIPTRAINER_BUNDLE_CHECK=1`` in the environment it instead imports every module of the
package and says which Qt for Python modules that loaded, then exits: ``--smoke-test`` only
reaches what the first frame needs, and the tones, the voice, printing and the Progress tab's
charts load their Qt modules later. packaging/build-bundle.sh runs both, so a module the spec
leaves out fails the build, not a user's first workout.
"""

from __future__ import annotations

import os
import sys


def import_everything() -> int:
    import importlib
    import pkgutil

    import hiptrainer
    from hiptrainer.ui.progress import qt_mirror

    failures = []
    for module in pkgutil.walk_packages(hiptrainer.__path__, "hiptrainer."):
        if module.name == "hiptrainer.__main__":  # importing it runs the program
            continue
        try:
            importlib.import_module(module.name)
        except Exception as exc:  # noqa: BLE001 (every failure is the finding)
            failures.append(f"{module.name}: {type(exc).__name__}: {exc}")
    # What the app imports inside functions, on first use (grep "PySide6.Qt" hiptrainer/).
    for name in ("QtMultimedia", "QtTextToSpeech", "QtDBus", "QtSvg", "QtPrintSupport"):
        try:
            importlib.import_module(f"PySide6.{name}")
        except ImportError as exc:
            failures.append(f"PySide6.{name}: {exc}")
    from PySide6.QtTextToSpeech import QTextToSpeech

    print("Speech engines:", " ".join(QTextToSpeech.availableEngines()) or "none")

    loaded = sorted(name for name in sys.modules if name.startswith("PySide6.Qt"))
    print("Qt modules loaded:", " ".join(name.removeprefix("PySide6.") for name in loaded))
    print("pyqtgraph mirrors Qt lazily:", qt_mirror.state["lazy"])
    for line in failures:
        print(f"hiptrainer bundle check: cannot import {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    if os.environ.get("HIPTRAINER_BUNDLE_CHECK") == "1":
        sys.exit(import_everything())
    from hiptrainer.cli import run

    run()  # exits with the command's code
