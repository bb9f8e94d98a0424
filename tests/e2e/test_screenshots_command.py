"""``python -m desktop --screenshots DIR`` renders every main view in three languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from desktop.bootstrap.shooting import SMALL_WINDOW_SIZE

VIEWS = (
    "my-tickets",
    "team-tickets",
    "ticket",
    "contact-support",
    "contact-support-missing",
    "contact-support-suggestions",
    "sign-in",
    "sign-in-error",
    "signed-out",
    "ticket-reply-typed",
    "settings",
    "get-help",
    "billing",
    "billing-included",
    "billing-invoices",
    "compare",
    "quote-confirm",
    "not-eligible",
    "invoice-payer",
    "contact-sales",
    "insights",
    "insights-offline",
    "insights-table",
    "insights-dark",
    "insights-empty",
    "insights-year",
    "insights-open-now",
    "insights-drill-down",
    "recommendations",
    "recommendations-popular",
    "store-unwritable",
    "drafts-outbox",
    "drafts-outbox-small",
    "drafts-undo",
    "reading-pane",
    "my-tickets-dark",
    "reading-pane-dark",
    "ticket-dark",
    "team-tickets-dark",
    "my-tickets-small",
    "team-tickets-small",
    "ticket-small",
    # A button reached by Tab: its focus ring, light and dark.
    "focus-ring",
    "focus-ring-dark",
    # At a 150 % font (issue 19): nothing may be cut off.
    "my-tickets-large",
    "drafts-large",
    "billing-large",
    "insights-large",
    "insights-full-large",
    "recommendations-large",
    "ticket-large",
)


# The views shot in a small laptop's window (shooting.SMALL_WINDOW_SIZE).
SMALL_VIEWS = (
    "my-tickets-small",
    "team-tickets-small",
    "ticket-small",
    "ticket-reply-typed",
    "drafts-outbox-small",
)


def test_screenshots_of_every_view_in_every_language(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PSD_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshots", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    # Nothing went wrong on the way: a failure shown in a picture is a picture of a bug
    # (Billing's Add menu lost its entries on the second language's reload, and every
    # Japanese and Dutch Billing shot carried "Something went wrong" at its foot).
    for said in ("Traceback", "unexpected error"):
        assert said not in result.stderr, result.stderr[result.stderr.find(said) - 200 :][:3000]
    for view in VIEWS:
        for lang in ("en", "ja", "nl"):
            image = QImage(str(out / f"{view}-{lang}.png"))
            assert not image.isNull(), f"{view}-{lang}.png"
            assert image.width() >= 400 and image.height() >= 150
    # The small window's views are what they say, 1024×640, in every language: the window
    # was held at 1,086 px in Japanese and Dutch by what it had shown before (issue 19).
    for view in SMALL_VIEWS:
        for lang in ("en", "ja", "nl"):
            image = QImage(str(out / f"{view}-{lang}.png"))
            assert (image.width(), image.height()) == SMALL_WINDOW_SIZE, f"{view}-{lang}.png"
    # The sales contact, once sent, is as tall as its thank-you (the form's height left
    # two lines at the top of an empty box): small, but there in each language.
    for lang in ("en", "ja", "nl"):
        image = QImage(str(out / f"contact-sales-sent-{lang}.png"))
        assert not image.isNull() and image.width() >= 400 and 50 <= image.height() < 150
    # The store's rebuild message is a box of its own: there, in each language.
    rebuilt = {lang: QImage(str(out / f"store-rebuilt-{lang}.png")) for lang in ("en", "ja", "nl")}
    assert all(not image.isNull() and image.height() >= 80 for image in rebuilt.values())
    # Help → About is a small box: it only has to be there, in each language.
    about = {lang: QImage(str(out / f"about-{lang}.png")) for lang in ("en", "ja", "nl")}
    assert all(not image.isNull() and image.height() >= 80 for image in about.values())
    assert about["en"] != about["ja"]
    # The languages really differ: a Japanese shot is not the English one again.
    assert (out / "my-tickets-en.png").read_bytes() != (out / "my-tickets-ja.png").read_bytes()
    # Nothing of the user's own data folder was touched.
    assert not (tmp_path / "data").exists()
