"""Documents of a serviceman, their expiry status and the expiring-documents area."""
