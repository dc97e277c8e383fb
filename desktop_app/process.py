"""The process around the app: Qt and the asyncio loop start, the app runs until the window is
closed or a signal comes (`QuitRequests`), and the process ends at once with `leave`, without
waiting for the interpreter to tear every object down.

`desktop_app/app.py` builds and wires the app; this module only starts and ends the process
it runs in.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from typing import NoReturn

import qasync
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.app import Launch, LiveDesk
from desktop_app.resources import resource_path
from desktop_app.settings import APP_NAME
from desktop_app.ui.collector import MainThreadCollector

log = logging.getLogger(__name__)
# The id of the Linux desktop entry (packaging/linux/dev.livedesk.LiveDesk.desktop).
DESKTOP_ID = "dev.livedesk.LiveDesk"


class QuitRequests:
    """When to quit: the window is closed, or SIGINT or SIGTERM comes. Signals count from
    the moment the loop runs (one that comes while the window is being built is acted on
    once it is), and one that comes while the app is already quitting ends the process at
    once, with 128 + the signal's number, as a shell reports a process a signal ended."""

    def __init__(self) -> None:
        self.requested = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C closes the console
                loop.add_signal_handler(signum, self._signalled, signum)

    def _signalled(self, signum: int) -> None:
        if self.requested.is_set():
            log.warning("%s while quitting: leaving at once", signal.Signals(signum).name)
            leave(128 + signum)
        self.requested.set()


async def _run(launch: Launch) -> int:
    quit_requests = QuitRequests()
    desk = LiveDesk(launch)
    desk.window.close_requested.connect(quit_requests.requested.set)
    desk.start()
    await quit_requests.requested.wait()
    log.info("closing")
    await desk.shutdown()
    return 0


def leave(status: int) -> NoReturn:
    """End the process now with `status`, once the log and the standard streams are flushed.

    By then the app has released what it owns, or given up on it. The interpreter's own exit
    would still destroy every Qt and Python object one by one (0.6-1.2 s measured on a
    2-core machine) and join every thread, one stuck in a device driver included, which
    may never return.
    """
    log.info("LiveDesk exits with status %d", status)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or a pipe nobody reads
            stream.flush()
    os._exit(status)


def run(launch: Launch) -> NoReturn:
    """Start Qt and the asyncio loop, run the app until it is closed, then end the process
    (`leave`) with status 0."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("livedesk.png"))))
    # Wayland compositors find the menu entry (and its icon) by this id.
    app.setDesktopFileName(DESKTOP_ID)
    app.setQuitOnLastWindowClosed(False)
    MainThreadCollector(app).start()  # garbage holding Qt objects is freed on this thread
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # The loop is not closed: that would join its executor's threads, one of which may be
    # stuck in a device driver for good (the shutdown gave up on it).
    leave(loop.run_until_complete(_run(launch)))
