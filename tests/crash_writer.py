"""Write quiz answers to a learner store, printing each answer's id once it is committed.

Used by the store's crash test (killed with SIGKILL at random points: every id it
printed must be in the database) and by the two-writers test.

    python tests/crash_writer.py DB TAG COUNT [--shared]

``--shared`` also answers one word both writers share, so the two processes
update the same review card in turn.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vocab.store import QuizAnswer, Store


def main(argv: list[str]) -> int:
    path, tag, count = Path(argv[0]), argv[1], int(argv[2])
    shared = "--shared" in argv[3:]
    with Store.open(path) as store:
        for n in range(count):
            lemma = "shared" if shared and n % 2 else f"{tag}{n}"
            answer_id = store.record_answer(
                QuizAnswer(
                    item_type="meaning",
                    lemma=lemma,
                    upos="NOUN",
                    word=lemma,
                    prompt=f"{tag}-{n}",
                    given="x",
                    correct=n % 3 != 0,
                )
            )
            store.set_status(f"{tag}-status-{n}", "", "known", reason=tag)
            # Printed only after both commits returned: a promise that they are on disk.
            print(answer_id, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
