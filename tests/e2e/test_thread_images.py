"""Images in the thread (issue 21): thumbnails, the viewer, and pasted screenshots,
against a real service process."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from desktop.bootstrap.paths import DATA_DIR_ENV
from desktop.store.drafts import NEW_TICKET_KEY, reply_key
from desktop.ui.tickets.attachments.image_paste import PASTED_DIR
from desktop.ui.tickets.attachments.image_thumbnail import ThumbnailButton
from desktop.ui.tickets.attachments.image_viewer import ImageViewer, screen_bounds
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import open_contact, signed_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import create_ticket, read_ticket
from tests.support.waiting import wait_until

SCREENSHOT = re.compile(r"^Screenshot \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\.png$")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("images")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pasted screenshots go to the app's data folder: this test's, not the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def picture(path: Path, width: int, height: int, colour: str = "#3a7bd5") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


async def opened_page(controller: object, server: RunningServer, subject: str) -> TicketPage:
    ticket_id = str((await create_ticket(server.url, subject=subject))["id"])
    window = controller.window  # type: ignore[attr-defined]
    window.open_ticket(ticket_id)
    page: TicketPage = window.ticket_page
    await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket_id)
    return page


def shown(thumbnail: ThumbnailButton) -> bool:
    return thumbnail.state == ThumbnailButton.SHOWN


async def test_images_show_as_thumbnails_that_open_full_size(
    service: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    wide = picture(tmp_path / "wide.png", 800, 600)
    tall = picture(tmp_path / "tall.jpg", 300, 900, "#d53a3a")
    log = tmp_path / "sync-log.txt"
    log.write_text("sync stopped\n")
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=service.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        page = await opened_page(controller, service, "Error dialog at start")
        page.composer.editor.setPlainText("Two screenshots and the log.")
        page.composer.attachments.add_files([wide, tall, log])
        page.composer.send()
        await wait_until(lambda: any(c.thumbnails for c in page.message_cards()), what="the reply")
        card = next(c for c in page.message_cards() if c.thumbnails)
        # Images as pictures; every file (the log too) keeps its chip to open or save.
        assert [t.attachment.filename for t in card.thumbnails] == ["wide.png", "tall.jpg"]
        assert len(card.attachment_buttons) == 3
        assert "sync-log.txt" in card.attachment_buttons[2].text()
        await wait_until(lambda: all(shown(t) for t in card.thumbnails), what="thumbnails")
        # At most 240 × 180, the aspect kept.
        assert card.thumbnails[0].thumbnail_size() == QSize(240, 180)
        assert card.thumbnails[1].thumbnail_size() == QSize(60, 180)
        assert card.thumbnails[0].accessibleName() == "Image wide.png"

        qtbot.mouseClick(card.thumbnails[0], Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.attachments.viewer is not None, what="the viewer")
        viewer = page.attachments.viewer
        assert isinstance(viewer, ImageViewer)
        await wait_until(lambda: not viewer.picture.pixmap().isNull(), what="the image")
        assert viewer.isVisible() and viewer.accessibleName() == "wide.png"
        assert viewer.windowTitle() == "wide.png"
        size = viewer.picture.pixmap().size()
        bounds = screen_bounds(viewer)
        # Fitted to the screen (offscreen: 800 × 600), never above its own size, aspect kept.
        assert size.width() <= min(bounds.width(), 800)
        assert size.height() <= min(bounds.height(), 600)
        assert abs(size.width() * 600 - size.height() * 800) <= 800
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)
        await wait_until(lambda: not viewer.isVisible(), what="Esc to close")

        # From the keyboard: Enter on the focused thumbnail.
        card.thumbnails[1].setFocus()
        qtbot.keyClick(card.thumbnails[1], Qt.Key.Key_Return)
        await wait_until(
            lambda: (
                page.attachments.viewer is not None
                and page.attachments.viewer.filename == "tall.jpg"
            ),
            what="the second image",
        )
        second = page.attachments.viewer
        assert second is not None
        second.close()


async def test_a_pasted_screenshot_is_sent_as_a_png(
    service: RunningServer, qtbot: QtBot, tmp_path: Path, data_folder: Path
) -> None:
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=service.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        page = await opened_page(controller, service, "Pasted screenshot")
        editor = page.composer.editor
        editor.setFocus()
        shot = QImage(320, 200, QImage.Format.Format_RGB32)
        shot.fill(QColor("#2e8b57"))
        QGuiApplication.clipboard().setImage(shot)
        qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        files = page.composer.attachments.files
        assert len(files) == 1 and SCREENSHOT.match(files[0].name), files
        # Kept in the data folder with the draft (not a temp folder), as PNG, no text.
        assert files[0].is_relative_to(data_folder / PASTED_DIR)
        assert files[0].read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert editor.toPlainText() == ""
        snapshot = page.composer.snapshot("x")
        assert snapshot is not None and snapshot.files == (files[0],)
        editor.setPlainText("This is what I see.")
        page.composer.send()
        await wait_until(lambda: any(c.thumbnails for c in page.message_cards()), what="the reply")
        ticket = await read_ticket(service.url, page.ticket.id)  # type: ignore[union-attr]
        sent = ticket["messages"][-1]["attachments"]
        assert len(sent) == 1 and SCREENSHOT.match(sent[0]["filename"])
        assert sent[0]["content_type"] == "image/png"
        card = next(c for c in page.message_cards() if c.thumbnails)
        await wait_until(lambda: shown(card.thumbnails[0]), what="its thumbnail")
        assert card.thumbnails[0].thumbnail_size() == QSize(240, 150)


def test_text_on_the_clipboard_still_pastes_as_text(qtbot: QtBot, data_folder: Path) -> None:
    from desktop.ui.tickets.ticket.reply_composer import ReplyComposer

    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show()
    composer.editor.setFocus()
    QGuiApplication.clipboard().setText("error 0x80070005")
    qtbot.keyClick(composer.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert composer.editor.toPlainText() == "error 0x80070005"
    # An office app puts a picture of the copied cells beside their text: text wins.
    both = QMimeData()
    both.setText(" and more")
    both.setImageData(QImage(10, 10, QImage.Format.Format_RGB32))
    QGuiApplication.clipboard().setMimeData(both)
    qtbot.keyClick(composer.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert composer.editor.toPlainText() == "error 0x80070005 and more"
    assert composer.attachments.files == []
    assert not (data_folder / PASTED_DIR).exists()


def test_a_pasted_image_over_the_limit_is_refused(qtbot: QtBot, data_folder: Path) -> None:
    from desktop.ui.tickets.ticket.reply_composer import ReplyComposer

    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show()
    composer.editor.setFocus()
    # Noise does not compress: 3000 × 2400 × 4 bytes is about 29 MB as PNG (limit 25 MB).
    width, height = 3000, 2400
    noise = os.urandom(width * height * 4)
    huge = QImage(noise, width, height, QImage.Format.Format_ARGB32).copy()
    QGuiApplication.clipboard().setImage(huge)
    qtbot.keyClick(composer.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert composer.attachments.files == []
    assert "at most 25 MB" in composer.status.text()
    assert "pasted image" in composer.status.text()
    assert not (data_folder / PASTED_DIR).exists()
    assert composer.editor.toPlainText() == ""


def clipboard_screenshot(width: int = 400, height: int = 300) -> None:
    shot = QImage(width, height, QImage.Format.Format_RGB32)
    shot.fill(QColor("#8b2e5a"))
    QGuiApplication.clipboard().setImage(shot)


async def test_a_pasted_screenshot_stays_with_the_draft_across_a_restart(
    service: RunningServer, qtbot: QtBot, tmp_path: Path, data_folder: Path
) -> None:
    ticket_id = str((await create_ticket(service.url, subject="Pasted, kept"))["id"])
    settings = make_settings(tmp_path, server_url=service.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        page = controller.window.ticket_page
        controller.window.open_ticket(ticket_id)
        await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket_id)
        page.composer.editor.setFocus()
        clipboard_screenshot()
        qtbot.keyClick(page.composer.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        (pasted,) = page.composer.attachments.files
        drafts = controller.store.drafts if controller.store else None
        assert drafts is not None
        # Only the picture, no text yet: still a draft worth keeping.
        await wait_until(
            lambda: (d := drafts.get(reply_key(ticket_id))) is not None and d.files == (pasted,),
            what="the draft saved with its screenshot",
        )
    # A new start: the reply box has the screenshot again, and it goes out with the reply.
    async with running_client(tmp_path, settings) as controller:
        controller.start()
        await wait_until(
            lambda: (
                controller.signed_in is not None
                or (controller.sign_in_dialog is not None and controller.sign_in_dialog.isVisible())
            )
        )
        if controller.signed_in is None:
            await signed_in(controller, qtbot, "ava@northwind.example", start=False)
        page = controller.window.ticket_page
        controller.window.open_ticket(ticket_id)
        await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket_id)
        await wait_until(lambda: page.composer.attachments.files == [pasted], what="restored")
        page.composer.editor.setPlainText("The screenshot from before.")
        page.composer.send()
        await wait_until(lambda: page.composer.attachments.files == [], what="sent")

        async def received() -> bool:
            ticket = await read_ticket(service.url, ticket_id)
            names = [a["filename"] for m in ticket["messages"] for a in m["attachments"]]
            return names == [pasted.name]

        deadline = asyncio.get_running_loop().time() + 20
        while not await received():
            assert asyncio.get_running_loop().time() < deadline, "never received"
            await asyncio.sleep(0.1)


async def test_a_screenshot_pasted_into_contact_support_is_attached(
    service: RunningServer, qtbot: QtBot, tmp_path: Path, data_folder: Path
) -> None:
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=service.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        dialog = await open_contact(controller, qtbot)
        # A short window: the attachments are below the fold, under the description.
        dialog.resize(dialog.width(), 420)
        viewport = dialog.form_scroll.viewport()

        def attachments_seen() -> bool:
            corner = dialog.attachments.mapTo(viewport, QPoint(0, dialog.attachments.height() - 1))
            return viewport.rect().contains(corner)

        dialog.form_scroll.verticalScrollBar().setValue(0)
        await wait_until(lambda: not attachments_seen(), what="the attachments out of sight")
        dialog.body_edit.setFocus()
        clipboard_screenshot()
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        (pasted,) = dialog.attachments.files
        # The form shows where the screenshot went.
        await wait_until(attachments_seen, what="the attachments scrolled into view")
        assert SCREENSHOT.match(pasted.name) and pasted.is_relative_to(data_folder)
        assert dialog.body_edit.toPlainText() == ""
        QGuiApplication.clipboard().setText("Sync stops at 02:00.")
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert dialog.body_edit.toPlainText() == "Sync stops at 02:00."
        assert dialog.attachments.files == [pasted]
        drafts = controller.store.drafts if controller.store else None
        assert drafts is not None
        await wait_until(
            lambda: (d := drafts.get(NEW_TICKET_KEY)) is not None and d.files == (pasted,),
            what="the form's draft keeps the screenshot",
        )
        dialog.close()


async def test_an_unreadable_image_keeps_a_placeholder_and_its_file_chip(
    service: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"this is not a picture\n" * 50)
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=service.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        page = await opened_page(controller, service, "Broken picture")
        page.composer.editor.setPlainText("This one will not open.")
        page.composer.attachments.add_files([broken])
        page.composer.send()
        await wait_until(lambda: any(c.thumbnails for c in page.message_cards()), what="the reply")
        card = next(c for c in page.message_cards() if c.thumbnails)
        thumbnail = card.thumbnails[0]
        await wait_until(lambda: thumbnail.state == ThumbnailButton.FAILED, what="failed")
        assert "broken.png" in thumbnail.text() and "No preview" in thumbnail.text()
        assert thumbnail.thumbnail_size() == QSize()
        # The name stays usable: its chip still opens and saves the file.
        assert "broken.png" in card.attachment_buttons[0].text()
        # Clicked anyway: the viewer says why, it does not stay blank.
        qtbot.mouseClick(thumbnail, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: (
                page.attachments.viewer is not None
                and "cannot be shown" in page.attachments.viewer.picture.text()
            ),
            what="the viewer's reason",
        )
        viewer = page.attachments.viewer
        assert viewer is not None
        viewer.close()
