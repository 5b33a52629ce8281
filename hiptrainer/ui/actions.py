"""Every menu action in one registry, with standard key sequences where Qt has them.

Texts and tips are marked for translation here (context "Actions") and translated when the
actions are made: the language is installed before the window is built.
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
        str(QT_TRANSLATE_NOOP("Actions", "&Import…")),
        "Ctrl+I",
        str(QT_TRANSLATE_NOOP("Actions", "Add an exercise pack, or a backup, to your data")),
    ),
    "export_pack": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Export Exercise Pack…")),
        None,
        str(
            QT_TRANSLATE_NOOP("Actions", "Save your own exercises and routines as a pack to share")
        ),
    ),
    "export_csv": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "Export Sets as &CSV…")),
        None,
        str(QT_TRANSLATE_NOOP("Actions", "Save every set you recorded as a spreadsheet (CSV)")),
    ),
    "export_json": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "Export &JSON Backup…")),
        None,
        str(
            QT_TRANSLATE_NOOP(
                "Actions",
                "Save all your data (sessions, sets, self-tests, your exercises and routines) "
                "as JSON",
            )
        ),
    ),
    "backup_now": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Back Up Now")),
        None,
        str(
            QT_TRANSLATE_NOOP(
                "Actions", "Copy the database into the backups folder of your data folder"
            )
        ),
    ),
    "restore": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…")),
        None,
        str(
            QT_TRANSLATE_NOOP(
                "Actions",
                "Replace your data with a backup; what is there now is kept as a copy first",
            )
        ),
    ),
    "print": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Print…")),
        Key.Print,
        str(
            QT_TRANSLATE_NOOP(
                "Actions", "Print the chosen exercises, or the chosen routine, as sheets"
            )
        ),
    ),
    "export_pdf": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "Export P&DF…")),
        None,
        str(
            QT_TRANSLATE_NOOP(
                "Actions", "Save the chosen exercises, or the chosen routine, as a PDF"
            )
        ),
    ),
    "quit": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Quit")),
        Key.Quit,
        str(QT_TRANSLATE_NOOP("Actions", "Close HipTrainer")),
        QAction.MenuRole.QuitRole,
    ),
    "find": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Find Exercise…")),
        Key.Find,
        str(QT_TRANSLATE_NOOP("Actions", "Search the exercise library")),
    ),
    "library": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Library")),
        "Ctrl+1",
        str(QT_TRANSLATE_NOOP("Actions", "Show the exercise library")),
    ),
    "train": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Train")),
        "Ctrl+2",
        str(QT_TRANSLATE_NOOP("Actions", "Play a routine")),
    ),
    "progress": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Progress")),
        "Ctrl+3",
        str(QT_TRANSLATE_NOOP("Actions", "Charts of your holds, reps, balance and pain")),
    ),
    "routines": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Routines")),
        "Ctrl+4",
        str(QT_TRANSLATE_NOOP("Actions", "Build your own routines and exercises")),
    ),
    "edit_copy": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Edit a Copy of the Exercise")),
        "Ctrl+E",
        str(
            QT_TRANSLATE_NOOP(
                "Actions",
                "Open the exercise shown in the Library in the exercise editor: a copy of a "
                "bundled one, or your own to change",
            )
        ),
    ),
    "selftests": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "Hip &Self-Tests…")),
        None,
        str(
            QT_TRANSLATE_NOOP(
                "Actions", "Measure each side: side bridge, Copenhagen hold, single-leg bridge"
            )
        ),
    ),
    "settings": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Settings…")),
        "Ctrl+,",
        str(
            QT_TRANSLATE_NOOP(
                "Actions", "Player times and sound, the weekly goal, sheets, theme and language"
            )
        ),
        QAction.MenuRole.PreferencesRole,
    ),
    "about": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&About HipTrainer")), None, "", QAction.MenuRole.AboutRole
    ),
    "about_qt": ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "About &Qt")), None, "", QAction.MenuRole.AboutQtRole
    ),
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
        action.setText(QCoreApplication.translate("Actions", spec.text))
        action.setObjectName(f"action_{name}")
        if spec.shortcut is not None:
            action.setShortcuts([QKeySequence(spec.shortcut)])
        if spec.tip:
            tip = QCoreApplication.translate("Actions", spec.tip)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setMenuRole(spec.role)
        actions[name] = action
    return actions
