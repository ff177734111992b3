"""``python -m kzpk_desktop.cli``: the same as the ``kzpk`` console script."""
from . import run

run()
