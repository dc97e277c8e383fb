"""Small helpers the settings and first-run dialogs share: choice widgets and the key field.

A choice shows words ("Automatic", "Puck — Upbeat") but stores a value ("", "Puck"); keeping
the value in the item's data means the label can change without breaking saved settings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget


def choice_combo(
    items: Iterable[tuple[str, Any]], parent: QWidget | None = None, *, editable: bool = False
) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(editable)
    for label, value in items:
        combo.addItem(label, value)
    return combo


def select(combo: QComboBox, value: Any) -> None:
    """Select the item holding `value`; an editable combo shows an unknown value as typed."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setEditText(str(value))


def chosen(combo: QComboBox) -> Any:
    """The value of the selected item, or the typed text of an editable combo."""
    if combo.isEditable():
        text = combo.currentText().strip()
        index = combo.findText(text)
        return combo.itemData(index) if index >= 0 else text
    return combo.currentData()


def set_item_enabled(combo: QComboBox, index: int, enabled: bool) -> None:
    model = combo.model()
    if isinstance(model, QStandardItemModel):
        item = model.item(index)
        if item is not None:
            item.setEnabled(enabled)


def secret_field(
    parent: QWidget, object_name: str, placeholder: str
) -> tuple[QLineEdit, QHBoxLayout]:
    """A password-style line edit with a "Show" box beside it (for pasting an API key and
    checking it), and the row that holds both."""
    edit = QLineEdit(parent)
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(QCoreApplication.translate("SecretField", "API key"))
    edit.setAccessibleDescription(placeholder)
    show = QCheckBox(QCoreApplication.translate("SecretField", "Sho&w"), parent)
    show.setObjectName(f"{object_name}-show")
    show.setAccessibleName(QCoreApplication.translate("SecretField", "Show the key"))
    show.setAccessibleDescription(
        QCoreApplication.translate("SecretField", "Show the key as plain text to check it")
    )
    show.toggled.connect(
        lambda on: edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
    )
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(show)
    return edit, row
