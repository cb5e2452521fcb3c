"""The Pythonic side of the compiled classes: reprs, the mapping protocol of
:class:`Scores`, and the ``to_dict`` methods.

They are attached to the classes of ``rhetor._core`` here (as re2 keeps
``_re2.cc`` to conversions and writes its helpers in ``re2.py``), so the C++
shim only converts. :func:`install` runs once, from ``rhetor/__init__.py``.
"""

import json as _json

from . import _core


# --- lexicons -----------------------------------------------------------------


def _constraint_repr(c):
    return f"<Constraint {'@!' if c.negated else '@'}{c.where}={'|'.join(c.words)}>"


def _entry_repr(e):
    at = f" at {e.origin}" if e.origin else ""
    return f"<LexiconEntry [{e.category}] {e.pattern!r} ={e.weight!r}{at}>"


def _manifest_repr(m):
    return f"<Manifest {m.name!r} {m.version!r}>"


def _issue_repr(i):
    return f"<LexiconIssue {i.origin}: {i.message}>"


def _lexicon_repr(lex):
    return f"<Lexicon {lex.manifest.name!r} with {len(lex)} entries>"


# --- scores: a read-only mapping from category name to CategoryScore ------------
# Lookup by name or id (and its errors) is Scores.__getitem__ in C++, shared
# with density(); the rest of the mapping is built on it.


def _category_score_to_dict(c):
    return {
        "count": c.count,
        "weight": c.weight,
        "author_count": c.author_count,
        "quoted_count": c.quoted_count,
        "author_weight": c.author_weight,
        "quoted_weight": c.quoted_weight,
    }


def _category_score_repr(c):
    return (
        f"CategoryScore(count={c.count}, weight={c.weight!r}, "
        f"author_count={c.author_count}, quoted_count={c.quoted_count})"
    )


def _scores_len(s):
    return len(s.categories)


def _scores_iter(s):
    return iter(s.categories)


def _scores_contains(s, key):
    return isinstance(key, str) and key in s.categories


def _scores_keys(s):
    return s.categories


def _scores_values(s):
    return [s[i] for i in range(len(s.categories))]


def _scores_items(s):
    return [(name, s[i]) for i, name in enumerate(s.categories)]


def _scores_get(s, category, default=None):
    """The CategoryScore of a category name, or ``default`` (also for a key that is not a str)."""
    if not isinstance(category, str) or category not in s.categories:
        return default
    return s[category]


def _scores_to_dict(s):
    """Plain dict: unit totals and {category: {count, weight, ...}}."""
    return {
        "tokens": s.tokens,
        "attributions": s.attributions,
        "quoted_tokens": s.quoted_tokens,
        "scare_quotes": s.scare_quotes,
        "negated": s.negated,
        "intensified": s.intensified,
        "categories": {name: _category_score_to_dict(c) for name, c in _scores_items(s)},
    }


def _scores_repr(s):
    counts = "".join(f" {name}={c.count}" for name, c in _scores_items(s))
    return f"<Scores tokens={s.tokens}{counts}>"


# --- report pieces ----------------------------------------------------------------


def _text_span_repr(t):
    return f"TextSpan(start={t.start}, end={t.end}, text={t.text!r})"


def _match_to_dict(m):
    return {
        "category": m.category,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "entry": m.entry,
        "weight": m.weight,
        "voice": m.voice,
        "sentence": m.sentence,
        "paragraph": m.paragraph,
        "tags": list(m.tags),
        "scare_quote": m.scare_quote,
        "negated": m.negated,
        "intensified": m.intensified,
        "attributed": m.attributed,
    }


def _match_repr(m):
    return (
        f"Match(category={m.category!r}, start={m.start}, end={m.end}, text={m.text!r}, "
        f"weight={m.weight!r}, voice={m.voice!r})"
    )


def _token_repr(t):
    return f"Token({t.text!r}, {t.pos})"


def _attribution_repr(a):
    source = repr(a.source.text) if a.source is not None else "None"
    content = repr(a.content.text) if a.content is not None else "None"
    return f"Attribution(cue={a.cue.text!r}, source={source}, content={content})"


def _quote_repr(q):
    return f"Quote(start={q.start}, end={q.end}, text={q.text!r}{', scare=True' if q.scare else ''})"


def _sentence_repr(s):
    return f"<Sentence {s.index} [{s.start}:{s.end}] {len(s.matches)} matches>"


def _paragraph_repr(p):
    return f"<Paragraph {p.index} [{p.start}:{p.end}] {len(p.sentences)} sentences, {len(p.matches)} matches>"


def _report_to_dict(self, *, id=None, include_paragraphs=True):  # noqa: A002 - mirrors the JSON key
    """The same structure as the CLI's JSON output, as Python objects."""
    d = _json.loads(self.to_json(include_paragraphs=include_paragraphs))
    if id is None:
        return d
    return {"id": id, **d}  # first, as in the CLI's output


def _analyzer_repr(a):
    return f"<rhetor.Analyzer: {len(a.categories)} categories, {a.compiled_forms} compiled forms>"


def install():
    """Attaches everything above to the classes of rhetor._core."""
    for cls, name, fn in [
        (_core.Constraint, "__repr__", _constraint_repr),
        (_core.LexiconEntry, "__repr__", _entry_repr),
        (_core.Manifest, "__repr__", _manifest_repr),
        (_core.LexiconIssue, "__repr__", _issue_repr),
        (_core.Lexicon, "__repr__", _lexicon_repr),
        (_core.CategoryScore, "to_dict", _category_score_to_dict),
        (_core.CategoryScore, "__repr__", _category_score_repr),
        (_core.Scores, "__len__", _scores_len),
        (_core.Scores, "__iter__", _scores_iter),
        (_core.Scores, "__contains__", _scores_contains),
        (_core.Scores, "keys", _scores_keys),
        (_core.Scores, "values", _scores_values),
        (_core.Scores, "items", _scores_items),
        (_core.Scores, "get", _scores_get),
        (_core.Scores, "to_dict", _scores_to_dict),
        (_core.Scores, "__repr__", _scores_repr),
        (_core.TextSpan, "__repr__", _text_span_repr),
        (_core.Match, "to_dict", _match_to_dict),
        (_core.Match, "__repr__", _match_repr),
        (_core.Token, "__repr__", _token_repr),
        (_core.Attribution, "__repr__", _attribution_repr),
        (_core.Quote, "__repr__", _quote_repr),
        (_core.Sentence, "__repr__", _sentence_repr),
        (_core.Paragraph, "__repr__", _paragraph_repr),
        (_core.Report, "to_dict", _report_to_dict),
        (_core.Analyzer, "__repr__", _analyzer_repr),
    ]:
        setattr(cls, name, fn)
