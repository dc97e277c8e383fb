#!/usr/bin/env bash
# Run one command (a benchmark) inside the same private PulseAudio server + Xvfb display the
# test suite uses, so benchmark numbers come from the real virtual devices, not a mock.
#   bench/with-services.sh .venv/bin/python bench/media_player.py
set -euo pipefail
source "$(dirname "$0")/../scripts/test-services.sh"
trap livedesk_services_stop EXIT
livedesk_services_start
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"  # benchmarks reuse tests/media helpers
"$@"
