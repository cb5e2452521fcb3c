#!/usr/bin/env python3
"""Score a JSONL corpus with rhetor on a Dask cluster.

Each line of the corpus is a JSON object with a text field (default "text") and
optionally an id field (default "id"), e.g. the files in ../shared/eval/dev/.

On this machine (a LocalCluster of worker processes, on 127.0.0.1 only):

    PYTHONPATH=build/dev/python /usr/bin/python3 examples/dask_corpus.py \\
        ../shared/eval/dev/polnear-train.jsonl --workers 2 --out scores/

On a real cluster, start a scheduler and workers where rhetor is installed
(`pip install .` from the repo on every worker machine, or PYTHONPATH pointing
at a build tree's python/ directory in the workers' environment):

    dask scheduler                                  # on the scheduler host, port 8786
    dask worker tcp://scheduler-host:8786 --nthreads 1 --nworkers 8   # on each worker host

and pass its address:

    python3 examples/dask_corpus.py 's3-or-shared-fs/corpus-*.jsonl' --scheduler tcp://scheduler-host:8786

The corpus paths must be readable by the workers (a shared filesystem or an
fsspec URL such as s3://...), because the workers read their own partitions.
Custom lexicons (--lexicon) are loaded here, on the client, and shipped to the
workers by value, so they need not exist on the workers.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+", help="JSONL file(s) or glob(s)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--lexicon", action="append", default=[], help="lexicon file or pack (replaces the default pack)")
    ap.add_argument("--text-key", default="text")
    ap.add_argument("--id-key", default="id")
    ap.add_argument("--blocksize", default="4MB", help="bytes of JSONL per partition (default 4MB)")
    ap.add_argument("--out", type=pathlib.Path, help="write documents.csv and paragraphs.csv here")
    args = ap.parse_args()

    import rhetor

    # LocalCluster workers are new processes: make sure they find this rhetor too.
    package_parent = str(pathlib.Path(rhetor.__file__).resolve().parent.parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")]))

    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    import rhetor.dask

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address="127.0.0.1:0")
        client = Client(cluster)
    print(f"Dask: {client}", file=sys.stderr)

    lexicons = [rhetor.Lexicon.load(p) for p in args.lexicon] or None  # shipped by value
    try:
        bag = db.read_text(args.corpus, blocksize=args.blocksize).map(json.loads)
        scored = rhetor.dask.score(bag, lexicons=lexicons, text_key=args.text_key, id_key=args.id_key)
        t0 = time.perf_counter()
        documents, paragraphs = dask.compute(scored.documents, scored.paragraphs)  # one pass over the corpus
        seconds = time.perf_counter() - t0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    print(f"{len(documents)} documents, {len(paragraphs)} paragraphs in {seconds:.2f} s "
          f"({len(documents) / seconds:.0f} documents/s)")
    cols = ["loaded_density", "hedge_density", "booster_density", "attribution_density", "quoted_share"]
    print("\nmean per document:")
    print(documents[cols].mean().to_string())
    print("\nmost loaded documents (>= 100 tokens):")
    top = documents[documents["tokens"] >= 100].nlargest(5, "loaded_density")
    print(top[["doc", "tokens", "loaded_count", "loaded_density"]].to_string(index=False))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        documents.to_csv(args.out / "documents.csv", index=False)
        paragraphs.to_csv(args.out / "paragraphs.csv", index=False)
        print(f"\nwrote {args.out / 'documents.csv'} and {args.out / 'paragraphs.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
