"""Settings: ``base`` holds everything; ``test`` and ``production`` override a few names."""
