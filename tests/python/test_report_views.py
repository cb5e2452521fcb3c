"""HTML (to_html, _repr_html_), CSV (read back by csv and pandas), pickling, argument checks."""

from __future__ import annotations

import csv
import io
import multiprocessing
import pickle

import pandas
import pytest

import rhetor

from conftest import MIXED

TEXT = "Officials said the regime is utterly corrupt.\n\n“It is not certain,” she noted. The “reform” was a sham."


@pytest.fixture(scope="module")
def analyzer():
    return rhetor.Analyzer()


def test_to_html_is_the_core_page(analyzer):
    report = analyzer.analyze(TEXT)
    page = rhetor.to_html(report)
    assert page == report._repr_html_()
    assert page.startswith("<!DOCTYPE html>") and "default-src 'none'" in page
    for i, m in enumerate(report.matches):
        assert f'data-start="{m.start}" data-end="{m.end}" data-match="{i}"' in page
    assert rhetor.to_html(report, title="t") != page and "<title>t</title>" in rhetor.to_html(report, title="t")


def test_to_html_several(analyzer):
    a, b = analyzer.analyze(TEXT), analyzer.analyze(MIXED)
    page = rhetor.to_html({"first <a>": a, "second": b}, title="Two")
    assert 'class="index"' in page and "first &lt;a&gt;" in page and "<title>Two</title>" in page
    assert page.count('<g class="dc" data-document=') == 2
    assert rhetor.to_html([a, b], names=["first <a>", "second"], title="Two") == page
    with pytest.raises(ValueError):
        rhetor.to_html([a, b], names=["one"])
    with pytest.raises(TypeError):
        rhetor.to_html(["not a report"])


@pytest.mark.parametrize("level", ["document", "paragraph", "sentence", "match", "attribution"])
def test_csv_reads_back(analyzer, level):
    report = analyzer.analyze(MIXED)
    text = report.to_csv(level, id="doc,1")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    frame = pandas.read_csv(io.StringIO(text), keep_default_na=False)
    expected = {"document": 1, "paragraph": len(report.paragraphs), "sentence": len(report.sentences),
                "match": len(report.matches), "attribution": len(report.attributions)}[level]
    assert len(rows) == len(frame) == expected
    assert list(frame.columns)[0] == "id" and all(r["id"] == "doc,1" for r in rows)
    if level == "match":
        for r, m in zip(rows, report.matches):
            assert MIXED[int(r["start"]):int(r["end"])] == r["text"] == m.text
            assert r["category"] == m.category
        assert frame["weight"].dtype.kind == "f" and frame["negated"].dtype == bool
    if level == "sentence":
        assert all(MIXED[int(r["start"]):int(r["end"])] == r["text"] for r in rows)


def test_tsv(analyzer):
    text = analyzer.analyze(TEXT).to_csv("sentence", delimiter="\t")
    frame = pandas.read_csv(io.StringIO(text), sep="\t", quoting=csv.QUOTE_NONE)
    assert len(frame) == 3 and "\n" not in "".join(frame["text"])
    with pytest.raises(ValueError):
        analyzer.analyze(TEXT).to_csv("word")


def test_analyzer_and_report_pickle(analyzer, tmp_path):
    custom = rhetor.Analyzer([rhetor.Lexicon.from_string("[loaded]\nsham =2\n")], intensifier_factor=2.0)
    again = pickle.loads(pickle.dumps(custom))
    assert again.categories == custom.categories and again.options == custom.options
    report = custom.analyze("It was a sham.")
    copy = pickle.loads(pickle.dumps(report))
    assert copy.to_json() == report.to_json()
    default = pickle.loads(pickle.dumps(analyzer.analyze(MIXED)))
    assert default.to_json() == analyzer.analyze(MIXED).to_json()


def _count_matches(args):
    analyzer, text = args
    return len(analyzer.analyze(text).matches)


def _analyze(args):
    analyzer, text = args
    return analyzer.analyze(text)


def test_multiprocessing_pool(analyzer):
    texts = [TEXT, MIXED, TEXT]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        counts = pool.map(_count_matches, [(analyzer, t) for t in texts])
        reports = pool.map(_analyze, [(analyzer, t) for t in texts])
    assert counts == [len(analyzer.analyze(t).matches) for t in texts]
    assert [r.to_json() for r in reports] == [analyzer.analyze(t).to_json() for t in texts]


def test_rejects_bad_arguments(analyzer):
    with pytest.raises(ValueError, match="threads"):
        analyzer.analyze_many([TEXT], threads=-1)
    for bad in (-5, 0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="intensifier_factor"):
            rhetor.Analyzer(intensifier_factor=bad)
    assert len(analyzer.analyze_many([TEXT, TEXT], threads=0)) == 2
