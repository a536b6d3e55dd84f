"""``python -m benchmarks.run``: every speed case, ours beside the plain NLTK baseline.

Prints one table (Markdown): each measure's median and [min–max] over the runs,
the baseline's, their ratio and the target, met or not. ``--quick`` is the form
CI runs (one run each, small sizes) so the harness cannot rot; the full form is
run by hand and its table goes into docs/performance.md (``--write-doc``).

The machine is shared and noisy: ours and the baseline run alternately in the
same invocation (ours first in even rounds, the baseline first in odd ones) and
ratios are the median of each round's ratio, so a busy minute hits both.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import corpus
from benchmarks.measure import ProcessRun, Sample, run_process

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
DOC_START, DOC_END = "<!-- results:start -->", "<!-- results:end -->"
SHARED_NLTK_DATA = ROOT.parent / "shared" / "nltk_data"

# The targets.
COLD_CLI_RATIO = 4.0
THROUGHPUT_RATIO = 3.0
LIBRARY_SHOWN_S = 0.8
UNSEEN_ARTICLE_S = 0.3
CACHED_ARTICLE_S = 0.05
LIBRARY_QUERY_S = 0.1
PEAK_RSS_MB = 250.0
THROUGHPUT_SIZES = (1_000, 10_000, 100_000)
# Rounds of the longest text (each takes several seconds): a median, not one sample.
LONG_TEXT_ROUNDS = 3
# An unseen article of this many words is what the learner opens (target above).
UNSEEN_ARTICLE_WORDS = 1_000
# New processes that each open the unseen articles (the first one of each is a sample
# of "the first article after start").
OPEN_RUNS = 3


@dataclass
class Row:
    """One line of the table."""

    case: str
    measure: str
    ours: Sample
    baseline: Sample | None = None
    ratios: Sample | None = None  # per-round baseline/ours (times) or ours/baseline (rates)
    target: str = ""
    met: bool | None = None
    note: str = ""

    def cells(self) -> list[str]:
        ratio = f"{self.ratios.median:.1f}×" if self.ratios and self.ratios.values else ""
        met = {True: "met", False: "**not met**", None: ""}[self.met]
        return [self.case, self.measure, self.ours.text(),
                self.baseline.text() if self.baseline else "", ratio, self.target, met]


@dataclass
class Context:
    quick: bool
    repeat: int
    cache_dir: Path
    work: Path
    env: dict[str, str] = field(default_factory=dict)

    def data_dir(self, name: str) -> Path:
        """A fresh learner data dir (``READER_DATA_DIR``) for one run."""
        path = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.work))
        return path

    def env_for(self, data_dir: Path) -> dict[str, str]:
        # PYTHONPATH: child processes import this checkout (a worktree too), not
        # whichever one the virtualenv was installed from.
        return {**self.env, "READER_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}


# --- helpers -----------------------------------------------------------------------


def _reader_command() -> list[str]:
    """``reader`` as ``python -m reader`` (what the console script runs), from this checkout."""
    return [sys.executable, "-m", "reader"]


def _interleaved(rounds: int, ours: Callable[[], float], baseline: Callable[[], float]
                 ) -> Iterator[tuple[float, float]]:
    """(ours, baseline) per round, alternating which runs first."""
    for i in range(rounds):
        if i % 2 == 0:
            first = ours()
            yield first, baseline()
        else:
            second = baseline()
            yield ours(), second


def _status(value: float, limit: float, *, at_most: bool = True) -> bool:
    return value <= limit if at_most else value >= limit


def _ms(seconds: list[float]) -> Sample:
    return Sample("ms", [s * 1000 for s in seconds])


# --- case 1 and 6: cold CLI ------------------------------------------------------------


def cold_cli(ctx: Context) -> list[Row]:
    """``reader analyze <VOA seed> --json`` vs the baseline script, each a fresh process."""
    article = str(corpus.VOA_SEED)
    ours_cmd = [*_reader_command(), "analyze", article, "--json"]
    base_cmd = [sys.executable, "-m", "benchmarks.baseline", article]
    runs: dict[str, list[ProcessRun]] = {"ours": [], "baseline": []}

    def run(name: str, command: list[str]) -> float:
        done = run_process(command, env=ctx.env_for(ctx.data_dir("cli")), cwd=ROOT)
        runs[name].append(done)
        return done.seconds

    # Untimed: compiles the lexicon and word facts if missing, warms the page cache.
    run("ours", ours_cmd), run("baseline", base_cmd)
    runs = {"ours": [], "baseline": []}
    pairs = list(_interleaved(ctx.repeat, lambda: run("ours", ours_cmd),
                              lambda: run("baseline", base_cmd)))
    json.loads(runs["ours"][-1].stdout)  # a real analysis came out
    wall = Row("1 cold CLI", "`reader analyze` VOA seed, fresh process (wall)",
               Sample("s", [o for o, _ in pairs]), Sample("s", [b for _, b in pairs]),
               Sample("×", [b / o for o, b in pairs]), f"≥ {COLD_CLI_RATIO:g}× baseline")
    wall.met = wall.ratios is not None and wall.ratios.median >= COLD_CLI_RATIO
    cpu = Row("1 cold CLI", "same, CPU time (user+sys)",
              Sample("s", [r.cpu_seconds for r in runs["ours"]]),
              Sample("s", [r.cpu_seconds for r in runs["baseline"]]),
              Sample("×", [b.cpu_seconds / o.cpu_seconds
                           for o, b in zip(runs["ours"], runs["baseline"], strict=True)]),
              note="less sensitive to other load than wall time")
    rss = Row("6 memory", "peak RSS of the cold CLI process",
              Sample("MB", [r.peak_rss_mb for r in runs["ours"]]),
              Sample("MB", [r.peak_rss_mb for r in runs["baseline"]]),
              target=f"≤ {PEAK_RSS_MB:g} MB")
    rss.met = rss.ours.median <= PEAK_RSS_MB
    return [wall, cpu, rss]


# --- case 2: throughput -----------------------------------------------------------------


def throughput(ctx: Context) -> list[Row]:
    """Tokens/s of the full analysis (tokens, tags, lemmas, levels, glossary), in process."""
    from benchmarks.baseline import BaselinePipeline
    from vocab.engine import load_engine

    engine = load_engine(ctx.cache_dir)
    baseline = BaselinePipeline()
    sizes = THROUGHPUT_SIZES[:1] if ctx.quick else THROUGHPUT_SIZES
    return [row for words in sizes for row in _throughput_row(ctx, engine, baseline, words)]


def _throughput_row(ctx: Context, engine, baseline, words: int) -> list[Row]:  # type: ignore[no-untyped-def]
    """Two rows: ours with fresh word and sense caches each run (what a new text costs;
    the target is judged on it), and ours with the engine's caches kept (a running
    app, where the baseline's own caches are kept too)."""
    from vocab.engine import Engine

    text = corpus.text_of(words)
    article = corpus.article_of(text)
    counts = {}

    def full(with_engine: Engine) -> float:
        start = time.perf_counter()
        analysis = with_engine.analyse(article)
        with_engine.glossary(analysis)
        seconds = time.perf_counter() - start
        counts["ours"] = len(analysis.tokens)
        return seconds

    def fresh() -> float:
        return full(Engine(lexicon=engine.lexicon, tagger=engine.tagger,
                           words=engine.words.emptied(), pronouncer=engine.pronouncer))

    def base() -> float:
        baseline.forget_words()  # fresh, as ours: wordfreq would remember the last run
        start = time.perf_counter()
        counts["baseline"] = len(baseline.analyse(text))
        return time.perf_counter() - start

    if words == min(THROUGHPUT_SIZES):
        fresh(), base()  # warm: first use of each library in this process
    rounds = ctx.repeat if words < 100_000 else min(ctx.repeat, LONG_TEXT_ROUNDS)
    rounds = 1 if ctx.quick else rounds
    pairs = list(_interleaved(rounds, fresh, base))
    warm = [full(engine) for _ in range(rounds)]
    target = f"≥ {THROUGHPUT_RATIO:g}× baseline" if words >= 10_000 else ""
    base_median = statistics.median(b for _, b in pairs)
    row = Row("2 throughput", f"{words:,} words, full analysis, fresh caches (tokens/s)",
              Sample("tok/s", [counts["ours"] / o for o, _ in pairs]),
              Sample("tok/s", [counts["baseline"] / b for _, b in pairs]),
              Sample("×", [b / o for o, b in pairs]), target)
    if target:
        row.met = row.ratios is not None and row.ratios.median >= THROUGHPUT_RATIO
    kept = Row("2 throughput", f"{words:,} words, full analysis, engine caches kept (tokens/s)",
               Sample("tok/s", [counts["ours"] / w for w in warm]),
               ratios=Sample("×", [base_median / w for w in warm]),
               note="ratio against the baseline's median; caches as in a running app")
    return [row, kept]


# --- cases 3 and 4: the app ---------------------------------------------------------------


def _app_available() -> bool:
    try:
        import reader.app  # noqa: F401
        from reader.screens import library, reading  # noqa: F401
    except ImportError:
        return False
    return True


def _probe(ctx: Context, mode: str, data_dir: Path) -> tuple[dict, ProcessRun]:
    command = [sys.executable, "-m", "benchmarks.app_probe", mode, repr(time.monotonic())]
    # The probe's clock starts at the line above: the spawn is part of "since start".
    done = run_process(command, env=ctx.env_for(data_dir), cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1]), done


def _seeded_store(ctx: Context, name: str, articles: list, *,  # type: ignore[type-arg]
                  with_figures: bool = False) -> Path:
    """A learner store holding ``articles``; ``with_figures``: their level, glossary size
    and known share are saved already, so the library's background job does not
    analyse them while we time opening them (their analyses are still not cached)."""
    from vocab.models import Level
    from vocab.store import Store

    data_dir = ctx.data_dir(name)
    store = Store.open(data_dir / "learner.sqlite3")
    try:
        for article in articles:
            article_id = store.add_article(article)
            if with_figures:
                store.update_article_stats(article_id, Level.B2, 6, 0.9)
        store.set_setting("seeded", True)
        if with_figures:
            store.set_setting("figures_level", Level.B1.value)
    finally:
        store.close()
    return data_dir


def _seed_articles() -> list:  # type: ignore[type-arg]
    from vocab.articles import bundled_seed_paths, load_article

    return [load_article(path) for path in bundled_seed_paths()]


def _unseen_articles(count: int) -> list:  # type: ignore[type-arg]
    return [corpus.article_of(corpus.text_of(UNSEEN_ARTICLE_WORDS, seed=100 + i),
                              title=f"Unseen story {i}") for i in range(count)]


def app_cases(ctx: Context) -> list[Row]:
    if not _app_available():
        return [Row("3 app start", "reader.app not available yet", Sample("s"))]
    rounds = ctx.repeat
    library, first = Sample("s"), Sample("s")
    for _ in range(rounds + 1):  # the first round warms the page cache; not counted
        result, _run = _probe(ctx, "start", _seeded_store(ctx, "app", _seed_articles()))
        library.add(result["library_shown"])
        first.add(result["first_article_shown"])
    library.values.pop(0), first.values.pop(0)
    shown = Row("3 app start", "process start → library on screen", library,
                target=f"≤ {LIBRARY_SHOWN_S:g} s", met=library.median <= LIBRARY_SHOWN_S)
    article = Row("3 app start", "process start → first article displayed", first,
                  note="includes loading the engine")
    unseen_articles = _unseen_articles(2 if ctx.quick else 5)
    unseen, first_unseen = Sample("ms"), Sample("ms")
    # Each run a new process and store: the first article after start is the one a
    # learner waits for most (the engine's caches are still empty).
    for _ in range(1 if ctx.quick else OPEN_RUNS):
        data_dir = _seeded_store(ctx, "open", unseen_articles, with_figures=True)
        result, _run = _probe(ctx, "open", data_dir)
        opened = _ms(result["unseen_shown"])
        unseen.values.extend(opened.values)
        first_unseen.add(opened.values[0])
    in_session = _ms(result["reopened_in_session"])
    result, _run = _probe(ctx, "reopen", data_dir)
    from_store = _ms(result["reopened_from_store"])
    return [
        shown, article,
        Row("3 app start", f"unseen {UNSEEN_ARTICLE_WORDS:,}-word article analysed and shown",
            unseen, target=f"≤ {UNSEEN_ARTICLE_S * 1000:g} ms",
            met=unseen.median <= UNSEEN_ARTICLE_S * 1000),
        Row("3 app start", "the same, the first article opened after start",
            first_unseen, target=f"≤ {UNSEEN_ARTICLE_S * 1000:g} ms",
            met=first_unseen.median <= UNSEEN_ARTICLE_S * 1000),
        Row("4 reopen", "article analysed before, from the store's cache (new process)",
            from_store, target=f"≤ {CACHED_ARTICLE_S * 1000:g} ms",
            met=from_store.median <= CACHED_ARTICLE_S * 1000),
        Row("4 reopen", "article opened again in the same session", in_session,
            target=f"≤ {CACHED_ARTICLE_S * 1000:g} ms",
            met=in_session.median <= CACHED_ARTICLE_S * 1000),
    ]


# --- cases 5 and 6: library scale ------------------------------------------------------


def library_scale(ctx: Context) -> list[Row]:
    from benchmarks.library import LAYOUT, build_library
    from vocab.migrations import SCHEMA_VERSION

    count = 500 if ctx.quick else 10_000
    built = ctx.cache_dir / f"bench-library-{count}-v{SCHEMA_VERSION}-l{LAYOUT}.sqlite3"
    if not built.is_file():
        build_library(built.with_suffix(".tmp"), count)
        os.replace(built.with_suffix(".tmp"), built)
    rows: list[Row] = []
    data_dir = ctx.data_dir("library")
    store = data_dir / "learner.sqlite3"
    shutil.copyfile(built, store)
    done = run_process([sys.executable, "-m", "benchmarks.library", str(store),
                        str(ctx.repeat)], env=ctx.env_for(data_dir), cwd=ROOT)
    for name, seconds in json.loads(done.stdout).items():
        sample = _ms(seconds)
        query = name != "open store"
        rows.append(Row("5 library scale", f"{count:,} articles: store {name}", sample,
                        target=f"≤ {LIBRARY_QUERY_S * 1000:g} ms" if query else "",
                        met=sample.median <= LIBRARY_QUERY_S * 1000 if query else None))
    if not _app_available():
        return rows
    shown, sort, filtered, rss = Sample("s"), _ms([]), _ms([]), Sample("MB")
    own_rss, pss = Sample("MB"), Sample("MB")
    for _ in range(max(1, ctx.repeat - 1)):
        data_dir = ctx.data_dir("library-app")
        shutil.copyfile(built, data_dir / "learner.sqlite3")
        result, run = _probe(ctx, "library", data_dir)
        shown.add(result["library_shown"])
        sort.add(result["sort_redrawn"] * 1000)
        filtered.add(result["filter_redrawn"] * 1000)
        rss.add(result["peak_rss_mb"])
        own_rss.add(result["own_peak_rss_mb"])
        pss.add(result["pss_mb"])
    limit_ms = LIBRARY_QUERY_S * 1000
    rows += [
        Row("5 library scale", f"{count:,} articles: app start → library on screen", shown,
            target=f"≤ {LIBRARY_SHOWN_S:g} s", met=shown.median <= LIBRARY_SHOWN_S),
        Row("5 library scale", f"{count:,} articles: sort in the app (redrawn)", sort,
            target=f"≤ {limit_ms:g} ms", met=sort.median <= limit_ms),
        Row("5 library scale", f"{count:,} articles: filter in the app (redrawn)", filtered,
            target=f"≤ {limit_ms:g} ms", met=filtered.median <= limit_ms),
        Row("6 memory", f"peak RSS of the app with {count:,} articles, its own", own_rss),
        Row("6 memory", f"peak RSS of the app with {count:,} articles and its child processes",
            rss, target=f"≤ {PEAK_RSS_MB:g} MB", met=rss.median <= PEAK_RSS_MB,
            note="each process's peak, summed: pages they share are counted in each"),
        Row("6 memory", f"PSS of the app with {count:,} articles and its child processes",
            pss, note="proportional set size at the end: shared pages counted once"),
    ]
    return rows


CASES: dict[str, Callable[[Context], list[Row]]] = {
    "cold": cold_cli,
    "throughput": throughput,
    "app": app_cases,
    "library": library_scale,
}


# --- output ------------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    head = ["case", "measure", "ours: median [min–max]", "baseline", "ratio", "target", ""]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}; load average at the end: {load}")


def report(rows: list[Row], args: argparse.Namespace, seconds: float) -> str:
    command = "python -m benchmarks.run" + (" --quick" if args.quick else "") + (
        f" --repeat {args.repeat}" if args.repeat else "")
    notes = [f"- {row.measure}: {row.note}" for row in rows if row.note]
    return "\n".join([
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `{command}` ({seconds:.0f} s).",
        f"Machine: {machine()}.",
        "",
        table(rows),
        "",
        *notes,
    ]).rstrip() + "\n"


def write_doc(text: str, path: Path = DOC) -> None:
    """Replace the results block of docs/performance.md with ``text``."""
    doc = path.read_text(encoding="utf-8")
    start, end = doc.index(DOC_START) + len(DOC_START), doc.index(DOC_END)
    path.write_text(doc[:start] + "\n" + text + doc[end:], encoding="utf-8")


@contextmanager
def context(args: argparse.Namespace) -> Iterator[Context]:
    env = dict(os.environ)
    if "NLTK_DATA" not in env and SHARED_NLTK_DATA.is_dir():
        env["NLTK_DATA"] = str(SHARED_NLTK_DATA)
    os.environ["NLTK_DATA"] = env.get("NLTK_DATA", "")
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as work:
        if args.cache_dir:
            cache_dir = Path(args.cache_dir)
        elif env.get("READER_CACHE_DIR"):
            cache_dir = Path(env["READER_CACHE_DIR"])
        else:
            cache_dir = Path(work) / "cache"
        cache_dir.mkdir(parents=True, exist_ok=True)
        env["READER_CACHE_DIR"] = str(cache_dir)
        repeat = args.repeat or (1 if args.quick else 5)
        ctx = Context(quick=args.quick, repeat=repeat, cache_dir=cache_dir, work=Path(work),
                      env=env)
        os.environ["READER_CACHE_DIR"] = str(cache_dir)
        yield ctx


def _compile_language_data(ctx: Context) -> None:
    """Compile the lexicon and word facts before anything is timed, in a child process:
    compiling takes a few hundred MB, and a process spawned later by a parent that
    large reports the parent's peak as its own (``ru_maxrss`` keeps the high-water
    mark of the memory the child starts from), which spoils the cold CLI's figure."""
    code = ("import sys; from pathlib import Path; from vocab.engine import load_engine; "
            "load_engine(Path(sys.argv[1]), progress=lambda m: print(m, file=sys.stderr))")
    subprocess.run([sys.executable, "-c", code, str(ctx.cache_dir)], check=True,
                   env={**ctx.env, "PYTHONPATH": str(ROOT)}, cwd=ROOT)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one run each, small sizes (CI)")
    parser.add_argument("--repeat", type=int, default=0, help="runs per measure (default 5)")
    parser.add_argument("--cases", nargs="+", choices=list(CASES), default=list(CASES))
    parser.add_argument("--cache-dir", help="where the lexicon is compiled (default: a temp "
                        "dir, or $READER_CACHE_DIR)")
    parser.add_argument("--write-doc", action="store_true",
                        help=f"put the results into {DOC.relative_to(ROOT)}")
    parser.add_argument("--json", help="also write the rows to this JSON file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    start = time.perf_counter()
    rows: list[Row] = []
    with context(args) as ctx:
        _compile_language_data(ctx)
        for name in args.cases:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            rows += CASES[name](ctx)
    text = report(rows, args, time.perf_counter() - start)
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps([
            {"case": r.case, "measure": r.measure, "ours": r.ours.values, "unit": r.ours.unit,
             "baseline": r.baseline.values if r.baseline else None,
             "ratio": r.ratios.median if r.ratios and r.ratios.values else None,
             "target": r.target, "met": r.met} for r in rows], indent=1), encoding="utf-8")
    if args.write_doc:
        write_doc(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
