"""The "Words in This Story" panel: VOA's own glossary (marked as such) and ours."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from vocab.models import GlossaryEntry

HEADINGS = {
    "article": "From the story (VOA's own list)",
    # The story's key words for this learner: some at their level (as VOA glosses too),
    # so not all are highlighted; "for your level" promised only harder ones.
    "generated": "Key words of this story",
}


def entry_prompt(entry: GlossaryEntry) -> Content:
    """An entry in VOA's layout: **word** –*n.* definition."""
    return Content.assemble(
        (entry.word, "bold"), " –", (entry.label, "italic"), " ", entry.definition
    )


class GlossaryPanel(Vertical):
    """The article's glossary; choosing an entry asks the screen to show its first use."""

    # Escape closes the panel while it has the focus, and the key bar says so: it said
    # "esc Library" over an open glossary (QA walk-through).
    BINDINGS = [Binding("escape", "close", "Close glossary")]

    entries: reactive[tuple[GlossaryEntry, ...] | None] = reactive(None, init=False)
    """None while the glossary is being prepared."""

    class EntrySelected(Message):
        def __init__(self, entry: GlossaryEntry) -> None:
            super().__init__()
            self.entry = entry

    class CloseRequested(Message):
        """The learner asked to close the panel (the screen knows where focus goes)."""

    def action_close(self) -> None:
        self.post_message(self.CloseRequested())

    def compose(self) -> ComposeResult:
        yield Static("Words in This Story", classes="panel-title")
        # The list is made when the panel is first shown (`show`): most openings of an
        # article never show it, and an OptionList, mounted and styled with the screen,
        # was about 40% of the time a cached article took to open.

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
            await self.mount(options)
            self._fill(options, self.entries)
        return options

    def watch_entries(self, entries: Sequence[GlossaryEntry] | None) -> None:
        options = self.options
        if options is not None:
            self._fill(options, entries)

    @staticmethod
    def _fill(options: OptionList, entries: Sequence[GlossaryEntry] | None) -> None:
        options.loading = entries is None
        options.clear_options()
        if not entries:
            if entries is not None:
                options.add_option(Option("No words to explain for your level.", disabled=True))
            return
        # One batch: added piecemeal to a list on screen, rules between entries got lost.
        batch: list[Option | None] = []
        for source, heading in HEADINGS.items():
            group = [(i, e) for i, e in enumerate(entries) if e.source == source]
            if not group:
                continue
            batch.append(Option(Content(heading).stylize("dim"), disabled=True))
            for i, entry in group:
                # A rule between entries: a wrapped definition must not run into the next word.
                batch.extend([Option(entry_prompt(entry), id=f"entry-{i}"), None])
        options.add_options(batch)
        options.highlighted = next(
            (i for i, o in enumerate(options.options) if not o.disabled), None
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.entries and event.option_id and event.option_id.startswith("entry-"):
            self.post_message(self.EntrySelected(self.entries[int(event.option_id[6:])]))
