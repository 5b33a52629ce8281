"""The "at a glance" strip: this week against the goal, the weekly streak, the chosen
exercise's left/right balance in words, the latest pain with its traffic light (a
coloured dot *and* the words, so the colour is never the only signal), and when to take the
hip self-tests again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hiptrainer.domain.progress_habits import WeekGoal
from hiptrainer.domain.progress_pain import LatestPain, latest_pain_words
from hiptrainer.domain.selftest import RETEST_FROM_DAYS, Reminder
from hiptrainer.ui.progress.card import short_date
from hiptrainer.ui.style.plurals import TextContext, plural
from hiptrainer.ui.style.tokens import SPACE_M, SPACE_S, SPACE_XS, scaled_font
from hiptrainer.ui.widgets.pain_zones import ZONE_COLOURS

DOT = 14


class Glance(TextContext):
    """The translation context of the tiles' words."""


def week_words(week: WeekGoal) -> tuple[str, str]:
    """ "1 of 2 sessions", "1 more to reach the weekly goal"; past the goal, "3 sessions",
    "Goal of 2 met" (never "3 of 2")."""
    # lupdate extracts a plural only with tr() called on a class and a plain name as count.
    sessions, goal = week.sessions, week.goal
    if sessions > goal:
        return (
            plural(Glance.tr("%n session(s)", "", sessions), sessions),
            plural(Glance.tr("Goal of %n met this week", "", goal), goal),
        )
    #: This week's sessions against the goal: {done} done, of %n (the weekly goal).
    head = plural(Glance.tr("{done} of %n session(s)", "", goal), goal).format(done=sessions)
    if week.met:
        return head, Glance.tr("Goal met this week")
    missing = goal - sessions
    return head, plural(
        Glance.tr("%n more to reach the weekly goal", "", missing),
        missing,
    )


def streak_words(weeks: int) -> tuple[str, str]:
    if weeks == 0:
        return (
            Glance.tr("No streak yet"),
            Glance.tr("Meet the weekly goal to start one"),
        )
    return (
        plural(Glance.tr("%n week(s)", "", weeks), weeks),
        #: Under the streak's length ("3 weeks"): what the weeks were.
        Glance.tr("in a row meeting the weekly goal"),
    )


def _ago(days: int) -> str:
    if days <= 1:
        if days == 0:
            return Glance.tr("today")
        return Glance.tr("yesterday")
    if days < 14:
        return plural(Glance.tr("%n day(s) ago", "", days), days)
    weeks = days // 7
    return plural(Glance.tr("%n week(s) ago", "", weeks), weeks)


def _within(days: int) -> str:
    """How long until the next self-test, after "in" ("Next self-test in 2 weeks")."""
    if days >= 14:
        weeks = days // 7
        #: How long until the next self-test: "Next self-test in {when}" takes it.
        return plural(Glance.tr("%n week(s)", "later", weeks), weeks)
    #: How long until the next self-test: "Next self-test in {when}" takes it.
    return plural(Glance.tr("%n day(s)", "later", days), days)


def retest_words(reminder: Reminder) -> tuple[str, str]:
    """The self-test line: "Last self-test 5 weeks ago: time to retest", "Next self-test in
    2 weeks"; never tested, where to start (the domain's reminder decides which)."""
    days = reminder.days_since
    train = Glance.tr("Test mode in the Train tab puts a number on each side")
    if reminder.kind == "never" or days is None:
        return Glance.tr("No self-test yet"), train
    if reminder.kind == "not_due":
        #: {when} is how long until then ("2 weeks").
        soon = Glance.tr("Next self-test in {when}")
        #: {ago} says when the last one was ("5 days ago", "yesterday").
        last = Glance.tr("Last one {ago}; retest every 4–6 weeks")
        return soon.format(when=_within(RETEST_FROM_DAYS - days)), last.format(ago=_ago(days))
    if reminder.kind == "due":
        #: {ago} says when the last one was ("5 weeks ago").
        late = Glance.tr("Last self-test {ago}: time to retest")
    else:
        #: {ago} says when the last one was ("9 weeks ago").
        late = Glance.tr("Last self-test {ago}: retest overdue")
    rested = Glance.tr("Test mode in the Train tab, when rested")
    return late.format(ago=_ago(days)), rested


class Tile(QFrame):
    """A caption over a value, with an optional detail line under it."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # names may be the user's
        small = scaled_font(self.caption.font(), "small")
        self.caption.setFont(small)
        # The balance tile's caption holds an exercise's name: it wraps, not widens the strip.
        self.caption.setWordWrap(True)
        self.value = QLabel()
        self.value.setTextFormat(Qt.TextFormat.PlainText)  # names may be the user's
        self.value.setObjectName(f"{name}Value")
        self.value.setWordWrap(True)
        self.value.setAccessibleName(caption)
        self.value.setFont(scaled_font(self.value.font(), "title"))
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # names may be the user's
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        self.detail.setFont(small)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.value, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_M, SPACE_S, SPACE_M, SPACE_S)
        layout.setSpacing(SPACE_XS)
        layout.addWidget(self.caption)
        layout.addLayout(self.row)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_text(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        #: A tile's description for screen readers: its caption, value and detail line.
        described = self.tr("{caption}: {value}. {detail}")
        self.setAccessibleDescription(
            described.format(caption=self.caption.text(), value=value, detail=detail).strip()
        )


class GlanceStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glance")
        self.week = Tile(self.tr("This week"), "glanceWeek")
        self.streak = Tile(self.tr("Weekly streak"), "glanceStreak")
        self.balance = Tile(self.tr("Balance"), "glanceBalance")
        self.pain = Tile(self.tr("Latest pain"), "glancePain")
        self.retest = Tile(self.tr("Self-tests"), "glanceRetest")
        self.dot = QLabel()
        self.dot.setObjectName("painLight")
        self.dot.setFixedSize(DOT, DOT)
        self.pain.row.insertWidget(0, self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.week, 2)
        layout.addWidget(self.streak, 2)
        layout.addWidget(self.balance, 4)
        layout.addWidget(self.pain, 3)
        layout.addWidget(self.retest, 3)

    def set_week(self, week: WeekGoal, streak: int) -> None:
        self.week.set_text(*week_words(week))
        self.streak.set_text(*streak_words(streak))

    def set_balance(self, exercise_name: str, words: str) -> None:
        #: The balance tile's caption, with the exercise's name.
        self.balance.caption.setText(self.tr("Balance · {exercise}").format(exercise=exercise_name))
        #: The balance tile's name for screen readers, with the exercise's name.
        self.balance.value.setAccessibleName(
            self.tr("Balance, {exercise}").format(exercise=exercise_name)
        )
        self.balance.set_text(words)

    def set_retest(self, reminder: Reminder) -> None:
        self.retest.set_text(*retest_words(reminder))

    def set_pain(self, latest: LatestPain | None, today: date) -> None:
        words = latest_pain_words(latest)
        if latest is None:
            self.dot.hide()
            self.pain.set_text(words, self.tr("Rate pain after a workout to see it here"))
            return
        colour = ZONE_COLOURS[latest.zone]
        self.dot.setStyleSheet(
            f"background: {colour}; border-radius: {DOT // 2}px; border: 1px solid palette(text);"
        )
        self.dot.show()
        #: When the latest pain was rated ("12 Nov").
        rated = self.tr("Rated on {day}").format(day=short_date(latest.day, today.year))
        self.pain.set_text(words, rated)
