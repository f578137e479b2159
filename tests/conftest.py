"""Settings for the whole suite: no test is decided by the clock.

Hypothesis fails an example that takes longer than its deadline (200 ms by default), which a
loaded two-core CI machine can reach by chance; the suite's default profile has no deadline.
"""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("iub", deadline=None)
settings.load_profile("iub")
