"""Verbs a learner would see labelled "n." where the words around them leave a noun no
place: before a verb's particle after a plural subject, and ending a "how"/"where"
clause after its plural subject (`vocab.retag_particles`)."""

from __future__ import annotations

import pytest

from vocab.models import Article


def _tags(engine, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    article = Article(title="A test story", body=text, paragraphs=((0, len(text)),))
    return {t.text: t.pos for t in engine.analyse(article).tokens}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb before its particle, after a plural subject.
        ("Nurses hand out blankets at the shelter.", {"hand": "VBP", "out": "RP"}),
        ("Volunteers hand out bread every morning.", {"hand": "VBP"}),
        # A verb that ends a clause "how" or "where" opens.
        ("We watched how the turtles nest.", {"nest": "VBP"}),
        ("Nobody knows where the geese winter.", {"winter": "VBP"}),
        # ...and what was right stays.
        ("She held the bread in one hand.", {"hand": "NN"}),
        ("The birds left the nest.", {"nest": "NN"}),
        ("He knows how the system works.", {"works": "VBZ"}),
        ("When farm workers and traders meet, prices fall.", {"workers": "NNS"}),
        ("We saw where the sales team and buyers met.", {"team": "NN"}),
    ],
)
def test_verbs_where_no_noun_fits(engine, text: str, expected: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    tags = _tags(engine, text)
    assert {word: tags[word] for word in expected} == expected
