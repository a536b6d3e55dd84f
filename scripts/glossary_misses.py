"""Where the glossary loses VOA's picks: each missed pick put in one cause, counted.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/glossary_misses.py \
        ../shared/eval/voa-dev.jsonl [-v]

For each VOA headword it says whether ``reader eval glossary`` finds it in the first
k entries, only in the first 2k, or not at all, and why not: no candidate (the
reasons of ``glossary_ceiling.py``), ranked in 2k..4k or below 4k by the full
ranking, or ranked within 2k but not listed: not reached (the list filled first, its
sentences crowded by picks), turned down by the glossary (a family listed, a level
known), given no entry, or listed as another headword (a compound it is read in).
For each candidate ranked too low it names the features that cost it most against
the mean of the story's first k (weight times difference). A pick missed in the
first 2k whose relative the glossary lists there instead (a word of its family,
"proudly" for "proud", or one word of VOA's phrase, "acquainted" for "acquainted
with") is counted apart: the headword, not the ranking, lost it. It prints counts
only (with -v each word, for reading on screen); nothing is written to disk.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from glossary_ceiling import source_and_engine, why_lost  # noqa: E402

from reader.commands.evaluate import entry_keys, gold_keys, load_stories  # noqa: E402
from vocab import glossary  # noqa: E402
from vocab.features import FEATURES  # noqa: E402
from vocab.glossary import rank_candidates  # noqa: E402
from vocab.models import GlossaryEntry, LearnerProfile  # noqa: E402
from vocab.word_family import derived_lemmas, same_family  # noqa: E402

WORST = 2  # features counted per word ranked too low


def cause(found_at: int | None, rank: int | None, k: int, lost: str,
          turned_down: str = "") -> str:
    if found_at is not None:
        return "hit@k" if found_at < k else "hit@2k only"
    if rank is None:
        return "not candidate: " + ("lemma mismatch" if lost.startswith("lemma") else lost)
    if rank < 2 * k:
        return f"ranked <2k, {turned_down or 'not reached (spread, size)'}"
    return "ranked 2k..4k" if rank < 4 * k else "ranked below 4k"


class GlossaryWatch:
    """What the glossary did with each candidate it was offered: turned down (a family
    listed, a level known, no definition) or listed under another headword (a compound
    it is read in: "nest" as "nest egg"). A pick ranked within 2k that the glossary was
    never offered was not reached: the list filled first, its sentence crowded by picks.
    Read by wrapping `glossary.spread_out`'s ``keep`` and `glossary.make_entry`."""

    def __init__(self) -> None:
        self.offered: dict[str, str] = {}
        self._spread_out = glossary.spread_out
        self._make_entry = glossary.make_entry
        glossary.spread_out = self._watched_spread_out  # type: ignore[assignment]
        glossary.make_entry = self._watched_make_entry  # type: ignore[assignment]

    def _watched_spread_out(self, analysis, ranked, keep=None):  # type: ignore[no-untyped-def]
        def watched(candidate):  # type: ignore[no-untyped-def]
            kept = keep is None or keep(candidate)
            self.offered.setdefault(candidate.lemma, "" if kept else "turned down by the glossary")
            return kept
        return self._spread_out(analysis, ranked, watched)

    def _watched_make_entry(self, analysis, candidate, *args, **kwargs):  # type: ignore[no-untyped-def]
        entry = self._make_entry(analysis, candidate, *args, **kwargs)
        if entry is None:
            self.offered[candidate.lemma] = "no entry (no definition, read from its parts)"
        elif entry.lemma != candidate.lemma:
            self.offered[candidate.lemma] = "listed as another headword (a compound)"
        return entry


# The prepositions the glossary prints with the word that takes them ("consist of") or
# around the noun of a fixed phrase ("for the sake of"), as `vocab.glossary` does.
_PREPOSITIONS = frozenset({"about", "against", "at", "for", "from", "in", "into", "of", "on",
                           "onto", "upon", "with", "by", "under"})


def phrase_word(headword: str) -> str:
    """The word of a phrase VOA glosses that the glossary prints in that phrase when the
    sense takes it: the verb or adjective before its preposition ("consist" of "consist
    of"), the noun of a preposition's frame ("sake" of "for the sake of"); "" for any
    other headword ("up a storm", "hit a roadblock", "melting pot")."""
    words = headword.lower().split()
    if len(words) == 2 and words[1] in _PREPOSITIONS:
        return words[0]
    if (words and words[0] in _PREPOSITIONS and words[-1] == "of"
            and (len(words) == 3 or len(words) == 4 and words[1] == "the")):
        return words[-2]
    return ""


def relative_listed(keys: set[str], ours: list[GlossaryEntry], lexicon) -> str:  # type: ignore[no-untyped-def]
    """The lemma of the first of ``ours`` that is a relative of VOA's headword (its
    ``keys``): a word of its family either way, or one word of a phrase VOA glosses
    whole; "" when none is."""
    for entry in ours:
        lemma = entry.lemma.lower()
        for key in keys:
            if " " in key:
                if " " not in lemma and lemma in key.split():
                    return lemma
            elif " " not in lemma and (same_family(key, lemma)
                                       or key in derived_lemmas(lemma, lexicon)
                                       or lemma in derived_lemmas(key, lexicon)):
                return lemma
    return ""


def main() -> None:
    args, engine = source_and_engine()
    profile = LearnerProfile()
    causes: Counter[str] = Counter()
    blamed: Counter[str] = Counter()
    relatives = 0
    watch = GlossaryWatch()
    for story in load_stories(args.source):
        watch.offered.clear()
        analysis = engine.analyse(story.article)
        k = len(story.gold)
        ranked = rank_candidates(analysis, engine.senses, profile, engine.words)
        ours = engine.glossary(analysis, max_entries=2 * k)
        top = ranked[:k]
        mean = {f: sum(c.features.get(f, 0.0) for c in top) / max(1, len(top))
                for f in FEATURES}
        for g in story.gold:
            keys = gold_keys(g.word)
            found_at = next((n for n, e in enumerate(ours) if keys & entry_keys(e)), None)
            rank = next((n for n, c in enumerate(ranked) if keys & gold_keys(c.lemma)), None)
            if rank is None and found_at is None and phrase_word(g.word):
                # "consist of", "for the sake of": the glossary's word printed in its frame.
                word_keys = gold_keys(phrase_word(g.word))
                rank = next((n for n, c in enumerate(ranked)
                             if word_keys & gold_keys(c.lemma)), None)
            lost = why_lost(analysis, keys) if rank is None and found_at is None else ""
            turned_down = watch.offered.get(ranked[rank].lemma, "") if rank is not None else ""
            reason = cause(found_at, rank, k, lost, turned_down)
            relative = "" if found_at is not None else relative_listed(
                keys, ours, engine.senses.lexicon)
            relatives += bool(relative)
            causes[reason] += 1
            worst: list[tuple[str, float]] = []
            if rank is not None and (found_at is None or found_at >= k):
                c = ranked[rank]
                cost = {f: glossary.WEIGHTS[f] * (c.features.get(f, 0.0) - mean[f])
                        for f in FEATURES}
                worst = sorted(cost.items(), key=lambda item: item[1])[:WORST]
                blamed.update(f for f, _ in worst)
            if args.v:
                costs = " ".join(f"{f}:{v:+.2f}" for f, v in worst)
                listed = f" (lists {relative})" if relative else ""
                print(f"{story.name[:30]:30} k={k:2} {g.word:20} {reason:36} "
                      f"{'' if rank is None else f'rank {rank}'} {costs}{listed}")
    total = sum(causes.values())
    print(f"\n{total} VOA entries")
    for reason, n in causes.most_common():
        print(f"  {n:4} {n / total:.3f} {reason}")
    print(f"  of the picks missed in the first 2k, {relatives} have a relative listed there "
          "instead (a word of their family, or one word of their phrase)")
    print(f"\nfeatures costing most (the {WORST} worst of each pick not in the first k):")
    for feature, n in blamed.most_common(10):
        print(f"  {n:4} {feature}")


if __name__ == "__main__":
    main()
