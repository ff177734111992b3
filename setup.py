"""Build hook: the app's run-time files become package data of ``kzpk_desktop``.

Everything else is declared in pyproject.toml. The sources stay where the
layout keeps them (``resources/translations/*.qm``, compiled from the .ts files
by ``resources/translations/update.sh`` and committed); a wheel (and so a
bundle) gets a copy under ``kzpk_desktop/resources/`` in the build folder only,
never in the checkout. An editable install maps the package onto the checkout,
where ``paths.resource_dir`` reads the sources themselves, so it copies nothing.
"""
from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: (source folder, glob) -> kzpk_desktop/resources/<same folder>
RUNTIME_FILES = [("resources/translations", "*.qm")]


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for folder, pattern in RUNTIME_FILES:
            sources = sorted((ROOT / folder).glob(pattern))
            if not sources:
                raise SystemExit(f"setup.py: no {pattern} in {folder}; run "
                                 "resources/translations/update.sh first")
            target = Path(self.build_lib, "kzpk_desktop", folder)
            self.mkpath(str(target))
            for source in sources:
                self.copy_file(str(source), str(target / source.name))


if __name__ == "__main__":  # packaging/kzpk-desktop.spec imports RUNTIME_FILES
    setup(cmdclass={"build_py": BuildPyWithResources})
