"""The Settings dialog (Ctrl+,): every user setting on three pages. Import it when the
dialog is first opened (``from hiptrainer.ui.settings import open_settings``), not at start-up."""

from hiptrainer.ui.settings.dialog import SettingsDialog, open_settings

__all__ = ["SettingsDialog", "open_settings"]
