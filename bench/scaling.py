#!/usr/bin/env python3
"""Scaling check (issue 11): every adversarial family at 1x, 4x and 16x size.

The cost (callgrind instructions with --instructions, deterministic; else the
best of 3 wall times) and the output bytes must grow at most 1.5x faster than
the input: cost(16x) / cost(1x) <= 1.5 * 16, and the same at 4x.

  python3 bench/scaling.py --binary build/ci/bench/rhetor_scaling --instructions --base 2
  python3 bench/scaling.py --binary build/ci/bench/rhetor_scaling --base 64      # wall time, larger

Exit status 1 when a family fails that is not listed in EXPECTED_TO_FAIL.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

# Families known to fail, with the reason (none today: every family is linear).
# A family listed here is reported without failing the run; remove it once it passes.
EXPECTED_TO_FAIL: dict[str, str] = {}
LIMIT = 1.5


def run(binary, base, families, instructions, out_dir):
    """Runs all families in one process; returns its stdout and, under callgrind,
    the instruction count of each measured run in order."""
    args = [binary, "--base", str(base)]
    for f in families:
        args += ["--family", f]
    if not instructions:
        args.append("--time")
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout, []
    prefix = os.path.join(out_dir, "cg.out")
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--callgrind-out-file=" + prefix] + args
    stdout = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    counts = []
    numbered = [p for p in glob.glob(prefix + ".*") if p.rsplit(".", 1)[1].isdigit()]
    for path in sorted(numbered, key=lambda p: int(p.rsplit(".", 1)[1])):
        with open(path) as f:
            m = re.search(r"^(?:summary|totals): (\d+)", f.read(), re.M)
            counts.append(int(m.group(1)) if m else 0)
    return stdout, counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--base", type=int, default=2)
    ap.add_argument("--instructions", action="store_true", help="callgrind instruction counts (deterministic)")
    ap.add_argument("--family", action="append", default=[])
    a = ap.parse_args()

    listing = subprocess.run([a.binary, "--list"], check=True, capture_output=True, text=True).stdout
    owners = dict(line.split("\t") for line in listing.splitlines())
    families = a.family or list(owners)
    unit = "instructions" if a.instructions else "ms"
    print(f"{'family':22} {'bytes 1x':>9} {unit + ' 1x':>16} {'cost x4':>8} {'cost x16':>9} {'out x4':>7} {'out x16':>8}  verdict")
    unexpected = []
    with tempfile.TemporaryDirectory() as tmp:
        stdout, counts = run(a.binary, a.base, families, a.instructions, tmp)
    rows = {}
    measured = 0
    for line in stdout.splitlines():
        fields = line.split("\t")
        if fields[1] == "gave-up":
            continue
        name, scale, in_bytes, out_bytes, ms = fields
        cost = counts[measured] if a.instructions else float(ms)
        measured += 1
        rows.setdefault(name, []).append((int(scale), int(in_bytes), int(out_bytes), cost))
    for fam in families:
        runs = rows[fam]
        base_in, base_out, base_cost = runs[0][1], runs[0][2], runs[0][3]
        ratios = []
        for scale, in_bytes, out_bytes, cost in runs[1:]:
            ratios.append((cost / base_cost if base_cost else 0, out_bytes / base_out if base_out else 0,
                           in_bytes / base_in))
        ok = len(ratios) == 2 and all(rc <= LIMIT * g and ro <= LIMIT * g for rc, ro, g in ratios)
        while len(ratios) < 2:
            ratios.append((float("inf"), float("inf"), 16))  # gave up: far beyond linear
        verdict = "ok" if ok else "FAIL"
        if fam in EXPECTED_TO_FAIL:
            verdict += " (listed as expected to fail: remove it)" if ok else " (expected: " + EXPECTED_TO_FAIL[fam] + ")"
        elif not ok:
            unexpected.append(fam)
        (c4, o4, _), (c16, o16, _) = ratios
        print(f"{fam:22} {base_in:9d} {base_cost:16.0f} {c4:8.2f} {c16:9.2f} {o4:7.2f} {o16:8.2f}  {verdict}")
    print(f"\nlimit: cost and output at most {LIMIT}x linear growth (x4 <= {4 * LIMIT:.0f}, x16 <= {16 * LIMIT:.0f})")
    if unexpected:
        print("FAILED: " + ", ".join(unexpected))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
