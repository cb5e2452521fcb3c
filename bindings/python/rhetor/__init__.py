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
    cosine_similarity,
    feature_names,
)
from ._frame import to_pandas

_Mapping.register(Scores)


def _report_to_frame(self, id=None):  # noqa: A002 - mirrors the JSON key
    """One row per paragraph (pandas DataFrame); see :func:`rhetor.to_pandas`."""
    return to_pandas([self], ids=None if id is None else [id])


Report.to_frame = _report_to_frame

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
    "to_pandas",
]
