"""Which words of a story become glossary candidates, read as which word (`vocab.candidates`)."""

from __future__ import annotations

from vocab.articles import article_from_text
from vocab.candidates import Candidate
from vocab.engine import Engine
from vocab.glossary import collect_candidates
from vocab.models import LearnerProfile

PARTY_STORY = """A birthday party

The smell of cake and frosting baking together filled the kitchen. My sister made the
frosting herself. Later we ate the cake, frosting and fruit at the table, and the
frosting was sweet.

Next she took a pen for highlighting the best recipes. She likes to highlight new
recipes. The highlighting helps her remember them.
"""


def _candidates(engine: Engine, text: str) -> dict[str, Candidate]:
    analysis = engine.analyse(article_from_text(text))
    found = collect_candidates(analysis, engine.senses, LearnerProfile(), engine.words)
    return {c.lemma: c for c in found}


def test_an_ing_noun_the_tagger_also_read_as_its_verb_is_the_noun(engine: Engine) -> None:
    """The tagger reads "frosting" as the noun once and as "frost –v." three times (after
    "cake and", after "the"): a story that never writes the verb in another form uses
    one word, the noun WordNet has ("a topping for cakes"), not "frost" (Zipf 5)."""
    found = _candidates(engine, PARTY_STORY)
    assert "frost" not in found
    assert found["frosting"].upos == "NOUN"
    assert len(found["frosting"].occurrences) == 4


def test_an_ing_noun_joins_its_verb_used_in_other_forms(engine: Engine) -> None:
    """"highlighting" read as a noun joins "highlight", which the story writes as a verb
    ("likes to highlight"): one word to a learner, glossed as the verb."""
    found = _candidates(engine, PARTY_STORY)
    assert "highlighting" not in found
    assert found["highlight"].upos == "VERB"
    assert len(found["highlight"].occurrences) == 3


def test_an_ing_noun_read_from_its_verbs_uses_keeps_its_own_frequency(engine: Engine) -> None:
    """"frosting" first appears tagged as "frost" in "-ing" (Zipf 5 with its forms): the
    noun is rated by its own frequency, as rare as it is."""
    found = _candidates(engine, PARTY_STORY)
    assert found["frosting"].features["zipf"] == engine.words.zipf("frosting", "NOUN")
    assert found["frosting"].features["zipf"] < 4.0


LESSON_MAIL = """Grammar Corner

One way to describe a thing is to use the -ing ending. Send your questions to
lessons@radio.example.com, or read more at lessons.example.com.

A: Did you see my umbrella?

B: Huh? What umbrella?
"""


def test_an_address_a_named_suffix_and_an_interjection_are_no_candidates(
        engine: Engine) -> None:
    """"com" of ".com", "ing" of "the -ing ending" and "Huh?" (a noun to the tagger) were
    candidates that ranked high in short lessons: no word to learn; an address is one
    token with no level."""
    found = _candidates(engine, LESSON_MAIL)
    assert not {"com", "ing", "-ing", "huh", "lessons@radio.example.com",
                "lessons.example.com", "example"} & set(found)
    assert "umbrella" in found
    analysis = engine.analyse(article_from_text(LESSON_MAIL))
    addresses = [t for t in analysis.tokens if "example" in t.text]
    assert [t.text for t in addresses] == ["lessons@radio.example.com", "lessons.example.com"]
    assert all(t.level is None for t in addresses)


def test_a_foreign_word_the_story_names_in_quotation_marks_is_no_candidate(
        engine: Engine) -> None:
    """"The words "now" and "ruz" mean “new day” in Farsi": a word named alone between
    quotation marks that neither WordNet nor a CEFR list has is a word of another
    language the story translates, not an English word to learn. An English word named
    so stays a candidate."""
    found = _candidates(engine, "Festival Words\n\nThe words \"ujamaa\" and \"shukran\" "
                                "mean “family” and “thanks” in two languages. Farmers also "
                                "use the word \"harvest\" for the festival.")
    assert not {"ujamaa", "shukran"} & set(found)
    assert "harvest" in found
