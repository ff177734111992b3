"""The Overview area: charts of the figures a supervisor reads every morning."""
