"""Reports as pandas DataFrames (pandas is optional; imported on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ._core import Report, feature_names

if TYPE_CHECKING:  # pragma: no cover
    import pandas

LEVELS = ("document", "paragraph", "sentence")


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
    cats = _categories(reports) if categories is None else list(categories)
    columns = frame_columns(cats, level)
    names = list(feature_names())

    keys: dict[str, list] = {c: [] for c in columns if c not in names and not c.endswith("_count")}
    counts: dict[str, list[int]] = {c: [] for c in cats}
    blocks = []
    for doc, r in zip(doc_ids, reports):
        if level == "document":
            units = [r]
            blocks.append(r.document_profile()[np.newaxis, :])
            keys["doc"].append(doc)
            keys["paragraphs"].append(len(r.paragraphs))
            keys["sentences"].append(len(r.sentences))
            keys["matches"].append(len(r.matches))
            keys["attributions"].append(r.scores.attributions)
        else:
            units = r.paragraphs if level == "paragraph" else r.sentences
            blocks.append(r.paragraph_features() if level == "paragraph" else r.sentence_features())
            for u in units:
                keys["doc"].append(doc)
                if level == "paragraph":
                    keys["paragraph"].append(u.index)
                    keys["sentences"].append(len(u.sentences))
                else:
                    keys["paragraph"].append(u.paragraph)
                    keys["sentence"].append(u.index)
                keys["start"].append(u.start)
                keys["end"].append(u.end)
                keys["matches"].append(len(u.matches))
                keys["attributions"].append(u.scores.attributions)
        for u in units:
            s = u.scores
            for c in cats:
                score = s.get(c)
                counts[c].append(0 if score is None else score.count)

    features = (
        np.concatenate(blocks, axis=0) if blocks else np.zeros((0, len(names)), dtype=np.float32)
    )
    data: dict[str, Any] = {}
    for c in columns:
        if c in keys:
            data[c] = pd.Series(keys[c], dtype=object if c == "doc" else "int64")
    for j, n in enumerate(names):
        data[n] = features[:, j]
    for c in cats:
        data[f"{c}_count"] = np.asarray(counts[c], dtype=np.int64)
    frame = pd.DataFrame(data, columns=columns)
    if ids is None:
        frame["doc"] = frame["doc"].astype("int64")
    else:
        frame["doc"] = frame["doc"].infer_objects()
    return frame
