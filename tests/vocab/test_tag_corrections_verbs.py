"""Verbs a learner saw labelled "n." or "adj." in the glossary and the word panel, and
the nouns beside them: the corrections of `vocab.retag` for a verb after its subject,
in a list of verbs, in an order, and a gerund after a verb of activities."""

from __future__ import annotations

import pytest

from vocab.models import Article


def _tags(engine, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    article = Article(title="A test story", body=text, paragraphs=((0, len(text)),))
    return {t.text: t.pos for t in engine.analyse(article).tokens}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past spelt unlike its base, after its subject and before its object.
        ("The criminal stole the car.", {"criminal": "NN", "stole": "VBD"}),
        ("A man stole the car.", {"stole": "VBD"}),
        ("The young thief stole her bag and ran.", {"thief": "NN", "stole": "VBD"}),
        # A plural after a noun that modifies it, before the clause's verb and its object.
        ("The drone strikes hit the village.", {"strikes": "NNS", "hit": "VBD"}),
        ("Rocket attacks hit the town.", {"attacks": "NNS", "hit": "VBD"}),
        # ...and what was right stays.
        ("She wore a silk stole to the party.", {"stole": "NN"}),
        ("The company plans cuts.", {"plans": "VBZ"}),
        ("The farmer saw the wolf.", {"farmer": "NN"}),
        # A verb listed with verbs, back to a verb or to an order's start.
        ("You need to eat properly, rest and drink water.", {"rest": "VB"}),
        ("Wash your hands, rest and drink water.", {"rest": "VB"}),
        ("Sleep well, rest and eat fruit.", {"Sleep": "VB", "rest": "VB"}),
        ("Rest, eat well and drink water.", {"Rest": "VB"}),
        ("Doctors tell patients to eat well, rest and exercise.", {"rest": "VB", "exercise": "VB"}),
        # ...not nouns listed after a verb.
        ("Wash your hands, face and feet.", {"face": "NN"}),
        ("We need to buy bread, milk and water.", {"milk": "NN", "water": "NN"}),
        ("In the morning, the rest and the quiet help.", {"rest": "NN"}),
        # An order's verb, after "Please" too; "complete" after "to" or a modal.
        ("Complete the form and send it back.", {"Complete": "VB"}),
        ("Clean your room before dinner.", {"Clean": "VB"}),
        ("Please complete this form.", {"complete": "VB"}),
        ("Please wait here.", {"wait": "VB"}),
        ("Please read the text.", {"read": "VB"}),
        ("Rest often.", {"Rest": "VB"}),
        ("Sleep well.", {"Sleep": "VB"}),
        ("They need to complete the work.", {"complete": "VB"}),
        ("Students must complete the course.", {"complete": "VB"}),
        # "complete" after its subject is the present.
        ("They complete the work on time.", {"complete": "VBP"}),
        ("Builders complete about ten houses a year.", {"complete": "VBP"}),
        ("When they complete the test, they can leave.", {"complete": "VBP"}),
        # A gerund with its object after a verb of activities, and an order's verb.
        ("Avoid binge-eating snacks.", {"Avoid": "VB", "binge-eating": "VBG"}),
        ("Try to stop binge-eating snacks at night.", {"binge-eating": "VBG"}),
        ("Many students admit binge-eating snacks before exams.", {"binge-eating": "VBG"}),
        ("Some people enjoy binge-watching shows.", {"binge-watching": "VBG"}),
        ("Stop eating the cake!", {"Stop": "VB"}),
        # ...not a compound noun after other verbs.
        ("They discussed spending cuts.", {"spending": "NN"}),
        ("We must keep living costs low.", {"living": "NN"}),
        # A sentence's first word that is only a verb opens an order.
        ("Imagine you are sitting in a quiet garden.", {"Imagine": "VB"}),
        ("Suppose you win the prize.", {"Suppose": "VB"}),
        ("Remember that the shop closes early.", {"Remember": "VB"}),
        ("Imagine Dragons played a concert.", {"Imagine": "NNP"}),
        # A relative clause's verb before a name.
        ("Aid goes to states that neighbor Russia.", {"neighbor": "VBP"}),
        # A capitalised word after "to" in prose is a name.
        ("They want the capsule to return to Earth without the crew.", {"Earth": "NNP"}),
        # Orders read as a preposition or after an opening clause; the verb after
        # "let's"; a plural subject's verb read as an adjective.
        ("Pause the video to think about your answer.", {"Pause": "VB"}),
        ("Now let's talk about the weather.", {"talk": "VB"}),
        ("Adverbs give hints about the tense.", {"give": "VBP"}),
        ("Halls cough tablets sell well.", {"cough": "JJ"}),
        ("Before you leave, water the plants.", {"water": "VB"}),
        ("Here is a tip: pay the fee first.", {"pay": "VB"}),
        ("In the end, profit the company made was small.", {"profit": "NN"}),
        # A verb before its particle after a plural subject, or ending a clause "how" or
        # "where" opens (`vocab.retag_particles`)...
        ("Nurses hand out blankets at the shelter.", {"hand": "VBP", "out": "RP"}),
        ("Volunteers hand out bread every morning.", {"hand": "VBP"}),
        ("We watched how the turtles nest.", {"nest": "VBP"}),
        ("Nobody knows where the geese winter.", {"winter": "VBP"}),
        # ...not a noun there, nor one joined to its subject.
        ("She held the bread in one hand.", {"hand": "NN"}),
        ("The birds left the nest.", {"nest": "NN"}),
        ("When farm workers and traders meet, prices fall.", {"workers": "NNS"}),
        ("We saw where the sales team and buyers met.", {"team": "NN"}),
    ],
)
def test_verbs_read_as_nouns_and_the_words_beside_them(  # type: ignore[no-untyped-def]
    engine, text: str, expected: dict[str, str]
) -> None:
    tags = _tags(engine, text)
    assert {word: tags[word] for word in expected} == expected
