"""The servicemen registry: a paged list over SQL, and the record form."""
