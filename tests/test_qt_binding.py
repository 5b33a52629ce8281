"""Guards against a Qt binding that would crash the app during a long workout."""

from __future__ import annotations

import subprocess
import sys


def test_many_calls_returning_nothing_do_not_kill_python() -> None:
    # PySide6 6.12.0 lost a reference to None on each such call; on Python 3.11 the
    # interpreter aborts after a few thousand calls ("deallocating None").
    script = (
        "import sys\n"
        "from PySide6.QtGui import QColor\n"
        "c = QColor('red')\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(50_000):\n"
        "    c.setAlpha(3)\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert abs(int(result.stdout)) < 100
