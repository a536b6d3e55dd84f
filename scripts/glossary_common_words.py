"""Why VOA glosses some common words: patterns of use counted on its picks and on the rest.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/glossary_common_words.py \
        ../shared/eval/voa-dev.jsonl [--rows FILE] [--test NAME,...]

Most of the VOA picks the ranking misses below 2k are words at Zipf 4.5 or more,
words a B1 reader has met ("glossary_false_picks.py": ~65 of the 145 missed at k).
For every such candidate of every story (a single word, not an expression) it asks
what the story does with the word that an ordinary common word does not: a sense
other than WordNet's first (as the sense chooser reads the story), of another field,
a sense SemCor tags less than half the time, one with a WordNet topic or usage
domain, one deeper in WordNet than the first; a part of speech the word is seldom
used in; a verb with a particle after it; a noun in a compound (before or after
another noun) or in a two-word WordNet entry with its neighbour; the story's topic
(three uses or more); in the headline; explained by the story; quoted; a late-
learned level (CEFR B2 or above), B1, or none; outside the NGSL's core; an abstract
field; in the lead; used once; three syllables or more; joined by
"and"/"or"; a noun after an adjective. It
counts each pattern among VOA's common picks (and those ranked below 2k) and among
the common candidates VOA left in the same stories: a signal can only help where
it separates the two (the lift, the picks' share over the others'). For the picks
alone it also says whether VOA's own definition reads closer to a later WordNet
sense than to the first (shared content words), which tells how often VOA glosses
a common word for a sense a learner does not know.

Then each pattern (``--test``, or the table's best by lift) is added to the
engine's features as "pattern and common" and refitted as
``glossary_signals.py`` does (odd/even halves, 5 folds), to see whether it holds
on held-out stories. Only counts and figures are printed; with ``--rows`` the
computed feature rows (numbers only) are kept for a rerun.

On the development stories (session 43) there are 88 common picks, 67 of them ranked
below 2k, against 4,026 common words left. VOA's definition reads closest to the
first sense for 39 of the 88, to a later one for 16 (33 share no word with any
gloss): VOA mostly glosses a common word in the sense a learner would guess, so the
sense the story uses is not what singles these words out. No pattern marks more than
40% of the picks, and the best lifts are 2-3 (late-learned level 11% of picks against
4% of the others, quoted 19/8%, compound head 11/5%, topic 31/14%, another field 18/8%);
a WordNet topic or usage domain, a particle, "defined in the text" and the headline
mark almost none of the picks, and a two-word WordNet entry marks fewer picks than
others (3% against 10%). Outside the NGSL's core marks 67% of the picks against 23%,
but the engine already weighs it. Refitted one at a time, each of the 24 patterns, and
the combinations tried (late level + topic + compound head; + compound modifier +
quoted; abstract + topic; outside NGSL core + B1; long + outside NGSL core), moved
recall@k on the held-out halves and 5 folds by one pick either way at most (engine
0.310/0.390, folds 0.361): the engine's features (Zipf bands, CEFR, NGSL, keyness,
quoted, count) already carry what these patterns say.

Nor do the common picks lose to other common words: half of them are among the first
10 of their story's ~100 common candidates (median place 9). They lose to the rarer
words (every story has at least k candidates below Zipf 4.5, most 2k or more), of
which VOA picks about as many: a list holding a tenth to a third of its places for
the best common words gains one pick in one half and loses as many in the other, and
the story's count of rarer words per entry, crossed with "common", refits flat.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from glossary_signals import report, with_extras  # noqa: E402
from tune_glossary import gold_hits  # noqa: E402

from reader.commands.evaluate import load_stories  # noqa: E402
from vocab.features import FEATURES, choose_sense, senses_of  # noqa: E402
from vocab.glossary import BIAS, WEIGHTS, collect_candidates, score  # noqa: E402
from vocab.models import LearnerProfile  # noqa: E402

COMMON_ZIPF = 4.5
PARTICLES = frozenset(
    {
        "up",
        "out",
        "off",
        "down",
        "over",
        "on",
        "in",
        "back",
        "away",
        "around",
        "through",
        "about",
        "along",
        "forward",
        "apart",
    }
)
ABSTRACT_FIELDS = frozenset(
    {
        "noun.cognition",
        "noun.attribute",
        "noun.act",
        "noun.state",
        "noun.communication",
        "noun.event",
        "noun.process",
        "noun.feeling",
        "noun.relation",
    }
)
WN_POS = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
# Words too plain to tell two definitions apart.
STOP = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "or",
        "and",
        "is",
        "are",
        "be",
        "that",
        "this",
        "which",
        "who",
        "something",
        "someone",
        "used",
        "very",
        "not",
        "as",
        "it",
        "its",
    }
)

PATTERNS = (
    "later_sense",
    "other_field",
    "minority_sense",
    "domain",
    "deeper_sense",
    "unusual_pos",
    "particle",
    "compound_modifier",
    "compound_head",
    "wordnet_pair",
    "topic",
    "in_title",
    "explained",
    "quoted",
    "late_level",
    "no_level",
    "abstract",
    "in_lead",
    "once",
    "long",
    "coordinated",
    "after_adjective",
    "outside_ngsl_core",
    "level_b1",
)
VOWELS = frozenset("aeiouy")


def _syllables(word: str) -> int:
    """Vowel groups: a rough syllable count, enough to tell "conversation" from "place"."""
    groups = sum(
        1 for i, c in enumerate(word) if c in VOWELS and (i == 0 or word[i - 1] not in VOWELS)
    )
    return max(1, groups - (1 if word.endswith("e") and groups > 1 else 0))


def _wn():  # type: ignore[no-untyped-def]
    from nltk.corpus import wordnet as wn

    return wn


def _pos_totals(lemma: str) -> dict[str, int]:
    """SemCor tag counts of ``lemma`` summed per WordNet part of speech."""
    totals: Counter[str] = Counter()
    for synset in _wn().synsets(lemma):
        pos = "a" if synset.pos() == "s" else synset.pos()
        totals[pos] += sum(lem.count() for lem in synset.lemmas() if lem.name().lower() == lemma)
    return dict(totals)


def _content(text: str) -> set[str]:
    return {
        w
        for w in "".join(c if c.isalpha() else " " for c in text.lower()).split()
        if w not in STOP and len(w) > 2
    }


def patterns(analysis, candidate, chooser) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Which of `PATTERNS` a common candidate shows in its story."""
    tokens = analysis.tokens
    f = candidate.features
    senses = senses_of(analysis, candidate, chooser)
    chosen = choose_sense(analysis, candidate, chooser)[0] if senses else None
    total = sum(s.count for s in senses)
    wn = _wn()
    domain = deeper = False
    if chosen is not None:
        try:
            synset = wn.synset(chosen.synset)
            domain = bool(synset.topic_domains() or synset.usage_domains())
            first = wn.synset(senses[0].synset)
            deeper = chosen.rank > 1 and synset.min_depth() > first.min_depth()
        except Exception:  # noqa: BLE001 (a synset name the compiled lexicon spells otherwise)
            pass
    totals = _pos_totals(candidate.lemma)
    own = totals.get(WN_POS.get(candidate.upos, ""), 0)
    uses = candidate.occurrences

    def next_word(at: int) -> str:
        return tokens[at + 1].text.lower() if at + 1 < len(tokens) else ""

    def is_noun(at: int) -> bool:
        return (
            0 <= at < len(tokens)
            and tokens[at].pos in ("NN", "NNS")
            and tokens[at].sentence == tokens[candidate.first].sentence
        )

    pair = False
    for at in uses:
        for a, b in ((at - 1, at), (at, at + 1)):
            if (
                a >= 0
                and b < len(tokens)
                and tokens[a].is_word
                and tokens[b].is_word
                and tokens[a].sentence == tokens[b].sentence
            ):
                key = f"{tokens[a].lemma.lower()}_{tokens[b].lemma.lower()}"
                if key.count("_") == 1 and wn.synsets(key):
                    pair = True
    return {
        "later_sense": chosen is not None and chosen.rank > 1,
        "other_field": f.get("rare_sense", 0.0) > 0,
        "minority_sense": chosen is not None and total > 0 and chosen.count < total / 2,
        "domain": domain,
        "deeper_sense": deeper,
        "unusual_pos": own > 0 and own < max(totals.values()) / 2,
        "particle": candidate.upos == "VERB"
        and any(
            next_word(at) in PARTICLES and tokens[at + 1].pos in ("RP", "IN", "RB") for at in uses
        ),
        "compound_modifier": candidate.upos == "NOUN"
        and any(tokens[at].pos in ("NN", "NNS") and is_noun(at + 1) for at in uses),
        "compound_head": candidate.upos == "NOUN"
        and any(
            tokens[at].pos in ("NN", "NNS") and is_noun(at - 1) and not tokens[at - 1].proper_noun
            for at in uses
        ),
        "wordnet_pair": pair,
        "topic": len(uses) >= 3,
        "in_title": f["in_title"] > 0,
        "explained": f["explained"] > 0,
        "quoted": f["quoted"] >= 0.5,
        "late_level": f["cefr_b2"] + f["cefr_c"] > 0,
        "no_level": f["cefr_missing"] > 0,
        "abstract": chosen is not None and chosen.lexname in ABSTRACT_FIELDS,
        "in_lead": f["in_lead"] > 0,
        "once": len(uses) == 1,
        "outside_ngsl_core": f["ngsl_core"] == 0,
        "level_b1": f["cefr_b1"] > 0,
        "long": _syllables(candidate.lemma) >= 3,
        "coordinated": any(
            next_word(at) in ("and", "or")
            or (at > 0 and tokens[at - 1].text.lower() in ("and", "or"))
            for at in uses
        ),
        "after_adjective": any(at > 0 and tokens[at - 1].pos in ("JJ", "JJR", "JJS") for at in uses)
        and candidate.upos == "NOUN",
    }


def voa_reads_later_sense(gold_definition: str, senses) -> bool | None:  # type: ignore[no-untyped-def]
    """Whether VOA's definition shares more content words with a later sense's gloss
    than with the first's (None when it shares none with any)."""
    words = _content(gold_definition)
    shared = [len(words & _content(s.definition + " " + " ".join(s.synonyms))) for s in senses]
    if not shared or max(shared) == 0:
        return None
    return shared.index(max(shared)) > 0 and max(shared) > shared[0]


def build(sources: Iterable[Path]):  # type: ignore[no-untyped-def]
    from reader.commands.common import load_engine_with_progress

    engine = load_engine_with_progress()
    chooser = engine.senses
    rows, table = [], []
    voa_sense: Counter[str] = Counter()
    for story in (s for source in sources for s in load_stories(source)):
        analysis = engine.analyse(story.article)
        candidates = collect_candidates(analysis, chooser, LearnerProfile(), engine.words)
        hits = gold_hits(engine, analysis, story, candidates)
        k = len(story.gold)
        order = sorted(range(len(candidates)), key=lambda i: -score(candidates[i].features))
        place = {i: n for n, i in enumerate(order)}
        extras = []
        for i, candidate in enumerate(candidates):
            common = candidate.expression is None and candidate.features["zipf"] >= COMMON_ZIPF
            found = patterns(analysis, candidate, chooser) if common else {}
            extras.append({p: 1.0 if found.get(p) else 0.0 for p in PATTERNS})
            if not common:
                continue
            picked = hits[i] >= 0
            table.append((picked, picked and place[i] >= 2 * k, found))
            if picked:
                senses = senses_of(analysis, candidate, chooser)
                later = voa_reads_later_sense(story.gold[hits[i]].definition, senses)
                voa_sense[
                    "no shared word"
                    if later is None
                    else "a later sense"
                    if later
                    else "the first sense"
                ] += 1
        x = np.array([[c.features[f] for f in FEATURES] for c in candidates], dtype=float)
        rows.append((x.reshape(-1, len(FEATURES)), extras, hits, k))
    return rows, table, voa_sense


def print_table(table, voa_sense: Counter[str]) -> list[str]:  # type: ignore[no-untyped-def]
    picks = [f for p, _, f in table if p]
    missed = [f for _, m, f in table if m]
    others = [f for p, _, f in table if not p]
    print(
        f"common candidates (Zipf {COMMON_ZIPF}+, single words): {len(picks)} VOA picks "
        f"({len(missed)} ranked below 2k), {len(others)} not picked"
    )
    print(f"{'pattern':18} {'picks':>11} {'below 2k':>11} {'others':>12}  lift")
    lifts = {}
    for name in PATTERNS:
        a = sum(f[name] for f in picks)
        b = sum(f[name] for f in missed)
        c = sum(f[name] for f in others)
        ra, rc = a / max(1, len(picks)), c / max(1, len(others))
        lifts[name] = ra / rc if rc else float("inf") if ra else 0.0
        print(
            f"{name:18} {a:4} {ra:5.2f}  {b:4} {b / max(1, len(missed)):5.2f}  "
            f"{c:5} {rc:5.2f}  {lifts[name]:5.2f}"
        )
    print(
        "VOA's definition of its common picks reads closest to: "
        + ", ".join(f"{n} {c}" for n, c in voa_sense.most_common())
    )
    return sorted(lifts, key=lifts.__getitem__, reverse=True)


def _engine_order(x: np.ndarray) -> np.ndarray:
    w = np.array([WEIGHTS[f] for f in FEATURES])
    return np.argsort(-(x @ w + BIAS), kind="stable")


def where_they_lose(rows) -> None:  # type: ignore[no-untyped-def]
    """Whether the common picks lose to other common words or to rarer ones: each
    pick's place among its story's common candidates (engine weights); then a list
    holding a share of its places for the best common words (a quota), on the odd and
    even stories; then the story's count of rarer candidates (over k) crossed with
    "common" as a refitted feature (fewer rare words, more room for common ones)."""
    zipf = FEATURES.index("zipf")
    places = []
    for x, _, hit, _ in rows:
        order = _engine_order(x)
        common = [i for i in order if x[i, zipf] >= COMMON_ZIPF]
        places += [n for n, i in enumerate(common) if hit[i] >= 0]
    got = np.array(places)
    print(
        f"\ncommon picks' place among their story's common candidates: median "
        f"{np.median(got):.0f}, first 10 {np.mean(got < 10):.2f}, first 20 {np.mean(got < 20):.2f}"
    )

    def listed(x: np.ndarray, size: int, share: float) -> list[int]:
        order = list(_engine_order(x))
        common = [i for i in order if x[i, zipf] >= COMMON_ZIPF][: round(size * share)]
        return common + [i for i in order if i not in common][: size - len(common)]

    for share in (0.0, 0.1, 0.2, 0.34):
        figures = []
        for part in (rows[1::2], rows[0::2]):
            at_k = at_2k = total = 0
            for x, _, hit, k in part:
                at_k += len({hit[i] for i in listed(x, k, share) if hit[i] >= 0})
                at_2k += len({hit[i] for i in listed(x, 2 * k, share) if hit[i] >= 0})
                total += k
            figures.append(f"{at_k / total:.3f} {at_2k / total:.3f}")
        print(f"a quota of {share:.2f} for common words: odd {figures[0]}  even {figures[1]}")
    crossed = []
    for x, _, hit, k in rows:
        common = x[:, zipf] >= COMMON_ZIPF
        room = common * np.log(max(1, int((~common).sum())) / k)
        crossed.append((np.hstack([x, room.reshape(-1, 1)]), hit, k))
    report("+rarer_per_k", crossed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--rows", type=Path, help="keep the computed numbers in this file")
    parser.add_argument(
        "--test", default="", help="patterns to refit with, a+b for two at once (default: best 6)"
    )
    args = parser.parse_args()
    if args.rows is not None and args.rows.exists():
        rows, table, voa_sense = pickle.loads(args.rows.read_bytes())
    else:
        rows, table, voa_sense = build(args.sources)
        if args.rows is not None:
            args.rows.write_bytes(pickle.dumps((rows, table, voa_sense)))
    best = print_table(table, voa_sense)
    wanted = [t for t in args.test.split(",") if t] or best[:6]
    print()
    report("engine features", [(x, hit, k) for x, _, hit, k in rows])
    for name in wanted:  # "a+b": both patterns at once
        report("+" + name, with_extras(rows, frozenset(name.split("+")).__contains__))
    where_they_lose(rows)


if __name__ == "__main__":
    main()
