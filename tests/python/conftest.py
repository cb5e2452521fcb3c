"""Shared fixtures for the rhetor Python tests.

Run from a build tree (ctest does this):
    PYTHONPATH=build/<dir>/python /usr/bin/python3 -m pytest -q tests/python
"""

from __future__ import annotations

import os
import pathlib

import pytest

import rhetor

REPO = pathlib.Path(os.environ.get("RHETOR_SOURCE_DIR") or pathlib.Path(__file__).resolve().parents[2])
SEED = REPO.parent / "shared" / "seed" / "bakhmut-op-ed.txt"
DEV = REPO.parent / "shared" / "eval" / "dev"

# Accents, CJK, emoji (outside the BMP), curly and guillemet quotes, an em dash,
# a combining accent, around words the default pack scores.
MIXED = (
    "Café owners in Zürich said the “thugs” were probably paid. "
    "東京の記者によると — the regime’s crooks will certainly fail 🙄.\n\n"
    "«Perhaps», she noted, the naïve mayor 😀 might resign. "
    "北京 officials claimed that it is clearly a fraud 🚀, and the traitors lied.\n\n"
    "Ce\u0301line — l’économiste — argued that the deal was “a total fraud”, maybe 🤔."
)

SIMPLE = (
    "The regime's thugs will certainly fail. It is likely, not certain.\n\n"
    'Officials said the plan "is a disaster," according to the minister.'
)


@pytest.fixture(scope="session")
def analyzer() -> rhetor.Analyzer:
    return rhetor.Analyzer()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (expected at ../shared/seed/ relative to the repo root)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def mixed_text() -> str:
    return MIXED


@pytest.fixture(scope="session")
def simple_text() -> str:
    return SIMPLE
