from axis_report._markup import esc, format_net, table


def test_esc_escapes_markup_and_blanks_missing():
    assert esc('<script>alert("x")</script>') == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    assert esc(None) == "" and esc(float("nan")) == ""


def test_table_escapes_keys_but_trusts_callables():
    rows = [{"a": "<b>x</b>", "b": 1}]
    out = table(rows, [("A&B", "a"), ("B", lambda r: f"<i>{r['b']}</i>")])
    assert "<th>A&amp;B</th>" in out
    assert "<td>&lt;b&gt;x&lt;/b&gt;</td>" in out
    assert "<td><i>1</i></td>" in out


def test_format_net():
    assert [format_net(x) for x in (3.0, -2.0, 0.0)] == ["+3", "-2", "0"]
