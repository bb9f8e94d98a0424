"""A list whose first entry asks for a choice ("Choose…"): nothing is assumed for the user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

# The "Choose…" entry's data: nothing chosen (a default category skews insights, R19).
UNCHOSEN = ""


def prompt_only(combo: QComboBox) -> None:
    """Its first entry ("Choose…") shown as the prompt, never picked: a newcomer chose it
    back as if it were a category. Disabled in the model, the popup and the arrow keys
    pass it by; the form still starts on it (and clears back to it, setCurrentIndex)."""
    # Its words come after it is made (retranslate) and change with the language: sized to
    # them each time, not once (the Japanese "選択してください…" was cut to "選択してくださ",
    # the box sized to the English entries before the prompt had its words).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    model = combo.model()
    if isinstance(model, QStandardItemModel) and model.rowCount() > 0:
        item = model.item(0)
        item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))


def chosen(combo: QComboBox) -> str | None:
    """The choice made, None while the list still asks for one."""
    data = combo.currentData()
    return str(data) if data else None
