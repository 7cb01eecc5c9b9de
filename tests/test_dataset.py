"""The bundled dataset: seed facts, sources, and freshness against the build inputs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bilateral_cli.dataset import load_dataset
from bilateral_cli.model import Basis, Measure, PartialDate
from bilateral_cli.summary import relations_since
from conftest import REPO, SHARED_DATA

DATASET = load_dataset()
PARTNERS = {p.id: p for p in DATASET.partners}


def reported(partner_id: str, measure: Measure) -> list[tuple[int | None, float | None]]:
    return [
        (f.value_usd if f.value_usd is not None else f.rank, f.growth_pct)
        for f in PARTNERS[partner_id].reported
        if f.measure is measure
    ]


def test_seed_figures_are_in_the_dataset() -> None:
    assert reported("united-states", Measure.TRADE_TOTAL) == [(30_750_000_000, 16.67)]
    assert reported("united-states", Measure.EXPORTS) == [(21_970_000_000, 20.38)]
    assert reported("united-states", Measure.TRADING_PARTNER_RANK) == [(2, None)]
    assert reported("canada", Measure.TRADE_TOTAL) == [(3_120_000_000, 29.57)]
    assert reported("canada", Measure.TRADE_BALANCE) == [(-992_400_000, None)]
    assert reported("mexico", Measure.TRADE_TOTAL) == [(1_610_000_000, 33.46)]
    assert reported("mexico", Measure.NON_OIL_GAS_EXPORTS) == [(None, 46.21)]
    assert reported("mexico", Measure.EXPORT_DESTINATION_RANK) == [(3, None)]
    assert DATASET.partner_count.countries == 162
    assert DATASET.partner_count.special_territories == 1
    assert len(DATASET.regions) == 8
    assert len(DATASET.goals) == 6


def test_us_2022_figures_are_not_recorded_as_a_calendar_year() -> None:
    for figure in PARTNERS["united-states"].reported:
        if figure.years == (2022,):
            assert figure.basis is Basis.SAME_PERIOD
            assert "same period" in figure.period.en


def test_seed_relations_years_agree_with_the_relations_table() -> None:
    for partner_id, year in (("canada", 1952), ("mexico", 1953)):
        relations = PARTNERS[partner_id].relations
        assert relations is not None
        best, agree = relations_since(relations.established)
        assert agree
        assert best is not None and best.date.year == year
        assert PartialDate(year) in [c.date for c in relations.established]


def test_every_source_is_complete_and_cited() -> None:
    for source in DATASET.sources.values():
        assert source.publisher and source.title and source.date and source.licence
    cited = {DATASET.goals_source, DATASET.about.source, DATASET.partner_count.source}
    cited |= {DATASET.names_source, DATASET.world_trade.source}
    for partner in DATASET.partners:
        cited |= {h.source for h in partner.highlights} | {f.source for f in partner.reported}
        if partner.trade:
            cited.add(partner.trade.source)
        if partner.relations:
            cited |= {c.source for c in partner.relations.established}
            cited |= {e.source for e in partner.relations.events}
        if partner.no_relations:
            cited.add(partner.no_relations.source)
        cited |= {x.source for x in (partner.bop_trade, partner.fdi) if x is not None}
    cited |= {x.source for x in (DATASET.bop_world, DATASET.fdi_world, DATASET.un_voting) if x}
    for group in DATASET.cooperation.groups:
        cited.add(group.source)
        cited |= {m.source for m in (*group.members, group.home) if m and m.source}
    for agreement in DATASET.cooperation.agreements:
        cited |= {agreement.status.source} | {m.source for m in agreement.milestones}
    assert cited == set(DATASET.sources), "every source is cited and every citation resolves"


def test_texts_are_written_in_both_languages() -> None:
    texts = [DATASET.about.definition, DATASET.about.principle, *DATASET.about.context]
    texts += [g.description for g in DATASET.goals]
    for text in texts:
        assert text.id != text.en


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="the staged source files are not here")
def test_committed_dataset_is_what_the_build_script_makes() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_dataset.py"),
            "--trade",
            str(SHARED_DATA / "idn_bilateral_trade_comtrade.csv"),
            "--relations",
            str(SHARED_DATA / "idn_diplomatic_relations_wikipedia.csv"),
            "--ideal-points",
            str(SHARED_DATA / "unga_ideal_points_1946_2025.tab"),
            "--bi-exports",
            str(SHARED_DATA / "idn_exports_by_destination_bi_18k_2025.csv"),
            "--bi-imports",
            str(SHARED_DATA / "idn_imports_by_origin_bi_18k_2025.csv"),
            "--bi-fdi",
            str(SHARED_DATA / "idn_fdi_by_origin_bi_18k_2025.csv"),
            "--check",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_compiled_bundle_is_the_yaml() -> None:
    """The wheel's compiled bundle holds exactly what data/partners.yaml says."""
    assert load_dataset() == load_dataset(REPO / "data" / "partners.yaml")
