"""KZPK Desktop: records and paperwork for Kazakhstan's UN peacekeeping contingents."""

#: The one place the version is written: the wheel's metadata (pyproject.toml reads it),
#: ``kzpk --version``, the About dialog and the properties of every workbook take it here.
__version__ = "0.2.0"
