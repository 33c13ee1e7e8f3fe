"""A linear tokenizer: digit groups (with / . - : inside), letter runs, and single other characters.

Every pattern here matches in time linear in its input (no nested quantifiers over overlapping
classes), so 100 kB of digits and slashes tokenizes as fast as prose.
"""

from __future__ import annotations

import re

TOKEN_PATTERN = re.compile(r"\d+(?:[/.\-:]\d+)*|[^\W\d_]+|\S")


def token_texts(text: str) -> list[str]:
    return TOKEN_PATTERN.findall(text)
