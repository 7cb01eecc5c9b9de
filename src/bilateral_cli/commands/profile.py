"""The commands `bilateral show` and `bilateral history`.

Annotations here are evaluated, as in `base`.
"""

import typer

from bilateral_cli.commands.base import complete_partner, data_command, dataset_of, lang_of, show
from bilateral_cli.errors import UsageProblem
from bilateral_cli.messages import msg


@data_command
def show_command(
    ctx: typer.Context,
    partner: list[str] = typer.Argument(
        ...,
        metavar="metavar.partner",
        help="help.partner",
        autocompletion=complete_partner,
    ),
    products: bool = typer.Option(False, "--products", help="help.show_products"),
    top: int | None = typer.Option(None, "--top", "-n", min=1, help="help.products_top"),
    brief: bool = typer.Option(False, "--brief", "-b", help="help.brief"),
) -> None:
    """Show one partner's (or group's) profile: relations, trade, agreements, sources."""
    if products:
        from bilateral_cli.products import load_products, products_view
        from bilateral_cli.userdata import products_path

        found = load_products(products_path())
        query = " ".join(partner)
        show(ctx, products_view(dataset_of(ctx), query, found, top or 10, lang_of(ctx)))
        return
    if top is not None:
        raise UsageProblem(msg("products.error.top_alone"))
    from bilateral_cli.profile import show_view
    from bilateral_cli.views.profile import BriefView, ProfileView

    view = show_view(dataset_of(ctx), " ".join(partner), lang_of(ctx))
    show(ctx, BriefView(view) if brief and isinstance(view, ProfileView) else view)


@data_command
def history_command(
    ctx: typer.Context,
    partner: list[str] = typer.Argument(
        ..., metavar="metavar.partner", help="help.partner", autocompletion=complete_partner
    ),
) -> None:
    """How relations went: established, suspended, severed, restored, each with its source."""
    from bilateral_cli.profile import history_view
    from bilateral_cli.queries import find_partner

    dataset = dataset_of(ctx)
    lang = lang_of(ctx)
    show(ctx, history_view(dataset, find_partner(dataset, " ".join(partner), lang), lang))


COMMANDS = {
    "show": show_command,
    "history": history_command,
}
