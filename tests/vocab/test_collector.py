"""The collector pause around the engine's work: off during, as before after."""

from __future__ import annotations

import gc
import threading

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
