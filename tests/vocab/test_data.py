"""Finding WordNet and the tagger where users have them, the doctor report, setup."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from vocab import data
from vocab.models import LanguageDataMissing


def _nltk_data_with_everything() -> Path:
    """The NLTK data dir the session uses (``$NLTK_DATA``, set by tests/conftest.py)."""
    for entry in os.environ.get("NLTK_DATA", "").split(os.pathsep):
        if entry and (Path(entry) / "corpora" / "wordnet" / "lexnames").is_file():
            return Path(entry)
    return Path(__file__).resolve().parents[3] / "shared" / "nltk_data"


SHARED_NLTK_DATA = _nltk_data_with_everything()
SHARED_WORDNET = SHARED_NLTK_DATA / "corpora" / "wordnet"


def hide_nltk_data(monkeypatch: pytest.MonkeyPatch, root: Path) -> Path:
    """Make ``root`` the only NLTK data dir (also for ``~/nltk_data``); returns it."""
    import nltk.data

    root.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("NLTK_DATA", str(root))
    monkeypatch.setenv("HOME", str(root.parent))
    monkeypatch.setattr(nltk.data, "path", [str(root)])
    return root


def fake_debian(root: Path) -> Path:
    """Debian's ``/usr/share/wordnet``: the WordNet files without ``lexnames``."""
    root.mkdir(parents=True)
    for source in SHARED_WORDNET.iterdir():
        if source.name not in {"lexnames", "LICENSE"}:
            (root / source.name).symlink_to(source)
    return root


def nltk_dir_with(root: Path, *, wordnet: bool, tagger: bool) -> Path:
    """An NLTK data dir holding (links to) the shared WordNet and/or tagger."""
    if wordnet:
        (root / "corpora").mkdir(parents=True)
        (root / "corpora" / "wordnet").symlink_to(SHARED_WORDNET)
    if tagger:
        (root / "taggers").mkdir(parents=True)
        (root / "taggers" / data.TAGGER_RESOURCE).symlink_to(
            SHARED_NLTK_DATA / "taggers" / data.TAGGER_RESOURCE
        )
    return root


@pytest.fixture
def nothing_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No NLTK data anywhere and no Debian WordNet; returns the (empty) NLTK dir."""
    return hide_nltk_data(monkeypatch, tmp_path / "nltk_data")


def test_nltk_data_env_comes_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NLTK_DATA", str(tmp_path))
    assert data.nltk_search_path()[0] == tmp_path


def test_wordnet_found_in_nltk_data_path(tmp_path: Path) -> None:
    found = data.wordnet_dir(tmp_path / "cache", debian_root=tmp_path / "no-debian")
    assert found == SHARED_WORDNET
    assert data.wordnet_version(found) == "3.0"


def test_no_wordnet_anywhere(nothing_installed: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert data.wordnet_dir(cache, debian_root=tmp_path / "no-debian") is None
    with pytest.raises(LanguageDataMissing, match="reader setup") as missing:
        data.open_lexicon(cache, debian_root=tmp_path / "no-debian")
    assert "apt-get install wordnet-base wordnet-sense-index" in str(missing.value)
    assert "nltk.downloader wordnet" in str(missing.value)


def test_debian_wordnet_gets_an_nltk_layout(nothing_installed: Path, tmp_path: Path) -> None:
    debian = fake_debian(tmp_path / "debian")
    cache = tmp_path / "cache"
    found = data.wordnet_dir(cache, debian_root=debian)
    assert found == cache / "nltk_data" / "corpora" / "wordnet"
    # Our lexnames constant is byte-for-byte the file NLTK ships.
    assert (found / "lexnames").read_bytes() == (SHARED_WORDNET / "lexnames").read_bytes()
    # Copies: NLTK refuses symlinks out of the corpus dir and multiply-linked files.
    assert all(not (found / name).is_symlink() for name in data.WORDNET_FILES)
    assert all((found / name).stat().st_nlink == 1 for name in data.WORDNET_FILES)
    assert (found / "data.noun").stat().st_size == (debian / "data.noun").stat().st_size
    # A second look reuses the layout rather than copying again.
    before = (found / "data.noun").stat().st_mtime_ns
    assert data.wordnet_dir(cache, debian_root=debian) == found
    assert (found / "data.noun").stat().st_mtime_ns == before


@pytest.mark.filterwarnings("ignore:The multilingual functions")
def test_nltk_reads_the_debian_layout(
    nothing_installed: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import nltk.data
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    cache = tmp_path / "cache"
    found = data.wordnet_dir(cache, debian_root=fake_debian(tmp_path / "debian"))
    assert found is not None
    # The layout is an NLTK data dir: users' own NLTK code can read it from there.
    monkeypatch.setattr(nltk.data, "path", [str(cache / "nltk_data")])
    wordnet = WordNetCorpusReader(str(found), None)
    assert wordnet.synsets("counter", "v")[0].name() == "counter.v.01"


def test_incomplete_debian_wordnet_is_not_used(nothing_installed: Path, tmp_path: Path) -> None:
    debian = fake_debian(tmp_path / "debian")
    (debian / "data.verb").unlink()
    assert data.wordnet_dir(tmp_path / "cache", debian_root=debian) is None


def test_zipped_nltk_download_is_unpacked(nothing_installed: Path, tmp_path: Path) -> None:
    corpora = nothing_installed / "corpora"
    corpora.mkdir()
    with zipfile.ZipFile(corpora / "wordnet.zip", "w", zipfile.ZIP_STORED) as packed:
        for source in SHARED_WORDNET.iterdir():
            packed.write(source, f"wordnet/{source.name}")
    found = data.wordnet_dir(tmp_path / "cache", debian_root=tmp_path / "no-debian")
    assert found == tmp_path / "cache" / "nltk_data" / "corpora" / "wordnet"
    assert data.lexicon_key(found).startswith("wn3.0-")


def test_lexicon_key_changes_with_the_source(tmp_path: Path) -> None:
    source = tmp_path / "wordnet"
    source.mkdir()
    for name in data.WORDNET_FILES:
        (source / name).symlink_to(SHARED_WORDNET / name)
    key = data.lexicon_key(source)
    assert key.startswith("wn3.0-") and key.endswith(f"-s{data.SCHEMA_VERSION}")
    (source / "adv.exc").unlink()
    (source / "adv.exc").write_text("changed 1\n")
    assert data.lexicon_key(source) != key


def test_tagger_found_and_hidden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert data.tagger_available()
    hide_nltk_data(
        monkeypatch, nltk_dir_with(tmp_path / "wordnet-only", wordnet=True, tagger=False)
    )
    assert not data.tagger_available()


def test_load_tagger_prefers_the_perceptron(lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(data.TAGGER_ENV, raising=False)
    assert data.load_tagger(lexicon).name == "perceptron"
    assert data.load_tagger(lexicon, prefer="fallback").name == "fallback"
    monkeypatch.setenv(data.TAGGER_ENV, "fallback")
    assert data.load_tagger(lexicon).name == "fallback"


def test_load_tagger_without_the_perceptron(
    lexicon, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    hide_nltk_data(monkeypatch, nltk_dir_with(tmp_path / "nltk", wordnet=True, tagger=False))
    assert data.load_tagger(lexicon).name == "fallback"
    with pytest.raises(LanguageDataMissing, match="averaged_perceptron_tagger_eng"):
        data.load_tagger(lexicon, prefer="pretrained")
    with pytest.raises(ValueError):
        data.load_tagger(lexicon, prefer="best")


def test_doctor_with_everything(lexicon, session_cache_dir: Path, tmp_path: Path) -> None:
    report = data.doctor_report(session_cache_dir, data_dir=tmp_path)
    names = [resource.name for resource in report]
    assert names == [
        "WordNet",
        "POS tagger",
        "Lexicon",
        "CMUdict",
        "wordfreq data",
        "Learner store",
    ]
    assert data.all_required_found(report)
    lexicon_line = report[2]
    assert lexicon_line.found and lexicon_line.version == lexicon.version
    assert "in use: perceptron" in report[1].note


def test_doctor_with_nothing(nothing_installed: Path, tmp_path: Path) -> None:
    extra = data.Resource("Store check", False, "x", "", "corrupt", "reader learner repair")
    report = data.doctor_report(
        tmp_path / "cache", debian_root=tmp_path / "no-debian", extra_checks=[lambda: extra]
    )
    by_name = {resource.name: resource for resource in report}
    assert not data.all_required_found(report)
    assert not by_name["WordNet"].found and "reader setup" in by_name["WordNet"].fix
    assert not by_name["POS tagger"].found and not by_name["POS tagger"].required
    assert "in use: fallback" in by_name["POS tagger"].note
    assert report[-1] is extra


def test_setup_tries_downloads_then_apt(nothing_installed: Path, tmp_path: Path) -> None:
    asked: list[str] = []
    installed: list[tuple[str, ...]] = []
    lines: list[str] = []
    report = data.setup(
        tmp_path / "cache",
        progress=lines.append,
        allow_apt=True,
        debian_root=tmp_path / "no-debian",
        download=lambda package: asked.append(package) or False,
        install=lambda packages: installed.append(tuple(packages)) or False,
    )
    assert asked == ["wordnet", "averaged_perceptron_tagger_eng"]
    assert installed == [("wordnet-base", "wordnet-sense-index")]
    assert any("download failed" in line for line in lines)
    assert any(line.startswith("lexicon: not compiled") for line in lines)
    assert not data.all_required_found(report)


def test_setup_without_apt_says_what_to_run(nothing_installed: Path, tmp_path: Path) -> None:
    lines: list[str] = []
    data.setup(
        tmp_path / "cache",
        progress=lines.append,
        allow_apt=False,
        debian_root=tmp_path / "no-debian",
        download=lambda _package: False,
        install=lambda _packages: pytest.fail("apt-get must not run"),
    )
    assert any("sudo apt-get install wordnet-base wordnet-sense-index" in line for line in lines)


def test_download_gives_up_at_its_timeout() -> None:
    started = time.perf_counter()
    assert data.nltk_download("wordnet", timeout=0.05) is False
    assert time.perf_counter() - started < 5


def test_importing_the_data_modules_loads_no_nltk() -> None:
    import subprocess
    import sys

    code = (
        "import sys, vocab.data, vocab.lexicon, vocab.tagger; "
        "sys.exit(any(m.startswith('nltk') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=os.environ.copy(), check=False)
    assert done.returncode == 0


def test_nltk_wordnet_without_lexnames_gets_a_layout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    nltk_root = hide_nltk_data(monkeypatch, tmp_path / "nltk_data")
    fake_debian(nltk_root / "corpora" / "wordnet")  # the files, but no lexnames
    found = data.wordnet_dir(tmp_path / "cache", debian_root=tmp_path / "no-debian")
    assert found == tmp_path / "cache" / "nltk_data" / "corpora" / "wordnet"
    assert (found / "lexnames").read_text() == data.lexnames_text()


def test_unwritable_cache_says_what_to_do(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(data, "compile_lexicon", refuse)
    with pytest.raises(LanguageDataMissing, match="READER_CACHE_DIR"):
        data.open_lexicon(tmp_path / "cache", debian_root=tmp_path / "no-debian")


def test_a_lexicon_compiled_earlier_outlives_wordnet(
    nothing_installed: Path, tmp_path: Path
) -> None:
    from vocab import lexicon_build

    cache = tmp_path / "cache"
    cache.mkdir()
    earlier = data.lexicon_path(cache, f"wn3.0-0123456789ab-s{data.SCHEMA_VERSION}")
    tables = ("synsets", "senses", "relations", "lemma_links", "expressions")
    lexicon_build._write(earlier, {t: [] for t in tables}, {"version": "old"})
    no_debian = tmp_path / "no-debian"
    assert data.open_lexicon(cache, debian_root=no_debian).version == "old"
    report = data.doctor_report(cache, debian_root=no_debian)
    assert data.all_required_found(report)
    assert not report[0].found and not report[0].required
