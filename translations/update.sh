#!/bin/sh
# Refresh the Linguist sources from the code (run from the repository root).
# en keeps only plural forms: its other texts are the source texts themselves.
set -e
lupdate="${LUPDATE:-pyside6-lupdate}"
"$lupdate" -extensions py desktop -no-obsolete -ts translations/desktop_ja.ts translations/desktop_nl.ts
"$lupdate" -extensions py desktop -no-obsolete -pluralonly -ts translations/desktop_en.ts
