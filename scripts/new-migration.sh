#!/usr/bin/env bash
# Write the next Alembic revision from the models: scripts/new-migration.sh 0004 "what changed"
# It autogenerates against a scratch SQLite database at the current head; read the result.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="$1"; message="$2"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
DATABASE_URL="sqlite:///$scratch/scratch.db" .venv/bin/python - "$rev" "$message" <<'PY'
import sys
from alembic import command
from backend.config import get_settings
from backend.db.migrate import alembic_config, upgrade
settings = get_settings()
upgrade(settings)
command.revision(alembic_config(settings), message=sys.argv[2], autogenerate=True, rev_id=sys.argv[1])
PY
for f in backend/db/migrations/versions/*_"$rev"_*.py; do
  # Migrations speak plain SQLAlchemy types: the UTC wrapper is a runtime concern.
  sed -i 's/backend\.db\.base\.UTCDateTime(timezone=True)/sa.DateTime(timezone=True)/g; /^import backend\.db\.base$/d; /# ### .*Alembic.* ###/d' "$f"
  .venv/bin/ruff format -q "$f"; .venv/bin/ruff check --fix -q "$f"
  echo "wrote $f"
done
