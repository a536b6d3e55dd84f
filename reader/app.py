"""The Textual app: wiring, settings, the engine warm-up. No business logic.

Build it with `create_app` (the CLI and the tests use the same factory). The app
holds what every screen shares: the learner store, the engine (loaded in a
worker after the first screen is on show), the learner's profile and the words
due for review, as reactive attributes that screens watch.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.worker import Worker, WorkerCancelled, get_current_worker

from reader.palette import ReaderCommands
from reader.preparation import PreparationClock, step_text, warming_up
from vocab import collector
from vocab.models import LanguageDataMissing, LearnerProfile, Level, WordKey
from vocab.setup_progress import SetupProgress

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.screens.library import LibraryScreen
    from vocab.engine import Analyser, Engine
    from vocab.engine_process import EngineProcess
    from vocab.store import Store

log = logging.getLogger("reader.app")

Clock = Callable[[], datetime]
EngineLoader = Callable[[], "Engine"]
# Starts an engine process, given the engine it falls back to (waiting for it).
EngineProcessStarter = Callable[[Callable[[], "Engine"]], "EngineProcess"]

# How highlighted words look (Settings). "underline" marks levels without colour, by
# text styles (its key is the name it had when it only underlined).
HIGHLIGHT_STYLES = {"colour": "Coloured words", "background": "Coloured background",
                    "underline": "Bold, underline, reverse (no colour)"}
DEFAULT_THEME = "textual-dark"
# How often a worker waiting for the engine checks whether it was cancelled.
ENGINE_POLL_S = 0.1
# Reading screens kept mounted after the learner leaves them: going back to one of
# these articles shows it as it was left (scroll, word, glossary), without building
# and laying out the screen again.
KEPT_READING_SCREENS = 4
# Python's cyclic collector is paused this long while an article opens: building and
# painting a screen allocates enough short-lived objects (styles, segments, strips) for
# 30-40 collections, ~15 ms of each opening, which find no cycles; reference counting
# frees them all as usual meanwhile.
OPENING_COLLECTOR_PAUSE_S = 0.3
# The class of a screen under a dialog (`ReaderApp.SUSPENDED_SCREEN_CLASS`, app.tcss).
SUSPENDED_CLASS = "-suspended"
# The palette closes before the screenshot is taken (as Textual's own command waits).
SCREENSHOT_DELAY_S = 0.1

# Screens other parts of the app own, pushed by name and imported only when wanted,
# so this module does not depend on them (e.g. the quiz and the stats screens).
NAMED_SCREENS = {
    "quiz": ("reader.screens.quiz", "QuizScreen"),
    "stats": ("reader.screens.stats", "StatsScreen"),
    "placement": ("reader.screens.placement", "PlacementScreen"),
    "feeds": ("reader.screens.feeds", "FeedsScreen"),
    "words": ("reader.screens.words", "WordsScreen"),
}


class EngineReady(Message):
    """The engine finished loading (posted by the warm-up worker)."""


class EngineProgress(Message):
    """A step of a slow first start (compiling the lexicon), worth telling the learner."""

    def __init__(self, step: SetupProgress) -> None:
        super().__init__()
        self.step = step


class ReaderApp(App[int]):
    """VOA-style reader: a library of articles, the reader, word details and settings."""

    # Every screen's styles, parsed once at start: a screen's own CSS_PATH is read
    # when it is first shown, and Textual then parses the whole stylesheet again and
    # restyles every widget of the app (~10 ms on the first article, the first word's
    # details, the first quiz...). Read in this order, so the cascade does not depend
    # on which screen the learner opened first.
    CSS_PATH = [f"styles/{name}.tcss" for name in (
        "app", "library", "reading", "details", "quiz", "placement", "stats", "feeds", "words")]
    # A screen under a dialog hides its notices (app.tcss): the dialog shows them in a
    # band of its own, and they showed twice, dimmed beside the dialog's (QA).
    @property
    def SUSPENDED_SCREEN_CLASS(self) -> str:  # type: ignore[override]  # Textual's name
        """Textual adds this class to a screen another covers, and takes it away when it is
        back on top, restyling the screen's every widget each time. Only a dialog leaves
        the screen beneath in view: under a whole screen (the reader over the library)
        it is not needed, and restyling the library's table was ~5% of opening an
        article (issue 8). Asked with the new screen on top, or the one resumed."""
        stack = self.screen_stack
        top = stack[-1] if stack else None
        if top is not None and (top.is_modal or top.has_class(SUSPENDED_CLASS)):
            return SUSPENDED_CLASS
        return ""
    TITLE = "VOA Reader"
    SUB_TITLE = "Learning English"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        # Screens opened over the library and the reader bind q to close themselves.
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("s", "settings", "Settings"),
    ]

    profile: reactive[LearnerProfile] = reactive(LearnerProfile, always_update=True)
    """The learner's level and word statuses, as the engine reads them."""
    due: reactive[frozenset[WordKey]] = reactive(frozenset, always_update=True)
    """Words due in the learner's spaced review (marked wherever they appear)."""
    mark_style: reactive[str] = reactive("colour")
    engine_ready: reactive[bool] = reactive(False)

    def __init__(self, store: Store, engine_loader: EngineLoader, now: Clock, *,
                 offer_placement: bool = False,
                 open_article: int | None = None,
                 engine_process: EngineProcessStarter | None = None,
                 export_dir: Path | None = None) -> None:
        super().__init__()
        self.offer_placement = offer_placement
        self._article_to_open = open_article  # `reader story.txt`
        self.export_dir = export_dir or Path.cwd()
        self.store = store
        self.now = now
        self._engine_loader = engine_loader
        self._engine: Engine | None = None
        self._start_engine_process = engine_process
        self._engine_process: EngineProcess | None = None
        self._engine_error: str | None = None
        self._engine_loaded = threading.Event()
        self._engine_warm_up = threading.Thread(
            target=self._warm_engine, name="engine-warm-up", daemon=True)
        self._engine_warm_up_lock = threading.Lock()
        self._settings_loaded = False
        from reader.analyses import AnalysisCache

        self.analyses = AnalysisCache(store)
        self._reading_screens: list[int] = []  # article ids, the most recent last
        self._collector_paused = False  # while an article opens
        # A first start's preparation (`reader.preparation`): its last step, when that
        # began, and the last step the loader reported (from its thread).
        self.preparation_step: SetupProgress | None = None
        self._preparation = PreparationClock(time.monotonic())
        self._last_reported: SetupProgress | None = None

    # -- start-up --------------------------------------------------------------

    def on_mount(self) -> None:
        theme = self.store.get_setting("theme", DEFAULT_THEME)
        if theme in self.available_themes:
            self.theme = theme
        style = self.store.get_setting("highlight_style", "colour")
        self.mark_style = style if style in HIGHLIGHT_STYLES else "colour"
        self._settings_loaded = True  # from now on, changes are the learner's: save them
        self.refresh_learner()
        from reader.screens.library import LibraryScreen

        opening = self._article_to_open
        self.push_screen(LibraryScreen(select=opening))
        if opening is not None:
            # Over the library, as if the learner had opened it there: Esc goes back to
            # it, and the first run's level test is offered there, not over the story.
            self.open_article(opening)
        else:
            self.offer_placement_once()
        # Not a Textual worker: those run in the asyncio executor, whose threads the
        # interpreter joins at exit, so quitting during a first-run lexicon compile
        # (minutes) would hang. A daemon thread ends with the app.
        # Started after the first paint, so the import of the NLP libraries does not
        # compete with it for the interpreter; or sooner by whatever needs the engine.
        self.call_after_refresh(self._start_warm_up)

    def _start_warm_up(self) -> None:
        """Start loading the engine, once. Also called by the workers that need it: the
        callback after the first paint waits on the screen shown when it was scheduled,
        and never runs if another screen covers that one before its first refresh."""
        with self._engine_warm_up_lock:
            if self._engine_warm_up.ident is None:
                self._engine_warm_up.start()

    def _warm_engine(self) -> None:
        """Load the lexicon and tagger off the UI thread, after the first paint."""
        from vocab.engine import warm_up

        try:
            engine = self._engine_loader()
            if self._last_reported is not None:  # a first start: its last step, told too
                self.report_engine_progress(warming_up(self._last_reported))
            if self._start_engine_process is None:
                warm_up(engine)
            # With an engine process, the engine here analyses only what is opened
            # before the child is ready (or everything, if it fails): a warm-up analysis
            # would load the tagger's weights, numpy and every analysis module into this
            # process (~55 MB of its ~110 MB peak) for what most sessions never do.
            self._engine = engine
            # Once the files it reads are compiled (by the loader, on a first run).
            self._start_child_engine()
        except LanguageDataMissing as missing:
            self._engine_error = str(missing)
        except Exception as error:
            log.exception("loading the engine failed")
            self._engine_error = f"the language engine could not start ({error})"
        finally:
            self._engine_loaded.set()
        self.post_message(EngineReady())
        # What the first article opened would load, loaded while the learner looks at
        # the library (~50 ms of that opening): the reader's modules, Textual's scroll
        # bars, the executor of the screen's thread workers, and rich's table of
        # character widths (read at the first character outside ASCII, a curly quote).
        for module in ("reader.screens.reading", "textual.scrollbar", "concurrent.futures.thread"):
            importlib.import_module(module)
        cell_len("\u2019")

    def _start_child_engine(self) -> None:
        """Start the engine process, if the app has one; without it, the engine here
        does the work."""
        if self._start_engine_process is None:
            return
        try:
            self._engine_process = self._start_engine_process(self.wait_for_engine)
        except Exception:
            log.exception("the engine process could not start; analysing in this process")

    def on_engine_ready(self, _: EngineReady) -> None:
        # What start-up made (Textual, the screens' styles, the engine's tables) lives
        # until exit, yet each full collection walked all of it again: a 50-80 ms stall
        # that fell on an article being opened one time in three. Frozen, the collector
        # walks only what came after. Once a process: the objects of apps built later in
        # the same process (tests) are collected as usual.
        if gc.get_freeze_count() == 0:
            gc.freeze()
        if (library := self._library_screen()) is not None:
            library.show_preparation(None)
        if self._engine_error:
            self.notify(self._engine_error, title="Language data", severity="error",
                        timeout=10, markup=False)
        else:
            self.engine_ready = True

    def report_engine_progress(self, step: SetupProgress) -> None:
        """Called by the engine loader from its thread; shown under the library's table
        (or as a notification over another screen)."""
        self._last_reported = step
        self.post_message(EngineProgress(step))

    def on_engine_progress(self, message: EngineProgress) -> None:
        from reader.screens.library import PREPARATION_HINT

        self.preparation_step = message.step
        new_step = self._preparation.told(message.step, time.monotonic())
        library = self._library_screen()
        if library is not None:
            library.show_preparation(message.step)
        elif new_step:  # a step's parts move the bar; the learner is told the step once
            self.notify(step_text(message.step), title=PREPARATION_HINT, timeout=8,
                        markup=False)

    def preparation_share(self) -> float:
        """How much of a first start's preparation is done (0 to 1), by its last step
        and the time since (`reader.preparation`); 1 once the engine is loaded."""
        if self._engine_loaded.is_set():
            return 1.0
        return self._preparation.share(time.monotonic())

    def _library_screen(self) -> LibraryScreen | None:
        from reader.screens.library import LibraryScreen

        return next((s for s in self.screen_stack if isinstance(s, LibraryScreen)), None)

    def loaded_engine(self) -> Engine | None:
        """The engine when it is loaded, else None: for the screen's own thread, which
        must never wait for it."""
        return self._engine if self._engine_loaded.is_set() else None

    def wait_for_engine(self) -> Engine:
        """The engine, waiting for the warm-up. For thread workers only.

        Raises `LanguageDataMissing` when it could not be loaded, and `WorkerCancelled`
        when the worker is cancelled while waiting (the app is closing).
        """
        self._start_warm_up()
        while not self._engine_loaded.wait(ENGINE_POLL_S):
            if get_current_worker().is_cancelled:
                raise WorkerCancelled("the app is closing")
        if self._engine is None:
            raise LanguageDataMissing(self._engine_error or "the language engine is not loaded")
        return self._engine

    def analyser(self) -> Analyser:
        """What analyses articles and builds glossaries, for thread workers: the
        engine process when the app has one (it falls back to the engine here), else
        the engine here (`wait_for_engine`)."""
        process = self._engine_process
        return process if process is not None else self.wait_for_engine()

    def background_analyser(self) -> Analyser:
        """Like `analyser`, for background jobs, which wait for the engine process to
        load rather than fill this process with the caches of what they analyse."""
        engine = self.wait_for_engine()  # its warm-up starts the engine process
        process = self._engine_process
        if process is None:
            return engine
        while process.starting:
            if get_current_worker().is_cancelled:
                raise WorkerCancelled("the app is closing")
            process.wait_until_ready(ENGINE_POLL_S)
        return process  # it hands calls to the engine here if it failed

    @property
    def engine_error(self) -> str:
        """Why the engine could not load (no language data...); "" while it loads or
        once it has."""
        return self._engine_error or ""

    @property
    def analyser_ready(self) -> bool:
        """Whether articles are analysed without waiting for an engine to load."""
        process = self._engine_process
        return self.engine_ready and (process is None or not process.starting)

    async def on_event(self, event: events.Event) -> None:
        # Keys and clicks that arrive once the app is closing (a fast typist's next
        # letter after q) would open screens that are never built.
        if isinstance(event, events.InputEvent) and self.return_code is not None:
            return
        await super().on_event(event)

    def on_unmount(self) -> None:
        self._resume_collector()  # the app closed while an article was opening
        if self._engine_process is not None:
            self._engine_process.close()

    def offer_placement_once(self) -> None:
        """Offer a new learner the level test, the first time this session that the
        library is on show (the CLI's first run; tests build the app without it)."""
        if self.offer_placement:
            self.offer_placement = False
            from reader.screens.placement import offer_placement

            offer_placement(self)

    # -- the learner -----------------------------------------------------------

    def refresh_learner(self) -> None:
        """Re-read statuses and due words after the store changed."""
        self.profile = self.store.profile()
        self.due = frozenset(self.store.due_keys(self.now()))

    def set_level(self, level: Level) -> None:
        self.store.set_setting("level", level.value)
        self.refresh_learner()

    def watch_mark_style(self, style: str) -> None:
        if self._settings_loaded and self.store.get_setting("highlight_style") != style:
            self.store.set_setting("highlight_style", style)

    def watch_theme(self, theme: str) -> None:
        if self._settings_loaded and self.store.get_setting("theme") != theme:
            self.store.set_setting("theme", theme)

    # -- actions ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The app's letter keys that leave the screen (s Settings) are off, and not in
        the key bar, on a screen whose letters are answers (the quiz): a learner typing
        "flames" opened Settings with its "s", and the digits and Enter that followed
        set the level to A1 (QA walk-through)."""
        letters_are_answers = getattr(self.screen, "LETTERS_ARE_ANSWERS", False)
        return not (action == "settings" and letters_are_answers)

    def action_help(self) -> None:
        from reader.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen.active_bindings))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's palette commands, less those that do not serve a learner ("Keys":
        ? lists them; "Maximize" the focused table; a second "Quit"), and the screenshot
        saved with the exports: Textual's went to ~/Downloads, which may not exist
        ("Failed to save screenshot", QA walk-through)."""
        for command in super().get_system_commands(screen):
            if command.title in {"Keys", "Maximize", "Minimize", "Quit"}:
                continue  # ("Quit": the app's own q binding is listed already)
            if command.title == "Screenshot":
                command = SystemCommand(
                    "Screenshot", f"Save an SVG picture of the screen in {self.export_dir}",
                    lambda: self.set_timer(SCREENSHOT_DELAY_S, self._save_screenshot))
            yield command

    def _save_screenshot(self) -> None:
        # Saved here, not by Textual's deliver_screenshot: its saving thread waits for
        # the app to hear it is done, and an app quit before that never exits.
        try:
            self.export_dir.mkdir(parents=True, exist_ok=True)
            saved = self.save_screenshot(path=str(self.export_dir))
        except OSError as error:
            from reader.exporting import export_problem

            self.notify(f"Could not save the screenshot: {export_problem(error, self.export_dir)}",
                        severity="error", markup=False)
            return
        from reader.exporting import notice_text_width, where_saved

        shown = where_saved(Path(saved), notice_text_width(self.size.width))
        self.notify(f"Saved the screenshot:\n{shown}", markup=False)

    def action_export_words(self, kind: str) -> None:
        """Save the learner's words as an Anki deck ("anki") or a spreadsheet ("csv")."""
        self.run_worker(partial(self._export_words, kind), thread=True, group="export",
                        exit_on_error=False)

    def _export_words(self, kind: str) -> None:
        from reader.exporting import (
            WORD_EXPORTS,
            export_problem,
            export_words,
            exported_statuses,
            nothing_exported,
            notice_text_width,
            where_saved,
        )
        from reader.labels import counted
        from vocab.store import StoreError

        try:
            engine = self.wait_for_engine()
        except LanguageDataMissing:
            engine = None  # the words go as saved
        try:
            count, path = export_words(self.store, kind, self.export_dir, self.now(), engine)
        except (OSError, StoreError) as error:
            self.call_from_thread(self.notify, "Could not save the export: "
                                  f"{export_problem(error, self.export_dir)}",
                                  title="Export", severity="error", markup=False)
            return
        if count == 0:
            message = nothing_exported(self.store, exported_statuses(kind))
        else:
            what = f"{counted(count, 'word')} as {WORD_EXPORTS[kind][1]}"
            shown = where_saved(path, notice_text_width(self.size.width))
            message = f"Saved {what}:\n{shown}"
        self.call_from_thread(self.notify, message, title="Export", timeout=12, markup=False)

    def action_settings(self) -> None:
        from reader.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    # -- articles ----------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        """Show an article in the reader (the screen it was left in, if it is kept)."""
        from reader.screens.reading import ReadingScreen

        self._pause_collector()
        name = _reading_screen_name(article_id)
        if article_id in self._reading_screens:
            kept = self.get_screen(name)
            if isinstance(kept, ReadingScreen) and kept.stored is not None \
                    and kept.record_reading():
                self._reading_screens.remove(article_id)
            else:  # gone since: a new screen looks again and says so
                self._drop_reading_screen(article_id)
        if not self.is_screen_installed(name):
            self.install_screen(ReadingScreen(article_id), name)
        if article_id not in self._reading_screens:
            self._reading_screens.append(article_id)
        self.push_screen(name)
        for old in self._reading_screens[:-KEPT_READING_SCREENS]:
            self._drop_reading_screen(old)

    def _pause_collector(self) -> None:
        if not self._collector_paused:
            self._collector_paused = True
            collector.pause()
            self.set_timer(OPENING_COLLECTOR_PAUSE_S, self._resume_collector)

    def _resume_collector(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            collector.resume()

    def forget_article(self, article_id: int) -> None:
        """The article was deleted: its kept screen goes too."""
        if article_id in self._reading_screens:
            self._drop_reading_screen(article_id)

    def _drop_reading_screen(self, article_id: int) -> None:
        name = _reading_screen_name(article_id)
        screen = self.get_screen(name)
        if screen in self.screen_stack:
            return  # under a screen opened from it; dropped on a later open
        self.uninstall_screen(name)
        self._reading_screens.remove(article_id)
        screen.remove()

    def action_open_screen(self, name: str, *args: Any) -> None:
        """Push a screen another module provides, e.g. ``open_screen('quiz')``."""
        module_name, class_name = NAMED_SCREENS.get(name, ("", ""))
        try:
            screen_class = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError, ValueError):
            self.notify(f"The {name} screen is not available in this version.",
                        severity="warning")
            return
        # Asked for again from over it (the palette, Settings' level test): back to it,
        # as the learner left it, rather than a second one stacked on the first.
        opened = next((s for s in reversed(self.screen_stack) if isinstance(s, screen_class)
                       and getattr(s, "opened_with", lambda *_: True)(*args)), None)
        if opened is None:
            self.push_screen(screen_class(*args))
            return
        while self.screen is not opened:
            self.pop_screen()

    # -- errors ----------------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Workers run with exit_on_error=False: their bugs go to the log, not the screen
        (a screen's workers: `reader.failures.ReportsWorkerFailures`)."""
        from reader.failures import report_worker_failure

        report_worker_failure(event)

    def _handle_exception(self, error: Exception) -> None:
        # Textual prints a traceback over the terminal on exit; ours go to the log.
        log.error("unexpected error", exc_info=error)
        if self.is_headless:  # tests: let the failure surface
            super()._handle_exception(error)
            return
        from reader.paths import log_path

        self._return_code = 1
        self._exit_renderables.append(
            f"reader: internal error ({error.__class__.__name__}); details in {log_path()}"
        )
        self._close_messages_no_wait()


def _reading_screen_name(article_id: int) -> str:
    return f"reading-{article_id}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _default_engine_loader(on_step: Callable[[SetupProgress], None]) -> Engine:
    from reader.paths import cache_dir
    from vocab.engine import load_engine

    # The set-up's messages for a terminal go to the log; the learner is told its steps.
    return load_engine(cache_dir(), progress=log.info, on_step=on_step)


def _default_engine_process(fallback: Callable[[], Engine]) -> EngineProcess:
    from reader.paths import cache_dir
    from vocab.engine_process import EngineProcess

    return EngineProcess(cache_dir(), fallback)


def create_app(
    store: Store | None = None,
    engine_loader: EngineLoader | None = None,
    now: Clock | None = None,
    *,
    offer_placement: bool = False,
    open_article: int | None = None,
    export_dir: Path | None = None,
) -> ReaderApp:
    """The app, with the learner store at ``store`` (the user's own when None).

    With the default engine (no ``engine_loader``), articles are analysed in a child
    process once it is ready (`EngineProcess`), so analysing does not slow the
    screen. ``offer_placement`` asks a new learner (no level, no words) to take the
    level test. ``open_article`` is the id of an article to show in the reader at
    start, over the library (`reader story.txt`). Exports go to ``export_dir`` (by
    default `paths.export_dir`).
    """
    if export_dir is None:
        from reader.paths import export_dir as default_export_dir

        export_dir = default_export_dir()
    if store is None:
        from reader.paths import store_path
        from vocab.store import Store

        store = Store.open(store_path())
    engine_process = None
    if engine_loader is None:
        def engine_loader() -> Engine:
            return _default_engine_loader(app.report_engine_progress)

        engine_process = _default_engine_process
    app = ReaderApp(store, engine_loader, now or _utc_now, offer_placement=offer_placement,
                    open_article=open_article, engine_process=engine_process,
                    export_dir=export_dir)
    return app
