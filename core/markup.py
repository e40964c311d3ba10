"""Markdown bodies to safe HTML.

The Markdown source is the truth; `body_html` is derived from it on save. markdown-it-py
renders CommonMark (raw HTML in the source is passed through), then nh3 (the Ammonia
sanitiser) removes anything unsafe: script and style elements, event-handler attributes,
and `javascript:`/`data:` URLs. Sanitising after rendering, not before, is what makes this
safe whatever the Markdown parser does.

Pictures from the library go in a body as `![alt](image:42 "wide")`: an ordinary Markdown
image whose address is `image:` and a library id, with an optional size as its title.
This module knows no library: the caller passes `embed`, which turns each such reference
into markup (or None to drop it); that markup is sanitised with everything else.
"""

import re
from collections.abc import Callable

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

_markdown = MarkdownIt("commonmark", {"html": True, "typographer": True}).enable(
    ["table", "strikethrough", "replacements", "smartquotes"]
)

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "del", "em", "figcaption",
    "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q",
    "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
    "picture", "source",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {
        "src",
        "alt",
        "title",
        "width",
        "height",
        "srcset",
        "sizes",
        "loading",
        "decoding",
        "class",
        "data-placeholder",
    },
    "source": {"srcset", "sizes", "type", "width", "height"},
    "figure": {"class"},
    "td": {"align"},
    "th": {"align", "scope"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}


# Attributes whose values are checked beyond their name (see _filter_attribute).
_PLACEHOLDER = re.compile(r"#[0-9a-f]{6}")
_CLASS = re.compile(r"(picture|body-image)[a-z0-9 _-]*")
_SRCSET_URL = re.compile(r"(https?://|/)[^\s,]*")
_KEYWORDS = {"loading": {"lazy", "eager"}, "decoding": {"async", "sync", "auto"}}
LIBRARY_SCHEME = "image:"

Embed = Callable[[str, str, str, bool], str | None]


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "data-placeholder":
        # Only the colour a library picture shows while it loads (static/js/placeholders.js).
        return value if _PLACEHOLDER.fullmatch(value) else None
    if attribute == "class":
        return value if _CLASS.fullmatch(value) else None
    if attribute == "srcset":
        candidates = [c.strip().split() for c in value.split(",") if c.strip()]
        ok = all(c and _SRCSET_URL.fullmatch(c[0]) for c in candidates)
        return value if ok else None
    if attribute in _KEYWORDS:
        return value if value in _KEYWORDS[attribute] else None
    return value


def _embed_library_images(tokens: list[Token], embed: Embed) -> None:
    """Replace each `image:` reference with `embed`'s markup, in place. A picture alone in
    its paragraph becomes a block of its own (a figure may not sit inside a <p>)."""
    for index, token in enumerate(tokens):
        if token.type != "inline" or not token.children:
            continue
        children = token.children
        block = len(children) == 1 and 0 < index < len(tokens) - 1
        block = block and tokens[index - 1].type == "paragraph_open"
        for position, child in enumerate(children):
            src = child.attrGet("src") if child.type == "image" else None
            if not isinstance(src, str) or not src.startswith(LIBRARY_SCHEME):
                continue
            title = child.attrGet("title")
            markup = embed(src[len(LIBRARY_SCHEME) :], child.content, str(title or ""), block)
            html = Token("html_inline", "", 0)
            html.content = markup or ""
            children[position] = html
        if block and children[0].type == "html_inline":
            tokens[index - 1].hidden = tokens[index + 1].hidden = True


def render_markdown(source: str, *, embed: Embed | None = None) -> str:
    """Render Markdown to HTML that is safe to show readers unescaped.

    `embed(ref, alt, size, block)` makes the markup for each `![alt](image:ref "size")`;
    `block` says the picture stands alone in its paragraph (so may be a figure).
    """
    env: dict = {}
    tokens = _markdown.parse(source or "", env)
    if embed is not None:
        _embed_library_images(tokens, embed)
    return nh3.clean(
        _markdown.renderer.render(tokens, _markdown.options, env),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_filter_attribute,
    )
