"""The commands `bilateral agreements` and `bilateral groups`.

Annotations here are evaluated, as in `base`.
"""

import typer

from bilateral_cli.commands.base import complete_partner, data_command, dataset_of, lang_of, show
from bilateral_cli.errors import UsageProblem
from bilateral_cli.framework import ChoiceOf
from bilateral_cli.messages import msg
from bilateral_cli.vocabulary.cooperation import AgreementKind, AgreementStatus


@data_command
def agreements_command(
    ctx: typer.Context,
    partner: list[str] | None = typer.Argument(
        None,
        metavar="metavar.optional_partner",
        help="help.agreements_partner",
        autocompletion=complete_partner,
    ),
    status: AgreementStatus | None = typer.Option(
        None, "--status", help="help.status", click_type=ChoiceOf(AgreementStatus, False)
    ),
    kind: AgreementKind | None = typer.Option(
        None, "--kind", help="help.kind", click_type=ChoiceOf(AgreementKind, False)
    ),
    coverage: bool = typer.Option(False, "--coverage", help="help.coverage"),
    top: int | None = typer.Option(
        None, "--top", "-n", min=1, metavar="metavar.count", help="help.coverage_top"
    ),
) -> None:
    """Trade and economic agreements: all, or those covering a partner or group."""
    from bilateral_cli.cooperation import agreements_view, coverage_view
    from bilateral_cli.queries import find_subject

    dataset = dataset_of(ctx)
    lang = lang_of(ctx)
    if coverage:
        if partner or status is not None or kind is not None:
            raise UsageProblem(msg("error.coverage_alone"))
        show(ctx, coverage_view(dataset, top or 20, lang))
        return
    subject = find_subject(dataset, " ".join(partner), lang) if partner else None
    show(ctx, agreements_view(dataset, subject, status=status, kind=kind, lang=lang))


@data_command
def groups_command(ctx: typer.Context) -> None:
    """Groups and organisations: members, and whether Indonesia belongs."""
    from bilateral_cli.cooperation import groups_view

    show(ctx, groups_view(dataset_of(ctx), lang_of(ctx)))


COMMANDS = {
    "agreements": agreements_command,
    "groups": groups_command,
}
