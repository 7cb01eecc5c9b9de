"""A `Dataset` back to the plain document `load_dataset` reads: the inverse of the loader.

Tests use it to check that loading loses nothing (load, write, load gives the same dataset);
it is also the way to save a dataset built or changed in code.
"""

from __future__ import annotations

from typing import Any

import yaml

from bilateral_cli.model import (
    Agreement,
    Dataset,
    Group,
    InvestmentSeries,
    Localized,
    Membership,
    PartialDate,
    Partner,
    PartnerKind,
    PeriodSeries,
    ReportedFigure,
    Source,
    TradeSeries,
    UnVoting,
)


class DatasetDumper(yaml.SafeDumper):
    """Writes strings so that they read back exactly.

    PyYAML's plain and single-quoted styles fold some line breaks (NEL, U+0085, comes back as a
    space): any string holding a character that is not printable is written double-quoted, with
    escapes.
    """


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = '"' if not data.isprintable() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


DatasetDumper.add_representer(str, _represent_str)


def dump_yaml(document: Any, **options: Any) -> str:
    """YAML text that `load_dataset` reads back as the same document."""
    text: str = yaml.dump(
        document, Dumper=DatasetDumper, allow_unicode=True, sort_keys=False, **options
    )
    return text


def dataset_document(dataset: Dataset) -> dict[str, Any]:
    return {
        "schema": dataset.schema,
        "home": {
            "iso2": dataset.home.iso2,
            "iso3": dataset.home.iso3,
            "name": _text(dataset.home.name),
        },
        "sources": [source_document(s) for s in dataset.sources.values()],
        "region_groups": [{"id": g.id, "name": _text(g.name)} for g in dataset.region_groups],
        "regions": [
            _compact(
                {
                    "id": r.id,
                    "name": _text(r.name),
                    "group": r.group,
                    "short": _text(r.short) if r.short else None,
                }
            )
            for r in dataset.regions
        ],
        "region_rule": _text(dataset.region_rule),
        "names_source": dataset.names_source,
        "goals": {
            "source": dataset.goals_source,
            "items": [
                {"id": g.id, "title": _text(g.title), "description": _text(g.description)}
                for g in dataset.goals
            ],
        },
        "about": {
            "definition": _text(dataset.about.definition),
            "principle": _text(dataset.about.principle),
            "fields": [_text(f) for f in dataset.about.fields],
            "context": [_text(c) for c in dataset.about.context],
            "source": dataset.about.source,
        },
        "partner_count": dataset.partner_count._asdict(),
        "partners": [_partner(p) for p in dataset.partners],
        "world_trade": _trade(dataset.world_trade),
        "groups": {
            "as_of": _date(dataset.cooperation.groups_as_of),
            "items": [_group(g) for g in dataset.cooperation.groups],
        },
        "agreements": {
            "as_of": _date(dataset.cooperation.agreements_as_of),
            "items": [_agreement(a) for a in dataset.cooperation.agreements],
        },
    } | _compact(
        {
            "bop_world": _periods(dataset.bop_world) if dataset.bop_world else None,
            "fdi_world": _periods(dataset.fdi_world) if dataset.fdi_world else None,
            "un_voting": _un_voting(dataset.un_voting) if dataset.un_voting else None,
        }
    )


def _periods(series: PeriodSeries | InvestmentSeries) -> dict[str, Any]:
    """A series by period: `2024` or `2025-01/05` as keys."""
    values = {
        period.key(): _compact(v._asdict()) if isinstance(v, tuple) else v
        for period, v in series.periods.items()
    }
    return _compact(
        {
            "source": series.source,
            "preliminary": [p.key() for p in series.preliminary],
            "periods": values,
        }
    )


def _un_voting(voting: UnVoting) -> dict[str, Any]:
    return _compact(
        {
            "source": voting.source,
            "notes": {key: _text(note) for key, note in voting.notes.items()} or None,
            "years": {
                year: {key: list(point) for key, point in points.items()}
                for year, points in voting.years.items()
            },
        }
    )


def _membership(member: Membership) -> dict[str, Any]:
    return _compact(
        {
            "partner": member.partner,
            "joined": _date(member.joined) if member.joined else None,
            "left": _date(member.left) if member.left else None,
            "source": member.source,
        }
    )


def _group(group: Group) -> dict[str, Any]:
    return _compact(
        {
            "id": group.id,
            "short": _text(group.short),
            "name": _text(group.name),
            "source": group.source,
            "members": [_membership(m) for m in group.members],
            "home": _membership(group.home) if group.home else None,
            "aliases": list(group.aliases),
            "note": _text(group.note) if group.note else None,
        }
    )


def _agreement(agreement: Agreement) -> dict[str, Any]:
    status = agreement.status
    return _compact(
        {
            "id": agreement.id,
            "short": _text(agreement.short),
            "name": _text(agreement.name),
            "kind": agreement.kind.value,
            "parties": list(agreement.parties),
            "via": agreement.via,
            "status": {
                "value": status.value.value,
                "date": _date(status.date),
                "source": status.source,
            },
            "milestones": [
                _compact(
                    {
                        "kind": m.kind.value,
                        "date": _date(m.date),
                        "source": m.source,
                        "home": m.home or None,
                    }
                )
                for m in agreement.milestones
            ],
            "note": _text(agreement.note) if agreement.note else None,
        }
    )


def _text(value: Localized) -> dict[str, str]:
    return {"id": value.id, "en": value.en}


def _date(value: PartialDate) -> str:
    return value.iso()


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    """Leave out optional fields that are absent or empty."""
    return {k: v for k, v in values.items() if v is not None and v != [] and v != ()}


def _bilingual(value: Localized | None) -> str | dict[str, str] | None:
    """One string where both languages say the same (a proper name), else both texts."""
    if value is None:
        return None
    return value.id if value.id == value.en else _text(value)


def source_document(source: Source) -> dict[str, Any]:
    fields = source._asdict()
    for name in ("publisher", "licence", "dataset", "via", "note"):
        fields[name] = _bilingual(fields[name])
    return _compact(fields)


def _trade(series: TradeSeries) -> dict[str, Any]:
    years = {
        year: _compact({**flows._asdict(), "source": series.year_sources.get(year)})
        for year, flows in series.years.items()
    }
    return {"source": series.source, "years": years}


def _reported(figure: ReportedFigure) -> dict[str, Any]:
    return _compact(
        {
            "measure": figure.measure.value,
            "period": _text(figure.period),
            "basis": figure.basis.value,
            "source": figure.source,
            "years": list(figure.years),
            "value_usd": figure.value_usd,
            "rank": figure.rank,
            "growth_pct": figure.growth_pct,
            "scope": _text(figure.scope) if figure.scope else None,
        }
    )


def _partner(partner: Partner) -> dict[str, Any]:
    relations = None
    if partner.relations is not None:
        relations = _compact(
            {
                "established": [
                    _compact(
                        {
                            "date": _date(c.date),
                            "source": c.source,
                            "note": _text(c.note) if c.note else None,
                        }
                    )
                    for c in partner.relations.established
                ],
                "events": [
                    _compact(
                        {
                            "kind": e.kind.value,
                            "date": _date(e.date),
                            "source": e.source,
                            "note": _text(e.note) if e.note else None,
                        }
                    )
                    for e in partner.relations.events
                ],
            }
        )
    no_relations = None
    if partner.no_relations is not None:
        note = partner.no_relations.note
        no_relations = _compact(
            {"source": partner.no_relations.source, "note": _text(note) if note else None}
        )
    return _compact(
        {
            "id": partner.id,
            "iso2": partner.iso2,
            "iso3": partner.iso3,
            "name": _text(partner.name),
            "kind": partner.kind.value if partner.kind is not PartnerKind.COUNTRY else None,
            "aliases": list(partner.aliases),
            "region": partner.region,
            "relations": relations,
            "no_relations": no_relations,
            "highlights": [
                _compact(
                    {
                        "text": _text(h.text),
                        "source": h.source,
                        "date": _date(h.date) if h.date else None,
                    }
                )
                for h in partner.highlights
            ],
            "reported": [_reported(f) for f in partner.reported],
            "trade": _trade(partner.trade) if partner.trade else None,
            "bop_trade": _periods(partner.bop_trade) if partner.bop_trade else None,
            "fdi": _periods(partner.fdi) if partner.fdi else None,
        }
    )
