"""The Routines tab: the routine builder and the custom exercise editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.catalog.definitions import UserDefinitions
    from hiptrainer.settings import Settings
    from hiptrainer.storage.store import Store
    from hiptrainer.ui.routines.ports import Ask
    from hiptrainer.ui.routines.routines_tab import RoutinesTab


class RoutinesHost(Protocol):
    """What the tab uses of the main window (which builds it, and so is not imported here:
    the window imports the tab)."""

    @property
    def catalog(self) -> Catalog: ...
    @property
    def definitions(self) -> UserDefinitions | None: ...
    @property
    def store(self) -> Store | None: ...
    @property
    def settings(self) -> Settings: ...

    def set_catalog(self, catalog: Catalog, problems: list[str] | None = None) -> None: ...


def build_routines_tab(window: RoutinesHost, ask: Ask | None = None) -> RoutinesTab:
    """The tab, working on ``window``'s catalogue and definitions; ``ask`` answers the
    question about unsaved edits (a message box by default)."""
    from hiptrainer.ui.routines.ports import Port, ask_with_dialog
    from hiptrainer.ui.routines.routines_tab import RoutinesTab

    def read_only() -> bool:
        store = window.store
        return store is None or store.read_only

    port = Port(
        catalog=lambda: window.catalog,
        definitions=lambda: window.definitions,
        publish=window.set_catalog,
        ask=ask or ask_with_dialog(lambda: window),
        read_only=read_only,
    )
    # The window asks the tab (may_close) before it closes, in its closeEvent.
    return RoutinesTab(port, window.settings)
