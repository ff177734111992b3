"""The import wizard: servicemen from a clerk's spreadsheet, previewed, then imported.

``ImportWizard.ask(parent, ctx)`` runs it and returns what was imported (or
None); the registry page and the main window's File menu open it.
"""
