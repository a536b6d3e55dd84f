"""The "Words in This Story" panel: the story's own glossary (marked as such) and ours."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from vocab.models import GLOSSARY_HEADINGS, GlossaryEntry, GlossarySource


def entry_prompt(entry: GlossaryEntry) -> Content:
    """An entry in VOA's layout: **word** –*n.* definition."""
    return Content.assemble(
        (entry.word, "bold"), " –", (entry.label, "italic"), " ", entry.definition
    )


class GlossaryPanel(Vertical):
    """The article's glossary; choosing an entry asks the screen to show its first use."""

    # Escape closes the panel while it has the focus, and the key bar says so: it said
    # "esc Library" over an open glossary (QA walk-through).
    # g, which opened it, closes it too, unlabelled in the bar beside "esc Close glossary".
    BINDINGS = [Binding("escape", "close", "Close glossary"),
                Binding("g", "close", "Close glossary", show=False),
                Binding("n", "next_word", "Next word in the text", show=False)]

    entries: reactive[tuple[GlossaryEntry, ...] | None] = reactive(None, init=False)
    """None while the glossary is being prepared."""

    class EntrySelected(Message):
        def __init__(self, entry: GlossaryEntry) -> None:
            super().__init__()
            self.entry = entry

    class CloseRequested(Message):
        """The learner asked to close the panel (the screen knows where focus goes)."""

    class NextWordRequested(Message):
        """The learner asked for the text's next word ("n", as in the text)."""

    def __init__(self, *, headings: dict[GlossarySource, str] = GLOSSARY_HEADINGS,
                 id: str | None = None) -> None:  # noqa: A002 (Textual's own name)
        super().__init__(id=id)
        self.headings = headings  # `glossary_headings(article)`: whose own list it is

    def action_close(self) -> None:
        self.post_message(self.CloseRequested())

    def action_next_word(self) -> None:
        self.post_message(self.NextWordRequested())

    # Nothing composed: the title and the list are made when the panel is first shown
    # (`show`). Most openings of an article never show it; an OptionList, mounted and
    # styled with the screen, was about 40% of the time a cached article took to open,
    # and the hidden title alone ~1% more (issue 8).

    @property
    def options(self) -> OptionList | None:
        """The list of entries, once the panel has been shown."""
        return next(iter(self.query(OptionList)), None)

    async def show(self) -> OptionList:
        """Show the panel (making its list the first time) and return the list."""
        self.display = True
        options = self.options
        if options is None:
            options = OptionList(id="glossary-entries")
            await self.mount_all([Static("Words in This Story", classes="panel-title"),
                                  options])
            self._fill(options, self.entries)
        return options

    @property
    def highlighted_entry(self) -> GlossaryEntry | None:
        """The entry the list's cursor is on, if the list is shown and has one."""
        options = self.options
        if options is None or options.highlighted is None or not self.entries:
            return None
        option_id = options.get_option_at_index(options.highlighted).id
        return self._entry(option_id)

    def _entry(self, option_id: str | None) -> GlossaryEntry | None:
        if self.entries and option_id and option_id.startswith("entry-"):
            return self.entries[int(option_id.removeprefix("entry-"))]
        return None

    def watch_entries(self, entries: Sequence[GlossaryEntry] | None) -> None:
        options = self.options
        if options is not None:
            self._fill(options, entries)

    def _fill(self, options: OptionList, entries: Sequence[GlossaryEntry] | None) -> None:
        # A new list for the same story (a word marked known left it) keeps the cursor
        # where it was, so a learner going down the list is not sent back to its top.
        was_at = options.highlighted
        options.loading = entries is None
        options.clear_options()
        if not entries:
            if entries is not None:
                options.add_option(Option("No words to explain for your level.", disabled=True))
            return
        # One batch: added piecemeal to a list on screen, rules between entries got lost.
        batch: list[Option | None] = []
        for source, heading in self.headings.items():
            group = [(i, e) for i, e in enumerate(entries) if e.source == source]
            if not group:
                continue
            batch.append(Option(Content(heading).stylize("dim"), disabled=True))
            for i, entry in group:
                # A rule between entries: a wrapped definition must not run into the next word.
                batch.extend([Option(entry_prompt(entry), id=f"entry-{i}"), None])
        options.add_options(batch)
        enabled = [i for i, o in enumerate(options.options) if not o.disabled]
        if was_at is None:
            options.highlighted = enabled[0]
        else:
            options.highlighted = next((i for i in enabled if i >= was_at), enabled[-1])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = self._entry(event.option_id)
        if entry is not None:
            self.post_message(self.EntrySelected(entry))
