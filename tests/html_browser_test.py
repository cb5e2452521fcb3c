#!/usr/bin/env python3
"""The HTML report in a real browser.

    html_browser_test.py <rhetor-cli> <repo-root> <work-dir>

Headless Chromium loads reports written by `rhetor report` from disk. From the
rendered DOM (--dump-dom) it checks that every match of `rhetor analyze -f json`
is a highlighted element with the same category and code point offsets (and,
joined over its fragments, the same text), that every attribution's source, cue
and content are marked, that the chart has one mark per paragraph, and, from
Chromium's net log, that the page makes no network request. Screenshots go to
<work-dir>. Exits 77 (ctest: skipped) when no Chromium is found.
"""

from __future__ import annotations

import html.parser
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

CLI, ROOT, WORK = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
WORK.mkdir(parents=True, exist_ok=True)

CHROMIUM = next((p for p in (os.environ.get("CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"))
                 if p), None)
if not CHROMIUM:
    print("SKIP: chromium not found (install Debian's `chromium`: bash scripts/deps.sh --browser)")
    sys.exit(77)

failures: list[str] = []


def check(ok: bool, what: str) -> None:
    print(("ok:   " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def chromium(url: str, *args: str) -> str:
    with tempfile.TemporaryDirectory(prefix="rhetor-chromium-") as profile:
        r = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
             "--disable-default-apps", "--disable-extensions", f"--user-data-dir={profile}", *args, url],
            capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        print(r.stderr[-2000:])
    return r.stdout


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Dom(html.parser.HTMLParser):
    """Elements with data-match / data-role / data-paragraph, with their text, per document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = []
        self.elements: list[dict] = []
        self.in_svg = 0
        self.doc = -1
        self.meta_csp = None
        self.refs: list[str] = []  # every src and href
        self.script_ran = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.refs += [v or "" for k, v in attrs if k in ("src", "href", "xlink:href")]
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.meta_csp = a.get("content")
        if "rhx" in a.get("class", "").split() and a.get("data-bound") == "1":
            self.script_ran = True
        if tag == "article" and "data-document" in a:
            self.doc = int(a["data-document"])
        if tag in VOID:
            return
        if tag == "svg":
            self.in_svg += 1
        el = {"tag": tag, "attrs": a, "text": [], "doc": self.doc, "svg": self.in_svg > 0}
        if any(k in a for k in ("data-match", "data-role", "data-paragraph", "data-document")):
            self.elements.append(el)
        self.stack.append(el)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            el = self.stack.pop()
            if el["tag"] == "svg":
                self.in_svg -= 1
            if el["tag"] == tag:
                break

    def handle_data(self, data):
        for el in self.stack:
            el["text"].append(data)


def page_requests(net_log: pathlib.Path) -> list[str] | None:
    """http/https/ws requests that a page started. Chromium's own requests (update
    checks, clock sync) have the initiator "not an origin" and are left out."""
    if not net_log.exists():
        return None
    log = json.loads(net_log.read_text(errors="replace"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = set()
    for ev in log.get("events", []):
        p = ev.get("params") or {}
        if ev.get("type") == start and p.get("initiator") != "not an origin" and \
                str(p.get("url", "")).startswith(("http:", "https:", "ws:", "wss:")):
            urls.add(p["url"])
    return sorted(urls)


def check_page(name: str, page: pathlib.Path, reports: list[dict]) -> None:
    net_log = WORK / f"{name}.netlog.json"
    dom = Dom()
    dom.feed(chromium(page.as_uri(), "--dump-dom", f"--log-net-log={net_log}"))
    check(dom.script_ran, f"{name}: the inline script ran (its CSP hash matches)")
    check(dom.meta_csp is not None and "default-src 'none'" in dom.meta_csp, f"{name}: strict CSP meta tag")
    for d, rep in enumerate(reports):
        els = [e for e in dom.elements if e["doc"] == d]
        marks: dict[int, list[dict]] = {}
        for e in els:
            if "data-match" in e["attrs"]:
                marks.setdefault(int(e["attrs"]["data-match"]), []).append(e)
        bad = []
        for i, m in enumerate(rep["matches"]):
            frags = marks.get(i, [])
            same = all(f["attrs"].get("data-category") == m["category"] and f["attrs"].get("data-start") == str(m["start"])
                       and f["attrs"].get("data-end") == str(m["end"]) for f in frags)
            text = "".join("".join(f["text"]) for f in frags)
            if not frags or not same or text != m["text"]:
                bad.append((i, m["text"], text))
        check(not bad and len(marks) == len(rep["matches"]),
              f"{name} doc {d}: {len(rep['matches'])} matches highlighted with matching category, offsets and text"
              + (f" (first bad: {bad[0]})" if bad else ""))
        roles = {(e["attrs"]["data-role"], int(e["attrs"]["data-attribution"]), e["attrs"].get("data-start"),
                  e["attrs"].get("data-end")) for e in els if "data-role" in e["attrs"]}
        missing = []
        for i, a in enumerate(rep["attributions"]):
            for role in ("cue", "source", "content"):
                s = a[role]
                if s and (role, i, str(s["start"]), str(s["end"])) not in roles:
                    missing.append((i, role))
        check(not missing, f"{name} doc {d}: sources, cues and contents of {len(rep['attributions'])} attributions "
                           f"marked" + (f" (missing {missing[:5]})" if missing else ""))
        bars = [int(e["attrs"]["data-paragraph"]) for e in els if e["svg"] and "data-paragraph" in e["attrs"]]
        check(sorted(bars) == list(range(len(rep["paragraphs"]))),
              f"{name} doc {d}: chart has one mark per paragraph ({len(bars)} for {len(rep['paragraphs'])})")
        paras = [e for e in els if not e["svg"] and e["tag"] == "p" and "data-paragraph" in e["attrs"]]
        check([(p["attrs"]["data-start"], p["attrs"]["data-end"]) for p in paras]
              == [(str(p["start"]), str(p["end"])) for p in rep["paragraphs"]], f"{name} doc {d}: paragraph offsets")
    requests = page_requests(net_log)
    check(requests is not None and not requests,
          f"{name}: no network request (net log {net_log.name})" + (f": {requests[:5]}" if requests else ""))
    check(all(v.startswith("#") for v in dom.refs), f"{name}: links only to anchors in the page")
    shot = WORK / f"{name}.png"
    chromium(page.as_uri(), f"--screenshot={shot}", "--window-size=1280,2200", "--hide-scrollbars")
    check(shot.exists() and shot.stat().st_size > 10000, f"{name}: screenshot {shot}")


def run(*args: str) -> str:
    return subprocess.run([CLI, *args], check=True, capture_output=True, text=True).stdout


# 0. The detector sees a request a page makes (a control page with no CSP).
control = WORK / "control.html"
control.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/probe.png">', encoding="utf-8")
chromium(control.as_uri(), "--dump-dom", f"--log-net-log={WORK / 'control.netlog.json'}")
check(page_requests(WORK / "control.netlog.json") == ["http://127.0.0.1:9/probe.png"],
      "control: a page's request shows up in the net log")

# 1. The sample op-ed, one document.
sample = ROOT / "examples" / "sample-op-ed.txt"
page = WORK / "sample-op-ed.html"
run("report", str(sample), "-o", str(page))
check_page("sample-op-ed", page, json.loads(run("analyze", "-f", "json", str(sample))))  # -f json: an array of reports

# 2. Two JSONL records: non-ASCII text (code point offsets), nested and crossing spans.
records = [
    {"id": "mixed", "text": "Café owners in Zürich said the “thugs” were probably paid. 東京の記者によると — the regime’s "
                            "crooks will certainly fail 🙄.\n\n«Perhaps», she noted, the naïve mayor 😀 might resign. "
                            "Officials claimed that it is clearly a fraud 🚀, and the traitors lied."},
    {"id": "quotes", "text": "\"The puppet regime is utterly corrupt and it is not certain it will last,\" the senator "
                             "said. Critics argued that the so-called \"reform\" was a sham.\n\nAccording to "
                             "officials, the war machine will probably grind on."},
]
jsonl = WORK / "records.jsonl"
jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
page = WORK / "records.html"
run("report", "-i", "jsonl", str(jsonl), "-o", str(page))
reps = [json.loads(line) for line in run("analyze", "-i", "jsonl", str(jsonl)).splitlines()]
check_page("records", page, reps)
dom = Dom()
dom.feed(chromium(page.as_uri(), "--dump-dom"))
marks = [int(e["attrs"]["data-document"]) for e in dom.elements if e["svg"] and "data-document" in e["attrs"]]
check(marks == list(range(len(records))), "records: the comparison chart has one mark per document")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("all browser checks passed")
