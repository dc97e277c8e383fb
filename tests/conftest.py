"""Test-wide set-up: offscreen Qt, no proxy for loopback, and a qasync loop for Qt tests.

Tests marked `qasync` run their coroutine on a `qasync.QEventLoop`, the loop the app uses,
so asyncio code and Qt widgets interleave exactly as in the real window. Other async tests
get pytest-asyncio's plain loop.
"""

from __future__ import annotations

import asyncio
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("no_proxy", "127.0.0.1,localhost")


def pytest_configure(config):
    config.addinivalue_line("markers", "qasync: run the async test on a qasync.QEventLoop")


def pytest_asyncio_loop_factories(config, item):
    if item.get_closest_marker("qasync") is None:
        return {"asyncio": asyncio.new_event_loop}
    import qasync
    from PySide6.QtWidgets import QApplication

    return {"qasync": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}
