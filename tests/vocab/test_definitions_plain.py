"""Definitions a B1 learner reads without stumbling, as VOA's are worded: no hedges, no
hard word beside an easy one that says it, one family for one word. Made-up glosses
("quorvak") written for these tests."""

from __future__ import annotations

from vocab.definitions import define, define_each
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense
from vocab.word_family import mentions_family, same_family


def _worded(engine: Engine, gloss: str, pos: str = "n", headword: str = "quorvak") -> str:
    """How a B1 learner is shown a sense of ``headword`` glossed ``gloss``."""
    return define(Sense(f"x.{pos}.01", pos, headword, 1, 0, gloss), [], headword,
                  engine.words, LearnerProfile(), lexicon=engine.lexicon)


def test_a_hedge_before_a_describing_word_goes(engine: Engine) -> None:
    """"layer –a relatively thin expanse...", "puzzle –a particularly baffling
    problem...": VOA's definitions do not hedge. "relatively" or "particularly" before
    a describing word goes, and the article before it is said as the word after it now
    sounds; before anything else, it says when or where, and stays."""
    assert _worded(engine, "a relatively thin sheet of paper laid over another") \
        == "a thin sheet of paper laid over another"
    assert _worded(engine, "a particularly expensive coat worn in the winter") \
        == "an expensive coat worn in the winter"
    kept = "a meal eaten particularly in the morning before work"
    assert _worded(engine, kept) == kept


def test_words_of_one_family_share_a_beginning_and_differ_by_endings() -> None:
    """"volunteer –a person who performs voluntary work" said the headword by its family
    unseen ("volunt" + "eer", "volunt" + "ary"), while "journey" and "journalism"
    ("journal" + "ism") were taken as one family by their first five letters."""
    one_family = [("voluntary", "volunteer"), ("volunteer", "voluntarily"),
                  ("cooperating", "cooperation"), ("explanation", "explain"),
                  ("capability", "capable"), ("possibility", "possible"),
                  ("curiosity", "curious")]
    two_families = [("journalism", "journey"), ("journey", "journalist"),
                    ("interest", "interfere")]
    assert [same_family(word, head) for word, head in one_family + two_families] \
        == [True] * len(one_family) + [False] * len(two_families)


def test_a_wording_that_says_the_headword_by_its_family_explains_that_word(
        engine: Engine) -> None:
    """"volunteer –a person who performs voluntary work": the family word is the
    headword again to the learner, and is explained."""
    text = _worded(engine, "a person who does voluntary work for a town", headword="volunteer")
    assert mentions_family(text, "volunteer")
    assert "(voluntary: " in text


def test_a_hard_describing_word_joined_to_an_easy_one_goes(engine: Engine) -> None:
    """"noisy –full of or characterized by loud and nonmusical sounds": beside "loud",
    "nonmusical" (far above a B1 learner) only adds to what the learner reads."""
    assert _worded(engine, "a room full of loud and nonmusical sounds at night") \
        == "a room full of loud sounds at night"


def test_a_thing_said_two_ways_by_a_word_and_its_preposition_is_said_the_plainer_way(
        engine: Engine) -> None:
    """"noisy –full of or characterized by loud sounds": two phrasings of one thing, each a
    word and its preposition; VOA says it once, in the commoner words."""
    assert _worded(engine, "full of or characterized by bright colors and lights",
                   pos="a") == "full of bright colors and lights"
    # a list of things, not of phrasings, stays
    kept = "a box for pens or pencils in an office"
    assert _worded(engine, kept) == kept


def test_a_noun_gloss_opening_with_a_hyphenated_describing_word_takes_its_article(
        engine: Engine) -> None:
    """"mosquito –two-winged insect whose female..." (sweep of the 12,000 commonest
    words): a hyphenated describing word hid the noun after it, so the line had no
    article, and its hard noun no plainer name."""
    assert _worded(engine, "two-winged insect that bites people at night") \
        == "a two-winged insect that bites people at night"
    assert _worded(engine, "long-tailed bird that sings in the early morning") \
        == "a long-tailed bird that sings in the early morning"


def test_a_rare_animal_word_is_said_as_an_animal_however_far_up(engine: Engine) -> None:
    """"horse –solid-hoofed quadruped domesticated since prehistoric times" (sweep):
    "quadruped" is four broader terms below "animal" (tetrapod, vertebrate, chordate),
    and the plainer name of a rare word stopped two up. A word as rare as "quadruped" is
    an animal however far up WordNet says so ("a long reptile" stays)."""
    shown = _worded(engine, "grey quadruped kept by farmers for its wool and milk")
    assert shown == "a grey animal kept by farmers for its wool and milk"


def test_a_whole_gloss_is_as_hard_as_its_hardest_clause(engine: Engine) -> None:
    """"bacteria –single-celled or noncellular spiral or rod-shaped organisms lacking
    chlorophyll...; important as pathogens...; taxonomy is difficult; often considered
    to be plants" (sweep): the whole's easy later clauses made its share of easy words
    higher than its first clause's, so a learner read four clauses, the hard ones too.
    The learner reads every clause of a whole: it is as easy as its hardest."""
    shown = _worded(engine, "a substance made in the body by the pancreas; people need "
                            "it every day and doctors test it for glycogen")
    assert shown == "a substance made in the body by the pancreas"


def test_the_clauses_of_a_list_after_a_colon_are_read_as_one(engine: Engine) -> None:
    """"grass –narrow-leaved green herbage: grown as lawns; used as pasture...; cut and
    dried as hay" (dev glossary after the hardest-clause rule): after a colon, the
    clauses are the items of one list, and the first alone is a fragment. A plural its
    dictionary lists as one ("overalls") after a hyphenated describing word takes no
    "a" ("a loose-fitting nightclothes", same glossary)."""
    gloss = ("narrow-leaved herbage of the hills: grown in gardens and parks; eaten by "
             "cows and sheep in the summer; cut and dried for the winter")
    assert _worded(engine, gloss).endswith("cut and dried for the winter")
    assert _worded(engine, "loose-fitting overalls worn for farm work") \
        == "loose-fitting overalls worn for farm work"


def test_an_aside_in_brackets_is_said_as_voa_would_or_left_out(engine: Engine) -> None:
    """VOA's definitions have no brackets; the sweep of the commonest words kept a
    fifth of its asides ("seizure –a sudden occurrence (or recurrence) of a disease", "a
    body of (usually fresh) water", "the state of owing something (especially money)").
    Another name "(or ...)", "(and ...)" goes; a remark inside a phrase goes, but for
    an example, said between commas, and a describing word, said after its noun; one
    that closes a clause is said after a comma, which keeps what it says."""
    assert _worded(engine, "a sudden attack (or return) of a fever") == "a sudden attack of a fever"
    assert _worded(engine, "a pool of (usually warm) water in a garden") \
        == "a pool of water, usually warm, in a garden"
    assert _worded(engine, "a sudden storm (usually bringing snow) that closes roads") \
        == "a sudden storm that closes roads"
    assert _worded(engine, "the state of lacking something (especially food)") \
        == "the state of lacking something, especially food"
    assert _worded(engine, "a large meal eaten together (and the party after it)") \
        == "a large meal eaten together"
    assert _worded(engine, "something (such as bread) given to a guest") \
        == "something, such as bread, given to a guest"
    assert _worded(engine, "a guess about how something (as the harvest) will turn out") \
        == "a guess about how something, such as the harvest, will turn out"
    # ...a verb's brackets hold its object, and a placeholder is part of the sentence
    assert "(a letter or a parcel)" in _worded(engine, "send (a letter or a parcel) by post",
                                               pos="v")
    assert "(someone)" in _worded(engine, "the act of helping (someone) across a road")


def test_a_remark_on_how_a_word_is_used_is_no_part_of_its_meaning(engine: Engine) -> None:
    """"worth –deserving of being treated in a particular way; (often used ironically)",
    "then –soon afterward (often used as sentence connectors)" (sweep): said after a
    comma, such a remark would read as the meaning; it goes."""
    assert _worded(engine, "a small box for keeping letters (often used ironically)") \
        == "a small box for keeping letters"
    assert _worded(engine, "a small box for keeping letters; (usually plural)") \
        == "a small box for keeping letters"


def test_a_persons_hard_kind_is_said_by_its_plain_name_not_by_person(engine: Engine) -> None:
    """"psychiatrist –a person who specializes in medicine" (brief of helper 23): the
    physician became a person, and the psychiatry its broader term, medicine. The kind
    has a plainer name of its own ("doctor"); a word of the headword's family is what
    sets it apart, and stays (explained)."""
    def worded(gloss: str) -> str:
        sense = Sense("psychiatrist.n.01", "n", "psychiatrist", 1, 0, gloss,
                      lexname="noun.person")
        return define(sense, [], "psychiatrist", engine.words, LearnerProfile(),
                      lexicon=engine.lexicon)

    assert worded("a physician who helps people sleep better").startswith("a doctor who")
    text = worded("a physician who works in psychiatry and helps people sleep better")
    assert "works in psychiatry" in text and "medicine and" not in text


def test_an_act_named_by_its_verb_is_said_by_what_the_verb_means(engine: Engine) -> None:
    """"prevention –the act of preventing (preventing: keep from happening or arising)"
    (sweep): the wording sent the learner through a word of the headword's family and
    an aside. VOA says the act by what is done: "the act of keeping something from
    happening"."""
    sense = Sense("prevention.n.01", "n", "prevention", 1, 0, "a sudden act of preventing")
    assert define(sense, [], "prevention", engine.words, LearnerProfile(),
                  lexicon=engine.lexicon) \
        == "a sudden act of keeping something from happening or arising"


def test_a_word_that_is_a_kind_of_the_sense_itself_goes_from_a_pair(engine: Engine) -> None:
    """"soil –the part of the earth's surface consisting of humus and disintegrated
    rock": "humus" is WordNet's kind of soil ("the organic component of soil"), which a
    learner looking up "soil" cannot read; the pair's other word stays. Every sense of
    the word is still worded apart from the others (a quiz offers them side by side)."""
    senses = engine.lexicon.senses("soil", "n")
    worded = define_each(senses, "soil", engine.words, LearnerProfile(),
                         lexicon=engine.lexicon)
    earth = worded[[s.synset for s in senses].index("soil.n.02")]
    assert "humus" not in earth and "rock" in earth
    assert len(set(worded)) == len(worded)
