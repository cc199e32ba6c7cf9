"""Shared test set-up: headless Qt, a fixed locale, and a fresh caseload per test."""

from __future__ import annotations

import os

# Set before any Qt import: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "C.UTF-8"
os.environ.setdefault("CLINIC_DESK_USER", "test-user")
# A passphrase in the developer's environment must not reach the tests' caseloads.
os.environ.pop("CLINIC_DESK_PASSPHRASE", None)
