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


def test_broader_reads_its_synset_in_the_same_query(engine: Engine) -> None:
    """`Lexicon.broader` reads the broader synset with the relation, in one query: the
    Sense is the one `Lexicon.synset` gives of the first hypernym's name."""
    lexicon = engine.lexicon
    queries: list[str] = []
    kept_rows = lexicon._rows

    def rows(sql: str, params: tuple[object, ...] = ()) -> list[tuple]:  # type: ignore[type-arg]
        queries.append(sql)
        return kept_rows(sql, params)

    lexicon._rows = rows  # type: ignore[method-assign]
    try:
        for name in ("dose.n.01", "tablet.n.02", "run.v.01", "entity.n.01", "xyzzy.n.01"):
            queries.clear()
            found = lexicon.broader(name)
            assert len(queries) == 1, name
            first = kept_rows("SELECT n.name FROM synsets s JOIN relations r"
                              " ON r.synset_id = s.id JOIN synsets n ON n.id = r.target_id"
                              " WHERE s.name = ? AND r.kind = 'hypernym' ORDER BY r.rowid",
                              (name,))
            assert found == (lexicon.synset(first[0][0]) if first else None), name
    finally:
        del lexicon._rows
    assert lexicon.broader("dose.n.01") is not None and lexicon.broader("entity.n.01") is None
