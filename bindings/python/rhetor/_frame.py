"""Reports as pandas DataFrames (pandas is optional; imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ._core import Report, feature_names

if TYPE_CHECKING:  # pragma: no cover
    import pandas

LEVELS = ("document", "paragraph", "sentence", "match")
MATCH_COLUMNS = [
    "doc", "paragraph", "sentence", "start", "end", "category", "text", "entry", "weight", "voice",
    "tags", "scare_quote", "negated", "intensified",
]


def _categories(reports: Sequence[Report]) -> list[str]:
    seen: dict[str, None] = {}
    for r in reports:
        for c in r.categories:
            seen.setdefault(c, None)
    return list(seen)


def frame_columns(categories: Sequence[str], level: str = "paragraph") -> list[str]:
    """Column names of :func:`to_pandas` for the given categories and level."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    if level == "match":
        return list(MATCH_COLUMNS)
    keys = {
        "document": ["doc", "paragraphs", "sentences", "matches", "attributions"],
        "paragraph": ["doc", "paragraph", "start", "end", "sentences", "matches", "attributions"],
        "sentence": ["doc", "paragraph", "sentence", "start", "end", "matches", "attributions"],
    }[level]
    return keys + list(feature_names()) + [f"{c}_count" for c in categories]


def to_pandas(
    reports: Report | Iterable[Report],
    ids: Iterable[Any] | None = None,
    *,
    level: str = "paragraph",
    categories: Sequence[str] | None = None,
) -> "pandas.DataFrame":
    """Scores of one or more reports as a pandas DataFrame.

    ``level="paragraph"`` (default) gives one row per paragraph; ``"sentence"``
    one per sentence, ``"document"`` one per report. Columns: ``doc`` (the id
    from ``ids``, default the report's position), unit indices and code point
    offsets, counts, the feature columns of :func:`rhetor.feature_names`
    (float32, the same values as ``paragraph_features()`` etc.) and one
    ``<category>_count`` column per scored category (the union over the
    reports, or ``categories`` when given).

    ``level="match"`` gives one row per match instead: ``doc, paragraph,
    sentence, start, end, category, text, entry, weight, voice, tags`` (joined
    with ","), ``scare_quote, negated, intensified``.

        >>> df = rhetor.to_pandas(analyzer.analyze_many(texts), ids=doc_ids)
        >>> df.groupby("doc")["loaded_density"].max()
    """
    import numpy as np
    import pandas as pd

    if isinstance(reports, Report):
        reports = [reports]
    reports = list(reports)
    doc_ids = list(range(len(reports))) if ids is None else list(ids)
    if len(doc_ids) != len(reports):
        raise ValueError(f"got {len(doc_ids)} ids for {len(reports)} reports")
    if level == "match":
        return _match_frame(reports, doc_ids, ids is None)
    cats = _categories(reports) if categories is None else list(categories)
    columns = frame_columns(cats, level)
    names = list(feature_names())

    # Per report: int64 columns and a counts matrix from C++ (no per-match Python objects).
    tables = []
    features = []
    docs: list[Any] = []
    for doc, r in zip(doc_ids, reports):
        table = r._unit_table(level)
        if level == "document":
            features.append(r.document_profile()[np.newaxis, :])
        elif level == "paragraph":
            features.append(r.paragraph_features())
        else:
            features.append(r.sentence_features())
        rows = len(table["counts"])
        docs.extend([doc] * rows)
        index = {c: i for i, c in enumerate(r.categories)}
        counts = table.pop("counts")
        table["counts"] = np.stack(
            [counts[:, index[c]] if c in index else np.zeros(rows, dtype=np.int64) for c in cats], axis=1
        ) if cats else np.zeros((rows, 0), dtype=np.int64)
        tables.append(table)

    data: dict[str, Any] = {}
    for c in columns:
        if c == "doc":
            data[c] = pd.Series(docs, dtype="int64" if ids is None else object)
        elif c in names or c.endswith("_count"):
            continue
        else:
            data[c] = np.concatenate([t[c] for t in tables]) if tables else np.zeros(0, dtype=np.int64)
    matrix = np.concatenate(features, axis=0) if features else np.zeros((0, len(names)), dtype=np.float32)
    for j, n in enumerate(names):
        data[n] = matrix[:, j]
    counts = (
        np.concatenate([t["counts"] for t in tables], axis=0) if tables else np.zeros((0, len(cats)), dtype=np.int64)
    )
    for j, c in enumerate(cats):
        data[f"{c}_count"] = counts[:, j]
    frame = pd.DataFrame(data, columns=columns)
    if ids is not None:
        frame["doc"] = frame["doc"].infer_objects()
    return frame


def _match_frame(reports: list[Report], doc_ids: list[Any], default_ids: bool) -> "pandas.DataFrame":
    import pandas as pd

    rows: dict[str, list] = {c: [] for c in MATCH_COLUMNS}
    for doc, r in zip(doc_ids, reports):
        for m in r.matches:
            rows["doc"].append(doc)
            rows["paragraph"].append(m.paragraph)
            rows["sentence"].append(m.sentence)
            rows["start"].append(m.start)
            rows["end"].append(m.end)
            rows["category"].append(m.category)
            rows["text"].append(m.text)
            rows["entry"].append(m.entry)
            rows["weight"].append(m.weight)
            rows["voice"].append(m.voice)
            rows["tags"].append(",".join(m.tags))
            rows["scare_quote"].append(m.scare_quote)
            rows["negated"].append(m.negated)
            rows["intensified"].append(m.intensified)
    dtypes = {"doc": "int64" if default_ids else object, "paragraph": "int64", "sentence": "int64",
              "start": "int64", "end": "int64", "weight": "float64", "scare_quote": bool,
              "negated": bool, "intensified": bool}
    frame = pd.DataFrame({c: pd.Series(v, dtype=dtypes.get(c, object)) for c, v in rows.items()},
                         columns=MATCH_COLUMNS)
    if not default_ids:
        frame["doc"] = frame["doc"].infer_objects()
    return frame
