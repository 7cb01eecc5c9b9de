"""The compiled bundle in the wheel: the same dataset as the YAML, decoded only as far as needed."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from bilateral_cli import __version__
from bilateral_cli.completion import completions
from bilateral_cli.dataset import BUNDLE, bundle, load_dataset
from bilateral_cli.dataset.bundle import read_words
from bilateral_cli.dataset.compiled import (
    Lazy,
    LazyPartners,
    encode_dataset,
    read_dataset,
)
from bilateral_cli.dataset.framing import MAGIC, Parts, Sections, dump, frame
from bilateral_cli.dataset.words import dataset_words
from bilateral_cli.errors import DatasetError
from bilateral_cli.model import Dataset, EventKind, Localized, PartialDate, RelationEvent
from bilateral_cli.queries import find_partner, list_view
from bilateral_cli.summary import summaries, summarize
from bilateral_cli.vocabulary import SortKey
from conftest import REPO, Invoke, flipped, part_offsets, section_span

INSTALLED = BUNDLE
YAML_DATASET = load_dataset(REPO / "data" / "partners.yaml")


def fresh() -> tuple[Dataset, LazyPartners]:
    dataset = read_dataset(INSTALLED)
    assert dataset is not None
    assert isinstance(dataset.partners, LazyPartners)
    return dataset, dataset.partners


def decoded(partners: LazyPartners) -> int:
    return sum(p is not None for p in partners._decoded)


def test_the_installed_bundle_is_the_repository_yaml() -> None:
    dataset, partners = fresh()
    assert dataset == YAML_DATASET
    assert tuple(partners) == tuple(YAML_DATASET.partners)
    assert tuple(dataset.names) == tuple(YAML_DATASET.names)


def with_events(dataset: Dataset) -> Dataset:
    """The dataset with relation events (the real one has none yet), one with a note."""
    events = (
        RelationEvent(EventKind.SUSPENDED, PartialDate(1965, 10), "wikipedia-relations"),
        RelationEvent(
            EventKind.RESTORED, PartialDate(1990, 8, 8), "wikipedia-relations", Localized("a", "b")
        ),
    )
    partners = tuple(
        p._replace(relations=p.relations._replace(events=events))
        if p.id == "china" and p.relations
        else p
        for p in dataset.partners
    )
    return dataset._replace(partners=partners)


def test_encoding_round_trips_every_field_of_the_model(tmp_path: Path) -> None:
    dataset = with_events(YAML_DATASET)
    path = tmp_path / "partners.bundle"
    path.write_bytes(encode_dataset(dataset))
    again = read_dataset(path)
    assert again is not None
    assert again == dataset != YAML_DATASET
    # the round trip is only a check if the data uses every optional part of the model
    partners = dataset.partners
    assert any(p.relations and p.relations.events for p in partners)
    assert any(e.note for p in partners if p.relations for e in p.relations.events)
    assert any(p.no_relations and p.no_relations.note for p in partners)
    assert any(h.date for p in partners for h in p.highlights)
    assert any(f.scope for p in partners for f in p.reported)
    assert any(f.rank is not None for p in partners for f in p.reported)
    assert any(f.growth_pct is not None for p in partners for f in p.reported)
    assert any(s.note for s in YAML_DATASET.sources.values())
    series = [p.trade.years for p in partners if p.trade]
    assert any(len(years) <= max(years) - min(years) for years in series)  # a year missing
    assert any(None in flows for years in series for flows in years.values())  # one flow known


def test_the_bundle_holds_the_summaries_the_partners_give() -> None:
    """`list` reads the compiled summaries; they must be what `summarize` makes of each partner."""
    _, partners = fresh()
    assert partners.summaries == tuple(map(summarize, YAML_DATASET.partners))
    assert summaries(YAML_DATASET) == partners.summaries  # the YAML's are computed on use
    assert any(s.latest_year is not None and s.latest_year < 2024 for s in partners.summaries)
    assert any(s.latest_year is None for s in partners.summaries)
    assert any(s.no_relations for s in partners.summaries)


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"year": 2010, "sort": SortKey.TRADE},
        {"year": 2024, "sort": SortKey.SINCE},
        {"year": 2001, "region": "africa"},
        {"since": 1990, "until": 2000, "lang": "id"},
        {"group": "asean", "kind": "country"},
        {"query": "guinea", "sort": SortKey.REGION},
    ],
)
def test_list_from_the_bundle_is_list_from_the_yaml(options: dict[str, Any]) -> None:
    """Rows, figures and sources alike, whichever year: an earlier year reads the partners."""
    dataset, _ = fresh()
    assert list_view(dataset, **options) == list_view(YAML_DATASET, **options)


def test_list_of_the_latest_year_decodes_no_partner() -> None:
    dataset, partners = fresh()
    view = list_view(dataset, sort=SortKey.TRADE)
    assert len(view.rows) == len(partners) and decoded(partners) == 0
    list_view(dataset, year=2010)
    assert 0 < decoded(partners) < len(partners)  # those with figures after 2010 only


def test_a_command_decodes_only_the_partners_it_uses() -> None:
    dataset, partners = fresh()
    assert dataset.goals and decoded(partners) == 0
    assert find_partner(dataset, "Kanada").id == "canada"
    assert decoded(partners) == 1
    assert len(list(partners)) == len(YAML_DATASET.partners)
    assert decoded(partners) == len(partners)


@pytest.mark.parametrize(
    ("args", "reads_votes"),
    [
        (["list"], False),
        (["list", "-f", "markdown"], False),
        (["search", "guinea"], False),
        (["list", "-s", "un-distance"], True),
        (["list", "-f", "json"], True),
        (["list", "-f", "csv"], True),
        (["goals"], False),
    ],
)
def test_a_table_that_does_not_show_un_votes_does_not_read_them(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, args: list[str], reads_votes: bool
) -> None:
    """`list` prints no UN distance unless sorted by it; scripts get every field."""
    reads: list[str] = []
    original = Sections.parts

    def counted(self: Sections, name: str) -> Parts:
        reads.append(name)
        return original(self, name)

    monkeypatch.setattr(Sections, "parts", counted)
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert bool(reads) is reads_votes


def damaged(tmp_path: Path, change: bytes) -> Path:
    path = tmp_path / "partners.bundle"
    path.write_bytes(change)
    return path


def split(blob: bytes) -> tuple[list[str], bytes]:
    """A bundle's header lines and the sections after it (see `framing`)."""
    end = blob.index(b"\n\n")
    return blob[len(MAGIC) : end].decode().split("\n"), blob[end + 2 :]


def joined(header: list[str], body: bytes) -> bytes:
    return MAGIC + "\n".join(header).encode() + b"\n\n" + body


@pytest.mark.parametrize(
    "how", ["flip", "truncate", "version", "format", "marshal", "empty", "extra", "magic"]
)
def test_a_damaged_or_foreign_bundle_is_not_used(tmp_path: Path, how: str) -> None:
    blob = INSTALLED.read_bytes()
    header, body = split(blob)
    assert joined(header, body) == blob
    if how == "flip":  # one byte changed in the first section (`core`, checked on opening)
        at = body.index(b"0")
        blob = joined(header, body[:at] + b"1" + body[at + 1 :])
    elif how == "truncate":
        blob = blob[: len(blob) // 2]
    elif how in ("version", "format", "marshal"):
        key = {"version": "tool"}.get(how, how)
        header = [f"{key}=0.0.0-other" if x.startswith(f"{key}=") else x for x in header]
        blob = joined(header, body)
    elif how == "empty":
        blob = b""
    elif how == "extra":
        blob += b"\n"
    else:
        blob = b"X" + blob[1:]
    assert read_dataset(damaged(tmp_path, blob)) is None


def test_a_section_damaged_where_it_is_read_on_use_is_a_dataset_error(tmp_path: Path) -> None:
    """The UN votes (1 MB) are checked part by part when read, not by every command: a bundle
    damaged in one state's votes still serves `goals` and every other state, and reading that
    state says the data is damaged (no traceback, nothing unmarshalled unchecked)."""
    blob = INSTALLED.read_bytes()
    _, _, parts = part_offsets(blob, "votes-by-state")
    path = damaged(tmp_path, flipped(blob, parts["japan"] + 3))
    dataset = read_dataset(path)
    assert dataset is not None and dataset.goals and dataset.un_voting is not None
    assert list(dataset.un_voting.years)  # by year: another section, undamaged
    assert dataset.un_voting.of("canada")  # another state's part of the same section
    with pytest.raises(DatasetError) as caught:
        dataset.un_voting.of("japan")
    assert caught.value.file == str(path)
    assert "votes" in caught.value.localized("en") and "rusak" in caught.value.localized("id")


def test_a_damaged_index_of_parts_is_a_dataset_error(tmp_path: Path) -> None:
    """The index that says where each part lies is checked before any part is found by it."""
    blob = INSTALLED.read_bytes()
    start, size, _ = part_offsets(blob, "votes-by-state")
    path = damaged(tmp_path, flipped(blob, start + size // 2))
    dataset = read_dataset(path)
    assert dataset is not None and dataset.un_voting is not None
    assert dataset.goals and list(dataset.un_voting.years)
    with pytest.raises(DatasetError):
        dataset.un_voting.of("canada")


def test_a_consistent_bundle_with_a_broken_structure_is_not_used(tmp_path: Path) -> None:
    fields = {"format": bundle.FORMAT, "tool": __version__}
    whole = {name: dump([]) for name in bundle.SECTIONS}
    for broken in [
        {"core": dump(["not", "a", "dataset"])},
        {"partners": dump(7)},
        {"partners": dump({"a": b""})},
        {"core": b""},
    ]:
        sections = whole | broken
        blob = frame(fields, sections, lambda name, data: zlib.crc32(data))
        assert read_dataset(damaged(tmp_path, blob)) is None


def test_a_section_decoded_on_use_must_hold_one_entry_per_partner(tmp_path: Path) -> None:
    """Names and summaries are decoded when first used: a count that does not match the
    partners' is refused then, never taken as the partners' own."""
    blob = encode_dataset(YAML_DATASET)
    dataset = read_dataset(damaged(tmp_path, blob))
    assert dataset is not None and isinstance(dataset.partners, LazyPartners)
    partners = dataset.partners
    partners._names = Lazy(lambda: memoryview(dump([])), lambda v: list(v))
    with pytest.raises(ValueError):
        partners.names  # noqa: B018
    with pytest.raises(ValueError):
        partners.name_of("canada")
    assert len(partners.summaries) == len(partners)


def test_a_missing_bundle_falls_back_to_the_yaml(tmp_path: Path) -> None:
    """A source checkout has no bundle: the loader reads and validates the YAML instead."""
    assert read_dataset(tmp_path / "nothing.bundle") is None
    code = (
        "import sys; from pathlib import Path; from bilateral_cli.dataset import loader, paths; "
        f"paths.DATA_DIR = Path({str(REPO / 'data')!r}); "
        "loader.BUNDLE = paths.DATA_DIR / 'partners.bundle'; "
        "d = loader.load_dataset(); "
        "print(type(d.partners).__name__, len(d.partners), 'yaml' in sys.modules)"
    )
    env = {**os.environ, "BILATERAL_CACHE_DIR": ""}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["tuple", str(len(YAML_DATASET.partners)), "True"]


def test_lazy_partners_behave_as_a_sequence() -> None:
    _, partners = fresh()
    expected = tuple(YAML_DATASET.partners)
    assert partners[-1] == expected[-1]
    assert partners[1:4] == expected[1:4]
    assert partners == expected and expected == partners
    assert partners != expected[:-1]
    assert partners.index(expected[5]) == 5
    assert expected[7] in partners
    with pytest.raises(IndexError):
        partners[len(expected)]
    with pytest.raises(TypeError):
        hash(partners)


def test_tab_reads_the_same_words_from_the_bundle_as_from_the_dataset() -> None:
    for kind in ("partner", "region"):
        words = read_words(INSTALLED, kind)
        assert words is not None
        ids, names = dataset_words(YAML_DATASET, kind)
        assert words[0] == ids
        assert sorted(words[1]) == sorted(names)
    assert completions(None, "ca", "partner")[:3] == ["cambodia", "cameroon", "canada"]
    assert "kanada" in completions(None, "kan", "partner")
    assert completions(None, "amer", "region")[:2] == ["americas", "amerika"]


def test_tab_falls_back_to_the_dataset_when_the_bundle_has_no_words(tmp_path: Path) -> None:
    assert read_words(tmp_path / "none.bundle", "partner") is None
    path = tmp_path / "partners.yaml"
    path.write_bytes((REPO / "data" / "partners.yaml").read_bytes())
    assert completions(path, "kan", "partner") == completions(None, "kan", "partner")


def test_a_partner_is_named_by_its_id_from_the_bundle_as_from_the_yaml() -> None:
    """`partner_name` decodes one name from the bundle; the YAML's dataset finds the same."""
    bundled = load_dataset()
    assert isinstance(bundled.partners, LazyPartners)
    for names in YAML_DATASET.names:
        assert bundled.partner_name(names.id) == YAML_DATASET.partner_name(names.id) == names.name
    assert bundled.partner_name("IDN") is None and YAML_DATASET.partner_name("nowhere") is None
    assert bundled.partners._all_names is None  # no partner's names made for it


def test_a_damaged_partners_section_serves_list_and_stops_show(tmp_path: Path) -> None:
    """`list` reads summaries, not partners: their section is checked when a partner is
    first decoded, and a damage there is a dataset error then."""
    blob = INSTALLED.read_bytes()
    start, length = section_span(blob, "partners")
    path = damaged(tmp_path, flipped(blob, start + length // 2))
    dataset = read_dataset(path)
    assert dataset is not None and len(dataset.partners) == len(YAML_DATASET.partners)
    assert len(list_view(dataset, un_distance=False).rows) == len(YAML_DATASET.partners)
    with pytest.raises(DatasetError) as caught:
        dataset.partners[0]
    assert "partners" in caught.value.localized("en")
