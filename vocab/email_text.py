"""The story in a saved e-mail (`email_to_text`): a newsletter or a teacher's message
kept as a ``.eml`` file.

Python's `email` package reads the message: its headers, MIME parts and their
transfer encodings (base64, quoted-printable). The subject is the title, the sender
the author, the date the date; the text is the plain part, else the HTML part read as
a web page (`vocab.html_text`). Read as plain text, the headers had been the title and
first lines, and a base64 part lines of encoded data.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import Parser
from email.utils import parseaddr

from vocab.html_text import html_to_text
from vocab.models import PlainText

# A raw message's first lines are header fields ("Return-Path: <...>", "Received:
# from ..."), and those below only a mail program writes: a pasted, forwarded message
# ("From: ... Subject: ...") is left to the cleaning, which knows one.
_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]")
_MAIL_PROGRAM_FIELDS = re.compile(
    r"^(?:mime-version|message-id|received|return-path|content-type)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# Fields a raw message's header has, two of them at least, beside one of those.
_MAIL_FIELDS = re.compile(r"^(?:from|to|subject|date)\s*:", re.IGNORECASE | re.MULTILINE)


def is_email(text: str) -> bool:
    """Whether ``text`` is a raw e-mail message: it opens with a header field, and its
    header (up to the first blank line) has a field only mail programs write and two
    of From, To, Subject and Date."""
    if not _HEADER_LINE.match(text):
        return False
    header = text.split("\n\n", 1)[0]
    return bool(_MAIL_PROGRAM_FIELDS.search(header)) and len(_MAIL_FIELDS.findall(header)) >= 2


def email_to_text(text: str) -> PlainText:
    """The story of the message in ``text``: its plain part, else its HTML part as a
    page, titled by its subject."""
    message = Parser(policy=policy.default).parsestr(text)
    assert isinstance(message, EmailMessage)  # the default policy makes one
    subject = " ".join(str(message.get("subject", "")).split())
    author = parseaddr(str(message.get("from", "")))[0]
    published = _date(message)
    body = message.get_body(preferencelist=("plain", "html"))
    content = _content(body) if isinstance(body, EmailMessage) else ""
    if isinstance(body, EmailMessage) and body.get_content_subtype() == "html":
        page = html_to_text(content)
        return PlainText(
            page.text,
            title=subject or page.title,
            author=author or page.author,
            published=published or page.published,
            left_out=page.left_out,
            headings=page.headings,
            section_headings=page.section_headings,
            first_part_only=page.first_part_only,
        )
    return PlainText(content, title=subject or None, author=author, published=published)


def _date(message: EmailMessage) -> str:
    """The day the message was sent, as a page's metadata gives it ("2026-03-04"),
    else its Date header as written."""
    header = message.get("date")
    when = getattr(header, "datetime", None)
    return when.date().isoformat() if when is not None else str(header or "")


def _content(part: EmailMessage) -> str:
    """A text part's content, decoded: a charset Python does not know is read as latin-1,
    which keeps every byte, rather than refused."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        payload = part.get_payload(decode=True)
        content = payload.decode("latin-1") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""
