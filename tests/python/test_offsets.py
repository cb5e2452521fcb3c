"""Offsets are Python string indices (code points), whatever the script."""

from __future__ import annotations

import pytest

import rhetor


def check_offsets(report: rhetor.Report, text: str) -> None:
    assert report.text == text
    for m in report.matches:
        assert text[m.start : m.end] == m.text, m
    for s in report.sentences:
        assert text[s.start : s.end] == s.text, s
        for m in s.matches:
            assert s.start <= m.start < m.end <= s.end, (s, m)
    for p in report.paragraphs:
        assert text[p.start : p.end] == p.text, p
        for s in p.sentences:
            assert p.start <= s.start <= s.end <= p.end
    for a in report.attributions:
        for span in (a.cue, a.source, a.content):
            if span is not None:
                assert text[span.start : span.end] == span.text, a
    for q in report.quotes:
        assert text[q.start : q.end] == q.text, q


def check_against_json(report: rhetor.Report) -> None:
    """The C++ JSON writer converts offsets on its own; both must agree."""
    d = report.to_dict()
    assert len(d["matches"]) == len(report.matches)
    for jm, m in zip(d["matches"], report.matches):
        assert (jm["start"], jm["end"], jm["text"], jm["category"], jm["voice"]) == (
            m.start,
            m.end,
            m.text,
            m.category,
            m.voice,
        )
        assert jm["weight"] == pytest.approx(m.weight)
        assert jm["sentence"] == m.sentence and jm["paragraph"] == m.paragraph
    assert len(d["attributions"]) == len(report.attributions)
    for ja, a in zip(d["attributions"], report.attributions):
        assert (ja["cue"]["start"], ja["cue"]["end"], ja["cue"]["text"]) == (a.cue.start, a.cue.end, a.cue.text)
    json_paragraphs = d["paragraphs"]
    assert [(p["start"], p["end"]) for p in json_paragraphs] == [(p.start, p.end) for p in report.paragraphs]


def test_mixed_script_offsets(analyzer, mixed_text):
    report = analyzer.analyze(mixed_text)
    assert report.matches, "the mixed-script sample should produce matches"
    # At least one match sits after multi-byte characters, so byte != code point offsets.
    assert any(len(mixed_text[: m.start].encode("utf-8")) != m.start for m in report.matches)
    # ... and one after an emoji (a single code point, four UTF-8 bytes, two UTF-16 units).
    first_emoji = mixed_text.index("🙄")
    assert any(m.start > first_emoji for m in report.matches)
    check_offsets(report, mixed_text)
    check_against_json(report)
    assert len(report.paragraphs) == 3


def test_curly_quotes_are_quotes(analyzer, mixed_text):
    report = analyzer.analyze(mixed_text)
    for q in report.quotes:
        assert q.text[0] in "“«\"‘" and q.text[-1] in "”»\"’", q


def test_seed_article_offsets(analyzer, seed_text):
    report = analyzer.analyze(seed_text)
    assert len(report.paragraphs) > 5
    assert len(report.matches) > 10
    check_offsets(report, seed_text)
    check_against_json(report)


def test_seed_article_with_non_ascii_prefix(analyzer, seed_text):
    # Shift every offset by multi-byte characters: the same matches, moved by len(prefix).
    prefix = "Ünïcødé 東京 🙂 — "
    plain = analyzer.analyze(seed_text)
    shifted = analyzer.analyze(prefix + seed_text)
    check_offsets(shifted, prefix + seed_text)
    assert [(m.start + len(prefix), m.end + len(prefix), m.text) for m in plain.matches] == [
        (m.start, m.end, m.text) for m in shifted.matches
    ]


def test_offsets_per_codepoint_not_utf16(analyzer):
    text = "🚀🚀🚀 The thugs said it was probably fine. 😀 Certainly."
    report = analyzer.analyze(text)
    check_offsets(report, text)
    thugs = [m for m in report.matches if m.text.lower() == "thugs"]
    assert thugs and thugs[0].start == text.index("thugs")


def test_bytes_input_and_invalid_utf8(analyzer):
    raw = "Zürich officials said the thugs were \xff probably paid.".encode("utf-8").replace(b"\xc3\xbf", b"\xff")
    raw = raw + b" Truncated \xe2\x80 sequence, certainly."
    report = analyzer.analyze(raw)
    text = report.text
    # One U+FFFD per ill-formed byte (rhetor/unicode.hpp), so offsets stay consistent.
    assert text.count("\ufffd") == 3
    check_offsets(report, text)
    check_against_json(report)
    valid = analyzer.analyze("Zürich said the thugs were probably paid.".encode("utf-8"))
    assert valid.text == "Zürich said the thugs were probably paid."


def test_lone_surrogates_are_rejected(analyzer):
    with pytest.raises(UnicodeEncodeError):
        analyzer.analyze("bad \udc80 surrogate")


@pytest.mark.parametrize("segmenter", ["fast", "icu"])
def test_both_segmenters_keep_offsets(segmenter, mixed_text, request):
    analyzer = rhetor.Analyzer(segmenter=segmenter)
    texts = [mixed_text]
    try:
        texts.append(request.getfixturevalue("seed_text"))
    except pytest.skip.Exception:
        pass
    for text in texts:
        report = analyzer.analyze(text)
        check_offsets(report, text)
        check_against_json(report)


def test_empty_and_whitespace(analyzer):
    for text in ["", " ", "\n\n\n", "🙂"]:
        report = analyzer.analyze(text)
        check_offsets(report, text)
        assert report.matches == []
