"""The bundle's ``kzpk`` executable: the same as the wheel's console script."""
from kzpk_desktop.cli import run

run()
