"""Wrapped Japanese breaks only between phrases (bunsetsu), as Chrome's
``word-break: auto-phrase`` sets it: never "届|きます", "くだ|さい", "されまし|た。" (issue 19).
A phrase too long for a narrow label still wraps, and English never loads the segmenter."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.insights import Recommendation
from desktop.ui.recommendations.card import RecommendationCard
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.line_breaks import MOST_HELD, WORD_JOINER, whole_words
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.text.wrapped_message_box import WrappedMessageBox
from tests.support.text_lines import laid_out

# The app's texts (translations/desktop_ja.ts) with phrases a reader must see whole.
PHRASES = [
    (
        "FollowerPicker",
        "Followers get support's answers to this ticket by e-mail. Admins also see it under "
        "Team tickets.",
        ["フォロワーには、", "チケットへの", "サポートの", "回答が", "メールで", "届きます。"],
    ),
    (
        "FollowersBox",
        "Nobody yet. Followers get support's answers by e-mail.",
        ["まだ", "いません。", "サポートの", "回答が", "メールで", "届きます。"],
    ),
    (
        "ReplyComposer",
        "Write a message to send it",
        ["送信するには", "メッセージを", "入力してください"],
    ),
    (
        "KpiTiles",
        "Half of this period's answered tickets had one sooner.",
        ["期間に", "応答済みの", "チケットの", "半数は、", "これより", "応答されました。"],
    ),
]


def split_phrases(lines: list[str], phrases: list[str]) -> list[str]:
    """The phrases that a line ends inside of: "届|きます。" for 届 at a line's end."""
    text = "".join(lines)
    ends = set()
    at = 0
    for line in lines[:-1]:
        at += len(line)
        ends.add(at)
    split = []
    for phrase in phrases:
        start = text.find(phrase)
        assert start >= 0, phrase
        split += [
            f"{phrase[: end - start]}|{phrase[end - start :]}"
            for end in range(start + 1, start + len(phrase))
            if end in ends
        ]
    return split


def reading(text: str, font: QFont, width: int) -> list[str]:
    return [line.read for line in laid_out(text, font, width)]


@pytest.mark.parametrize(("context", "source", "phrases"), PHRASES)
def test_wrapped_japanese_breaks_only_between_phrases(
    qtbot: QtBot, english: LanguageSwitcher, context: str, source: str, phrases: list[str]
) -> None:
    english.apply("ja")
    try:
        text = QCoreApplication.translate(context, source)
        assert all(phrase in text for phrase in phrases), text  # the catalog's Japanese
        label = WrappedLabel()
        qtbot.addWidget(label)
        label.setText(text)
        font = label.font()
        widths = range(QFontMetrics(font).horizontalAdvance("あ") * MOST_HELD, 700)
        # Qt's line breaker alone breaks inside them (between any two kana).
        assert any(split_phrases(reading(text, font, width), phrases) for width in widths)
        for width in widths:
            lines = reading(label.shown_text(), font, width)
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
            assert split_phrases(lines, phrases) == [], width
            # and it still wraps: between phrases
            if width < QFontMetrics(font).horizontalAdvance(text) - 10:
                assert len(lines) > 1
    finally:
        english.apply("en")


def test_a_sentence_breaks_between_its_phrases_not_inside_them() -> None:
    # Joiners inside each phrase, none between two: Qt breaks only there.
    phrases = ["あなたに", "最適な", "選択肢を", "提示します"]
    assert whole_words("".join(phrases)) == "".join(WORD_JOINER.join(p) for p in phrases)


@pytest.mark.parametrize(
    ("phrase", "pieces"),
    [
        # Longer than MOST_HELD: a word of kanji or katakana, then its kana; and after ・.
        ("ダウンロードできなかったか、", ["ダウンロード", "できなかったか、"]),
        ("再ダウンロードしています。", ["再ダウンロード", "しています。"]),
        ("新規・対応中・保留中。", ["新規・", "対応中・", "保留中。"]),
    ],
)
def test_a_phrase_too_long_to_hold_is_held_in_pieces(phrase: str, pieces: list[str]) -> None:
    assert len(phrase) > MOST_HELD
    assert whole_words(phrase) == "".join(WORD_JOINER.join(piece) for piece in pieces)


def test_latin_text_inside_japanese_gets_no_joiners() -> None:
    shown = whole_words("Premium Support Desk で問題が発生しました。25 MB です。")
    assert "Premium Support Desk" in shown  # nothing added inside Latin words
    assert f"発{WORD_JOINER}生{WORD_JOINER}し{WORD_JOINER}ま{WORD_JOINER}し" in shown


# A phrase longer than MOST_HELD characters (ダウンロードできなかったか、: 14) among them.
LONG = [
    (
        "ImageViewer",
        "{name} cannot be shown: it could not be downloaded, or it is not an image this app "
        "can read safely.",
    ),
    (
        "TicketPage",
        "Offline: this ticket's conversation has not been downloaded yet. It loads by itself "
        "when the connection returns.",
    ),
    ("FollowerPicker", PHRASES[0][1]),
]


@pytest.mark.parametrize(("context", "source"), LONG)
def test_a_label_narrower_than_a_phrase_still_shows_all_its_text(
    qtbot: QtBot, english: LanguageSwitcher, context: str, source: str
) -> None:
    # Qt never breaks a held run: a label is at least as wide as its widest one (the
    # window grows), or cuts it off. Only phrases up to MOST_HELD characters are held.
    english.apply("ja")
    try:
        text = QCoreApplication.translate(context, source).format(name="screenshot.png")
        window = QWidget()
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        label = WrappedLabel()
        layout.addWidget(label)
        label.setText(text)
        margins = layout.contentsMargins()
        narrow = (
            QFontMetrics(label.font()).horizontalAdvance("あ") * MOST_HELD
            + margins.left()
            + margins.right()
        )
        window.resize(narrow, 400)
        with qtbot.waitExposed(window):
            window.show()
        assert window.width() == narrow  # the label did not make it wider
        lines = laid_out(label.shown_text(), label.font(), label.contentsRect().width())
        assert not [line.read for line in lines if line.overflows]  # nothing cut off
        assert "".join(line.read for line in lines).replace(" ", "") == text.replace(" ", "")
        assert label.height() >= label.heightForWidth(label.width())
    finally:
        english.apply("en")


def test_english_and_dutch_never_load_the_phrase_segmenter() -> None:
    # The start is benched in English: it may not import BudouX nor read its model.
    code = textwrap.dedent(
        """
        import sys
        from desktop.ui.text.line_breaks import unbroken_words, whole_words
        whole_words("Followers get support's answers by e-mail.")
        unbroken_words("Volgers krijgen de antwoorden van support per e-mail.")
        assert "budoux" not in sys.modules
        whole_words("フォロワーにはサポートの回答がメールで届きます。")
        assert "budoux" in sys.modules
        """
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr


def test_a_recommendation_s_title_and_summary_break_between_phrases(qtbot: QtBot) -> None:
    # The catalogue's Japanese (backend/seed/data/catalogue.toml): "設定でき|ます。" was split.
    item = Recommendation(
        key="share_link_settings",
        kind="article",
        title="共有リンクの設定を変更する: パスワード、有効期限、アクセス権",
        url="https://help.example.com/links",
        summary="共有リンクにパスワードや有効期限を設定したり、チーム メンバーだけに"
        "限定したりできます。管理者はチームのリンクの既定のアクセス権を設定できます。",
        product="dropbox",
        reason_category=None,
        reason_tickets=0,
    )
    card = RecommendationCard(item)
    qtbot.addWidget(card)
    phrases = {
        card.title: ["共有リンクの", "設定を", "変更する:", "有効期限、", "アクセス権"],
        card.summary: ["限定したりできます。", "既定の", "アクセス権を", "設定できます。"],
    }
    font = card.summary.font()
    widths = range(QFontMetrics(font).horizontalAdvance("あ") * MOST_HELD, 700)
    # Qt alone splits them.
    assert any(
        split_phrases(reading(item.summary, font, width), phrases[card.summary]) for width in widths
    )
    for label, wanted in phrases.items():
        assert isinstance(label, WrappedLabel)
        assert label.text() == (item.title if label is card.title else item.summary)
        for width in widths:
            lines = reading(label.shown_text(), label.font(), width)
            assert split_phrases(lines, wanted) == [], width


def test_a_message_box_breaks_between_phrases_and_answers_what_was_set(
    qtbot: QtBot, english: LanguageSwitcher
) -> None:
    english.apply("ja")
    try:
        translate = QCoreApplication.translate
        text = translate(
            "StoreNotices",
            "The copy of your tickets on this computer was damaged. A new copy was made, "
            "and your tickets are being downloaded again from the service.",
        )
        details = translate(
            "StoreNotices", "%n unsent message(s) kept; they will be sent as usual.", "", 1
        )
        box = WrappedMessageBox()
        qtbot.addWidget(box)
        box.setText(text)
        box.setInformativeText(details)
        assert (box.text(), box.informativeText()) == (text, details)  # as set
        wanted = {
            "qt_msgbox_label": (text, ["コピーが", "破損していました。", "作成し、"]),
            "qt_msgbox_informativelabel": (details, ["未送信の", "保持しました。", "されます。"]),
        }
        for name, (said, phrases) in wanted.items():
            label = box.findChild(QLabel, name)
            assert label is not None
            shown = label.text()
            assert WORD_JOINER in shown
            assert label.accessibleName() == said  # read out as set
            font = label.font()
            for width in range(QFontMetrics(font).horizontalAdvance("あ") * MOST_HELD, 500):
                assert split_phrases(reading(shown, font, width), phrases) == [], width
    finally:
        english.apply("en")
    # Shown again in English, as the About box is: nothing added, Qt names it again.
    box.setText("The copy of your tickets on this computer was damaged.")
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None and label.accessibleName() == ""


def test_the_about_box_breaks_between_japanese_phrases(
    qtbot: QtBot, tmp_path: Path, english: LanguageSwitcher
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda error: None), settings)
    qtbot.addWidget(window)
    english.apply("ja")
    try:
        window.menus.show_about()
        box = window.menus.about_box
        assert box is not None
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        assert WORD_JOINER.join("確認し、") in label.text()  # 確認 | し、 was split
        assert "確認し、" in box.text()
        box.close()
    finally:
        english.apply("en")


# QMessageBoxes of the app's own text: every one is a WrappedMessageBox, the error box too
# (it broke "ウィン/ドウ"; a selection copied from it is cleaned, clean_copies.py).
PLAIN_BOXES: set[str] = set()


def test_every_message_box_of_the_apps_own_text_breaks_between_phrases() -> None:
    root = Path(__file__).resolve().parents[2]
    plain = set()
    for path in sorted((root / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QMessageBox"
            ):
                plain.add(path.relative_to(root).as_posix())
    assert plain == PLAIN_BOXES, "make these WrappedMessageBox(parent)"
