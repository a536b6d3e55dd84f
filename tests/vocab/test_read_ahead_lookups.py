"""Words read ahead for the sense look-ups give the answers read one by one give."""

from __future__ import annotations

from pathlib import Path

from vocab.engine import Engine
from vocab.gloss_words import GLOSS_WORD
from vocab.sense_signatures import LeskSignatures
from vocab.wordfacts import open_word_facts
from vocab.wordinfo import WordInfo


def test_verb_in_gloss_reads_its_words_ahead_with_the_same_answers(
        engine: Engine, session_cache_dir: Path) -> None:
    """`LeskSignatures.verb_in_gloss` reads the lemmas of both glosses' words in one
    query: its answers are the ones of those words' lemmas read one by one ("take one
    tablet a day": a dose of medicine "taken"), and it asks no word of them singly."""
    facts = open_word_facts(session_cache_dir)
    assert facts is not None
    words = WordInfo(facts.emptied())
    single: list[tuple[str, str]] = []
    kept_one = words._facts._one  # type: ignore[union-attr]

    def one(sql: str, params: tuple[str, ...]) -> tuple | None:  # type: ignore[type-arg]
        single.append(params)  # type: ignore[arg-type]
        return kept_one(sql, params)

    words._facts._one = one  # type: ignore[method-assign, union-attr]
    signatures = LeskSignatures(engine.lexicon, words)
    one_by_one = WordInfo(facts.emptied())
    asked = [("tablet", "n", "take"), ("tablet", "n", "write"), ("dose", "n", "take"),
             ("cut", "n", "make"), ("plant", "n", "grow"), ("letter", "n", "write")]
    answers = []
    for lemma, pos, verb in asked:
        for sense in engine.lexicon.senses(lemma, pos):
            broader = engine.lexicon.broader(sense.synset)
            texts = (sense.definition, broader.definition if broader else "")
            expected = any(verb in one_by_one.lemmas_of_any(word) for text in texts
                           for word in GLOSS_WORD.findall(text.lower()))
            answers.append(signatures.verb_in_gloss(sense, verb))
            assert answers[-1] == expected, (sense.synset, verb)
    assert True in answers and False in answers
    assert [params for params in single if len(params) == 2] == []  # no lemma read singly
