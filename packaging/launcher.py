"""The bundle's entry script: what the `livedesk` console script runs, frozen.

PyInstaller needs a script rather than an entry point; this one only calls the same `main`
as `pip install`'s launcher, so the bundle and the installed app cannot drift apart.
"""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
