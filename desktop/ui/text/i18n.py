"""Run-time language switching: our catalog plus Qt's own, and the locale for formats."""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles each field's
# annotation given as a string: 3.4 M instructions for the 64 fields made before the first
# paint (bench/README.md).
import logging
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)


class Language(NamedTuple):  # not a dataclass: ~1 ms less before the first paint
    code: str
    # The language's own name: never translated, so everyone finds theirs.
    native_name: str


LANGUAGES = (
    Language("en", "English"),
    Language("ja", "日本語"),
    Language("nl", "Nederlands"),
)
LANGUAGE_CODES = tuple(lang.code for lang in LANGUAGES)


def system_language() -> str:
    """The OS language if we speak it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGE_CODES:
            return code
    return "en"


def account_language(locale: str) -> str:
    """The UI language for an account's locale ("ja", "nl_NL"…); the OS's if we do not speak it."""
    code = locale.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGE_CODES else system_language()


def formats_locale(code: str, system_name: str) -> QLocale:
    """The locale dates and numbers are written in: the UI's language as it is written in
    the system's country (English on a Dutch computer: 24/11/2026, not 11/24/26), or the
    language's own default where Qt knows no such pair."""
    territory = system_name.partition("_")[2]
    if territory:
        paired = QLocale(f"{code}_{territory}")
        if paired.name() == f"{code}_{territory}":
            return paired
    return QLocale(code)


class LanguageSwitcher:
    """Installs the translators of one language; Qt then sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication, catalog_dir: Path) -> None:
        self._app = app
        self._catalog_dir = catalog_dir
        self._installed: list[QTranslator] = []
        self.current = ""
        # A language given for this run (--language, tests): the account's is not followed.
        self.pinned = False

    def apply(self, code: str) -> None:
        if code not in LANGUAGE_CODES:
            code = "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(formats_locale(code, QLocale.system().name()))
        ours = QTranslator(self._app)
        if ours.load(f"desktop_{code}", str(self._catalog_dir)):
            self._install(ours)
        elif code != "en":
            log.warning("no translation catalog for %s in %s", code, self._catalog_dir)
        if code != "en":  # Qt's own texts: English needs no catalog (nor QLibraryInfo's enum)
            from PySide6.QtCore import QLibraryInfo

            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(self._app)
            if qtbase.load(f"qtbase_{code}", qt_dir):
                self._install(qtbase)
        self.current = code

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
