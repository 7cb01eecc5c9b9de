"""How relations went: breaks and restorations, disagreeing dates, partners without relations."""

from __future__ import annotations

import json

import pytest

from bilateral_cli.dataset import load_dataset
from conftest import Invoke, flat

DATASET = load_dataset()
PARTNERS = {p.id: p for p in DATASET.partners}


def test_every_event_and_claim_has_a_source_and_a_note_in_both_languages() -> None:
    for partner in DATASET.partners:
        if partner.relations is None:
            continue
        for event in partner.relations.events:
            assert event.source in DATASET.sources
            assert event.note is not None and event.note.id and event.note.en
        for claim in partner.relations.established:
            assert claim.source in DATASET.sources


@pytest.mark.parametrize(
    ("partner", "kinds"),
    [
        ("china", ["suspended", "restored"]),
        ("netherlands", ["severed", "restored"]),
        ("malaysia", ["severed", "restored"]),
        ("portugal", ["severed", "severed", "restored"]),  # two sources, 1975 and 1976
    ],
)
def test_breaks_and_restorations_in_date_order(
    invoke: Invoke, partner: str, kinds: list[str]
) -> None:
    data = json.loads(invoke("history", partner, "-f", "json").stdout)
    assert [e["kind"] for e in data["events"]] == kinds
    dates = [e["date"] for e in data["events"]]
    assert dates == sorted(dates)


def test_china_tells_its_freeze(invoke: Invoke) -> None:
    out = flat(invoke("show", "china").stdout)
    assert "30 October 1967: suspended" in out and "8 August 1990: restored" in out
    indonesian = flat(invoke("show", "tiongkok", "--lang", "id").stdout)
    assert "30 Oktober 1967: dibekukan" in indonesian and "8 Agustus 1990: dipulihkan" in indonesian


def test_disagreeing_establishment_dates_are_both_kept(invoke: Invoke) -> None:
    data = json.loads(invoke("history", "holy-see", "-f", "json").stdout)
    assert {c["date"] for c in data["established"]} == {"1950-03-13", "1950-03-16"}
    assert data["sources_agree"] is False
    assert "sources disagree" in invoke("show", "holy-see").stdout


@pytest.mark.parametrize("partner", ["israel", "taiwan"])
def test_no_relations_say_why_with_a_source(invoke: Invoke, partner: str) -> None:
    data = json.loads(invoke("history", partner, "-f", "json").stdout)
    assert data["none"]["source"] in DATASET.sources and data["none"]["note"]
    indonesian = json.loads(invoke("history", partner, "-f", "json", "--lang", "id").stdout)
    assert indonesian["none"]["note"] != data["none"]["note"]  # worded in Indonesian


def test_sudan_says_where_its_early_figures_come_from(invoke: Invoke) -> None:
    assert "code 736" in flat(invoke("show", "sudan").stdout)
    assert "code 736" in flat(invoke("show", "south-sudan").stdout)


def test_list_since_and_until_filter_by_the_year_relations_began(invoke: Invoke) -> None:
    data = json.loads(invoke("list", "--since", "1990", "--until", "1992", "-f", "json").stdout)
    years = [int(p["relations_since"]["date"][:4]) for p in data["partners"]]
    assert years and all(1990 <= y <= 1992 for y in years)
    expected = 0
    for partner in DATASET.partners:
        claims = partner.relations.established if partner.relations else ()
        best = max(
            claims,
            key=lambda c: (c.date.month is not None) + (c.date.day is not None),
            default=None,
        )
        expected += best is not None and 1990 <= best.date.year <= 1992
    assert len(years) == expected
    empty = invoke("list", "--since", "2090")
    assert empty.exit_code == 2 and empty.stdout == ""
