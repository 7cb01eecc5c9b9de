"""Domain errors and the exit statuses they map to.

The CLI turns every `BilateralError` into one message on stderr and its exit status; nothing
else in the package decides how a failure is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple


class ExitStatus(IntEnum):
    """Exit codes, documented in the README and in `bilateral --help`."""

    OK = 0
    ERROR = 1
    USAGE = 2
    NOT_FOUND = 3
    BAD_DATASET = 4


class BilateralError(Exception):
    """A failure the user can act on; `message` says what went wrong and where."""

    status = ExitStatus.ERROR

    @property
    def message(self) -> str:
        return self.localized("en")

    def localized(self, lang: str) -> str:
        """The message in `lang` (see `messages`)."""
        return str(self)


def quoted(query: str, limit: int = 60) -> str:
    """A user's query as it goes into a message: quoted, escaped, and cut if it is long."""
    shown = query if len(query) <= limit else query[: limit - 1] + "…"
    return repr(shown)


class UnknownPartnerError(BilateralError):
    """No partner matches a query."""

    status = ExitStatus.NOT_FOUND

    def __init__(self, query: str, suggestions: Sequence[str]) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        super().__init__(self.localized("en"))

    def localized(self, lang: str) -> str:
        from bilateral_cli.messages import tr

        text = tr("error.unknown_partner", lang, query=quoted(self.query))
        if self.suggestions:
            return text + tr("error.did_you_mean", lang, names=", ".join(self.suggestions))
        return text + tr("error.try_list", lang)


class UnknownRegionError(BilateralError):
    """No region or region group matches a query."""

    status = ExitStatus.USAGE

    def __init__(self, query: str, valid: Sequence[str]) -> None:
        self.query = query
        self.valid = tuple(valid)
        super().__init__(self.localized("en"))

    def localized(self, lang: str) -> str:
        from bilateral_cli.messages import tr

        return tr(
            "error.unknown_region", lang, query=quoted(self.query), valid=", ".join(self.valid)
        )


class UnsupportedLanguageError(BilateralError):
    """`--lang` or BILATERAL_LANG names a language the interface does not speak."""

    status = ExitStatus.USAGE

    def __init__(self, lang: str, valid: Sequence[str]) -> None:
        self.lang = lang
        self.valid = tuple(valid)
        super().__init__(self.localized("en"))

    def localized(self, lang: str) -> str:
        from bilateral_cli.messages import tr

        return tr("error.language", lang, name=quoted(self.lang), valid=", ".join(self.valid))


class Message(NamedTuple):
    """A message by catalog key, rendered in a language only when shown."""

    key: str
    values: tuple[tuple[str, object], ...] = ()

    def render(self, lang: str) -> str:
        from bilateral_cli.messages import tr

        values = {k: v.render(lang) if isinstance(v, Message) else v for k, v in self.values}
        return tr(self.key, lang, **values)


def msg(key: str, /, **values: object) -> Message:
    return Message(key, tuple(values.items()))


@dataclass(frozen=True)
class Problem:
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
        super().__init__(self.localized("en"))

    def localized(self, lang: str) -> str:
        """A headline, then the problems, in `lang`."""
        from bilateral_cli.messages import tr

        count = len(self.problems)
        if count == 1:
            head = tr("error.dataset_one", lang, file=self.file)
        else:
            head = tr("error.dataset", lang, file=self.file, count=count)
        lines = [head, *(f"  {p.localized(lang)}" for p in self.problems[: self.SHOWN])]
        if count > self.SHOWN:
            lines.append(tr("error.more", lang, count=count - self.SHOWN))
        return "\n".join(lines)


class ExportError(BilateralError):
    """`--export` was given a file it cannot write, or a format it cannot record."""

    status = ExitStatus.USAGE

    def __init__(self, key: str, **values: str) -> None:
        self.key = key
        self.values = values
        if key == "error.export_write":
            self.status = ExitStatus.ERROR
        super().__init__(self.localized("en"))

    def localized(self, lang: str) -> str:
        from bilateral_cli.messages import tr

        return tr(self.key, lang, **self.values)
