"""Domain errors and the exit statuses they map to.

The CLI turns every `BilateralError` into one message on stderr and its exit status; nothing
else in the package decides how a failure is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilateral_cli.choice import IntChoice
from bilateral_cli.messages import Message, msg, tr
from bilateral_cli.record import NamedTuple


class ExitStatus(IntChoice):
    """Exit codes, documented in the README and in `bilateral --help`."""

    OK = 0
    ERROR = 1
    USAGE = 2
    NOT_FOUND = 3
    BAD_DATASET = 4
    OUTPUT = 5  # stdout could not be written: disk full, closed, over `ulimit -f`
    UNREACHABLE = 6  # `update`: no network, DNS failure, timeout, connection cut
    SERVICE = 7  # `update`: an HTTP error, or an answer that does not check out


class BilateralError(Exception):
    """A failure the user can act on, as a catalog message shown in the user's language."""

    status = ExitStatus.ERROR

    def __init__(self, detail: Message) -> None:
        self.detail = detail
        super().__init__(detail.render("en"))

    @property
    def message(self) -> str:
        return self.localized("en")

    def localized(self, lang: str) -> str:
        """The message in `lang` (see `messages`)."""
        return self.detail.render(lang)


class UsageProblem(BilateralError):
    """The command line asks for something impossible (exit status 2, like Typer's errors)."""

    status = ExitStatus.USAGE


def quoted(query: str, limit: int = 60) -> str:
    """A user's query as it goes into a message: quoted, escaped, and cut if it is long."""
    shown = query if len(query) <= limit else query[: limit - 1] + "…"
    return repr(shown)


class UnknownPartnerError(BilateralError):
    """No partner matches a query."""

    status = ExitStatus.NOT_FOUND

    def __init__(self, query: str, suggestions: Sequence[str], ambiguous: bool = False) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        if ambiguous and len(self.suggestions) > 1:
            names = ", ".join(self.suggestions)
            first = self.suggestions[0]
            detail = msg("error.ambiguous_partner", query=quoted(query), names=names, first=first)
        elif self.suggestions:
            names = ", ".join(self.suggestions)
            detail = msg("error.unknown_partner_suggest", query=quoted(query), names=names)
        else:
            detail = msg("error.unknown_partner", query=quoted(query))
        super().__init__(detail)


class HomeCountryError(UnknownPartnerError):
    """The query names the home country, which is no partner of its own."""

    def __init__(self, query: str, home: str) -> None:
        self.query = query
        self.suggestions = ()
        BilateralError.__init__(self, msg("error.home", query=quoted(query), home=home))


class UnknownRegionError(UsageProblem):
    """No region or region group matches a query."""

    def __init__(
        self, query: str, valid: Sequence[str], names: Sequence[str], close: Sequence[str] = ()
    ) -> None:
        """`valid`: the ids `--region` takes; `names`: the same regions named in the user's
        language (what the message lists); `close`: the ids nearest what was typed."""
        self.query = query
        self.valid = tuple(valid)
        listed = ", ".join(names)
        if close:
            detail = msg(
                "error.unknown_region_suggest",
                query=quoted(query),
                names=", ".join(close),
                valid=listed,
            )
        else:
            detail = msg("error.unknown_region", query=quoted(query), valid=listed)
        super().__init__(detail)


class UnknownGroupError(UsageProblem):
    """No group (ASEAN, EU, ...) matches a `--group` value."""

    def __init__(self, query: str, valid: Sequence[str]) -> None:
        self.query = query
        super().__init__(msg("error.unknown_group", query=quoted(query), valid=", ".join(valid)))


class UnsupportedLanguageError(UsageProblem):
    """`--lang` or BILATERAL_LANG names a language the interface does not speak."""

    def __init__(self, lang: str, valid: Sequence[str]) -> None:
        self.lang = lang
        super().__init__(msg("error.language", name=quoted(lang), valid=", ".join(valid)))


class Problem(NamedTuple):
    """One thing wrong with a dataset, located as precisely as the file allows."""

    file: str
    detail: Message
    path: str = ""
    line: int | None = None
    column: int | None = None

    @property
    def message(self) -> str:
        """The problem in English."""
        return self.detail.render("en")

    @property
    def code(self) -> str:
        """A stable name for the kind of problem, for scripts: `unknown_region`."""
        return self.detail.key.split(".", 1)[-1]

    def localized(self, lang: str) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = self.detail.render(lang)
        return f"{where}: {self.path}: {text}" if self.path else f"{where}: {text}"

    def __str__(self) -> str:
        return self.localized("en")


class DatasetError(BilateralError):
    """A dataset that cannot be read or does not match the schema; lists every problem found."""

    status = ExitStatus.BAD_DATASET
    SHOWN = 50  # `bilateral validate` lists them all

    def __init__(self, file: str, problems: Sequence[Problem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        super().__init__(msg("error.dataset", file=file, count=len(self.problems)))

    def __str__(self) -> str:
        return self.localized("en")

    def localized(self, lang: str) -> str:
        """A headline, then the problems, in `lang`."""
        count = len(self.problems)
        if count == 1:
            head = tr("error.dataset_one", lang, file=self.file)
        else:
            head = tr("error.dataset", lang, file=self.file, count=count)
        lines = [head, *(f"  {p.localized(lang)}" for p in self.problems[: self.SHOWN])]
        if count > self.SHOWN:
            lines.append(tr("error.more", lang, count=count - self.SHOWN))
        return "\n".join(lines)


class UpdateFailed(BilateralError):
    """`bilateral update` stopped; whatever went wrong, the data in use is left as it was."""

    def __init__(self, reason: Message) -> None:
        self.reason = reason
        super().__init__(msg("update.failed", reason=reason))


class ServiceUnreachable(UpdateFailed):
    """No answer, or not all of it: no network, DNS failure, timeout, connection cut."""

    status = ExitStatus.UNREACHABLE


class ServiceError(UpdateFailed):
    """The data service answered, but with an error or figures the tool cannot use."""

    status = ExitStatus.SERVICE
