"""The Django project: public pages, the JSON API, and the staff side (accounts, desk, audit).

Nothing outside this package imports Django; everything here calls the framework-free core.
"""
