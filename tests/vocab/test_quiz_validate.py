"""The validator: generated items always pass; broken items never do (hypothesis)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocab.analysis import Analysis
from vocab.articles import article_from_text, bundled_seed_paths, load_article
from vocab.engine import Engine
from vocab.lexicon import Lexicon
from vocab.models import OBJECT_FRAMES, WITH_OBJECT_FRAMES, LearnerProfile, Level
from vocab.quiz import ITEM_TYPES
from vocab.quiz_answers import check_answer
from vocab.quiz_family import names_family
from vocab.quiz_gaps import fits_blank_too
from vocab.quiz_items import QuizItem, QuizWord
from vocab.quiz_relations import kind_of_the_same
from vocab.quiz_validate import validate_item
from vocab.quiz_words import article_quiz

A2_LEARNER = LearnerProfile(level=Level.A2)

SEED_NAMES = [p.name for p in bundled_seed_paths()]
SLOW = settings(max_examples=12, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def quiz_engine(lexicon: Lexicon) -> Engine:
    from vocab.data import load_tagger

    return Engine(lexicon=lexicon, tagger=load_tagger(lexicon))


@pytest.fixture(scope="module")
def analyses(quiz_engine: Engine) -> dict[str, Analysis]:
    return {p.name: quiz_engine.analyse(load_article(p)) for p in bundled_seed_paths()}


@pytest.fixture(scope="module")
def voa_items(quiz_engine: Engine, analyses: dict[str, Analysis]) -> list[QuizItem]:
    analysis = analyses["004_365fc8dcfed9d6e0.txt"]
    return article_quiz(quiz_engine, analysis, rng=random.Random(3), n=24)


@SLOW
@given(
    name=st.sampled_from(SEED_NAMES),
    seed=st.integers(0, 2**32 - 1),
    types=st.lists(st.sampled_from(ITEM_TYPES), min_size=1, max_size=6, unique=True),
    n=st.integers(1, 15),
)
def test_every_generated_item_is_valid(
    quiz_engine: Engine, analyses: dict[str, Analysis], name: str, seed: int,
    types: list[str], n: int,
) -> None:
    items = article_quiz(quiz_engine, analyses[name], rng=random.Random(seed), n=n, types=types)
    assert len(items) <= n
    assert {i.type for i in items} <= set(types)
    for item in items:
        assert validate_item(item, quiz_engine.lexicon) == []
    keys = [(i.type, tuple(t.key for t in i.targets)) for i in items]
    assert len(keys) == len(set(keys)), "the same question twice"


def _choice(items: list[QuizItem], kinds: set[str]) -> st.SearchStrategy[QuizItem]:
    return st.sampled_from([i for i in items if i.type in kinds])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_duplicated_option_is_rejected(
    voa_items: list[QuizItem], lexicon: Lexicon, data: st.DataObject
) -> None:
    item = data.draw(_choice(voa_items, {"meaning", "word", "cloze", "sense"}))
    wrong = next(i for i in range(len(item.options)) if i != item.answer_index)
    options = list(item.options)
    options[wrong] = item.answer
    assert validate_item(replace(item, options=tuple(options)), lexicon)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_wrong_key_is_rejected(
    voa_items: list[QuizItem], lexicon: Lexicon, data: st.DataObject
) -> None:
    item = data.draw(_choice(voa_items, {"meaning", "word", "cloze", "sense"}))
    assert item.answer_index is not None
    index = data.draw(st.sampled_from(
        [i for i in range(-1, len(item.options) + 1) if i != item.answer_index]))
    assert validate_item(replace(item, answer_index=index), lexicon)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), where=st.sampled_from(["prompt", "sentence"]))
def test_a_stem_containing_the_answer_is_rejected(
    voa_items: list[QuizItem], lexicon: Lexicon, data: st.DataObject, where: str
) -> None:
    item = data.draw(_choice(voa_items, {"meaning", "cloze", "spelling"}))
    form = data.draw(st.sampled_from([item.lemma, item.word, item.lemma.upper()]))
    stem = getattr(item, where)
    leaked = replace(item, **{where: f"{stem} ({form})"})
    assert validate_item(leaked, lexicon)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_synonym_or_neighbour_distractor_is_rejected(
    voa_items: list[QuizItem], lexicon: Lexicon, data: st.DataObject
) -> None:
    items = [i for i in voa_items if i.type == "meaning" and i.targets[0].synset
             and any(" " not in w and w != i.lemma
                     for w in lexicon.related_lemmas(i.targets[0].synset))]
    if not items:
        return
    item = data.draw(st.sampled_from(items))
    neighbours = sorted(w for w in lexicon.related_lemmas(item.targets[0].synset)
                        if " " not in w and w != item.lemma)
    neighbour = data.draw(st.sampled_from(neighbours))
    wrong = next(i for i in range(len(item.options)) if i != item.answer_index)
    options, sources = list(item.options), list(item.option_sources)
    options[wrong], sources[wrong] = neighbour, (neighbour, "")
    broken = replace(item, options=tuple(options), option_sources=tuple(sources))
    assert validate_item(broken, lexicon)


def test_a_word_defined_by_the_answer_is_no_wrong_answer(lexicon: Lexicon) -> None:
    """'Which word means "in distinction from others"?' offered "specifically" and
    "particularly", which WordNet defines as "specifically or especially distinguished
    from others"."""
    from vocab.quiz_relations import interchangeable

    assert interchangeable("specifically", "specifically.r.01", "ADV", "particularly",
                           lexicon)
    assert not interchangeable("specifically", "specifically.r.01", "ADV", "quickly", lexicon)


@pytest.mark.parametrize(("definition", "lemma"), [
    ("a traveler riding in a vehicle who is not operating it", "rider"),
    ("someone who offers opposition", "opponent"),
])
def test_a_family_word_spelled_otherwise_gives_the_answer_away(
        lexicon: Lexicon, definition: str, lemma: str) -> None:
    """"What does 'riders' mean?" had "a traveler riding in a vehicle" for its answer,
    and 'opponents' "someone who offers opposition" (QA walk-through): WordNet derives
    "rider" from "ride" and "opponent" from "oppose", whatever the spelling."""
    assert names_family(definition, lemma, lexicon)
    assert not names_family("a person who travels in a vehicle", lemma, lexicon)


@pytest.mark.parametrize(("definition", "lemma"), [
    ("pay back", "repay"),
    ("judge incorrectly", "misjudge"),
    ("marked by lack of attention or forethought; not careful", "careless"),
    ("not disciplined or conditioned or made adept by training", "untrained"),
    ("not conforming to the law", "unlawfully"),
    ("robust hairy social bee of temperate regions", "bumblebee"),
    ("any new participant in some activity", "newcomer"),
])
def test_a_meaning_naming_a_part_of_the_word_gives_the_answer_away(
        lexicon: Lexicon, definition: str, lemma: str) -> None:
    """'Which word means "pay back"?' (repay), "judge incorrectly" (misjudge), "...;
    not careful" (careless), "...social bee..." (bumblebee) (QA audit): the word's
    base, once a prefix or an ending is off, or a word of a compound, names it."""
    assert names_family(definition, lemma, lexicon)


@pytest.mark.parametrize(("definition", "lemma"), [
    ("something that is lost", "loss"),
    ("the disadvantage that results from losing something", "loss"),
    ("fail to make money in a business; make a loss", "lose"),
    ("make broader or wider", "widen"),
])
def test_a_short_word_one_letter_from_the_answer_gives_it_away(
        lexicon: Lexicon, definition: str, lemma: str) -> None:
    """'Which word means "something that is lost"?' (loss; audit): too short for a
    shared beginning, and WordNet derives neither from the other, but a form of a
    word spelled as the answer but for its last letter pairs them by its look."""
    assert names_family(definition, lemma, lexicon)


@pytest.mark.parametrize(("definition", "lemma"), [
    ("worthy of notice", "notable"),  # not + able, notice: no part of either
    ("floor covering", "carpet"),
    ("contrived by art rather than nature", "artificial"),
    ("someone who hits", "striker"),
    ("return what was taken", "repay"),
])
def test_a_meaning_naming_no_part_of_the_word_is_fair(
        lexicon: Lexicon, definition: str, lemma: str) -> None:
    assert not names_family(definition, lemma, lexicon)


def test_two_words_of_one_meaning_are_not_both_asked(engine: Engine) -> None:
    """"flu" and "influenza" share WordNet's "an acute febrile highly contagious viral
    disease": asked for it twice, a quiz had two right answers (QA walk-through)."""
    text = ("Flu Season\n\nDoctors say the flu spreads fast in winter. Influenza can be "
            "dangerous for old people. The hospital offers vaccines against the flu, and "
            "nurses explain how influenza spreads.")
    analysis = engine.analyse(article_from_text(text))
    for seed in range(4):
        items = article_quiz(engine, analysis, rng=random.Random(seed), n=12)
        asked = {target.lemma for item in items for target in item.targets}
        assert len(asked & {"flu", "influenza"}) <= 1


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), typed=st.text(max_size=20))
def test_any_typed_answer_gets_a_verdict(
    voa_items: list[QuizItem], data: st.DataObject, typed: str
) -> None:
    item = data.draw(_choice(voa_items, {"spelling"}))
    verdict = check_answer(item, typed)
    assert verdict.correct == (typed.strip().lower() in item.accepted)
    padded = data.draw(st.sampled_from([" ", "\t", ""])) + item.answer.title() + " "
    assert check_answer(item, padded).correct


def test_matching_with_a_related_pair_is_rejected(
    voa_items: list[QuizItem], lexicon: Lexicon
) -> None:
    item = next(i for i in voa_items if i.type == "matching")
    first = item.targets[0]
    twin = replace(item.targets[1], lemma=first.lemma, form=first.form)
    broken = replace(item, targets=(first, twin, *item.targets[2:]))
    assert validate_item(broken, lexicon)


def test_matching_with_an_extra_meaning_that_fits_a_word_is_rejected(
    voa_items: list[QuizItem], lexicon: Lexicon
) -> None:
    item = next(i for i in voa_items if i.type == "matching")
    [extra] = set(range(len(item.options))) - set(item.matches)
    assert not validate_item(item, lexicon)
    first = item.targets[0]
    sources = list(item.option_sources)
    sources[extra] = (first.lemma, first.synset)  # the extra meaning is a sense of word 1
    assert any("extra meaning" in p
               for p in validate_item(replace(item, option_sources=tuple(sources)), lexicon))


@pytest.fixture(scope="module")
def saved_rows(quiz_engine: Engine, analyses: dict[str, Analysis]) -> list[object]:
    """Every article's quiz words as the store would give them back."""
    from vocab.quiz_words import article_words

    rows = []
    for analysis in analyses.values():
        words, _ = article_words(quiz_engine, analysis)
        rows += words
    return rows


@SLOW
@given(data=st.data(), seed=st.integers(0, 2**32 - 1))
def test_review_items_from_any_saved_words_are_valid(
    quiz_engine: Engine, saved_rows: list, data: st.DataObject, seed: int  # type: ignore[type-arg]
) -> None:
    from datetime import UTC, datetime

    from vocab.quiz_words import review_quiz
    from vocab.store import DueWord

    chosen = data.draw(st.lists(st.sampled_from(saved_rows), min_size=1, max_size=8))
    keep_sentence = data.draw(st.booleans())
    keep_definition = data.draw(st.booleans())
    due = [
        DueWord(w.lemma, w.upos, datetime(2026, 3, 1, tzinfo=UTC), w.form,
                w.sentence if keep_sentence else "", w.definition if keep_definition else "")
        for w in chosen
    ]
    items = review_quiz(quiz_engine, due, rng=random.Random(seed), n=10)
    assert len(items) <= 10
    for item in items:
        assert validate_item(item, quiz_engine.lexicon) == []
        assert {t.key for t in item.targets} <= {(d.lemma, d.upos) for d in due}


def test_crude_senses_are_never_options(voa_items: list[QuizItem], lexicon: Lexicon) -> None:
    item = next(i for i in voa_items if i.type == "word")
    options = list(item.options)
    wrong = next(i for i in range(len(options)) if i != item.answer_index)
    options[wrong] = "obscene terms for penis"
    assert validate_item(replace(item, options=tuple(options)), lexicon)


def test_a_person_named_by_an_animal_is_never_an_option(quiz_engine: Engine) -> None:
    """A teacher's handout asked which "frog" a pond story meant and offered "a person
    of French descent", a slur WordNet does not label; nor is "dog" ever offered as a
    woman, or "rat" as a person."""
    from vocab.distractors import DistractorPool
    from vocab.offensive import insulting_sense
    from vocab.quiz_builders import ItemBuilder

    lexicon = quiz_engine.lexicon
    frogs = lexicon.senses("frog", "n")
    assert insulting_sense(frogs[1], frogs) and not insulting_sense(frogs[0], frogs)
    dogs = lexicon.senses("dog", "n")
    assert any(insulting_sense(s, dogs) for s in dogs)
    assert not any(insulting_sense(s, lexicon.senses("teacher", "n"))
                   for s in lexicon.senses("teacher", "n"))
    sentence = "The dog barked at the farmer."
    dog = QuizWord("dog", "NOUN", "dog", "NN", sentence, dogs[0].definition, dogs[0].synset,
                   start=4, ruled_out=tuple(s.synset for s in dogs[1:]))
    builder = ItemBuilder(lexicon, DistractorPool([], lexicon, quiz_engine.words),
                       random.Random(1))
    item = builder.sense(dog)
    assert item is not None
    offered = [lexicon.synset(synset) for _, synset in item.option_sources]
    assert not any(sense is not None and sense.lexname == "noun.person" for sense in offered)
    assert validate_item(item, lexicon) == []
    person = next(s for s in dogs if insulting_sense(s, dogs))
    sources = list(item.option_sources)
    wrong = next(i for i in range(len(sources)) if i != item.answer_index)
    sources[wrong] = ("dog", person.synset)
    assert f"option {wrong + 1} is an insult" in validate_item(
        replace(item, option_sources=tuple(sources)), lexicon)


def _blank_word(lemma: str, upos: str, form: str, sentence: str, synset: str,
                definition: str) -> QuizWord:
    penn = {"NOUN": "NNS" if form != lemma else "NN", "ADJ": "JJ", "ADV": "RB"}[upos]
    return QuizWord(lemma, upos, form, penn, sentence, definition, synset,
                    start=sentence.index(form))


# Sentences of the seeds whose blank a second option could fill, as a teacher judged
# the generated quizzes: (the word, its sense, what could also fit, what could not).
FITS_TOO = [
    (_blank_word("initiative", "NOUN", "initiative",
                 "Ushakov said Xi “understands Russia’s concerns and fully supports our"
                 " initiative to work out these security guarantees for Russia.”",
                 "enterprise.n.03", "readiness to embark on bold new ventures"),
     ["partnership", "alliance"], ["vaccine", "troop", "export"]),
    (_blank_word("flower", "NOUN", "flowers", "They planted tomatoes, beans, onions and flowers.",
                 "flower.n.01", "a plant cultivated for its blooms or blossoms"),
     ["grass", "vegetable"], ["bottle", "neighbor", "lunch"]),
    (_blank_word("rider", "NOUN", "riders", "Officials said painted lines were a good start,"
                 " but that protected lanes made riders feel much safer.",
                 "rider.n.01", "a traveler who actively rides an animal"),
     ["resident", "planner"], ["backpack", "bicycle"]),
    (_blank_word("counterpart", "NOUN", "counterparts", "And we will keep our Chinese"
                 " counterparts informed of how negotiations and contacts on this matter will"
                 " unfold with our American and NATO partners,” Ushakov said.",
                 "counterpart.n.01", "a person or thing having the same function or"
                 " characteristics as another"),
     ["colleague"], ["guarantee", "solidarity"]),
    (_blank_word("colleague", "NOUN", "colleagues", "“This is a conversation between two"
                 " colleagues, two friends, and leaders of two great friendly states,” he said.",
                 "colleague.n.01", "an associate that one works with"),
     ["counterpart"], ["draft", "revelation"]),
    # People and bodies of people do the same things (QA walk-through: "Juries" fit).
    (_blank_word("investigator", "NOUN", "Investigators", "Investigators spent more than a"
                 " year studying bank records and emails.", "investigator.n.02",
                 "someone who investigates"),
     ["jury", "committee"], ["verdict", "emotion", "courtroom"]),
    # Nor is there one for an adjective: "when most _____ dreams happen" took startling
    # as well as vivid (QA walk-through); "brave lanes" is odd, not wrong English.
    (_blank_word("protected", "ADJ", "protected", "It decided to build a network of protected"
                 " lanes, separated from cars by low walls or rows of plants.",
                 "protected.a.01", "kept safe or defended from danger or injury or loss"),
     ["painted", "brave", "patient"], []),
    (_blank_word("vivid", "ADJ", "vivid", "Scientists say this is when most vivid dreams"
                 " happen.", "vivid.s.02", "having the clarity and distinctness of reality"),
     ["startling", "unanswered", "underwater"], []),
    # A sentence that says nothing of what tools are takes anything one can carry.
    (_blank_word("tool", "NOUN", "tools", "An old man named Mr. Chen brought his tools.",
                 "tool.n.01", "an implement used in the practice of a vocation"),
     ["bean", "lunch", "bottle"], ["solidarity", "revelation", "disapproval"]),
    # A sentence of two content words that say nothing of the answer's meaning takes
    # any noun that can be admitted, or be difficult (QA walk-through: the timing).
    (_blank_word("timing", "NOUN", "timing", "She admitted the timing was awkward.",
                 "timing.n.01", "the time when something happens"),
     ["injury", "candidate", "decision"], []),
    # Any adverb of manner, time or place can stand beside a verb: a gap there has
    # no one right answer.
    (_blank_word("specifically", "ADV", "specifically", "“Since the chairman [Xi]"
                 " specifically stated that he supports Russia’s demands for guarantees, he"
                 " is naturally well aware of and understands the main issue,” Ushakov said.",
                 "specifically.r.01", "in distinction from others"),
     ["previously", "publicly", "legally", "continually"], []),
]


def _verb_gap(lemma: str, form: str, sentence: str, synset: str, definition: str,
              gap_object: str) -> QuizWord:
    return QuizWord(lemma, "VERB", form, "VBD" if form.endswith("ed") else "VBP", sentence,
                    definition, synset, start=sentence.index(form),
                    gap_frames=WITH_OBJECT_FRAMES, gap_object=gap_object)


# A verb's gap with its object after it takes any verb whose usual senses act on that
# kind of thing (QA: "volunteers will _____ dry plants": clear, and collect as well;
# "_____ the plan": defended, and delayed, instituted, printed): (the word, what
# could also fit, what could not).
VERB_OBJECT_FITS = [
    (_verb_gap("clear", "clear", "Volunteers from the valley will clear dry plants from"
               " the slopes before the hot months arrive.", "unclutter.v.01",
               "rid of obstructions", "plant"),
     ["collect", "gather", "remove"], ["praise", "warn", "disappoint"]),
    (_verb_gap("defend", "defended", "The mayor of the harbor town defended the plan at a"
               " crowded meeting last week.", "defend.v.01", "argue or speak in defense of",
               "plan"),
     ["delay", "institute", "print"], ["knock", "grip", "escort"]),
    # A verb of feeling acts on what it is felt about, a thing or an idea: "they would
    # _____ the decision" (appeal) took "regret" as well (QA: a verdict's gap).
    (_verb_gap("appeal", "appeal", "The lawyer for the former mayor said they would appeal"
               " the decision of the court.", "appeal.v.04", "challenge (a decision)",
               "decision"),
     ["regret", "fear", "resent"], ["knock", "grip"]),
    # An object whose first sense is one of WordNet's top concepts under "abstraction"
    # ("relation": noun.Tops all the way up) is an idea too: "Putin and Xi _____
    # relations" (praised) took "pursued", "governed" and "canceled" (audit of a seed).
    (_verb_gap("praise", "praised", "The two ministers praised relations between their"
               " countries at the summit in the harbor city.", "praise.v.01",
               "express approval of", "relation"),
     ["pursue", "govern", "cancel"], ["knock", "grip"]),
    # A verb one of whose first senses acts on ideas, if not its most used one, reads
    # in that sense there: "_____ relations" took "entertained" (to entertain relations
    # with a country: maintain them), and "ruined" fits as well (task audit).
    (_verb_gap("improve", "improved", "The two neighbors improved relations between"
               " their towns after the long quarrel over the river.", "better.v.02",
               "to make better", "relation"),
     ["entertain", "ruin"], ["knock", "grip"]),
]


# A verb's gap whose object is people, or a body of them, takes any verb framed with a
# person as its object, whatever its field ("had _____ troops to the region": sent,
# and smuggled, transported, hired); one whose object is told to do something after it
# takes any verb that can tell or bring someone to act ("_____ both sides to protect
# civilians": urged, and motivated, persuaded, forced). Verbs that act only on things
# stay wrong.
VERB_PEOPLE_FITS = [
    (_verb_gap("send", "sent", "The government of the northern province sent troops to"
               " the mountain region last month.", "send.v.01", "cause to go somewhere",
               "troop"),
     ["smuggle", "transport", "hire", "recruit", "admit"], ["print", "bake", "compile"]),
    (_verb_gap("hire", "hired", "The hospital in the harbor town hired two young nurses"
               " during the long winter.", "hire.v.01", "engage or hire for work",
               "nurse"),
     ["train", "transport", "recruit"], ["print", "bake", "harvest"]),
    (replace(_verb_gap("urge", "urged", "Human rights groups urged both sides to protect"
                       " the civilians in the valley.", "urge.v.01",
                       "force or impel in an indicated direction", "side"),
             gap_infinitive=True),
     ["motivate", "persuade", "force", "compel", "enlist", "evacuate"],
     ["print", "bake", "harvest"]),
    # A passive's subject is what the verb acts on: a person (`QuizWord.gap_person`)
    # is acted on by any verb framed with a person as its object ("The mayor was _____
    # by police": arrested, and questioned, detained, interviewed).
    (replace(_verb_gap("arrest", "arrested", "The former mayor of the harbor town was"
                       " arrested by police in March after a long investigation.",
                       "collar.v.01", "take into custody", ""),
             penn="VBN", gap_frames=OBJECT_FRAMES, gap_person=True),
     ["question", "detain", "interview", "sentence"], ["print", "bake", "compile"]),
]


@pytest.mark.parametrize(
    ("word", "also_right", "wrong"), FITS_TOO + VERB_OBJECT_FITS + VERB_PEOPLE_FITS,
    ids=[w.lemma for w, _, _ in FITS_TOO + VERB_OBJECT_FITS + VERB_PEOPLE_FITS])
def test_a_cloze_distractor_that_fits_the_sentence_too_is_refused(
    lexicon: Lexicon, word: QuizWord, also_right: list[str], wrong: list[str]
) -> None:
    assert [w for w in also_right if not fits_blank_too(word, w, lexicon)] == []
    assert [w for w in wrong if fits_blank_too(word, w, lexicon)] == []


def test_the_validator_refuses_a_cloze_with_two_right_answers(
    quiz_engine: Engine, analyses: dict[str, Analysis]
) -> None:
    analysis = analyses["004_365fc8dcfed9d6e0.txt"]
    item = next(i for seed in range(1, 30) for i in article_quiz(
        quiz_engine, analysis, rng=random.Random(seed), n=12, types=["cloze"])
        if i.lemma == "initiative")
    assert validate_item(item, quiz_engine.lexicon) == []
    wrong = next(i for i in range(len(item.options)) if i != item.answer_index)
    options, sources = list(item.options), list(item.option_sources)
    options[wrong], sources[wrong] = "partnership", ("partnership", "partnership.n.02")
    broken = replace(item, options=tuple(options), option_sources=tuple(sources))
    assert "distractor 'partnership' could also fill the blank" in validate_item(
        broken, quiz_engine.lexicon)


def test_a_sense_named_after_the_sense_used_is_no_wrong_answer(
    quiz_engine: Engine, analyses: dict[str, Analysis]
) -> None:
    """'tall grass': WordNet's fodder sense is "bulky food like grass or hay", which a
    learner reads, reworded, as "coarse food for livestock": both fit the sentence."""
    analysis = analyses["a2_community_garden.txt"]
    items = [i for seed in range(1, 6) for i in article_quiz(
        quiz_engine, analysis, rng=random.Random(seed), n=12, types=["sense"],
        profile=A2_LEARNER)  # "grass" (A2) is asked of a learner at its level
        if i.lemma == "grass"]
    assert items
    for item in items:
        assert "eatage.n.01" not in {synset for _, synset in item.option_sources}
    first = items[0]
    wrong = next(i for i in range(len(first.options)) if i != first.answer_index)
    sources = list(first.option_sources)
    sources[wrong] = ("grass", "eatage.n.01")
    target = replace(first.targets[0], ruled_out=(*first.targets[0].ruled_out, "eatage.n.01"))
    broken = replace(first, option_sources=tuple(sources), targets=(target,))
    assert f"option {wrong + 1} is a sense named after the sense used" in validate_item(
        broken, quiz_engine.lexicon)


def test_a_wrong_definition_naming_the_answers_family_is_refused(
    voa_items: list[QuizItem], lexicon: Lexicon
) -> None:
    """'What does cooperation mean?' with partnership's "a cooperative relationship
    between people or groups..." among the wrong answers: a learner picks it by its
    word, and is marked wrong for it."""
    assert names_family("a cooperative relationship between people", "cooperation")
    assert names_family("the act of cooperating", "cooperation")
    # The word an answer is built on with a prefix gives it away as well ("Which word
    # means 'joint operation or action'?", asked in a QA run).
    assert names_family("joint operation or action", "cooperation")
    assert names_family("putting someone in prison as lawful punishment", "imprisonment")
    assert not names_family("the act of working together", "cooperation")
    # The short word an answer is made from, which the QA walk-through met in spelling
    # prompts: "Type the word that means 'a person who makes plans'" (planner).
    assert names_family("in a poor or improper or unsatisfactory manner", "poorly")
    assert names_family("a person who makes plans", "planner")
    assert names_family("a traveler who actively rides an animal", "rider")
    assert names_family("make safe", "safeguard")
    assert names_family("containing or composed of fat", "fatty")  # QA walk-through
    assert names_family("falling rain", "rainy")
    assert not names_family("a thin layer", "fatty")
    assert not names_family("a piece of writing in a newspaper", "article")
    # "Which word means 'cooled by air conditioning'?" and "'a rural area where farming
    # is practiced'?" (QA walk-through): a part of the answer, or the word it is made of.
    assert names_family("cooled by air conditioning", "air-conditioned")
    assert names_family("a rural area where farming is practiced", "farmland")
    assert not names_family("a short time", "timing")
    item = next(i for i in voa_items if i.type == "word" and len(i.lemma) >= 6)
    wrong = next(i for i in range(len(item.options)) if i != item.answer_index)
    options = list(item.options)
    options[wrong] = f"something like {item.lemma}ing"
    broken = replace(item, options=tuple(options))
    assert f"option {wrong + 1} names a word of the answer's family" in validate_item(
        broken, lexicon)


def _defined_by_its_family(item: QuizItem, target: QuizWord) -> QuizItem:
    """``item`` with ``target``'s definition made to use a word of its family, as
    WordNet's "effectively: in an effective manner" does."""
    definition = f"in a way that shows {target.lemma}ness"
    options = [definition if option == target.definition else option for option in item.options]
    targets = tuple(replace(t, definition=definition) if t is target else t
                    for t in item.targets)
    answer = definition if item.answer == target.definition else item.answer
    prompt = item.prompt.replace(target.definition, definition)
    return replace(item, options=tuple(options), targets=targets, answer=answer, prompt=prompt)


@pytest.mark.parametrize("kind", ["word", "meaning", "matching", "spelling"])
def test_a_right_definition_naming_the_answers_family_gives_it_away(
    voa_items: list[QuizItem], lexicon: Lexicon, kind: str
) -> None:
    """'What does effectively mean?' answered by "in an effective manner (...)": the
    word and its meaning are paired by their spelling, in any question that shows
    both, and the quiz would test nothing."""
    # A word long enough for "<word>ness" to be read as of its family ("bloc" is not).
    item = next(i for i in voa_items if i.type == kind and len(i.targets[0].lemma) >= 6)
    assert validate_item(item, lexicon) == []
    broken = _defined_by_its_family(item, item.targets[0])
    assert any("the right definition names a word of the answer's family" in problem
               for problem in validate_item(broken, lexicon))


@pytest.mark.parametrize(("lemma", "plural", "usual"), [
    ("advice", "advices", False),
    ("information", "informations", False),
    ("bayonet", "bayonets", True),
    ("utensil", "utensils", True),
])
def test_a_mass_nouns_plural_is_not_offered(lemma: str, plural: str, usual: bool) -> None:
    """A cloze blank in the plural is not filled with "advices": English uses a mass
    noun's plural a hundred times less than the noun."""
    from vocab.quiz_forms import usual_plural

    assert usual_plural(lemma, plural) is usual


def test_a_drugs_street_name_is_never_a_wrong_answer(lexicon: Lexicon) -> None:
    """A street-art story's quiz offered "street names for marijuana" as a meaning
    (QA walk-through: "dope", whose first sense it is); "snow" stays, a street name
    only after its own meanings."""
    from vocab.distractors import frequency_candidates

    offered = {c.lemma for c in frequency_candidates("NOUN", lexicon)}
    assert "dope" not in offered
    assert "snow" in offered


@pytest.mark.parametrize(("word", "upos"), [("retarded", "ADJ"), ("moron", "NOUN"),
                                           ("babe", "NOUN")])  # a teacher's handout
def test_a_slur_is_never_a_wrong_answer(lexicon: Lexicon, word: str, upos: str) -> None:
    """A train story's quiz asked "Which word means 'not wide'?" and offered
    "retarded" (QA walk-through): WordNet's gloss of it is polite, the word is not."""
    from vocab.distractors import frequency_candidates, has_unfit_sense

    assert has_unfit_sense(word, lexicon)
    assert word not in {c.lemma for c in frequency_candidates(upos, lexicon)}
    assert not has_unfit_sense("narrow", lexicon)


@pytest.mark.parametrize("word", ["abortion", "bosom", "breast"])
def test_abortion_and_intimate_body_words_are_never_wrong_answers(
        lexicon: Lexicon, word: str) -> None:
    """A quiz offered "termination of pregnancy" and "bosom" as wrong answers (QA
    audit): not for a school class. Weapons and disasters are news vocabulary and stay
    ("a firearm that is held and fired with one hand"), and so does "milk"."""
    from vocab.distractors import frequency_candidates, has_unfit_sense
    from vocab.offensive import unfit_for_class

    assert has_unfit_sense(word, lexicon)
    assert word not in {c.lemma for c in frequency_candidates("NOUN", lexicon)}
    assert unfit_for_class("termination of pregnancy")
    for fit in ("milk", "pistol", "holocaust", "chest"):
        assert not has_unfit_sense(fit, lexicon), fit


@pytest.mark.parametrize(("blanked", "points"), [
    # QA walk-through: each took two answers or more.
    ("Maria _____.", False),
    ("I picked the right _____.", False),
    ("You need land, _____ and people who care.", False),
    ("They planted _____, beans, onions and flowers.", False),
    ("The farmers grew beans and _____ in the small field.", False),
    # A comma after the gap is no list.
    ("\"It grew a _____,\" she says.", True),
    ("She asked her _____, \"Why don't we make a garden here?\"", True),
    ("Every morning, a different family came to _____ the plants.", True),
    # Audit: the gap is named in another sentence, or the sentence says nothing.
    ("Among sailors on the old ships, this was called _____.", False),
    ("In most bakeries today, it is known as _____.", False),
    ("And then do not forget about the _____.", False),
    ("It is one of the best _____ of them all.", False),
    # The thing named is in the sentence itself.
    ("A tool with a long handle for digging the soil is called a _____.", True),
    ("Sailors tied the boat to the _____ before the storm arrived.", True),
])
def test_a_gap_needs_a_sentence_that_points_to_one_word(blanked: str, points: bool) -> None:
    from vocab.quiz_gaps import gap_points_to_one_word

    assert gap_points_to_one_word(blanked) is points


def test_a_meaning_worded_by_its_broader_term_offers_no_other_kind_of_it(
        lexicon: Lexicon) -> None:
    """"Which word means 'a kind of foodstuff: a substance that can be used or prepared
    for use as food'?" offered butter, salad and sushi beside grain (QA walk-through):
    a definition borrowed from the broader term fits every word of its kind, so no
    word of the answer's field is a fair wrong answer."""
    grain = QuizWord(lemma="grain", upos="NOUN", form="grains", penn="NNS",
                     sentence="The index measures the prices of grains, oils and meat.",
                     definition="a kind of foodstuff: a substance that can be used or "
                                "prepared for use as food",
                     synset="grain.n.02")
    item = QuizItem(
        type="meaning", prompt=f"Which word means “{grain.definition}”?", sentence="",
        targets=(grain,), options=("butter", "salad", "grain", "bridge"), answer_index=2,
        answer="grain", option_sources=(("butter", ""), ("salad", ""), ("grain", "grain.n.02"),
                                        ("bridge", "")))
    problems = validate_item(item, lexicon)
    assert any("butter" in p for p in problems)
    assert any("salad" in p for p in problems)
    assert not any("bridge" in p for p in problems)
    own_gloss = replace(grain, definition="foodstuff prepared from the starchy seeds of "
                                          "cereal grasses")
    assert not validate_item(replace(item, targets=(own_gloss,),
                                     prompt=f"Which word means “{own_gloss.definition}”?"),
                             lexicon)


def test_a_quiz_asks_no_meaning_worded_by_its_broader_term_among_its_kind(
        engine: Engine, lexicon: Lexicon) -> None:
    """The story whose quiz offered butter, salad and sushi as "a kind of foodstuff"."""
    text = ("Rising Food Prices\n\nThe food price index rose again. The index measures "
            "changes in the prices of grains, vegetable oils, dairy products, meat and "
            "sugar around the world. Bad weather damaged crops and cut harvests. Farmers "
            "are paying more for fuel and fertilizer. Some countries limited exports of "
            "wheat and rice. Economists say the harvest may recover next year, and "
            "inflation may fall.")
    analysis = engine.analyse(article_from_text(text))
    for seed in range(6):
        for item in article_quiz(engine, analysis, rng=random.Random(seed), n=12,
                                 types=["meaning"]):
            target = item.targets[0]
            if not target.definition.startswith("a kind of "):
                continue
            field = lexicon.synset(target.synset).lexname
            for i, (lemma, _) in enumerate(item.option_sources):
                if i != item.answer_index:
                    assert field not in {s.lexname for s in lexicon.senses(lemma, "n")[:6]}, (
                        item.prompt, item.options)


def test_a_sense_among_wordnets_top_concepts_has_no_sense_apart_from_it(
        lexicon: Lexicon) -> None:
    """"In this sentence, 'substance' means…" keyed "the real physical matter of which a
    person or thing consists" and offered "material of a particular kind or
    constitution" as wrong, for "A substance called insulin..." (QA walk-through).
    WordNet files the first among its top concepts (noun.Tops), the second under
    noun.substance: no field keeps them apart."""
    sentence = "A substance called insulin helps move the glucose out of the blood."
    substance = QuizWord(lemma="substance", upos="NOUN", form="substance", penn="NN",
                         sentence=sentence, start=2, synset="substance.n.01",
                         definition="the real physical matter of which a person or "
                                    "thing consists",
                         ruled_out=("substance.n.04", "meaning.n.02", "means.n.03"))
    options = (substance.definition, "material of a particular kind or constitution",
               "the idea that is intended", "considerable capital (wealth or income)")
    item = QuizItem(
        type="sense", prompt="In this sentence, “substance” means…", sentence=sentence,
        targets=(substance,), options=options, answer_index=0, answer=options[0],
        option_sources=(("substance", "substance.n.01"), ("substance", "substance.n.04"),
                        ("substance", "meaning.n.02"), ("substance", "means.n.03")))
    problems = validate_item(item, lexicon)
    assert problems == ["option 2 is too close to the sense used"]


def test_two_senses_with_the_same_narrower_words_are_not_apart(lexicon: Lexicon) -> None:
    """"consider in detail and subject to an analysis" and "observe, check out, and
    look over carefully or inspect" (two senses of "examine", in two fields) were the
    answer and a wrong answer of one question: "check", "inspect", "scrutinize" and
    "survey" are kinds of both. Senses with at most one word in common stay apart
    (an "expansion" of a discussion and of a quantity share "enlargement" only)."""
    from vocab.quiz_relations import senses_not_apart

    examine = {s.synset: s for s in lexicon.senses("examine", "v")}
    assert senses_not_apart(examine["examine.v.02"], examine["analyze.v.01"], lexicon)
    assert not senses_not_apart(examine["test.v.01"], examine["analyze.v.01"], lexicon)
    expansion = {s.synset: s for s in lexicon.senses("expansion", "n")}
    assert not senses_not_apart(expansion["expansion.n.03"], expansion["expansion.n.01"],
                                lexicon)


def test_a_verbs_gap_takes_only_verbs_whose_usual_senses_fit_its_frame(
        quiz_engine: Engine) -> None:
    """A passive needs a verb that takes an object ("Some were _____ from their
    apartments": evicted, not resided or aspired), a gap with nothing after it
    a verb that needs none ("caused bee numbers to _____.": decline, not involve,
    contain or recognize); the sentence's own analysis says which (QA walk-through)."""
    from vocab.quiz_gaps import takes_the_gaps_frame
    from vocab.verb_objects import frames_here

    def frames(text: str, word: str) -> frozenset[int]:
        tokens = quiz_engine.analyse(article_from_text(f"News\n\n{text}")).tokens
        return frames_here(tokens, next(i for i, t in enumerate(tokens) if t.text == word))

    lexicon = quiz_engine.lexicon
    passive = frames("Some were evicted from their apartments.", "evicted")
    assert takes_the_gaps_frame("evict", passive, lexicon)
    assert takes_the_gaps_frame("pardon", passive, lexicon)
    assert takes_the_gaps_frame("hang", passive, lexicon)  # "hang a picture"
    for verb in ("reside", "aspire"):
        assert not takes_the_gaps_frame(verb, passive, lexicon), verb
    alone = frames("Pesticides have caused bee numbers to decline.", "decline")
    assert takes_the_gaps_frame("decline", alone, lexicon)
    for verb in ("involve", "contain", "recognize"):
        assert not takes_the_gaps_frame(verb, alone, lexicon), verb
    assert takes_the_gaps_frame("involve", frames("Many jobs involve travel.", "involve"),
                                lexicon)
    assert takes_the_gaps_frame("aspire", frozenset(), lexicon)  # frame unknown


@pytest.mark.parametrize(("word", "article"), [
    ("electrician", "an"), ("asterisk", "an"), ("ignorance", "an"), ("umbrella", "an"),
    ("unimportant", "an"), ("uninformed", "an"), ("hour", "an"), ("honest", "an"),
    ("uniformity", "a"), ("university", "a"), ("user", "a"), ("usual", "a"),
    ("utility", "a"), ("european", "a"), ("one", "a"), ("unanimous", "a"),
    ("house", "a"), ("bakery", "a"),
])
def test_the_article_before_a_word_is_the_one_its_sound_takes(word: str, article: str) -> None:
    from vocab.noun_phrases import indefinite_article

    assert indefinite_article(word) == article


def test_a_cloze_after_an_article_offers_only_words_that_take_it(
        voa_items: list[QuizItem], lexicon: Lexicon) -> None:
    """"works as an _____" offered "uniformity" beside "electrician" (QA walk-through)."""
    item = next(i for i in voa_items if i.type == "cloze")
    target = replace(item.targets[0], lemma="electrician", form="electrician", penn="NN",
                     sentence="The captain works as an electrician during the week.",
                     start=24, upos="NOUN", gap_frames=frozenset())
    sources = (("electrician", ""), ("uniformity", ""), ("asterisk", ""), ("altitude", ""))
    cloze = replace(item, sentence=target.blanked(), targets=(target,),
                    options=tuple(lemma for lemma, _ in sources), answer_index=0,
                    answer="electrician", option_sources=sources)
    problems = validate_item(cloze, lexicon)
    assert "option 'uniformity' does not take 'an'" in problems
    assert not [p for p in problems if "'asterisk'" in p or "'altitude'" in p], problems


@pytest.mark.parametrize("word", ["jackass", "idiot", "suicide", "zombie", "thong", "corpse"])
def test_insults_self_harm_horror_and_underwear_are_never_wrong_answers(
        lexicon: Lexicon, word: str) -> None:
    """QA audit: "jackass" among the options for a spokesperson, "suicide" in a football
    story's gap, "thongs" for educators, "zombie" for a plumber. WordNet glosses the
    first politely ("a man who is a stupid incompetent fool") and the others are not
    crude at all, but no teacher hands them out as guesses; the news words about death
    a story may need stay ("murder", "funeral")."""
    from vocab.distractors import has_unfit_sense

    assert has_unfit_sense(word, lexicon)
    for fit in ("murder", "funeral", "sandal", "fool"):
        assert not has_unfit_sense(fit, lexicon), fit


@pytest.mark.parametrize(("lemma", "form", "penn", "upos", "sentence", "others"), [
    ("parking", "parking", "NN", "NOUN",
     "The mall will open a bigger car park and give shoppers free _____ on Sundays.",
     ("music", "coffee", "advice")),
    ("construct", "construct", "VB", "VERB",
     "After the construction of the bridge, the firm plans to _____ a school there.",
     ("paint", "clean", "visit")),
])
def test_a_gap_whose_sentence_names_the_answers_family_is_refused(
        lexicon: Lexicon, lemma: str, form: str, penn: str, upos: str, sentence: str,
        others: tuple[str, ...]) -> None:
    """"build a new car park nearby and offer free _____" (parking, QA audit): a word
    of the answer's family in the sentence points at it, as the word itself would."""
    start = sentence.index("_____")
    whole = sentence.replace("_____", form)
    word = QuizWord(lemma=lemma, upos=upos, form=form, penn=penn, sentence=whole,
                    definition="", start=start)
    options = (form, *others)
    item = QuizItem(type="cloze", prompt="Choose the word that best completes the sentence.",
                    sentence=sentence, targets=(word,), options=options, answer_index=0,
                    answer=form, option_sources=tuple((o, "") for o in options))
    family = "the sentence names a word of the answer's family"
    assert family in validate_item(item, lexicon)
    other = whole[:start] + "_____" + whole[start + len(form):]
    plain = sentence.split(",")[-1] if "," in sentence else sentence.replace("car park", "shop")
    plain_word = replace(word, sentence=plain.replace("_____", form).strip(),
                         start=plain.strip().index("_____"))
    assert other == sentence
    assert family not in validate_item(replace(item, sentence=plain.strip(),
                                               targets=(plain_word,)), lexicon)
    spelling = QuizItem(type="spelling", prompt="Type the word.", sentence=sentence,
                        targets=(word,), answer=form, accepted=(form,))
    assert family in validate_item(spelling, lexicon)


def test_a_matching_question_pairs_no_word_with_a_meaning_of_its_kind_nor_two_of_one_sentence(
        lexicon: Lexicon) -> None:
    """"particles: a tiny piece of anything" beside "fragments: a piece broken off..."
    (QA audit): fragments are pieces, so both meanings fit both words. And two of the
    five words came from one sentence, which the feedback showed twice."""
    said = "The storm left bits of glass on the road near the old harbour."

    def word(lemma: str, definition: str, synset: str, sentence: str) -> QuizWord:
        return QuizWord(lemma=lemma, upos="NOUN", form=lemma, penn="NN", sentence=sentence,
                        definition=definition, synset=synset)

    words = (word("fragment", "a piece broken off or cut off of something else",
                  "fragment.n.01", "A fragment of the old wall was found."),
             # a word WordNet lacks: only its meaning links it to "fragment"
             word("quorvak", "a very small piece of bread or cake", "",
                  "The bird ate a quorvak from the table."),
             word("harbour", "a place where boats can stay safely", "", said),
             word("violin", "a musical instrument with four strings", "",
                  "She played the violin at the concert."),
             word("mayor", "the person who leads a town council", "",
                  "The mayor opened the new bridge."))
    definitions = tuple(w.definition for w in words)
    item = QuizItem(type="matching", prompt="Match each word with its meaning.", sentence="",
                    targets=words, options=definitions, matches=(0, 1, 2, 3, 4),
                    option_sources=tuple((w.lemma, w.synset) for w in words))
    problems = validate_item(item, lexicon)
    assert "'fragment' could match the definition of 'quorvak'" in problems
    assert not [p for p in problems if "one sentence" in p]
    storm = word("storm", "a violent weather condition with strong winds", "", said)
    apart = (words[0], storm, *words[2:])
    problems = validate_item(replace(item, targets=apart, options=tuple(
        w.definition for w in apart)), lexicon)
    assert "'storm' and 'harbour' are of one sentence" in problems
    assert not [p for p in problems if "could match" in p]


@pytest.mark.parametrize("wrong", [
    ("assignment", "a duty that you are assigned to perform"),  # names its own word
    ("field", "the one on which the houses are built"),  # its head word cut
    ("greet", "welcome guests during of a feast"),  # two function words side by side
])
def test_a_meaning_that_reads_badly_is_not_shown(lexicon: Lexicon,
                                                 wrong: tuple[str, str]) -> None:
    """Shown as wrong answers (QA audit): "a duty that you are assigned to perform",
    "the one on which real estate is located", "behave as expected during of holidays
    or rites"."""
    cheat = QuizWord(lemma="cheat", upos="VERB", form="cheat", penn="VB",
                     sentence="Some students cheat in their final tests.",
                     definition="deceive somebody to gain an advantage")
    lemma, definition = wrong
    options = (cheat.definition, "move quickly on foot", definition, "cook food in an oven")
    item = QuizItem(type="word", prompt="What does “cheat” mean in this sentence?",
                    sentence=cheat.sentence, targets=(cheat,), options=options,
                    answer_index=0, answer=cheat.definition,
                    option_sources=(("cheat", ""), ("run", ""), (lemma, ""), ("bake", "")))
    assert f"the meaning {definition!r} reads badly" in validate_item(item, lexicon)
    fine = replace(item, options=(*options[:2], "a game played with a ball", options[3]))
    assert not [p for p in validate_item(fine, lexicon) if "reads badly" in p]


def test_a_broader_or_narrower_word_at_any_distance_could_also_be_right(
        lexicon: Lexicon) -> None:
    """"Which word means 'an aircraft without wings that obtains its lift from the
    rotation of overhead blades'?" offered "craft" beside "helicopter" (audit): a
    helicopter is a craft (three broader terms up) and a vehicle, and the other way
    round. Words of other kinds stay fair."""
    from vocab.quiz_relations import interchangeable

    assert interchangeable("helicopter", "helicopter.n.01", "NOUN", "craft", lexicon)
    assert interchangeable("helicopter", "helicopter.n.01", "NOUN", "vehicle", lexicon)
    assert interchangeable("vehicle", "vehicle.n.01", "NOUN", "helicopter", lexicon)
    for other in ("bicycle", "kettle", "teacher"):
        assert not interchangeable("helicopter", "helicopter.n.01", "NOUN", other, lexicon)


def test_a_wrong_meaning_worded_by_its_broader_term_fits_no_word_of_that_field(
        lexicon: Lexicon) -> None:
    """"What does 'vaccines' mean?" offered "a kind of medicine: something that treats or
    prevents or alleviates the symptoms of disease" (cure) as wrong (audit): a
    definition borrowed from the broader term fits the words of its field, the answer
    among them. A wrong meaning of a word of another field stays fair."""
    vaccine = QuizWord(lemma="vaccine", upos="NOUN", form="vaccine", penn="NN",
                       sentence="The nurse gave every child in the village the new vaccine.",
                       definition="weakened germs given to make the body fight a disease",
                       synset="vaccine.n.01")
    generic = "a kind of medicine: something that treats or prevents or alleviates disease"
    options = (vaccine.definition, generic, "a large natural stream of water")
    item = QuizItem(
        type="word", prompt="What does “vaccine” mean in this sentence?",
        sentence=vaccine.sentence, targets=(vaccine,), options=options, answer_index=0,
        answer=vaccine.definition,
        option_sources=(("vaccine", "vaccine.n.01"), ("cure", "remedy.n.02"),
                        ("river", "river.n.01")))
    problems = validate_item(item, lexicon)
    assert any("option 2" in p for p in problems)
    assert not any("option 3" in p for p in problems)


def test_a_wrong_answer_is_no_word_of_the_meaning_asked(lexicon: Lexicon) -> None:
    """"Which word means 'force or impel in an indicated direction'?" offered "indicate"
    (audit): a word the definition itself uses catches the eye as its echo."""
    push = QuizWord(lemma="push", upos="VERB", form="pushed", penn="VBD",
                    sentence="The farmers pushed the cart up the hill before dark.",
                    definition="move something away by pressing it in a chosen direction",
                    synset="push.v.01")
    item = QuizItem(
        type="meaning", prompt=f"Which word means “{push.definition}”?", sentence="",
        targets=(push,), options=("push", "choose", "bake", "whisper"), answer_index=0,
        answer="push", option_sources=(("push", "push.v.01"), ("choose", "choose.v.01"),
                                       ("bake", "bake.v.01"), ("whisper", "whisper.v.01")))
    problems = validate_item(item, lexicon)
    assert any("choose" in p for p in problems)
    assert not any("bake" in p or "whisper" in p for p in problems)


def test_a_meaning_that_calls_its_word_it_reads_badly(lexicon: Lexicon) -> None:
    """WordNet's "concrete pavement is sometimes referred to as cement", its headword
    taken out, was offered as "...referred to as it" (audit): a riddle, not a meaning."""
    from vocab.quiz_validate import reads_badly

    assert reads_badly("a hard road surface is sometimes referred to as it", "tarmac",
                       lexicon)
    assert reads_badly("in some towns a small shop is known as them", "store", lexicon)
    assert not reads_badly("a hard black surface used for roads", "tarmac", lexicon)


def test_a_meaning_naming_the_family_with_a_negating_prefix_gives_the_word_away(
        lexicon: Lexicon) -> None:
    """"Which word means 'remove impurities from...'?" (purify, audit): "impurities" is
    "purity" made negative, a word of the answer's family all the same."""
    assert names_family("take the impurities out of the drinking water", "purify", lexicon)
    assert names_family("a feeling of great unhappiness", "happy", lexicon)
    assert not names_family("a gift that you present to a friend", "send", lexicon)
    assert not names_family("to make something much larger", "crease", lexicon)


def test_a_verb_worded_by_its_broader_verbs_gloss_offers_no_other_kind_of_it(
        lexicon: Lexicon) -> None:
    """A quiz shows a verb worded by its broader verb without "a way to designate:"
    (QA walk-through: the option read "a way to designate: assign a name or title to");
    the gloss it shows is still the broader verb's, which fits every verb of its field."""
    label = QuizWord(lemma="label", upos="VERB", form="labelled", penn="VBD",
                     sentence="The workers labelled every box before noon.",
                     definition="assign a name or title to", synset="label.v.01")
    assert kind_of_the_same(label, "name", lexicon)
    own_gloss = replace(label, definition="put a tag on something to show what it is")
    assert not kind_of_the_same(own_gloss, "name", lexicon)
    # "Which word means 'keep watch over'?" (patrol, of drones over a forest: a story of
    # my own) offered "supervise": "guard"'s gloss, "to keep watch over", shown
    # without its "to".
    patrol = replace(label, lemma="patrol", form="patrol", penn="VBP",
                     sentence="Small drones patrol the forest every day in summer.",
                     definition="keep watch over", synset="patrol.v.01")
    assert kind_of_the_same(patrol, "supervise", lexicon)


def test_a_wrong_meaning_worded_as_a_broader_term_of_the_answer_is_too_close(
        lexicon: Lexicon) -> None:
    """"What does 'doubled' mean in this sentence?" ("The number of riders doubled in
    a month") offered "make bigger or more" (extend, worded by its broader verb) beside
    "increase twofold": that is "increase"'s gloss, two broader terms above "double",
    and as true of it. A broader term's gloss at any height fits the answer."""
    from vocab.quiz_relations import close_definitions

    assert close_definitions("double.v.01", "make bigger or more", "increase twofold",
                             lexicon)
    assert close_definitions("device.n.01", "a man-made object taken as a whole",
                             "an instrumentality invented for a particular purpose", lexicon)
    assert not close_definitions("double.v.01", "destroy by fire", "increase twofold",
                                 lexicon)


@pytest.mark.parametrize(("blanked", "points"), [
    # QA walk-through: the verb's object is a pronoun or nothing, so the sentence says
    # nothing of what is acted on: "reduce" and "limit" fit as well as "afford", "dump"
    # as well as "litter", "process" as well as "taste".
    ("Council member James Carter said the city could not _____ it.", False),
    ("It will also put up signs that ask visitors not to _____.", False),
    ("\"If they grow the tomatoes in the school garden, they want to _____ them.\"", False),
    ("When the storm came, the farmers _____ them, and the rest of the crop was lost.",
     False),
    # What is acted on is named: the sentence points at the verb.
    ("They _____ the district to limit sugar and processed food.", True),
    ("Every morning, a different family came to _____ the plants.", True),
    ("The volunteers _____ it into a truck and drove to the dump.", True),
    # Only a time after the gap: "He _____ in March" took "fled" and "responded" alike
    # (QA), and "resigned", "left", "retired", "moved" fit as well.
    ("He _____ in March, carrying only a bag of clothes.", False),
    ("The old mayor _____ in March, two weeks after police searched his office.", False),
    ("Her brother finally _____ last year after a long illness.", False),
    ("The small company _____ on Tuesday.", False),
    ("Most of the workers _____ two years ago and found jobs in the city.", False),
    # A clause after the gap says what was said or thought, not which verb said it:
    # "a former clerk _____ that she had seen envelopes of cash" took any verb of
    # saying, and the distractors left could not take "that" at all (QA: testified).
    ("At the trial a former clerk _____ that she had seen envelopes of cash.", False),
    ("The presidential aide _____ that the two leaders had agreed.", False),
    ("The teacher _____ whether the children had eaten lunch.", False),
    # A thing or a place named after the time word still tells the verb.
    ("He _____ the country in March with his three children.", True),
    ("Last year the farmers _____ apples on the hills behind the village.", True),
    # A clause without "that" says what was said as well: "he _____ he would lose"
    # (predicted) takes replied, said and admitted (task audit).
    ("Earlier in the week, the mayor _____ he would lose the vote.", False),
    ("After the storm the farmers _____ they had lost half of the harvest.", False),
    ("The officials _____ the bridge would open again in the spring.", False),
    ("The coach _____ his players were too tired to win.", False),
    # An object and what is done with it still tells the verb; so does a relative
    # clause on the object.
    ("The farmers _____ the people who were living by the river.", True),
    ("The company _____ him to the new office in the capital.", True),
    ("The floods _____ two bridges and were the worst in years.", True),
])
def test_a_verbs_gap_with_nothing_named_after_it_points_to_no_one_verb(
        blanked: str, points: bool) -> None:
    from vocab.quiz_gaps import gap_points_to_one_word

    assert gap_points_to_one_word(blanked, "VERB") is points


@pytest.mark.parametrize(("blanked", "ends"), [
    # A noun's gap before "but" or "and" and a new clause is told only by the words
    # before it: "disapproval of NATO _____ but has never before" took "arrogance" and
    # "conservatism" as well as "enlargement" (seed audit).
    ("They have expressed disapproval of the group's _____ but have never acted.", True),
    ("The town admired the mayor's _____ and voted for him again.", True),
    ("The plan needs the _____ of the council.", False),
    ("The rains caused more _____ than anyone expected.", False),
])
def test_a_nouns_gap_before_a_new_clause_ends_its_clause(blanked: str, ends: bool) -> None:
    from vocab.quiz_gaps import ends_its_clause

    assert ends_its_clause(blanked) is ends


@pytest.mark.parametrize(("target", "synset", "other"), [
    ("slightly", "slightly.r.01", "partly"),    # "to a small degree" / "in some degree"
    ("partly", "partially.r.01", "slightly"),
    ("largely", "largely.r.01", "partly"),       # "in large part" / "in part"
])
def test_two_adverbs_of_degree_are_interchangeable(
        lexicon: Lexicon, target: str, synset: str, other: str) -> None:
    """QA walk-through: "Which word means 'to a small degree or extent'?" (slightly)
    offered "partly", "in part; in some degree": WordNet files them apart, and says
    only of each how much, which a learner reads as one meaning. Two adverbs saying
    how far something goes are never each other's wrong answer."""
    from vocab.quiz_relations import interchangeable

    assert interchangeable(target, synset, "ADV", other, lexicon)


@pytest.mark.parametrize(("target", "synset", "other"), [
    ("slightly", "slightly.r.01", "quickly"),
    ("suddenly", "suddenly.r.01", "partly"),
])
def test_an_adverb_of_degree_is_no_neighbour_of_an_adverb_of_manner(
        lexicon: Lexicon, target: str, synset: str, other: str) -> None:
    from vocab.quiz_relations import interchangeable

    assert not interchangeable(target, synset, "ADV", other, lexicon)


# A word whose meaning names the other's kind is a second right answer: a bribe is a
# "payment", which the meaning of "compensation" says it is; "compensation", a payment
# "as for a service", is as true of a wage (a story of my own: "Which word means
# something that remunerates?" and "something given as payment?"). (answer, its
# sense, too close, still apart)
KIND_NAMED = [
    ("compensation", "compensation.n.01", ["bribe", "wage"], ["allocation", "ownership",
                                                               "slice", "treasure"]),
    ("wage", "wage.n.01", ["compensation", "bribe"], ["equity", "amount", "estate"]),
]


# A word whose meaning names, by a word of its family, a kind the answer is of (two
# terms up at most): "an associate that one works with" (colleague) is as true of an
# aide, a kind of worker; "a grant paid by a government" (subsidy) is a kind of payment,
# as compensation is (stories of my own: "Which word means 'an associate that one works
# with'?" offered aide and colleague; a matching item had subsidies and compensation).
# Only among people and among what is owned or paid: elsewhere the kinds a gloss names
# so are broad words that tell nothing ("occurrence", "action", "material"). (answer,
# its sense, too close, still apart)
KIND_NAMED_BY_FAMILY = [
    ("colleague", "colleague.n.01", ["aide"], ["opponent", "judge", "minister", "dealer"]),
    ("aide", "aide.n.02", ["colleague"], ["opponent", "judge", "candidate", "lawyer"]),
    ("subsidy", "subsidy.n.01", ["compensation"], ["ownership", "treasure", "estate"]),
    ("compensation", "compensation.n.01", ["subsidy"], ["ownership", "estate", "fortune"]),
    # Not in other fields: "occurrence", named in the meanings of an impairment or a
    # change, is too broad a kind to make them one meaning with a pandemic.
    ("pandemic", "pandemic.n.01", [], ["impairment", "transformation", "misfortune"]),
    ("soil", "soil.n.02", [], ["concrete", "marble"]),
]


@pytest.mark.parametrize(("answer", "synset", "close", "apart"),
                         KIND_NAMED + KIND_NAMED_BY_FAMILY,
                         ids=[f"{a}-{i}" for i, (a, *_) in
                              enumerate(KIND_NAMED + KIND_NAMED_BY_FAMILY)])
def test_a_word_whose_meaning_names_the_answers_kind_is_no_wrong_answer(
    lexicon: Lexicon, answer: str, synset: str, close: list[str], apart: list[str]
) -> None:
    from vocab.quiz_relations import interchangeable

    assert [w for w in close if not interchangeable(answer, synset, "NOUN", w, lexicon)] == []
    assert [w for w in apart if interchangeable(answer, synset, "NOUN", w, lexicon)] == []


def test_two_options_alike_but_for_a_remark_are_one_option_shown_twice(
    voa_items: list[QuizItem], lexicon: Lexicon
) -> None:
    """"a quantity of no importance (another word for nothing)" beside "a quantity of no
    importance": a learner rules both out together, as one wrong meaning shown twice."""
    item = next(i for i in voa_items if i.type == "word")
    first, second = [k for k in range(len(item.options)) if k != item.answer_index][:2]
    options = list(item.options)
    options[second] = f"{options[first]} (another word for thing)"
    assert "duplicate options" in validate_item(replace(item, options=tuple(options)), lexicon)


def test_a_word_question_offers_no_wrong_meaning_twice(quiz_engine: Engine) -> None:
    """"What does 'hundreds' mean?" offered "a quantity of no importance (another word
    for nothing)" and "a quantity of no importance" (a story of my own): two wrong
    meanings alike are picked apart as a wrong one is from the answer."""
    from vocab.quiz_validate import wording_core

    analysis = quiz_engine.analyse(article_from_text(
        "Former Mayor Jailed for Bribery\n\nA court on Friday sentenced a former mayor to"
        " six years in prison for accepting bribes from construction companies.\n\n"
        "Prosecutors said the former mayor had received hundreds of thousands of dollars"
        " in exchange for awarding city contracts. The judge said the crimes had damaged"
        " public trust in local government.\n\nThe former mayor denied the charges and"
        " said he would appeal the verdict. Officials say they have recovered more than"
        " two million dollars in stolen public money."))
    items = [i for seed in range(1, 4) for i in article_quiz(
        quiz_engine, analysis, rng=random.Random(seed), n=10, types=["word"],
        profile=A2_LEARNER)]
    assert items
    for item in items:
        cores = [wording_core(o) for o in item.options]
        assert len(set(cores)) == len(cores), item.options


def test_a_meaning_that_says_only_its_broader_term_fits_words_of_that_kind(
    lexicon: Lexicon,
) -> None:
    """"shop" worded as "come into possession of something" (obtain's gloss, its own
    "do one's shopping" naming it) fits "recover" as well: asked "Which word means
    ...?" beside "recover", or offered as a wrong meaning of "recovered", it is a
    second right answer. A word of another field ("bake") stays a fair wrong answer."""
    from vocab.quiz_relations import worded_for_its_whole_kind

    shop = QuizWord("shop", "VERB", "shop", "VB", "", "come into possession of something",
                    "shop.v.01")
    recover = QuizWord("recover", "VERB", "recovered", "VBD", "", "get or find back",
                       "recover.v.01")
    assert kind_of_the_same(shop, "recover", lexicon)
    assert not kind_of_the_same(shop, "bake", lexicon)
    assert worded_for_its_whole_kind("come into possession of something", "shop.v.01",
                                     recover, lexicon)
    assert not worded_for_its_whole_kind("get or find back", "recover.v.01", shop, lexicon)


def test_a_meaning_with_a_bracket_left_alone_reads_badly(lexicon: Lexicon) -> None:
    """"open to or concerning the people as a whole)" (publicly) was shown in a matching
    question of a seed: half a bracket reads as a misprint."""
    from vocab.quiz_validate import reads_badly

    assert reads_badly("open to or concerning the people as a whole)", "publicly", lexicon)
    assert reads_badly("(of a road (wide", "broad", lexicon)
    assert not reads_badly("(of a road) wide enough for two cars", "broad", lexicon)


def test_a_right_sense_naming_the_answers_family_gives_it_away(lexicon: Lexicon) -> None:
    """"In this sentence, 'invest' means…" keyed "make an investment" among senses
    worded without the word (audit of a news text): the learner pairs "invest" with
    "investment" by its spelling and the question tests nothing."""
    sentence = "The city council plans to invest in new buses for the harbor district."
    invest = QuizWord(lemma="invest", upos="VERB", form="invest", penn="VB",
                      sentence=sentence, start=sentence.index("invest"),
                      synset="invest.v.01", definition="make an investment",
                      ruled_out=("endow.v.01", "invest.v.03", "induct.v.01"))
    options = (invest.definition, "give qualities or abilities to",
               "furnish with power or authority; of kings or emperors",
               "place ceremoniously or formally in an office or position")
    item = QuizItem(
        type="sense", prompt="In this sentence, “invest” means…", sentence=sentence,
        targets=(invest,), options=options, answer_index=0, answer=options[0],
        option_sources=(("invest", "invest.v.01"), ("invest", "endow.v.01"),
                        ("invest", "invest.v.03"), ("invest", "induct.v.01")))
    assert "the right definition names a word of the answer's family" in validate_item(
        item, lexicon)


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("region", "city", True),  # a city is a kind of region, three terms up
    ("town", "region", True),
    ("crew", "gang", True),  # one meaning: "an organized group of workmen"
    ("prose", "poetry", False),  # two kinds side by side: a fair pair
    ("bridge", "island", False),
])
def test_two_wrong_answers_of_one_meaning_or_kind(
        lexicon: Lexicon, a: str, b: str, alike: bool) -> None:
    from vocab.quiz_relations import one_meaning_or_kind

    assert one_meaning_or_kind(a, b, "NOUN", lexicon) is alike
    assert one_meaning_or_kind(b, a, "NOUN", lexicon) is alike


def test_no_two_wrong_answers_are_one_meaning_or_one_a_kind_of_the_other(
        quiz_engine: Engine) -> None:
    """"region" beside "city" and "town" (audit): a learner rules out the broader word
    with its kinds, or two words of one meaning together, and the question has two
    wrong answers fewer."""
    from vocab.distractors import Candidate, DistractorPool
    from vocab.quiz_relations import one_meaning_or_kind

    others = [Candidate(lemma, "NOUN", 5.0, synset=synset, preferred=True,
                        lexname="noun.location")
              for lemma, synset in (("region", "region.n.01"), ("city", "city.n.01"),
                                    ("town", "town.n.01"))]
    sentence = "The old stone bridge over the river was closed for repairs in May."
    bridge = QuizWord("bridge", "NOUN", "bridge", "NN", sentence,
                      "a structure that allows people or vehicles to cross an obstacle",
                      "bridge.n.01", start=sentence.index("bridge"), zipf=5.0)
    pool = DistractorPool(others, quiz_engine.lexicon, quiz_engine.words)
    for seed in range(1, 6):
        picked = [c.lemma for c in pool.pick(bridge, 3, random.Random(seed))]
        assert len(picked) == 3
        assert not any(one_meaning_or_kind(a, b, "NOUN", quiz_engine.lexicon)
                       for i, a in enumerate(picked) for b in picked[i + 1:]), picked
