"""The compiled lexicon: what it holds, how fast it opens, when it recompiles."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from vocab import data, lexicon_build
from vocab import lexicon as lexicon_module
from vocab.lexicon import Lexicon, without_attribution


def test_senses_most_frequent_first(lexicon: Lexicon) -> None:
    senses = lexicon.senses("counter", "v")
    assert senses and senses[0].rank == 1 and senses[0].synset == "counter.v.01"
    assert [sense.rank for sense in senses] == sorted(sense.rank for sense in senses)
    assert senses[0].definition == "speak in response"
    assert senses[0].lexname == "verb.communication"
    assert senses[0].examples


def test_lookups_are_case_insensitive_and_not_lemmatised(lexicon: Lexicon) -> None:
    assert lexicon.senses("Counter", "v") == lexicon.senses("counter", "v")
    # No lemmatising (the analysis module's job): "affairs" is a lemma of its own.
    affairs = lexicon.senses("affairs")
    assert affairs and {sense.lemma for sense in affairs} == {"affairs"}
    assert {s.synset for s in affairs}.isdisjoint(s.synset for s in lexicon.senses("affair"))
    assert lexicon.senses("affairing") == []


def test_satellites_are_adjectives(lexicon: Lexicon) -> None:
    senses = lexicon.senses("big", "a")
    assert {sense.pos for sense in senses} == {"a"}
    assert any(".s." in sense.synset for sense in senses)
    assert lexicon.senses("big", "s") == senses
    # Names and SemCor counts as NLTK gives them (satellite sense keys name their head).
    assert [(s.synset, s.count) for s in senses[:3]] == [
        ("large.a.01", 107),
        ("big.s.01", 7),
        ("bad.s.01", 2),
    ]


def test_semcor_counts_and_synonyms(lexicon: Lexicon) -> None:
    dog = lexicon.senses("dog", "n")[0]
    assert dog.synset == "dog.n.01" and dog.count > 0
    assert "domestic dog" in dog.synonyms
    counts = lexicon.pos_counts("run")
    assert set(counts) == {"n", "v"} and counts["v"] > counts["n"]
    assert lexicon.pos_counts("xyzzy") == {}


def test_capitalised_words(lexicon: Lexicon) -> None:
    assert lexicon.capitalised_pos("dutch") >= {"a", "n"}
    assert lexicon.capitalised_pos("Paris") == {"n"}
    assert "a" not in lexicon.capitalised_pos("brown")


def test_has_lemma_and_multiword_lemmas(lexicon: Lexicon) -> None:
    assert lexicon.has_lemma("work out", "v")
    assert lexicon.has_lemma("Work_Out")
    assert not lexicon.has_lemma("work out", "n")
    assert ("work out", "v", "o", True) in lexicon.expressions_starting_with("work")
    assert ("look after", "v", "o", True) in lexicon.expressions_starting_with("Look")
    # SemCor never tags "work in" (to add by mixing): the expression is tagged False
    assert ("work in", "v", "o", False) in lexicon.expressions_starting_with("work")


def test_what_a_multiword_verb_takes_after_it(lexicon: Lexicon) -> None:
    """From WordNet's sentence frames: an object ("look after *someone*"), a bare
    infinitive ("get to *see*"), or neither ("fall in": collapse, line up)."""
    options = {lemma: complements
               for word in ("fall", "get", "look")
               for lemma, pos, complements, _ in lexicon.expressions_starting_with(word)
               if pos == "v"}
    assert options["fall in"] == ""
    assert options["look after"] == "o"
    assert "i" in options["get to"] and "o" in options["get to"]
    assert all(complements == ""
               for _, pos, complements, _ in lexicon.expressions_starting_with("melting"))


def test_expressions_of_many_words_are_those_of_each_word(lexicon: Lexicon) -> None:
    asked = ["work", "Look", "look", "zzzz"]
    many = lexicon.expressions_starting_with_many(asked)
    assert list(many) == asked
    for word in asked:
        assert many[word] == lexicon.expressions_starting_with(word)
        assert many[word] == sorted(many[word])
    assert many["zzzz"] == []
    assert many["work"]


def test_expressions_by_their_first_two_words_are_those_of_the_first_word(
    lexicon: Lexicon,
) -> None:
    asked = ["work out", "take part", "Look after", "lose one's", "take zzzz"]
    by_pair = lexicon.expressions_by_first_pair(asked)
    assert list(by_pair) == asked
    for pair in asked:
        first, second = pair.lower().split()
        expected = [option for option in lexicon.expressions_starting_with(first)
                    if option[0].split()[1] == second]
        assert by_pair[pair] == expected, pair
    assert ("work out", "v", "o", True) in by_pair["work out"]
    assert ("lose one's temper", "v", "", False) in by_pair["lose one's"]
    assert by_pair["take zzzz"] == []


def test_words_that_start_expressions(lexicon: Lexicon) -> None:
    asked = ["work", "Look", "zzzz", "melting", "the"]
    starting = lexicon.starting_expressions(asked)
    assert starting == {word for word in asked if lexicon.expressions_starting_with(word)}
    assert {"work", "Look", "melting"} <= starting and "zzzz" not in starting


def test_an_example_with_one_quotation_mark_is_no_part_of_the_definition(
        lexicon: Lexicon) -> None:
    """A few dozen WordNet glosses lose a quotation mark: "fragile" showed "lacking
    substance or significance; ; ; ; a fragile claim to fame\"" (QA walk-through)."""
    flimsy = lexicon.synset("flimsy.s.02")
    assert flimsy is not None
    assert flimsy.definition == "lacking substance or significance"
    assert "a fragile claim to fame" in flimsy.examples
    notice = lexicon.synset("notice.n.01")
    assert notice is not None
    assert notice.definition == "an announcement containing information about an event"
    happen = lexicon.synset("happen.v.02")  # "...; (Santayana)", an example's author
    assert happen is not None and not happen.definition.endswith(")")
    for sense in lexicon.senses("faulty"):  # "...; ; ; the wrong side of the road\""
        assert "; ;" not in sense.definition and '"' not in sense.definition


def test_related_words_and_glosses(lexicon: Lexicon) -> None:
    related = lexicon.related_lemmas("dog.n.01")
    assert {"dog", "canine", "puppy", "domestic animal"} <= related
    assert "bad" in lexicon.antonyms("good.a.01")
    glosses = lexicon.related_glosses("dog.n.01")
    assert any("young dog" in gloss for gloss in glosses)
    assert lexicon.related_lemmas("no.such.synset") == frozenset()
    assert lexicon.synset("dog.n.01").definition.startswith("a member of the genus Canis")


def test_antonyms_of_many_synsets_at_once(lexicon: Lexicon) -> None:
    """A verb's senses' antonyms in one query: each synset's own, none for one unknown."""
    found = lexicon.antonyms_of(["rise.v.01", "good.a.01", "no.such.synset", "rise.v.01"])
    assert list(found) == ["rise.v.01", "good.a.01", "no.such.synset"]
    assert "fall" in found["rise.v.01"] and "bad" in found["good.a.01"]
    assert found["no.such.synset"] == frozenset()


def test_kept_related_words_and_senses_are_what_a_fresh_read_gives(
        lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    """A quiz asks the same words' neighbours and senses for every distractor: they are
    kept, and a full store of them is emptied, not served stale."""
    monkeypatch.setattr(lexicon_module, "RELATED_KEPT", 2)
    names = ["dog.n.01", "cat.n.01", "counter.v.01"]
    fresh = {name: lexicon.neighbourhoods([name])[name].lemmas for name in names}
    assert lexicon.related_lemmas_of(names) == fresh
    assert lexicon.related_lemmas_of(reversed(names)) == fresh
    assert [lexicon.related_lemmas(name) for name in names] == list(fresh.values())
    first = lexicon.senses("counter", "v")
    first.clear()  # a caller's list is its own
    assert [s.synset for s in lexicon.senses("counter", "v")][:1] == ["counter.v.01"]


def test_reopening_reuses_the_compiled_file(lexicon: Lexicon, session_cache_dir: Path) -> None:
    compiled = lexicon.path.stat().st_mtime_ns
    again = data.open_lexicon(session_cache_dir)
    again.senses("counter", "v")
    assert again.path == lexicon.path and again.path.stat().st_mtime_ns == compiled
    assert again.version == lexicon.version and again.wordnet_version == "3.0"
    assert "wn3.0" in again.version
    again.close()


def test_usable_from_a_worker_thread_and_read_only(lexicon: Lexicon) -> None:
    results: list[int] = []
    workers = [
        threading.Thread(target=lambda: results.append(len(lexicon.senses("run"))))
        for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(set(results)) == 1 and results[0] > 40
    with pytest.raises(sqlite3.OperationalError):
        lexicon._db.execute("DELETE FROM senses")


def test_compiled_contents(lexicon: Lexicon) -> None:
    summary = lexicon_module.lexicon_summary(lexicon)
    assert summary["synsets"] == 117659  # WordNet 3.0
    # WordNet's 206,978 senses of words, those of its two-word nouns written as one, and
    # the "(usually plural)" senses of 11 singulars under their plurals ("terms")
    assert summary["senses"] == 206978 + 36549 + 11
    # Its multi-word lemmas written in lower case; some 21,000 more are names ("New York")
    assert summary["expressions"] == 39247


# --- compiling, without paying for the real thing -------------------------------


class _StubWordNet:
    def __init__(self, _folder: Path) -> None:
        pass

    def get_version(self) -> str:
        return "3.0"


def _tiny_rows(_wordnet, _counts) -> dict[str, list[tuple]]:
    return {
        "synsets": [(1, "cat.n.01", "n", "noun.animal", "a small feline", "", "cat\tfeline", "")],
        "senses": [("cat", "n", 1, 1, 18, False, ""), ("feline", "n", 1, 1, 0, False, "")],
        "relations": [],
        "lemma_links": [],
        "expressions": [],
    }


@pytest.fixture
def tiny_compile(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Compiling writes a one-synset lexicon instead of reading all of WordNet."""
    compiled: list[Path] = []
    monkeypatch.setattr(lexicon_build, "_WordNetFiles", _StubWordNet)
    monkeypatch.setattr(lexicon_build, "_lexicon_rows", _tiny_rows)
    real = lexicon_build._write

    def write(path: Path, rows, meta, **kwargs) -> None:
        compiled.append(path)
        real(path, rows, meta, **kwargs)

    monkeypatch.setattr(lexicon_build, "_write", write)
    return compiled


def _wordnet_copy(folder: Path) -> Path:
    """Stand-ins for WordNet's files: the compile is stubbed, only the key reads them."""
    folder.mkdir(parents=True)
    for name in data.WORDNET_FILES:
        (folder / name).write_text("  1 WordNet 3.0 Copyright 2006 by Princeton University.\n")
    (folder / "lexnames").write_text(data.lexnames_text())
    return folder


def test_compile_reopen_and_recompile_on_a_new_key(
    tiny_compile: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _wordnet_copy(tmp_path / "nltk" / "corpora" / "wordnet")
    monkeypatch.setenv("NLTK_DATA", str(tmp_path / "nltk"))
    monkeypatch.setattr(data, "nltk_search_path", lambda: [tmp_path / "nltk"])
    cache = tmp_path / "cache"
    first = data.open_lexicon(cache)
    assert len(tiny_compile) == 1 and first.senses("cat")[0].count == 18
    assert data.open_lexicon(cache).version == first.version and len(tiny_compile) == 1
    (source / "adv.exc").unlink()
    (source / "adv.exc").write_text("changed 1\n")
    second = data.open_lexicon(cache)
    assert len(tiny_compile) == 2 and second.version != first.version
    assert [p.name for p in cache.glob("lexicon-*")] == [second.path.name]


def test_a_failed_compile_leaves_no_lexicon(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(lexicon_build, "_WordNetFiles", _StubWordNet)

    def broken_rows(_wordnet, _counts):
        rows = _tiny_rows(None, None)
        rows["senses"].append(("bad row",))  # wrong width: the insert fails midway
        return rows

    monkeypatch.setattr(lexicon_build, "_lexicon_rows", broken_rows)
    dest = tmp_path / "lexicon.sqlite3"
    with pytest.raises(sqlite3.Error):
        lexicon_build.compile_lexicon(tmp_path, dest, version="v1")
    assert list(tmp_path.iterdir()) == []


def test_open_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Lexicon.open(tmp_path / "nope.sqlite3")


@pytest.mark.parametrize(
    ("gloss", "clean"),
    [
        ("complete change in character or condition; - Henry Miller",
         "complete change in character or condition"),
        ("the social force that binds you; ; - John D.Rockefeller Jr",
         "the social force that binds you"),
        ("a formal request; - J.F.Kennedy; - the White Queen", "a formal request"),
        ("producing an intended result; -LewisMumford", "producing an intended result"),
        ("an open clash between two groups; --Thomas Paine", "an open clash between two groups"),
        ("a plan; a scheme", "a plan; a scheme"),
        ("(abbreviated `ha') a unit of surface area", "a unit of surface area"),
        ("self-evident; well-known", "self-evident; well-known"),
        ("forbid the public distribution of ( a movie or a newspaper)",
         "forbid the public distribution of (a movie or a newspaper)"),
    ],
)
def test_glosses_lose_quotation_attributions(gloss: str, clean: str) -> None:
    assert without_attribution(gloss) == clean


def test_senses_come_without_attributions(lexicon: Lexicon) -> None:
    # WordNet ends "duty" (obligation) with "; ; - John D.Rockefeller Jr".
    duty = lexicon.senses("duty", "n")[0]
    assert duty.definition.startswith("the social force that binds you")
    assert "Rockefeller" not in duty.definition and not duty.definition.endswith(";")


def test_adverbs_lead_to_the_adjective_senses_they_are_made_from(lexicon: Lexicon) -> None:
    """WordNet defines a third of its adverbs by their adjective ("in an effective
    manner"): the adjective's own sense says what that means, without its quotation's
    author ("...; -LewisMumford")."""
    manner = next(s for s in lexicon.senses("effectively", "r")
                  if s.definition == "in an effective manner")
    made_from = lexicon.pertainyms(manner.synset)
    assert [sense.pos for sense in made_from] == ["a", "a"]
    assert "effective" in made_from[0].synonyms
    assert made_from[0].definition.startswith("producing or capable of producing an intended")
    assert "Mumford" not in made_from[0].definition
    assert lexicon.pertainyms(lexicon.senses("effective", "a")[0].synset) == []
    assert lexicon.pertainyms("no.such.synset") == []


def test_pertainyms_are_no_neighbours_of_the_sense_chooser(lexicon: Lexicon) -> None:
    manner = next(s for s in lexicon.senses("effectively", "r")
                  if s.definition == "in an effective manner")
    assert not any("intended result" in gloss
                   for gloss in lexicon.related_glosses(manner.synset))


def test_senses_of_many_lemmas_read_at_once_are_those_read_one_by_one(
    lexicon: Lexicon,
) -> None:
    lemmas = ["counter", "Affairs", "affairs", "bloc", "work out", "run", "xqzzy", "good"]
    found = lexicon.senses_of_many(lemmas)
    assert list(found) == lemmas
    for lemma in lemmas:
        assert found[lemma] == lexicon.senses(lemma), lemma
    assert found["xqzzy"] == [] and found["Affairs"] == found["affairs"]


def test_sense_outlines_are_the_senses_without_their_glosses(lexicon: Lexicon) -> None:
    lemmas = ["counter", "Affairs", "work out", "run", "xqzzy", "ford", "baroque"]  # two ranked 2
    outlines = lexicon.sense_outlines(lemmas)
    assert list(outlines) == lemmas
    with sqlite3.connect(lexicon.path) as db:
        names = dict(db.execute("SELECT id, name FROM synsets"))
    for lemma in lemmas:
        assert [(o.pos, o.count, names[o.synset_id], o.person) for o in outlines[lemma]] == [
            (s.pos, s.count, s.synset, s.person) for s in lexicon.senses(lemma)], lemma
    assert outlines["xqzzy"] == [] and len(outlines["run"]) > 40


def test_senses_that_are_people_named_with_a_capital_are_marked(lexicon: Lexicon) -> None:
    """Henry Ford is a person WordNet capitalises; a ford across a river is not, nor
    China (a place), nor the Moon (capitalised, but no person)."""
    people = {sense.synset: sense.person
              for word in ("ford", "china", "moon") for sense in lexicon.senses(word, "n")}
    assert people["ford.n.06"] and not people["ford.n.07"]
    assert not people["china.n.01"] and not people["moon.n.01"]


def test_neighbourhoods_are_wordnets(lexicon: Lexicon) -> None:
    """The words and glosses next to a synset, read for many synsets at once, are the
    ones NLTK's WordNet links it to, the broader term's gloss first."""
    from nltk.corpus import wordnet

    names = ["dog.n.01", "counter.v.01", "bloc.n.01", "good.a.01", "paris.n.01"]
    found = lexicon.neighbourhoods([*names, "no.such.synset"])
    assert found["no.such.synset"].lemmas == frozenset()
    for name in names:
        synset = wordnet.synset(name)
        linked = (synset.hypernyms() + synset.instance_hypernyms() + synset.hyponyms()
                  + synset.instance_hyponyms() + synset.similar_tos() + synset.also_sees())
        words = {lemma.name() for near in [synset, *linked] for lemma in near.lemmas()}
        words |= {form.name() for lemma in synset.lemmas()
                  for form in lemma.derivationally_related_forms()}
        assert {w.lower() for w in found[name].lemmas} == {
            w.replace("_", " ").lower() for w in words}, name
        assert found[name].lemmas == lexicon.related_lemmas(name)
        assert list(found[name].glosses) == lexicon.related_glosses(name)
        broader = synset.hypernyms() + synset.instance_hypernyms()
        if broader:  # NLTK sorts them by offset; the file lists them in its own order
            assert found[name].glosses[0] in {near.definition() for near in broader}, name


def test_synset_ids_below_are_wordnets_hyponyms_all_the_way_down(lexicon: Lexicon) -> None:
    from nltk.corpus import wordnet

    roots = ["part_of_speech.n.01", "city.n.01"]
    expected = set(roots)
    for name in roots:
        expected |= {s.name() for s in wordnet.synset(name).closure(
            lambda s: s.hyponyms() + s.instance_hyponyms())}
    with sqlite3.connect(lexicon.path) as db:
        names = dict(db.execute("SELECT id, name FROM synsets"))
    assert {names[i] for i in lexicon.synset_ids_below(roots)} == expected
    assert "paris.n.01" in expected and "adverb.n.01" in expected
    assert lexicon.synset_ids_below(["no.such.synset"]) == frozenset()
    assert lexicon.synset_ids_below([]) == frozenset()


def test_broader_is_wordnets_first_hypernym(lexicon: Lexicon) -> None:
    from nltk.corpus import wordnet

    for name in ["fluid.n.01", "knit.v.01", "paris.n.01"]:
        synset = wordnet.synset(name)
        broader = lexicon.broader(name)
        assert broader is not None
        hypernyms = synset.hypernyms() + synset.instance_hypernyms()
        assert broader.synset in {s.name() for s in hypernyms}
        assert broader.definition == wordnet.synset(broader.synset).definition()
    assert lexicon.broader("entity.n.01") is None
    assert lexicon.broader("no.such.synset") is None


def test_words_wordnet_writes_mostly_as_names(lexicon: Lexicon) -> None:
    asked = ["India", "japan", "Kenya", "turkey", "apple", "zzzz"]
    assert lexicon.usually_capitalised(asked) == {"India", "japan", "Kenya"}
    assert lexicon.usually_capitalised([]) == set()


def test_parts_of_speech_are_wordnets_keyed_as_asked(lexicon: Lexicon) -> None:
    found = lexicon.parts_of_speech(["Lithium", "bear", "fast", "zzzz"])
    assert found == {"Lithium": {"n"}, "bear": {"n", "v"}, "fast": {"n", "v", "a", "r"}}
    assert lexicon.parts_of_speech([]) == {}


def test_words_wordnet_writes_with_a_capital_in_every_part_of_speech(
        lexicon: Lexicon) -> None:
    """"welsh": the people, their language and the adjective, over "welsh" (to renege);
    "August" the month over "august" (majestic). Not "south" (the South, a region, in
    42 of SemCor's 67 uses), nor "add" (ADD is a name, "add" a verb)."""
    asked = ["welsh", "August", "south", "add", "earth", "zzzz"]
    assert lexicon.written_with_a_capital(asked) == {"welsh", "August"}
    assert lexicon.written_with_a_capital([]) == set()


def test_a_two_word_noun_written_as_one_has_its_senses(lexicon: Lexicon) -> None:
    """A learner's "heatwave" had no meaning (QA walk-through): WordNet writes "heat
    wave". A one-word spelling that is a word of its own keeps its own senses only,
    and names are not joined."""
    assert [s.synset for s in lexicon.senses("heatwave", "n")] == ["heat_wave.n.01"]
    assert [s.synset for s in lexicon.senses("heat wave", "n")] == ["heat_wave.n.01"]
    assert "any_way" not in {s.synset for s in lexicon.senses("anyway")}
    assert lexicon.senses("newyork") == []


def test_narrower_names_are_the_named_things_of_a_kind(lexicon: Lexicon) -> None:
    """"volcano" -> Vesuvius, Etna (names, not kinds such as "shield volcano"); never a
    letter of the alphabet ("letter" -> "A", "I"), which is a word of its own."""
    volcanoes = lexicon.narrower_names("volcano")
    assert {"vesuvius", "etna"} <= volcanoes
    assert all(name.isalpha() for name in volcanoes)
    assert not {"a", "i"} & lexicon.narrower_names("letter")


def test_topics_are_the_fields_wordnet_files_senses_under(lexicon: Lexicon) -> None:
    """WordNet's "domain of topic" of a synset, when it is a field of knowledge or an
    institution; not a pastime ("record", anything providing permanent evidence, is
    filed under photography)."""
    topics = lexicon.topics(["adjutant.n.01", "hardware.n.03", "aide.n.02", "record.n.01"])
    assert topics == {"adjutant.n.01": "military", "hardware.n.03": "computer science"}


def test_sense_outlines_are_the_stored_rows_in_order(lexicon: Lexicon) -> None:
    """`sense_outlines` joins each lemma's stored JSON text into one array as it is
    (`json_rows_for_keys`): the same outlines, in the same order, as parsing each row."""
    asked = ["bank", "Bank", "take", "a lot", "zzzz"]
    found = lexicon.sense_outlines(asked)
    assert list(found) == asked and found["zzzz"] == []
    assert found["Bank"] == found["bank"]
    stored = dict(lexicon._rows(  # noqa: SLF001 - the table itself, to compare with
        "SELECT lemma, outlines FROM outlines WHERE lemma IN ('bank', 'take', 'a lot')"))
    for lemma in ("bank", "take", "a lot"):
        assert [[o.pos, o.count, o.synset_id, int(o.person)] for o in found[lemma]] \
            == json.loads(stored[lemma])
