"""Senses of everyday news words that WordNet's order and SemCor's few counts got
wrong: a word that is only a lesser name of another word's synset ("laminitis,
founder"; "giant, hulk, heavyweight, whale")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.lexicon import Lexicon


def analyse(engine: Engine, text: str) -> Analysis:
    return engine.analyse(article_from_text(f"A story\n\n{text}"))


def sense_of(engine: Engine, text: str, word: str) -> str:
    analysis = analyse(engine, text)
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == word)
    sense = engine.word_details(analysis, index).sense
    assert sense is not None
    return sense.synset


@pytest.mark.parametrize(("text", "word", "synset"), [
    ("The company's founder stepped down on Monday after thirty years in charge.",
     "founder", "founder.n.02"),
    ("Tourists on a small boat watched a whale near the coast.", "whale", "whale.n.02"),
])
def test_a_word_that_is_a_lesser_name_of_another_synset_is_read_in_its_own_sense(
        engine: Engine, text: str, word: str, synset: str) -> None:
    """One SemCor use of "founder" as the horse's illness (laminitis) or of "whale" as
    a large person (giant) is chance: the word's own sense, named first by it, comes
    before a synset it is a lesser name of."""
    assert sense_of(engine, text, word) == synset


def test_a_lesser_name_of_its_own_family_keeps_its_count(engine: Engine) -> None:
    """"corruptness, corruption": the first name is of the word's family, the sense
    is the word's own ("lack of integrity or honesty"), not the decay of matter."""
    assert sense_of(engine, "Both parties promised to fight corruption in the police.",
                    "corruption") == "corruptness.n.02"



@pytest.mark.parametrize("text", [
    "The new team consists of ten engineers from four countries.",
    "Our weekly meal plan consists of three simple dishes.",
])
def test_the_preposition_a_verb_takes_in_a_sense_s_example_favours_it(
        engine: Engine, text: str) -> None:
    """"consist of" is "What does this dish consist of?" (be composed of), not
    "originate (in)" with four SemCor uses; the preposition's object is the verb's
    object, which "be composed of" frames."""
    assert sense_of(engine, text, "consists") in {"consist.v.04", "consist.v.02"}


def test_a_clause_s_that_is_no_preposition_a_verb_takes(engine: Engine) -> None:
    """"that" opens a clause: "know that" is no sign of the sense whose example has it
    ("I know that I left the key on the table": be certain)."""
    assert sense_of(engine, "I know that the bridge was closed last winter.",
                    "know") == "know.v.01"


@pytest.mark.parametrize(("text", "word"), [
    ("Scientists used a model to predict the path of the storm.", "model"),
    ("The shop used a scanner to read the codes on the boxes.", "scanner"),
])
def test_what_a_verb_that_takes_things_uses_to_do_something_need_be_no_person(
        engine: Engine, text: str, word: str) -> None:
    """"use" frames "Somebody ----s somebody to INFINITIVE" and "Somebody ----s
    something" in one sense: "used a model to predict" tells no one to do anything, so
    nothing favours the model who poses for a painter."""
    analysis = analyse(engine, text)
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == word)
    sense = engine.word_details(analysis, index).sense
    assert sense is not None and sense.lexname != "noun.person"


def test_a_verb_sense_for_things_named_in_brackets_is_not_one_for_others(
        engine: Engine) -> None:
    """"forbid the public distribution of (a movie or a newspaper)" is WordNet's first
    "ban": banning the sale of a drug bans no film or paper."""
    assert sense_of(engine, "The council voted to ban the sale of the pills in shops.",
                    "ban") == "ban.v.02"


_WITHOUT_WORDFREQ = """
import sys
from reader.paths import cache_dir
from vocab.articles import article_from_text
from vocab.engine import load_engine
engine = load_engine(cache_dir())
analysis = engine.analyse(article_from_text("A story\\n\\nShe sold a piece of art at the market."))
engine.word_details(analysis, next(i for i, t in enumerate(analysis.tokens) if t.text == "piece"))
print("wordfreq" in sys.modules)
"""


def test_a_lesser_name_only_wordfreq_knows_does_not_load_it(
        lexicon: Lexicon, session_cache_dir: Path) -> None:
    """"piece" is a lesser name of "objet d'art", a name the compiled word facts cannot
    rate: asking wordfreq loaded its tables, 56 MB more in the app's engine process."""
    from vocab.wordfacts import open_word_facts

    facts = open_word_facts(session_cache_dir)  # compiled here: compiling reads wordfreq
    assert facts is not None
    facts.close()
    done = subprocess.run([sys.executable, "-c", _WITHOUT_WORDFREQ], capture_output=True,
                          text=True, env=os.environ.copy(), timeout=300, check=True)
    assert done.stdout.strip() == "False", done.stderr


@pytest.mark.parametrize("text", [
    "There were fewer job openings in March than a year ago.",
    "The factory posted forty job openings after the new order came in.",
])
def test_a_noun_before_a_noun_counts_as_its_modifier(engine: Engine, text: str) -> None:
    """"job" before "openings" modifies it as an adjective would: the sense whose gloss
    has "employment" ("the state of being employed or having a job") is the vacancy,
    not "the act of opening something", which "job" as an act had favoured."""
    assert sense_of(engine, text, "openings") == "opening.n.06"


@pytest.mark.parametrize(("text", "word", "synsets"), [
    ("The dog got out through an opening in the fence.", "opening", {"opening.n.01"}),
    ("The drones of a bee colony do no work at all.", "drones", {"drone.n.01"}),
    ("The church's ministry to the poor grew each year.", "ministry",
     {"ministry.n.01", "ministry.n.04"}),
])
def test_a_word_with_no_noun_before_it_keeps_its_sense(
        engine: Engine, text: str, word: str, synsets: set[str]) -> None:
    """The noun-modifier cue reads only a common noun right before the word."""
    assert sense_of(engine, text, word) in synsets


@pytest.mark.parametrize("text", [
    "Officials said drone attacks hit two cities overnight.",
    "The village was hit by drone attacks twice last week.",
])
def test_a_noun_before_a_noun_reads_as_a_kind_that_does_it(engine: Engine, text: str) -> None:
    """"drone" before "attacks": a sister of the aircraft sense under its broader term
    is the "fighter, attack aircraft", so the drone is the aircraft, not the male bee
    (SemCor's 2 uses to none)."""
    assert sense_of(engine, text, "drone") == "drone.n.04"


def test_a_drone_of_a_hive_stays_a_bee(engine: Engine) -> None:
    """"drone bees": no sister of the aircraft names a bee; the bee stays."""
    assert sense_of(engine, "The queen and the drone bees stayed inside the hive.",
                    "drone") == "drone.n.01"


# A noun's "of" phrase: a gloss saying what its sense is of takes one, and a person
# named there fits a gloss's person, not its "something".
def test_the_makeup_of_a_council_is_how_it_is_composed(engine: Engine) -> None:
    """A gloss saying what its sense is of ("the way in which someone or something is
    composed") takes the council after "of"; cosmetics take none."""
    text = "Voters complained about the makeup of the city council, which has no women."
    assert sense_of(engine, text, "makeup") == "constitution.n.04"


def test_makeup_worn_is_still_cosmetics(engine: Engine) -> None:
    assert sense_of(engine, "She wore bright makeup for the show.", "makeup") == "makeup.n.01"


def test_the_trial_of_a_person_is_the_court_case(engine: Engine) -> None:
    """A person after "of" is the one whose guilt is determined ("of a person's
    innocence or guilt"), not the "something" tested (SemCor's 44 uses to 1)."""
    text = (
        "The trial of the former mayor began on Monday, and his lawyer says he did nothing wrong."
    )
    assert sense_of(engine, text, "trial") == "trial.n.04"


def test_the_trial_of_a_drug_is_still_a_test(engine: Engine) -> None:
    text = "Doctors started a trial of a new drug for children with asthma."
    assert sense_of(engine, text, "trial") == "test.n.05"


@pytest.mark.parametrize("text", [
    "His trial will begin next month, and his lawyer says he did nothing wrong.",
    "The mayor's trial will begin next month, and his lawyer says he did nothing wrong.",
])
def test_a_persons_trial_is_the_court_case(engine: Engine, text: str) -> None:
    """A person's possessive says whose the trial is as an "of" phrase does: the one
    whose guilt is determined, not a "something" tested."""
    assert sense_of(engine, text, "trial") == "trial.n.04"


@pytest.mark.parametrize("text", [
    "The release of the hostages was delayed again on Friday.",
    "His release from prison was delayed.",
])
def test_the_release_of_people_is_setting_them_free(engine: Engine, text: str) -> None:
    """An act's gloss takes a person after its verb ("the act of liberating someone or
    something"): released people are no merchandise issued for sale."""
    assert sense_of(engine, text, "release") == "liberation.n.01"
