"""Attachments: uploaded to disk in chunks (≤ 25 MB), downloaded by the owning team only."""

from __future__ import annotations

import asyncio
import mimetypes
import zipfile
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, UploadFile
from fastapi.responses import FileResponse

from backend.api.deps import CurrentUser, NowDep, SessionDep, SettingsDep, TeamUser
from backend.api.problem_docs import (
    ATTACHMENT_TOO_LARGE,
    ATTACHMENT_TYPE_BLOCKED,
    NOT_FOUND,
    problem_responses,
)
from backend.api.schemas import AttachmentOut
from backend.db.models import Attachment
from backend.db.queries import tickets
from backend.domain import file_types
from backend.domain.errors import DomainError, not_found

router = APIRouter(prefix="/attachments", tags=["attachments"])

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
CHUNK = 1024 * 1024


def too_large() -> DomainError:
    return DomainError(
        "attachment_too_large",
        413,
        "Attachment too large",
        "An attachment can be at most 25 MB.",
        extra={"max_bytes": MAX_ATTACHMENT_BYTES},
    )


# Types a browser would render or run; served as plain bytes so opening one cannot run it.
_RUNNABLE_MARKERS = ("html", "xml", "svg", "javascript", "ecmascript", "jscript")


def blocked_type(what: str) -> DomainError:
    return DomainError(
        "attachment_type_blocked",
        422,
        "Attachment type not allowed",
        file_types.ALLOWED_DETAIL,
        extra={"blocked": what, "blocked_extensions": sorted(file_types.BLOCKED_EXTENSIONS)},
    )


def served_type(content_type: str) -> str:
    lowered = content_type.lower()
    if any(marker in lowered for marker in _RUNNABLE_MARKERS):
        return "application/octet-stream"
    return content_type


def _jar_listing(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            return file_types.blocked_by_listing(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # not a readable zip: nothing a Java runtime would start either


def _safe_name(filename: str | None) -> str:
    name = Path(filename or "attachment").name.strip() or "attachment"
    return name[:255]


@router.post(
    "",
    status_code=201,
    responses=problem_responses(ATTACHMENT_TYPE_BLOCKED, ATTACHMENT_TOO_LARGE),
)
async def upload(
    file: UploadFile, user: TeamUser, session: SessionDep, settings: SettingsDep, now: NowDep
) -> AttachmentOut:
    assert user.team_id is not None
    head = await file.read(file_types.HEAD_BYTES)
    await file.seek(0)
    what = file_types.blocked(file.filename or "", head)
    if what:
        raise blocked_type(what)
    attachment = Attachment(
        team_id=user.team_id,
        uploaded_by=user.id,
        filename=_safe_name(file.filename),
        content_type=file.content_type
        or mimetypes.guess_type(file.filename or "")[0]
        or "application/octet-stream",
        size=0,
        storage_key="",
        created_at=now,
    )
    session.add(attachment)
    await session.flush()  # gives the id the file is stored under
    attachment.storage_key = f"{user.team_id}/{attachment.id}"
    target = Path(settings.attachment_dir) / attachment.storage_key
    size = await _copy(file, target)
    if head.startswith(b"PK") and (what := await asyncio.to_thread(_jar_listing, target)):
        await asyncio.to_thread(target.unlink, True)
        raise blocked_type(what)
    attachment.size = size
    await session.commit()
    return AttachmentOut(
        id=attachment.id,
        filename=attachment.filename,
        size=attachment.size,
        content_type=attachment.content_type,
    )


async def _copy(file: UploadFile, target: Path) -> int:
    """Copy in 1 MB chunks on a worker thread; never the whole file in memory."""
    await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
    size = 0
    out = await asyncio.to_thread(target.open, "wb")
    try:
        while chunk := await file.read(CHUNK):
            size += len(chunk)
            if size > MAX_ATTACHMENT_BYTES:
                raise too_large()
            await asyncio.to_thread(out.write, chunk)
    except BaseException:
        await asyncio.to_thread(out.close)
        await asyncio.to_thread(target.unlink, True)
        raise
    await asyncio.to_thread(out.close)
    return size


@router.get(
    "/{attachment_id}",
    response_class=FileResponse,
    responses={
        200: {
            "description": "The file, as uploaded (runnable types as octet-stream).",
            "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
        },
        **problem_responses(NOT_FOUND),
    },
)
async def download(
    attachment_id: str, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> FileResponse:
    attachment = await session.get(Attachment, attachment_id)
    if attachment is None or (user.role != "agent" and attachment.team_id != user.team_id):
        raise not_found("attachment")
    if user.role == "member" and attachment.message_id is not None:
        # Members may only fetch what belongs to their own tickets (R6).
        owner = await tickets.attachment_ticket_submitter(session, attachment.message_id)
        if owner != user.id:
            raise not_found("attachment")
    path = Path(settings.attachment_dir) / attachment.storage_key
    if not path.exists():
        raise not_found("attachment")
    disposition = f"attachment; filename*=UTF-8''{quote(attachment.filename)}"
    return FileResponse(
        path,
        media_type=served_type(attachment.content_type),
        headers={"Content-Disposition": disposition, "X-Content-Type-Options": "nosniff"},
    )
