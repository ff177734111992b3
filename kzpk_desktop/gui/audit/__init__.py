"""The Audit area and a record's own history."""
