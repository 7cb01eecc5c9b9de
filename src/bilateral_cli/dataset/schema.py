"""The dataset schema: a plain tree (parsed YAML or its cached JSON) checked into the model.

`Reader.dataset` checks types, required and unknown fields, cross-references (source, region
and group ids) and uniqueness (partner ids, ISO codes and every name or alias a user can type),
collecting every problem with its path in the document; `loader` locates them in the file.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from bilateral_cli.dataset.docpath import Path
from bilateral_cli.messages import Message, msg
from bilateral_cli.model import SCHEMA_VERSION as SCHEMA_VERSION
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
from bilateral_cli.text import fold
from bilateral_cli.vocabulary.cooperation import AgreementKind, AgreementStatus

YEAR_RANGE = (1900, 2100)
# Every number is bounded, so no figure overflows a float or a column: USD amounts below
# 10^15 (world trade is about 5 * 10^11), growth within +-10^6 %, ranks among 1,000 partners.
MAX_USD = 10**15 - 1
USD_RANGE = (0, MAX_USD)
SIGNED_USD_RANGE = (-MAX_USD, MAX_USD)
GROWTH_RANGE = (-(10**6), 10**6)
RANK_RANGE = (1, 1000)
COUNT_RANGE = (0, 10_000)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})/(\d{2}))?$")
# An ideal point is a position on one dimension, within a few units of 0 (the staged file's
# lie within +-5); votes are counted per year.
POINT_RANGE = (-100.0, 100.0)
VOTES_RANGE = (0, 10_000)
_SOURCE_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")

T = TypeVar("T")


class _Fields:
    """A mapping checked for required and unknown keys."""

    def __init__(self, values: Mapping[Any, Any], path: Path) -> None:
        self.values = values
        self.path = path

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key)

    def at(self, key: str) -> Path:
        return (*self.path, key)

    def has(self, key: str) -> bool:
        return self.values.get(key) is not None


class Reader:
    """Schema checks; each method returns the model object or None after recording why."""

    def __init__(self) -> None:
        self.problems: list[tuple[Path, Message]] = []
        self.source_refs: list[tuple[Path, str]] = []

    def fail(self, path: Path, problem: str, /, **values: object) -> None:
        self.problems.append((path, msg(f"problem.{problem}", **values)))

    # -- primitive readers -------------------------------------------------------------

    def fields(
        self, value: Any, path: Path, required: Iterable[str], optional: Iterable[str] = ()
    ) -> _Fields | None:
        if value is None and path:  # a missing required field, already reported
            return None
        if not isinstance(value, dict):
            self.fail(path, "expected_mapping", got=_kind(value))
            return None
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in required:
            if value.get(key) is None:
                self.fail(path, "missing_field", field=repr(key))
        for key in value:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                self.fail((*path, key), "unknown_field", field=repr(key), expected=expected)
        return _Fields(value, path)

    def text(self, value: Any, path: Path) -> str | None:
        if value is None:  # a missing required field, already reported
            return None
        if not isinstance(value, str):
            self.fail(path, "expected_text", got=_kind(value))
            return None
        if not value.strip():
            self.fail(path, "empty")
            return None
        return value

    def optional_text(self, value: Any, path: Path) -> str | None:
        return None if value is None else self.text(value, path)

    def slug(self, value: Any, path: Path) -> str | None:
        text = self.text(value, path)
        if text is not None and not _SLUG.match(text):
            self.fail(path, "slug", text=repr(text))
            return None
        return text

    def code(self, value: Any, path: Path, length: int) -> str | None:
        text = self.text(value, path)
        if text is not None and not (len(text) == length and text.isascii() and text.isupper()):
            self.fail(path, "code", text=repr(text), length=length)
            return None
        return text

    def integer(self, value: Any, path: Path, bounds: tuple[int, int] | None = None) -> int | None:
        if value is None:  # a missing required field, already reported
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, "expected_integer", got=_kind(value))
            return None
        return value if bounds is None or self.within(value, path, bounds) else None

    def number(self, value: Any, path: Path, bounds: tuple[float, float]) -> float | None:
        if value is None:  # a missing required field, already reported
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(path, "expected_number", got=_kind(value))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.fail(path, "not_finite")
            return None
        return float(value) if self.within(value, path, bounds) else None

    def within(self, value: float, path: Path, bounds: tuple[float, float]) -> bool:
        """Compared before any conversion: a 4,000-digit integer must not reach `float`."""
        low, high = bounds
        if low <= value <= high:
            return True
        self.fail(path, "out_of_range", low=_number(low), high=_number(high), value=_number(value))
        return False

    def boolean(self, value: Any, path: Path) -> bool:
        if not isinstance(value, bool):
            self.fail(path, "expected_boolean", got=_kind(value))
            return False
        return value

    def year(self, value: Any, path: Path) -> int | None:
        year = self.integer(value, path)
        if year is not None and not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            self.fail(path, "year_range", year=year, low=YEAR_RANGE[0], high=YEAR_RANGE[1])
            return None
        return year

    def date(self, value: Any, path: Path) -> PartialDate | None:
        if value is None:  # a missing required field, already reported
            return None
        if isinstance(value, dt.datetime):
            self.fail(path, "date_with_time")
            return None
        if isinstance(value, dt.date):
            return PartialDate(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            return None if self.year(value, path) is None else PartialDate(value)
        text = self.text(value, path)
        if text is None:
            return None
        match = _DATE.match(text)
        if not match:
            self.fail(path, "not_a_date", text=repr(text))
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            self.fail(path, "impossible_date", text=repr(text))
            return None
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            self.fail(path, "year_range", year=year, low=YEAR_RANGE[0], high=YEAR_RANGE[1])
            return None
        return PartialDate(year, month, day)

    def localized(self, value: Any, path: Path) -> Localized | None:
        f = self.fields(value, path, ("id", "en"))
        if f is None:
            return None
        id_text, en_text = self.text(f["id"], f.at("id")), self.text(f["en"], f.at("en"))
        if id_text is None or en_text is None:
            return None
        return Localized(id=id_text, en=en_text)

    def optional_localized(self, value: Any, path: Path) -> Localized | None:
        return None if value is None else self.localized(value, path)

    def bilingual(self, value: Any, path: Path) -> Localized | None:
        """A text in both languages, or one string that is the same in both (a proper name)."""
        if isinstance(value, str):
            text = self.text(value, path)
            return None if text is None else Localized(id=text, en=text)
        return self.localized(value, path)

    def optional_bilingual(self, value: Any, path: Path) -> Localized | None:
        return None if value is None else self.bilingual(value, path)

    def items(self, value: Any, path: Path, read: Callable[[Any, Path], T | None]) -> list[T]:
        return [item for _, item in self.located_items(value, path, read)]

    def located_items(
        self, value: Any, path: Path, read: Callable[[Any, Path], T | None]
    ) -> list[tuple[Path, T]]:
        """The items of a list that read cleanly, each with its own path."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, "expected_list", got=_kind(value))
            return []
        out = []
        for i, item in enumerate(value):
            result = read(item, (*path, i))
            if result is not None:
                out.append(((*path, i), result))
        return out

    def enum(self, value: Any, path: Path, kind: type[T]) -> T | None:
        if value is None:  # a missing required field, already reported
            return None
        choices = [m.value for m in kind]  # type: ignore[attr-defined]
        if value not in choices:
            self.fail(path, "not_one_of", value=repr(value), choices=", ".join(choices))
            return None
        return kind(value)  # type: ignore[call-arg]

    def source_ref(self, value: Any, path: Path) -> str | None:
        ref = self.text(value, path)
        if ref is not None:
            self.source_refs.append((path, ref))
        return ref

    # -- the document ------------------------------------------------------------------

    def dataset(self, data: Any) -> Dataset | None:
        f = self.fields(
            data,
            (),
            (
                "schema",
                "home",
                "sources",
                "region_groups",
                "regions",
                "region_rule",
                "names_source",
                "goals",
                "about",
                "partner_count",
                "partners",
                "world_trade",
                "groups",
                "agreements",
            ),
            ("bop_world", "fdi_world", "un_voting"),
        )
        if f is None:
            return None
        schema = self.integer(f["schema"], f.at("schema"))
        if schema is not None and schema != SCHEMA_VERSION:
            self.fail(f.at("schema"), "schema", schema=schema, expected=SCHEMA_VERSION)
        home = self.country(f["home"], f.at("home"))
        sources = self.located_items(f["sources"], f.at("sources"), self.source)
        region_groups = self.located_items(
            f["region_groups"], f.at("region_groups"), self.region_group
        )
        regions = self.located_items(f["regions"], f.at("regions"), self.region)
        region_rule = self.localized(f["region_rule"], f.at("region_rule"))
        names_source = self.source_ref(f["names_source"], f.at("names_source"))
        goals_f = self.fields(f["goals"], f.at("goals"), ("source", "items"))
        goals: list[tuple[Path, Goal]] = []
        goals_source = None
        if goals_f is not None:
            goals_source = self.source_ref(goals_f["source"], goals_f.at("source"))
            goals = self.located_items(goals_f["items"], goals_f.at("items"), self.goal)
        about = self.about(f["about"], f.at("about"))
        count = self.partner_count(f["partner_count"], f.at("partner_count"))
        partners = self.located_items(f["partners"], f.at("partners"), self.partner)
        world_trade = self.trade(f["world_trade"], f.at("world_trade"))
        groups_as_of, groups = self.dated_list(f["groups"], f.at("groups"), self.group)
        agreements_as_of, agreements = self.dated_list(
            f["agreements"], f.at("agreements"), self.agreement
        )

        bop_world = None
        if f["bop_world"] is not None:
            bop_world = self.period_series(f["bop_world"], f.at("bop_world"))
        fdi_world = None
        if f["fdi_world"] is not None:
            fdi_world = self.investment(f["fdi_world"], f.at("fdi_world"))
        # ids of partner entries that failed to read too, so one bad partner is one problem
        listed = f["partners"] if isinstance(f["partners"], list) else []
        known = {p["id"] for p in listed if isinstance(p, dict) and isinstance(p.get("id"), str)}
        un_voting = None
        if f["un_voting"] is not None:
            un_voting = self.un_voting(f["un_voting"], f.at("un_voting"), known, home)

        source_map = self.unique(sources, lambda s: s.id, "source")
        group_map = self.unique(region_groups, lambda g: g.id, "group")
        bloc_map = self.unique(groups, lambda g: g.id, "bloc")
        self.unique(agreements, lambda a: a.id, "agreement")
        region_map = self.unique(regions, lambda r: r.id, "region")
        self.unique(goals, lambda g: g.id, "goal")
        self.unique(partners, lambda p: p.id, "partner")
        self.cross_check(source_map, group_map, regions, region_map, partners, home)
        self.check_cooperation(partners, known, groups, agreements, home)
        required = (
            schema,
            home,
            about,
            count,
            goals_source,
            region_rule,
            names_source,
            world_trade,
            groups_as_of,
            agreements_as_of,
        )
        if self.problems or None in required:
            return None
        assert home and about and count and goals_source and schema and region_rule
        assert names_source and world_trade and groups_as_of and agreements_as_of
        return Dataset(
            schema=schema,
            home=home,
            sources=source_map,
            region_groups=tuple(group_map.values()),
            regions=tuple(region_map.values()),
            region_rule=region_rule,
            names_source=names_source,
            goals=tuple(g for _, g in goals),
            goals_source=goals_source,
            about=about,
            partner_count=count,
            partners=tuple(p for _, p in partners),
            world_trade=world_trade,
            cooperation=Cooperation(
                groups_as_of,
                tuple(bloc_map.values()),
                agreements_as_of,
                tuple(a for _, a in agreements),
            ),
            bop_world=bop_world,
            fdi_world=fdi_world,
            un_voting=un_voting,
        )

    def unique(
        self, items: list[tuple[Path, T]], key: Callable[[T], str], what: str
    ) -> dict[str, T]:
        out: dict[str, T] = {}
        for path, item in items:
            k = key(item)
            if k in out:
                self.fail((*path, "id"), "duplicate_id", what=msg(f"what.{what}"), id=repr(k))
            out[k] = item
        return out

    def cross_check(
        self,
        sources: dict[str, Source],
        groups: dict[str, RegionGroup],
        regions: list[tuple[Path, Region]],
        region_map: dict[str, Region],
        partners: list[tuple[Path, Partner]],
        home: Country | None,
    ) -> None:
        for path, ref in self.source_refs:
            if ref not in sources:
                self.fail(path, "unknown_source", id=repr(ref))
        for path, region in regions:
            if region.group is not None and region.group not in groups:
                self.fail((*path, "group"), "unknown_group", id=repr(region.group))
        lookup_keys: dict[str, str] = {}
        codes: dict[str, str] = {}
        for at, partner in partners:
            if partner.region not in region_map:
                self.fail((*at, "region"), "unknown_region", id=repr(partner.region))
            if home is not None and partner.iso3 == home.iso3:
                self.fail((*at, "iso3"), "home_partner")
            for field_name, code in (("iso2", partner.iso2), ("iso3", partner.iso3)):
                if codes.get(code, partner.id) != partner.id:
                    self.fail(
                        (*at, field_name), "iso_taken", code=repr(code), owner=repr(codes[code])
                    )
                codes.setdefault(code, partner.id)
            for where, name in _typed_names(partner):
                key = fold(name)
                if not key:
                    self.fail((*at, *where), "no_letters", name=repr(name))
                elif lookup_keys.get(key, partner.id) != partner.id:
                    owner = repr(lookup_keys[key])
                    self.fail((*at, *where), "name_taken", name=repr(name), owner=owner)
                else:
                    lookup_keys[key] = partner.id

    def check_cooperation(
        self,
        partners: list[tuple[Path, Partner]],
        partner_ids: set[str],
        groups: list[tuple[Path, Group]],
        agreements: list[tuple[Path, Agreement]],
        home: Country | None,
    ) -> None:
        """Members and parties name partners or groups; group names are not partners' names."""
        group_ids = {g.id for _, g in groups}
        for path, group in groups:
            if group.id in partner_ids:
                self.fail((*path, "id"), "group_is_partner", id=repr(group.id))
            for i, member in enumerate(group.members):
                if member.partner not in partner_ids:
                    at = (*path, "members", i, "partner")
                    self.fail(at, "unknown_partner", id=repr(member.partner))
            if home is not None and group.home and group.home.partner != home.iso3:
                self.fail((*path, "home", "partner"), "not_home", code=repr(group.home.partner))
        keys = {fold(n): p.id for _, p in partners for _, n in _typed_names(p)}
        for path, group in groups:
            typed: list[tuple[Path, str]] = [
                (("short", "id"), group.short.id),
                (("short", "en"), group.short.en),
                (("name", "id"), group.name.id),
                (("name", "en"), group.name.en),
            ]
            typed += [(("aliases", i), a) for i, a in enumerate(group.aliases)]
            for where, name in typed:
                owner = keys.get(fold(name))
                if owner is not None and owner != group.id:
                    self.fail((*path, *where), "name_taken", name=repr(name), owner=repr(owner))
                keys.setdefault(fold(name), group.id)
        for path, agreement in agreements:
            for i, party in enumerate(agreement.parties):
                if party not in partner_ids and party not in group_ids:
                    self.fail((*path, "parties", i), "unknown_party", id=repr(party))
            if agreement.via is not None and agreement.via not in group_ids:
                self.fail((*path, "via"), "unknown_party", id=repr(agreement.via))

    # -- sections ----------------------------------------------------------------------

    def country(self, value: Any, path: Path) -> Country | None:
        f = self.fields(value, path, ("iso2", "iso3", "name"))
        if f is None:
            return None
        iso2, iso3 = self.code(f["iso2"], f.at("iso2"), 2), self.code(f["iso3"], f.at("iso3"), 3)
        name = self.localized(f["name"], f.at("name"))
        if iso2 is None or iso3 is None or name is None:
            return None
        return Country(iso2, iso3, name)

    def source(self, value: Any, path: Path) -> Source | None:
        f = self.fields(
            value,
            path,
            ("id", "publisher", "title", "date", "licence"),
            ("url", "dataset", "author", "via", "note"),
        )
        if f is None:
            return None
        sid = self.slug(f["id"], f.at("id"))
        publisher = self.bilingual(f["publisher"], f.at("publisher"))
        title = self.text(f["title"], f.at("title"))
        date = self.text(f["date"], f.at("date"))
        if date is not None and not _SOURCE_DATE.match(date):
            self.fail(f.at("date"), "source_date", text=repr(date))
        licence = self.bilingual(f["licence"], f.at("licence"))
        url = self.optional_text(f["url"], f.at("url"))
        dataset = self.optional_bilingual(f["dataset"], f.at("dataset"))
        if url is not None and not url.startswith(("https://", "http://")):
            self.fail(f.at("url"), "url", text=repr(url))
        author = self.optional_text(f["author"], f.at("author"))
        via = self.optional_bilingual(f["via"], f.at("via"))
        note = self.optional_bilingual(f["note"], f.at("note"))
        if None in (sid, publisher, title, date, licence):
            return None
        assert sid and publisher and title and date and licence
        return Source(sid, publisher, title, date, licence, url, dataset, author, via, note)

    def dated_list(
        self, value: Any, path: Path, read: Callable[[Any, Path], T | None]
    ) -> tuple[PartialDate | None, list[tuple[Path, T]]]:
        """A list that says as of when it is current: `{as_of: DATE, items: [...]}`."""
        f = self.fields(value, path, ("as_of", "items"))
        if f is None:
            return None, []
        return self.date(f["as_of"], f.at("as_of")), self.located_items(
            f["items"], f.at("items"), read
        )

    def membership(self, value: Any, path: Path) -> Membership | None:
        f = self.fields(value, path, ("partner",), ("joined", "left", "source"))
        if f is None:
            return None
        partner = self.text(f["partner"], f.at("partner"))
        joined = None if f["joined"] is None else self.date(f["joined"], f.at("joined"))
        left = None if f["left"] is None else self.date(f["left"], f.at("left"))
        source = None if f["source"] is None else self.source_ref(f["source"], f.at("source"))
        if (joined or left) and source is None:
            self.fail(path, "missing_field", field=repr("source"))
            return None
        if joined and left and left.iso() < joined.iso():
            self.fail(f.at("left"), "left_before_joined")
            return None
        return Membership(partner, joined, left, source) if partner else None

    def group(self, value: Any, path: Path) -> Group | None:
        f = self.fields(
            value, path, ("id", "short", "name", "source"), ("members", "home", "aliases", "note")
        )
        if f is None:
            return None
        gid = self.slug(f["id"], f.at("id"))
        short = self.localized(f["short"], f.at("short"))
        name = self.localized(f["name"], f.at("name"))
        source = self.source_ref(f["source"], f.at("source"))
        members = self.items(f["members"] or [], f.at("members"), self.membership)
        home = None if f["home"] is None else self.membership(f["home"], f.at("home"))
        aliases = self.items(f["aliases"] or [], f.at("aliases"), self.text)
        note = self.optional_localized(f["note"], f.at("note"))
        seen: set[str] = set()
        for i, member in enumerate(members):
            if member.partner in seen and member.current:
                self.fail((*f.at("members"), i), "duplicate_member", id=repr(member.partner))
            seen.add(member.partner)
        if not (gid and short and name and source):
            return None
        return Group(gid, short, name, source, tuple(members), home, tuple(aliases), note)

    def milestone(self, value: Any, path: Path) -> Milestone | None:
        f = self.fields(value, path, ("kind", "date", "source"), ("home",))
        if f is None:
            return None
        kind = self.enum(f["kind"], f.at("kind"), MilestoneKind)
        date = self.date(f["date"], f.at("date"))
        source = self.source_ref(f["source"], f.at("source"))
        home = f["home"] is not None and self.boolean(f["home"], f.at("home"))
        return Milestone(kind, date, source, home) if kind and date and source else None

    def status(self, value: Any, path: Path) -> Status | None:
        f = self.fields(value, path, ("value", "date", "source"))
        if f is None:
            return None
        status = self.enum(f["value"], f.at("value"), AgreementStatus)
        date = self.date(f["date"], f.at("date"))
        source = self.source_ref(f["source"], f.at("source"))
        return Status(status, date, source) if status and date and source else None

    def agreement(self, value: Any, path: Path) -> Agreement | None:
        f = self.fields(
            value,
            path,
            ("id", "short", "name", "kind", "status"),
            ("parties", "milestones", "via", "note"),
        )
        if f is None:
            return None
        aid = self.slug(f["id"], f.at("id"))
        short = self.localized(f["short"], f.at("short"))
        name = self.localized(f["name"], f.at("name"))
        kind = self.enum(f["kind"], f.at("kind"), AgreementKind)
        parties = self.items(f["parties"] or [], f.at("parties"), self.slug)
        status = self.status(f["status"], f.at("status"))
        milestones = self.items(f["milestones"] or [], f.at("milestones"), self.milestone)
        via = None if f["via"] is None else self.slug(f["via"], f.at("via"))
        note = self.optional_localized(f["note"], f.at("note"))
        if not (aid and short and name and kind and status):
            return None
        return Agreement(
            aid, short, name, kind, tuple(parties), status, tuple(milestones), via, note
        )

    def region_group(self, value: Any, path: Path) -> RegionGroup | None:
        f = self.fields(value, path, ("id", "name"))
        if f is None:
            return None
        gid, name = self.slug(f["id"], f.at("id")), self.localized(f["name"], f.at("name"))
        return RegionGroup(gid, name) if gid and name else None

    def region(self, value: Any, path: Path) -> Region | None:
        f = self.fields(value, path, ("id", "name"), ("group", "short"))
        if f is None:
            return None
        rid, name = self.slug(f["id"], f.at("id")), self.localized(f["name"], f.at("name"))
        group = None if f["group"] is None else self.slug(f["group"], f.at("group"))
        short = self.optional_localized(f["short"], f.at("short"))
        return Region(rid, name, group, short) if rid and name else None

    def goal(self, value: Any, path: Path) -> Goal | None:
        f = self.fields(value, path, ("id", "title", "description"))
        if f is None:
            return None
        gid = self.slug(f["id"], f.at("id"))
        title = self.localized(f["title"], f.at("title"))
        description = self.localized(f["description"], f.at("description"))
        return Goal(gid, title, description) if gid and title and description else None

    def about(self, value: Any, path: Path) -> About | None:
        f = self.fields(value, path, ("definition", "principle", "fields", "source"), ("context",))
        if f is None:
            return None
        definition = self.localized(f["definition"], f.at("definition"))
        principle = self.localized(f["principle"], f.at("principle"))
        fields = self.items(f["fields"], f.at("fields"), self.localized)
        context = self.items(f["context"], f.at("context"), self.localized)
        source = self.source_ref(f["source"], f.at("source"))
        if definition and principle and source:
            return About(definition, principle, tuple(fields), tuple(context), source)
        return None

    def partner_count(self, value: Any, path: Path) -> PartnerCount | None:
        f = self.fields(value, path, ("countries", "special_territories", "source"))
        if f is None:
            return None
        countries = self.integer(f["countries"], f.at("countries"), COUNT_RANGE)
        territories = self.integer(
            f["special_territories"], f.at("special_territories"), COUNT_RANGE
        )
        source = self.source_ref(f["source"], f.at("source"))
        if countries is None or territories is None or source is None:
            return None
        return PartnerCount(countries, territories, source)

    def partner(self, value: Any, path: Path) -> Partner | None:
        f = self.fields(
            value,
            path,
            ("id", "iso2", "iso3", "name", "region"),
            (
                "kind",
                "aliases",
                "relations",
                "no_relations",
                "highlights",
                "trade",
                "reported",
                "bop_trade",
                "fdi",
            ),
        )
        if f is None:
            return None
        pid = self.slug(f["id"], f.at("id"))
        iso2, iso3 = self.code(f["iso2"], f.at("iso2"), 2), self.code(f["iso3"], f.at("iso3"), 3)
        name = self.localized(f["name"], f.at("name"))
        region = self.slug(f["region"], f.at("region"))
        kind = PartnerKind.COUNTRY
        if f["kind"] is not None:
            kind = self.enum(f["kind"], f.at("kind"), PartnerKind) or kind
        aliases = self.items(f["aliases"], f.at("aliases"), self.text)
        relations = (
            None if f["relations"] is None else self.relations(f["relations"], f.at("relations"))
        )
        no_relations = None
        if f["no_relations"] is not None:
            no_relations = self.no_relations(f["no_relations"], f.at("no_relations"))
            if relations is not None:
                self.fail(f.at("no_relations"), "relations_and_none")
        if kind is not PartnerKind.COUNTRY and relations:  # a source may say there are none
            self.fail(f.at("kind"), "kind_relations", kind=msg(f"kind.{kind.value}"))
        highlights = self.items(f["highlights"], f.at("highlights"), self.highlight)
        trade = None if f["trade"] is None else self.trade(f["trade"], f.at("trade"))
        reported = self.items(f["reported"], f.at("reported"), self.reported)
        bop_trade = None
        if f["bop_trade"] is not None:
            bop_trade = self.period_series(f["bop_trade"], f.at("bop_trade"))
        fdi = None if f["fdi"] is None else self.investment(f["fdi"], f.at("fdi"))
        if not (pid and iso2 and iso3 and name and region):
            return None
        return Partner(
            id=pid,
            iso2=iso2,
            iso3=iso3,
            name=name,
            region=region,
            kind=kind,
            aliases=tuple(aliases),
            relations=relations,
            no_relations=no_relations,
            highlights=tuple(highlights),
            trade=trade,
            reported=tuple(reported),
            bop_trade=bop_trade,
            fdi=fdi,
        )

    def relations(self, value: Any, path: Path) -> Relations | None:
        f = self.fields(value, path, ("established",), ("events",))
        if f is None:
            return None
        established = self.items(f["established"], f.at("established"), self.dated_claim)
        if f.has("established") and isinstance(f["established"], list) and not f["established"]:
            self.fail(f.at("established"), "no_claims")
        events = self.items(f["events"], f.at("events"), self.event)
        return Relations(tuple(established), tuple(events)) if established else None

    def no_relations(self, value: Any, path: Path) -> NoRelations | None:
        f = self.fields(value, path, ("source",), ("note",))
        if f is None:
            return None
        source = self.source_ref(f["source"], f.at("source"))
        note = self.optional_localized(f["note"], f.at("note"))
        return NoRelations(source, note) if source else None

    def dated_claim(self, value: Any, path: Path) -> DatedClaim | None:
        f = self.fields(value, path, ("date", "source"), ("note",))
        if f is None:
            return None
        date = self.date(f["date"], f.at("date"))
        source = self.source_ref(f["source"], f.at("source"))
        note = self.optional_localized(f["note"], f.at("note"))
        return DatedClaim(date, source, note) if date and source else None

    def event(self, value: Any, path: Path) -> RelationEvent | None:
        f = self.fields(value, path, ("kind", "date", "source"), ("note",))
        if f is None:
            return None
        kind = self.enum(f["kind"], f.at("kind"), EventKind)
        date = self.date(f["date"], f.at("date"))
        source = self.source_ref(f["source"], f.at("source"))
        note = self.optional_localized(f["note"], f.at("note"))
        return RelationEvent(kind, date, source, note) if kind and date and source else None

    def highlight(self, value: Any, path: Path) -> Highlight | None:
        f = self.fields(value, path, ("text", "source"), ("date",))
        if f is None:
            return None
        text = self.localized(f["text"], f.at("text"))
        source = self.source_ref(f["source"], f.at("source"))
        date = None if f["date"] is None else self.date(f["date"], f.at("date"))
        return Highlight(text, source, date) if text and source else None

    def trade(self, value: Any, path: Path) -> TradeSeries | None:
        f = self.fields(value, path, ("source", "years"))
        if f is None:
            return None
        source = self.source_ref(f["source"], f.at("source"))
        years_value = f["years"]
        if not isinstance(years_value, dict):
            if years_value is not None:
                self.fail(f.at("years"), "expected_years", got=_kind(years_value))
            return None
        years: dict[int, TradeYear] = {}
        year_sources: dict[int, str] = {}
        low, high = YEAR_RANGE
        for key, item in years_value.items():
            # The common case, checked inline (this loop runs for every partner and year):
            # a year in range holding only exports and/or imports, each a whole USD >= 0.
            if type(key) is int and low <= key <= high and type(item) is dict:
                exports, imports = item.get("exports"), item.get("imports")
                known = (exports is not None) + (imports is not None)
                if (
                    known
                    and len(item) == known
                    and (exports is None or (type(exports) is int and 0 <= exports <= MAX_USD))
                    and (imports is None or (type(imports) is int and 0 <= imports <= MAX_USD))
                ):
                    years[key] = TradeYear(exports, imports)
                    continue
            at = (*f.at("years"), str(key))
            year = self.year(key, at)
            flows = self.fields(item, at, (), ("exports", "imports", "source"))
            if year is None or flows is None:
                continue
            if flows["exports"] is None and flows["imports"] is None:
                self.fail(at, "empty_year")
                continue
            exports = self.usd(flows["exports"], flows.at("exports"))
            imports = self.usd(flows["imports"], flows.at("imports"))
            years[year] = TradeYear(exports, imports)
            if flows["source"] is not None:  # a year fetched later by `bilateral update`
                year_source = self.source_ref(flows["source"], flows.at("source"))
                if year_source is not None:
                    year_sources[year] = year_source
        written = [k for k in years_value if type(k) is int]
        if written != sorted(written):
            self.fail(f.at("years"), "year_order")
        return TradeSeries(source, years, year_sources) if source else None

    def period(self, value: Any, path: Path) -> Period | None:
        """`2024` (a year) or `2025-01/05` (January to May of a year)."""
        if type(value) is int:
            year = self.year(value, path)
            return None if year is None else Period(year)
        text = self.text(value, path)
        match = _PERIOD.match(text) if text is not None else None
        if text is None or match is None:
            if text is not None:
                self.fail(path, "not_a_period", text=repr(text))
            return None
        year = self.year(int(match.group(1)), path)
        if year is None:
            return None
        if match.group(2) is None:
            return Period(year)
        first, last = int(match.group(2)), int(match.group(3))
        if not 1 <= first <= last <= 12:
            self.fail(path, "not_a_period", text=repr(text))
            return None
        return Period(year, first, last)

    def periods(
        self, value: Any, path: Path, read: Callable[[Any, Path], T | None]
    ) -> dict[Period, T]:
        """A mapping of periods to values, each period once."""
        if not isinstance(value, dict):
            if value is not None:
                self.fail(path, "expected_years", got=_kind(value))
            return {}
        out: dict[Period, T] = {}
        for key, item in value.items():
            at = (*path, str(key))
            period = self.period(key, at)
            figure = read(item, at)
            if period is None or figure is None:
                continue
            if period in out:
                self.fail(at, "duplicate_id", what=msg("what.period"), id=repr(period.key()))
            out[period] = figure
        return out

    def preliminary(self, value: Any, path: Path, periods: dict[Period, Any]) -> list[Period]:
        """The periods a source calls preliminary: each must be one of the series'."""
        marked = self.items(value or [], path, self.period)
        for i, period in enumerate(marked):
            if period not in periods:
                self.fail((*path, i), "unknown_period", text=repr(period.key()))
        return marked

    def flows(self, value: Any, path: Path) -> TradeYear | None:
        f = self.fields(value, path, (), ("exports", "imports"))
        if f is None:
            return None
        if f["exports"] is None and f["imports"] is None:
            self.fail(path, "empty_year")
            return None
        exports = self.usd(f["exports"], f.at("exports"))
        imports = self.usd(f["imports"], f.at("imports"))
        return TradeYear(exports, imports)

    def by_period(
        self, value: Any, path: Path, read: Callable[[Any, Path], T | None]
    ) -> tuple[str, dict[Period, T], tuple[Period, ...]] | None:
        """A series by period: its source, its figures and the periods it calls preliminary."""
        f = self.fields(value, path, ("source", "periods"), ("preliminary",))
        if f is None:
            return None
        source = self.source_ref(f["source"], f.at("source"))
        periods = self.periods(f["periods"], f.at("periods"), read)
        preliminary = self.preliminary(f["preliminary"], f.at("preliminary"), periods)
        return (source, periods, tuple(preliminary)) if source else None

    def period_series(self, value: Any, path: Path) -> PeriodSeries | None:
        read = self.by_period(value, path, self.flows)
        return None if read is None else PeriodSeries(*read)

    def signed_usd(self, value: Any, path: Path) -> int | None:
        return self.integer(value, path, SIGNED_USD_RANGE)

    def investment(self, value: Any, path: Path) -> InvestmentSeries | None:
        read = self.by_period(value, path, self.signed_usd)
        return None if read is None else InvestmentSeries(*read)

    def ideal_point(self, value: Any, path: Path) -> IdealPoint | None:
        """`[point, votes, low, high]`: the estimate, its votes, its 5% and 95% quantiles."""
        if not isinstance(value, list) or len(value) != 4:
            self.fail(path, "ideal_point", got=_kind(value))
            return None
        point = self.number(value[0], (*path, 0), POINT_RANGE)
        votes = self.integer(value[1], (*path, 1), VOTES_RANGE)
        low = self.number(value[2], (*path, 2), POINT_RANGE)
        high = self.number(value[3], (*path, 3), POINT_RANGE)
        if point is None or votes is None or low is None or high is None:
            return None
        if low > high:
            self.fail(path, "quantiles")
            return None
        return IdealPoint(point, votes, low, high)

    def un_voting(
        self, value: Any, path: Path, partner_ids: set[str], home: Country | None
    ) -> UnVoting | None:
        """Ideal points by year, keyed by partner id or the home country's ISO alpha-3 code."""
        f = self.fields(value, path, ("source", "years"), ("notes",))
        if f is None:
            return None
        source = self.source_ref(f["source"], f.at("source"))
        keys = partner_ids | ({home.iso3} if home else set())
        years: dict[int, dict[str, IdealPoint]] = {}
        listed = f["years"]
        if not isinstance(listed, dict):
            self.fail(f.at("years"), "expected_years", got=_kind(listed))
            listed = {}
        for year_key, entries in listed.items():
            at = (*f.at("years"), str(year_key))
            year = self.year(year_key, at)
            if not isinstance(entries, dict):
                self.fail(at, "expected_mapping", got=_kind(entries))
                continue
            points: dict[str, IdealPoint] = {}
            low_bound, high_bound = POINT_RANGE
            for key, item in entries.items():
                # The common case, checked inline (about 10,000 entries): a known key and four
                # plain numbers in range, quantiles in order.
                if key in keys and type(item) is list and len(item) == 4:
                    point, votes, low, high = item
                    if (
                        type(votes) is int
                        and VOTES_RANGE[0] <= votes <= VOTES_RANGE[1]
                        and type(point) is float
                        and type(low) is float
                        and type(high) is float
                        and low_bound <= low <= high <= high_bound
                        and low_bound <= point <= high_bound
                    ):
                        points[key] = IdealPoint(point, votes, low, high)
                        continue
                if key not in keys:
                    self.fail((*at, str(key)), "unknown_partner", id=repr(key))
                    continue
                point = self.ideal_point(item, (*at, str(key)))
                if point is not None:
                    points[key] = point
            if year is not None:
                years[year] = points
        notes: dict[str, Localized] = {}
        raw_notes = f["notes"] if isinstance(f["notes"], dict) else {}
        if f["notes"] is not None and not isinstance(f["notes"], dict):
            self.fail(f.at("notes"), "expected_mapping", got=_kind(f["notes"]))
        for key, item in raw_notes.items():
            if key not in keys:
                self.fail((*f.at("notes"), str(key)), "unknown_partner", id=repr(key))
            note = self.localized(item, (*f.at("notes"), str(key)))
            if note is not None:
                notes[key] = note
        return UnVoting(source, years, notes) if source else None

    def usd(self, value: Any, path: Path) -> int | None:
        return None if value is None else self.integer(value, path, USD_RANGE)

    def reported(self, value: Any, path: Path) -> ReportedFigure | None:
        f = self.fields(
            value,
            path,
            ("measure", "period", "basis", "source"),
            ("years", "value_usd", "rank", "growth_pct", "scope"),
        )
        if f is None:
            return None
        measure = self.enum(f["measure"], f.at("measure"), Measure)
        period = self.localized(f["period"], f.at("period"))
        basis = self.enum(f["basis"], f.at("basis"), Basis)
        source = self.source_ref(f["source"], f.at("source"))
        years = self.items(f["years"], f.at("years"), self.year)
        value_usd = (
            None
            if f["value_usd"] is None
            else self.integer(f["value_usd"], f.at("value_usd"), SIGNED_USD_RANGE)
        )
        rank = None if f["rank"] is None else self.integer(f["rank"], f.at("rank"), RANK_RANGE)
        growth = (
            None
            if f["growth_pct"] is None
            else self.number(f["growth_pct"], f.at("growth_pct"), GROWTH_RANGE)
        )
        scope = self.optional_localized(f["scope"], f.at("scope"))
        if value_usd is None and rank is None and growth is None and isinstance(value, dict):
            self.fail(path, "empty_figure")
            return None
        if not (measure and period and basis and source):
            return None
        return ReportedFigure(
            measure, period, basis, source, tuple(years), value_usd, rank, growth, scope
        )


def _typed_names(partner: Partner) -> Iterable[tuple[Path, str]]:
    """Every string a user may type to find `partner` except ISO codes, with where it is."""
    yield ("id",), partner.id
    yield ("name", "id"), partner.name.id
    yield ("name", "en"), partner.name.en
    for i, alias in enumerate(partner.aliases):
        yield ("aliases", i), alias


def _number(value: float) -> str:
    """A number for a message, shortened when it is long (`1000000000…, 4,001 digits`)."""
    text = f"{value:,}" if isinstance(value, int) and abs(value) < 10**21 else repr(value)
    return text if len(text) <= 32 else f"{text[:12]}…, {len(text):,} digits"


def _kind(value: Any) -> Message:
    """What a wrong value is, for messages: `text 'lots'`, `a list`."""
    if value is None:
        return msg("value.nothing")
    if isinstance(value, bool):
        return msg("value.boolean", value=repr(value))
    if isinstance(value, dict):
        return msg("value.mapping")
    if isinstance(value, list):
        return msg("value.list")
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return msg("value.text", value=repr(shown))
    return msg("value.other", type=type(value).__name__, value=repr(value))
