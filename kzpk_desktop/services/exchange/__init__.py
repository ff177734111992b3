"""Exchange of signed, encrypted packages between the ministry and offline field offices.

See docs in README ("Exchange between offices"): ``office`` (identity, cards,
trust), ``capture`` (changes stamped by the session hooks), ``package`` (the
file), ``export`` / ``merge`` / ``transfer`` (the two directions),
``conflicts`` (what a clerk decides) and ``status``.
"""
