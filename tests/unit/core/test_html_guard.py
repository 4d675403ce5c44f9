"""The guard against markup Lexbor (and lxml) would parse in super-linear time counts
a tag's attributes, not its characters: real pages carry long attribute values (SVG
paths, JSON in ``data-`` attributes, long ``<meta>`` contents) and a ``<`` in minified
script that a tag scanner reads as a tag, and measured by length 49 of the 181 pages
of the Scrapinghub article extraction benchmark were read flat, with all their
chrome."""

from __future__ import annotations

import json

import pytest

from wirewatch.core.html import is_pathological


@pytest.mark.parametrize(
    "tag",
    [
        # a long SVG path, a JSON data attribute, a long meta content: few attributes
        '<svg><path d="' + "M 1 2 L 3 4 " * 2000 + '"/></svg>',
        "<div data-props='" + json.dumps({"items": list(range(3000))}) + "'>x</div>",
        '<meta name="description" content="' + "word " * 2000 + '">',
        # a comparison in minified script, which the scanner reads as a tag running to
        # the next ">" (it does not skip scripts: a tokenizer's view of them depends
        # on foreign content, comments and CDATA, which markup can be crafted to hide)
        "<script>for(var i=0;i<items.length;i++){" + "x+=i;" * 2000 + "}</script><p>x</p>",
    ],
)
def test_long_attribute_values_are_not_pathological(tag: str) -> None:
    page = "<html><body>" + tag + "<p>Fidan met Dbeibah.</p>" * 50 + "</body></html>"
    assert not is_pathological(page)


def test_many_attributes_after_a_quoted_angle_bracket_are_still_counted() -> None:
    attributes = " ".join(f"a{i}=x" for i in range(50_000))
    assert is_pathological(f'<p title="a > b" {attributes}>Haftar</p>')
    assert not is_pathological(
        '<p title="a > b" ' + " ".join(f"a{i}=x" for i in range(1000)) + ">Haftar</p>"
    )
