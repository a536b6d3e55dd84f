"""A feed's item summary shows as one line of text: its paragraphs apart, its HTML and
its "Read more" link gone."""

from __future__ import annotations

from vocab.feeds import parse_feed

_FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley News</title><link>https://news.example/</link>
<description>News</description>
<item><title>Bike lanes approved</title><link>https://news.example/bike</link>
<description><![CDATA[<p>The council voted for <b>forty</b> kilometres of lanes.</p><p>Work
starts in May.</p><img src="x.jpg"><a href="https://news.example/bike">Read more</a>]]>
</description></item>
<item><title>School reopens</title><link>https://news.example/school</link>
<description>&lt;p&gt;Children are back in class.&lt;br&gt;Parents helped.&lt;/p&gt;
&lt;a href="https://news.example/school"&gt;Continue reading&amp;#8230;&lt;/a&gt;
&lt;p&gt;The post &lt;a href="/s"&gt;School reopens&lt;/a&gt; appeared first on Valley News.
&lt;/p&gt;
</description>
</item></channel></rss>"""


def test_a_summarys_paragraphs_stay_apart_and_its_read_more_link_goes() -> None:
    """The feed's list said "...kilometres of lanes.Read more" (QA pages); WordPress's
    "The post ... appeared first on ..." followed it."""
    entries = parse_feed(_FEED, url="https://news.example/feed").entries
    assert [entry.summary for entry in entries] == [
        "The council voted for forty kilometres of lanes. Work starts in May.",
        "Children are back in class. Parents helped.",
    ]


def test_a_link_in_a_summarys_sentence_keeps_its_text() -> None:
    feed = _FEED.replace(b"for <b>forty</b>", b'for <a href="/x">forty</a>')
    entries = parse_feed(feed, url="https://news.example/feed").entries
    assert entries[0].summary.startswith("The council voted for forty kilometres")
