"""When to take the hip self-tests again: every 4–6 weeks, rested, at the same time of day
(self-tests.md, "Retesting"), said in one line for the Progress tab's at-a-glance strip."""

from __future__ import annotations

from datetime import date
from typing import Literal

import msgspec

from hiptrainer.domain.words import counted, translate

__all__ = ["RETEST_BY_DAYS", "RETEST_FROM_DAYS", "Reminder", "ReminderKind", "retest_reminder"]

ReminderKind = Literal["never", "not_due", "due", "overdue"]

#: Retest every 4–6 weeks (self-tests.md, "Retesting").
RETEST_FROM_DAYS = 28
RETEST_BY_DAYS = 42


class Reminder(msgspec.Struct, frozen=True):
    kind: ReminderKind
    #: One line for the Progress tab's at-a-glance strip.
    line: str
    days_since: int | None = None


def _days(days: int) -> str:
    return counted(days, translate("selftest", "1 day"), translate("selftest", "{n} days"))


def _ago(days: int) -> str:
    if days == 0:
        return translate("selftest", "today")
    if days == 1:
        return translate("selftest", "yesterday")
    if days < 14:
        return translate("selftest", "{n} days ago").format(n=days)
    return translate("selftest", "{n} weeks ago").format(n=days // 7)


def retest_reminder(last_tested: date | None, today: date) -> Reminder:
    """Whether to remind the user to test again: every 4–6 weeks, rested, at the same time
    of day and on the same bench (self-tests.md, "Retesting")."""
    if last_tested is None:
        return Reminder(
            "never",
            translate(
                "selftest",
                "No self-test yet: one puts a number on each side, to compare them and to see "
                "change over the months.",
            ),
        )
    days = max(0, (today - last_tested).days)  # a date ahead of today reads as today
    if days < RETEST_FROM_DAYS:
        text = translate(
            "selftest", "Last self-test {ago}; next one in {days} or later (every 4–6 weeks)."
        )
        return Reminder(
            "not_due", text.format(ago=_ago(days), days=_days(RETEST_FROM_DAYS - days)), days
        )
    if days <= RETEST_BY_DAYS:
        text = translate(
            "selftest",
            "Time to retest: last self-test {ago} (test when rested, at the same time of day "
            "as before).",
        )
        return Reminder("due", text.format(ago=_ago(days)), days)
    text = translate(
        "selftest",
        "Retest overdue: last self-test {ago}; every 4–6 weeks shows change (test when "
        "rested, at the same time of day as before).",
    )
    return Reminder("overdue", text.format(ago=_ago(days)), days)
