"""Questions asked of a dataset: find a partner or region, and build each command's view."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from bilateral_cli.alignment import latest_year, reliable_values
from bilateral_cli.dataset.words import partner_index as partner_index
from bilateral_cli.dataset.words import partner_keys
from bilateral_cli.errors import (
    HomeCountryError,
    UnknownPartnerError,
    UnknownRegionError,
    UsageProblem,
    quoted,
)
from bilateral_cli.messages import msg
from bilateral_cli.model import (
    Dataset,
    Group,
    PartialDate,
    Partner,
    PartnerKind,
    PartnerNames,
    TradeSeries,
)
from bilateral_cli.record import NamedTuple
from bilateral_cli.summary import summaries, window_sources
from bilateral_cli.text import fold
from bilateral_cli.trade import latest_with_total
from bilateral_cli.views.listing import ListRow, ListView
from bilateral_cli.vocabulary import SortKey, assert_never


def find_partner(dataset: Dataset, query: str, lang: str = "en") -> Partner:
    """The partner `query` names, or `UnknownPartnerError` with close matches."""
    [partner] = find_partners(dataset, [query], lang)
    return partner


def find_partners(dataset: Dataset, queries: Iterable[str], lang: str = "en") -> list[Partner]:
    """The partner each query names, in order; `UnknownPartnerError` for the first that fails.

    Matching runs on the names index, built once for all the queries, so only the partners
    found are decoded.
    """
    return [p for p in _find(dataset, queries, lang, groups=False) if isinstance(p, Partner)]


def find_subjects(
    dataset: Dataset, queries: Iterable[str], lang: str = "en", words: bool = False
) -> list[Partner | Group]:
    """Like `find_partners`, but a query that names no partner may name a group (`asean`,
    `uni eropa`); a partner's name wins (`nam` is Namibia, `--group nam` the movement).
    `words`: the queries are words typed without quotes, joined into the names they spell
    (`south korea japan`)."""
    return _find(dataset, queries, lang, groups=True, words=words)


def _find(
    dataset: Dataset, queries: Iterable[str], lang: str, groups: bool, words: bool = False
) -> list[Partner | Group]:
    names, codes = partner_index(dataset)
    if words:
        queries = _phrases(list(queries), names, codes, dataset, groups)
    found: list[Partner | Group] = []
    for query in queries:
        key = fold(query)
        position = names.get(key, codes.get(key) if query.isascii() else None)
        if position is not None:
            found.append(dataset.partners[position])
            continue
        group = None
        if groups:
            from bilateral_cli.cooperation import match_group  # groups only where asked

            group = match_group(dataset, query)
        if group is None:
            home = dataset.home
            if key in {fold(home.name.en), fold(home.name.id), fold(home.iso2), fold(home.iso3)}:
                raise HomeCountryError(query, home.name.get(lang))
            suggestions, ambiguous = _suggestions(dataset.names, {**codes, **names}, key, lang)
            raise UnknownPartnerError(query, suggestions, ambiguous)
        found.append(group)
    return found


def _phrases(
    words: Sequence[str],
    names: dict[str, int],
    codes: dict[str, int],
    dataset: Dataset,
    groups: bool,
) -> list[str]:
    """Words typed without quotes, joined into the names they spell, longest first (never
    longer than the longest name, so thousands of words cost a few tries each): `south korea
    japan` is `south korea` and `japan`. A word that starts no name stays alone (and fails as
    itself)."""
    from bilateral_cli.cooperation import group_keys

    texts = [t for p in dataset.names for t in (p.name.en, p.name.id, *p.aliases)]
    group_names: set[str] = set()
    if groups:
        texts += [t for g in dataset.cooperation.groups for t in (*g.name, *g.aliases)]
        group_names = {key for g in dataset.cooperation.groups for key in group_keys(g)}
    longest_name = max((len(text.split()) for text in texts), default=1)

    def known(text: str) -> bool:
        key = fold(text)
        return key in names or (text.isascii() and key in codes) or key in group_names

    out: list[str] = []
    i = 0
    while i < len(words):
        longest = min(len(words), i + longest_name)
        end = next((j for j in range(longest, i + 1, -1) if known(" ".join(words[i:j]))), i + 1)
        out.append(" ".join(words[i:end]))
        i = end
    return out


def _suggestions(
    all_names: Sequence[PartnerNames], index: dict[str, int], key: str, lang: str
) -> tuple[list[str], bool]:
    """Names close to what was typed: those containing it, else the most similar; and whether
    what was typed is a name several partners share (`congo`, `korea`)."""
    suggestions: list[str] = []
    whole_words = 0
    if len(key) >= 4:  # a part of a name: `korea` -> North Korea, South Korea
        for candidate in sorted(k for k in index if key in k):
            names = all_names[index[candidate]].name
            name = names.get(lang)
            if name not in suggestions:
                suggestions.append(name)
                whole_words += any(
                    f" {key} " in f" {fold_words(text)} " for text in (names.en, names.id)
                )
    if key and not suggestions:
        import difflib  # only for a name not found

        scored = []
        for candidate in difflib.get_close_matches(key, list(index), n=10, cutoff=0.7):
            ratio = difflib.SequenceMatcher(None, key, candidate).ratio()
            scored.append((ratio, candidate))
        best = max((ratio for ratio, _ in scored), default=0.0)
        for ratio, candidate in sorted(scored, key=lambda rc: -rc[0]):
            name = all_names[index[candidate]].name.get(lang)
            if ratio >= best - 0.1 and name not in suggestions:
                suggestions.append(name)
    return suggestions[:5], whole_words > 1


def fold_words(text: str) -> str:
    """`text` folded word by word, spaces kept: `Republic of the Congo` -> `republic of the
    congo`, so a query can be matched as whole words."""
    return " ".join(fold(word) for word in text.replace("-", " ").split())


def find_subject(dataset: Dataset, query: str, lang: str = "en") -> Partner | Group:
    """A partner, or where no partner has that name a group (`asean`, `uni eropa`)."""
    [subject] = find_subjects(dataset, [query], lang)
    return subject


class RegionSelection(NamedTuple):
    """The regions a `--region` value stands for, and how to call them."""

    label: str
    region_ids: tuple[str, ...]


def resolve_region(dataset: Dataset, query: str, lang: str = "en") -> RegionSelection:
    """A region or a group of regions by id or by name in either language."""
    key = fold(query)
    if key:
        for region in dataset.regions:
            if key in (fold(region.id), fold(region.name.id), fold(region.name.en)):
                return RegionSelection(region.name.get(lang), (region.id,))
        for group in dataset.region_groups:
            if key in (fold(group.id), fold(group.name.id), fold(group.name.en)):
                ids = tuple(r.id for r in dataset.regions_in(group.id))
                return RegionSelection(group.name.get(lang), ids)
    named = [(r.id, r.name) for r in dataset.regions]
    named += [(g.id, g.name) for g in dataset.region_groups]
    keys = {fold(text): rid for rid, name in named for text in (rid, name.id, name.en)}
    import difflib  # only for a region not found

    close = difflib.get_close_matches(key, list(keys), n=3, cutoff=0.6) if key else []
    raise UnknownRegionError(
        query,
        [rid for rid, _ in named],
        [name.get(lang) for _, name in named],
        list(dict.fromkeys(keys[k] for k in close)),
    )


def date_key(date: PartialDate | None) -> tuple[bool, int, int, int]:
    """Unknown dates last; a date known only to the year before dated days of that year."""
    if date is None:
        return (True, 0, 0, 0)
    return (False, date.year, date.month or 0, date.day or 0)


def list_view(
    dataset: Dataset,
    region: str | None = None,
    sort: SortKey = SortKey.NAME,
    lang: str = "en",
    group: str | None = None,
    since: int | None = None,
    until: int | None = None,
    year: int | None = None,
    kind: str | None = None,
    query: str | None = None,
    un_distance: bool = True,
) -> ListView:
    """One row per partner, optionally limited to a region, a group (ASEAN, the EU...), the
    years relations began in, a kind and a text, in the order asked; trade for one year
    (`year`, else the latest), so that a partner whose figures stop earlier is never ranked
    among the others. `un_distance=False`: no UN voting distances (their votes are not read)
    unless the order needs them, for a table that does not show them."""
    selection = resolve_region(dataset, region, lang) if region is not None else None
    chosen_group = None
    if group is not None:
        from bilateral_cli.cooperation import find_group  # `list` without --group never needs it

        chosen_group = find_group(dataset, group)
    members = set(chosen_group.current_members()) if chosen_group else None
    year = check_year(dataset, year) if year is not None else max(dataset.world_trade.years)
    chosen_kind = _kind(kind) if kind is not None else None
    matches = _matcher(query) if query is not None else None
    regions = {r.id: r for r in dataset.regions}
    order = {r.id: i for i, r in enumerate(dataset.regions)}
    rows = []
    trade_ids: set[str] = set()
    voting = dataset.un_voting if un_distance or sort is SortKey.UN_DISTANCE else None
    un_year = latest_year(voting, dataset.home.iso3) if voting else None
    distances = reliable_values(voting, dataset.home.iso3, un_year) if voting and un_year else {}
    for position, (names, summary) in enumerate(
        zip(dataset.names, summaries(dataset), strict=True)
    ):
        if matches is not None and not matches(names):
            continue
        if selection and summary.region not in selection.region_ids:
            continue
        if members is not None and names.id not in members:
            continue
        if chosen_kind is not None and summary.kind is not chosen_kind:
            continue
        since_year = summary.since.year if summary.since else None
        if not _began_within(since_year, since, until):
            continue
        latest = summary.latest_year
        trade_ids.update(summary.latest_sources)
        in_year_total = in_year_change = None
        if latest == year:
            in_year_total, in_year_change = summary.latest_total, summary.latest_change_pct
        elif latest is not None and year < latest:  # an earlier year: read the partner
            partner = dataset.partners[position]
            if partner.trade and year in partner.trade.years:
                in_year = latest_with_total(_until(partner.trade, year))
                if in_year is not None and in_year.year == year:
                    in_year_total, in_year_change = in_year.total, in_year.change_pct
                    trade_ids.update(window_sources(partner, year))
        region_of = regions[summary.region]
        rows.append(
            ListRow(
                id=names.id,
                iso2=names.iso2,
                iso3=names.iso3,
                name=names.name.get(lang),
                names=names.name,
                region_id=summary.region,
                region=region_of.name.get(lang),
                region_short=(region_of.short or region_of.name).get(lang),
                kind=summary.kind,
                no_relations=summary.no_relations,
                since=summary.since,
                latest_year=latest,
                latest_total=summary.latest_total,
                change_pct=summary.latest_change_pct,
                year_total=in_year_total,
                year_change_pct=in_year_change,
                un_distance=distances.get(names.id),
            )
        )
    by_name = sorted(rows, key=lambda r: (fold(r.name), r.id))
    if sort is SortKey.REGION:
        by_name.sort(key=lambda r: order[r.region_id])
    elif sort is SortKey.SINCE:
        by_name.sort(key=lambda r: date_key(r.since))
    elif sort is SortKey.TRADE:  # ranked on the year; figures that stop earlier come after
        by_name.sort(
            key=lambda r: (
                r.year_total is None,
                -(r.year_total or 0),
                r.latest_total is None,
                -(r.latest_total or 0),
            )
        )
    elif sort is SortKey.UN_DISTANCE:
        by_name.sort(key=lambda r: (r.un_distance is None, r.un_distance or 0.0))
    elif sort is not SortKey.NAME:
        assert_never(sort)
    filtered = since is not None or until is not None or chosen_kind or matches
    if not rows and (selection or chosen_group or filtered):
        if query is not None:
            raise UsageProblem(msg("error.no_match", query=quoted(query)))
        raise UsageProblem(msg("error.nothing_chosen"))
    trade_sources = tuple(dataset.sources[i] for i in sorted(trade_ids))
    return ListView(
        home=dataset.home.name.get(lang),
        region_filter=selection.label if selection else None,
        region_ids=selection.region_ids if selection else (),
        group_filter=chosen_group.short.get(lang) if chosen_group else None,
        group_id=chosen_group.id if chosen_group else None,
        sort=sort.value,
        rows=tuple(by_name),
        trade_sources=trade_sources,
        year=year,
        kind=chosen_kind.value if chosen_kind else None,
        query=query,
        un_year=un_year,
        un_source=voting.source if voting and un_year else None,
    )


def check_year(dataset: Dataset, year: int) -> int:
    """`year` if the data covers it, else a usage error that says what it covers."""
    years = dataset.world_trade.years
    if year not in years:
        first, last = min(years), max(years)
        raise UsageProblem(msg("error.year_outside", year=year, first=first, last=last))
    return year


def _until(series: TradeSeries, year: int) -> TradeSeries:
    """The series up to and including `year`."""
    return series._replace(years={y: v for y, v in series.years.items() if y <= year})


def _kind(value: str) -> PartnerKind:
    for kind in PartnerKind:
        if fold(value) == fold(kind.value):
            return kind
    valid = ", ".join(k.value for k in PartnerKind)
    raise UsageProblem(msg("error.kind", kind=quoted(value), valid=valid))


def _matcher(query: str) -> Callable[[PartnerNames], bool]:
    """Whether a partner's id, names or aliases (either language) contain `query`, or a code
    equals it: what `bilateral search` and `list --query` match."""
    key = fold(query)
    if not key:
        raise UsageProblem(msg("error.no_match", query=quoted(query)))

    def matches(names: PartnerNames) -> bool:
        keys = list(partner_keys(names))
        return any(key in k for k in keys[:-2]) or (query.isascii() and key in keys[-2:])

    return matches


def _began_within(year: int | None, since: int | None, until: int | None) -> bool:
    """Whether relations began within `--since`/`--until` (no filter: every partner)."""
    if since is None and until is None:
        return True
    if year is None:
        return False
    return (since is None or year >= since) and (until is None or year <= until)
