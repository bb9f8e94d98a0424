"""What holding Japanese phrases whole costs (desktop/ui/text/line_breaks.py, issue 19).

Prints: the first Japanese text shown (BudouX imported, its model read), then rounds of
200 of the app's Japanese texts (the catalog's first 200 of 8 characters or more) through
``whole_words`` with its cache emptied (BudouX's parse of them alone beside it), the same
again (from the cache), and set on 200 WrappedLabels (the label's own part: cached). English text
returns before any of it (``max(text) < _FIRST_JAPANESE``).

Run: ``.venv/bin/python bench/bench_japanese_phrases.py [--rounds 6]`` (offscreen is fine).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
COUNT = 200


def catalog_texts() -> list[str]:
    source = (ROOT / "translations" / "desktop_ja.ts").read_text(encoding="utf-8")
    texts = [
        html.unescape(text) for text in re.findall(r"<translation>(.*?)</translation>", source)
    ]
    return [text for text in texts if len(text) >= 8][:COUNT]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=6)
    rounds = parser.parse_args().rounds
    app = QApplication.instance() or QApplication([])
    sys.path.insert(0, str(ROOT))
    from desktop.ui.text import line_breaks
    from desktop.ui.text.wrapped_label import WrappedLabel

    texts = catalog_texts()
    print(f"{len(texts)} texts, {sum(map(len, texts)) / len(texts):.0f} characters on average")
    labels = [WrappedLabel() for _ in texts]
    started = time.perf_counter()
    line_breaks.whole_words("フォロワーにはサポートの回答がメールで届きます。")
    first = time.perf_counter() - started
    print(f"first Japanese text (BudouX imported, its model read): {ms(first)}")
    segmenter = line_breaks._japanese_phrases()
    for round_ in range(rounds):
        line_breaks._japanese_held.cache_clear()
        started = time.perf_counter()
        for text in texts:
            line_breaks.whole_words(text)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        for text in texts:
            line_breaks.whole_words(text)
        cached = time.perf_counter() - started
        started = time.perf_counter()
        for label, text in zip(labels, texts, strict=True):
            label.setText(text)
        labelled = time.perf_counter() - started
        started = time.perf_counter()
        for text in texts:
            segmenter.parse(text)
        parsed = time.perf_counter() - started
        print(
            f"round {round_}: whole_words x{len(texts)} {ms(cold)} (of it BudouX's parse "
            f"{ms(parsed)}), again {ms(cached)} (cached); setText x{len(texts)} {ms(labelled)}"
        )
    del app


if __name__ == "__main__":
    main()
