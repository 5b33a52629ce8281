"""What goes wrong on the way to paper or a PDF is said once, in one message, and leaves no
file: a full disk or a read-only folder while saving, paper smaller than A5 in the preview
or at the printer, a printer that cannot start, an exercise whose pictures cannot be read,
an item no longer in the catalogue; and the lazy loading of all this."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from pytestqt.qtbot import QtBot

from hiptrainer import fileio
from hiptrainer.catalog import CatalogError
from hiptrainer.printing import SheetOptions
from hiptrainer.ui.main_window import MainWindow
from hiptrainer.ui.printing import print_exercises
from hiptrainer.ui.printing.commands import save_pdf
from hiptrainer.ui.printing.jobs import exercises_job, file_name
from tests.gui.test_printing import ctrl_p, export_to, out, problems, select_rows, window

__all__ = ["out", "window"]  # fixtures

REPO = Path(__file__).resolve().parents[2]


def fail_with(code: int, text: str):  # type: ignore[no-untyped-def]
    def raiser(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, text)

    return raiser


def test_a_full_disk_leaves_no_file_and_says_so_once(
    qtbot: QtBot, window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The whole PDF is written to a temp file beside the target; the disk fills as it is
    # flushed to the disk.
    monkeypatch.setattr(fileio.os, "fsync", fail_with(errno.ENOSPC, "No space left on device"))
    path = out / "sheet.pdf"
    export_to(qtbot, window, path)
    assert problems(window) == [f"cannot write {path}: the disk is full"]
    assert list(out.iterdir()) == []  # neither the PDF nor the temp file
    assert not window.statusBar().currentMessage().startswith("Saved")


def test_a_read_only_folder_leaves_no_file_and_says_so_once(
    qtbot: QtBot, window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The temp file cannot be made in a folder on a read-only file system.
    monkeypatch.setattr(fileio.tempfile, "mkstemp", fail_with(errno.EROFS, "Read-only file system"))
    path = out / "sheet.pdf"
    export_to(qtbot, window, path)
    assert problems(window) == [f"cannot write {path}: Read-only file system"]
    assert list(out.iterdir()) == []


def test_a_failed_save_leaves_the_old_file_as_it_was(
    window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = out / "sheet.pdf"
    path.write_bytes(b"the sheet of last week")
    job = exercises_job(window.catalog, select_rows(window, [0, 1]))
    monkeypatch.setattr(fileio.os, "fsync", fail_with(errno.EIO, "Input/output error"))
    assert not save_pdf(window, job, SheetOptions(), path)
    assert problems(window) == [f"cannot write {path}: the disk reported an input/output error"]
    assert path.read_bytes() == b"the sheet of last week"
    assert sorted(p.name for p in out.iterdir()) == ["sheet.pdf"]


def test_pictures_that_cannot_be_read_say_so_and_write_nothing(
    qtbot: QtBot, window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hiptrainer.catalog import poses

    def broken(exercise: object) -> None:
        raise CatalogError("poses/clamshell.toml: line 3: bad value")

    monkeypatch.setattr(poses, "exercise_poses", broken)
    export_to(qtbot, window, out / "sheet.pdf")
    assert problems(window) == ["The sheet cannot be made: poses/clamshell.toml: line 3: bad value"]
    assert list(out.iterdir()) == []


def test_paper_smaller_than_a5_in_the_preview_is_set_back(qtbot: QtBot, window: MainWindow) -> None:
    preview = ctrl_p(qtbot, window)
    printer = preview.printer()
    before = (printer.pageLayout().pageSize().id(), preview.pages.pageCount())
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))  # as the page set-up would
    preview.pages.updatePreview()
    qtbot.waitUntil(lambda: bool(problems(window)))
    [text] = problems(window)
    assert text.startswith("The paper is too small for a sheet (page A6: at least 139 mm")
    assert text.endswith(f"It is set back to {QPageSize(before[0]).name()}.")
    assert (printer.pageLayout().pageSize().id(), preview.pages.pageCount()) == before
    preview.reject()


def test_paper_smaller_than_a5_at_the_printer_prints_nothing(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    preview = ctrl_p(qtbot, window)
    printer = preview.printer()
    printer.setOutputFileName(str(out / "printed.pdf"))
    # Chosen in the printer's own dialog, after the preview.
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A6),
                                      QPageLayout.Orientation.Portrait,
                                      printer.pageLayout().margins()))  # fmt: skip
    preview.pages.print()
    [text] = problems(window)
    assert text.startswith("Nothing was printed: the paper is too small for a sheet (page A6")
    assert list(out.iterdir()) == []
    preview.reject()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt says so too, as a warning
def test_a_printer_that_cannot_start_prints_nothing_and_says_so(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    preview = ctrl_p(qtbot, window)
    preview.printer().setOutputFileName(str(out / "no such folder" / "printed.pdf"))
    preview.pages.print()
    assert problems(window) == ["Nothing was printed: the printer could not start."]
    assert list(out.iterdir()) == []
    preview.reject()


def test_an_exercise_gone_from_the_catalogue_opens_nothing(window: MainWindow) -> None:
    assert print_exercises(window, ["clamshell", "gone_meanwhile"]) is None
    assert problems(window) == ['The exercise "gone_meanwhile" is not in the catalogue any more.']


def test_a_stale_print_shortcut_says_what_to_choose(window: MainWindow) -> None:
    window.show_tab("progress")
    action = window.named_actions["print"]
    assert not action.isEnabled()
    action.setEnabled(True)  # as if pressed while the tab was changing
    action.trigger()
    assert window.statusBar().currentMessage().startswith("Nothing to print here")
    assert problems(window) == []


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Clamshell", "Clamshell.pdf"),
        ('a/b\\c:d*e?f"g<h>i|j', "a b c d e f g h i j.pdf"),
        ("  ..\x00..  ", "Sheet.pdf"),
        ("x" * 200, "x" * 80 + ".pdf"),
    ],
)
def test_the_file_offered_is_named_after_the_sheet_with_nothing_a_folder_refuses(
    title: str, name: str
) -> None:
    assert file_name(title) == name


def test_start_up_never_loads_print_support_and_printing_does() -> None:
    """The window's first frame goes without Qt's print support and the sheet layout; the
    first Print brings them."""
    code = (
        "import sys, tempfile\n"
        "from hiptrainer.cli import main\n"
        "assert main(['--data-dir', tempfile.mkdtemp(), '--smoke-test']) == 0\n"
        "loaded = lambda: sorted(m for m in sys.modules if m in WATCHED)\n"
        "WATCHED = {'PySide6.QtPrintSupport', 'hiptrainer.printing', 'hiptrainer.ui.printing'}\n"
        "print(loaded())\n"
        "from hiptrainer.ui.app import build_main_window\n"
        "window = build_main_window(__import__('pathlib').Path(tempfile.mkdtemp()))\n"
        "window.named_actions['print'].trigger()\n"
        "print(loaded())\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.strip().splitlines()[-2:]
    assert before == "[]"
    assert after == "['PySide6.QtPrintSupport', 'hiptrainer.printing', 'hiptrainer.ui.printing']"
