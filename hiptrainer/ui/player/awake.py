"""Keeping the screen awake while a workout plays.

Linux: ``org.freedesktop.ScreenSaver.Inhibit`` on the session bus (GNOME, KDE, Xfce…), else the
desktop portal's ``Inhibit`` (Flatpak); Windows: ``SetThreadExecutionState``. Held while playing,
released on pause, at the end, when leaving, and by the system if the app dies. A failure is
logged once and never stops the workout.
"""

from __future__ import annotations

import logging
import sys
from typing import Protocol

log = logging.getLogger(__name__)
REASON = "A HipTrainer workout is playing"


class Backend(Protocol):
    def inhibit(self) -> bool: ...

    def uninhibit(self) -> None: ...


class ScreenAwake:
    def __init__(self, backend: Backend | None = None) -> None:
        self._backend = backend
        self.held = False
        self._warned = False

    def _get_backend(self) -> Backend | None:
        if self._backend is None:
            self._backend = WindowsBackend() if sys.platform == "win32" else DBusBackend()
        return self._backend

    def hold(self) -> None:
        if self.held:
            return
        backend = self._get_backend()
        try:
            self.held = bool(backend and backend.inhibit())
        except Exception as exc:  # noqa: BLE001 (a desktop quirk must not stop the workout)
            log.warning("Could not keep the screen awake: %s", exc)
            self.held = False
        if not self.held and not self._warned:
            self._warned = True
            log.warning("Could not keep the screen awake; the screen may sleep mid-workout")

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        backend = self._get_backend()
        try:
            if backend is not None:
                backend.uninhibit()
        except Exception as exc:  # noqa: BLE001
            log.warning("Could not release the screen: %s", exc)


class DBusBackend:
    def __init__(self) -> None:
        self._cookie: int | None = None
        self._request: str | None = None

    def inhibit(self) -> bool:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        saver = QDBusInterface(
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            bus,
        )
        if saver.isValid():
            reply = saver.call("Inhibit", "HipTrainer", REASON)
            args = reply.arguments()
            if args:
                self._cookie = int(args[0])
                return True
        portal = QDBusInterface(
            "org.freedesktop.portal.Desktop",
            "/org/freedesktop/portal/desktop",
            "org.freedesktop.portal.Inhibit",
            bus,
        )
        if portal.isValid():
            reply = portal.call("Inhibit", "", 8, {"reason": REASON})  # 8: the session going idle
            args = reply.arguments()
            if args:
                self._request = str(args[0])
                return True
        return False

    def uninhibit(self) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if self._cookie is not None:
            QDBusInterface(
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                bus,
            ).call("UnInhibit", self._cookie)
            self._cookie = None
        if self._request is not None:
            QDBusInterface(
                "org.freedesktop.portal.Desktop",
                self._request,
                "org.freedesktop.portal.Request",
                bus,
            ).call("Close")
            self._request = None


class WindowsBackend:  # pragma: no cover (runs on Windows only)
    CONTINUOUS, SYSTEM, DISPLAY = 0x80000000, 0x00000001, 0x00000002

    def inhibit(self) -> bool:
        import ctypes

        flags = self.CONTINUOUS | self.SYSTEM | self.DISPLAY
        return bool(ctypes.windll.kernel32.SetThreadExecutionState(flags))  # type: ignore[attr-defined]

    def uninhibit(self) -> None:
        import ctypes

        ctypes.windll.kernel32.SetThreadExecutionState(self.CONTINUOUS)  # type: ignore[attr-defined]
