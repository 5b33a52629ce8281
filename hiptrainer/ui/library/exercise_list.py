"""The Library's list of exercises: one or several chosen (to print them on one sheet), and a
context menu with what the window offers for them.

Several are chosen the usual way: Shift or Ctrl with a click, Shift with the arrow keys,
Ctrl+Space, Ctrl+A. The context menu (right click, the Menu key) holds the actions added to
the list with :meth:`QWidget.addAction` (the window adds Print and Export PDF).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu


class ExerciseList(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def context_menu(self) -> QMenu | None:
        """A menu of the list's actions (None if it has none), deleted once closed."""
        if not self.actions():
            return None
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.setObjectName("exerciseListMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self.actions())
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        # Not Qt's ActionsContextMenu policy: setting a policy needs the Qt namespace, which
        # the window's first frame goes without (see library_tab).
        menu = self.context_menu()
        if menu is None:
            super().contextMenuEvent(event)
            return
        where = event.globalPos()
        current = self.currentIndex()
        if event.reason() == event.Reason.Keyboard and current.isValid():
            # From the Menu key: below the current row rather than mid-list.
            where = self.viewport().mapToGlobal(self.visualRect(current).bottomLeft())
        menu.popup(where)  # not exec(): the event loop carries on as usual
        event.accept()
