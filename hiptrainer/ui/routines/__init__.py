"""The Routines tab: the routine builder and the custom exercise editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hiptrainer.ui.main_window import MainWindow
    from hiptrainer.ui.routines.ports import Ask
    from hiptrainer.ui.routines.routines_tab import RoutinesTab


def build_routines_tab(window: MainWindow, ask: Ask | None = None) -> RoutinesTab:
    """The tab, working on ``window``'s catalogue and definitions; ``ask`` answers the
    question about unsaved edits (a message box by default)."""
    from hiptrainer.ui.routines.ports import Port, ask_with_dialog
    from hiptrainer.ui.routines.routines_tab import RoutinesTab

    port = Port(
        catalog=lambda: window.catalog,
        definitions=lambda: window.definitions,
        publish=window.set_catalog,
        ask=ask or ask_with_dialog(lambda: window),
        read_only=lambda: window.store is None or window.store.read_only,
    )
    # The window asks the tab (may_close) before it closes, in its closeEvent.
    return RoutinesTab(port, window.settings)
