"""Property tests: lookups and the loader never fail in any way but their documented errors."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral_cli.dataset import load_dataset
from bilateral_cli.dataset.words import partner_keys
from bilateral_cli.errors import DatasetError, UnknownPartnerError, UnknownRegionError
from bilateral_cli.model import Dataset
from bilateral_cli.queries import find_partner, resolve_region
from bilateral_cli.text import clean, fold, slug

DATASET: Dataset = load_dataset()


@given(st.text())
def test_fold_is_idempotent_and_alphanumeric(text: str) -> None:
    key = fold(text)
    assert fold(key) == key
    assert all(ch.isalnum() for ch in key)


UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@given(st.text())
def test_clean_leaves_no_control_or_bidi_characters(text: str) -> None:
    cleaned = clean(text)
    assert all(ch == "\n" or (ord(ch) >= 0x20 and not 0x7F <= ord(ch) <= 0x9F) for ch in cleaned)
    assert not any(ch in cleaned for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    # exactly the unsafe characters become escapes; everything else is kept as it is
    assert cleaned == UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@given(st.text(st.characters(max_codepoint=0x7F)) | st.text())
def test_slug_of_ascii_text_skips_decomposition_with_the_same_result(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    assert slug(text) == re.sub(r"[\W_]+", "-", kept).strip("-")


@given(st.text(max_size=200))
def test_find_partner_returns_or_raises_unknown(query: str) -> None:
    try:
        partner = find_partner(DATASET, query)
    except UnknownPartnerError as exc:
        assert exc.query == query
        assert len(exc.suggestions) <= 5
    else:
        assert fold(query) in set(partner_keys(partner))


@given(st.text(max_size=200))
def test_resolve_region_returns_or_raises_unknown(query: str) -> None:
    try:
        selection = resolve_region(DATASET, query)
    except UnknownRegionError as exc:
        assert "africa" in exc.valid
    else:
        assert selection.region_ids


@pytest.mark.parametrize("partner", DATASET.partners, ids=lambda p: p.id)
def test_every_partner_is_found_by_its_names_and_codes(partner) -> None:  # type: ignore[no-untyped-def]
    for query in (partner.id, partner.name.id, partner.name.en, partner.iso3, *partner.aliases):
        assert find_partner(DATASET, query.upper()) is partner


@given(
    st.text(
        alphabet=st.sampled_from(list("abc:-[]{}!&*'\"\n #0123456789.")),
        min_size=0,
        max_size=300,
    )
)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200)
def test_any_text_is_a_dataset_or_a_clean_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_dataset(path)
    except DatasetError as exc:
        assert exc.problems
        assert all(p.file == str(path) for p in exc.problems)


@pytest.mark.parametrize("sort", ["name", "region", "since", "trade"])
def test_every_sort_order_lists_every_partner_once(sort: str) -> None:
    from bilateral_cli.queries import list_view
    from bilateral_cli.vocabulary import SortKey

    rows = list_view(DATASET, sort=SortKey(sort)).rows
    assert sorted(r.id for r in rows) == sorted(p.id for p in DATASET.partners)


@given(
    st.dictionaries(
        st.integers(2000, 2024),
        st.tuples(st.none() | st.integers(0, 10**12), st.none() | st.integers(0, 10**12)),
        max_size=25,
    )
)
def test_latest_with_total_is_the_last_full_row(
    years: dict[int, tuple[int | None, int | None]],
) -> None:
    from bilateral_cli.model import TradeSeries, TradeYear
    from bilateral_cli.trade import latest_with_total, trade_rows

    series = TradeSeries("s", {y: TradeYear(*years[y]) for y in sorted(years)})
    full = [row for row in trade_rows(series) if row.total is not None]
    assert latest_with_total(series) == (full[-1] if full else None)
