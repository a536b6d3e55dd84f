"""A newsletter or a teacher's message saved as an e-mail file (.eml, a message of my
own): its story, headed by its subject, never its mail headers or encoded text."""

from __future__ import annotations

import base64

from vocab.articles import article_from_bytes, load_article

STORY = (
    "Students at Hill Road School planted a garden this spring. Their teacher said the "
    "children learned a lot about food and weather.",
    "The beans grew faster than anyone expected, and the class will cook them in June.",
)
HEADERS = (
    "Return-Path: <ana@example.com>\n"
    "Received: from mail.example.com by mx.example.org; Mon, 4 Mar 2026 10:00:01 +0000\n"
    "From: Ana Ruiz <ana@example.com>\nTo: class@example.com\n"
    "Subject: Our garden story\nDate: Mon, 4 Mar 2026 10:00:00 +0000\n"
    "Message-ID: <123@example.com>\nMIME-Version: 1.0\n"
)


def test_a_saved_plain_e_mail_reads_as_its_story() -> None:
    """Its title was "Subject: Our garden story" and its first paragraph the "Date:"
    line: a header with "Content-Type:" was not known as one."""
    raw = HEADERS + "Content-Type: text/plain; charset=utf-8\n\n" + "\n\n".join(STORY) + "\n"
    article = article_from_bytes(raw.encode(), "garden.eml", "eml")
    assert article.title == "Our garden story"
    assert article.body.split("\n\n") == list(STORY)
    assert (article.author, article.published) == ("Ana Ruiz", "2026-03-04")


def test_a_saved_html_newsletter_in_base64_reads_as_its_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A newsletter's HTML part, base64-encoded, had read as lines of encoded data."""
    page = f"<html><body><h1>Our garden story</h1><p>{STORY[0]}</p><p>{STORY[1]}</p></body></html>"
    encoded = base64.encodebytes(page.encode()).decode()
    raw = (
        HEADERS + 'Content-Type: multipart/alternative; boundary="XYZ"\n\n--XYZ\n'
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{encoded}\n--XYZ--\n"
    )
    path = tmp_path / "newsletter.eml"
    path.write_text(raw)
    article = load_article(path)
    assert article.title == "Our garden story"
    assert article.body.split("\n\n") == list(STORY)
