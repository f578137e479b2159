"""The committee's workspace under /namnd/: catalogs, drafts, decisions and publishing.

See docs/committee.md. Views translate HTTP to the services and selectors here, which call the
framework-free core (``iub.catalog``, ``iub.catalog.diff``, ``iub.documents``, ``iub.law.lint``).
"""
