"""Search folds accents and case off Latin letters, and nothing else (issue 21)."""

from __future__ import annotations

import unicodedata

from backend.db.queries.ticket_search import snippet_around
from textfold import fold, fold_with_places


def test_dutch_and_french_accents_fold_to_their_letters() -> None:
    assert fold("Ideeën") == "ideeen"
    assert fold("CAFÉ") == fold("café") == "cafe"
    assert fold("één, geëindigd, à, ç, ñ") == "een, geeindigd, a, c, n"
    # A letter typed as a letter plus a combining accent folds the same.
    assert fold(unicodedata.normalize("NFD", "ideeën")) == "ideeen"


def test_japanese_keeps_its_voiced_marks() -> None:
    # が is か plus a mark once decomposed: not an accent, another letter.
    assert fold("同期が止まって") == "同期が止まって"
    assert fold("ガ") != fold("カ")
    assert fold("パ") != fold("ハ")
    # Full-width ASCII (a Japanese keyboard's) is ASCII, as PostgreSQL's unaccent has it.
    assert fold("ＡＢＣ　１００％") == "abc　100%"
    assert fold("ｶﾞ") == "ｶﾞ"  # half-width kana: not ASCII, left alone


def test_places_point_back_into_the_text_as_written() -> None:
    written = "Zie: e\u0301e\u0301n IDEEËN"  # "één" decomposed: five code points
    folded, places = fold_with_places(written)
    assert folded == "zie: een ideeen"
    at = folded.index("een")
    assert written[places[at] : places[at + 3]] == "e\u0301e\u0301n"
    at = folded.index("ideeen")
    assert written[places[at] : places[at + 6]] == "IDEEËN"


def test_the_snippet_is_the_text_as_written_around_a_folded_hit() -> None:
    line = "x " * 60 + "Twee ideeën voor de map" + " y" * 60
    snippet = snippet_around(line, "IDEEEN")
    assert snippet is not None and "Twee ideeën voor" in snippet
    assert snippet_around("Twee ideeën", "ideen") is None
