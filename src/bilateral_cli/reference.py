"""The reference pages: `bilateral goals`, `regions`, `about`, `sources`."""

from __future__ import annotations

from bilateral_cli.dataset.words import partner_index as partner_index
from bilateral_cli.model import (
    Dataset,
)
from bilateral_cli.views.reference import (
    AboutView,
    GoalsView,
    GoalView,
    RegionGroupRow,
    RegionRow,
    RegionsView,
    SourcesView,
)


def goals_view(dataset: Dataset, lang: str = "en") -> GoalsView:
    goals = tuple(
        GoalView(n, g.id, g.title.get(lang), g.description.get(lang))
        for n, g in enumerate(dataset.goals, start=1)
    )
    return GoalsView(goals, dataset.sources[dataset.goals_source])


def regions_view(dataset: Dataset, lang: str = "en") -> RegionsView:
    counts = {r.id: 0 for r in dataset.regions}
    for partner in dataset.partners:
        counts[partner.region] += 1
    groups_by_id = {g.id: g for g in dataset.region_groups}
    regions = tuple(
        RegionRow(
            r.id,
            r.name.get(lang),
            r.group,
            groups_by_id[r.group].name.get(lang) if r.group else None,
            counts[r.id],
        )
        for r in dataset.regions
    )
    groups = tuple(
        RegionGroupRow(
            g.id,
            g.name.get(lang),
            tuple(r.id for r in members),
            tuple(r.name.get(lang) for r in members),
            sum(counts[r.id] for r in members),
        )
        for g, members in ((g, dataset.regions_in(g.id)) for g in dataset.region_groups)
    )
    reported = dataset.partner_count
    return RegionsView(
        home=dataset.home.name.get(lang),
        rule=dataset.region_rule.get(lang),
        regions=regions,
        groups=groups,
        partners_in_dataset=len(dataset.partners),
        reported_countries=reported.countries,
        reported_special_territories=reported.special_territories,
        source=dataset.sources[reported.source],
    )


def about_view(dataset: Dataset, lang: str = "en") -> AboutView:
    about = dataset.about
    return AboutView(
        home=dataset.home.name.get(lang),
        definition=about.definition.get(lang),
        principle=about.principle.get(lang),
        fields=tuple(f.get(lang) for f in about.fields),
        context=tuple(c.get(lang) for c in about.context),
        source=dataset.sources[about.source],
    )


def sources_view(dataset: Dataset, updated: str | None = None) -> SourcesView:
    return SourcesView(tuple(dataset.sources.values()), updated)
