"""Every menu action in one registry, with standard key sequences where Qt has them."""

from __future__ import annotations

import msgspec
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


class ActionSpec(msgspec.Struct, frozen=True):
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole


ACTIONS: dict[str, ActionSpec] = {
    "import_file": ActionSpec(
        "&Import…", "Ctrl+I", "Add an exercise pack, or a backup, to your data"
    ),
    "export_pack": ActionSpec(
        "&Export Exercise Pack…", None, "Save your own exercises and routines as a pack to share"
    ),
    "export_csv": ActionSpec(
        "Export Sets as &CSV…", None, "Save every set you recorded as a spreadsheet (CSV)"
    ),
    "export_json": ActionSpec(
        "Export &JSON Backup…",
        None,
        "Save all your data (sessions, sets, self-tests, your exercises and routines) as JSON",
    ),
    "backup_now": ActionSpec(
        "&Back Up Now", None, "Copy the database into the backups folder of your data folder"
    ),
    "restore": ActionSpec(
        "&Restore from Backup…",
        None,
        "Replace your data with a backup; what is there now is kept as a copy first",
    ),
    "print": ActionSpec(
        "&Print…", Key.Print, "Print the chosen exercises, or the chosen routine, as sheets"
    ),
    "export_pdf": ActionSpec(
        "Export P&DF…", None, "Save the chosen exercises, or the chosen routine, as a PDF"
    ),
    "quit": ActionSpec("&Quit", Key.Quit, "Close HipTrainer", QAction.MenuRole.QuitRole),
    "find": ActionSpec("&Find Exercise…", Key.Find, "Search the exercise library"),
    "library": ActionSpec("&Library", "Ctrl+1", "Show the exercise library"),
    "train": ActionSpec("&Train", "Ctrl+2", "Play a routine"),
    "progress": ActionSpec("&Progress", "Ctrl+3", "Charts of your holds, reps, balance and pain"),
    "routines": ActionSpec("&Routines", "Ctrl+4", "Build your own routines and exercises"),
    "edit_copy": ActionSpec(
        "&Edit a Copy of the Exercise",
        "Ctrl+E",
        "Open the exercise shown in the Library in the exercise editor: a copy of a bundled "
        "one, or your own to change",
    ),
    "selftests": ActionSpec(
        "Hip &Self-Tests…",
        None,
        "Measure each side: side bridge, Copenhagen hold, single-leg bridge",
    ),
    "settings": ActionSpec(
        "&Settings…",
        "Ctrl+,",
        "Player times and sound, the weekly goal, sheets, theme and language",
        QAction.MenuRole.PreferencesRole,
    ),
    "about": ActionSpec("&About HipTrainer", None, "", QAction.MenuRole.AboutRole),
    "about_qt": ActionSpec("About &Qt", None, "", QAction.MenuRole.AboutQtRole),
}


def create_actions(parent: QWidget) -> dict[str, QAction]:
    actions = {}
    for name, spec in ACTIONS.items():
        # The actions are made while the window's first frame is built, so the cost of what
        # PySide checks when it picks an overload counts: QAction(text, parent) is first
        # checked against QAction(icon, ...), which builds QIcon's enums; and setShortcut's
        # first overload takes a Qt.Key, which builds the whole Qt namespace. Hence the
        # parent-only constructor and setShortcuts with one sequence (all setShortcut does).
        action = QAction(parent)
        action.setText(spec.text)
        action.setObjectName(f"action_{name}")
        if spec.shortcut is not None:
            action.setShortcuts([QKeySequence(spec.shortcut)])
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.setMenuRole(spec.role)
        actions[name] = action
    return actions
