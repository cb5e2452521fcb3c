"""rhetor: loaded language, hedging/boosting and attribution in news text.

    >>> import rhetor
    >>> analyzer = rhetor.Analyzer()                 # default English pack
    >>> report = analyzer.analyze(text)
    >>> for m in report.matches:
    ...     print(m.category, m.text, m.voice, text[m.start:m.end] == m.text)
    >>> X = report.sentence_features()               # numpy float32, (sentences, features)
    >>> df = rhetor.to_pandas([report])              # one row per paragraph

Offsets (``start``/``end``) are Python string indices into the analyzed text.
Build an :class:`Analyzer` once and reuse it; it is immutable and thread-safe,
and :meth:`Analyzer.analyze_many` runs on C++ threads with the GIL released.
For corpora spread over a cluster see :mod:`rhetor.dask`.
"""

from collections.abc import Mapping as _Mapping

from ._core import (
    FEATURE_COUNT,
    Analyzer,
    AnalyzerError,
    Attribution,
    Token,
    CategoryScore,
    Constraint,
    Error,
    InputError,
    Lexicon,
    LexiconEntry,
    LexiconError,
    LexiconIssue,
    Manifest,
    Match,
    Paragraph,
    Quote,
    Report,
    Scores,
    Sentence,
    TextSpan,
    __version__,
    _to_html,
    cosine_similarity,
    feature_names,
)
from . import _protocols
from ._frame import to_pandas

_protocols.install()  # reprs, the mapping protocol of Scores, to_dict
_Mapping.register(Scores)


def _report_to_frame(self, id=None):  # noqa: A002 - mirrors the JSON key
    """One row per paragraph (pandas DataFrame); see :func:`rhetor.to_pandas`."""
    return to_pandas([self], ids=None if id is None else [id])


Report.to_frame = _report_to_frame


def to_html(reports, *, names=None, title=None, script=True):
    """The HTML page of ``rhetor report``: one self-contained file (no network requests).

    ``reports``: a Report, a list of Reports, or a mapping name -> Report. Several
    reports get an index with each profile and a comparison chart.

        >>> open("report.html", "w", encoding="utf-8").write(rhetor.to_html({"op-ed": report}))
    """
    if isinstance(reports, Report):
        reports = [reports]
    elif isinstance(reports, _Mapping):
        names = list(reports.keys()) if names is None else names
        reports = list(reports.values())
    else:
        reports = list(reports)
    if not reports or not all(isinstance(r, Report) for r in reports):
        raise TypeError("to_html needs a Report, a list of Reports or a mapping name -> Report")
    if names is None:
        names = [""] if len(reports) == 1 else [f"document {i + 1}" for i in range(len(reports))]
    names = [str(n) for n in names]
    if len(names) != len(reports):
        raise ValueError(f"{len(names)} names for {len(reports)} reports")
    return _to_html(reports, names, "" if title is None else str(title), bool(script))


def _report_repr_html(self):
    return to_html(self)


Report._repr_html_ = _report_repr_html

__all__ = [
    "FEATURE_COUNT",
    "Analyzer",
    "AnalyzerError",
    "Attribution",
    "Token",
    "CategoryScore",
    "Constraint",
    "Error",
    "InputError",
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "LexiconIssue",
    "Manifest",
    "Match",
    "Paragraph",
    "Quote",
    "Report",
    "Scores",
    "Sentence",
    "TextSpan",
    "__version__",
    "cosine_similarity",
    "feature_names",
    "to_html",
    "to_pandas",
]
