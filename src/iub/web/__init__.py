"""The Django project: public pages, the JSON API and (later) staff and committee pages.

Nothing outside this package imports Django; everything here calls the framework-free core.
"""
