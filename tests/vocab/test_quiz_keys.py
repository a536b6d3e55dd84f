"""Which sense a quiz keys, and which sentence it asks a word in: on stories written
for these tests (news text, where the quiz keyed a word's usual sense for another)."""

from __future__ import annotations

import random

import pytest

from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.lexicon import Lexicon
from vocab.models import LearnerProfile, Level
from vocab.quiz_words import article_quiz, article_words

A2 = LearnerProfile(level=Level.A2)

FERRY_STORY = (
    "Town Adds Ferry Trips as More People Leave Their Cars at Home\n\n"
    "The town of Millbrook will add four ferry trips a day across the lake from next "
    "month. The ferry company will also run a late service on Friday and Saturday "
    "nights, and it will keep its cheap weekly tickets.\n\n"
    "Supporters said the demand for ferry trips has grown quickly since fuel prices "
    "rose last year. Many people who drove to the city now ride the boat "
    "and read or sleep on the way. \"The boats are full every morning,\" said the "
    "captain, Tom Reilly. \"Some days we have to leave people waiting on the pier.\"\n\n"
    "The town council agreed to the company's request and will pay for part of the new "
    "trips. Council members said the plan "
    "would cut traffic on the bridge and make the air cleaner. Shop owners near the "
    "harbour hope more visitors will come to the town at weekends."
)


@pytest.fixture(scope="module")
def quiz_engine(lexicon: Lexicon) -> Engine:
    from vocab.data import load_tagger

    return Engine(lexicon=lexicon, tagger=load_tagger(lexicon))


def test_a_usual_sense_chosen_on_frequency_alone_is_unsure_where_the_story_speaks_for_another(
        quiz_engine: Engine) -> None:
    """"Supporters said the demand for buses has grown quickly since fuel prices rose"
    was asked "What does 'demand' mean in this sentence?" keyed "an urgent or
    peremptory request" (my city-budget story, A2): the sense engine chose the word's
    most used sense with no word of the sentence or its neighbours for it, while they
    spoke for another ("service": the economic demand). Such a word is asked in its
    gap, and by its meaning alone only when nothing else fills the quiz: never with
    its sentence and a meaning keyed for it there."""
    analysis = quiz_engine.analyse(article_from_text(FERRY_STORY))
    words, _ = article_words(quiz_engine, analysis, A2)
    demand = next(w for w in words if w.lemma == "demand")
    assert not demand.sense_sure
    for seed in range(1, 6):
        quiz = article_quiz(quiz_engine, analysis, rng=random.Random(seed), n=12, profile=A2)
        keyed = [item.type for item in quiz for t in item.targets if t.lemma == "demand"]
        assert not set(keyed) & {"word", "sense", "spelling"}, seed


ORCHARD_STORY = (
    "A Dry Summer on the Hill Farms\n\n"
    "The rain did not come this summer, and the small farms on the hill are in trouble. "
    "\"I had to choose which crops to save,\" said Ana Ruiz, who has farmed there for "
    "thirty years. She let half of her land go dry.\n\n"
    "Many farmers have planted crops such as beans and grapes, which grow in a short "
    "season and need less water than rice or cotton. Others have sold their water to "
    "the town. Young people are "
    "leaving the hill to look for work in the city, and the old stone houses stand "
    "empty for most of the year."
)


def test_a_word_is_asked_in_the_sentence_that_says_most_of_its_meaning(
        quiz_engine: Engine) -> None:
    """"I had to choose which _____ to save." took "economists" and "lawmakers" as well
    as "crops" (my drought story), and the story's other sentence, "replaced thirsty
    crops such as rice and cotton", says what crops are. Of a word's readable
    sentences, the one sharing most words with the sense used is asked (and shown
    beside its meaning)."""
    analysis = quiz_engine.analyse(article_from_text(ORCHARD_STORY))
    words, _ = article_words(quiz_engine, analysis)
    crop = next(w for w in words if w.lemma == "crop")
    assert crop.sentence.startswith("Many farmers have planted crops such as beans")


FROST_STORY = (
    "Late Frost Hurts the Valley's Orchards\n\n"
    "A week of cold nights in April has cost the valley's fruit growers much of this "
    "year's harvest. Peach and cherry trees had already opened their flowers when the "
    "temperature fell below zero.\n\n"
    "The frost has also changed what the growers plant. Many are replacing old peach "
    "trees with apples, which flower later in the spring. Others have bought large fans "
    "that mix warmer air into the orchards on cold nights.\n\n"
    "One of the reservoirs broke down last winter, and the town had to buy water from "
    "its neighbours. The growers say they will ask the government for help to pay for "
    "the repairs."
)


def test_a_noun_is_not_gapped_where_it_is_a_plain_subject_before_its_verb(
        quiz_engine: Engine) -> None:
    """"The _____ has also changed what farmers plant." (drought) took "irrigation" and
    "lawmaker", and "One of the _____ broke down in the afternoon" (elevators)
    "volunteers" (my drought and museum stories): a noun with nothing but a determiner
    before it and its verb right after is told only by what the verb says of it, and
    "has changed", "broke down" say it of almost anything. Such a noun is asked in
    other ways, not in that gap."""
    from vocab.distractors import DistractorPool
    from vocab.quiz import _next_item
    from vocab.quiz_builders import ItemBuilder

    analysis = quiz_engine.analyse(article_from_text(FROST_STORY))
    words, others = article_words(quiz_engine, analysis)
    by_lemma = {w.lemma: w for w in words}
    frost, reservoir = by_lemma["frost"], by_lemma["reservoir"]
    assert frost.sentence.startswith("The frost has also changed")
    pool = DistractorPool(others, quiz_engine.lexicon, quiz_engine.words)
    for word in (frost, reservoir):
        for seed in range(1, 4):
            builder = ItemBuilder(quiz_engine.lexicon, pool, random.Random(seed))
            assert _next_item("cloze", [word], builder, quiz_engine.lexicon) is None
    # Its gap with its meaning given (spelling) is still a fair question.
    assert ItemBuilder(quiz_engine.lexicon, pool, random.Random(1)).spelling(reservoir) is not None


FESTIVAL_STORY = (
    "Village Festival Returns After Three Years\n\n"
    "The mountain village of Lindau will hold its summer music festival again this year. "
    "Tourism officials expect more than ten thousand visitors to come for the concerts. "
    "Hotel owners said most of their rooms were already booked, and the village has asked "
    "farmers to let visitors park in their fields. Rail managers will add extra trains "
    "from the city on both weekends."
)


def test_a_noun_is_not_gapped_where_it_only_describes_the_noun_after_it(
        quiz_engine: Engine) -> None:
    """"_____ officials fear that ski resorts..." (tourism) took "Neighborhood" and
    "Suburb" (task audit): a noun before the noun it describes is told only by that
    noun, and "officials", "managers" take almost any noun before them. Such a noun
    is asked in other ways, not in that gap."""
    from vocab.distractors import DistractorPool
    from vocab.quiz import _next_item
    from vocab.quiz_builders import ItemBuilder

    analysis = quiz_engine.analyse(article_from_text(FESTIVAL_STORY))
    words, others = article_words(quiz_engine, analysis)
    by_lemma = {w.lemma: w for w in words}
    pool = DistractorPool(others, quiz_engine.lexicon, quiz_engine.words)
    for lemma in ("tourism", "rail"):
        word = by_lemma[lemma]
        assert word.before_noun
        for seed in range(1, 4):
            builder = ItemBuilder(quiz_engine.lexicon, pool, random.Random(seed))
            assert _next_item("cloze", [word], builder, quiz_engine.lexicon) is None
    builder = ItemBuilder(quiz_engine.lexicon, pool, random.Random(1))
    assert builder.spelling(by_lemma["tourism"]) is not None


def test_a_subject_with_only_a_participle_before_it_is_a_plain_subject(
        quiz_engine: Engine) -> None:
    """"many planned _____ were postponed" (operations) took "films" and "expenses"
    (task audit): what was done to a thing says as little of what it is as the verb
    after it, and the noun is not gapped there (as a plain subject)."""
    text = ("Storm Closes Island Port\n\nA heavy storm closed the island port on Friday. "
            "Many planned excursions were cancelled, and tourists waited for hours in the "
            "harbor office. The mayor said the port would open again on Monday.")
    analysis = quiz_engine.analyse(article_from_text(text))
    excursion = next(w for w in article_words(quiz_engine, analysis)[0]
                     if w.lemma == "excursion")
    assert excursion.plain_subject


CANAL_STORY = (
    "Farmers Ask for Help to Mend Old Canals\n\n"
    "A group of farmers travelled to the capital last month to meet with lawmakers. They "
    "asked for cheap loans and for money to repair the old canals, which lose water "
    "through cracks in their walls. Some of the canals were built more than a hundred "
    "years ago.\n\n"
    "Engineers say that mending them would save enough water for thousands of homes. "
    "The government has promised to study the request and give its answer in the autumn."
)


def test_a_noun_in_its_usual_sense_is_asked_its_meaning_in_context(
        quiz_engine: Engine) -> None:
    """A news story of 550 words had two "sense in context" questions or none (my three
    stories): "lose water through cracks" was asked no such question, its sense, "a
    long narrow opening", leading the others clearly and tagged 3 times in SemCor to
    their 1 or 2, below the 5 a usual sense needed. Its senses of other fields ("a
    sudden sharp noise", "a witty remark") are the wrong answers."""
    from vocab.distractors import DistractorPool
    from vocab.quiz_builders import ItemBuilder

    analysis = quiz_engine.analyse(article_from_text(CANAL_STORY))
    words, others = article_words(quiz_engine, analysis)
    crack = next(w for w in words if w.lemma == "crack")
    pool = DistractorPool(others, quiz_engine.lexicon, quiz_engine.words)
    item = ItemBuilder(quiz_engine.lexicon, pool, random.Random(1)).sense(crack)
    assert item is not None and item.answer == "a long narrow opening"
    assert "a sudden sharp noise" in item.options


def test_a_noun_is_asked_where_it_is_no_plain_subject_when_it_can_be(
        quiz_engine: Engine) -> None:
    """Of the sentences that name its sense as much, a noun is asked in one where it is
    no plain subject (`test_a_noun_is_not_gapped_where_it_is_a_plain_subject_before_its_verb`),
    so it keeps a cloze: "the council rejected the proposal" had been taken over "it
    ended a dispute that had divided the council" (my city-budget story, A2)."""
    text = ("The Library Will Not Open on Sundays\n\n"
            "The vote came after six hours of debate, and it ended a dispute that had "
            "divided the council since the spring. The library had asked for funds to "
            "stay open on Sundays, but the council rejected the proposal. The director "
            "of the library said he would ask again next year, when the city has more "
            "money to spend.")
    analysis = quiz_engine.analyse(article_from_text(text))
    council = next(w for w in article_words(quiz_engine, analysis, A2)[0]
                   if w.lemma == "council")
    assert not council.plain_subject
    assert council.sentence.startswith("The vote came after six hours")


WHALE_STORY = (
    "Whale numbers rise off the coast, scientists say\n\n"
    "Scientists say the number of humpback whales off the northern coast has grown for "
    "the fifth year in a row. A team from the state university counted more than four "
    "hundred whales last summer.\n\n"
    "Humpback whales were hunted for their oil until the 1960s. Their population shrank "
    "to a few thousand animals worldwide. Today there are more than eighty thousand.\n\n"
    "\"It is a great success story,\" said Dr. Anna Reyes, who led the study. \"But the "
    "ocean is changing. The ice at the pole is shrinking, and the small animals that "
    "whales eat are moving north.\"\n\n"
    "Each whale eats up to a ton of food a day in summer. In winter the whales swim "
    "thousands of kilometers to warm waters, where they give birth.\n\n"
    "Fishing families say the rules are hard for them. \"We cannot afford to lose more "
    "fishing days,\" said one fisherman. \"The whales come back, and our income shrinks.\"\n\n"
    "The university plans to put small tracking devices on twenty whales next year. The "
    "devices will show where the animals travel and how deep they dive."
)

THERAPY_STORY = (
    "More young people are seeing a therapist, study finds\n\n"
    "More young adults are talking to a therapist about stress and worry than ten years "
    "ago, a new study says.\n\n"
    "Researchers asked five thousand people between 18 and 30 about their mental health. "
    "One in four said they had seen a psychologist, psychiatrist or counselor in the past "
    "year. Ten years ago, the number was one in eight.\n\n"
    "But many cannot afford to pay for therapy. A single visit can cost more than 150 "
    "dollars, and many insurance plans pay only part of it."
)

STADIUM_STORY = (
    "City plans new roof for its old stadium\n\n"
    "The city of Eastfield wants to build a dome over its football stadium. City leaders "
    "say the roof would let the stadium hold concerts and games all year.\n\n"
    "Some people say the city cannot afford the project. The city's budget has shrunk "
    "since a large car factory closed two years ago.\n\n"
    "Voters will decide in November. The opening game under the new dome would be in the "
    "autumn of 2029, the city says."
)

# The senses each word is used in, in the stories above: a quiz may key another only
# when it is not sure of it (and then asks the word in its gap).
USED_SENSES = {
    ("shrink", "VERB"): {"shrink.v.03", "shrink.v.04", "shrink.v.05"},
    ("pole", "NOUN"): {"pole.n.06", "pole.n.07"},
    ("dive", "VERB"): {"dive.v.02", "dive.v.03"},
    ("northern", "ADJ"): {"northerly.s.01", "northern.a.04"},
    ("stress", "NOUN"): {"tension.n.01", "stress.n.04"},
    ("dome", "NOUN"): {"dome.n.04"},
    ("opening", "NOUN"): {"opening.n.02", "opening.n.04"},
}


@pytest.mark.parametrize("story", [WHALE_STORY, THERAPY_STORY, STADIUM_STORY])
def test_a_sense_keyed_as_sure_is_the_one_the_sentence_uses(
        quiz_engine: Engine, story: str) -> None:
    """"What does 'shrank' mean in this sentence? (Their population shrank...)" was keyed
    "draw back, as with fear or pain", chosen by the story's other uses while the
    sentence's own ranking put "reduce in size" first; "the ice at the pole" was "a long
    rod of wood or metal", "talking to a therapist about stress and worry" "the relative
    prominence of a musical note", "The opening game" "an empty space", each ahead on
    its SemCor count alone (stories of my own). A sense is sure only when it is the one
    the sentence ranks first, ahead on more than its frequency."""
    analysis = quiz_engine.analyse(article_from_text(story))
    words, reserve = article_words(quiz_engine, analysis, A2)
    checked = [w for w in [*words, *reserve] if w.key in USED_SENSES]
    assert checked
    for word in checked:
        assert not word.sense_sure or word.synset in USED_SENSES[word.key], (
            word.lemma, word.synset, word.definition)


CHANNEL_STORY = (
    "A New Channel Beside the Dam\n\n"
    "Engineers have finished a narrow concrete channel beside the new dam, so that "
    "salmon can swim upstream to lay their eggs. The company says the channel cost two "
    "million dollars.\n\n"
    "Biologists who have studied the river for years are not convinced. They doubt that "
    "it will work for every species.\n\n"
    "Students at the local college are using the river's sounds to build a free phone "
    "application. Local leaders have asked the government to pay compensation to "
    "families who must leave their land."
)


def test_a_noun_is_not_gapped_where_nothing_after_it_and_nothing_in_its_sentence_tells_it(
        quiz_engine: Engine) -> None:
    """"Critics doubt that it will work for every _____." (species) took "pipes",
    "ports" and "radios", "traits" and "museums", and "to build a free phone _____."
    (application) "camera" (my dam and language stories): a noun that ends its clause,
    in a sentence that names nothing of its sense, is told only by the word before it,
    which takes almost any noun. It is asked in other ways; a gap with its sense's
    words after it ("pay _____ to families") is still a cloze."""
    from vocab.distractors import DistractorPool
    from vocab.quiz import _next_item
    from vocab.quiz_builders import ItemBuilder

    analysis = quiz_engine.analyse(article_from_text(CHANNEL_STORY))
    words, others = article_words(quiz_engine, analysis)
    by_lemma = {w.lemma: w for w in words}
    species, application = by_lemma["species"], by_lemma["application"]
    assert species.sentence == "They doubt that it will work for every species."
    pool = DistractorPool(others, quiz_engine.lexicon, quiz_engine.words)
    for word in (species, application):
        for seed in range(1, 4):
            builder = ItemBuilder(quiz_engine.lexicon, pool, random.Random(seed))
            assert _next_item("cloze", [word], builder, quiz_engine.lexicon) is None, word
    builder = ItemBuilder(quiz_engine.lexicon, pool, random.Random(1))
    assert builder.cloze(by_lemma["compensation"]) is not None


def test_a_sense_is_usual_in_its_field_when_semcor_tags_it_most_of_its_kind(
        lexicon: Lexicon) -> None:
    """A word whose sense is unsure is asked by its meaning alone, when nothing else
    fills a quiz, only in a sense a learner knows it by: "force, take, or pull apart"
    (8 SemCor uses) is not "separate" of lanes kept from cars by low walls ("act as a
    barrier between", 18); "the part of the earth's surface consisting of humus" (12)
    is "soil" beside "the state of being covered with unclean things" (24), of another
    field; a sense SemCor has seldom seen ("parking" as a space, twice) is no one's."""
    from vocab.quiz_keys import usual_in_its_field

    def usual(synset: str, lemma: str) -> bool:
        sense = next(s for s in lexicon.senses(lemma, synset.split(".")[1])
                     if s.synset == synset)
        return usual_in_its_field(sense, lexicon)

    assert not usual("separate.v.02", "separate")
    assert usual("separate.v.01", "separate")
    assert usual("soil.n.02", "soil")
    assert usual("water.v.01", "water")
    assert not usual("parking.n.01", "parking")


REPORT_STORY = (
    "Inspectors Finish Their Report on the Old Bridge\n\n"
    "A team of inspectors spent three months studying the old stone bridge over the "
    "river. They measured every crack, tested the water below and read letters from "
    "people who cross it each day. Their conclusion was simple: the bridge must close "
    "for repairs before the winter floods. The city will repair the bridge next year."
)


def test_a_sense_question_offers_no_meaning_a_learner_cannot_tell_from_the_one_used(
        quiz_engine: Engine, lexicon: Lexicon) -> None:
    """"our conclusion was simple" keyed "a position or opinion or judgment reached
    after consideration" and offered "the proposition arrived at by logical reasoning"
    as wrong: both right (QA). An idea and the idea said (WordNet's cognition and
    communication) are one meaning to a learner; a time, an event, a drawing stay
    apart."""
    from vocab.quiz_relations import senses_not_apart

    def sense(name: str):  # type: ignore[no-untyped-def]
        found = lexicon.synset(name)
        assert found is not None
        return found

    assert senses_not_apart(sense("decision.n.02"), sense("conclusion.n.05"), lexicon)
    assert not senses_not_apart(sense("decision.n.02"), sense("stopping_point.n.01"), lexicon)
    assert not senses_not_apart(sense("plan.n.01"), sense("plan.n.03"), lexicon)
    from vocab.distractors import DistractorPool
    from vocab.quiz_builders import ItemBuilder

    analysis = quiz_engine.analyse(article_from_text(REPORT_STORY))
    words, others = article_words(quiz_engine, analysis, A2)
    conclusion = next(w for w in words if w.lemma == "conclusion")
    assert conclusion.synset == "decision.n.02"
    pool = DistractorPool(others, quiz_engine.lexicon, quiz_engine.words)
    item = ItemBuilder(quiz_engine.lexicon, pool, random.Random(1)).sense(conclusion)
    not_apart = {sense(name).definition.split(" (")[0]
                 for name in ("conclusion.n.05",)}
    assert item is None or not not_apart & {o.split(" (")[0] for o in item.options}


BANK_STORY = (
    "Bank Chief Held in Fraud Case\n\n"
    "The head of a regional bank was held by police on Friday over a loan fraud that "
    "cost savers millions of dollars. Prosecutors said more arrests were likely in the "
    "coming weeks, as they examine bank records and emails. The bank has closed its "
    "branches in three towns while investigators study its accounts."
)


def test_a_noun_is_not_gapped_where_only_a_quantity_word_stands_before_it_as_subject(
        quiz_engine: Engine) -> None:
    """"Prosecutors said more _____ were likely in the coming weeks" (arrests) took
    "appeals" as well, and indictments, inquiries or resignations would fit as well (a
    story of my own): a subject with only "more", "many", "several"... before it is a
    plain subject too, told only by what its verb says of it."""
    from vocab.distractors import DistractorPool
    from vocab.quiz import _next_item
    from vocab.quiz_builders import ItemBuilder

    analysis = quiz_engine.analyse(article_from_text(BANK_STORY))
    words, others = article_words(quiz_engine, analysis)
    arrest = next(w for w in words if w.lemma == "arrest")
    assert arrest.plain_subject
    pool = DistractorPool(others, quiz_engine.lexicon, quiz_engine.words)
    for seed in range(1, 4):
        builder = ItemBuilder(quiz_engine.lexicon, pool, random.Random(seed))
        assert _next_item("cloze", [arrest], builder, quiz_engine.lexicon) is None


SANCTIONS_STORY = (
    "New Sanctions Aim to Cut Oil Money for Northern Government\n\n"
    "Western countries announced new sanctions on Tuesday against the government of "
    "Norland, a small northern country, after its army moved soldiers to the border.\n\n"
    "The country's president, Marek Halvor, called the sanctions unfair and said his "
    "government would not change its plans. He insisted that the soldiers were there "
    "only for training. Several senators insisted that the army leave the border."
)


def test_a_verb_before_a_clause_its_sense_has_no_frame_for_is_unsure(
        quiz_engine: Engine) -> None:
    """"He insisted that the soldiers were there only for training" was asked "What
    does 'insisted' mean in this sentence?" keyed "be emphatic or resolute and refuse
    to budge" (59 of the verb's 64 SemCor uses; a story of my own): WordNet frames that
    sense "Somebody ----s" and "... on something", never with a clause after it, which
    the story's use has. Its counts do not make it sure; "warn that", framed so, stays."""
    analysis = quiz_engine.analyse(article_from_text(SANCTIONS_STORY))
    words = {w.lemma: w for w in article_words(quiz_engine, analysis, A2)[0]}
    assert not words["insist"].sense_sure
    for seed in range(1, 4):
        quiz = article_quiz(quiz_engine, analysis, rng=random.Random(seed), n=10, profile=A2)
        keyed = {item.type for item in quiz for t in item.targets if t.lemma == "insist"}
        assert not keyed & {"word", "sense", "spelling", "meaning", "matching"}, seed


def test_a_noun_before_an_adjective_said_of_it_is_not_gapped(quiz_engine: Engine) -> None:
    """"The country's president called the _____ unfair" (sanctions) took "monopolies"
    and "repressions", and any noun a person may call unfair fits it (a story of my
    own): a noun whose only cue is the verb before it and the adjective said of it
    after ("called the targets unrealistic", "found the rules unclear") is no cloze."""
    from vocab.distractors import DistractorPool
    from vocab.quiz_builders import ItemBuilder

    analysis = quiz_engine.analyse(article_from_text(SANCTIONS_STORY))
    words, others = article_words(quiz_engine, analysis, A2)
    sanction = next(w for w in words if w.lemma == "sanction")
    assert "called the sanctions unfair" in sanction.sentence
    assert sanction.before_complement
    pool = DistractorPool(others, quiz_engine.lexicon, quiz_engine.words)
    assert all(ItemBuilder(quiz_engine.lexicon, pool, random.Random(seed)).cloze(sanction)
               is None for seed in range(1, 4))


LANES_STORY = (
    "City Plans New Bus Lanes\n\n"
    "The city council voted on Thursday to build forty kilometers of new bus lanes. "
    "Engineers will paint the lanes red and install cameras at every corner.\n\n"
    "Construction is expected to begin in the spring, and the first lanes should open "
    "by the end of the year. Residents can comment on the design at public meetings."
)


def test_a_bare_noun_opening_its_sentence_before_a_helping_verb_is_a_plain_subject(
        quiz_engine: Engine) -> None:
    """"_____ is expected to begin in the spring" (construction) took "Coverage",
    "Compensation" and "Processing", each as right (a story of my own): a bare noun
    opening its sentence is read by what its verb does to something ("Landslides
    blocked two roads"), but "is expected", "will", "has" say as little of it as
    "The _____ has also changed..." does, and it is a plain subject too."""
    analysis = quiz_engine.analyse(article_from_text(LANES_STORY))
    words = article_words(quiz_engine, analysis, A2)[0]
    construction = next(w for w in words if w.lemma == "construction")
    assert construction.sentence.startswith("Construction is expected")
    assert construction.plain_subject


WALL_STORY = (
    "Town Builds a Flood Wall\n\n"
    "Workers in the river town of Ashford began building a flood wall on Monday. They "
    "will separate the homes from the river with concrete barriers and planters.\n\n"
    "Last spring the river rose above the old wall and filled dozens of homes with "
    "mud. Parents were relieved when the council found the money for a stronger one. "
    "Engineers say the work should be finished before the autumn rains."
)


def test_an_adjective_before_a_noun_that_may_be_its_material_is_unsure(
        quiz_engine: Engine) -> None:
    """"with concrete barriers" was asked "Which word means 'capable of being perceived
    by the senses; not abstract or imaginary'?" (a bike-lane story of my own): the tagger
    reads a material before a noun as an adjective, and the adjective's sense is keyed
    where the material is meant. Such a word is asked in its gap, not by the
    adjective's meaning."""
    analysis = quiz_engine.analyse(article_from_text(WALL_STORY))
    words, _ = article_words(quiz_engine, analysis, A2)
    concrete = next(w for w in words if w.lemma == "concrete")
    assert concrete.upos != "ADJ" or not (concrete.sense_sure or concrete.usual_sense)


def test_an_adjective_said_of_another_kind_of_thing_than_its_sense_is_unsure(
        quiz_engine: Engine) -> None:
    """"investors were relieved that the fine was not larger" was asked "What does
    'relieved' mean in this sentence?" keyed "(of pain or sorrow) made easier to bear"
    (a data-leak story of my own): WordNet's one common sense of the adjective is said
    of pain or sorrow, and the people who feel relief are not. A sense whose gloss says
    what it is said of is not keyed for a word said of another kind of thing."""
    analysis = quiz_engine.analyse(article_from_text(WALL_STORY))
    words, _ = article_words(quiz_engine, analysis, A2)
    relieved = next(w for w in words if w.lemma == "relieved")
    assert "Parents were relieved" in relieved.sentence
    assert not (relieved.sense_sure or relieved.usual_sense)


def test_an_adjective_sense_said_of_body_parts_does_not_fit_time(quiz_engine: Engine) -> None:
    """"A good night's sleep is not wasted time" was keyed "(of an organ or body part)
    diminished in size or strength" (a seed): what the sense is said of is of another
    WordNet field than the noun the word describes. The same sense said of a leg
    fits."""
    from vocab.quiz_adjectives import adjective_sense_against

    story = ("The long meeting was wasted time for everyone. After the fall, "
             "her wasted muscles needed months of exercise.")
    analysis = quiz_engine.analyse(article_from_text(story))
    sense = next(s for s in quiz_engine.lexicon.senses("wasted", "a")
                 if s.definition.startswith("(of an organ or body part)"))
    against = [adjective_sense_against(analysis.tokens, index, sense, quiz_engine.lexicon,
                                       quiz_engine.senses.cues.is_person)
               for index, token in enumerate(analysis.tokens) if token.text == "wasted"]
    assert against == [True, False]


@pytest.mark.parametrize(("lemma", "used", "sentence", "same_meaning"), [
    ("score", "score.n.10", "A header in the last minute levelled the score at two each.",
     "score.n.03"),
    ("neighborhood", "vicinity.n.01",
     "The new mayor will hold a public meeting in every neighborhood this spring.",
     "region.n.04"),
])
def test_a_sense_question_offers_no_sense_whose_own_gloss_shares_a_word_with_the_one_used(
        quiz_engine: Engine, lexicon: Lexicon, lemma: str, used: str, sentence: str,
        same_meaning: str) -> None:
    """"The ball ... bounced in, tying the score" keyed "the act of scoring in a game or
    sport", worded by its broader term as "a kind of success: an attainment that is
    successful", and offered "a number that expresses the accomplishment of a team ...
    in a game or contest" as wrong: the right one to a learner; "meetings in each
    neighborhood" keyed "a surrounding or nearby region" beside "the approximate
    amount of something (... 'in the region of')" (my election story). The wordings
    share no word, WordNet's glosses do ("game", "region")."""
    from vocab.distractors import DistractorPool
    from vocab.quiz_builders import ItemBuilder
    from vocab.quiz_items import QuizWord
    from vocab.quiz_words import definer_for

    define = definer_for(quiz_engine)
    others = tuple(s.synset for s in lexicon.senses(lemma, "n") if s.synset != used)
    assert same_meaning in others
    word = QuizWord(lemma=lemma, upos="NOUN", form=lemma, penn="NN", sentence=sentence,
                    definition=define(lemma, "NOUN", used), synset=used,
                    start=sentence.index(lemma), ruled_out=others)
    pool = DistractorPool([], lexicon, quiz_engine.words, definer=define)
    unfair = define(lemma, "NOUN", same_meaning)
    for seed in range(1, 6):
        item = ItemBuilder(lexicon, pool, random.Random(seed)).sense(word)
        assert item is None or unfair not in item.options, seed
