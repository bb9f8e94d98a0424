"""Which help-centre articles and videos answer what an admin is typing (issue 21, deflection).

Scored, not searched: words of the subject and description are looked for in each
item's title and summary, in the language the admin reads. Japanese is written
without spaces, so runs of kanji and of katakana are cut into overlapping two-character
pieces (bigrams) and those are looked for as substrings; that finds 同期 in 同期されない
without a dictionary. A piece never straddles kanji and kana: "が表示されない" is 表示,
not also が表 and 示さ, which counted one word three times (a Dropbox subject's
"…が表示されない" brought in the Dash article "Dash の検索結果が表示されない…").

A question that names one product is answered from that product's articles (and those
for both): "Dropbox" and "Dash" are stop words, so nothing else kept a Dash article
from a Dropbox question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from backend.seed.catalogue_spec import CatalogueItem

MAX_SUGGESTIONS = 3
# What a question can be answered by; a course is hours of learning, not an answer.
KINDS = ("article", "video")
# An item needs at least this much to be worth showing: one word in the title, or
# two in the summary. A lone shared word in a long summary is mostly chance.
MIN_SCORE = 3
TITLE_WEIGHT = 3
SUMMARY_WEIGHT = 1

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# Runs of one script: kanji (CJK ideographs), katakana (with the long-vowel mark), and a
# kanji alone with the kana after it ("遅い": its word's okurigana, the only word there).
_KANJI = r"[\u4e00-\u9fff\u3400-\u4dbf]"
_KANJI_RUN = re.compile(_KANJI + r"{2,}")
_LONE_KANJI = re.compile(r"(?<!" + _KANJI + r")" + _KANJI + r"(?!" + _KANJI + r")[\u3041-\u309f]?")
_KATAKANA_RUN = re.compile(r"[\u30a0-\u30ff]{2,}")
# The products, as their names are written in every language (Latin letters).
_DASH = re.compile(r"(?<![a-z0-9])dash(?![a-z0-9])")
_DROPBOX = re.compile(r"(?<![a-z0-9])dropbox(?![a-z0-9])(?!\s*dash(?![a-z0-9]))")
# Words that say nothing about the problem, in the languages typed (en, nl).
_STOP = frozenset(
    "the and for are but not you your our with this that from have has was were can cannot "
    "cant don't doesn't isn't won't will what when why how all any its it's into out about "
    "after before there their they them then than also just some more most very been being "
    "please help hello thanks thank issue problem question team dropbox dash "
    "een het van voor met niet maar ook wel dat die dit zijn wordt werd kan kunnen "
    "hoe wat waarom wanneer onze ons mijn jullie alle geen nog naar bij uit over "
    "graag hulp probleem vraag bedankt worden wordt werden meer heel echt steeds "
    "sinds toen sommige".split()
)
# Hiragana alone is mostly grammar: particles and endings (から, です, ない) match a title
# by chance ("月曜日から遅いです" brought in "…被害からファイルを復元する"): never a piece.
# A Dutch past participle: "gesynchroniseerd" is "synchroniseren" with ge- before it.
_PARTICIPLE = re.compile(r"ge([a-z]{6,})")


def _stem(word: str) -> str:
    """A crude shared stem: "syncing", "synced" and "sync" meet at "sync"."""
    if len(word) >= 6:
        return word[: max(4, len(word) - 3)]
    return word


def query_terms(text: str, locale: str = "") -> set[str]:
    lowered = text.lower()
    words = [w for w in _WORD.findall(lowered) if len(w) >= 3 and w not in _STOP]
    terms = {_stem(w) for w in words}
    if locale == "nl":  # "Bestanden worden niet gesynchroniseerd": "…synchroniseren niet?"
        terms.update(_stem(m[1]) for w in words if (m := _PARTICIPLE.fullmatch(w)))
    for run in _KANJI_RUN.findall(lowered) + _KATAKANA_RUN.findall(lowered):
        terms.update(run[i : i + 2] for i in range(len(run) - 1))
    terms.update(lone for lone in _LONE_KANJI.findall(lowered) if len(lone) == 2)
    return terms


def products_named(text: str) -> set[str]:
    """The products a question names: "Dropbox Dash" is Dash, not both."""
    lowered = text.lower()
    return {
        product
        for product, name in (("dash", _DASH), ("dropbox", _DROPBOX))
        if name.search(lowered)
    }


def query_phrases(text: str) -> set[str]:
    """Two neighbouring words ("not syncing" → "not sync"): a title that has them side by
    side says more than one that has both words apart. Stop words count here, since
    "not" is what makes "not syncing" a problem."""
    words = _WORD.findall(text.lower())
    return {
        f"{a} {_stem(b)}"
        for a, b in zip(words, words[1:], strict=False)
        if not (a in _STOP and b in _STOP)
    }


def _haystack(text: str) -> str:
    # Spaces removed too: the Japanese titles put a space inside katakana compounds
    # (シングル サインオン) that a query typed as one word does not have.
    lowered = text.lower()
    return lowered + "\n" + re.sub(r"\s+", "", lowered)


@dataclass(frozen=True)
class Match:
    item: CatalogueItem
    score: int


def best_matches(
    catalogue: Iterable[CatalogueItem],
    text: str,
    locale: str,
    limit: int = MAX_SUGGESTIONS,
    product: str | None = None,
) -> list[Match]:
    """``product``: the one the question is about, as the form says (R14); None: the
    one the text names, if it names one."""
    terms = query_terms(text, locale)
    if not terms:
        return []
    phrases = query_phrases(text)
    named = {product} if product else products_named(text)
    # One product named: the other's articles do not answer it; both or none: any.
    other = {"dash": "dropbox", "dropbox": "dash"}[next(iter(named))] if len(named) == 1 else ""
    found: list[Match] = []
    for item in catalogue:
        if item.kind not in KINDS or item.product == other:
            continue
        title = _haystack(item.title.get(locale))
        summary = _haystack(item.summary.get(locale))
        score = sum(
            TITLE_WEIGHT if term in title else SUMMARY_WEIGHT if term in summary else 0
            for term in terms
        ) + sum(TITLE_WEIGHT if phrase in title else 0 for phrase in phrases)
        if score >= MIN_SCORE:
            found.append(Match(item, score))
    # Ties go to what most customers read.
    found.sort(key=lambda m: (-m.score, -m.item.popularity, m.item.key))
    return found[:limit]
