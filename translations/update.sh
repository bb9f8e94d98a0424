#!/bin/sh
# Refresh the Linguist sources from the code (run from the repository root).
# en keeps only plural forms: its other texts are the source texts themselves.
# No source locations: they churn on every edit and make parallel branches conflict.
set -e
lupdate="${LUPDATE:-pyside6-lupdate}"
"$lupdate" -extensions py desktop -no-obsolete -locations none -ts translations/desktop_ja.ts translations/desktop_nl.ts
"$lupdate" -extensions py desktop -no-obsolete -locations none -pluralonly -ts translations/desktop_en.ts
