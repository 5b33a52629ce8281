"""The Library tab: find an exercise and read everything about it."""

from hiptrainer.ui.library.library_tab import LibraryTab

__all__ = ["LibraryTab"]
