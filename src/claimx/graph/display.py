"""Notebook views: an Article with its claims highlighted (like displaCy), and a ClaimGraph summary.

Both return self-contained HTML fragments (inline styles, no scripts, no network), so they render in
Jupyter via ``_repr_html_`` and anywhere else HTML is shown.
"""

from __future__ import annotations

from html import escape

from claimx.graph.model import ClaimGraph
from claimx.records import Article, Claim

ROLE_STYLE = {
    "speaker": ("#1565c0", "#e3f2fd", "SPEAKER"),
    "cue": ("#6a1b9a", "#f3e5f5", "CUE"),
    "source": ("#ef6c00", "#fff3e0", "SOURCE"),
    "content": ("#2e7d32", "#e8f5e9", "CLAIM"),
}
# Where spans overlap, the more specific role is drawn.
ROLE_PRIORITY = {"cue": 0, "speaker": 1, "source": 2, "content": 3}


def _claim_spans(claim: Claim) -> list[tuple[int, int, str]]:
    spans = [(claim.content.start, claim.content.end, "content")]
    if (
        claim.speaker is not None
        and claim.speaker.end > claim.speaker.start
        and not claim.speaker.carried_over
    ):
        spans.append((claim.speaker.start, claim.speaker.end, "speaker"))
    if claim.cue is not None:
        spans.append((claim.cue.start, claim.cue.end, "cue"))
    spans += [(source.start, source.end, "source") for source in claim.source_chain]
    return spans


def _char_roles(article: Article) -> list[tuple[str, str, bool] | None]:
    """For each character: (role, claim id, in_body) of the most specific span over it."""
    roles: list[tuple[str, str, bool] | None] = [None] * len(article.text)
    ranks = [99] * len(article.text)
    for claim in article.claims:
        for start, end, role in _claim_spans(claim):
            for index in range(max(0, start), min(end, len(article.text))):
                if ROLE_PRIORITY[role] < ranks[index]:
                    ranks[index] = ROLE_PRIORITY[role]
                    roles[index] = (role, claim.id, claim.in_body)
    return roles


def article_html(article: Article) -> str:
    """The article text with every claim's content, speaker, cue and sources marked and labelled.

    Claims outside the body (teasers, related articles) are drawn faded and dashed.
    """
    roles = _char_roles(article)
    parts: list[str] = []
    index = 0
    text = article.text
    while index < len(text):
        current = roles[index]
        end = index + 1
        while end < len(text) and roles[end] == current:
            end += 1
        chunk = escape(text[index:end]).replace("\n", "<br>")
        if current is None:
            parts.append(chunk)
        else:
            role, claim_id, in_body = current
            color, background, tag = ROLE_STYLE[role]
            faded = "" if in_body else "opacity:0.55;border-style:dashed;"
            parts.append(
                f'<mark class="claimx-{role}" data-claim="{escape(claim_id)}" '
                f'title="{escape(claim_id)} {tag}" '
                f'style="background:{background};border:1px solid {color};border-radius:4px;'
                f'padding:0 2px;line-height:2;{faded}">{chunk}'
                f'<span style="font-size:0.6em;font-weight:bold;color:{color};margin:0 3px;'
                f'vertical-align:middle">{tag}</span></mark>'
            )
        index = end
    direction = "rtl" if article.lang == "ar" else "ltr"
    legend = " ".join(
        f'<span style="border:1px solid {color};background:{background};border-radius:3px;padding:0 4px;'
        f'font-size:0.75em">{tag}</span>'
        for color, background, tag in ROLE_STYLE.values()
    )
    return (
        f'<div class="claimx-article" style="font-family:sans-serif">'
        f'<div style="font-size:0.8em;color:#555">{escape(article.doc_id)} · {len(article.claims)} claims · '
        f'{legend}</div><div dir="{direction}" style="line-height:2.2;max-width:60em">'
        f'{"".join(parts)}</div></div>'
    )


def graph_html(graph: ClaimGraph, max_clusters: int = 25) -> str:
    """A compact table of the graph's clusters, contradictions and counts (for notebooks)."""
    contradictions = graph.edges_of("contradicts")
    rows = []
    for cluster in sorted(graph.clusters, key=lambda cluster: -len(cluster.claims))[:max_clusters]:
        rows.append(
            f'<tr><td>{escape(cluster.id)}</td><td dir="auto">{escape(cluster.label)}</td>'
            f"<td>{len(cluster.claims)}</td><td>{', '.join(cluster.languages)}</td>"
            f"<td>{escape(cluster.first_date or '')}</td></tr>"
        )
    by_id = {claim.id: claim for claim in graph.claims}
    contra = []
    for edge in contradictions[:max_clusters]:
        left, right = by_id.get(edge.source), by_id.get(edge.target)
        if left and right:
            contra.append(
                f'<li dir="auto">{escape(left.text[:80])} <b style="color:#c62828">✗</b> '
                f"{escape(right.text[:80])} <small>({edge.score:.2f})</small></li>"
            )
    return (
        f'<div class="claimx-graph" style="font-family:sans-serif">'
        f"<div>{len(graph.articles)} articles · {len(graph.claims)} claims · "
        f"{len(graph.entities)} entities · "
        f"{len(graph.clusters)} clusters · {len(contradictions)} contradictions</div>"
        f'<table style="border-collapse:collapse"><tr><th>id</th><th>cluster</th><th>claims</th>'
        f"<th>langs</th><th>first date</th></tr>{''.join(rows)}</table>"
        f"<ul>{''.join(contra)}</ul></div>"
    )
