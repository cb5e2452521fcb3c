"""C++ errors become rhetor.Error subclasses with the C++ message."""

from __future__ import annotations

import pathlib
import pickle

import pytest

import rhetor


def test_hierarchy():
    assert issubclass(rhetor.Error, RuntimeError)
    for cls in (rhetor.LexiconError, rhetor.AnalyzerError, rhetor.InputError):
        assert issubclass(cls, rhetor.Error)
        assert cls.__module__ == "rhetor"


def test_lexicon_error_from_string_has_location():
    with pytest.raises(rhetor.LexiconError) as info:
        rhetor.Lexicon.from_string("[loaded]\nthug =x\n", "inline.lex")
    e = info.value
    assert e.file == "inline.lex"
    assert e.line == 2
    assert e.column >= 1
    assert str(e).startswith(f"inline.lex:2:{e.column}:")
    assert e.message and e.message in str(e)
    assert isinstance(e, rhetor.Error)


def test_lexicon_error_from_file(tmp_path: pathlib.Path):
    path = tmp_path / "broken.lex"
    path.write_text("# fine\n[loaded]\nthug =2\nbrute =99\n", encoding="utf-8")
    with pytest.raises(rhetor.LexiconError) as info:
        rhetor.Lexicon.load(path)
    e = info.value
    assert e.file.endswith("broken.lex")
    assert e.line == 4
    assert f"broken.lex:4:{e.column}" in str(e)
    # The same error when the Analyzer loads the path itself.
    with pytest.raises(rhetor.LexiconError, match=r"broken\.lex:4:"):
        rhetor.Analyzer(lexicons=[path])


def test_missing_file(tmp_path: pathlib.Path):
    with pytest.raises(rhetor.LexiconError) as info:
        rhetor.Lexicon.load(tmp_path / "nope.lex")
    assert "nope.lex" in str(info.value)


def test_lexicon_error_pickles():
    try:
        rhetor.Lexicon.from_string("[loaded]\nthug =x\n", "inline.lex")
    except rhetor.LexiconError as e:
        clone = pickle.loads(pickle.dumps(e))
        assert type(clone) is rhetor.LexiconError
        assert (clone.file, clone.line, clone.column, str(clone)) == (e.file, e.line, e.column, str(e))
    else:
        pytest.fail("no LexiconError")


def test_too_many_categories_is_an_analyzer_error():
    text = "".join(f"[extra{i}]\nword{i}\n" for i in range(200))
    lex = rhetor.Lexicon.from_string(text, "many.lex")
    with pytest.raises(rhetor.AnalyzerError) as info:
        rhetor.Analyzer([lex])
    assert str(info.value)


def test_errors_can_be_caught_as_rhetor_error():
    with pytest.raises(rhetor.Error):
        rhetor.Lexicon.from_string("[loaded\n", "x.lex")
