"""Trade by product: the file `bilateral update --products` writes and `show --products` reads.

Product figures live in their own file beside the updated dataset (`products.json` in the user
data directory), not in the dataset: they need a key to fetch, they are tens of thousands of
figures a year that no other command reads (JSON, parsed only by `show --products`, keeps
every other command's start-up as it was), and they can be fetched, replaced or removed
without touching the dataset. The file is checked with the dataset schema's own readers
(`dataset.schema.Reader`) against a small schema of its own:

    {"schema": 1, "sources": [SOURCE, ...],
     "years": {"2024": {"source": ID, "partners": {PARTNER_ID: {"exports": {"27": USD, ...},
                                                                "imports": {...}}}}}}
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilateral_cli.chapters import CHAPTERS, chapter_name
from bilateral_cli.errors import DatasetError, Problem, UsageProblem
from bilateral_cli.messages import msg
from bilateral_cli.model import Dataset, Source
from bilateral_cli.record import NamedTuple
from bilateral_cli.views.profile import ProductRow, ProductsView

if TYPE_CHECKING:
    from bilateral_cli.dataset.docpath import Path as DocPath
    from bilateral_cli.dataset.schema import Reader

SCHEMA = 1
FLOWS = ("exports", "imports")
ChapterValues = dict[str, int]  # HS chapter → USD
PartnerProducts = dict[str, ChapterValues]  # flow → chapter values


class ProductYear(NamedTuple):
    source: str
    partners: dict[str, PartnerProducts]  # partner id → flows


class Products(NamedTuple):
    sources: dict[str, Source]
    years: dict[int, ProductYear]


def load_products(path: Path) -> Products | None:
    """The product figures at `path`, None when there is no such file; a file that does not
    check out is a `DatasetError` (status 4), every problem listed."""
    import json

    from bilateral_cli.dataset.docpath import format_path
    from bilateral_cli.dataset.loader import decode_dataset, read_dataset_bytes
    from bilateral_cli.dataset.schema import Reader

    if not path.exists():
        return None
    name = str(path)
    try:
        document = json.loads(decode_dataset(read_dataset_bytes(path), name))
    except ValueError as exc:
        raise DatasetError(name, [Problem(name, msg("problem.json", detail=str(exc)))]) from None
    reader = Reader()
    products = _read(reader, document)
    if products is None or reader.problems:
        problems = [Problem(name, detail, format_path(at)) for at, detail in reader.problems]
        raise DatasetError(name, problems)
    return products


def _read(reader: Reader, document: Any) -> Products | None:
    """The schema above, read with the dataset's `Reader` (its messages and paths)."""
    f = reader.fields(document, (), ("schema", "sources", "years"))
    if f is None:
        return None
    if f["schema"] is not None and f["schema"] != SCHEMA:
        reader.fail(f.at("schema"), "schema", schema=repr(f["schema"]), expected=SCHEMA)
    listed = reader.located_items(f["sources"], f.at("sources"), reader.source)
    sources = {source.id: source for _, source in listed}
    years: dict[int, ProductYear] = {}
    for key, item in _mapping(reader, f["years"], f.at("years")).items():
        at = (*f.at("years"), str(key))
        year = reader.year(int(key) if str(key).isdigit() else key, at)
        y = reader.fields(item, at, ("source", "partners"))
        if year is None or y is None:
            continue
        source = reader.text(y["source"], y.at("source"))
        if source is not None and source not in sources:
            reader.fail(y.at("source"), "unknown_source", id=repr(source))
        partners: dict[str, PartnerProducts] = {}
        for pid, flows in _mapping(reader, y["partners"], y.at("partners")).items():
            p_at = (*y.at("partners"), str(pid))
            reader.slug(pid, p_at)
            fl = reader.fields(flows, p_at, (), FLOWS)
            if fl is not None:
                partners[str(pid)] = {
                    flow: _chapters(reader, fl[flow], fl.at(flow)) for flow in FLOWS if fl.has(flow)
                }
        if source is not None:
            years[year] = ProductYear(source, partners)
    return Products(sources, dict(sorted(years.items())))


def _mapping(reader: Reader, value: Any, at: DocPath) -> dict[Any, Any]:
    """A mapping whose keys are data (years, partner ids), or {} after saying it is not one."""
    keys = tuple(value) if isinstance(value, dict) else ()
    f = reader.fields(value, at, (), keys)
    return dict(f.values) if f is not None else {}


def _chapters(reader: Reader, value: Any, at: DocPath) -> ChapterValues:
    from bilateral_cli.dataset.schema import MAX_USD

    # The common case, checked inline (tens of thousands of figures): whole USD in range,
    # under chapter codes; anything else goes through the reader, which says what is wrong.
    if (
        type(value) is dict
        and value.keys() <= CHAPTERS.keys()
        and all(type(usd) is int and 0 <= usd <= MAX_USD for usd in value.values())
    ):
        return value
    f = reader.fields(value, at, (), CHAPTERS)
    if f is None:
        return {}
    out: ChapterValues = {}
    for code in CHAPTERS:
        usd = reader.usd(f[code], f.at(code))
        if usd is not None:
            out[code] = usd
    return out


def products_document(products: Products) -> dict[str, Any]:
    """The file's JSON document (keys sorted where order means nothing)."""
    from bilateral_cli.dataset.writer import source_document

    return {
        "schema": SCHEMA,
        "sources": [source_document(s) for s in products.sources.values()],
        "years": {
            str(year): {
                "source": entry.source,
                "partners": {
                    pid: {flow: dict(sorted(values.items())) for flow, values in flows.items()}
                    for pid, flows in sorted(entry.partners.items())
                },
            }
            for year, entry in products.years.items()
        },
    }


def products_view(
    dataset: Dataset, query: str, products: Products | None, top: int, lang: str
) -> ProductsView:
    """`show PARTNER --products`: the partner's top chapters each way in the latest year held."""
    from bilateral_cli.model import Group
    from bilateral_cli.queries import find_subject

    subject = find_subject(dataset, query, lang)
    if isinstance(subject, Group):
        raise UsageProblem(msg("products.error.group", group=subject.short))
    if products is None:
        raise UsageProblem(msg("products.error.none"))
    held = tuple(y for y, entry in products.years.items() if subject.id in entry.partners)
    if not held:
        name = subject.name.get(lang)
        raise UsageProblem(msg("products.error.partner", partner=name))
    year = held[-1]
    entry = products.years[year]
    flows = entry.partners[subject.id]
    exports, imports = flows.get("exports", {}), flows.get("imports", {})
    return ProductsView(
        id=subject.id,
        home=dataset.home.name.get(lang),
        name=subject.name.get(lang),
        year=year,
        years=held,
        top=top,
        exports=_rows(exports, top, lang),
        imports=_rows(imports, top, lang),
        exports_total=sum(exports.values()) if exports else None,
        imports_total=sum(imports.values()) if imports else None,
        chapters=(len(exports), len(imports)),
        source=products.sources[entry.source],
    )


def _rows(values: Mapping[str, int], top: int, lang: str) -> tuple[ProductRow, ...]:
    """The `top` largest chapters, with each one's share of the sum of all chapters."""
    total = sum(values.values())
    ranked = sorted(values.items(), key=lambda item: (-item[1], item[0]))[:top]
    return tuple(
        ProductRow(
            rank=rank,
            code=code,
            name=chapter_name(code, lang),
            name_en=CHAPTERS[code][0],
            name_id=CHAPTERS[code][1],
            value=value,
            share_pct=value / total * 100 if total else None,
        )
        for rank, (code, value) in enumerate(ranked, start=1)
    )
