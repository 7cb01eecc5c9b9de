"""The bundled dataset, compiled for start-up: validated at build time, decoded by position.

`hatch_build.py` loads `data/partners.yaml` with the full validating loader and writes the
resulting `Dataset` into the wheel as a bundle (see `bundle` for the file format): each
section holds the model's fields by position (no keys to repeat or check), `marshal`led (see
`framing`):

- `core`: everything but the partners (sources, regions, goals, world trade, ...);
- `names`: each partner's id, codes, names and aliases; `index`: the folded keys a typed name
  is looked up by (`words`); `words`: the words Tab offers (`words.dataset_words`, so a Tab
  press need not decode anything);
- `partners`: each partner apart, decoded only when first used;
- `summaries`: what `list` shows of every partner (`summary`), so that it decodes none;
- `cooperation`: groups and agreements, decoded only by the commands that show them;
- `votes`, `votes-by-state`: UN General Assembly ideal points, each year and each state apart,
  each decoded on first use (a rank among partners needs one year, a partner's trend one
  state).

So `goals` decodes no partner, `show canada` decodes one, `list` none (their summaries), and
`compare` all 237 (a series' years are made when asked for).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence, Sized
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from bilateral_cli.choice import Member
from bilateral_cli.dataset.bundle import pack, unpack
from bilateral_cli.dataset.framing import DamagedSection, Parts, Section, Sections, dump, load
from bilateral_cli.dataset.words import PartnerIndex, dataset_words, make_partner_index
from bilateral_cli.errors import DatasetError, Problem
from bilateral_cli.messages import msg
from bilateral_cli.model import (
    About,
    Agreement,
    Basis,
    Cooperation,
    Country,
    Dataset,
    DatedClaim,
    EventKind,
    Goal,
    Group,
    Highlight,
    IdealPoint,
    InvestmentSeries,
    Localized,
    Measure,
    Membership,
    Milestone,
    MilestoneKind,
    NoRelations,
    PartialDate,
    Partner,
    PartnerCount,
    PartnerKind,
    PartnerNames,
    Period,
    PeriodSeries,
    Region,
    RegionGroup,
    RelationEvent,
    Relations,
    ReportedFigure,
    Source,
    Status,
    TradeSeries,
    TradeYear,
    UnVoting,
)
from bilateral_cli.summary import PartnerSummary, summaries

if TYPE_CHECKING:
    from bilateral_cli.vocabulary.cooperation import AgreementKind, AgreementStatus

T = TypeVar("T")
SizedT = TypeVar("SizedT", bound=Sized)


def encode_dataset(dataset: Dataset) -> bytes:
    """The compiled bundle of a validated dataset (see the module's docstring)."""
    return pack(encode_sections(dataset))


def encode_sections(dataset: Dataset) -> dict[str, Section]:
    """A validated dataset as the bundle's sections (a cache entry holds the same)."""
    cooperation = dataset.cooperation
    as_of = cooperation._replace(groups=(), agreements=())  # the dates stay in `core`
    words = {kind: dataset_words(dataset, kind) for kind in ("partner", "region", "group")}
    voting = dataset.un_voting  # its source and notes in `core`, its points in `votes`
    by_year, by_state = _votes(voting)
    core = _plain(dataset._replace(partners=(), cooperation=as_of, un_voting=None))
    core[11] = len(dataset.partners)  # their count: `list` reads no partner
    core[16] = None if voting is None else [voting.source, _plain(dict(voting.notes))]
    return {
        "core": dump(core),
        "names": dump(_plain(dataset.names)),
        "index": dump(list(make_partner_index(dataset.names))),
        "words": dump(words),
        "partners": dump([dump(_plain(p)) for p in dataset.partners]),
        "summaries": dump(_plain(summaries(dataset))),
        "cooperation": dump(_plain([cooperation.groups, cooperation.agreements])),
        "votes": by_year,
        "votes-by-state": by_state,
    }


def _votes(voting: UnVoting | None) -> tuple[dict[int, bytes], dict[str, bytes]]:
    """The ideal points twice: each year's apart (`{key: [point, votes, low, high]}`: a rank
    needs every state's point in one year), and each state's apart (`[[year, point, votes,
    low, high], ...]`: a trend needs one state's points in every year), as two sections in
    parts (see `framing`), so that a rank reads and checks one year, a trend two states."""
    if voting is None:
        return {}, {}
    states: dict[str, list[list[Any]]] = {}
    for year, points in voting.years.items():
        for key, point in points.items():
            states.setdefault(key, []).append([year, *point])
    by_year = {
        year: dump({key: list(point) for key, point in points.items()})
        for year, points in voting.years.items()
    }
    by_state = {key: dump(rows) for key, rows in states.items()}
    return by_year, by_state


def read_dataset(path: Path) -> Dataset | None:
    """The dataset in a compiled bundle, or None if there is none or it does not check out."""
    sections = unpack(path)
    return None if sections is None else decode_sections(sections, str(path))


def decode_sections(sections: Sections, origin: str) -> Dataset | None:
    """The dataset in a bundle's sections (checked already), or None if they do not decode.

    Only what every command needs is decoded here; the rest when first used (see `Lazy*`)."""
    try:
        core = load(sections["core"])
        count = core[11]
        if not isinstance(count, int) or count < 0:
            return None
        partners = LazyPartners(
            count,
            Lazy(_Reader(sections, "partners", origin), _parts_of(count)),
            Lazy(_Reader(sections, "names", origin), _raw_names),
            Lazy(_Reader(sections, "index", origin), _index),
            Lazy(_Reader(sections, "summaries", origin), _summaries),
        )
        cooperation = Lazy(_Reader(sections, "cooperation", origin), _cooperation)
        votes = (_Reader(sections, "votes", origin), _Reader(sections, "votes-by-state", origin))
        return _dataset(core, partners, cooperation, votes)
    except (ValueError, TypeError, KeyError, IndexError, EOFError, AttributeError):
        return None


class Lazy(Generic[T]):
    """A section decoded on first use (`decode` takes its unmarshalled data): most commands
    need few of them (`goals` no partner's names, `list` no lookup index, and so on)."""

    def __init__(self, read: Callable[[], memoryview], decode: Callable[[Any], T]) -> None:
        self._read = read
        self._decode = decode
        self._decoded: T | None = None

    def get(self) -> T:
        if self._decoded is None:
            self._decoded = self._decode(load(self._read()))
        return self._decoded


class _Reader:
    """Reads one section of a compiled dataset when it is first needed. Sections read on use
    are checked then (see `framing.Sections`); one that does not check out is a dataset
    error, said as such, not an exception from deep inside a command."""

    def __init__(self, sections: Sections, name: str, origin: str) -> None:
        self._sections = sections
        self._name = name
        self._origin = origin
        self._parts: Parts | None = None

    def __call__(self) -> memoryview:
        try:
            return self._sections[self._name]
        except DamagedSection:
            raise self._damaged() from None

    def part(self, key: Any) -> memoryview | None:
        """One part of a section in parts (see `framing.Parts`), or None if it has none."""
        try:
            return self._index().get(key)
        except DamagedSection:
            raise self._damaged() from None

    def keys(self) -> list[Any]:
        """The keys of a section in parts, in order."""
        try:
            return list(self._index())
        except DamagedSection:
            raise self._damaged() from None

    def _index(self) -> Parts:
        if self._parts is None:
            self._parts = self._sections.parts(self._name)
        return self._parts

    def _damaged(self) -> DatasetError:
        detail = msg("problem.damaged_section", section=self._name)
        return DatasetError(self._origin, [Problem(self._origin, detail)])


def _parts_of(count: int) -> Callable[[Any], list[bytes]]:
    def parts(v: Any) -> list[bytes]:
        if not isinstance(v, list) or len(v) != count:
            raise ValueError("partners: one part a partner")
        return v

    return parts


def _raw_names(v: list[Any]) -> list[Any]:
    if not isinstance(v, list):
        raise TypeError("names: a list")
    return v


def _index(v: list[Any]) -> PartnerIndex:
    names, codes = v
    if not isinstance(names, dict) or not isinstance(codes, dict):
        raise TypeError("index: two mappings")
    return names, codes


def _summaries(v: list[Any]) -> tuple[PartnerSummary, ...]:
    return tuple(map(_summary, v))


def _cooperation(v: list[Any]) -> tuple[tuple[Group, ...], tuple[Agreement, ...]]:
    from bilateral_cli.vocabulary.cooperation import AgreementKind, AgreementStatus

    groups, agreements = v
    kinds, statuses = {k.value: k for k in AgreementKind}, {s.value: s for s in AgreementStatus}
    return tuple(map(_group, groups)), tuple(_agreement(a, kinds, statuses) for a in agreements)


class LazyItems(Sequence[T]):
    """One list of the `cooperation` section, which is decoded on first use: most commands
    never show groups or agreements."""

    def __init__(
        self, section: Lazy[tuple[tuple[Group, ...], tuple[Agreement, ...]]], index: int
    ) -> None:
        self._section = section
        self._index = index

    def _items(self) -> tuple[T, ...]:
        return cast("tuple[T, ...]", self._section.get()[self._index])

    def __len__(self) -> int:
        return len(self._items())

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self._items()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyItems({len(self)} items)"


def _un_voting(v: list[Any] | None, votes: tuple[_Reader, _Reader]) -> UnVoting | None:
    """The ideal points: source and notes from `core`, the points read when first asked for."""
    if v is None:
        return None
    return UnVoting(v[0], LazyYears(*votes), _loc_map(v[1]))


def _loc_map(pairs: list[list[Any]]) -> dict[str, Localized]:
    return {key: _loc(text) for key, text in pairs}


class LazyYears(Mapping[int, Mapping[str, IdealPoint]]):
    """The ideal points of each year, decoded on first use; and each state's, from a part of
    its own. Each part is read (and checked) only when first asked for."""

    def __init__(self, by_year: _Reader, by_state: _Reader) -> None:
        self._by_year = by_year
        self._by_state = by_state
        self._years: list[int] | None = None
        self._decoded: dict[int, YearPoints] = {}

    def state(self, key: str) -> dict[int, IdealPoint]:
        """One state's points by year, from its own part (see `UnVoting.of`)."""
        part = self._by_state.part(key)
        rows = load(part) if part is not None else []
        return {row[0]: IdealPoint(*row[1:]) for row in rows}

    def __getitem__(self, year: int) -> Mapping[str, IdealPoint]:
        points = self._decoded.get(year)
        if points is None:
            part = self._by_year.part(year)
            if part is None:
                raise KeyError(year)
            points = YearPoints(load(part))
            self._decoded[year] = points
        return points

    def __iter__(self) -> Iterator[int]:
        if self._years is None:
            self._years = self._by_year.keys()
        return iter(self._years)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return "LazyYears()"


class YearPoints(Mapping[str, IdealPoint]):
    """One year's ideal points as decoded JSON, each made an `IdealPoint` when asked for: a
    partner's trend reads two entries of each year."""

    def __init__(self, raw: dict[str, list[Any]]) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> IdealPoint:
        return _new(IdealPoint, self._raw[key])  # stored whole: point, votes, low, high

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


class LazyPartners(Sequence[Partner]):
    """Partners decoded from their parts on first use, each at most once; their `names`, the
    `lookup` index (see `words.partner_index`) and their `summaries` (see `summary`) each
    decoded whole on first use."""

    def __init__(
        self,
        count: int,
        parts: Lazy[list[bytes]],
        names: Lazy[list[Any]],
        lookup: Lazy[PartnerIndex],
        summaries: Lazy[tuple[PartnerSummary, ...]],
    ) -> None:
        self._parts = parts
        self._names = names  # as stored: a list of each partner's names
        self._all_names: tuple[PartnerNames, ...] | None = None
        self._positions: dict[str, int] | None = None  # by id
        self._lookup = lookup
        self._summaries = summaries
        self._decoded: list[Partner | None] = [None] * count

    @property
    def names(self) -> tuple[PartnerNames, ...]:
        if self._all_names is None:
            self._all_names = self._one_each(tuple(map(_names, self._names.get())))
        return self._all_names

    def name_of(self, partner_id: str) -> Localized | None:
        """One partner's name by its id, without making every partner's names."""
        raw = self._names.get()
        if self._positions is None:
            self._positions = {row[0]: i for i, row in enumerate(self._one_each(raw))}
        position = self._positions.get(partner_id)
        return None if position is None else _loc(raw[position][3])

    @property
    def lookup(self) -> PartnerIndex:
        return self._lookup.get()

    @property
    def summaries(self) -> tuple[PartnerSummary, ...]:
        return self._one_each(self._summaries.get())

    def _one_each(self, items: SizedT) -> SizedT:
        if len(items) != len(self._decoded):
            raise ValueError("a compiled dataset holds one of each per partner")
        return items

    def __len__(self) -> int:
        return len(self._decoded)

    @overload
    def __getitem__(self, index: int) -> Partner: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Partner]: ...

    def __getitem__(self, index: int | slice) -> Partner | Sequence[Partner]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        partner = self._decoded[index]
        if partner is None:
            partner = _partner(load(self._parts.get()[index]))
            self._decoded[index] = partner
        return partner

    def __iter__(self) -> Iterator[Partner]:
        for i, partner in enumerate(self._decoded):
            if partner is None:
                self._decoded[i] = _partner(load(self._parts.get()[i]))
        return iter(cast("list[Partner]", self._decoded))  # every one decoded now

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyPartners({len(self)} partners)"


def _plain(value: Any) -> Any:
    """Model objects as JSON by position: tuples and NamedTuples as lists, mappings as pairs;
    a trade series as its first year, two columns, the years it lacks and the years with a
    source of their own (most of the bundle is trade)."""
    if isinstance(value, TradeSeries):
        first = min(value.years, default=0)
        span = range(first, max(value.years, default=-1) + 1)
        gaps = [year for year in span if year not in value.years]
        flows = [value.years.get(year, TradeYear(None, None)) for year in span]
        exports, imports = _column([f.exports for f in flows]), _column([f.imports for f in flows])
        return [value.source, first, exports, imports, gaps, _plain(dict(value.year_sources))]
    if isinstance(value, Member):
        return value.value
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):  # lazy ones too
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):  # a dict, or a series decoded on use
        return [[_plain(k), _plain(v)] for k, v in value.items()]
    return value


UNKNOWN = -(2**63)  # a column's value for a flow not known (flows are never negative)


def _column(values: list[int | None]) -> bytes:
    """A column of trade figures as machine integers (`framing` records the byte order): they
    unmarshal as one string of bytes, where a list of Python integers made `compare`, which
    reads every partner, spend about 3 M instructions more."""
    from array import array

    return array("q", [UNKNOWN if v is None else v for v in values]).tobytes()


# Decoders: one per model type, the inverse of `_plain` (a test checks the round trip).


_new = tuple.__new__  # a record from a list already in field order, without a Python call


def _loc(v: list[str]) -> Localized:
    return _new(Localized, v)


def _opt_loc(v: list[str] | None) -> Localized | None:
    return None if v is None else _new(Localized, v)


def _date(v: list[int | None]) -> PartialDate:
    return _new(PartialDate, v)  # stored whole: year, month, day


def _opt_date(v: list[int | None] | None) -> PartialDate | None:
    return None if v is None else _new(PartialDate, v)


def _source(v: list[Any]) -> Source:
    return Source(
        v[0],
        _loc(v[1]),
        v[2],
        v[3],
        _loc(v[4]),
        v[5],
        _opt_loc(v[6]),
        v[7],
        _opt_loc(v[8]),
        _opt_loc(v[9]),
    )


def _trade(v: list[Any]) -> TradeSeries:
    source, first, exports, imports, gaps, year_sources = v
    return TradeSeries(source, ColumnYears(first, exports, imports, gaps), dict(year_sources))


class ColumnYears(Mapping[int, TradeYear]):
    """A series' years as the bundle stores them, two columns of machine integers from a first
    year (see `_column`), each year made
    a `TradeYear` only when asked for: `list` and `compare` read two years of every partner,
    and building all of them was the largest part of decoding (about 3 ms of 5.5)."""

    __slots__ = ("_exports", "_first", "_gaps", "_imports")

    def __init__(self, first: int, exports: bytes, imports: bytes, gaps: list[int]) -> None:
        self._first = first
        self._exports = memoryview(exports).cast("q")  # see `_column`
        self._imports = memoryview(imports).cast("q")
        if len(self._exports) != len(self._imports):
            raise ValueError("trade: as many imports as exports")
        self._gaps = frozenset(gaps)

    def __getitem__(self, year: int) -> TradeYear:
        at = year - self._first
        if not 0 <= at < len(self._exports) or year in self._gaps:
            raise KeyError(year)
        exports, imports = self._exports[at], self._imports[at]
        return _new(
            TradeYear,
            (None if exports == UNKNOWN else exports, None if imports == UNKNOWN else imports),
        )

    def __contains__(self, year: object) -> bool:
        if not isinstance(year, int):
            return False
        return 0 <= year - self._first < len(self._exports) and year not in self._gaps

    def __iter__(self) -> Iterator[int]:
        span = range(self._first, self._first + len(self._exports))
        return iter([year for year in span if year not in self._gaps])

    def __len__(self) -> int:
        return len(self._exports) - len(self._gaps)

    def __repr__(self) -> str:
        return f"ColumnYears({dict(self.items())!r})"


def _period(v: list[int]) -> Period:
    return Period(*v)


def _period_series(v: list[Any] | None) -> PeriodSeries | None:
    if v is None:
        return None
    source, periods, preliminary = v
    flows: LazyPeriods[TradeYear] = LazyPeriods(periods, _flows)
    return PeriodSeries(source, flows, tuple(map(_period, preliminary)))


def _flows(f: list[int | None]) -> TradeYear:
    return _new(TradeYear, f)


def _investment(v: list[Any] | None) -> InvestmentSeries | None:
    if v is None:
        return None
    source, periods, preliminary = v
    values: LazyPeriods[int] = LazyPeriods(periods, _as_stored)
    return InvestmentSeries(source, values, tuple(map(_period, preliminary)))


def _as_stored(value: int) -> int:
    return value


class LazyPeriods(Mapping[Period, T]):
    """A series' periods as the bundle stores them (`[[period, value], ...]`), made a mapping
    of `Period` on first use: every partner decoded carries Bank Indonesia's series, and only
    `show` and `compare --source bi` or `--metric fdi` read them (about 4 M instructions of
    `compare`'s decoding)."""

    __slots__ = ("_decode", "_decoded", "_raw")

    def __init__(self, raw: list[list[Any]], decode: Callable[[Any], T]) -> None:
        self._raw = raw
        self._decode = decode
        self._decoded: dict[Period, T] | None = None

    def _periods(self) -> dict[Period, T]:
        if self._decoded is None:
            self._decoded = {_period(p): self._decode(value) for p, value in self._raw}
        return self._decoded

    def __getitem__(self, period: Period) -> T:
        return self._periods()[period]

    def __contains__(self, period: object) -> bool:
        return period in self._periods()

    def __iter__(self) -> Iterator[Period]:
        return iter(self._periods())

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return f"LazyPeriods({self._periods()!r})"


def _names(v: list[Any]) -> PartnerNames:
    return PartnerNames(v[0], v[1], v[2], _loc(v[3]), tuple(v[4]))


_KINDS = {kind.value: kind for kind in PartnerKind}


def _partner(v: list[Any]) -> Partner:
    """The hottest decoder (`list` and `compare` read every partner): fields by position,
    records made without a Python call where the stored list is already the record."""
    relations = v[7]
    no_relations = v[8]
    trade = v[10]
    fields = (
        v[0],
        v[1],
        v[2],
        _new(Localized, v[3]),
        v[4],
        _KINDS[v[5]],
        tuple(v[6]),
        None
        if relations is None
        else Relations(
            tuple(DatedClaim(_date(d), s, _opt_loc(n)) for d, s, n in relations[0]),
            tuple(
                RelationEvent(EventKind(k), _date(d), s, _opt_loc(n)) for k, d, s, n in relations[1]
            ),
        ),
        None if no_relations is None else NoRelations(no_relations[0], _opt_loc(no_relations[1])),
        tuple(Highlight(_loc(t), s, _opt_date(d)) for t, s, d in v[9]) if v[9] else (),
        None if trade is None else _trade(trade),
        tuple(_reported(r) for r in v[11]) if v[11] else (),
        _period_series(v[12]),
        _investment(v[13]),
    )
    return _new(Partner, fields)


def _summary(v: list[Any]) -> PartnerSummary:
    since = v[3]
    fields = (v[0], _KINDS[v[1]], v[2], None if since is None else _date(since), *v[4:7])
    return _new(PartnerSummary, (*fields, tuple(v[7])))


def _reported(r: list[Any]) -> ReportedFigure:
    return ReportedFigure(
        Measure(r[0]), _loc(r[1]), Basis(r[2]), r[3], tuple(r[4]), r[5], r[6], r[7], _opt_loc(r[8])
    )


def _membership(v: list[Any]) -> Membership:
    return _new(Membership, (v[0], _opt_date(v[1]), _opt_date(v[2]), v[3]))


def _group(g: list[Any]) -> Group:
    members = tuple(map(_membership, g[4]))
    home = None if g[5] is None else _membership(g[5])
    return _new(
        Group, (g[0], _loc(g[1]), _loc(g[2]), g[3], members, home, tuple(g[6]), _opt_loc(g[7]))
    )


_MILESTONES = {kind.value: kind for kind in MilestoneKind}


def _agreement(
    a: list[Any], kinds: dict[str, AgreementKind], statuses: dict[str, AgreementStatus]
) -> Agreement:
    return Agreement(
        a[0],
        _loc(a[1]),
        _loc(a[2]),
        kinds[a[3]],
        tuple(a[4]),
        Status(statuses[a[5][0]], _date(a[5][1]), a[5][2]),
        tuple(_new(Milestone, (_MILESTONES[k], _new(PartialDate, d), s, h)) for k, d, s, h in a[6]),
        a[7],
        _opt_loc(a[8]),
    )


def _dataset(
    v: list[Any],
    partners: LazyPartners,
    section: Lazy[tuple[tuple[Group, ...], tuple[Agreement, ...]]],
    votes: tuple[_Reader, _Reader],
) -> Dataset:
    about = v[9]
    return Dataset(
        schema=v[0],
        home=Country(v[1][0], v[1][1], _loc(v[1][2])),
        sources={key: _source(s) for key, s in v[2]},
        region_groups=tuple(RegionGroup(g[0], _loc(g[1])) for g in v[3]),
        regions=tuple(Region(r[0], _loc(r[1]), r[2], _opt_loc(r[3])) for r in v[4]),
        region_rule=_loc(v[5]),
        names_source=v[6],
        goals=tuple(Goal(g[0], _loc(g[1]), _loc(g[2])) for g in v[7]),
        goals_source=v[8],
        about=About(
            _loc(about[0]),
            _loc(about[1]),
            tuple(_loc(f) for f in about[2]),
            tuple(_loc(c) for c in about[3]),
            about[4],
        ),
        partner_count=PartnerCount(*v[10]),
        partners=partners,
        world_trade=_trade(v[12]),
        cooperation=Cooperation(
            _date(v[13][0]), LazyItems(section, 0), _date(v[13][2]), LazyItems(section, 1)
        ),
        bop_world=_period_series(v[14]),
        fdi_world=_investment(v[15]),
        un_voting=_un_voting(v[16], votes),
    )
