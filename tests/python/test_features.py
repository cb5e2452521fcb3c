"""Feature matrices as numpy arrays."""

from __future__ import annotations

import numpy as np
import pytest

import rhetor

EXPECTED_NAMES = [
    "tokens",
    "loaded_density",
    "loaded_author_density",
    "loaded_quoted_density",
    "loaded_weight_density",
    "hedge_density",
    "booster_density",
    "certainty_balance",
    "attribution_density",
    "quoted_share",
    "scare_quotes",
    "negated_boosters",
    "intensified_loaded",
]


def test_feature_names(analyzer, simple_text):
    names = rhetor.feature_names()
    assert names == EXPECTED_NAMES
    assert len(names) == rhetor.FEATURE_COUNT
    assert analyzer.analyze(simple_text).feature_names == names


@pytest.mark.parametrize("which", ["simple", "mixed", "seed"])
def test_shapes_and_values(analyzer, which, request):
    text = request.getfixturevalue(f"{which}_text")
    report = analyzer.analyze(text)
    X = report.sentence_features()
    P = report.paragraph_features()
    d = report.document_profile()
    n = len(rhetor.feature_names())
    assert X.dtype == np.float32 and P.dtype == np.float32 and d.dtype == np.float32
    assert X.shape == (len(report.sentences), n)
    assert P.shape == (len(report.paragraphs), n)
    assert d.shape == (n,)
    assert X.flags.c_contiguous and P.flags.c_contiguous
    names = report.feature_names
    tok, loaded = names.index("tokens"), names.index("loaded_density")
    assert X[:, tok].tolist() == [s.scores.tokens for s in report.sentences]
    assert P[:, tok].tolist() == [p.scores.tokens for p in report.paragraphs]
    assert d[tok] == report.scores.tokens
    np.testing.assert_allclose(P[:, loaded], [p.density["loaded"] for p in report.paragraphs], rtol=1e-5)
    np.testing.assert_allclose(d[names.index("hedge_density")], report.density["hedge"], rtol=1e-5)
    assert np.isfinite(X).all() and np.isfinite(P).all()


def test_arrays_own_their_buffer_without_copy(analyzer, simple_text):
    X = analyzer.analyze(simple_text).sentence_features()
    # The Eigen matrix was moved into a capsule that the array keeps as its base.
    assert X.base is not None and type(X.base).__name__ == "PyCapsule"
    X[0, 0] = 42.0  # writable, and independent of the report
    del X


def test_empty_report_shapes(analyzer):
    report = analyzer.analyze("")
    n = rhetor.FEATURE_COUNT
    assert report.sentence_features().shape == (len(report.sentences), n)
    assert report.paragraph_features().shape == (len(report.paragraphs), n)
    assert report.document_profile().shape == (n,)


def test_cosine_similarity(analyzer, simple_text, mixed_text):
    a = analyzer.analyze(simple_text).document_profile()
    b = analyzer.analyze(mixed_text).document_profile()
    assert rhetor.cosine_similarity(a, a) == pytest.approx(1.0, abs=1e-6)
    assert -1.0 <= rhetor.cosine_similarity(a, b) <= 1.0
    assert rhetor.cosine_similarity(np.zeros(3), np.ones(3)) == 0.0
    with pytest.raises(ValueError):
        rhetor.cosine_similarity(np.zeros(3), np.zeros(4))
