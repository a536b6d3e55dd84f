"""Pages that hold no story: a JavaScript app's empty shell, a robot check, a "page not
found". Fetched or saved, each had been imported as a one-line article ("You need to
enable JavaScript to run this app.", QA7); `not_a_story` says which one a short text
is, so the import can say what to do instead.
"""

from __future__ import annotations

import re

# Past this many words a text is a story, whatever it says about JavaScript or robots.
MAX_WORDS = 60

_COPY_IT = "open it in a browser, copy the story into a .txt file and import that"

# A web page with no text at all: a page built by its scripts, saved before they ran (or
# saved from a browser that had not run them), had been "too short to read (0 words):
# give it at least a sentence", words meant for a learner's own typed text.
EMPTY_PAGE = (
    "is a web page with no text in it (a page may build its story in the browser): "
    f"{_COPY_IT}."
)

# Each kind: what gives it away (in its title or text) and what the learner is told.
_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b(?:enable|turn on|activate) javascript\b|\bjavascript (?:is )?"
                   r"(?:required|disabled|needed)\b|\brequires javascript\b", re.IGNORECASE),
        f"shows its story only with JavaScript, which the reader does not run: {_COPY_IT}.",
    ),
    (
        re.compile(r"\bchecking (?:your browser|if the site connection is secure)\b"
                   r"|\bverify(?:ing)? (?:that )?you are (?:a )?human\b|\bare you a robot\b"
                   r"|\bddos protection by\b|\bplease complete the captcha\b", re.IGNORECASE),
        f"gave a robot check instead of the story: {_COPY_IT}.",
    ),
    (
        # A consent wall: the cookie banner that stands in for the page until a
        # browser answers it ("We value your privacy. We and our 842 partners store
        # and/or access information on a device...").
        re.compile(r"\bwe value your privacy\b|\bwe and our (?:\d[\d,]* )?(?:partners|vendors)\b"
                   r"|\bstore and(?:/or)? access information on (?:a|your) device\b"
                   r"|\bbefore you continue to\b", re.IGNORECASE),
        "shows a cookie consent box instead of the story: open it in a browser, answer"
        " the box, copy the story into a .txt file and import that.",
    ),
    (
        re.compile(r"^(?:error )?404\b|\bpage not found\b|\b(?:page|article|story)"
                   r" (?:you are looking for|you requested) (?:does not|doesn't|could not"
                   r"|can(?:no|')t) (?:exist|be found)\b", re.IGNORECASE),
        "is a “page not found” page, not a story: check the address.",
    ),
)


# A paywall's prompts, among the lines the cleaning took out ("Subscribe to continue
# reading", "You have read all of your free articles this month").
_PAYWALL = re.compile(
    r"\b(?:subscribe|sign up|log in|sign in|register)\b.{0,30}\bto (?:continue|keep) reading\b"
    r"|\balready (?:a )?(?:subscriber|member)\b|\bfor subscribers(?: only)?\b"
    r"|\bfree articles?\b.{0,40}\b(?:this|per|a) month\b|\bsubscribers? only\b",
    re.IGNORECASE)


def behind_a_paywall(body: str, removed: tuple[str, ...]) -> str | None:
    """What to tell a learner whose page shows only a story's first lines above a
    paywall's prompts, said as the rest of a sentence after its name; None when the
    text is longer or no paywall's prompt was taken out. One sentence of a story had
    been imported as the whole of it (QA pages)."""
    if len(body.split()) > MAX_WORDS or not any(_PAYWALL.search(line) for line in removed):
        return None
    return ("shows only the first lines of its story (the rest is for subscribers): "
            "if you can read it all in a browser, copy it into a .txt file and import that.")


def not_a_story(title: str, body: str) -> str | None:
    """What a short page that is no story is, said as the rest of a sentence after its
    name ("gave a robot check instead of the story: ..."); None for a story."""
    if len(body.split()) > MAX_WORDS:
        return None
    for pattern, said in _KINDS:
        if pattern.search(title) or pattern.search(body):
            return said
    return None
