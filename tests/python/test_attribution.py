"""Attribution fields (speaker, contents, anonymous, nested) and tokens with tags, as in C++ and the JSON."""

from __future__ import annotations

import json

import rhetor


def test_attribution_fields_mirror_the_json(analyzer):
    text = "\u201cWe lost,\u201d Mayor Ana Soto said. \u201cBut we played well.\u201d Officials said the road was closed."
    report = analyzer.analyze(text)
    data = report.to_dict()
    assert len(report.attributions) == len(data["attributions"]) == 2
    for a, d in zip(report.attributions, data["attributions"]):
        assert a.anonymous == d["anonymous"]
        assert a.nested == d["nested"]
        assert [(p.start, p.end) for p in a.contents] == [(p["start"], p["end"]) for p in d["contents"]]
        for part in a.contents:
            assert text[part.start:part.end] == part.text
    first, second = report.attributions
    assert first.speaker is not None and first.speaker.text == "Ana Soto"
    assert not first.anonymous
    assert [p.text for p in first.contents] == ["\u201cWe lost,\u201d", "\u201cBut we played well.\u201d"]
    assert first.content.text.startswith("\u201cWe lost") and first.content.text.endswith("well.\u201d")
    assert second.source.text == "Officials" and second.speaker is None and second.anonymous


def test_tokens_carry_tags_where_tagged(analyzer):
    text = "Officials said the bridge would close. The sky is blue."
    report = analyzer.analyze(text)
    tokens = report.token_list
    assert [t.text for t in tokens][:3] == ["Officials", "said", "the"]
    for t in tokens:
        assert text[t.start:t.end] == t.text
    said = tokens[1]
    assert said.pos == "VERB" and said.kind == "word"
    # the second sentence has no cue: it is not tagged
    assert all(t.pos == "X" for t in tokens if t.start >= text.index("The sky"))
    assert {t.chunk for t in tokens} <= {"B", "I", "O"}
    assert isinstance(tokens[0], rhetor.Token)
    json.dumps([t.pos for t in tokens])


def test_tag_all_tags_every_sentence_with_chunks_and_pickles():
    import pickle

    analyzer = rhetor.Analyzer(tag_all=True)
    assert analyzer.options["tag_all"] is True
    tokens = analyzer.analyze("The sky is blue. Officials said so.").token_list
    assert all(t.pos != "X" for t in tokens)
    assert tokens[0].chunk == "B" and tokens[1].chunk == "I"
    again = pickle.loads(pickle.dumps(analyzer))
    assert again.options["tag_all"] is True
