"""The Jinja2 environment: what a template prints from an analyst's field."""

from markupsafe import Markup

from axis_report.html import ENV, Block, table


def test_control_characters_and_overrides_never_reach_the_page():
    page = ENV.from_string("<p title=\"{{ t }}\">{{ t }}</p>{{ b }}{{ m }}").render(
        t="A\x1b]0;pwned\x07\x1b[31m title\u202e\x00 with\x85 <b>", b=Block("<i>ok</i>"),
        m=Markup("<u>kept</u>"))
    assert page == ('<p title="A]0;pwned[31m title with &lt;b&gt;">A]0;pwned[31m title with '
                    '&lt;b&gt;</p><i>ok</i><u>kept</u>')


def test_tabs_newlines_and_text_in_other_scripts_stay():
    text = "line\tone\nline two: \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u4e2d\u6587 \u200f"
    assert ENV.from_string("{{ t }}").render(t=text) == text


def test_an_analysts_table_is_cleaned_too():
    import pandas as pd

    markup = table(pd.DataFrame({"a\x1b[31m": ["x\u202ey", None]})).markup
    assert "\x1b" not in markup and "\u202e" not in markup and "xy" in markup


def test_ids_in_running_text_link_only_to_entries_on_the_page():
    from axis_report.html import ENV

    page = ENV.from_string('{% import "_macros.html.j2" as m %}{{ m.linked(t, a) }}').render(
        t="<b>E014</b> (E014.2), S003 and T05; E999 and H1 stay text",
        a={"ev-E014", "ev-E014.2", "src-S003", "tr-T05"})
    assert page == ('&lt;b&gt;<a class="ref" href="#ev-E014">E014</a>&lt;/b&gt; '
                    '(<a class="ref" href="#ev-E014.2">E014.2</a>), '
                    '<a class="ref" href="#src-S003">S003</a> and '
                    '<a class="ref" href="#tr-T05">T05</a>; E999 and H1 stay text')
    assert ENV.from_string('{% import "_macros.html.j2" as m %}[{{ m.linked(t, a) }}]').render(
        t=None, a=set()) == "[]"
