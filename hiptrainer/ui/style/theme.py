"""The application's theme: light, dark, or following the system as it changes.

``apply_theme(app, "light" | "dark")`` sets a palette of our own on the Fusion style (the
platform styles of Windows and macOS ignore palettes). ``"system"`` leaves the platform's own
palette alone when it already matches the desktop's colour scheme (``QStyleHints.colorScheme``),
puts ours on when it does not (a desktop set to dark whose Qt theme stays light), and follows
``colorSchemeChanged`` live. Where the platform reports no scheme, the platform's palette is
kept and its lightness says light or dark (:func:`palette_scheme`). A high-contrast desktop
wins over every choice: its palette is never replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from hiptrainer.settings import ThemeChoice
    from hiptrainer.ui.style.tokens import Scheme

#: What is on the application: our light or dark palette, or the platform's own.
Applied = Literal["light", "dark", "platform"]

FOLLOWER_NAME = "hiptrainerTheme"
_OUR_STYLE = "fusion"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: Our palettes, role by role: (normal, disabled). Text keeps 4.5:1 or more on its
#: background; the bevel roles (light … shadow) give Fusion's frames their depth.
_LIGHT: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#f4f4f5", "#f4f4f5"),
    Role.WindowText: ("#1b1b1f", "#8a8a94"),
    Role.Base: ("#ffffff", "#f4f4f5"),
    Role.AlternateBase: ("#f0f0f3", "#f0f0f3"),
    Role.Text: ("#1b1b1f", "#8a8a94"),
    Role.Button: ("#f4f4f5", "#ececef"),
    Role.ButtonText: ("#1b1b1f", "#8a8a94"),
    Role.PlaceholderText: ("#6b6b75", "#a0a0a8"),
    Role.ToolTipBase: ("#ffffff", "#ffffff"),
    Role.ToolTipText: ("#1b1b1f", "#8a8a94"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#ffffff", "#ffffff"),
    Role.Midlight: ("#e4e4e8", "#e4e4e8"),
    Role.Mid: ("#b8b8c0", "#c8c8d0"),
    Role.Dark: ("#8c8c96", "#a0a0a8"),
    Role.Shadow: ("#5a5a64", "#8c8c96"),
    Role.LinkVisited: ("#6a3fb5", "#8a8a94"),
}
_DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#232327", "#232327"),
    Role.WindowText: ("#e9e9ee", "#75757f"),
    Role.Base: ("#1a1a1d", "#232327"),
    Role.AlternateBase: ("#2a2a2f", "#2a2a2f"),
    Role.Text: ("#e9e9ee", "#75757f"),
    Role.Button: ("#2e2e33", "#2a2a2f"),
    Role.ButtonText: ("#e9e9ee", "#75757f"),
    Role.PlaceholderText: ("#9a9aa4", "#65656f"),
    Role.ToolTipBase: ("#2e2e33", "#2e2e33"),
    Role.ToolTipText: ("#e9e9ee", "#75757f"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#4a4a52", "#3a3a40"),
    Role.Midlight: ("#3a3a40", "#303036"),
    Role.Mid: ("#45454c", "#38383e"),
    Role.Dark: ("#141417", "#141417"),
    Role.Shadow: ("#000000", "#000000"),
    Role.LinkVisited: ("#c4a7ff", "#75757f"),
}


def build_palette(scheme: Scheme) -> QPalette:
    """Our whole palette for ``scheme``, every role set (none left to the platform)."""
    from hiptrainer.ui.style.tokens import ACCENT, ON_ACCENT

    palette = QPalette()
    roles = _LIGHT if scheme == "light" else _DARK
    accent, on_accent = ACCENT[scheme], ON_ACCENT[scheme]
    muted = roles[Role.Mid][0]
    colours = {
        **roles,
        Role.Highlight: (accent, muted),
        Role.HighlightedText: (on_accent, roles[Role.Text][1]),
        Role.Link: (accent, roles[Role.Text][1]),
        Role.Accent: (accent, muted),
    }
    for role, (normal, disabled) in colours.items():
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def palette_scheme(palette: QPalette) -> Scheme:
    """Light or dark by the palette itself: its window darker than its text is dark."""
    window = palette.color(Role.Window).lightness()
    text = palette.color(Role.WindowText).lightness()
    return "dark" if window < text else "light"


class ThemeFollower(QObject):
    """Keeps one application on the user's theme choice; lives as the application's child.

    ``read_scheme`` and ``read_contrast`` default to the application's style hints; tests
    pass their own where the platform cannot change its scheme (offscreen).
    """

    #: What was put on the application ("light", "dark" or "platform"), each time it changes.
    applied = Signal(str)

    def __init__(
        self,
        app: QApplication,
        read_scheme: Callable[[], Qt.ColorScheme] | None = None,
        read_contrast: Callable[[], Qt.ContrastPreference] | None = None,
    ) -> None:
        super().__init__(app)
        self.setObjectName(FOLLOWER_NAME)
        self._app = app
        hints = app.styleHints()
        self._read_scheme = read_scheme or hints.colorScheme
        self._read_contrast = read_contrast or hints.accessibility().contrastPreference
        #: The platform's style, noted when ours first replaces it. Not asked for sooner:
        #: the first ``app.style()`` from Python builds QStyle's enums (see start_theme).
        self._platform_style: str | None = None
        self.choice: ThemeChoice = "system"
        self.current: Applied = "platform"
        #: Light or dark, the platform's own palette as last seen (it is on at start).
        self._platform_scheme = palette_scheme(app.palette())
        hints.colorSchemeChanged.connect(self._system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)

    def choose(self, choice: ThemeChoice) -> None:
        self.choice = choice
        self.refresh()

    def high_contrast(self) -> bool:
        from PySide6.QtCore import Qt  # not at import: see start_theme

        return self._read_contrast() == Qt.ContrastPreference.HighContrast

    def scheme(self) -> Scheme:
        """Light or dark as the app now looks (icons and charts draw for it)."""
        return palette_scheme(self._app.palette())

    def refresh(self, system_changed: bool = False) -> None:
        """Put on what the choice and the system ask for now; ``applied`` if it changed."""
        before = self.current
        if system_changed and self.current != "platform":
            # The platform's palette may have changed with its scheme, and only it can say
            # whether it now matches: take it back to look (ours goes on again if not).
            self._put("platform")
        wanted = self._wanted()
        if wanted != self.current:
            self._put(wanted)
        if self.current != before:
            self.applied.emit(self.current)

    def stop(self) -> None:
        """Stop following and give the application back its platform look."""
        hints = self._app.styleHints()
        hints.colorSchemeChanged.disconnect(self._system_changed)
        hints.accessibility().contrastPreferenceChanged.disconnect(self._system_changed)
        self._put("platform")
        self.setParent(None)
        self.deleteLater()

    def _system_changed(self, *_args: object) -> None:
        self.refresh(system_changed=True)

    def _wanted(self) -> Applied:
        if self.high_contrast():
            return "platform"  # a high-contrast palette is the user's need, never replaced
        if self.choice in ("light", "dark"):
            return self.choice
        from PySide6.QtCore import Qt  # not at import: see start_theme

        scheme = self._read_scheme()
        reported: Scheme | None = None
        if scheme == Qt.ColorScheme.Dark:
            reported = "dark"
        elif scheme == Qt.ColorScheme.Light:
            reported = "light"
        if reported is None or reported == self._platform_scheme:
            # No scheme reported (the palette's lightness decides), or the platform's own
            # palette already matches it: the platform's look, with its own accent, stays.
            return "platform"
        return reported  # a desktop set to dark whose Qt theme stays light gets ours

    def _put(self, applied: Applied) -> None:
        app = self._app
        if applied == "platform":
            if self._platform_style is not None and self.current != "platform":
                app.setStyle(self._platform_style)
            app.setPalette(QPalette())  # an empty palette gives back the platform's own
            self._platform_scheme = palette_scheme(app.palette())
        else:
            if self._platform_style is None:
                self._platform_style = app.style().name()
            if self.current == "platform" and self._platform_style.lower() != _OUR_STYLE:
                app.setStyle(_OUR_STYLE)
            app.setPalette(build_palette(applied))
        self.current = applied


def theme_follower(app: QApplication) -> ThemeFollower | None:
    found = app.findChild(QObject, FOLLOWER_NAME)
    return found if isinstance(found, ThemeFollower) else None


def apply_theme(app: QApplication, choice: ThemeChoice) -> ThemeFollower:
    """Put ``choice`` on ``app`` now, and keep following the system while it is "system".
    Called again (the user picked another theme in the settings), it switches in place."""
    follower = theme_follower(app) or ThemeFollower(app)
    follower.choose(choice)
    return follower


def stop_theme(app: QApplication) -> None:
    """Stop the follower on ``app``, if one was started: it no longer listens to the
    desktop's scheme and contrast, and the application has its platform look again (what
    a run of the window leaves behind, for whatever runs after it in the process)."""
    follower = theme_follower(app)
    if follower is not None:
        follower.stop()


def start_theme(app: QApplication, choice: ThemeChoice) -> ThemeFollower:
    """:func:`apply_theme` for start-up, in two halves: a light or dark choice goes on now,
    and the caller runs the returned follower's ``refresh()`` after the window's first frame,
    which asks the system (its scheme for "system", high contrast for every choice).

    Why: the first call that returns one of Qt's own enums (``colorScheme()``,
    ``contrastPreference()``) makes PySide build the whole Qt namespace, some 15-30 ms that
    start-up otherwise never pays (and the first ``app.style()`` builds QStyle's: "system"
    never asks for it until ours goes on). The price is one frame in the wrong palette for a
    desktop whose Qt theme does not match its scheme, or that is set to high contrast.
    """
    follower = theme_follower(app) or ThemeFollower(app)
    follower.choice = choice
    if choice != "system" and follower.current != choice:
        follower._put(choice)
        follower.applied.emit(choice)
    return follower
