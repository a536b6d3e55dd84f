"""Page furniture: the whole lines of a page that are not its story's text.

Share buttons and bars, menus, subscribe prompts, cookie banners, copyright notices,
reading times, players' buttons, calls to comment or write, credits and sign-offs,
advertisements, photo credits and captions' credits, "Read more" teasers and comment
widgets: each rule is a pattern that must match a whole line, with why it is not
article text, and none removes a line longer than `MAX_CLUTTER_WORDS`
(`is_furniture`). The cleaner (`vocab.clean`) decides where in a text each is looked
for; the rules are joined into one pattern, so a line costs one search.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vocab.story_header import BYLINE_OPENING, EMAIL_ADDRESS, NAME_WORD

# Captions, credits and sign-offs are one or two sentences; a rule never removes a
# paragraph longer than this, whatever it matches.
MAX_CLUTTER_WORDS = 60

_APOSTROPHE = "['\u2019]"


# Social networks named by share buttons.
_NETWORK = (r"(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|telegram|pinterest"
            r"|threads|bluesky|instagram|youtube|tiktok|messenger|print|copy (?:article )?link"
            r"|sms|save)")


# What a share button says before the network's name: "Share on", "Post to".
_SHARE_VERB = r"(?:share|tweet|post|send)(?: (?:on|via|to|by))?"


# An embed a consent notice holds the place of, and what it asks: "to watch this
# video", "accept marketing cookies".
_EMBED_VIEW = r"(?:view|see|watch|load|play) this (?:content|video|post|tweet|embed|map|media)"
_ACCEPT_COOKIES = r"(?:accept|enable|allow) (?:the )?(?:[\w-]+ ){0,2}cookies"


def _line(pattern: str) -> str:
    """A case-insensitive pattern that must match the whole line."""
    return rf"(?i:^(?:{pattern})$)"


# Share and print buttons: "Share", "Share on Facebook", "Share this article".
_SHARE_BUTTON = _line(
    r"(?:share|tweet|email|e-mail|print|pin it|copy link)"
    r"(?: (?:this|the) (?:article|story|page|post|video))?"
    r"(?: (?:on|via|to|with) [\w ]{1,25})?\W*"
)
# A network's name alone ("Facebook", "X"): a share button only among other share
# buttons, since a subheading or a list of apps may name one too.
LONE_NETWORK = re.compile(_line(rf"{_NETWORK}\W*"))
SHARE_BUTTON_LINE = re.compile(_SHARE_BUTTON)
# Up to two questions or exclamations that open a line, before a call to comment or
# write ("What do you think? ...", "Do you have a question for the teacher? ...").
_QUESTIONS_BEFORE = r"^(?:[^.!?]{1,150}[?!]\s+){0,2}"

# One credit of a news story's sign-off: "Tom Green reported this story from Lagos",
# "Additional reporting by Ana Silva and Tom Green", "Editing by Jane Doe".
_NAMES_LIST = (rf"{NAME_WORD}(?: {NAME_WORD}){{0,3}}"
               rf"(?:(?:,| and|, and) {NAME_WORD}(?: {NAME_WORD}){{0,3}})*")
_CREDIT = (rf"(?:{_NAMES_LIST} (?:reported|wrote|produced) (?:this|the) (?:story|report|article)"
           rf"(?: (?:from|in) {NAME_WORD}(?: {NAME_WORD}){{0,3}})?"
           rf"|(?:(?:[Aa]dditional )?[Rr]eporting|[Ee]diting) by {_NAMES_LIST})")

# A blog's like button (WordPress): its heading "Like this:" over "Like Loading...";
# the heading alone may end a story's line ("Do it like this:"), so it goes only so.
LIKE_HEADING = re.compile(_line(r"like this\s*:"))
LIKES_LOADING = re.compile(_line(r"like loading(?:\.{3}|\u2026)?"))

# A photo's credit on a line of its own, under its caption (NPR): "Jenny Kane/AP".
_LONE_PHOTO_CREDIT = (r"^[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,3}/(?:[A-Z][\w.&'\u2019-]*"
                      r"(?: [A-Z][\w.&'\u2019-]*){0,4})$")
LONE_PHOTO_CREDIT = re.compile(_LONE_PHOTO_CREDIT)

# Whole-line pieces of page furniture, each with why it is not article text. They are
# joined into one pattern: one search per line instead of one per rule.
_FURNITURE_RULES = (
    # VOA's video player fallback text.
    _line(rf"your browser (?:doesn{_APOSTROPHE}t|does not) support (?:html5|video|audio)\W*"),
    # Separator rules of underscores, dashes, stars.
    r"^[_\-=*~\u2013\u2014 ]{3,}$",
    _SHARE_BUTTON,
    # The same with the networks listed: "Share this article: Facebook Twitter Email".
    _line(
        r"(?:share|follow us|find us)(?: (?:this|the) (?:article|story|page|post|video))?"
        rf"(?: on)?\W*(?:{_NETWORK}\W*)+"
    ),
    # The networks alone, as share buttons print them: "Facebook Twitter Email".
    # Also glued, as a copied share bar is: "FacebookTwitterWhatsAppEmailPrint".
    _line(rf"{_NETWORK}(?:[\s,|/\u00b7\u2022]*{_NETWORK})+\W*"),
    # Menus: three or more short items between bars or dots ("Home | News | World",
    # "Privacy Policy | Terms of Use | Contact Us"); not a byline so parted ("By Leo
    # Brandt | Arts Correspondent | Updated 3 hours ago" lost its author, QA2).
    rf"^(?!{BYLINE_OPENING})"
    r"[^.!?|\u00b7\u2022]{1,30}(?: ?[|\u00b7\u2022] ?[^.!?|\u00b7\u2022]{1,30}){2,}$",
    # Subscribe and follow prompts ("Sign up for our newsletter", "Follow us on X"),
    # also as an order ("Click here to subscribe to our newsletter!"). "Sign up" and
    # "subscribe" only alone or naming what the site sends: "Sign up for the course
    # early: places fill quickly, the school said." is a story's sentence.
    # A newsletter box's heading: "Get the morning briefing", "Get our weekly digest".
    _line(r"get (?:the|our) (?:[\w-]+ ){0,3}(?:briefing|newsletter|digest|bulletin)s?\W*"),
    _line(r"(?:(?:click|tap) here to |don(?:'|\u2019)?t forget to |be sure to )?"
          r"(?:follow us|join us|get our|receive our|like us"
          r"|(?:subscribe|sign up)(?=\W*(?:now|today|here)?\W*$|\s*[|\u00b7\u2022]"
          r"|.*\b(?:newsletters?|e-?mails?|inbox|updates|alerts|news|our|us|channel|podcast"
          r"|free|sign in|log in|continue reading|to read|access|unlimited|subscribers?)\b))"
          r"\b.{0,80}"),
    # A newsletter's longer pitch: "Sign up for the Science Times newsletter. Get
    # stories that capture the wonders of nature... Get it sent to your inbox."
    _line(r"(?:sign up|subscribe|register) (?:for|to) (?:our|the|this)\b[^.!?]{0,60}"
          r"\bnewsletters?\b.{0,250}"),
    # A photo gallery's counter and buttons ("Photo 2 of 8", "1 of 6", "Next image",
    # "View image in fullscreen"), and a story's split into pages ("Page 1 of 3", "Next
    # page »"), as a copied page brings them.
    _line(r"(?:(?:photo|image|picture|slide|page)s? )?\d{1,3} of \d{1,3}"
          r"|(?:next|previous|prev) (?:image|photo|picture|slide|page)\W*"
          r"|continue (?:to|on) (?:the next )?page(?: \d{1,3})?\W*"
          # A printed page's running header or footer, copied from a PDF: "THE
          # RIVERSIDE WEEKLY    Page 2", "Page 3" (no sentence ends so).
          r"|(?:[^.!?]{1,60} )?page \d{1,4}"
          r"|(?:view|open|see) (?:image|photo|picture) in full ?screen\W*"),
    # An e-mail newsletter's footer, when a teacher forwards one: "You are receiving
    # this email because you subscribed to ...", "Unsubscribe", "View in browser".
    _line(r"you(?:'re| are) receiving this (?:e-?mail|message|newsletter)\b.{0,200}"
          r"|you received this (?:e-?mail|message|newsletter) because\b.{0,200}"
          r"|unsubscribe(?: here| now)?\W*|view (?:this (?:e-?mail|message) )?in (?:your )?"
          r"(?:web )?browser\W*"),
    # A copied page's link to its print edition above the story ("Today's Paper"),
    # and a blog's like button as it loads.
    _line(rf"today{_APOSTROPHE}?s paper|(?:the )?(?:print|e-|digital )edition"),
    LIKES_LOADING.pattern,
    # A post's labels: "Tags: library, Riverside, education", "Filed under: Health".
    _line(r"(?:tags|tagged|topics|filed under|categories|keywords)\s*:\s*[^.!?]{1,150}"),
    # Cookie banners: "We use cookies. Accept?", "Manage cookies", "Cookie policy".
    _line(r"(?:we use|(?:this|our) (?:site|website) uses) cookies\b.{0,200}"
          r"|(?:accept|reject|manage) (?:all )?cookies\W*"
          r"|cookie (?:settings|policy|preferences)\W*"),
    # A consent notice set inside the story's text, where the extractor keeps it: "We
    # value your privacy. We and our partners use cookies...", and an embedded video's
    # or post's place held by "To view this video, please accept cookies." A story's
    # own "We and our partners in the valley grow apples" names no cookie or device.
    _line(r"we value your privacy\W*"
          r"|(?:we value your privacy\W+)?we and (?:our )?(?:\d[\d,]* )?(?:partners|vendors"
          r"|selected (?:third )?parties)\b(?=.{0,200}\b(?:cookies?|your device|personal data"
          r"|ads|advertising)\b).{0,300}"
          r"|this (?:content|video|post|embed|media) (?:is )?(?:not available|blocked|not shown)"
          r"\b.{0,60}\b(?:privacy|cookie|consent)\b.{0,120}"
          rf"|to {_EMBED_VIEW}\W+(?:you (?:need|have) to |please )?{_ACCEPT_COOKIES}\W*"
          rf"|(?:please )?{_ACCEPT_COOKIES} to {_EMBED_VIEW}\W*"),
    # Copyright notices: "Copyright 2024 ...", "... All rights reserved. This material
    # may not be published, broadcast, rewritten or redistributed."
    _line(r"(?:copyright|\(c\))\s*(?:©\s*)?\d{4}\b.{0,250}"),
    _line(r".{0,100}\ball rights reserved\b.{0,150}"),
    # A time stamp as the page worked it out when it was shown ("Updated 2 hours ago",
    # "Posted 3 days ago", "Updated just now"): no date, and no sentence of the story.
    _line(r"(?:(?:published|posted|(?:last )?updated|edited)(?: on)?:? )?(?:\d{1,3}|an?|one)"
          r" (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\W*"
          r"|(?:published|posted|(?:last )?updated|edited):? (?:just now|today|yesterday)\W*"),
    # A share bar's buttons on one line, as a copied page parts them by wide spaces:
    # "Share on Facebook   Share on X   Email   Copy link".
    _line(rf"(?:{_SHARE_VERB} )?{_NETWORK}"
          rf"(?:[\s,|/\u00b7\u2022]+(?:{_SHARE_VERB} )?{_NETWORK})+\W*"),
    # Reading time: "· 5 min read", "3-minute read", "Reading time: 4 minutes".
    _line(r"\W*\d{1,3}[- ]?min(?:ute)?s?\.? read\W*|reading time\W+\d{1,3} min(?:ute)?s?\W*"),
    # An audio or video player's buttons and times: "Listen 00:04:12 Download MP3",
    # "Embed", "No media source currently available".
    _line(r"(?:(?:listen|download|mp3|embed|direct link|play|pause|\d{1,2}(?::\d{2}){1,2})"
          r"\W*){1,8}|no media source currently available\W*"),
    # VOA's quiz link and the lines around it: "Quiz - Farmers Turn to Ancient
    # Methods", "Start the quiz to find out.", "... Write to us in the Comments Section."
    _line(r"quiz\s*[-\u2013\u2014:]\s*.{1,150}|(?:start|take) (?:the |our |this )?quiz\b.{0,40}"),
    _line(r".{0,200}\bwrite to us in the comments section\W*"),
    # A call to comment that ends a line: "What do you think? Tell us in the comments
    # section below.", "Let us know ... in the comments.", "Leave your answer in the
    # comments!" (a sentence that goes on after "comments" is the story's). Only
    # questions may come before it on the line: a line is kept or removed whole, and
    # a statement before it is the story's ("I hope this helps, Kyosuke. Do you have a
    # question...? Write to us at ...", VOA's Ask a Teacher).
    (_QUESTIONS_BEFORE
     + r"(?i:(?:(?:tell|write to|let) us\b[^.!?]{0,60}?|(?:leave|post|share|write) your\b"
       r"[^.!?]{0,40}?) (?:in|below in|using|on) the comments?(?: section)?(?: below)?\W*)$"),
    # A call to write that ends with the address: "Do you have a question for the
    # teacher? Write to us at learningenglish@voanews.com.", "Email us at ...".
    (rf"{_QUESTIONS_BEFORE}(?i:(?:write (?:to )?us|e-?mail us|contact us|reach us"
     r"|send us (?:an? )?(?:e-?mail|note|message|letter)"
     r"|send (?:your )?(?:questions?|comments?|ideas?|stories|thoughts) to us)"
     rf"(?: (?:at|to|by e-?mail at))? {EMAIL_ADDRESS}\W*)$"),
    # VOA's invitation above that address, on a line of its own.
    _line(r"do you have (?:a |any )?questions? (?:for|about) [^.!?]{1,40}\?"),
    # A news agency's credits: "Additional reporting by Tom Green; Editing by Jane Doe."
    (rf"^(?=.*\b[Ee]diting by ).{{0,200}}\b[Ee]diting by {NAME_WORD}(?: {NAME_WORD}){{0,3}}"
     rf"(?:(?:,| and|, and) {NAME_WORD}(?: {NAME_WORD}){{0,3}})*\.?$"),
    # Advertisements: an offer that ends in its call to act ("Get 50% off your first
    # telescope! Shop now", "... Shop now at dreamsoft.example.com"), or opens with one
    # ("Order now and get free shipping").
    _line(r".{0,120}[.!?:\u2013\u2014-] ?(?:shop|buy|order) now(?: (?:at|on) \S+\.\w+)?\W*"
          r"|(?:shop|buy|order) now\W*"
          r"|(?:shop|buy|order) now (?:and|to|for) (?:get|save|enjoy|receive)\b.{0,80}"
          # A sponsored box's offer that ends with its call to sign up: "Learn to code in
          # 30 days with our online course. Sign up today!"
          r"|.{0,160}[.!?] (?:sign up|enrol+|register|book|try it|start learning|join)"
          r" (?:now|today)(?: for free)?!?"),
    # Advertising labels and skip links.
    _line(r"advertisement|sponsored(?: content)?|skip to (?:main )?content|continue reading\W*"),
    # An old site's or a forum's byline with its date: "Posted by admin on 12/04/2026",
    # "Submitted on March 3, 2026 at 10:15".
    _line(r"(?:posted|submitted)(?: by [\w.'-]+(?: [\w.'-]+){0,2})?(?: on| at)? "
          r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.?"
          r" \d{4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?"),
    # A news agency's line on where its writer was, and its pointer to more of its
    # coverage: "Associated Press writer Tom Lee reported from Rio de Janeiro.",
    # "Follow AP's climate coverage at https://apnews.com/hub/climate".
    (rf"^(?:Associated Press|AP|Reuters|AFP)(?: (?:staff )?(?:writers?|reporters?|journalists?"
     rf"|correspondents?))? {NAME_WORD}(?: {NAME_WORD}){{0,3}}(?:,? and {NAME_WORD}"
     rf"(?: {NAME_WORD}){{0,3}})? reported (?:from|in) {NAME_WORD}"
     rf"(?:,? (?:{NAME_WORD}|de|da|do|del|la|le|van|von|al|el)){{0,5}}\.?$"),
    _line(r"(?:follow|find|read|see) (?:more (?:of )?)?[^.!?]{0,40}\bcoverage\b[^.!?]{0,30}"
          r" (?:at|on) (?:https?://)?\S+\.\S+\W*"),
    # A page's view counter, with the buttons beside it: "Page views: 1,204 | Print
    # this page", "2.3K views".
    _line(r"(?:page )?(?:views|hits)\s*:\s*[\d,.]+[km]?(?:\s*[|\u00b7\u2022].{0,80})?"
          r"|[\d,.]+[km]? (?:views|reads)\W*"),
    # Where an advertisement was: "Story continues below advertisement", "Article
    # continues below", "Advertisement - scroll to continue".
    _line(r"(?:the )?(?:story|article|text) continues (?:below|after (?:this|the) "
          r"(?:advertisement|ad))(?: (?:this )?(?:advertisement|ad))?\W*"
          r"|advertisement\W+(?:scroll|continue|story continues)\b[^.!?]{0,40}\W*"),
    # VOA's footer asking for comments.
    _line(r"we want to hear from you\b.*"),
    # Photo credits: a line that starts by naming the photographer or agency.
    _line(r"(?:photo|image|picture|file photo|illustration)s?(?::| credits?:?) .{1,120}"),
    rf"^(?:Photo|Image|Picture)s? by {NAME_WORD}(?: {NAME_WORD}){{0,3}}(?:[,/;] .{{0,80}})?$",
    # VOA's sign-off at the end of a story: "I'm Mario Ritter Jr."
    rf"^(?:[Aa]nd )?I{_APOSTROPHE}m {NAME_WORD}(?: {NAME_WORD}){{1,4}}\.?$",
    # Credit lines: "X adapted this story for VOA Learning English", "Y was the editor."
    # (Each starts with a look-ahead for its fixed words, so the many lines without
    # them are passed over in one scan instead of a search at every position.)
    (
        r"^(?=.*\bLearning English\b).*?\b(?:adapted|wrote|reported|produced|edited) "
        r"(?:this|the) (?:story|report|article)\b"
    ),
    (
        rf"^(?=.* was the editor\.?$)(?:.*[.!?] )?{NAME_WORD}(?: (?:and )?{NAME_WORD}){{0,5}}"
        r" was the editor\.?$"
    ),
    (
        rf"^{NAME_WORD}(?:,? (?:and )?{NAME_WORD}){{0,7}} contributed to this "
        r"(?:report|story)\.?$"
    ),
    # A line made only of credits, without an editor's: "Maria Holden reported this
    # story from Riverside. Additional reporting by Sam Lee." (QA2 walk-through).
    rf"^(?:{_CREDIT}[.;] )*{_CREDIT}\.?$",
    # A newsletter box: its heading, and the call to give an address ("Don't miss a
    # story. Enter your email to get our daily news in your inbox.").
    _line(r"(?:our |the )?(?:daily |weekly |free )?newsletters?\W*"
          r"|(?:[^.!?]{1,60}[.!?] )?enter your e-?mail\b.{0,100}"),
    # Its pitch and small print: "Get the day's top stories delivered to your inbox
    # every morning.", "By signing up, you agree to our Terms of Service..." (a
    # teacher's copied news page, QA7).
    _line(r"[^.!?]{0,80}\bdelivered (?:straight |directly |right )?to your inbox\b[^.!?]{0,40}"
          r"[.!]?"
          r"|by (?:signing up|subscribing|clicking|registering|continuing)\b[^.!?]{0,40},"
          r" you (?:agree|accept|consent)\b.{0,160}"),
    # A news agency's credit of its writers and where they were: "Associated Press
    # writer Bob Grant in Portland contributed to this report." Only names, jobs and
    # places before it: "The whole class contributed to this report." is a sentence.
    (r"^(?=.* contributed )(?:(?:[A-Z][\w.'\u2019&-]*|writers?|reporters?|journalists?"
     r"|correspondents?|photographers?|in|and|from|also),? )+contributed(?: reporting)? to"
     r" this (?:report|story|article)\.?$"),
    # An audio player's offer: "Listen to this article · 5:12 min Learn more".
    _line(r"listen to (?:this|the) (?:article|story)(?:\W+\d{1,2}(?::\d{2}){1,2}"
          r"(?: min(?:utes?)?)?)?(?:\W+learn more)?\W*"),
    # The print edition's note ("A version of this article appears in print on May 4,
    # 2024, Section B, Page 3 ... Order Reprints | Today's Paper | Subscribe") and the
    # topic links after a story ("See more on: Apples").
    _line(r"a version of this (?:article|story) appear(?:s|ed) in print\b.{0,300}"
          r"|see more on\s*:\s*[^.!?]{1,100}"),
    # A call to share ("Like this story? Share it with a friend!") and a share
    # button's words ("Share full article", "Link copied").
    _line(r"(?:[^.!?]{1,60}\?\s+)?share (?:it|this(?: story| article)?) with"
          r" (?:a friend|friends|your friends|others)\W*"
          r"|share (?:the )?full (?:article|story)\W*|(?:copy )?link copied\W*"),
    # A caption's labels, as a BBC page is copied: "Image source, Getty Images",
    # "Image caption, Frost covered the blossoms...".
    _line(r"(?:image|photo|video|media) (?:source|caption|credit)s?\s*[,:]\s*.{1,200}"),
    # Its older form, without the comma: "Image copyright Getty Images", a credit
    # without a sentence's end ("Image copyright laws differ..." is a sentence).
    _line(r"(?:image|photo|picture|video|media) copyright\s*[,:]?\s*[^.!?]{1,80}"),
    # A writer's short biography that ends in the link to their page: "Carla Mendez
    # covers agriculture for The Times. More about Carla Mendez".
    rf"^(?=.*More about )(?:.*[.!?] )?More about {NAME_WORD}(?: {NAME_WORD}){{0,3}}$",
    # A footer's links, one to a line, and an advertisement's skip link.
    _line(r"privacy (?:policy|notice|settings)|terms (?:of (?:use|service)|and conditions)"
          r"|skip (?:this )?advertisement|skip to site index"),
    # A number alone: a share or comment counter ("236" under "Share full article").
    r"^\d{1,6}$",
    # Reuters's: its standards link, a photo's licensing link (alone or ending a
    # caption), the market data's note; a link's label for screen readers.
    _line(r"our standards\s*:.{0,100}|.{0,300}\bpurchase licensing rights\b.{0,30}"
          r"|all quotes delayed a minimum of\b.{0,150}"),
    # The Guardian's newsletter box: its skip links, pitch and privacy notice.
    _line(r"(?:skip past|after) newsletter promotion\W*"
          r"|our (?:daily |weekly |morning |evening |free )?(?:e-?mail|newsletter) (?:breaks"
          r" down|brings|gives|sends|is)\b.{0,150}"
          r"|privacy notice\s*:.{0,400}"
          r"|(?:share )?reuse this content\W*"),
    # Players' and captions' buttons (NPR): "Heard on All Things Considered", "Toggle
    # more options", "Transcript", "Enlarge this image", "hide caption".
    _line(r"heard on [^.!?]{1,40}|toggle (?:more options|caption)|(?:show |hide )?transcript"
          r"|enlarge this image|(?:hide|show) caption"),
    # A photo's credit alone: "Jenny Kane/AP", "Ruth Fremson/The New York Times".
    _LONE_PHOTO_CREDIT,
    # A local paper's: a subscription pitch, the writer's contact line, its buttons,
    # a breaking-news banner above the story.
    _line(r"(?:[^.!?]{1,60}[.!?] )?subscribe (?:today|now)\b[^.!?]{0,80}[.!]?"
          r"|report an? (?:error|correction|typo)|submit a correction"
          r"|breaking(?: news)?\s*:.{1,150}"),
    # A paywall's prompts under the part of a story it shows: "Already a subscriber?
    # Log in", "This article is for subscribers only." (QA7).
    _line(r"already (?:a )?(?:subscriber|member)\?\s*(?:log|sign) ?in\W*"
          r"|(?:this|the) (?:article|story|content) is (?:for|available to|only for)"
          r" (?:subscribers|members)(?: only)?\W*"
          r"|(?:create|register for) a free account\b.{0,40}\bcontinue reading\W*"
          r"|(?:log|sign) in to continue reading\W*"),
    # The New York Times's dateline under its byline: "Reporting from Springfield, Ore."
    rf"^Reporting from {NAME_WORD}(?:,? {NAME_WORD}){{0,5}}\.?$",
    (rf"^{NAME_WORD}(?: {NAME_WORD}){{0,3}} (?:can|may) be (?:reached|contacted) (?:at|by)"
     rf" .{{0,80}}(?:\d{{3}}-\d{{4}}|{EMAIL_ADDRESS}).{{0,40}}$"),
)
# Every rule is anchored at the start, so ``match`` (not ``search``) is enough.
_FURNITURE = re.compile("|".join(f"(?:{rule})" for rule in _FURNITURE_RULES))

# A photo caption ends with its credit in brackets: "(Mikhail Metzel, ... via AP)".
# Also an outlet and a photographer parted by a slash: "(VOA/Dan Friedell)",
# "(Jane Doe/VOA)", "(NPR/Ann Lee)".
_CAPTION_CREDIT = re.compile(
    r"\((?=[^()]*\b(?:AP|Reuters|AFP|Getty(?: Images)?|EPA|Photo|Pool|Courtesy|File"
    r"|Xinhua|Sputnik|Shutterstock|iStock|Unsplash|VOA|Voice of America)\b)[^()]{2,160}\)$"
    r"|\([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}/[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}\)$"
    # A caption that ends by naming its photographer: "Frost on the blossoms, April 20.
    # Photo: Jenny Kane".
    # Or its photographer and agency (the Guardian): "... Photograph: Lars Nilsson/EPA".
    r"|[.!?] (?:Photo|Photograph|Image|Picture)(?: credit)?s?: [A-Z][\w.'\u2019-]*"
    r"(?: [A-Z][\w.'\u2019-]*){0,4}(?:/[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,4})?$"
    # The New York Times's: "...last month.Credit...Ruth Fremson/The New York Times".
    r"|\bCredit(?:\.{2,3}|\u2026|:)\s*[^.!?]{2,80}$"
)
# A question that closes a story, asking the reader's view ("What do you think?"): as
# the last paragraph it is the site's, not the story's.
CLOSING_QUESTION = re.compile(_line(
    r"(?:so,? )?what do you think(?: (?:of|about) [^.!?]{1,60})?\?|what about you\?"))

# "Read more", "Related": a teaser for another story follows (title, photo caption).
TEASER_MARKER = re.compile(
    _line(
        r"(?:read more|related(?: (?:stories|articles|content|coverage|topics))?|see also|also read"
        r"|more on this(?: story)?|recommended|you (?:may|might) also like|most popular"
        # The Guardian's, NPR's and local papers' lists of other stories and topics.
        r"|explore more on these topics|most (?:viewed|read)|trending(?: now)?"
        r"|more stories from [\w ]{1,30}|top stories)\W*"
    )
)
# "Read more: Ten ways...", "Read more » How much screen time is too much?" (QA)
_TEASER_LINE = re.compile(_line(
    r"(?:read more|related|see also|also read)\s*(?::|»|›|>>|\||–|—)\s*.{1,150}"))

# Comment widgets close the article: "Post a Comment", "0 Comments" (sometimes glued
# to the next story's headline: "0 CommentsRussia Gets...").
FOOTER = re.compile(
    r"^(?:(?:post|leave|add|write|show|view|load) (?:a |the |all )?comments?\W*$"
    r"|comments(?: \(\d+\))?\W*$"
    r"|(?:log|sign) in to (?:comment|reply)\W*$"
    r"|(?-i:\d+ [Cc]omments?(?:$|(?=[A-Z]))))",
    re.IGNORECASE,
)


# A copyright sign, not after a letter: "\u00c3\u00a9" is "\u00e9" garbled by a wrong
# encoding ("caf\u00c3\u00a9"), in a story's sentence.
_COPYRIGHT_SIGN = re.compile("(?<![^\\W\\d_])\u00a9")


def is_furniture(text: str) -> bool:
    if len(text.split()) > MAX_CLUTTER_WORDS:
        return False
    return _is_short_furniture(text)


# The cleaner asks of a line some six times (its passes, the footer, the header, the
# data): a long page's 6,000 short lines spent ~0.7 s in these rules' alternation.
@lru_cache(maxsize=1 << 14)
def _is_short_furniture(text: str) -> bool:
    if _FURNITURE.match(text):
        return True
    return bool(_TEASER_LINE.match(text) or _CAPTION_CREDIT.search(text)
                or ("©" in text and _COPYRIGHT_SIGN.search(text)))
