"""What an import added, counted and said in words (the command line and the window say
the same)."""

from __future__ import annotations

import msgspec

from hiptrainer.domain.words import counted, joined, translate


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
            (self.sessions, translate("import", "1 session"), translate("import", "{n} sessions")),
            (self.sets, translate("import", "1 set"), translate("import", "{n} sets")),
            (
                self.exercises,
                translate("import", "1 exercise"),
                translate("import", "{n} exercises"),
            ),
            (self.workouts, translate("import", "1 routine"), translate("import", "{n} routines")),
            (
                self.selftests,
                translate("import", "1 self-test"),
                translate("import", "{n} self-tests"),
            ),
            (
                self.selftest_results,
                translate("import", "1 self-test result"),
                translate("import", "{n} self-test results"),
            ),
            (
                self.dismissed,
                translate("import", "1 dismissed suggestion"),
                translate("import", "{n} dismissed suggestions"),
            ),
        ]
        said = [counted(n, one, many) for n, one, many in counts if n]
        if not said:
            return translate("import", "nothing new")
        return joined(said)
