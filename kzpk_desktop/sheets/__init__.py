"""Reading clerks' spreadsheets, below the services and free of Qt and of the database.

``readers`` finds the header row and reads the cells; nothing here knows what a
column means (the services pass a function that recognises a header).
"""
