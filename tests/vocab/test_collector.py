"""The collector pause around the engine's work: off during, as before after."""

from __future__ import annotations

import gc
import threading
import weakref

from vocab.collector import collector_paused


def test_the_collector_is_off_during_and_on_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer work is still under way
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_works_in_threads_resume_it_after_the_last() -> None:
    inside, release = threading.Event(), threading.Event()

    def work() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=work)
    thread.start()
    inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the thread's work goes on
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_an_error_inside_still_resumes_it() -> None:
    try:
        with collector_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_what_the_work_made_skips_the_young_generations_and_a_full_collection_frees_it(
) -> None:
    class Node:
        pass

    freed: list[bool] = []
    with collector_paused():
        kept = [[] for _ in range(20_000)]  # the analysis: lives on
        cycle = Node()
        cycle.itself = cycle  # type: ignore[attr-defined]
        weakref.finalize(cycle, freed.append, True)
        del cycle
    # The young generation starts empty: none of the 20,000 lists is walked there.
    assert gc.get_count()[0] < 1_000
    gc.collect(0)
    assert not freed
    gc.collect()
    assert freed == [True]
    assert len(kept) == 20_000


class _RecordingTagger:
    """The engine's tagger, noting whether the collector ran while it tagged."""

    def __init__(self, tagger) -> None:  # type: ignore[no-untyped-def]
        self._tagger = tagger
        self.name = tagger.name
        self.collector_on: list[bool] = []

    def tag(self, words):  # type: ignore[no-untyped-def]
        return self._tagger.tag(words)

    def tag_sentences(self, sentences):  # type: ignore[no-untyped-def]
        self.collector_on.append(gc.isenabled())
        return self._tagger.tag_sentences(sentences)


def test_the_engine_pauses_it_for_long_texts_only(engine) -> None:  # type: ignore[no-untyped-def]
    from vocab.engine import PAUSE_COLLECTOR_CHARS, Engine
    from vocab.models import Article

    def article(body: str) -> Article:
        return Article(title="A story", body=body, paragraphs=((0, len(body)),))

    tagger = _RecordingTagger(engine.tagger)
    recording = Engine(lexicon=engine.lexicon, tagger=tagger, words=engine.words)
    sentence = "The council voted to close the old bridge after the storm. "
    recording.analyse(article(sentence * 3))
    assert tagger.collector_on == [True]
    recording.analyse(article(sentence * (PAUSE_COLLECTOR_CHARS // len(sentence) + 1)))
    assert tagger.collector_on[1:] and not any(tagger.collector_on[1:])
    assert gc.isenabled()
