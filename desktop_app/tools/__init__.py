"""Local functions the model may call, Qt-free: what they are (`registry`), the ones LiveDesk
offers (`builtin`), and the runner that answers the model's calls (`runner`).

Anything that needs the desktop (a confirmation, the clipboard) reaches a tool as a callback,
so Qt stays in `ui/` and the tools stay testable without a window.
"""
