"""Word details: what a learner needs to know about the word they chose, and what to do."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.failures import ReportsWorkerFailures
from reader.widgets.key_bar import KeyBar
from vocab.definitions import other_meanings, shown_definition
from vocab.gloss_text import plain_gloss
from vocab.models import LanguageDataMissing, Sense, WordDetails, WordStatus
from vocab.senses import expression_key, sense_label
from vocab.word_family import mentions

if TYPE_CHECKING:
    from reader.app import ReaderApp
    from vocab.analysis import Analysis

# Other senses shown under the one this sentence uses, one per number key; WordNet lists
# dozens for "run". Four had left "drew level" (tied) out of reach (QA walk-through).
OTHER_SENSES_SHOWN = 9


@dataclass(frozen=True)
class WordChoice:
    """What the learner did in the details: an action ("" for none) and the sense shown;
    ``analysis``: the article read with a meaning the learner chose there, if they did."""

    index: int
    action: str
    definition: str = ""
    analysis: Analysis | None = None


# What the form a dictionary lists a word under is called ("colleague" for "colleagues").
BASE_FORM = "base form"

# Below this a word is "rare", said as "1 in N words": N then rounds to 1.1 million or
# more, never to "1 in 1 million", which is "1 per million".
RARE_BELOW_PER_MILLION = 0.95


def frequency_text(zipf: float) -> str:
    """Zipf frequency in words a learner can picture (Zipf = log10 of uses per billion)."""
    if zipf <= 0:
        return "rare"
    per_million = 10 ** (zipf - 3)
    if per_million >= 100:
        return f"very common ({per_million:,.0f} per million words)"
    if per_million >= 10:
        return f"common ({per_million:.0f} per million words)"
    if per_million >= RARE_BELOW_PER_MILLION:
        # One decimal, cut not rounded ("9.9", never "10", which is "common"); what
        # would be "1 in 1 million" is "1 per million".
        shown = max(math.floor(per_million * 10) / 10, 1)
        return f"less common ({shown:g} per million words)"
    return f"rare (1 in {_round_figure(1_000_000 / per_million)} words)"


def _round_figure(number: float) -> str:
    """A large count as a learner reads it: two significant figures, and millions in
    words ("43 million", not "42,657,952": the digits past two mean nothing here)."""
    rounded = float(f"{number:.2g}")
    if rounded >= 1_000_000:
        return f"{rounded / 1_000_000:g} million"
    return f"{rounded:,.0f}"


class DetailsReady(Message):
    def __init__(self, details: WordDetails | None, problem: str = "",
                 key: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.details = details
        self.problem = problem
        self.key = key  # (lemma, upos): what a meaning chosen here is kept under


class MeaningChosen(Message):
    """The learner's meaning is kept: the word read anew with it."""

    def __init__(self, analysis: Analysis, details: WordDetails) -> None:
        super().__init__()
        self.analysis = analysis
        self.details = details


class WordDetailsScreen(ReportsWorkerFailures, ModalScreen[WordChoice | None]):
    """The focused word: form, lemma, part of speech, level, sense in context, IPA.

    With the article's id, a learner who finds the meaning wrong picks the right one
    of "Other meanings" by its number: it is kept for the word (or the expression it
    is part of: "wind ... up") in this article, and the glossary, the quiz and the
    saved word use it."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("q", "close", "Close", show=False),
        Binding("k", "choose('known')", "Known"),
        Binding("l", "choose('learning')", "Learning"),
        Binding("i", "choose('ignored')", "Ignore"),
        Binding("r", "choose('review')", "Review later"),
        Binding("1", "meaning(1)", "Right meaning", key_display=f"1-{OTHER_SENSES_SHOWN}"),
        *(Binding(str(n), f"meaning({n})", show=False) for n in range(2, OTHER_SENSES_SHOWN + 1)),
    ]

    def __init__(self, analysis: Analysis, index: int, status: WordStatus,
                 article_id: int | None = None) -> None:
        super().__init__()
        self.analysis = analysis
        self.index = index
        self.status = status
        self.article_id = article_id
        self.details: WordDetails | None = None
        self._chosen: Analysis | None = None  # the article read with the learner's meaning
        self._key: tuple[str, str] | None = None  # the word as its meaning is kept
        self._kept_note = ""  # said under the meaning once the learner has chosen one

    def compose(self) -> ComposeResult:
        token = self.analysis.tokens[self.index]
        with VerticalScroll(id="details-box") as box:
            box.border_title = "Word details"
            yield Static(Content(token.dictionary_spelling), id="details-word")
            yield Static(id="details-facts")
            yield Static(id="details-sense")
            yield Static(id="details-sentence")
            yield Static(id="details-others")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#details-box").loading = True
        self._look_up()

    @work(thread=True, exit_on_error=False)
    def _look_up(self) -> None:
        app: ReaderApp = self.app  # type: ignore[assignment]
        try:
            engine = app.wait_for_engine()
        except LanguageDataMissing as missing:
            self.post_message(DetailsReady(None, str(missing)))
            return
        details = engine.word_details(self.analysis, self.index, app.profile)
        self.post_message(DetailsReady(details, key=engine.reading(self.analysis, self.index)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "meaning":
            return self.article_id is not None and bool(self._other_senses())
        return True

    def _other_senses(self) -> Sequence[Sense]:
        """The other meanings listed, numbered from 1: inside an expression, the
        expression's (its words' own meanings are not what the sentence uses, and are
        not chosen), else the word's unless under VOA's own definition (the story's
        editors chose it: a choice would change nothing)."""
        details = self.details
        if details is None:
            return ()
        if details.expression is not None:
            return details.expression_others[:OTHER_SENSES_SHOWN]
        if details.glossary_entry is not None and details.glossary_entry.source == "article":
            return ()
        return details.other_senses[:OTHER_SENSES_SHOWN]

    def _chosen_here(self, sense: Sense | None) -> bool:
        """Whether ``sense`` is the meaning the learner chose for this word, or for the
        expression it is part of when ``sense`` is the expression's."""
        details = self.details
        key = (expression_key(details.expression)
               if details is not None and details.expression is not None
               and sense is details.expression_sense else self._key)
        return (sense is not None and key is not None
                and self.analysis.chosen_senses.get(key) == sense.synset)

    def action_meaning(self, number: int) -> None:
        others = self._other_senses()
        if self.article_id is None or not 1 <= number <= len(others):
            return
        self.query_one("#details-box").loading = True
        self._keep_meaning(self.article_id, others[number - 1])

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _keep_meaning(self, article_id: int, sense: Sense) -> None:
        """Read the word again with the learner's meaning, and keep it (with the wording
        the learner now sees) for the word in this article."""
        app: ReaderApp = self.app  # type: ignore[assignment]
        try:
            engine = app.wait_for_engine()
        except LanguageDataMissing as missing:
            self.post_message(DetailsReady(None, str(missing)))
            return
        expression = self.details.expression if self.details is not None else None
        # An expression's meaning is kept under the expression ("wind up", a verb), as a
        # phrasal verb the learner saves is: the word alone keeps its own.
        lemma, upos = (expression_key(expression) if expression is not None
                       else engine.reading(self.analysis, self.index))
        chosen = self.analysis.with_chosen_senses(
            {**self.analysis.chosen_senses, (lemma, upos): sense.synset})
        details = engine.word_details(chosen, self.index, app.profile)
        definition = (details.expression_definition if expression is not None
                      else shown_definition(details))
        app.store.choose_sense(article_id, lemma, upos, sense.synset, definition,
                               now=app.now())
        self.post_message(MeaningChosen(chosen, details))

    def on_meaning_chosen(self, message: MeaningChosen) -> None:
        self.analysis = self._chosen = message.analysis
        expression = message.details.expression
        word = (expression.lemma if expression is not None
                else message.details.headword or message.details.token.lemma.lower())
        # Said under the meaning, in the dialog: a notice was drawn under the dialog
        # and cut off (QA walk-through).
        self._kept_note = f"This meaning is kept for “{word}” wherever this story uses it."
        self.on_details_ready(DetailsReady(message.details, key=self._key))
        self.refresh_bindings()

    def on_details_ready(self, message: DetailsReady) -> None:
        self.query_one("#details-box").loading = False
        if message.details is None:
            self.query_one("#details-sense", Static).update(Content(message.problem))
            return
        self.details = message.details
        self._key = message.key or self._key
        self._show(message.details)
        self.refresh_bindings()

    def _show(self, details: WordDetails) -> None:
        token = details.token
        # As the context reads it: "binding" (adj.) in "legally binding", not "bind".
        lemma, zipf = ((details.headword, details.headword_zipf) if details.headword
                       else (token.lemma, token.zipf))
        if token.proper_noun:
            # A name has no level to learn, and no frequency as a word: "Russia" was
            # "level no level   rare" (QA walk-through).
            facts = [("a name", "italic")]
        elif token.upos == "NUM":
            facts = [("a number", "italic")]  # "five" was "level no level   rare" too
        else:
            # "base form", a learner's dictionary's words: "lemma" is a linguist's
            # (QA walk-through).
            facts = [
                (f"{BASE_FORM} ", "dim"), (lemma, "bold"),
                ("   ", ""), (details.voa_pos or token.upos.lower(), "italic"),
                *([("   level ", "dim"), (token.level.value, "bold")] if token.level else []),
                ("   ", ""), (frequency_text(zipf), ""),
            ]
        if details.ipa:
            # Named: the form in the text ("colleagues") is not the lemma shown before it.
            facts += [(f"\nsay “{details.ipa_of}” ", "dim"),
                      (f"/{details.ipa.strip('/')}/", "")]
        facts += [("\nyour status: ", "dim"), (self.status.value, "bold")]
        self.query_one("#details-facts", Static).update(Content.assemble(*facts))
        sense = details.sense
        entry = details.glossary_entry
        meaning: Content | None = None  # nothing of the word's own to say
        # Inside an expression ("keep in touch"), the word alone means less than the
        # expression it is part of, which comes first and is what this sentence uses:
        # "price gouging" read "In this sentence:" twice, the second the word's own
        # sense (QA walk-through).
        on_its_own = (f"“{token.dictionary_spelling}” on its own: "
                      if details.expression is not None else "")
        if entry is not None and entry.source == "article":
            whose = "VOA" if self.analysis.article.from_voa else "the story's list"
            meaning = Content.assemble((f"In this story ({whose}): ", "bold"), entry.definition)
        elif sense is not None:
            # The learner's choice holds for the whole story, not this sentence alone
            # ("Last spring" and "an old spring": QA).
            label = (on_its_own or ("In this story (your choice): " if self._chosen_here(sense)
                                    else "In this sentence: "))
            meaning = Content.assemble((label, "bold"), details.definition or plain_gloss(sense))
            # A synset's examples show any of its words ("seek": "He tried to shake off
            # his fears"): only one that uses this word is an example of it.
            example = next((e for e in sense.examples if mentions(e, token.lemma)
                            or mentions(e, token.text)), None)
            if example is not None:
                meaning += Content.assemble(("\n  e.g. ", "dim"), (example, "italic"))
        elif details.definition:  # a pronoun the tag set calls a noun, a word of grammar
            meaning = Content.assemble((on_its_own or "In this sentence: ", "bold"),
                                       details.definition)
        elif details.parts:  # a compound the dictionary lacks: what it is made of
            pieces: list[tuple[str, str] | str] = [("Made of:", "bold")]
            for part, part_meaning in details.parts:
                pieces += ["\n  ", (part, "bold"), f" – {part_meaning}"]
            meaning = Content.assemble(*pieces)
        elif token.proper_noun:
            meaning = Content("A name of a person, a place or a group: nothing to learn "
                              "as a word.")
        expression = details.expression
        if expression is not None:
            kind = "noun" if expression.kind == "compound" else expression.kind
            label = ("In this story (your choice): "
                     if self._chosen_here(details.expression_sense) else "In this sentence: ")
            meaning = Content.assemble(
                (label, "bold"), f"part of the {kind} ",
                (f"“{expression.lemma}”", "bold"),
                f": {details.expression_definition}" if details.expression_definition
                else "",
                # A particle has nothing of its own to add to its phrasal verb ("up").
                Content("\n") + meaning if meaning is not None else "")
        elif meaning is None:
            meaning = Content("No dictionary definition found.")
        if self._kept_note:
            meaning += Content.assemble("\n", ("✓ " + self._kept_note, "italic"))
        self.query_one("#details-sense", Static).update(meaning)
        self.query_one("#details-sentence", Static).update(self._sentence(details))
        others = other_meanings(details)[:OTHER_SENSES_SHOWN]
        self.query_one("#details-others").display = bool(others)
        if others:
            numbered = self.article_id is not None and bool(self._other_senses())
            # Under an expression of one meaning ("power plant") they are the word's own,
            # not the expression's, and said so.
            whose = (f" of “{token.dictionary_spelling}” on its own" if expression is not None
                     and not details.expression_others else "")
            lines = [Content.assemble(
                (f"Other meanings{whose}:", "bold"),
                (" (the right one is here? press its number)", "dim") if numbered else "")]
            # Each worded as the meaning above would be, were it chosen (QA walk-through:
            # "octopus" as food read WordNet's gloss here, "a kind of seafood" chosen).
            lines += [Content(f"{f'{n}.' if numbered else '•'} {sense_label(s)} {wording}")
                      for n, (s, wording) in enumerate(others, 1)]
            self.query_one("#details-others", Static).update(Content("\n").join(lines))

    def _sentence(self, details: WordDetails) -> Content:
        start, _ = self.analysis.sentences[details.token.sentence]
        text = Content(details.sentence)
        begin = details.token.start - start
        if 0 <= begin < len(details.sentence):
            text = text.stylize("bold underline", begin, details.token.end - start)
        return Content.assemble(("Sentence: ", "bold"), text)

    def _definition(self) -> str:
        return shown_definition(self.details) if self.details is not None else ""

    def action_choose(self, action: str) -> None:
        self.dismiss(WordChoice(self.index, action, self._definition(), self._chosen))

    def action_close(self) -> None:
        self.dismiss(WordChoice(self.index, "", self._definition(), self._chosen))
