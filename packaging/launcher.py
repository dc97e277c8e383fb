"""The bundle's entry script: what the `livedesk` console script runs, frozen.

PyInstaller needs a script rather than an entry point; this one only calls the same `main`
as `pip install`'s launcher, so the bundle and the installed app cannot drift apart.
"""

import multiprocessing
import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    # The audio engine is a spawned process (desktop_app/media/engine/): in a frozen app
    # the child is this same executable, and this call is what turns it into the engine
    # instead of a second LiveDesk.
    multiprocessing.freeze_support()
    sys.exit(main())
