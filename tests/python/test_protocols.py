"""What rhetor/_protocols.py adds to the compiled classes (reprs, the mapping
protocol of Scores, to_dict), pinned to the exact output the C++ shim gave
before they moved; the Analyzer's keyword defaults against AnalyzerOptions{}
and the stub; analyze_many on the batch engine."""

from __future__ import annotations

import ast
import json
import pathlib

import pytest

import rhetor

STUB = pathlib.Path(rhetor.__file__).with_name("__init__.pyi")


@pytest.fixture(scope="module")
def report(analyzer):
    return analyzer.analyze(
        "The regime's thugs will certainly fail. It is likely, not certain.\n\n"
        'Officials said the plan "is a disaster," according to the minister.'
    )


def test_lexicon_reprs():
    c = rhetor.Constraint("next", True, ["a", "b"])
    assert repr(c) == "<Constraint @!next=a|b>"
    assert repr(rhetor.Constraint("prev")) == "<Constraint @prev=>"
    e = rhetor.LexiconEntry("loaded", "foo bar", 0.7, ["t"], False, [c], "x.lex:1")
    assert repr(e) == "<LexiconEntry [loaded] 'foo bar' =0.699999988079071 at x.lex:1>"
    assert repr(rhetor.LexiconEntry("hedge", "maybe")) == "<LexiconEntry [hedge] 'maybe' =1.0>"
    lex = rhetor.Lexicon.from_string("[hedge]\nmaybe\nmaybe\n", "mine")
    assert repr(lex) == "<Lexicon 'mine' with 2 entries>"
    lex.manifest = rhetor.Lexicon.english().manifest
    assert repr(lex).startswith(f"<Lexicon {lex.manifest.name!r} with 2 entries")
    assert repr(lex.manifest) == f"<Manifest {lex.manifest.name!r} {lex.manifest.version!r}>"
    issue = lex.check()[0]
    assert repr(issue) == f"<LexiconIssue {issue.origin}: {issue.message}>"


def test_report_reprs(analyzer, report):
    assert repr(analyzer) == (
        f"<rhetor.Analyzer: {len(analyzer.categories)} categories, {analyzer.compiled_forms} compiled forms>"
    )
    assert repr(report) == "<Report: 2 paragraphs, 3 sentences, 7 matches, 2 attributions>"
    m = report.matches[0]
    assert repr(m) == (
        f"Match(category='loaded', start={m.start}, end={m.end}, text={m.text!r}, weight={m.weight!r}, voice='author')"
    )
    s = report.sentences[0]
    assert repr(s) == f"<Sentence 0 [{s.start}:{s.end}] {len(s.matches)} matches>"
    p = report.paragraphs[1]
    assert repr(p) == f"<Paragraph 1 [{p.start}:{p.end}] {len(p.sentences)} sentences, {len(p.matches)} matches>"
    t = report.token_list[1]
    assert repr(t) == f"Token({t.text!r}, {t.pos})"
    a = report.attributions[0]
    assert a.source is not None and a.content is not None
    assert repr(a) == f"Attribution(cue={a.cue.text!r}, source={a.source.text!r}, content={a.content.text!r})"
    assert repr(a.cue) == f"TextSpan(start={a.cue.start}, end={a.cue.end}, text={a.cue.text!r})"
    q = report.quotes[0]
    assert repr(q) == f"Quote(start={q.start}, end={q.end}, text={q.text!r}{', scare=True' if q.scare else ''})"
    scores = report.scores
    counts = "".join(f" {name}={scores[name].count}" for name in report.categories)
    assert repr(scores) == f"<Scores tokens={scores.tokens}{counts}>"
    c = scores["loaded"]
    assert repr(c) == (
        f"CategoryScore(count={c.count}, weight={c.weight!r}, author_count={c.author_count}, "
        f"quoted_count={c.quoted_count})"
    )


def test_attribution_repr_without_source(analyzer):
    r = analyzer.analyze("According to reports, it was a disaster.")
    for a in r.attributions:
        source = repr(a.source.text) if a.source is not None else "None"
        content = repr(a.content.text) if a.content is not None else "None"
        assert repr(a) == f"Attribution(cue={a.cue.text!r}, source={source}, content={content})"


def test_scores_mapping_protocol(report):
    s = report.scores
    names = report.categories
    assert s.keys() == names and isinstance(s.keys(), list)
    assert list(s) == names and len(s) == len(names)
    assert [c.count for c in s.values()] == [s[n].count for n in names]
    assert [(n, c.count) for n, c in s.items()] == [(n, s[n].count) for n in names]
    assert s.get("loaded").count == s["loaded"].count
    assert s.get("nope") is None and s.get("nope", 5) == 5
    assert s.get(0) is None  # ids are for [], not get(): as before
    assert "loaded" in s and "nope" not in s and 0 not in s
    with pytest.raises(KeyError):
        s["nope"]
    with pytest.raises(IndexError, match="category id out of range"):
        s[len(names)]
    with pytest.raises(IndexError):
        s[-1]
    with pytest.raises(TypeError, match="not float"):
        s[1.5]
    assert s[1].count == s[names[1]].count


def test_to_dict(report):
    m = report.matches[0]
    assert list(m.to_dict()) == [
        "category", "start", "end", "text", "entry", "weight", "voice",
        "sentence", "paragraph", "tags", "scare_quote", "negated", "intensified", "attributed",
    ]  # fmt: skip
    assert m.to_dict()["tags"] == list(m.tags)
    c = report.scores["hedge"]
    assert c.to_dict() == {
        "count": c.count, "weight": c.weight, "author_count": c.author_count,
        "quoted_count": c.quoted_count, "author_weight": c.author_weight, "quoted_weight": c.quoted_weight,
    }  # fmt: skip
    d = report.scores.to_dict()
    assert list(d) == ["tokens", "attributions", "quoted_tokens", "scare_quotes", "negated", "intensified", "categories"]
    assert d["categories"]["hedge"] == c.to_dict()
    assert report.to_dict() == json.loads(report.to_json())
    with_id = report.to_dict(id="doc-1", include_paragraphs=False)
    assert list(with_id)[0] == "id" and with_id["id"] == "doc-1"
    assert "paragraphs" not in with_id


def test_text_span_equality_and_hash(report):
    a = report.attributions[0]
    assert a.cue == report.attributions[0].cue and a.cue != "x"
    with pytest.raises(TypeError):
        hash(a.cue)


def _stub_defaults() -> dict[str, object]:
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Analyzer")
    init = next(n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    args = init.args
    return {a.arg: ast.literal_eval(d) for a, d in zip(args.kwonlyargs, args.kw_defaults)}


def test_analyzer_defaults_are_the_library_options():
    # The binding takes them from rhetor::AnalyzerOptions{}; the stub repeats them and must agree.
    # floats cross as float32: compared with a tolerance
    assert rhetor.Analyzer().options == pytest.approx(_stub_defaults())
    explicit = rhetor.Analyzer(**_stub_defaults())
    assert explicit.options == rhetor.Analyzer().options


def test_analyze_many_edges(analyzer):
    texts = ["It is likely.", b"Surely it works.", "", "The regime's thugs will fail."]
    expected = [analyzer.analyze(t).to_dict() for t in texts]
    for threads in (None, 0, 1, 2, 64):
        assert [r.to_dict() for r in analyzer.analyze_many(texts, threads=threads)] == expected
    assert [r.to_dict() for r in analyzer.analyze_many(iter(texts), threads=2)] == expected
    assert analyzer.analyze_many([], threads=2) == []
    with pytest.raises(TypeError, match="every text must be str or bytes"):
        analyzer.analyze_many(["ok", 3], threads=2)
