"""The OpenAPI document, as kept in the repository (``backend/openapi.json``)."""

from __future__ import annotations

import json
from pathlib import Path

from backend.app import create_app
from backend.config import Settings

DOCUMENT = Path(__file__).with_name("openapi.json")


def openapi_text() -> str:
    # Fixed settings: the document must not depend on the environment.
    app = create_app(Settings(database_url="sqlite:///unused.db", secret_key="unused"))
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
