"""Project configuration: settings, URL routing, the API root and the WSGI entry point."""
