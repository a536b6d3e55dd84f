"""Tags a learner sees as a part of speech ("n.", "v.", "adj.") in the glossary and the
word panel, where the tagger's were wrong: the corrections of `vocab.retag`."""

from __future__ import annotations

import pytest

from vocab.models import Article


def _tag_of(engine, text: str, word: str) -> str:  # type: ignore[no-untyped-def]
    article = Article(title="A test story", body=text, paragraphs=((0, len(text)),))
    return next(t.pos for t in engine.analyse(article).tokens if t.text == word)


@pytest.mark.parametrize(("text", "word", "tag"), [
    # A clause joined to another that has its verb: "rise –n." beside "families pay".
    ("Heating costs rise in winter and families pay more.", "rise", "VBP"),
    ("Rent prices rise every year and students pay more.", "rise", "VBP"),
    ("Water bills rise in summer, but most households pay on time.", "rise", "VBP"),
    ("Ticket prices drop when demand falls.", "drop", "VBP"),
    # ...inside a clause "when" opens: its second clause, or a verb after a phrase.
    ("When the economy slows and demand falls, people buy less.", "falls", "VBZ"),
    ("When demand falls and prices drop, people buy less.", "drop", "VBP"),
    ("When the demand for cars falls, factories cut jobs.", "falls", "VBZ"),
    ("When the weather turns cold and snow falls, roads close.", "falls", "VBZ"),
    ("If the rain stops and the river level drops, people return.", "stops", "VBZ"),
    ("When oil prices rise and demand falls, airlines cut flights.", "rise", "VBP"),
    ("If the rain stops and the river level drops, people return.", "drops", "VBZ"),
    # ...and the main clause's verb ending it: "close –adv.".
    ("When spending falls, shops close.", "close", "VBP"),
    ("When tourism falls, hotels close.", "close", "VBP"),
    # A clause joined after one with its verb: "plant –n.".
    ("The rains come in May and farmers plant rice.", "plant", "VBP"),
    ("Our neighbours grow tomatoes, and their children water them.", "water", "VBP"),
    # ...and a first clause whose verb ends it before a comma, or whose subject's verb
    # has an adverb before it.
    ("Sales figures and price changes matter, and investors watch them.", "matter", "VBP"),
    ("Student numbers drop in summer, but teachers still work.", "drop", "VBP"),
    # A plural subject's verb read as an adverb before "when": "double –adv.".
    ("Rice prices double when the rains fail.", "double", "VBP"),
    ("Flour prices double when the harvest fails.", "double", "VBP"),
])
def test_a_clause_beside_another_has_its_own_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("The price rise hurt families and workers paid more.", "rise", "NN"),
    ("Heating costs and water bills rose last year.", "costs", "NNS"),
    ("She sells fruit and farmers buy seeds from her.", "fruit", "NN"),
    ("When the demand for cars falls, factories cut jobs.", "cars", "NNS"),
    ("Stock prices and sales figures fell when the news came.", "figures", "NNS"),
    ("My uncle is a teacher and school sports coach.", "coach", "NN"),
    ("The shop sells shoes and clothes and sports bags.", "sports", "NNS"),  # was VBZ
    ("If the rain stops and the river level drops, people return.", "level", "NN"),  # VBP
    ("When oil prices rise and demand falls, airlines cut flights.", "demand", "NN"),
    ("When sales staff and managers meet, they plan the week.", "staff", "NN"),
])
def test_nouns_beside_a_joined_clause_stay_nouns(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word"), [
    ("They got wet.", "wet"),  # NNS
    ("Everyone got wet in the rain.", "wet"),  # RB
    ("The players got wet and cold.", "wet"),
    ("The tent stayed warm at night.", "warm"),  # NN
    ("At six the sky turned dark.", "dark"),
    ("The horses finally got calm.", "calm"),
])
def test_an_adjective_after_a_linking_verb_is_the_adjective(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    """"The players got wet/NNS": after "get", "stay", "turn" or "become", a word the
    dictionary has mostly as an adjective, with no noun after it, describes the subject."""
    assert _tag_of(engine, text, word) == "JJ"


@pytest.mark.parametrize(("text", "word"), [
    ("He got a cold from his sister.", "cold"),
    ("They got water from the well.", "water"),
    ("The children got home late.", "home"),  # the adverb
    ("She became president in May.", "president"),
    ("The party was fun.", "fun"),  # met as much as a noun
    ("The shop stayed open late.", "late"),  # an adverb the tagger saw
])
def test_a_noun_or_an_adverb_after_a_linking_verb_is_no_adjective(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) != "JJ"


@pytest.mark.parametrize("text", [
    "They closed the shop without warning.",  # VBG after the object
    "The company fired them without warning, and the workers protested.",
    "The storm came without warning.",
    # A phrase of time ends the noun's phrase too.
    "The river rose without warning last night.",
    "Fares went up without warning this year.",
])
def test_without_and_a_noun_of_its_own_is_that_noun(  # type: ignore[no-untyped-def]
        engine, text: str) -> None:
    """"without warning/VBG" was glossed as the verb "warn": an "-ing" word after
    "without" that ends its phrase and is a noun of its own ("warnings") is the noun."""
    assert _tag_of(engine, text, "warning") == "NN"


@pytest.mark.parametrize(("text", "word"), [
    ("She left without paying.", "paying"),  # no noun of its own
    ("They left without warning anyone.", "warning"),  # with an object: the verb
])
def test_without_and_a_verb_s_participle_stays_the_participle(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) == "VBG"


@pytest.mark.parametrize(("text", "word"), [
    # One token with its full stop, as Treebank has it (split, "Dr" before "." was NN).
    ("Dr. Amina Bello leads the team.", "Dr."),
    ("The team is led by Dr. Bello.", "Dr."),
    ("Prof. Chen wrote the report.", "Prof."),
    ("St. Louis is a big city.", "St."),
    # The sentence's own full stop after an abbreviation stays a token, as in Treebank.
    ("Mara works at Tollgate Inc.", "Inc"),
    ("The deal was signed by Brightwater Corp. Its shares rose.", "Corp"),
    ("Dr Lena Ortiz", "Dr"),  # a caption: NN, and no name
    ("Dr Ortiz Opens New Clinic", "Dr"),  # a headline
])
def test_a_title_before_a_name_is_part_of_the_name(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    """"Dr/NN Smith": the tokens split "Dr." as Treebank does not, and the tagger read
    "Dr" before the full stop as a sentence's last noun; "Dr" with no stop, in a caption
    or a headline, is the title too."""
    assert _tag_of(engine, text, word) == "NNP"


@pytest.mark.parametrize("text", [
    "Bread prices climb when the wheat crop fails.",
    "Salt prices climb when the mines close.",
])
def test_a_noun_and_verb_read_as_an_adjective_before_a_noun_is_the_noun(  # type: ignore[no-untyped-def]
        engine, text: str) -> None:
    """"Bread/JJ prices": WordNet has "bread" as a noun and a verb, no adjective."""
    assert _tag_of(engine, text, text.split()[0]) == "NN"


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("The children got wet playing in the river.", "playing", "VBG"),
    ("The kids got tired walking to school.", "walking", "VBG"),
    # A noun stays: "got" is no linking verb there, and the dictionary has the noun.
    ("They got warm clothing from the shop.", "clothing", "NN"),
    ("The hall stayed open for the meeting.", "meeting", "NN"),
])
def test_an_ing_word_after_a_linked_adjective_is_the_participle(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """"got wet playing/NN in the rain": after a linking verb's adjective, a verb's
    "-ing" form is a participle's clause (what they were doing), no noun."""
    assert _tag_of(engine, text, word) == tag


def test_a_verbless_sentence_s_verb_read_as_an_adverb_is_the_verb(engine) -> None:  # type: ignore[no-untyped-def]
    """"Rice prices/VBZ double/RB in a dry year": the tagger's adverb after a plural
    noun is the sentence's verb, and the noun stays the subject."""
    text = "Rice prices double in a dry year."
    assert (_tag_of(engine, text, "prices"), _tag_of(engine, text, "double")) == ("NNS", "VBP")


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Weather experts warn that storms are common.", "Weather", "NN"),  # was PRP$
    ('"Weather experts warn," she said.', "Weather", "NN"),
    ("Schools remain closed, and roads stay blocked.", "Schools", "NNS"),  # was NN
    ("Museums reopen next week.", "Museums", "NNS"),
])
def test_a_sentences_first_word_is_read_as_in_lower_case(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """The tagger read a capitalised first word by its capital ("Weather/PRP$", as "Her"
    opens sentences); a common word is read as the tagger reads it in lower case, and a
    plural capitalised only by its place is a plural noun."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word"), [
    ("She was busy cleaning.", "cleaning"),  # NN
    ("They were very busy painting.", "painting"),
    ("They were busy cooking and cleaning.", "cleaning"),
    ("The kids kept busy drawing.", "drawing"),
])
def test_an_ing_word_after_busy_is_the_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) == "VBG"


def test_an_ing_word_after_a_busy_before_a_noun_stays(  # type: ignore[no-untyped-def]
        engine) -> None:
    assert _tag_of(engine, "We walked down a busy shopping street.", "shopping") != "VBG"


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Ski lifts close early in the afternoon because the snow melts.", "close", "VBP"),
    ("Ski lifts close early in the afternoon because the snow melts.", "lifts", "NNS"),
    ("Bus stops close at night.", "close", "VBP"),
    ("Shops close early on Sunday.", "close", "VBP"),
    ("Families travel in March, when schools close for a week.", "close", "VBP"),
    ("People close to the talks said no.", "close", "RB"),  # "close to": no verb
    ("Homes close by were flooded.", "close", "RB"),
])
def test_a_plural_subjects_verb_read_as_an_adverb_is_the_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """"Ski lifts/VBZ close/RB": the tagger took the subject for the verb and the verb
    for an adverb ("close –adv." in the word panel)."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Electric cars are popular.", "Electric", "JJ"),  # NN, from a name's NNP
    ("Old habits die hard.", "Old", "JJ"),
    ("Old habits die hard.", "die", "VBP"),  # RB
])
def test_an_adjective_opening_a_sentence_is_no_noun(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Others stood nearby watching.", "nearby", "RB"),  # JJ
    ("She sells clothes online.", "online", "RB"),
    ("We watched the game online.", "online", "RB"),
    ("Classes moved online last year.", "online", "RB"),
    ("They moved to a nearby town.", "nearby", "JJ"),
    ("The shop is online.", "online", "JJ"),
    ("The service went online in May.", "online", "JJ"),
])
def test_a_word_of_place_after_its_verb_is_the_adverb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """"She sells clothes online/JJ": after its verb, or its verb and object, "online"
    or "nearby" says where ("online –adj." in the word panel); before a noun, or after
    "be" or "go", it describes."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("At night the brain is busy sorting, storing and cleaning.", "cleaning", "VBG"),  # NN
    ("Children picked up the bottles.", "Children", "NNS"),  # NN
    ("Those who had stayed awake for hours felt tired.", "awake", "JJ"),  # NN
])
def test_more_words_a_learner_saw_in_the_wrong_part_of_speech(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word"), [
    ("Research in animals suggests that sleep helps memory.", "suggests"),  # NNS
    ("The plant in the corner grows fast.", "grows"),
])
def test_a_verbs_s_form_that_is_no_noun_is_the_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) == "VBZ"


def test_thanks_to_stays_a_noun(engine) -> None:  # type: ignore[no-untyped-def]
    assert _tag_of(engine, "The town grew, thanks to the new railway.", "thanks") != "VBZ"


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("But the evidence so far points in one direction.", "points", "VBZ"),  # NNS
    ("Doctors now think that poor sleep causes the illness.", "sleep", "NN"),  # JJ
])
def test_a_subjects_verb_and_a_phrases_head_after_adverbs_or_adjectives(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


def test_a_name_after_to_is_no_verb(engine) -> None:  # type: ignore[no-untyped-def]
    """"expand to Ukraine/VB": a capitalised word WordNet has as no verb is a name."""
    text = "The alliance will not expand to Ukraine or to send troops there."
    assert _tag_of(engine, text, "Ukraine") == "NNP"


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Put a mark in the box [ ] beside your name.", "[", "("),  # was NN
    ("Put a mark in the box [ ] beside your name.", "]", ")"),
    ("The plan [see page two] is new.", "]", ")"),
])
def test_square_brackets_are_brackets(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "tag"), [
    ("Xi visited the city. Officials said Xi would come back.", "NNP"),  # was RB
    ("Xi has led the party for years. Reporters say Xi will stay.", "NNP"),  # was NN
    ("Xi met the leaders. Later Xi spoke to them.", "NNP"),  # was JJ
])
def test_a_word_the_story_writes_only_as_a_name_is_one_first_too(  # type: ignore[no-untyped-def]
        engine, text: str, tag: str) -> None:
    """A sentence's capitalised first word was read as a word of its own ("Xi/NNS"),
    where the story writes it with a capital inside sentences and never in lower case."""
    article = Article(title="A test story", body=text, paragraphs=((0, len(text)),))
    assert engine.analyse(article).tokens[0].pos == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Daily walking lowers blood pressure.", "lowers", "VBZ"),  # was NNS, "blood" VBD
    ("Daily walking lowers blood pressure.", "blood", "NN"),
    ("Fresh paint brightens room walls.", "brightens", "VBZ"),
])
def test_a_verbs_s_form_before_a_noun_read_as_a_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """A word no noun's form but a verb's "-s" form, read as a plural before a noun read
    as a verb, is the verb, and the noun its object's."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word"), [
    ("We all share one small kitchen.", "share"),  # was NN
    ("They both love the old songs.", "love"),
    ("You all need a good rest.", "need"),
])
def test_a_plural_pronouns_verb_after_all_or_both(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) == "VBP"


@pytest.mark.parametrize(("text", "word"), [
    ("Last month, many towns banned plastic bags.", "banned"),
    ("Several clubs opened their doors to everyone.", "opened"),
    ("Some cities banned cars.", "banned"),  # was VBN ("adj.")
    ("Many villages banned dogs from the beach.", "banned"),
])
def test_a_past_after_its_subject_in_a_sentence_with_no_other_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) == "VBD"


@pytest.mark.parametrize(("text", "word"), [
    ("Short words make the story easy to read.", "easy"),
    ("Make the steps easy to follow.", "easy"),  # was RB
    ("Good tools make them easy to use.", "easy"),
])
def test_an_adjective_before_a_to_infinitive_after_its_noun(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) == "JJ"


@pytest.mark.parametrize(("text", "word"), [
    ("New flats near bus stops sell fast.", "bus"),
    ("New homes near train stations sell fast.", "train"),  # was VBP
    ("Cheap rooms near fire stations rent quickly.", "fire"),
])
def test_a_compounds_first_noun_read_as_a_verb_before_the_clauses_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) == "NN"


def test_a_verb_before_a_compounds_words_stays_a_verb(engine) -> None:  # type: ignore[no-untyped-def]
    assert _tag_of(engine, "Our neighbours water plants every day.", "water") == "VBP"


@pytest.mark.parametrize(("text", "word"), [
    ("Tumor cells grow and spread.", "grow"),  # was VB
    ("Tumor cells grow and spread.", "spread"),
    ("Young birds learn quickly.", "learn"),
])
def test_a_plural_subjects_verb_in_its_base_form_is_the_present(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    assert _tag_of(engine, text, word) == "VBP"


def test_a_base_form_after_its_object_stays(engine) -> None:  # type: ignore[no-untyped-def]
    assert _tag_of(engine, "Let the young birds grow.", "grow") == "VB"


def test_a_nationality_read_as_an_adjective_inside_is_no_name_first(  # type: ignore[no-untyped-def]
        engine) -> None:
    """"American" inside a sentence is an adjective ("said American/JJ troops"): the
    sentence's first word is no name either."""
    text = "American troops left. Officials said American troops would return."
    article = Article(title="A test story", body=text, paragraphs=((0, len(text)),))
    assert engine.analyse(article).tokens[0].pos == "JJ"


@pytest.mark.parametrize(("text", "word", "tag"), [
    # A verb only, by the dictionary, after its plural subject: was NN, glossed by
    # WordNet's adjective "surrendered as a penalty".
    ("Police confiscate bikes parked on the bridge.", "confiscate", "VBP"),
    ("Police confiscate drugs near the school.", "confiscate", "VBP"),
    # An adjective + noun WordNet lists as one noun, after a determiner: was JJ.
    ("Change each verb to its past tense form.", "tense", "NN"),
    # An "-ing" word heading the subject of an "-s" verb, with a plural object: was JJ.
    ("Even fast-walking laps every morning gets dull.", "fast-walking", "VBG"),
    ("Even day-dreaming thoughts all day costs time.", "day-dreaming", "VBG"),
    # A noun between a determiner and the clause's verb: was JJ.
    ("A mechanic checked the brakes.", "mechanic", "NN"),
    ("The professional handled it.", "professional", "NN"),
])
def test_a_phrase_s_head_read_as_a_modifier_is_the_head(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Growing demand pushes prices up.", "Growing", "VBG"),  # no plural after it
    ("The old man walked home.", "old", "JJ"),  # no verb after it
    ("The rich get richer.", "rich", "JJ"),  # no noun's form
    ("Officers confiscate cameras at the stadium.", "Officers", "NNS"),
    ("Put the sentence into the past tense form.", "past", "JJ"),
])
def test_modifiers_beside_a_phrase_s_head_stay(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    # After a hedge ("kind of", "sort of" with nothing before "kind" to make it a noun
    # phrase), the word the hedge softens keeps its own part of speech: "cold –n." (an
    # illness) was shown for "was kind of cold".
    ("The weather was kind of cold on Tuesday.", "cold", "JJ"),
    ("The new teacher seemed sort of nervous.", "nervous", "JJ"),
    ("The soup tasted kind of bitter.", "bitter", "JJ"),
    ("My brother sort of likes the new song.", "likes", "VBZ"),
    ("I kind of like the new teacher.", "like", "VBP"),
    ("They sort of agree with the plan.", "agree", "VBP"),
])
def test_the_word_a_hedge_softens_keeps_its_part_of_speech(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("What kind of music do you like?", "music", "NN"),
    ("She has a kind of cold that lasts for weeks.", "cold", "NN"),
    ("This sort of weather is normal in March.", "weather", "NN"),
    ("It is a kind of bitter fruit.", "fruit", "NN"),
])
def test_a_kind_of_thing_stays_a_noun(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    # After "be", a word that is a noun and an adjective, which the tagger read as a
    # verb form, is the one SemCor reads it as more often: "alert –n." was a warning.
    ("She wants to be alert in class.", "alert", "JJ"),
    ("Be alert on the roads.", "alert", "JJ"),
    # ...and one read as the noun more often stays the noun.
    ("The twins want to be friends.", "friends", "NNS"),
])
def test_a_word_after_be_is_the_part_of_speech_it_mostly_is(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    # An office named with a hyphen, then its verb's past: "spoke –n." was a wheel's rod.
    ("The secretary-general spoke.", "spoke", "VBD"),
    ("The secretary-general spoke.", "secretary-general", "NN"),
    ("The vice-president spoke to the farmers.", "spoke", "VBD"),
    # ...not a hyphenated word describing the noun after it.
    ("The old bike had a long-bent spoke wheel.", "long-bent", "JJ"),
])
def test_a_past_after_a_hyphenated_office_is_its_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag
