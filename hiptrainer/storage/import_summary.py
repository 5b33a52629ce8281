"""What an import added, counted and said in words (the command line and the window say
the same)."""

from __future__ import annotations

import msgspec


class ImportSummary(msgspec.Struct, frozen=True):
    sessions: int
    sets: int
    exercises: int
    workouts: int
    #: One line per item stored under another id than its own (its id was taken).
    renamed: list[str] = []
    #: Self-test sittings, side results and dismissed suggestions added.
    selftests: int = 0
    selftest_results: int = 0
    dismissed: int = 0

    def wording(self) -> str:
        """What was added, in words: "1 session, 2 sets and 3 exercises" (only the kinds
        the import added, or "nothing new" when it added nothing)."""
        counts = [
            (self.sessions, "session", "sessions"),
            (self.sets, "set", "sets"),
            (self.exercises, "exercise", "exercises"),
            (self.workouts, "routine", "routines"),
            (self.selftests, "self-test", "self-tests"),
            (self.selftest_results, "self-test result", "self-test results"),
            (self.dismissed, "dismissed suggestion", "dismissed suggestions"),
        ]
        said = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
        if not said:
            return "nothing new"
        return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"
