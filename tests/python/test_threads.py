"""analyze_many on C++ threads gives what a serial loop gives, in input order."""

from __future__ import annotations

import concurrent.futures

import pytest


@pytest.fixture(scope="module")
def corpus(simple_text, mixed_text, request) -> list[str]:
    texts = [simple_text, mixed_text, "", "It is likely, not certain.", "🙂 " * 50]
    try:
        seed = request.getfixturevalue("seed_text")
    except pytest.skip.Exception:
        seed = None
    if seed:
        paragraphs = [p for p in seed.split("\n\n") if p.strip()]
        texts += [seed] + paragraphs
    # Different lengths in different orders, so a thread pool finishes out of order.
    return [t for i in range(4) for t in (texts if i % 2 == 0 else texts[::-1])]


@pytest.mark.parametrize("threads", [None, 0, 1, 2, 3, 64])
def test_threads_match_serial(analyzer, corpus, threads):
    serial = [analyzer.analyze(t).to_dict() for t in corpus]
    parallel = analyzer.analyze_many(corpus, threads=threads)
    assert len(parallel) == len(corpus)
    assert [r.text for r in parallel] == corpus
    assert [r.to_dict() for r in parallel] == serial


def test_analyze_many_accepts_iterables(analyzer, corpus):
    reports = analyzer.analyze_many((t for t in corpus[:5]), threads=2)
    assert [r.text for r in reports] == corpus[:5]
    assert analyzer.analyze_many([]) == []
    assert [r.text for r in analyzer.analyze_many([b"bytes work too"])] == ["bytes work too"]


def test_analyze_many_type_errors(analyzer):
    with pytest.raises(TypeError):
        analyzer.analyze_many(["fine", 42])
    with pytest.raises(TypeError):
        analyzer.analyze_many(42)
    with pytest.raises(TypeError, match="single str"):
        analyzer.analyze_many("one text, not a list")


def test_python_threads_share_one_analyzer(analyzer, corpus):
    # analyze() releases the GIL: a Python thread pool over one Analyzer must agree with serial.
    serial = [analyzer.analyze(t).to_dict() for t in corpus]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        reports = list(pool.map(analyzer.analyze, corpus))
    assert [r.to_dict() for r in reports] == serial


def test_reports_are_independent(analyzer, corpus):
    reports = analyzer.analyze_many(corpus, threads=2)
    expected = [len(r.matches) for r in reports]
    del analyzer  # the reports keep what they need
    assert [len(r.matches) for r in reports] == expected
