"""Qt's own words that its catalogs leave in English: translated in ours instead.

The save dialog was half Japanese (and half Dutch): Qt 6.11's form labels "&Look in:"
and "Files of &type:" gained their shortcut keys after qtbase_ja and qtbase_nl were last
translated (those hold "Look in:" without it), and "Folder" in the Type column was given
a disambiguation they lack. qtbase's catalog is loaded (i18n.LanguageSwitcher); Qt asks
every installed catalog in turn, so ours answers where Qt's has nothing.

Listed here, in Qt's own contexts, so that lupdate carries them into our catalogs; the
function is the list, in the language now, for a test to compare.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_gap_texts() -> list[str]:
    """Each gap, as translated now (Qt's English where we have none)."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "Drive"),
    ]
