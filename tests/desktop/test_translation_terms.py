"""Japanese and Dutch as a native speaker writes them: the glossary's one term per concept
(translations/GLOSSARY.md, translations/TERMS.md), and no space between a placeholder and
the Japanese particle after it ("{date}から", not "{date} から")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


class Message(NamedTuple):
    context: str
    source: str
    forms: tuple[str, ...]


def messages(code: str) -> list[Message]:
    found = []
    for context in ET.parse(TRANSLATIONS / f"desktop_{code}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(f.text or "" for f in translation.findall("numerusform")) or (
                translation.text or "",
            )
            found.append(Message(name, message.findtext("source") or "", forms))
    return found


# A placeholder or %n, then a space, then hiragana: a particle or an ending (から, の, です…).
# Counters after a number keep their space as the glossary writes them ("4 時間以内").
SPACE_BEFORE_PARTICLE = re.compile(r"(\}|%n|%\d) +[\u3041-\u309f]")


def test_no_space_between_a_placeholder_and_a_japanese_particle() -> None:
    wrong = [
        form
        for message in messages("ja")
        for form in message.forms
        if SPACE_BEFORE_PARTICLE.search(form)
    ]
    assert wrong == []


def test_japanese_uses_half_width_brackets_as_the_rest() -> None:
    # One style in the whole catalog: "(…)" as the glossary writes them, not "（…）".
    wrong = [f for m in messages("ja") for f in m.forms if re.search("[（）]", f)]
    assert wrong == []


# Kana or kanji (a Japanese sentence's end), then a half-width question mark.
JAPANESE_THEN_HALF_WIDTH_QUESTION = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]\s*\?")


def test_japanese_sentences_ask_with_a_full_width_question_mark() -> None:
    """サインアウトしますか？, not サインアウトしますか? (a newcomer's report)."""
    wrong = [
        form
        for message in messages("ja")
        for form in message.forms
        if JAPANESE_THEN_HALF_WIDTH_QUESTION.search(form)
    ]
    assert wrong == []
    asked = [f for m in messages("ja") for f in m.forms if "？" in f]
    assert any(f.startswith("サインアウトしますか？") for f in asked), asked


def test_japanese_quit_is_not_the_status_closed() -> None:
    """File → Quit and the status Closed both said 終了: Quit says what it ends."""
    closed = {f for m in messages("ja") if m.source == "Closed" for f in m.forms}
    quits = [m for m in messages("ja") if m.source.replace("&", "") == "Quit"]
    assert closed == {"終了"} and len(quits) >= 2  # the File menu's and the shortcut list's
    for message in quits:
        for form in message.forms:
            assert form.replace("(&Q)", "") == "アプリを終了", (message.context, form)


class Term(NamedTuple):
    """A concept of the glossary: where the English names it, the translation must too."""

    english: str  # a pattern on the source, placeholders removed
    ja: str  # a pattern the Japanese must contain ("" : not checked)
    nl: str  # a pattern the Dutch must contain, lower case ("" : not checked)


# From translations/GLOSSARY.md and translations/TERMS.md.
TERMS = [
    Term(r"(?i)\bclosed\b", "終了", "gesloten"),
    Term(r"(?i)\btier\b", "レベル", "niveau"),
    Term(r"(?i)\bplan\b", "プラン", "abonnement"),
    Term(r"(?i)\brespon", "応答", "respons|reactie"),
    Term(r"(?i)first answer|answered in|answer due", "応答", ""),
    Term(r"\bE-mail support\b", "メール サポート|メールで", "e-mailondersteuning"),
    Term(r"(?i)\bdrafts?\b", "下書き", "concept"),
    Term(r"(?i)\boutbox\b", "送信トレイ", "postvak uit"),
    Term(r"(?i)\blicen[cs]es?\b", "ライセンス", "licentie"),
    Term(r"(?i)sales representative", "営業担当者", "verkoopmedewerker"),
    Term(r"(?i)renewal date", "更新日", "verlengingsdatum"),
    Term(r"(?i)billing period", "請求期間", "factureringsperiode"),
    Term(r"(?i)support agent", "サポート担当者", "supportmedewerker"),
    Term(r"(?i)team members?|teammates?", "チーム メンバー", "teamle"),
    Term(r"(?i)sign(ed|ing)?[- ]in\b", "サインイン", r"aanmeld|aangemeld|meld .*aan"),
    Term(r"(?i)sign(ed|ing)?[- ]?out\b", "サインアウト", r"afmeld|afgemeld"),
    Term(r"\bSettings\b", "設定", "instellingen"),
    Term(r"\bInsights\b", "インサイト", "inzichten"),
    Term(r"\bRecommendations\b", "おすすめ", "aanbevelingen"),
    Term(r"(?i)\badd-ons?\b", "アドオン", "add-on"),
    Term(r"(?i)\bcallbacks?\b", "折り返し電話", "terugbel"),
    # One Dutch word for the callback asked for, as the ticket's channel names it.
    Term(r"(?i)\bcall requested\b", "", "terugbelverzoek"),
    Term(r"(?i)\bthe service\b", "サービス", "de dienst"),
    Term(r"(?i)\bcolleague\b", "同僚", "collega"),
    Term(r"Premium Support(?! Desk)", "プレミアム サポート", "premium support"),
    Term(r"Japan Standard Time", "日本標準時", "japanse standaardtijd"),
    Term(r"(?i)implementation consultation", "導入コンサルティング", "implementatieoverleg"),
    Term(r"(?i)pro-rata", "日割り", "pro-rata"),
    Term(r"(?i)\bpending\b", "保留中", "in afwachting"),
    Term(r"(?i)\bsolved\b", "解決", "opgelost"),
    Term(r"(?i)\breopen", "再開", "heropen"),
    Term(r"(?i)\bwebinars?\b", "ウェビナー", "webinar"),
    Term(r"(?i)local demo workspace", "ローカル デモ ワークスペース", "lokale demowerkruimte"),
]

# Variants the glossary's terms replace; never written, whatever the English says.
FORBIDDEN = {
    "ja": [
        "クローズ",  # closed: 終了
        "閉鎖",
        "ティア",  # tier: レベル
        "プロキシー",  # proxy: プロキシ
        "チームメンバー",  # team member: チーム メンバー
        "回答期限",  # response target: 応答期限
        "回答時間",  # response time: 応答時間
        "再オープン",  # reopen: 再開
        "お客様のチーム",  # the team is the user's own: チーム
    ],
    "nl": [
        # The user is "je" (informal), as the seed does; "u" alone is the hour ("2 u").
        r"\b[Uu] (kunt|kan|mag|moet|hebt|heeft|bent|wilt|zult)\b",
        r"\b(of|als|dat|wat|voor|aan) u\b",
        r"\b[Uu]w\b",
        "teamgeno",  # team member: teamlid
        "e-mailsupport",  # e-mail support: e-mailondersteuning
        r"\bin de dienst\b",  # searched at the service: bij de dienst
        r"\bde service\b",  # the service: de dienst
    ],
}


@pytest.mark.parametrize("code", ["ja", "nl"])
def test_one_term_per_concept(code: str) -> None:
    wrong = []
    for message in messages(code):
        source = PLACEHOLDER.sub("", message.source).replace("&", "")
        for form in message.forms:
            text = PLACEHOLDER.sub("", form).replace("&", "")
            for term in TERMS:
                wanted = term.ja if code == "ja" else term.nl
                if not wanted or not re.search(term.english, source):
                    continue
                if not re.search(wanted, text if code == "ja" else text.lower()):
                    wrong.append(f"{message.source!r} → {form!r}: wants {wanted!r}")
            wrong += [
                f"{form!r}: {variant!r}" for variant in FORBIDDEN[code] if re.search(variant, text)
            ]
    assert wrong == []


def test_dutch_says_when_before_opened() -> None:
    """Dutch says "zojuist geopend door Ava", not "geopend zojuist door Ava" (a newcomer's
    report): the moment comes before "geopend"."""
    opened = next(m for m in messages("nl") if m.source == "opened {created} by {name}")
    assert opened.forms == ("{created} geopend door {name}",)


def test_the_translator_notes_name_the_terms_chosen_here() -> None:
    """Terms the glossary lacks are chosen in translations/TERMS.md; the test follows them."""
    notes = (TRANSLATIONS / "TERMS.md").read_text(encoding="utf-8")
    for row in [
        "| tier (Basic / Enhanced) | niveau | レベル |",
        "| plan (the team's Dropbox plan: its licences) | abonnement | プラン |",
        "| outbox | postvak UIT | 送信トレイ |",
        "| answer (a message from support) | antwoord | 回答 |",
    ]:
        assert row in notes, row
