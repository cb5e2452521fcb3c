"""The Python API: Analyzer, Lexicon, Report and its parts."""

from __future__ import annotations

import json
import os
import pathlib
import pickle
from collections.abc import Mapping

import pytest

import rhetor

CORE = ["loaded", "hedge", "booster", "attribution"]


def test_version_and_exports():
    assert rhetor.__version__.count(".") == 2
    for name in rhetor.__all__:
        assert hasattr(rhetor, name), name


def test_default_analyzer(analyzer):
    assert analyzer.categories[:4] == CORE
    assert analyzer.category_id("hedge") == 1
    assert analyzer.category_id("no-such-category") == -1
    assert analyzer.compiled_forms > 100
    assert analyzer.options == {
        "segmenter": "fast",
        "negation_window": 3,
        "intensifier_factor": 1.5,
        "scare_quote_max_tokens": 4,
        "tag_all": False,
        "quoted_loaded_factor": pytest.approx(0.1),
    }
    assert "Analyzer" in repr(analyzer)


def test_report_structure(analyzer, simple_text):
    report = analyzer.analyze(simple_text)
    assert isinstance(report, rhetor.Report)
    assert report.text == simple_text
    assert len(report.paragraphs) == 2
    assert len(report.sentences) >= 3
    assert report.categories == analyzer.categories

    # The hierarchy: paragraphs own contiguous sentences, sentences own contiguous matches.
    all_sentences = [s.index for p in report.paragraphs for s in p.sentences]
    assert all_sentences == list(range(len(report.sentences)))
    assert [m.to_dict() for s in report.sentences for m in s.matches] == [m.to_dict() for m in report.matches]
    for p in report.paragraphs:
        for s in p.sentences:
            assert s.paragraph == p.index
        for m in p.matches:
            assert m.paragraph == p.index
    for s in report.sentences:
        for m in s.matches:
            assert m.sentence == s.index

    m = report.matches[0]
    assert isinstance(m, rhetor.Match)
    assert m.category in report.categories
    assert m.voice in ("author", "quoted")
    assert isinstance(m.tags, tuple)
    assert isinstance(m.weight, float)
    assert m.entry is None or isinstance(m.entry, str)
    assert "Match(" in repr(m)
    categories = {m.category for m in report.matches}
    assert {"loaded", "hedge", "booster", "attribution"} <= categories, report.matches


def test_scores_and_density(analyzer, simple_text):
    report = analyzer.analyze(simple_text)
    scores = report.scores
    assert isinstance(scores, Mapping)
    assert list(scores) == report.categories == scores.keys()
    assert scores.tokens == report.tokens == sum(p.tokens for p in report.paragraphs)
    for cat in report.categories:
        count = sum(1 for m in report.matches if m.category == cat)
        assert scores[cat].count == count, cat
        assert scores[report.categories.index(cat)].count == count
        assert report.density[cat] == pytest.approx(100.0 * count / scores.tokens)
        assert scores.density(cat) == pytest.approx(report.density[cat])
        assert scores[cat].author_count + scores[cat].quoted_count == count
    assert sum(p.scores["loaded"].count for p in report.paragraphs) == scores["loaded"].count
    assert sum(s.scores.tokens for s in report.sentences) == scores.tokens
    assert "loaded" in scores and "nope" not in scores and 3 not in scores
    assert scores.get("nope") is None
    with pytest.raises(KeyError):
        scores["nope"]
    with pytest.raises(IndexError):
        scores[999]
    d = scores.to_dict()
    assert d["tokens"] == scores.tokens and set(d["categories"]) == set(report.categories)
    assert dict(scores.items()).keys() == set(report.categories)
    assert 0.0 <= scores.quoted_share <= 1.0
    assert scores.quoted_tokens > 0  # the quotation in the second paragraph
    assert isinstance(report.paragraphs[0].density, dict)


def test_attributions(analyzer, simple_text):
    report = analyzer.analyze(simple_text)
    assert report.attributions
    a = report.attributions[0]
    assert isinstance(a.cue, rhetor.TextSpan)
    assert report.matches[a.cue_match].category == "attribution"
    assert report.matches[a.cue_match].start == a.cue.start
    assert a.paragraph == 1
    assert report.paragraphs[1].attributions
    assert report.paragraphs[1].attributions_per_sentence > 0
    assert report.paragraphs[1].attribution_density > 0
    assert [q.text for q in report.quotes]


def test_score_sentence(analyzer):
    s = analyzer.score_sentence("It is likely, not certain.")
    assert s["count"]["hedge"] == 2
    assert s["tokens"] > 0 and s["matches"] >= 2
    assert set(s["count"]) == set(analyzer.categories)
    assert s["density"]["hedge"] == pytest.approx(100.0 * 2 / s["tokens"])
    assert analyzer.score_sentence(b"It is likely.")["count"]["hedge"] == 1
    with pytest.raises(TypeError):
        analyzer.score_sentence(42)


def test_to_dict_and_json(analyzer, simple_text):
    report = analyzer.analyze(simple_text)
    d = report.to_dict()
    assert {"matches", "attributions", "paragraphs", "document"} <= d.keys()
    assert d == json.loads(report.to_json())
    assert d == json.loads(report.to_json(indent=2))
    with_id = report.to_dict(id="doc-1")
    assert next(iter(with_id)) == "id" and with_id["id"] == "doc-1"
    assert json.loads(report.to_json(id="doc-1"))["id"] == "doc-1"
    short = report.to_dict(include_paragraphs=False)
    assert "paragraphs" not in short and "document" in short


def test_custom_lexicon_from_string():
    lex = rhetor.Lexicon.from_string("[loaded]\nwar machine =2\n", "inline")
    assert len(lex) == 1
    entry = lex.entries[0]
    assert (entry.category, entry.pattern, entry.weight) == ("loaded", "war machine", 2.0)
    assert entry.origin.startswith("inline")
    analyzer = rhetor.Analyzer(lexicons=[lex])
    assert analyzer.categories[:4] == CORE
    report = analyzer.analyze("The war machine rolls on. The thugs said so.")
    assert [(m.category, m.text, m.weight) for m in report.matches] == [("loaded", "war machine", 2.0)]
    assert report.matches[0].entry == "war machine"
    assert rhetor.Analyzer(lex).analyze("A war machine.").matches[0].text == "war machine"


def test_lexicon_paths_replace_the_default(tmp_path: pathlib.Path):
    path = tmp_path / "mine.lex"
    path.write_text("[loaded #smear]\njackboot/jackboots =3\n[spin]\nnarrative\n", encoding="utf-8")
    text = "Jackboots and thugs push a narrative."
    for lexicons in ([str(path)], [path], str(path), path, [os.fsencode(path)]):
        analyzer = rhetor.Analyzer(lexicons=lexicons)
        assert analyzer.categories == CORE + ["spin"]
        report = analyzer.analyze(text)
        assert [(m.category, m.text) for m in report.matches] == [("loaded", "Jackboots"), ("spin", "narrative")]
        assert report.matches[0].tags == ("smear",)
        assert report.scores["spin"].count == 1
        assert report.matches[0].origin.startswith(str(path))
    # Extending the default pack: the English Lexicon first, then your own.
    both = rhetor.Analyzer(lexicons=[rhetor.Lexicon.english(), path])
    assert {m.text for m in both.analyze(text).matches} >= {"Jackboots", "thugs", "narrative"}
    assert rhetor.Lexicon.load(path).entries[0].pattern == "jackboot/jackboots"
    assert len(rhetor.Lexicon.from_file(str(path))) == 2


def test_lexicon_pack_directory(tmp_path: pathlib.Path):
    (tmp_path / "manifest.txt").write_text("name = tiny\nversion = 1.0\nlanguage = en\nfiles = a.lex\n")
    (tmp_path / "a.lex").write_text("[hedge]\nkinda\n")
    lex = rhetor.Lexicon.load(tmp_path)
    assert lex.manifest.name == "tiny" and lex.manifest.version == "1.0"
    assert len(rhetor.Lexicon.from_directory(str(tmp_path))) == 1
    report = rhetor.Analyzer([tmp_path]).analyze("It is kinda true.")
    assert [m.category for m in report.matches] == ["hedge"]


def test_lexicon_object_api():
    english = rhetor.Lexicon.english()
    assert len(english) > 100
    assert english.manifest.name == "rhetor-en"
    extra = rhetor.Lexicon.from_string("[loaded]\nwar machine\n")
    merged = rhetor.Lexicon.english()
    assert merged.merge(extra) is merged
    assert len(merged) == len(english) + 1
    empty = rhetor.Lexicon()
    empty.add(rhetor.LexiconEntry("loaded", "ogre", 2.5, ["smear"], constraints=[rhetor.Constraint("next", True, ["<num>"])]))
    assert len(empty) == 1 and empty.entries[0].constraints[0].where == "next"
    assert rhetor.Analyzer([empty]).analyze("An ogre. An ogre 3.").scores["loaded"].count == 1
    assert isinstance(english.check(), list)
    stats = english.stats()
    assert stats["entries"] == len(english) and stats["forms"] >= stats["entries"]
    dic = rhetor.Lexicon.from_dic_string("%\n1\tloaded\n2\tspin\n%\nthug*\t1\nnarrative\t2\n", "tiny.dic")
    assert rhetor.Analyzer([dic]).analyze("Thuggish narrative.").scores["spin"].count == 1


def test_lexicon_pickles_by_value():
    lex = rhetor.Lexicon.from_string("[loaded #smear]\nogre/ogres =2.5 @!next=<num>\n[hedge]\nkinda\n", "x.lex")
    clone = pickle.loads(pickle.dumps(lex))
    assert len(clone) == len(lex)
    for a, b in zip(lex.entries, clone.entries):
        assert (a.category, a.pattern, a.weight, a.tags, a.origin) == (b.category, b.pattern, b.weight, b.tags, b.origin)
        assert [(c.where, c.negated, c.words) for c in a.constraints] == [(c.where, c.negated, c.words) for c in b.constraints]
    text = "Ogres, kinda. Ogres 3."
    assert rhetor.Analyzer([lex]).analyze(text).to_dict() == rhetor.Analyzer([clone]).analyze(text).to_dict()


def test_lexicon_pickles_pos_and_window_constraints():
    lex = rhetor.Lexicon.from_string(
        "[loaded]\nsmear/smeared @pos=VERB\ndestroyed @!after=homes|city\n", "w.lex")
    clone = pickle.loads(pickle.dumps(lex))
    assert [e.pos_allowed for e in clone.entries] == [e.pos_allowed for e in lex.entries]
    assert lex.entries[0].pos_allowed != 0
    assert [c.where for c in clone.entries[1].constraints] == ["after"]
    text = "The smear was ugly. They smeared him. The quake destroyed the city. Greed destroyed them."
    got = rhetor.Analyzer([clone]).analyze(text)
    assert [m.text for m in got.matches] == ["smeared", "destroyed"]
    assert got.to_dict() == rhetor.Analyzer([lex]).analyze(text).to_dict()


def test_analyzer_argument_errors():
    with pytest.raises(ValueError):
        rhetor.Analyzer(lexicons=[])
    with pytest.raises(TypeError):
        rhetor.Analyzer(lexicons=[42])
    with pytest.raises(ValueError):
        rhetor.Analyzer(segmenter="nope")
    with pytest.raises(TypeError):
        rhetor.Analyzer().analyze(42)
    with pytest.raises(TypeError):
        rhetor.Report()


def test_icu_segmenter_agrees_on_simple_text(simple_text):
    fast = rhetor.Analyzer()
    icu = rhetor.Analyzer(segmenter="icu")
    assert icu.options["segmenter"] == "icu"
    assert [m.text for m in icu.analyze(simple_text).matches] == [m.text for m in fast.analyze(simple_text).matches]


def test_options_change_results():
    lex = rhetor.Lexicon.from_string("[loaded]\ncorrupt\n[intensifier]\nutterly\n", "opts.lex")
    text = "They are utterly corrupt."
    default = rhetor.Analyzer([lex]).analyze(text).matches
    flat = rhetor.Analyzer([lex], intensifier_factor=1.0).analyze(text).matches
    assert [(m.text, m.intensified, m.weight) for m in default] == [("corrupt", True, 1.5)]
    assert [(m.text, m.weight) for m in flat] == [("corrupt", 1.0)]
    assert rhetor.Analyzer([lex], intensifier_factor=2.5).analyze(text).scores["loaded"].weight == 2.5


def test_report_outlives_analyzer(simple_text):
    report = rhetor.Analyzer().analyze(simple_text)
    import gc

    gc.collect()
    assert report.matches and report.scores.categories[:4] == CORE
    assert report.to_dict()["matches"]


def test_quoted_loaded_factor():
    text = 'The mayor said: "This corrupt regime is a war machine."'
    default = rhetor.Analyzer().analyze(text)
    alike = rhetor.Analyzer(quoted_loaded_factor=1.0).analyze(text)
    quoted = [m for m in default.matches if m.category == "loaded"]
    assert quoted and all(m.voice == "quoted" for m in quoted)
    assert default.scores["loaded"].weight == pytest.approx(0.1 * alike.scores["loaded"].weight)
    assert pickle.loads(pickle.dumps(rhetor.Analyzer(quoted_loaded_factor=0.5))).options["quoted_loaded_factor"] == 0.5
    with pytest.raises(ValueError):
        rhetor.Analyzer(quoted_loaded_factor=-1)
