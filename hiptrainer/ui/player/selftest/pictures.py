"""The pictures that draw a self-test: its own key poses where it has them (the single-leg
bridge test has the heel on a bench, which its exercise's pictures do not show), else its
exercise's, loaded once per test."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hiptrainer.domain.model import Exercise
    from hiptrainer.domain.selftest import SelfTest
    from hiptrainer.figures.render import Illustration


class SelfTestPictures:
    def __init__(self) -> None:
        self._art: dict[str, Illustration | None] = {}

    def illustration(self, test: SelfTest, exercise: Exercise) -> Illustration | None:
        if test.id not in self._art:
            try:
                from hiptrainer.catalog.selftests import selftest_poses
                from hiptrainer.figures.render import Illustration

                self._art[test.id] = Illustration(selftest_poses(test), exercise.primary_muscles)
            except Exception:  # noqa: BLE001 (a missing picture must never stop a test)
                self._art[test.id] = None
        return self._art[test.id]
