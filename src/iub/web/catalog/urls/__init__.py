"""URL modules of the catalog app, one per audience; the public pages are in ``public``."""
