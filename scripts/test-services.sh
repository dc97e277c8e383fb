# Real components for the test suite (sourced by scripts/run-tests): a private PulseAudio
# server with null sinks, and an Xvfb display.
#   vspk       the app's speaker (tests record vspk.monitor)
#   vmic       what tests play into (paplay -d vmic speech.wav)
#   vmic_src   the app's microphone: a real source remapped from vmic.monitor

livedesk_services_start() {
    LIVEDESK_RUNTIME=$(mktemp -d /tmp/livedesk-test.XXXXXX)
    export LIVEDESK_RUNTIME
    export PULSE_SERVER="unix:$LIVEDESK_RUNTIME/pulse-native"
    export PULSE_RUNTIME_PATH="$LIVEDESK_RUNTIME/pulse"
    export XDG_RUNTIME_DIR="$LIVEDESK_RUNTIME"
    pulseaudio -D --exit-idle-time=-1 -n --daemonize=yes --system=false \
        --log-target="file:$LIVEDESK_RUNTIME/pulse.log" \
        --load="module-native-protocol-unix auth-anonymous=1 socket=$LIVEDESK_RUNTIME/pulse-native" \
        --load="module-null-sink sink_name=vspk sink_properties=device.description=VirtualSpeaker" \
        --load="module-null-sink sink_name=vmic sink_properties=device.description=VirtualMicFeed" \
        --load="module-remap-source master=vmic.monitor source_name=vmic_src source_properties=device.description=VirtualMic" \
        2>>"$LIVEDESK_RUNTIME/pulse.log"
    local ok=""
    for _ in $(seq 50); do
        if pactl info >/dev/null 2>&1; then ok=1; break; fi
        sleep 0.1
    done
    if [ -z "$ok" ]; then
        echo "PulseAudio did not start:" >&2; cat "$LIVEDESK_RUNTIME/pulse.log" >&2; return 1
    fi
    # The server's main thread (it relays every block between a client and the sink's
    # thread) runs real-time too, as its sink threads already do, where allowed (root): on a
    # machine shared by several test suites, it otherwise waited up to ~30 ms for a core
    # behind their processes and the engine's ~8 ms buffer underran (docs/performance.md).
    LIVEDESK_PULSE_PID=$(pgrep -f -- "socket=$LIVEDESK_RUNTIME/pulse-native" | head -1 || true)
    if [ -n "$LIVEDESK_PULSE_PID" ]; then chrt -r -p 5 "$LIVEDESK_PULSE_PID" >/dev/null 2>&1 || true; fi
    pactl set-default-sink vspk
    pactl set-default-source vmic_src
    # Keep the null sinks awake: the first stream on an idle sink otherwise stalls ~2 s.
    parec -d vspk.monitor --latency-msec=10 --rate=8000 --channels=1 --raw >/dev/null 2>&1 &
    LIVEDESK_KEEPALIVE1=$!
    parec -d vmic.monitor --latency-msec=10 --rate=8000 --channels=1 --raw >/dev/null 2>&1 &
    LIVEDESK_KEEPALIVE2=$!

    # Xvfb picks a free display number itself and writes it to fd 3: two test runs on one
    # machine never share (or fight over) a display.
    exec 3>"$LIVEDESK_RUNTIME/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$LIVEDESK_RUNTIME/xvfb.log" 2>&1 &
    LIVEDESK_XVFB=$!
    exec 3>&-
    local number=""
    for _ in $(seq 100); do
        number=$(cat "$LIVEDESK_RUNTIME/display" 2>/dev/null)
        [ -n "$number" ] && break
        sleep 0.05
    done
    if [ -z "$number" ]; then
        echo "Xvfb did not start:" >&2; cat "$LIVEDESK_RUNTIME/xvfb.log" >&2; return 1
    fi
    export LIVEDESK_X_DISPLAY=":$number"
    sleep 2
}

livedesk_services_stop() {
    kill "${LIVEDESK_KEEPALIVE1:-}" "${LIVEDESK_KEEPALIVE2:-}" "${LIVEDESK_XVFB:-}" 2>/dev/null || true
    pactl exit >/dev/null 2>&1 || true
    # `pactl exit` only asks: the server writes its runtime directory (pid file, sockets)
    # while it shuts down, so removing the directory before it has gone raced with it (an
    # rm that failed with "Directory not empty", or an empty pulse/ left behind). Wait for
    # both servers to be gone, then remove.
    wait "${LIVEDESK_XVFB:-}" 2>/dev/null || true
    local pid=${LIVEDESK_PULSE_PID:-}
    if [ -n "$pid" ]; then
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    fi
    # Cleaning up a temporary directory is not a test result: say what is left, never fail.
    if ! rm -rf "${LIVEDESK_RUNTIME:-/nonexistent}"; then
        echo "warning: could not remove $LIVEDESK_RUNTIME" >&2
    fi
}
