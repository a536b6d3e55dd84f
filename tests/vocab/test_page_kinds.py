"""Pages that are not a story (a JavaScript app's shell, a robot check, a "page not
found") say so in one line with what to do; a paywall's prompts are not story text."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.models import ArticleError

STORY = (
    "Farmers in the northern valley say this year's apple harvest is the smallest in "
    "two decades, after a late frost damaged the blossoms in April."
)


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (
            "<html><head><title>Valley News</title></head><body><noscript>You need to enable"
            ' JavaScript to run this app.</noscript><div id="root"></div></body></html>',
            "JavaScript",
        ),
        (
            "<html><head><title>Just a moment...</title></head><body><h1>Checking your browser"
            " before accessing example.com.</h1><p>This process is automatic. Your browser will"
            " redirect to your requested content shortly.</p><p>DDoS protection by"
            " Cloudflare</p></body></html>",
            "robot check",
        ),
        (
            "<html><head><title>Page not found</title></head><body><h1>404</h1><p>Sorry, the"
            " page you are looking for does not exist. It may have been moved or deleted.</p>"
            "</body></html>",
            "page not found",
        ),
        (
            # A consent wall saved in place of the page: its banner had been imported
            # as a two-paragraph story (QA pages).
            "<html><head><title>Prices rise again - The Ledger</title></head><body>"
            '<div class="consent"><h2>We value your privacy</h2><p>We and our 842 partners'
            " store and/or access information on a device, such as cookies, and process"
            " personal data.</p><button>Accept all</button><button>Reject all</button>"
            "</div></body></html>",
            "cookie consent",
        ),
        (
            # A paywall under a story's first sentence: one sentence had been imported
            # as the whole story (QA pages).
            "<html><head><title>Late Frost</title></head><body><article><h1>Late Frost</h1>"
            f'<p>{STORY}</p><div class="paywall"><h2>Subscribe to continue reading</h2>'
            "<p>You have read all of your free articles this month.</p>"
            '<a href="/login">Already a subscriber? Log in</a></div></article></body></html>',
            "for subscribers",
        ),
    ],
)
def test_a_page_that_is_no_story_says_what_it_is(page: str, said: str) -> None:
    with pytest.raises(ArticleError, match=said):
        article_from_text(page, "page.html", "html")


@pytest.mark.parametrize(
    "story",
    [
        "Sites ask you to enable JavaScript, and some readers never do, the study found."
        " Engineers say the web works without it for most news stories.",
        "We value your privacy, the bank's letter said, but it sold our data anyway. The"
        " court will hear the case in May.",
        "The page you are looking for does not exist yet, the museum's director joked, because"
        " the new wing opens next year. Workers are still painting the walls.",
    ],
)
def test_a_story_about_such_pages_is_read(story: str) -> None:
    assert article_from_text(f"Web Pages\n\n{story}", "story.txt", "txt").body == story


@pytest.mark.parametrize(
    "prompt",
    [
        "Subscribe to continue reading",
        "You have reached your limit of free articles this month. Subscribe now for unlimited"
        " access.",
        "Already a subscriber? Log in",
        "This article is for subscribers only.",
        "Create a free account to continue reading.",
    ],
)
def test_a_paywalls_prompts_are_not_story_text(prompt: str) -> None:
    article = article_from_text(f"Late Frost\n\n{STORY}\n\n{prompt}", "story.txt", "txt")
    assert article.body == STORY


@pytest.mark.parametrize(
    "page",
    [
        '<html><head><script src="/app.js"></script></head><body><div id="root"></div>'
        "</body></html>",
        "<html><body>",  # saved before the page had loaded
    ],
    ids=["app-shell", "cut-off"],
)
def test_a_page_with_no_text_says_what_to_do_not_to_write_a_sentence(page: str) -> None:
    with pytest.raises(ArticleError) as refused:
        article_from_text(page, "story.html", "html")
    said = str(refused.value)
    assert said.startswith("story.html is a web page with no text in it")
    assert "copy the story into a .txt file" in said
    assert "give it at least a sentence" not in said
