"""Try new ranking signals against VOA's picks on held-out stories, before any reaches the engine.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/glossary_signals.py \
        ../shared/eval/voa-dev.jsonl [--concreteness FILE.csv] [--only NAME,...]

For every candidate of every story it computes the engine's features
(``vocab.features.FEATURES``) and a few experimental ones (the word's role in its
clauses, its WordNet field crossed with how common it is, how concrete it is when a
ratings file is given, whether it is the hardest word of its sentence, whether it is
derived from a commoner word, where the story first uses it...), then for
each group of experimental signals refits ``scripts/tune_glossary.py``'s pairwise
ranking with that group added and prints recall@k / recall@2k on the odd and even
halves (fit on the other) and in 5 folds. A signal worth adding to the engine raises
the held-out figures, not just the fit on all stories. Only figures are printed.
"""

from __future__ import annotations

import argparse
import csv
import math
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from tune_glossary import FOLDS, fit_pairwise, folds, gold_hits, recall  # noqa: E402

from reader.commands.evaluate import load_stories  # noqa: E402
from vocab.features import FEATURES  # noqa: E402
from vocab.glossary import collect_candidates  # noqa: E402
from vocab.models import LearnerProfile  # noqa: E402

_NOUN_TAGS = frozenset({"NN", "NNS"})
_NP_INSIDE = frozenset(
    {"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS", "NN", "NNS", "VBN", "VBG"}
)
_FIELDS = (
    "noun.act",
    "noun.cognition",
    "noun.communication",
    "noun.attribute",
    "noun.state",
    "noun.event",
    "noun.artifact",
    "noun.person",
    "noun.group",
    "noun.process",
    "noun.feeling",
    "noun.possession",
    "verb.communication",
    "verb.cognition",
    "verb.change",
    "verb.social",
    "verb.motion",
    "adj.all",
)


def _roles(tokens, at_list):  # type: ignore[no-untyped-def]
    """Shares of a noun's uses as a phrase's head, as a verb's object, as a subject,
    and as a modifier of another noun."""
    head = obj = subj = mod = 0
    for at in at_list:
        token = tokens[at]
        if token.pos not in _NOUN_TAGS:
            continue
        nxt = tokens[at + 1] if at + 1 < len(tokens) else None
        if nxt is not None and nxt.pos in _NOUN_TAGS and nxt.sentence == token.sentence:
            mod += 1
            continue
        head += 1
        back = at - 1
        while (
            back >= 0 and tokens[back].pos in _NP_INSIDE and tokens[back].sentence == token.sentence
        ):
            back -= 1
        if (
            back >= 0
            and tokens[back].pos.startswith("VB")
            and tokens[back].sentence == token.sentence
        ):
            obj += 1
        after = at + 1
        while after < len(tokens) and tokens[after].pos in ("RB", "MD"):
            after += 1
        if after < len(tokens) and tokens[after].pos in ("VBZ", "VBD", "VBP", "MD"):
            subj += 1
    n = max(1, len(at_list))
    return head / n, obj / n, subj / n, mod / n


def _wordnet_facts(lemma: str, upos: str):  # type: ignore[no-untyped-def]
    from nltk.corpus import wordnet as wn

    pos = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}.get(upos)
    synsets = wn.synsets(lemma.replace(" ", "_"), pos) if pos else []
    if not synsets:
        return "", 0.0, 0.0, 0
    first = synsets[0]
    lexname = first.lexname().replace("adj.pert", "adj.all")
    abstract = 0.0
    if pos == "n":
        roots = {s.name() for path in first.hypernym_paths() for s in path}
        abstract = 1.0 if "abstraction.n.06" in roots else 0.0
    depth = float(first.min_depth()) if pos in ("n", "v") else 0.0
    related = {r.name() for lem in first.lemmas() for r in lem.derivationally_related_forms()}
    return lexname, abstract, depth, len(related)


# Words before a use that say a term is being introduced ("what doctors call X").
_INTRODUCING = frozenset(
    {"called", "call", "calls", "known", "term", "word", "so-called", "dubbed", "named", "means"}
)


def _relatives(lemma: str, upos: str) -> set[str]:
    """The one-word WordNet derivations and pertainyms of ``lemma`` in its part of speech
    ("determine" for "determination")."""
    from nltk.corpus import wordnet as wn

    pos = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}.get(upos)
    if pos is None:
        return set()
    found = {
        other.name().lower()
        for synset in wn.synsets(lemma.replace(" ", "_"), pos)
        for lem in synset.lemmas()
        if lem.name().lower() == lemma
        for other in (*lem.derivationally_related_forms(), *lem.pertainyms())
    }
    return {word for word in found if "_" not in word and word != lemma}


def _used_in_its_rarer_pos(lemma: str, upos: str) -> bool:
    """Whether SemCor uses ``lemma`` over twice as often in another part of speech than
    the story's (a noun read as a verb: "to host")."""
    from nltk.corpus import wordnet as wn

    counts = {
        pos: sum(
            lem.count()
            for synset in wn.synsets(lemma.replace(" ", "_"), pos)
            for lem in synset.lemmas()
            if lem.name().lower() == lemma
        )
        for pos in "nvar"
    }
    own = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}.get(upos)
    top = max(counts, key=lambda pos: counts[pos])
    return own is not None and top != own and counts[top] > 2 * counts[own]


def _use_and_family_features(tokens, candidate, common: float, f) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Signals tried in session 44: derivation from a commoner word, a term introduced,
    part of speech and single use crossed with commonness, place in the story, the
    first sentence's length, a plural-only noun, a rarer part of speech, a compound's
    head."""
    from wordfreq import zipf_frequency

    out: dict[str, float] = {}
    occurrences = candidate.occurrences
    relatives = _relatives(candidate.lemma, candidate.upos)
    top = max((zipf_frequency(word, "en") for word in relatives), default=0.0)
    out["rel_commoner"] = 1.0 if top >= f["zipf"] + 0.5 and top >= 4.5 else 0.0
    out["rel_gap"] = max(0.0, min(3.0, top - f["zipf"]))
    out["rel_in_story"] = 1.0 if relatives & {t.lemma.lower() for t in tokens} else 0.0
    out["introduced"] = float(
        any(
            tokens[j].text.lower() in _INTRODUCING
            for at in occurrences
            for j in range(max(0, at - 3), at)
        )
    )
    for name in ("noun", "verb", "adj"):
        out[f"{name}_common"] = f[name] * common
    out["once"] = 1.0 if len(occurrences) == 1 else 0.0
    out["once_common"] = out["once"] * common
    place = occurrences[0] / max(1, len(tokens))
    out["late"] = 1.0 if place > 0.8 else 0.0
    out["early_quarter"] = 1.0 if place < 0.25 else 0.0
    sentence = tokens[occurrences[0]].sentence
    out["sentence_length"] = math.log1p(
        sum(1 for t in tokens if t.sentence == sentence and t.text[:1].isalpha())
    )
    out["plural_only"] = float(
        candidate.upos == "NOUN" and all(tokens[at].pos == "NNS" for at in occurrences)
    )
    out["other_pos"] = float(_used_in_its_rarer_pos(candidate.lemma, candidate.upos))
    out["other_pos_common"] = out["other_pos"] * common
    head = any(
        candidate.upos == "NOUN"
        and at
        and tokens[at - 1].pos in _NOUN_TAGS
        and tokens[at - 1].sentence == tokens[at].sentence
        and not tokens[at - 1].proper_noun
        for at in occurrences
    )
    out["compound_head"] = float(head)
    out["compound_head_common"] = float(head) * common
    return out


def extra_features(analysis, candidate, ratings) -> dict[str, float]:  # type: ignore[no-untyped-def]
    tokens = analysis.tokens
    f = candidate.features
    common = 1.0 if f["zipf"] >= 4.5 else 0.0
    out: dict[str, float] = {}
    head, obj, subj, mod = _roles(tokens, candidate.occurrences)
    out.update(
        role_head=head,
        role_object=obj,
        role_subject=subj,
        role_modifier=mod,
        role_object_common=obj * common,
        role_head_common=head * common,
    )
    lexname, abstract, depth, related = _wordnet_facts(candidate.lemma, candidate.upos)
    for field in _FIELDS:
        hit = 1.0 if lexname == field else 0.0
        out[f"field_{field}_common"] = hit * common
        out[f"field_{field}_b1b2"] = hit * (f["cefr_b1"] + f["cefr_b2"])
    out["abstract"] = abstract
    out["abstract_common"] = abstract * common
    out["abstract_b1b2"] = abstract * (f["cefr_b1"] + f["cefr_b2"])
    out["depth"] = depth
    out["depth_common"] = depth * common
    out["related_forms"] = math.log1p(related)
    # The hardest word of its first sentence: no other content word there is rarer.
    first = tokens[candidate.first]
    others = [
        t.zipf
        for t in tokens
        if t.sentence == first.sentence
        and t.upos in ("NOUN", "VERB", "ADJ", "ADV")
        and not t.proper_noun
        and t.lemma != first.lemma
    ]
    rarer = sum(1 for z in others if z < f["zipf"])
    out["hardest_in_sentence"] = 1.0 if rarer == 0 else 0.0
    out["hardest_common"] = out["hardest_in_sentence"] * common
    out["log_rarer_in_sentence"] = math.log1p(rarer)
    forms = {tokens[i].text.lower() for i in candidate.occurrences}
    out["forms"] = math.log(len(forms))
    out.update(_use_and_family_features(tokens, candidate, common, f))
    if ratings is not None:
        conc = ratings.get(candidate.lemma)
        out["conc"] = conc if conc is not None else 3.0
        out["conc_missing"] = 1.0 if conc is None else 0.0
        out["conc_common"] = (5.0 - out["conc"]) * common if conc is not None else 0.0
        out["conc_b1b2"] = (
            (5.0 - out["conc"]) * (f["cefr_b1"] + f["cefr_b2"]) if conc is not None else 0.0
        )
        out["abstract_rated_common"] = 1.0 if conc is not None and conc < 2.5 and common else 0.0
    return out


GROUPS: dict[str, Callable[[str], bool]] = {
    "role": lambda n: n.startswith("role_"),
    "role_object": lambda n: n in ("role_object", "role_object_common"),
    "field_common": lambda n: n.startswith("field_") and n.endswith("_common"),
    "field_b1b2": lambda n: n.startswith("field_") and n.endswith("_b1b2"),
    "abstract": lambda n: n.startswith("abstract") and "rated" not in n,
    "depth": lambda n: n.startswith("depth"),
    "related_forms": lambda n: n == "related_forms",
    "hardest": lambda n: n.startswith("hardest") or n == "log_rarer_in_sentence",
    "forms": lambda n: n == "forms",
    "conc": lambda n: n.startswith("conc"),
    "conc_common": lambda n: n in ("conc_common", "conc_missing"),
    "conc_b1b2": lambda n: n in ("conc_b1b2", "conc_missing"),
    "abstract_rated": lambda n: n == "abstract_rated_common",
    "relatives": lambda n: n.startswith("rel_"),
    "rel_commoner": lambda n: n == "rel_commoner",
    "rel_in_story": lambda n: n == "rel_in_story",
    "introduced": lambda n: n == "introduced",
    "pos_common": lambda n: n in ("noun_common", "verb_common", "adj_common"),
    "once": lambda n: n in ("once", "once_common"),
    "place": lambda n: n in ("late", "early_quarter"),
    "sentence_length": lambda n: n == "sentence_length",
    "plural_only": lambda n: n == "plural_only",
    "other_pos": lambda n: n.startswith("other_pos"),
    "compound_head": lambda n: n.startswith("compound_head"),
}


def load_ratings(path: Path | None) -> dict[str, float] | None:
    if path is None:
        return None
    with path.open(newline="", encoding="utf-8") as handle:
        return {
            row["Word"].lower(): float(row["Concreteness"])
            for row in csv.DictReader(handle)
            if row["Concreteness"]
        }


def build_rows(sources: list[Path], ratings):  # type: ignore[no-untyped-def]
    from reader.commands.common import load_engine_with_progress

    engine = load_engine_with_progress()
    stories = [s for source in sources for s in load_stories(source)]
    rows = []
    for story in stories:
        analysis = engine.analyse(story.article)
        candidates = collect_candidates(analysis, engine.senses, LearnerProfile(), engine.words)
        x = np.array([[c.features[f] for f in FEATURES] for c in candidates], dtype=float)
        extras = [extra_features(analysis, c, ratings) for c in candidates]
        hit = gold_hits(engine, analysis, story, candidates)
        rows.append((x.reshape(-1, len(FEATURES)), extras, hit, len(story.gold)))
    return rows


def leave_one_out(rows) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Recall of each story ranked with weights fitted on the 39 others, weighted by VOA
    entries: the held-out figure least moved by how the stories fall into halves or
    folds (one pick in a half is 0.008, so those differ by a pick or two by chance)."""
    at_k = at_2k = 0.0
    for at, row in enumerate(rows):
        k, k2 = recall([row], *fit_pairwise(rows[:at] + rows[at + 1 :]))
        at_k, at_2k = at_k + k * row[2], at_2k + k2 * row[2]
    total = sum(r[2] for r in rows)
    return at_k / total, at_2k / total


def report(name: str, rows, loo: bool = False) -> None:  # type: ignore[no-untyped-def]
    even, odd = rows[0::2], rows[1::2]
    w_all = fit_pairwise(rows)
    ro = recall(odd, *fit_pairwise(even))
    re_ = recall(even, *fit_pairwise(odd))
    fo = folds(rows, fit_pairwise, FOLDS)
    ra = recall(rows, *w_all)
    print(
        f"{name:16} all {ra[0]:.3f} {ra[1]:.3f}  odd {ro[0]:.3f} {ro[1]:.3f}  "
        f"even {re_[0]:.3f} {re_[1]:.3f}  folds {fo[0]:.3f} {fo[1]:.3f}  "
        f"mean-held-k {(ro[0] + re_[0] + 2 * fo[0]) / 4:.3f}"
        + ("  leave-one-out {:.3f} {:.3f}".format(*leave_one_out(rows)) if loo else ""),
        flush=True,
    )


def counts(rows, keep: Callable[[str], bool]) -> None:  # type: ignore[no-untyped-def]
    """Each wanted signal's mean on VOA's picks ranked below k (misses), the other
    candidates ranked within k (false picks) and VOA's picks within k (hits), ranked
    by the engine's features fitted on all stories: a signal worth trying tells the
    first two apart."""
    w, b = fit_pairwise([(x, hit, k) for x, _, hit, k in rows])
    names = sorted(n for n in rows[0][1][0] if keep(n))
    sums = {kind: dict.fromkeys(names, 0.0) for kind in ("misses", "false", "hits")}
    sizes = dict.fromkeys(sums, 0)
    for x, extras, hit, k in rows:
        rank = np.empty(len(x), dtype=int)
        rank[np.argsort(-(x @ w + b), kind="stable")] = np.arange(len(x))
        for at, values in enumerate(extras):
            picked, within = hit[at] >= 0, rank[at] < k
            kind = "hits" if picked and within else "misses" if picked else "false"
            if kind == "false" and not within:
                continue
            sizes[kind] += 1
            for name in names:
                sums[kind][name] += values[name]
    print("means on " + ", ".join(f"{size} {kind}" for kind, size in sizes.items()))
    for name in names:
        print(
            f"  {name:22} "
            + "  ".join(f"{kind} {sums[kind][name] / max(1, sizes[kind]):.3f}" for kind in sums)
        )


def with_extras(rows, keep: Callable[[str], bool]):  # type: ignore[no-untyped-def]
    out = []
    for x, extras, hit, k in rows:
        names = sorted(n for n in (extras[0] if extras else {}) if keep(n))
        add = np.array([[e[n] for n in names] for e in extras], dtype=float).reshape(len(x), -1)
        out.append((np.hstack([x, add]), hit, k))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--concreteness", type=Path)
    parser.add_argument("--only", default="")
    parser.add_argument("--rows", type=Path, help="keep the computed rows in this file")
    parser.add_argument(
        "--loo", action="store_true", help="also leave-one-story-out (a fit per story: slow)"
    )
    parser.add_argument(
        "--counts", action="store_true", help="each signal's mean on misses, false picks, hits"
    )
    args = parser.parse_args()
    if args.rows is not None and args.rows.exists():
        rows = pickle.loads(args.rows.read_bytes())
    else:
        rows = build_rows(args.sources, load_ratings(args.concreteness))
        if args.rows is not None:
            args.rows.write_bytes(pickle.dumps(rows))
    wanted = [g for g in args.only.split(",") if g] or list(GROUPS)
    if args.counts:
        counts(rows, lambda n: any(GROUPS[g](n) for g in wanted))
    report("engine features", [(x, hit, k) for x, _, hit, k in rows], args.loo)
    for group in wanted:
        extended = with_extras([(x, e, h, k) for x, e, h, k in rows], GROUPS[group])
        report("+" + group, extended, args.loo)


if __name__ == "__main__":
    main()
