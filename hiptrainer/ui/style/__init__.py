"""One visual language for every page: design tokens (tokens.py), the light, dark or system
theme (theme.py), style sheets that follow a change of theme (follow.py) and the icon set
(icons.py).

Import the module you need (``from hiptrainer.ui.style.theme import apply_theme``): this
package's own import pulls in none of them, so start-up pays only for what it uses.
"""
