"""`livedesk --self-test`: a short headless conversation that checks a user's setup.

It runs what the window runs — mic, speaker, camera, the session through the real SDK —
against the built-in emulator, without Qt and without a display, prints one line per check
(ok, FAIL or skipped, each with its reason) and exits 0 only when everything that ran worked.
Users run it to find out what is wrong with their setup; the packaging test runs it inside the
built bundle to prove the bundle has everything a conversation needs.
"""

from desktop_app.selftest.runner import run_self_test

__all__ = ["run_self_test"]
