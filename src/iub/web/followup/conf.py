"""Settings of follow-up (the committee's and analysts' figures), imported at the end of base.py."""

from __future__ import annotations

from iub.web.config import env

#: Disclosure threshold per catalog stem, from IUB_FOLLOWUP_THRESHOLDS ("alingsas=5,…");
#: default 5, never below 3 (system check followup.E001 refuses a lower one).
IUB_FOLLOWUP_THRESHOLDS = env.FOLLOWUP_THRESHOLDS
