"""Printing from the window: the print preview and Export PDF of exercise and routine sheets.

Imported when first used (the window's File ▸ Print…, Export PDF…, the Library's context
menu, the Train tab), never at start-up: Qt's print support and the sheet layout load then.
The sheets themselves are :mod:`hiptrainer.printing`'s.
"""

from hiptrainer.ui.printing.commands import (
    export_exercises_pdf,
    export_routine_pdf,
    print_exercises,
    print_routine,
)

__all__ = ["export_exercises_pdf", "export_routine_pdf", "print_exercises", "print_routine"]
