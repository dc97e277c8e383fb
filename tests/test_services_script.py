"""The script that gives the suite its sound server and display cleans up after itself.

CI once went red after every test had passed: the sound server was still writing its
runtime directory while the script removed it, and `rm` failed under `set -e`. Other runs
left an empty `pulse/` behind in /tmp each time."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SESSION = """
set -euo pipefail
source scripts/test-services.sh
trap livedesk_services_stop EXIT
livedesk_services_start
pactl info >/dev/null
echo "$LIVEDESK_RUNTIME"
pgrep -f -- "socket=$LIVEDESK_RUNTIME/pulse-native" | head -1
"""


def test_stopping_the_services_leaves_no_server_and_no_directory():
    done = subprocess.run(
        ["bash", "-c", SESSION], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    runtime, server = done.stdout.split()
    assert not Path(runtime).exists(), sorted(p.name for p in Path(runtime).rglob("*"))
    with pytest.raises(ProcessLookupError):
        os.kill(int(server), 0)
