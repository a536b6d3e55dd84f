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
        re.compile(r"^(?:error )?404\b|\bpage not found\b|\b(?:page|article|story)"
                   r" (?:you are looking for|you requested) (?:does not|doesn't|could not"
                   r"|can(?:no|')t) (?:exist|be found)\b", re.IGNORECASE),
        "is a “page not found” page, not a story: check the address.",
    ),
)


def not_a_story(title: str, body: str) -> str | None:
    """What a short page that is no story is, said as the rest of a sentence after its
    name ("gave a robot check instead of the story: ..."); None for a story."""
    if len(body.split()) > MAX_WORDS:
        return None
    for pattern, said in _KINDS:
        if pattern.search(title) or pattern.search(body):
            return said
    return None
