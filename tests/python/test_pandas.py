"""rhetor.to_pandas / Report.to_frame."""

from __future__ import annotations

import numpy as np
import pytest

import rhetor

pd = pytest.importorskip("pandas")


def test_paragraph_frame(analyzer, simple_text, mixed_text):
    reports = analyzer.analyze_many([simple_text, mixed_text])
    df = rhetor.to_pandas(reports, ids=["a", "b"])
    assert len(df) == sum(len(r.paragraphs) for r in reports)
    assert list(df.columns[:7]) == ["doc", "paragraph", "start", "end", "sentences", "matches", "attributions"]
    names = rhetor.feature_names()
    assert all(n in df.columns for n in names)
    assert all(f"{c}_count" in df.columns for c in analyzer.categories)
    assert df["doc"].tolist() == ["a"] * len(reports[0].paragraphs) + ["b"] * len(reports[1].paragraphs)
    assert df[names].dtypes.eq(np.float32).all()
    np.testing.assert_array_equal(
        df[names].to_numpy(), np.concatenate([r.paragraph_features() for r in reports])
    )
    first = df[df["doc"] == "b"].iloc[0]
    assert mixed_text[first["start"] : first["end"]] == reports[1].paragraphs[0].text
    assert df["loaded_count"].sum() == sum(r.scores["loaded"].count for r in reports)


def test_levels(analyzer, simple_text, mixed_text):
    reports = analyzer.analyze_many([simple_text, mixed_text])
    docs = rhetor.to_pandas(reports, level="document")
    assert docs["doc"].tolist() == [0, 1]
    assert docs["paragraphs"].tolist() == [len(r.paragraphs) for r in reports]
    np.testing.assert_array_equal(docs[rhetor.feature_names()].to_numpy(), np.stack([r.document_profile() for r in reports]))
    sents = rhetor.to_pandas(reports, level="sentence")
    assert len(sents) == sum(len(r.sentences) for r in reports)
    with pytest.raises(ValueError):
        rhetor.to_pandas(reports, level="word")
    with pytest.raises(ValueError):
        rhetor.to_pandas(reports, ids=["only-one"])


def test_match_level(analyzer, simple_text, mixed_text):
    reports = analyzer.analyze_many([simple_text, mixed_text])
    df = rhetor.to_pandas(reports, ids=["a", "b"], level="match")
    assert len(df) == sum(len(r.matches) for r in reports)
    texts = {"a": simple_text, "b": mixed_text}
    for row in df.itertuples():
        assert texts[row.doc][row.start : row.end] == row.text
    assert df["scare_quote"].dtype == bool and df["weight"].dtype == np.float64
    first = reports[0].matches[0]
    assert df.iloc[0][["category", "text", "voice", "entry"]].tolist() == [first.category, first.text, first.voice, first.entry]
    assert rhetor.to_pandas([], level="match").columns.tolist()[:3] == ["doc", "paragraph", "sentence"]


def test_report_to_frame(analyzer, simple_text):
    report = analyzer.analyze(simple_text)
    df = report.to_frame()
    assert len(df) == len(report.paragraphs)
    assert report.to_frame(id="x")["doc"].tolist() == ["x"] * len(report.paragraphs)
    assert rhetor.to_pandas(report).equals(df)


def test_empty(analyzer):
    df = rhetor.to_pandas([])
    assert len(df) == 0 and "loaded_density" in df.columns
