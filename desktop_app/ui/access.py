"""What assistive technology (a screen reader, voice control) is told about the window.

Every control gets a name (what it is) and a description (what it does), both translated,
because a screen reader reads those, not the pixels; a label beside a field is tied to it as
its buddy, so the label's mnemonic (Alt+letter) moves the focus there. The conversation
announces each message once it is complete (`announce`): announcing every word as it
arrives would drown the user in fragments.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, name: str, description: str = "") -> W:
    """Name and describe `widget` for assistive technology; returns it for chaining."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description or name)
    return widget


def announce(widget: QWidget, text: str) -> None:
    """Ask the screen reader to say `text` (politely: after what it is saying now)."""
    if text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def tie_labels(form: QFormLayout) -> None:
    """Make each row's label the buddy of its field, so the label's mnemonic focuses the
    field, and name a field that has no name yet after its label."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        label = label_item.widget()
        if not isinstance(label, QLabel) or not label.text():
            continue
        field = field_item.widget()
        if field is None and field_item.layout() is not None:  # a row of widgets: the first
            inner = field_item.layout().itemAt(0)
            field = inner.widget() if inner is not None else None
        if field is None:
            continue
        label.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label.text().replace("&", ""))
