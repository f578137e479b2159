"""URL modules of the catalog app, one per audience (public now; staff and committee later)."""
