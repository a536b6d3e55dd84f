"""Notices (Textual's toasts) that stay while something runs and go when it ends.

Textual's ``notify`` returns nothing to take a notice down by; the app reads its list of
notices on screen, a private part of Textual (pinned in pyproject.toml), in this one
place, so an upgrade has one module to mend.
"""

from __future__ import annotations

from textual.app import App


def notice_shown(app: App[object], message: str) -> bool:
    """Whether a notice saying ``message`` is on screen."""
    return any(notice.message == message for notice in app._notifications)


def withdraw_notice(app: App[object], message: str) -> None:
    """Take down every notice saying ``message``."""
    for notice in list(app._notifications):
        if notice.message == message:
            app._unnotify(notice)
