"""Closing a process's window on an X display the way a window manager does, without one.

A window manager's close button sends the window a `WM_PROTOCOLS` client message carrying
`WM_DELETE_WINDOW`; Qt turns that into the window's closeEvent. The test display (Xvfb) runs
no window manager and the machine has no xdotool, so this sends the same message through
libX11 with ctypes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator
from contextlib import contextmanager

CLIENT_MESSAGE = 33  # X.h: ClientMessage
ANY_PROPERTY_TYPE = 0
SUCCESS = 0
CURRENT_TIME = 0

Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class ClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", Window),
        ("message_type", Atom),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", ClientMessageEvent), ("pad", ctypes.c_long * 24)]


def _xlib() -> ctypes.CDLL:
    x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x.XDefaultRootWindow.restype = Window
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XInternAtom.restype = Atom
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XQueryTree.argtypes = [
        ctypes.c_void_p,
        Window,
        ctypes.POINTER(Window),
        ctypes.POINTER(Window),
        ctypes.POINTER(ctypes.POINTER(Window)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    x.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        Window,
        Atom,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        Atom,
        ctypes.POINTER(Atom),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    x.XSendEvent.argtypes = [
        ctypes.c_void_p,
        Window,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(XEvent),
    ]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XFree.argtypes = [ctypes.c_void_p]
    return x


@contextmanager
def _display(name: str) -> Iterator[tuple[ctypes.CDLL, int]]:
    x = _xlib()
    display = x.XOpenDisplay(name.encode())
    if not display:
        raise RuntimeError(f"cannot open X display {name}")
    try:
        yield x, display
    finally:
        x.XCloseDisplay(display)


def _property(x: ctypes.CDLL, display: int, window: int, name: bytes) -> list[int]:
    """A window's 32-bit property (CARDINAL, ATOM...) as a list; [] when it has none."""
    actual_type, actual_format = Atom(), ctypes.c_int()
    count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    status = x.XGetWindowProperty(
        display,
        window,
        x.XInternAtom(display, name, 0),
        0,
        64,
        0,
        ANY_PROPERTY_TYPE,
        ctypes.byref(actual_type),
        ctypes.byref(actual_format),
        ctypes.byref(count),
        ctypes.byref(after),
        ctypes.byref(data),
    )
    if status != SUCCESS or not data.value:
        return []
    try:
        if actual_format.value != 32:
            return []
        # Xlib hands 32-bit items back as C longs.
        return list(ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[: count.value])
    finally:
        x.XFree(data)


def _top_levels(x: ctypes.CDLL, display: int) -> list[int]:
    root, parent = Window(), Window()
    children, count = ctypes.POINTER(Window)(), ctypes.c_uint()
    root_window = x.XDefaultRootWindow(display)
    if not x.XQueryTree(
        display, root_window, ctypes.byref(root), ctypes.byref(parent),
        ctypes.byref(children), ctypes.byref(count),
    ):
        return []
    try:
        return [children[i] for i in range(count.value)]
    finally:
        if children:
            x.XFree(children)


def close_windows_of(pid: int, display_name: str) -> int:
    """Ask every top-level window of process `pid` that takes close requests to close, as a
    window manager's close button does; returns how many were asked."""
    with _display(display_name) as (x, display):
        delete = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        protocols = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
        asked = 0
        for window in _top_levels(x, display):
            if _property(x, display, window, b"_NET_WM_PID") != [pid]:
                continue
            if delete not in _property(x, display, window, b"WM_PROTOCOLS"):
                continue
            event = XEvent()
            event.xclient.type = CLIENT_MESSAGE
            event.xclient.window = window
            event.xclient.message_type = protocols
            event.xclient.format = 32
            event.xclient.data[0] = delete
            event.xclient.data[1] = CURRENT_TIME
            x.XSendEvent(display, window, 0, 0, ctypes.byref(event))
            asked += 1
        x.XFlush(display)
        return asked
