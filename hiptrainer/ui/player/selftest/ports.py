"""What the self-test pages and the suggestions need from the store and the catalogue, as
Protocols (no Qt, no SQLite import): ``hiptrainer.storage.store.Store`` and
``hiptrainer.catalog.definitions.UserDefinitions`` provide them; tests hand in fakes that
fail on purpose."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Workout
    from hiptrainer.domain.progression import ProgressionLog
    from hiptrainer.domain.selftest import SelfTestResult


# What becomes of a result: saved, refused (read-only data), or a practice run (the same
# three as the routine chooser's).
Recording = Literal["saved", "read_only", "practice"]


class SelfTestStore(Protocol):
    # Nothing can be saved: a test would look recorded and leave nothing behind.
    read_only: bool

    def start_selftest(self, test: str) -> int: ...

    def record_selftest_side(
        self, selftest_id: int, side: str, value: float, unit: str
    ) -> None: ...

    def selftest_results(
        self, test: str | None = None, since: date | None = None
    ) -> list[SelfTestResult]: ...

    def last_tested(self, test: str | None = None) -> date | None: ...


class SuggestionStore(Protocol):
    read_only: bool

    def progression_log(self, workout: str, sessions: int = 8) -> ProgressionLog: ...

    def dismissed_suggestions(self) -> set[str]: ...

    def dismiss_suggestion(self, key: str) -> None: ...


class Definitions(Protocol):
    """The calls of ``UserDefinitions`` that keep the user's routines."""

    catalog: Catalog
    problems: list[str]

    def save_workout(self, item: Mapping[str, Any], *, replacing: str | None = None) -> Workout: ...


class CatalogOwner(Protocol):
    """Who holds the user's definitions and tells every tab of a new catalogue (the main
    window: ``definitions`` is None until the data folder is open)."""

    @property
    def definitions(self) -> Definitions | None: ...

    def set_catalog(self, catalog: Catalog, problems: list[str] | None = None) -> None: ...
