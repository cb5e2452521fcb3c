"""rhetor.dask: distributed scores equal in-process ones.

The LocalCluster test starts two worker processes on 127.0.0.1 only. They import
rhetor through PYTHONPATH (ctest sets it; the fixture adds the directory this
rhetor was imported from, so running pytest by hand works too).
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest

import rhetor

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
import rhetor.dask as rdask  # noqa: E402

EXTRA_LEX = "[loaded #smear]\njackboot/jackboots =3\n[spin]\nnarrative/narratives\n"


@pytest.fixture(scope="module")
def texts(simple_text, mixed_text, request) -> list[str]:
    out = [simple_text, mixed_text, "", "Jackboots push a narrative, perhaps.", "It is likely, not certain."]
    try:
        seed = request.getfixturevalue("seed_text")
        out += [seed] + [p for p in seed.split("\n\n") if p.strip()][:12]
    except pytest.skip.Exception:
        pass
    return out


def expected(texts, ids, lexicons=None):
    analyzer = rhetor.Analyzer(lexicons)
    reports = [analyzer.analyze(t) for t in texts]  # a plain serial loop
    cats = analyzer.categories
    return (
        rhetor.to_pandas(reports, ids, level="document", categories=cats),
        rhetor.to_pandas(reports, ids, level="paragraph", categories=cats),
    )


def normalized(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["doc"] = df["doc"].astype(str)
    keys = ["doc", "paragraph"] if "paragraph" in df.columns else ["doc"]
    return df.sort_values(keys, kind="stable").reset_index(drop=True)


def assert_same(got, want):
    for g, w in zip(got, want):
        assert len(g) == len(w)
        pd.testing.assert_frame_equal(normalized(g), normalized(w), check_dtype=False)


def records(texts):
    return [{"id": f"doc-{i}", "text": t} for i, t in enumerate(texts)]


# ---- in-process (synchronous scheduler): fast checks of the plumbing


def test_bag_of_records_sync(texts):
    scored = rdask.score(db.from_sequence(records(texts), npartitions=3))
    got = dask.compute(scored.documents, scored.paragraphs, scheduler="sync")
    assert_same(got, expected(texts, [f"doc-{i}" for i in range(len(texts))]))
    assert list(got[0].columns) == list(scored.documents.columns)


def test_bag_of_strings_gets_partition_ids(texts):
    scored = rdask.score(db.from_sequence(texts, npartitions=2))
    docs = scored.documents.compute(scheduler="sync")
    assert len(docs) == len(texts)
    assert all(isinstance(d, str) and "-" in d for d in docs["doc"])


def test_dataframe_and_series_sync(texts):
    frame = pd.DataFrame({"id": [f"doc-{i}" for i in range(len(texts))], "text": texts})
    ddf = dd.from_pandas(frame, npartitions=3)
    scored = rdask.score(ddf)
    assert scored.matches is None
    got = dask.compute(scored.documents, scored.paragraphs, scheduler="sync")
    assert_same(got, expected(texts, frame["id"].tolist()))
    scored = rdask.score(ddf["text"])
    got = dask.compute(scored.documents, scored.paragraphs, scheduler="sync")
    assert_same(got, expected(texts, frame.index.tolist()))


def test_matches_frame_sync(texts):
    ids = [f"doc-{i}" for i in range(len(texts))]
    scored = rdask.score(db.from_sequence(records(texts), npartitions=3), matches=True)
    docs, matches = dask.compute(scored.documents, scored.matches, scheduler="sync")
    want = rhetor.to_pandas([rhetor.Analyzer().analyze(t) for t in texts], ids, level="match")
    assert len(matches) == docs["matches"].sum() == len(want)
    pd.testing.assert_frame_equal(
        matches.sort_values(["doc", "start", "category"], kind="stable").reset_index(drop=True),
        want.sort_values(["doc", "start", "category"], kind="stable").reset_index(drop=True),
        check_dtype=False,
    )


def test_score_partition_in_process(texts):
    spec = rdask.make_spec()
    docs, paras = rdask.score_partition(texts, spec)
    assert len(docs) == len(texts) and len(paras) == docs["paragraphs"].sum()
    assert rdask.analyzer_for(spec) is rdask.analyzer_for(rdask.make_spec())  # cached


def test_bad_collection():
    with pytest.raises(TypeError):
        rdask.score(["not", "a", "dask", "collection"])


# ---- a real cluster: two worker processes on loopback


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    package_parent = str(pathlib.Path(rhetor.__file__).resolve().parent.parent)
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([package_parent] + ([old] if old else []))
    try:
        with distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            # ":0": a free port on loopback. None would still start the scheduler's HTTP
            # server, on 8787, and warn (an error here) whenever 8787 is taken.
            dashboard_address="127.0.0.1:0",
            worker_dashboard_address=None,
        ) as cluster, distributed.Client(cluster) as c:
            yield c
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


def _cached_analyzers():
    import rhetor.dask

    return len(rhetor.dask._cache)


@pytest.mark.slow
def test_local_cluster_matches_in_process(client, texts, tmp_path):
    workers = client.run(os.getpid)
    assert len(workers) == 2 and os.getpid() not in workers.values()
    assert all(addr.startswith("tcp://127.0.0.1:") for addr in workers)

    ids = [f"doc-{i}" for i in range(len(texts))]
    bag = db.from_sequence(records(texts), npartitions=4)
    scored = rdask.score(bag)
    got = dask.compute(scored.documents, scored.paragraphs)  # on the cluster
    assert_same(got, expected(texts, ids))
    assert sum(client.run(_cached_analyzers).values()) >= 1

    # A DataFrame column, with a Lexicon object shipped by value and a lexicon path.
    lex = rhetor.Lexicon.from_string(EXTRA_LEX, "extra.lex")
    path = tmp_path / "extra.lex"
    path.write_text(EXTRA_LEX, encoding="utf-8")
    ddf = dd.from_pandas(pd.DataFrame({"id": ids, "text": texts}), npartitions=3)
    for lexicons in ([rhetor.Lexicon.english(), lex], [path]):
        scored = rdask.score(ddf, lexicons=lexicons)
        got = dask.compute(scored.documents, scored.paragraphs)
        want = expected(texts, ids, lexicons)
        assert "spin_count" in got[0].columns
        assert_same(got, want)


@pytest.mark.slow
def test_example_dask_corpus(texts, tmp_path):
    """examples/dask_corpus.py runs end to end on its own LocalCluster."""
    from conftest import REPO

    script = REPO / "examples" / "dask_corpus.py"
    if not script.is_file():
        pytest.skip(f"{script} not found")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records(texts)), encoding="utf-8")
    env = dict(os.environ)
    package_parent = str(pathlib.Path(rhetor.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, env.get("PYTHONPATH")]))
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(script), str(corpus), "--workers", "1", "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"{len(texts)} documents" in result.stdout
    documents = pd.read_csv(out / "documents.csv")
    want, _ = expected(texts, [f"doc-{i}" for i in range(len(texts))])
    assert sorted(documents["doc"]) == sorted(want["doc"])
    assert documents["loaded_count"].sum() == want["loaded_count"].sum()
