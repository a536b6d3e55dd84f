"""What a WordNet gloss says before its definition: the field its sense belongs to
("(military) ..."), the things it applies to ("(of animals) ..."), or that it is the
word's plural use ("(usually plural) ..."). The sense chooser weighs them; the
definitions leave the field out when they print the gloss; the quiz asks no sense of
another field."""

from __future__ import annotations

import re

# The label, before the gloss: "(military) ...", "(physics and chemistry) ..."; not a
# note on what the word applies to, "(of materials or goods) ...". The definitions
# leave it out when they print the gloss.
FIELD_LABEL = re.compile(r"^\((?!of )([a-z][a-z ]*)\)\s+")
# A sense WordNet says applies to some things only ("(of animals) officially recorded
# with a breeding association", "(of a boat or vessel) furnished with official
# documents") is less likely where the story never names them: "registered voters"
# are listed officially (QA walk-through). Measured: in the seeds and the dev stories
# one choice changes ("movable type": can be moved, not personal property); VOA
# agreement (60 of 102) and WordNet's examples (0.356, 0.690) unchanged at 0.5 and 1.0.
APPLIES_TO = re.compile(r"^\((?:used )?(?:especially )?of ([a-z][a-z ,]*)\)\s+")
# Labels of the same shape that name no field: a note on the word's use ("(usually
# plural) consumer goods sold by a grocer", "(slang) ...", "(used of soil) ..."). Read
# as fields, they had made "groceries" a marketplace: no story names "usually plural".
_USAGE_LABEL = re.compile(r"(?:usually|often|sometimes|especially|formerly|plural|slang"
                          r"|informal|used|chiefly|normally)\b")


def labelled_field(definition: str) -> re.Match[str] | None:
    """The field label a gloss opens with ("(cosmology) ..."), not a usage note."""
    field = FIELD_LABEL.match(definition)
    return None if field and _USAGE_LABEL.match(field.group(1)) else field


# A field named before a colon: "bridge: make a demand for (a card or suit)".
_FIELD_PREFIX = re.compile(r"^([a-z]+):\s")


def field_label(definition: str) -> str:
    """The field a gloss says its sense belongs to ("cosmology" for "(cosmology) a brief
    exponential expansion of the universe", "bridge" for "bridge: make a demand for (a
    card or suit)"); "" for a gloss of everyday use or with a usage note only."""
    field = labelled_field(definition) or _FIELD_PREFIX.match(definition)
    return field.group(1) if field else ""


# WordNet's note that a sense is the word's plural use (`PLURAL_NOTE_BONUS`).
PLURAL_NOTE = re.compile(r"^\((?:usually |often )?(?:used )?(?:in the )?plural\)")
