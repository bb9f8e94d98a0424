"""Qt is loaded without PySide's ``__feature__`` watch on imports (desktop/bootstrap/qt_import.py).

The watch read the whole source of every module first imported after Qt; the app
drops it at its start, which is only right while nothing of the app asks PySide
for a ``__feature__``.
"""

from __future__ import annotations

import builtins
import inspect
import re
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.bootstrap.qt_import import feature_hook_active, load_qt

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pyside_hook_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """PySide's hook in place, as a process has it before ``load_qt``; put back afterwards."""
    import PySide6.QtCore  # noqa: F401 - installs the hook's parts in builtins

    monkeypatch.setattr(builtins, "__import__", builtins.__feature_import__)  # type: ignore[attr-defined]


@pytest.fixture
def sources_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the modules whose source anybody asks ``inspect`` for."""
    read: list[str] = []
    original: Callable[[Any], str] = inspect.getsource

    def getsource(obj: Any) -> str:
        read.append(getattr(obj, "__name__", "?"))
        return original(obj)

    monkeypatch.setattr(inspect, "getsource", getsource)
    return read


def _import_new_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    (tmp_path / f"{name}.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    __import__(name)


@pytest.mark.usefixtures("pyside_hook_back")
def test_pyside_reads_the_source_of_each_new_module_while_its_hook_is_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sources_read: list[str]
) -> None:
    # What load_qt saves the start: without it, the source of a new module is read.
    assert feature_hook_active()
    _import_new_module(tmp_path, monkeypatch, "psd_watched_module")
    assert "psd_watched_module" in sources_read


@pytest.mark.usefixtures("pyside_hook_back")
def test_after_load_qt_no_module_source_is_read_and_qt_types_still_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sources_read: list[str]
) -> None:
    load_qt()
    assert not feature_hook_active()
    _import_new_module(tmp_path, monkeypatch, "psd_unwatched_module")
    assert sources_read == []
    # PySide's import underneath still creates Qt's types as they are first named.
    from PySide6.QtCharts import QChart
    from PySide6.QtWidgets import QLineEdit

    assert QChart.__name__ == "QChart" and QLineEdit.__name__ == "QLineEdit"


@pytest.mark.usefixtures("pyside_hook_back")
def test_the_app_s_entry_point_drops_the_hook_before_the_app_is_imported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop.__main__

    hook_when_started: list[bool] = []
    stand_in = types.ModuleType("desktop.bootstrap.app")  # records, instead of starting the app

    def run(argv: list[str]) -> int:
        hook_when_started.append(feature_hook_active())
        return 0

    stand_in.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.bootstrap.app", stand_in)
    assert desktop.__main__.main() == 0
    assert hook_when_started == [False]


def test_load_qt_leaves_a_hook_other_than_pysides_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    underneath = builtins.__import__

    def someone_elses_hook(*args: Any, **kwargs: Any) -> Any:
        return underneath(*args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", someone_elses_hook)
    load_qt()
    assert builtins.__import__ is someone_elses_hook


# An import statement of the pseudo-module, not a mention of it in a docstring.
FEATURE_IMPORT = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)


def test_nothing_of_the_app_asks_pyside_for_a_feature() -> None:
    # With the hook dropped, `from __feature__ import snake_case` would do nothing at all.
    asking = [
        str(path.relative_to(ROOT))
        for folder in ("desktop", "bench", "tests", "packaging")
        for path in (ROOT / folder).rglob("*.py")
        if FEATURE_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert asking == []


def test_the_check_for_a_feature_import_finds_one() -> None:
    assert FEATURE_IMPORT.search("import sys\nfrom __feature__ import snake_case\n")
    assert not FEATURE_IMPORT.search('"""PySide\'s ``from __feature__ import ...``"""\n')
