"""Score a corpus with rhetor across the workers of a Dask cluster.

    >>> import dask.bag as db
    >>> from dask.distributed import Client, LocalCluster
    >>> import rhetor.dask
    >>> client = Client(LocalCluster(n_workers=4, threads_per_worker=1))
    >>> bag = db.read_text("corpus-*.jsonl").map(json.loads)      # {"id": ..., "text": ...}
    >>> scored = rhetor.dask.score(bag)                             # lazy
    >>> documents, paragraphs = dask.compute(scored.documents, scored.paragraphs)

:func:`score` takes a Dask bag (of strings, or of records with a text and an
id field), a Dask Series of texts, or a Dask DataFrame with a text column, and
returns two lazy Dask DataFrames: one row per document and one row per
paragraph, with the columns of :func:`rhetor.to_pandas` (``level="document"``
and ``level="paragraph"``). Both come from the same per-partition tasks:
compute them together (``dask.compute(a, b)``) and every text is analyzed once.

Each worker process builds its :class:`rhetor.Analyzer` once, on first use, and
caches it keyed by the lexicon specification, so a partition costs only its
analysis. Lexicon paths are read on the workers (they must exist there, e.g. on
a shared filesystem); :class:`rhetor.Lexicon` objects are shipped by value
(they pickle), which is the way to go when workers cannot see your files.

Workers must be able to ``import rhetor``: install the wheel on every worker
(``pip install .``), or point ``PYTHONPATH`` at a build tree's ``python/``
directory in the environment the workers start with.
"""

from __future__ import annotations

import os
import pickle
import threading
from typing import Any, NamedTuple, Sequence

from ._core import Analyzer, Lexicon
from ._frame import frame_columns, to_pandas

__all__ = ["ScoredCorpus", "analyzer_for", "score", "score_partition"]

# (("path", "/abs/path") | ("lexicon", b"pickled"), ...) or None, plus the options.
LexiconSpec = Any

_cache: dict[Any, Analyzer] = {}
_cache_lock = threading.Lock()


class ScoredCorpus(NamedTuple):
    """The lazy results of :func:`score`."""

    documents: Any  # dask.dataframe.DataFrame, one row per document
    paragraphs: Any  # dask.dataframe.DataFrame, one row per paragraph
    matches: Any = None  # dask.dataframe.DataFrame, one row per match (score(..., matches=True))


def make_spec(lexicons=None, **options) -> tuple:
    """A hashable, picklable description of an analyzer: the cache key on workers."""
    if lexicons is None:
        items = None
    else:
        if isinstance(lexicons, (str, bytes, os.PathLike, Lexicon)):
            lexicons = [lexicons]
        items = []
        for item in lexicons:
            if isinstance(item, Lexicon):
                items.append(("lexicon", pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)))
            elif isinstance(item, (str, bytes, os.PathLike)):
                items.append(("path", os.path.abspath(os.fsdecode(item))))
            else:
                raise TypeError(
                    "lexicons must hold paths or rhetor.Lexicon objects, not " + type(item).__name__
                )
        items = tuple(items)
    return (items, tuple(sorted(options.items())))


def analyzer_for(spec: tuple) -> Analyzer:
    """The analyzer for ``spec``, built once per process and then reused."""
    analyzer = _cache.get(spec)
    if analyzer is not None:
        return analyzer
    with _cache_lock:
        analyzer = _cache.get(spec)
        if analyzer is None:
            items, options = spec
            lexicons = None
            if items is not None:
                lexicons = [pickle.loads(v) if kind == "lexicon" else v for kind, v in items]
            analyzer = Analyzer(lexicons, **dict(options))
            _cache[spec] = analyzer
        return analyzer


def _texts_and_ids(part, partition: int, text_key: str, id_key: str | None):
    """(texts, ids) of one partition: a list (bag), a pandas Series or a DataFrame."""
    import pandas as pd

    if isinstance(part, pd.DataFrame):
        texts = part[text_key].tolist()
        ids = part[id_key].tolist() if id_key is not None and id_key in part else part.index.tolist()
        return texts, ids
    if isinstance(part, pd.Series):
        return part.tolist(), part.index.tolist()
    texts, ids = [], []
    for i, item in enumerate(part):
        if isinstance(item, (str, bytes)):
            texts.append(item)
            ids.append(f"{partition}-{i}")
        else:
            texts.append(item[text_key])
            ids.append(item[id_key] if id_key is not None and id_key in item else f"{partition}-{i}")
    return texts, ids


def score_partition(part, spec: tuple, partition: int = 0, text_key: str = "text",
                    id_key: str | None = "id", threads: int = 1, matches: bool = False):
    """Scores one partition: returns (documents, paragraphs) as pandas DataFrames,
    and a third, per-match frame when ``matches`` is true.

    This is what runs on the workers; it also works on its own, in-process, on
    a list of texts or records, or on a pandas Series or DataFrame.
    """
    analyzer = analyzer_for(spec)
    texts, ids = _texts_and_ids(part, partition, text_key, id_key)
    reports = analyzer.analyze_many(texts, threads=threads)
    cats = analyzer.categories
    frames = [
        to_pandas(reports, ids, level="document", categories=cats),
        to_pandas(reports, ids, level="paragraph", categories=cats),
    ]
    if matches:
        frames.append(to_pandas(reports, ids, level="match"))
    for f in frames:
        f["doc"] = f["doc"].astype(object)
    return tuple(frames)


def _meta(spec: tuple, level: str):
    """An empty frame with the output columns and dtypes."""
    import numpy as np
    import pandas as pd

    from ._core import feature_names

    cats = analyzer_for(spec).categories
    names = set(feature_names())
    columns = frame_columns(cats, level)
    if level == "match":
        special = {"weight": np.float64, "scare_quote": bool, "negated": bool, "intensified": bool,
                   "paragraph": np.int64, "sentence": np.int64, "start": np.int64, "end": np.int64}
        return pd.DataFrame({c: pd.Series([], dtype=special.get(c, object)) for c in columns}, columns=columns)
    return pd.DataFrame(
        {
            c: pd.Series([], dtype=object if c == "doc" else np.float32 if c in names else np.int64)
            for c in columns
        },
        columns=columns,
    )


def score(
    collection,
    *,
    lexicons: Sequence[str | os.PathLike | Lexicon] | str | os.PathLike | Lexicon | None = None,
    text_key: str = "text",
    id_key: str | None = "id",
    threads: int = 1,
    matches: bool = False,
    **options,
) -> ScoredCorpus:
    """Scores every text of a Dask collection on the cluster's workers.

    ``collection``: a ``dask.bag.Bag`` of str (ids become ``"<partition>-<i>"``)
    or of dict records (``record[text_key]``, id ``record[id_key]`` when present);
    a ``dask.dataframe.Series`` of str (ids from the index); or a
    ``dask.dataframe.DataFrame`` (text from column ``text_key``, ids from column
    ``id_key`` when present, else from the index).

    ``lexicons`` and ``**options`` (segmenter, negation_window, ...) are those of
    :class:`rhetor.Analyzer`. ``threads`` is the number of C++ threads each task
    uses; the default 1 suits Dask workers that already run one task per core.

    Returns a :class:`ScoredCorpus` of two lazy Dask DataFrames (documents,
    paragraphs) whose ``doc`` column holds the ids, plus a third, one row per
    match (``to_pandas(level="match")``), when ``matches`` is true. Row order
    within a partition follows the input; the index is not meaningful.
    """
    import dask
    import dask.bag
    import dask.dataframe as dd

    if isinstance(collection, dd.Series):
        pass
    elif isinstance(collection, dd.DataFrame):
        keep = [text_key] + ([id_key] if id_key is not None and id_key in collection.columns else [])
        collection = collection[keep]
    elif not isinstance(collection, dask.bag.Bag):
        raise TypeError(
            "collection must be a dask Bag, Series or DataFrame, not " + type(collection).__name__
        )

    spec = make_spec(lexicons, **options)
    levels = ["document", "paragraph"] + (["match"] if matches else [])
    metas = [_meta(spec, level) for level in levels]  # also validates the spec, here on the client
    spec_task = dask.delayed(spec, name="rhetor-spec-" + dask.base.tokenize(spec))  # shipped once per worker
    scored = [
        dask.delayed(score_partition, pure=True, nout=len(levels))(
            part, spec_task, i, text_key, id_key, threads, matches
        )
        for i, part in enumerate(collection.to_delayed())
    ]
    frames = [
        dd.from_delayed([s[k] for s in scored], meta=meta, verify_meta=False) for k, meta in enumerate(metas)
    ]
    return ScoredCorpus(*frames)
