"""Claim graph exports: JSON (nodes/edges), networkx, GraphML (Gephi, yEd), and the CLI entry point.

networkx is optional (extra ``graph``) and imported only by :func:`to_networkx`; GraphML is written
directly, so it works without it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from xml.etree import ElementTree as ET

from pydantic import ValidationError

from claimx.errors import InputError
from claimx.graph.model import ClaimGraph
from claimx.records import Article

if TYPE_CHECKING:
    import networkx

FORMATS = ("json", "graphml", "html")


def to_json(graph: ClaimGraph, indent: int | None = 2) -> str:
    """The whole graph as JSON (the ClaimGraph record: entities, articles, claims, clusters, edges)."""
    return graph.model_dump_json(indent=indent)


def _nodes(graph: ClaimGraph) -> Iterator[tuple[str, dict[str, Any]]]:
    for article in graph.articles:
        yield (
            article.id,
            {
                "type": "article",
                "label": article.doc_id,
                "lang": article.lang,
                "date": article.published or "",
                "outlet": article.outlet or "",
            },
        )
    for entity in graph.entities:
        yield (
            entity.id,
            {
                "type": "entity",
                "label": entity.canonical,
                "kind": entity.kind,
                "aliases": " | ".join(alias.text for alias in entity.aliases if alias.count),
            },
        )
    for claim in graph.claims:
        yield (
            claim.id,
            {
                "type": "claim",
                "label": claim.text[:80],
                "text": claim.text,
                "lang": claim.lang,
                "date": claim.date or "",
                "cluster": claim.cluster or "",
                "story": claim.story or "",
                "polarity": claim.polarity,
                "in_body": claim.in_body,
                "cue_class": claim.cue_class or "",
            },
        )
    for cluster in graph.clusters:
        yield (
            cluster.id,
            {
                "type": "cluster",
                "label": cluster.label,
                "size": len(cluster.claims),
                "date": cluster.first_date or "",
                "languages": ",".join(cluster.languages),
            },
        )


def _edges(graph: ClaimGraph) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for edge in graph.edges:
        yield (
            edge.source,
            edge.target,
            {"relation": edge.relation, "score": edge.score, "evidence": " ; ".join(edge.evidence)},
        )
    for cluster in graph.clusters:
        for claim in cluster.claims:
            yield claim, cluster.id, {"relation": "in_cluster", "score": 1.0, "evidence": ""}


def to_node_link(graph: ClaimGraph) -> dict[str, Any]:
    """``{"nodes": [...], "links": [...]}``: the shape d3 and ``networkx.node_link_graph`` read."""
    return {
        "directed": True,
        "multigraph": True,
        "nodes": [{"id": node_id, **attributes} for node_id, attributes in _nodes(graph)],
        "links": [
            {"source": source, "target": target, **attributes} for source, target, attributes in _edges(graph)
        ],
    }


def to_networkx(graph: ClaimGraph) -> networkx.MultiDiGraph:
    """A networkx MultiDiGraph (needs the optional dependency: ``pip install claimx[graph]``)."""
    try:
        import networkx
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise InputError("to_networkx needs networkx: pip install 'claimx[graph]'") from error
    result = networkx.MultiDiGraph()
    for node_id, attributes in _nodes(graph):
        result.add_node(node_id, **attributes)
    for source, target, attributes in _edges(graph):
        result.add_edge(source, target, key=attributes["relation"], **attributes)
    return result


_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def _graphml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    return "string"


def to_graphml(graph: ClaimGraph, path: str | Path | None = None) -> str:
    """GraphML text (and the file at ``path`` when given) for Gephi, yEd or networkx.read_graphml."""
    nodes = list(_nodes(graph))
    edges = list(_edges(graph))
    keys: dict[tuple[str, str], str] = {}
    root = ET.Element("graphml", {"xmlns": _GRAPHML_NS})

    def key_for(domain: str, name: str, value: Any) -> str:
        if (domain, name) not in keys:
            key_id = f"{domain[0]}_{name}"
            keys[(domain, name)] = key_id
            ET.SubElement(
                root,
                "key",
                {"id": key_id, "for": domain, "attr.name": name, "attr.type": _graphml_type(value)},
            )
        return keys[(domain, name)]

    for _, attributes in nodes:
        for name, value in attributes.items():
            key_for("node", name, value)
    for _, _, attributes in edges:
        for name, value in attributes.items():
            key_for("edge", name, value)
    body = ET.SubElement(root, "graph", {"id": "claimx", "edgedefault": "directed"})
    for node_id, attributes in nodes:
        element = ET.SubElement(body, "node", {"id": node_id})
        for name, value in attributes.items():
            ET.SubElement(element, "data", {"key": keys[("node", name)]}).text = _graphml_value(value)
    for number, (source, target, attributes) in enumerate(edges):
        element = ET.SubElement(body, "edge", {"id": f"e{number}", "source": source, "target": target})
        for name, value in attributes.items():
            ET.SubElement(element, "data", {"key": keys[("edge", name)]}).text = _graphml_value(value)
    ET.indent(root)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text


def _graphml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- reading Articles and the CLI --------------------------------------------------------------------


def _article_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".json", ".ndjson"))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(
                f"{path}: no such file or directory (give Article JSONL files or a folder of them)"
            )
    return files


def _article(data: Any) -> Article:
    """Validate one Article dict. Claim.source is a computed field that model_dump writes but the
    strict record refuses on input; it is derived from source_chain, so drop it."""
    if isinstance(data, dict):
        for claim in data.get("claims", []):
            if isinstance(claim, dict):
                claim.pop("source", None)
    return Article.model_validate(data)


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Articles from JSONL files (one Article JSON per line, as ``claimx extract`` writes them),
    JSON files holding one Article or a list, or folders of those."""
    articles: list[Article] = []
    for path in _article_files(paths):
        text = path.read_text(encoding="utf-8")
        try:
            stripped = text.lstrip()
            if path.suffix == ".json" and stripped.startswith("["):
                articles += [_article(item) for item in json.loads(text)]
            elif path.suffix == ".json" and stripped.startswith("{") and "\n{" not in stripped:
                articles.append(_article(json.loads(text)))
            else:
                articles += [_article(json.loads(line)) for line in text.splitlines() if line.strip()]
        except (ValidationError, ValueError) as error:
            raise InputError(f"{path}: not Article JSON/JSONL ({str(error).splitlines()[0]})") from error
    return articles


def write_graph(graph: ClaimGraph, out_format: str, out: TextIO | str | Path | None = None) -> str:
    """Render ``graph`` as json / graphml / html, write it to ``out`` (a stream or a path) and return it."""
    if out_format not in FORMATS:
        raise InputError(f"unknown graph format {out_format!r}; choose one of {', '.join(FORMATS)}")
    if out_format == "json":
        text = to_json(graph)
    elif out_format == "graphml":
        text = to_graphml(graph)
    else:
        from claimx.graph.html import graph_page

        text = graph_page(graph)
    if isinstance(out, (str, Path)):
        Path(out).write_text(text, encoding="utf-8")
    elif out is not None:
        out.write(text)
    return text


def cli_graph(
    paths: Iterable[str | Path], out_format: str = "json", out: TextIO | str | Path | None = None
) -> ClaimGraph:
    """``claimx graph FILES|DIR``: read Article JSONL, link, write the export (stdout by default)."""
    from claimx.graph.link import link

    graph = link(read_articles(paths))
    write_graph(graph, out_format, sys.stdout if out is None else out)
    return graph
