"""The Paperwork area: the print-ready reports, their parameters, and writing them."""
