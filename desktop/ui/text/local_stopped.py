"""What an action says while the local demo workspace's service is given up.

Nothing brings it back by itself (not a connection returning, not a retry): only "Start
it again", at the bottom of the window. So an action that needs the service is off and
says so, and one that waits (a reply in the outbox) says what it waits for. One place for
these words, so every page names the way back the same.

Each call spells out ``QCoreApplication.translate("LocalStopped", …)``: lupdate only
finds literal calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def start_it_first() -> str:
    """Why a button that needs the service is off (its tooltip)."""
    return QCoreApplication.translate(
        "LocalStopped", "The local demo workspace is not running: choose “Start it again” first."
    )


def billing_waits() -> str:
    """Billing's note under the tabs: no change of what is paid for until it runs."""
    return QCoreApplication.translate(
        "LocalStopped",
        "The local demo workspace is not running: adding, changing and removing Premium "
        "Support are possible once you choose “Start it again”.",
    )


def followers_wait() -> str:
    return QCoreApplication.translate(
        "LocalStopped",
        "The local demo workspace is not running: followers can be changed once you choose "
        "“Start it again”.",
    )


def reply_waits() -> str:
    """A reply (or chat line) in the outbox: sent once the service runs again, not before."""
    return QCoreApplication.translate(
        "LocalStopped", "Waiting to be sent: it goes once you choose “Start it again”."
    )


def reply_will_wait(*, chat: bool) -> str:
    """Above a reply box while stopped: what Send does then, before it is pressed (a chat's
    box looked ready to reach the agent at once; its line waits, as a reply does)."""
    if chat:
        return QCoreApplication.translate(
            "LocalStopped",
            "The local demo workspace is not running: a line you send now waits in the "
            "outbox and reaches the chat once you choose “Start it again”.",
        )
    return QCoreApplication.translate(
        "LocalStopped",
        "The local demo workspace is not running: a reply you send now waits in the outbox "
        "and goes once you choose “Start it again”.",
    )


def chat_not_shown() -> str:
    """A chat whose conversation was never downloaded, while stopped: nothing to show."""
    return QCoreApplication.translate(
        "LocalStopped",
        "This chat was not downloaded before the local demo workspace stopped, so it cannot "
        "be shown or written in until you choose “Start it again”.",
    )
