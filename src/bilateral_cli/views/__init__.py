"""Plain view data: what each command shows, already chosen and computed, not yet formatted.

Renderers turn these into each output format; nothing here knows about Rich. Texts from the
dataset are already in the chosen language; ids and codes are there for machine formats.

One module per family of commands (`listing`, `profile`, `cooperation`, `reference`,
`comparing`, `maintenance`), so that a run makes the view classes of its own command only; the
human renderer of a family is the module of the same name in `render/human` (see its `render`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from bilateral_cli.views.comparing import AlignmentCompareView, CompareView
    from bilateral_cli.views.cooperation import (
        AgreementsView,
        CoverageView,
        GroupProfileView,
        GroupsView,
    )
    from bilateral_cli.views.listing import ListView
    from bilateral_cli.views.maintenance import UpdateView, ValidationView
    from bilateral_cli.views.profile import (
        BriefView,
        HistoryView,
        ProductsView,
        ProfileView,
        WorldView,
    )
    from bilateral_cli.views.reference import AboutView, GoalsView, RegionsView, SourcesView

    View: TypeAlias = (
        ListView
        | ProfileView
        | GoalsView
        | RegionsView
        | AboutView
        | SourcesView
        | ValidationView
        | CompareView
        | AlignmentCompareView
        | AgreementsView
        | CoverageView
        | GroupsView
        | GroupProfileView
        | HistoryView
        | UpdateView
        | ProductsView
        | WorldView
        | BriefView
    )
