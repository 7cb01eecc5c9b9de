"""The commands `bilateral compare`.

Annotations here are evaluated, as in `base`.
"""

from typing import TYPE_CHECKING

import typer

from bilateral_cli.errors import UsageProblem
from bilateral_cli.framework import ChoiceOf
from bilateral_cli.messages import msg
from bilateral_cli.vocabulary.comparing import CompareSort, GroupBy, Metric, SeriesSource

if TYPE_CHECKING:
    from bilateral_cli.views import View

from bilateral_cli.commands.base import (
    complete_partner,
    data_command,
    dataset_of,
    group_option,
    lang_of,
    region_option,
    show,
)


@data_command
def compare_command(
    ctx: typer.Context,
    partners: list[str] | None = typer.Argument(
        None, metavar="metavar.partners", help="help.partners", autocompletion=complete_partner
    ),
    region: str | None = region_option(),
    start: int | None = typer.Option(None, "--from", metavar="metavar.year", help="help.from"),
    end: int | None = typer.Option(None, "--to", metavar="metavar.year", help="help.to"),
    metric: Metric = typer.Option(
        Metric.TOTAL.value, "--metric", "-m", help="help.metric", click_type=ChoiceOf(Metric)
    ),
    sort: CompareSort = typer.Option(
        CompareSort.VALUE.value,
        "--sort",
        "-s",
        help="help.compare_sort",
        click_type=ChoiceOf(CompareSort),
    ),
    top: str | None = typer.Option(None, "--top", "-n", metavar="N|all", help="help.top"),
    by: GroupBy | None = typer.Option(None, "--by", help="help.by", click_type=ChoiceOf(GroupBy)),
    group: str | None = group_option(),
    min_value: int | None = typer.Option(
        None, "--min-value", min=0, metavar="USD_MILLION", help="help.min_value"
    ),
    source: SeriesSource = typer.Option(
        SeriesSource.COMTRADE.value,
        "--source",
        help="help.source",
        click_type=ChoiceOf(SeriesSource),
    ),
    period: str | None = typer.Option(
        None, "--period", metavar="metavar.period", help="help.period"
    ),
) -> None:
    """Compare partners or regions between two years."""
    from bilateral_cli.comparison import alignment_compare_view, compare_view, parse_top

    dataset, lang, chosen = dataset_of(ctx), lang_of(ctx), partners or ()
    if metric is Metric.UN_DISTANCE:
        if source is not SeriesSource.COMTRADE or period is not None or min_value is not None:
            raise UsageProblem(msg("error.un_source"))
        view: View = alignment_compare_view(
            dataset, chosen, region, group, start, end, sort, parse_top(top), by, lang
        )
    else:
        view = compare_view(
            dataset,
            partners=chosen,
            region=region,
            group=group,
            start=start,
            end=end,
            metric=metric,
            sort=sort,
            top=parse_top(top),
            by=by,
            lang=lang,
            min_value=min_value,
            source=source,
            period=period,
        )
    show(ctx, view)


COMMANDS = {
    "compare": compare_command,
}
