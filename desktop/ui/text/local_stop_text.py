"""Why the local demo workspace's service stopped, said in the user's language.

Said by the not-running banner and its details (local_stop_details.py): what stopped,
why when the process's end tells it (a signal, an exit code, no answer in time), and
where its log is. Whole sentences, one per case (STYLE.md: no concatenation).
"""

from __future__ import annotations

import signal

from PySide6.QtCore import QCoreApplication

from desktop.services.local_server import LocalServerFailed


def signal_name(number: int) -> str:
    """ "SIGTERM (15)"; the number alone for a signal this system does not name."""
    try:
        return f"{signal.Signals(number).name} ({number})"
    except ValueError:
        return str(number)


def why_stopped(failure: LocalServerFailed) -> str:
    """One sentence in plain words, for the banner and messages: what stopped, and whether
    something outside the app ended it. The signal's name and the exit code ("SIGTERM
    (15)") read as jargon there (newcomer 29); Details… say them (why_stopped_exactly)."""
    code = failure.exit_code
    if code is None:
        return why_stopped_exactly(failure)  # "did not answer in time": plain already
    if failure.started:
        if code < 0:
            return QCoreApplication.translate(
                "LocalStopText",
                "The local demo workspace stopped: something outside the app ended its "
                "service, and it did not stay up when the app restarted it.",
            )
        return QCoreApplication.translate(
            "LocalStopText",
            "The local demo workspace stopped: its service quit with an error, and did not "
            "stay up when the app restarted it.",
        )
    if code < 0:
        return QCoreApplication.translate(
            "LocalStopText",
            "The local demo workspace could not start: something outside the app ended its "
            "service while it started.",
        )
    return QCoreApplication.translate(
        "LocalStopText",
        "The local demo workspace could not start: its service quit with an error.",
    )


def why_stopped_exactly(failure: LocalServerFailed) -> str:
    """One sentence with the technical detail, for Details… and the copied details: what
    stopped, and what ended it (its last run's end: the signal, the exit code)."""
    code = failure.exit_code
    if failure.started:  # it ran, stopped, and did not stay up when restarted
        if code is None:
            return QCoreApplication.translate(
                "LocalStopText",
                "The local demo workspace stopped, and when the app restarted it, its "
                "service did not answer in time.",
            )
        if code < 0:
            return QCoreApplication.translate(
                "LocalStopText",
                "The local demo workspace stopped: its service process was ended by signal "
                "{signal}, sent from outside the app, and did not stay up when the app "
                "restarted it.",
            ).format(signal=signal_name(-code))
        return QCoreApplication.translate(
            "LocalStopText",
            "The local demo workspace stopped: its service process exited with code {code}, "
            "and did not stay up when the app restarted it.",
        ).format(code=code)
    if code is None:
        return QCoreApplication.translate(
            "LocalStopText",
            "The local demo workspace could not start: its service did not answer in time.",
        )
    if code < 0:
        return QCoreApplication.translate(
            "LocalStopText",
            "The local demo workspace could not start: its service process was ended by "
            "signal {signal}, sent from outside the app, while it started.",
        ).format(signal=signal_name(-code))
    return QCoreApplication.translate(
        "LocalStopText",
        "The local demo workspace could not start: its service process exited with code {code}.",
    ).format(code=code)


def what_to_do() -> str:
    return QCoreApplication.translate(
        "LocalStopText",
        "Your work is kept on this computer. Choose “Start it again” at the bottom of the "
        "window to start it.",
    )


def no_error_lines() -> str:
    return QCoreApplication.translate(
        "LocalStopText",
        "Its log has no error lines from this run: no warning, error or traceback.",
    )


def copied_details(failure: LocalServerFailed) -> str:
    """What "Copy details" puts on the clipboard: the reason, the log's place, its errors."""
    lines = [
        why_stopped_exactly(failure),
        QCoreApplication.translate("LocalStopText", "Log file: {path}").format(
            path=failure.log_path
        ),
    ]
    if failure.error_lines:
        lines += ["", failure.error_lines]
    return "\n".join(lines)
