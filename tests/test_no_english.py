"""`--lang id` speaks Indonesian only (issue 15): the catalog, and the output people read of every
command, help and error, hold no English words beyond proper names, titles of works, ids and
URLs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bilateral_cli.dataset import load_dataset
from bilateral_cli.messages import MESSAGES
from conftest import Invoke

# English words that are not Indonesian ones: a sentence in English holds some of them.
STOP_WORDS = frozenset(
    {
        "the",
        "and",
        "of",
        "with",
        "not",
        "is",
        "are",
        "from",
        "to",
        "for",
        "by",
        "on",
        "or",
        "this",
        "that",
        "which",
        "its",
        "their",
        "has",
        "have",
        "was",
        "were",
        "been",
        "an",
        "at",
        "into",
        "than",
        "only",
        "every",
        "each",
        "also",
        "but",
        "any",
        "should",
        "must",
        "found",
        "expected",
        "got",
        "unknown",
        "missing",
        "invalid",
        "error",
        "usage",
        "option",
        "options",
        "partner",
        "partners",
        "source",
        "sources",
        "year",
        "years",
        "region",
        "regions",
        "trade",
        "country",
        "countries",
        "none",
        "see",
        "use",
        "between",
        "against",
        "after",
        "before",
        "where",
        "when",
        "while",
        "whose",
        "there",
        "here",
        "it",
        "they",
        "we",
        "you",
        "your",
        "no",
        "yes",
        "given",
        "requires",
        "take",
        "takes",
        "argument",
        "arguments",
        "command",
        "commands",
        "show",
        "shows",
        "list",
        "lists",
        "such",
        "other",
        "others",
        "rank",
        "growth",
        "share",
        "change",
    }
)
COMMANDS = (
    "list",
    "show",
    "history",
    "agreements",
    "groups",
    "goals",
    "regions",
    "about",
    "sources",
    "compare",
    "validate",
    "cache",
    "update",
)
# What the interface shows as it is typed or cited: URLs, code, options with their values,
# command lines, choices, ids in brackets and quoted text (titles, names as a source spells them).
URL = re.compile(r"https?://\S+")
TYPED = re.compile(
    r"`[^`]*`|<[^>]*>|--?[a-z][a-z-]*(?:[= ](?:table|json|csv|markdown|region|group|total|"
    r"exports|imports|balance|value|growth|name|since|trade|in_force|signed|id|en))?|"
    r"bilateral [a-z]+(?: [A-Za-z0-9_.-]+)*|(?<![\w\\])\[[^\]]*\]|\"[^\"]*\"|'[^']*'"
)
# A command's name where a help lists commands.
COMMAND_ENTRY = re.compile(r"(?m)^ +(?:" + "|".join(COMMANDS) + r")(?= )")
# A word inside a path, file name, URL or identifier is not prose.
WORD = re.compile(r"(?<![\w/.\\[-])[A-Za-z][a-z]*(?:'[a-z]+)?(?![\w/\\[-]|\.\w)")


def proper_names() -> list[str]:
    """What may stay English in Indonesian text: names, aliases, titles, sources' proper names
    (a source field given as one string, or a part of it both languages keep), longest first
    so that a name inside another goes with it."""
    dataset = load_dataset()
    names: set[str] = set()
    for partner in dataset.names:
        names |= {partner.name.en, partner.name.id, *partner.aliases}
    for group in dataset.cooperation.groups:
        names |= {group.name.en, group.short.en, *group.aliases}
    for agreement in dataset.cooperation.agreements:
        names |= {agreement.name.en, agreement.short.en}
    for source in dataset.sources.values():
        names |= {source.title, source.author or ""}
        for text in (source.publisher, source.licence, source.dataset, source.via):
            if text is not None:
                parts = re.split(r"[,;()]|\b(?:via|by)\b", text.en)
                names |= {p.strip() for p in parts if p.strip() and p.strip() in text.id}
    return sorted((n for n in names if n), key=len, reverse=True)


NAMES = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, proper_names())) + r")(?!\w)")


def english_words(text: str) -> list[str]:
    """The stop words left once names, titles and typed words are taken out (a word in capitals
    is an acronym or a variable: `NO_COLOR`)."""
    text = re.sub(r"\\(.)", r"\1", text)  # Markdown's escapes
    text = " ".join(COMMAND_ENTRY.sub(" ", text).split())
    text = TYPED.sub(" ", NAMES.sub(" ", URL.sub(" ", text)))
    return sorted({w for w in WORD.findall(text) if w.lower() in STOP_WORDS})


WIDE = {"COLUMNS": "2000"}  # no line wrapped: a long URL stays one word


def test_the_catalog_speaks_indonesian() -> None:
    found = {}
    for key, texts in MESSAGES.items():
        words = english_words(re.sub(r"\{[^}]*\}", " ", texts["id"]))
        if words:
            found[key] = words
    assert not found


def test_the_english_catalog_is_caught_by_the_same_check() -> None:
    assert english_words(MESSAGES["show.trade_note"]["en"])
    assert not english_words("Perdagangan dengan Amerika Serikat / United States")


def outputs() -> Iterator[tuple[str, ...]]:
    """Every command, in the ways people read them."""
    commands: list[tuple[str, ...]] = [
        ("list",),
        ("list", "--region", "asia", "--sort", "trade"),
        ("list", "--group", "asean"),
        ("list", "--since", "1990", "--until", "2000"),
        ("history", "china"),
        ("history", "netherlands"),
        ("history", "israel"),
        ("history", "taiwan"),
        ("goals",),
        ("regions",),
        ("about",),
        ("sources",),
        ("groups",),
        ("agreements",),
        ("agreements", "japan"),
        ("agreements", "--coverage"),
        ("show", "asean"),
        ("show", "eu"),
        ("compare", "united-states", "canada", "mexico", "--from", "2020", "--to", "2021"),
        ("compare", "--from", "2015", "--to", "2024", "--metric", "exports"),
        ("compare", "--by", "region", "--metric", "imports"),
        ("compare", "--by", "group", "--metric", "balance"),
        ("validate",),
        ("update", "--reset", "--dry-run"),
    ]
    for command in commands:
        for output in ("table", "markdown"):
            if command[0] != "update" or output == "table":
                yield (*command, "--format", output)


@pytest.mark.parametrize("args", list(outputs()), ids=" ".join)
def test_every_command_speaks_indonesian(invoke: Invoke, args: tuple[str, ...]) -> None:
    result = invoke(*args, "--lang", "id", env=WIDE)
    assert result.exit_code == 0, result.stderr
    assert english_words(result.stdout) == []


def test_every_profile_speaks_indonesian(invoke: Invoke) -> None:
    dataset = load_dataset()
    found = {}
    for subject in (*(p.id for p in dataset.names), *(g.id for g in dataset.cooperation.groups)):
        words = english_words(invoke("show", subject, "--lang", "id", env=WIDE).stdout)
        if words:
            found[subject] = words
    assert not found


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_help_speaks_indonesian(invoke: Invoke, command: str | None) -> None:
    args = ("--lang", "id", "--help") if command is None else ("--lang", "id", command, "--help")
    result = invoke(*args)
    assert result.exit_code == 0
    assert english_words(result.stdout) == []
    assert "Contoh: bilateral" in result.stdout or command is None


@pytest.mark.parametrize(
    "args",
    [
        ("compare", "--top", "many"),
        ("compare", "--from", "abc"),
        ("list", "--region"),
        ("list", "extra"),
        ("list", "--no-color=x"),
        ("list", "--sort", "nope"),
        ("list", "--bogus"),
        ("show",),
        ("nope",),
        (),
        ("show", "atlantis"),
        ("list", "--region", "atlantis"),
        ("list", "--group", "atlantis"),
        ("compare", "--from", "2024", "--to", "2020"),
        ("agreements", "--coverage", "--kind", "fta"),
    ],
)
def test_every_error_speaks_indonesian(invoke: Invoke, args: tuple[str, ...]) -> None:
    result = invoke("--lang", "id", *args)
    assert result.exit_code != 0
    assert english_words(result.stderr) == [], result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "schema: 2\nhome: [a, b\n",
        "schema: 2\n\thome: 1\n",
        'schema: 2\nhome: "abc\n',
        "a: 1\n b: 2\n",
        "a: @x\n",
        "a: *x\n",
        "- a\nb: 1\n",
        "a: 1\n---\nb: 2\n",
        'a: "\\q"\n',
        "a: &x 1\nb: &x 2\n",
        "schema: 2\nhome: {iso2: 1}\n",
    ],
)
def test_parser_messages_speak_indonesian(invoke: Invoke, tmp_path: Path, text: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke("--data", str(path), "goals", "--lang", "id")
    assert result.exit_code == 4
    assert english_words(result.stderr.replace(str(path), "")) == [], result.stderr
    assert "position" not in result.stderr and re.search(r":\d+:\d+: ", result.stderr)
