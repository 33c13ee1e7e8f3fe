"""A self-contained HTML page that draws the story: speakers, claim clusters on a timeline,
contradictions and support between them, and every claim's wording.

No network access: the drawing is inline SVG computed here, a few lines of inline script add
highlighting and a details panel, and the data rides along as inline JSON.
"""

from __future__ import annotations

import json
from html import escape

from claimx.graph.model import ClaimGraph, Cluster

WIDTH = 1280
ROW = 34
TOP = 70
SPEAKER_X = 150
TIMELINE_LEFT = 380
TIMELINE_RIGHT = 820
LABEL_CHARS = 60
MAX_CLUSTERS = 60

_STYLE = """
body{font-family:system-ui,sans-serif;margin:16px;color:#222}
h1{font-size:1.3em} h2{font-size:1.1em;margin-top:1.5em}
svg text{font-size:12px} .axis{stroke:#999} .tick{fill:#666;font-size:10px}
.said{stroke:#90a4ae;stroke-width:1}
.contradicts{stroke:#c62828;stroke-width:2;stroke-dasharray:5 3;fill:none}
.supports{stroke:#2e7d32;stroke-width:1;fill:none;opacity:.5} .same_as{stroke:#1565c0;fill:none}
.cluster circle{fill:#1565c0;opacity:.85;cursor:pointer} .speaker rect{fill:#eceff1;stroke:#78909c}
.dim{opacity:.12} .hl{opacity:1!important;stroke-width:3}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:4px;vertical-align:top;text-align:start}
#details{border:1px solid #ccc;padding:8px;min-height:2em;background:#fafafa}
.neg{color:#c62828}
"""

_SCRIPT = """
(function(){
  var data = JSON.parse(document.getElementById('claimx-data').textContent);
  var svg = document.getElementById('story');
  var details = document.getElementById('details');
  function esc(s){var d=document.createElement('div');d.textContent=s==null?'':String(s);return d.innerHTML;}
  function focus(id){
    var links = svg.querySelectorAll('[data-a]');
    for (var i=0;i<links.length;i++){
      var on = !id || links[i].getAttribute('data-a')===id || links[i].getAttribute('data-b')===id;
      links[i].classList.toggle('dim', !on); links[i].classList.toggle('hl', !!id && on);
    }
  }
  function show(id){
    var c = data.clusters[id]; if(!c){return;}
    var html = '<b dir="auto">'+esc(c.label)+'</b><ul>';
    for (var i=0;i<c.claims.length;i++){var k=c.claims[i];
      html += '<li dir="auto">'+esc(k.date||'')+' · '+esc(k.speaker||'')+': '+esc(k.text)+
              ' <small>('+esc(k.doc)+')</small></li>';}
    details.innerHTML = html + '</ul>';
  }
  var nodes = svg.querySelectorAll('.cluster');
  for (var i=0;i<nodes.length;i++){(function(node){
    var id = node.getAttribute('data-id');
    node.addEventListener('mouseenter', function(){focus(id);});
    node.addEventListener('mouseleave', function(){focus(null);});
    node.addEventListener('click', function(){show(id);});
  })(nodes[i]);}
})();
"""


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _chosen_clusters(graph: ClaimGraph) -> list[Cluster]:
    """Clusters of the stories (multi-claim groups), biggest stories first, then singletons if room."""
    story_clusters = [
        cluster_id
        for story in sorted(graph.stories, key=lambda story: -len(story.claims))
        for cluster_id in story.clusters
    ]
    by_id = {cluster.id: cluster for cluster in graph.clusters}
    chosen = [by_id[cluster_id] for cluster_id in dict.fromkeys(story_clusters)][:MAX_CLUSTERS]
    if not chosen:
        chosen = graph.clusters[:MAX_CLUSTERS]
    return sorted(chosen, key=lambda cluster: (cluster.first_date or "9999", cluster.id))


def _x_of_dates(clusters: list[Cluster]) -> dict[str, float]:
    dates = sorted({cluster.first_date for cluster in clusters if cluster.first_date})
    if not dates:
        return {}
    if len(dates) == 1:
        return {dates[0]: (TIMELINE_LEFT + TIMELINE_RIGHT) / 2}
    span = len(dates) - 1
    return {
        date: TIMELINE_LEFT + (TIMELINE_RIGHT - TIMELINE_LEFT) * index / span
        for index, date in enumerate(dates)
    }


def graph_svg(graph: ClaimGraph) -> str:
    clusters = _chosen_clusters(graph)
    x_of_date = _x_of_dates(clusters)
    entity_names = {entity.id: entity.canonical for entity in graph.entities}
    position: dict[str, tuple[float, float]] = {}
    for row, cluster in enumerate(clusters):
        x = x_of_date.get(cluster.first_date or "", TIMELINE_RIGHT + 20)
        position[cluster.id] = (x, TOP + row * ROW)
    speakers = list(dict.fromkeys(cluster.speaker for cluster in clusters if cluster.speaker))
    height = TOP + max(len(clusters), 1) * ROW + 30
    speaker_step = (height - TOP - 30) / max(len(speakers), 1)
    speaker_pos = {speaker: (SPEAKER_X, TOP + index * speaker_step) for index, speaker in enumerate(speakers)}
    parts = [
        f'<svg id="story" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="claim story graph">'
    ]
    parts.append(
        f'<line class="axis" x1="{TIMELINE_LEFT}" y1="{TOP - 35}" x2="{TIMELINE_RIGHT}" y2="{TOP - 35}"/>'
    )
    for date, x in x_of_date.items():
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{TOP - 42}" text-anchor="middle">{escape(date)}</text>'
        )
    parts.append(
        f'<text x="{SPEAKER_X}" y="{TOP - 42}" text-anchor="middle" font-weight="bold">speakers</text>'
    )
    for cluster in clusters:
        if cluster.speaker in speaker_pos:
            (sx, sy), (cx, cy) = speaker_pos[cluster.speaker], position[cluster.id]
            parts.append(
                f'<line class="said" data-a="{escape(cluster.id)}" data-b="{escape(cluster.speaker)}" '
                f'x1="{sx + 90}" y1="{sy}" x2="{cx}" y2="{cy}"/>'
            )
    cluster_of = {claim.id: claim.cluster for claim in graph.claims}
    drawn: set[tuple[str, str, str]] = set()
    for edge in graph.edges:
        if edge.relation not in ("contradicts", "supports"):
            continue
        a, b = cluster_of.get(edge.source), cluster_of.get(edge.target)
        if not a or not b or a == b or a not in position or b not in position:
            continue
        key = (min(a, b), max(a, b), edge.relation)
        if key in drawn:
            continue
        drawn.add(key)
        (ax, ay), (bx, by) = position[a], position[b]
        bend = max(ax, bx) + 30 + abs(ay - by) / 4
        parts.append(
            f'<path class="{edge.relation}" data-a="{escape(a)}" data-b="{escape(b)}" '
            f'd="M{ax:.1f},{ay:.1f} C{bend:.1f},{ay:.1f} {bend:.1f},{by:.1f} {bx:.1f},{by:.1f}">'
            f"<title>{escape(edge.relation)} {edge.score:.2f}: "
            f"{escape('; '.join(edge.evidence))}</title></path>"
        )
    for speaker, (x, y) in speaker_pos.items():
        name = entity_names.get(speaker, speaker)
        parts.append(
            f'<g class="speaker" data-a="{escape(speaker)}"><rect x="{x - 90}" y="{y - 11}" width="180" '
            f'height="22" rx="4"/><text x="{x}" y="{y + 4}" text-anchor="middle">'
            f"{escape(_short(name, 26))}</text></g>"
        )
    for cluster in clusters:
        x, y = position[cluster.id]
        radius = 5 + 2 * len(cluster.claims) ** 0.5
        parts.append(
            f'<g class="cluster" data-id="{escape(cluster.id)}"><circle cx="{x:.1f}" cy="{y:.1f}" '
            f'r="{radius:.1f}"/><text x="{TIMELINE_RIGHT + 150}" y="{y + 4:.1f}">'
            f"{escape(_short(cluster.label))} ({len(cluster.claims)})</text>"
            f"<title>{escape(cluster.label)}</title></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _data(graph: ClaimGraph) -> str:
    names = {entity.id: entity.canonical for entity in graph.entities}
    claims = {claim.id: claim for claim in graph.claims}
    payload = {
        "clusters": {
            cluster.id: {
                "label": cluster.label,
                "claims": [
                    {
                        "text": claims[claim_id].text,
                        "date": claims[claim_id].date,
                        "doc": claims[claim_id].doc_id,
                        "speaker": names.get(claims[claim_id].speaker or "", claims[claim_id].speaker_text),
                    }
                    for claim_id in cluster.claims
                ],
            }
            for cluster in graph.clusters
        }
    }
    # "</" inside inline JSON would close the script element.
    return json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")


def graph_page(graph: ClaimGraph, title: str = "claimx story") -> str:
    """The full page: drawing, contradictions, timeline, clusters."""
    claims = {claim.id: claim for claim in graph.claims}
    contradictions = []
    for edge in graph.edges_of("contradicts"):
        left, right = claims.get(edge.source), claims.get(edge.target)
        if left and right:
            contradictions.append(
                f'<tr><td dir="auto">{escape(left.text)}</td><td class="neg">✗ {edge.score:.2f}</td>'
                f'<td dir="auto">{escape(right.text)}</td>'
                f'<td><small>{escape("; ".join(edge.evidence))}</small></td></tr>'
            )
    names = {entity.id: entity.canonical for entity in graph.entities}
    timeline = []
    for entry in graph.timeline[:300]:
        claim = claims[entry.claim]
        who = names.get(claim.speaker or "", claim.speaker_text or "")
        timeline.append(
            f'<tr><td>{escape(entry.date or "")}</td><td dir="auto">{escape(who)}</td>'
            f'<td dir="auto">{escape(claim.text)}</td><td>{escape(entry.cluster or "")}</td></tr>'
        )
    clusters = [
        f'<tr><td>{escape(cluster.id)}</td><td dir="auto">{escape(cluster.label)}</td>'
        f"<td>{len(cluster.claims)}</td><td>{escape(', '.join(cluster.languages))}</td>"
        f"<td>{escape(', '.join(cluster.articles))}</td></tr>"
        for cluster in sorted(graph.clusters, key=lambda cluster: -len(cluster.claims))[:200]
    ]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{_STYLE}</style></head>
<body>
<h1>{escape(title)}</h1>
<p>{len(graph.articles)} articles · {len(graph.claims)} claims · {len(graph.entities)} entities ·
{len(graph.clusters)} clusters · {len(graph.stories)} stories ·
{len(graph.edges_of("contradicts"))} contradictions.
Hover a cluster to highlight its links; click it to list its claims.</p>
{graph_svg(graph)}
<div id="details" aria-live="polite"></div>
<h2>Contradictions</h2>
<table><tr><th>claim</th><th></th><th>claim</th><th>evidence</th></tr>{"".join(contradictions)}</table>
<h2>Timeline</h2>
<table><tr><th>date</th><th>speaker</th><th>claim</th><th>cluster</th></tr>{"".join(timeline)}</table>
<h2>Clusters</h2>
<table><tr><th>id</th><th>label</th><th>claims</th><th>languages</th><th>articles</th></tr>{"".join(clusters)}</table>
<script type="application/json" id="claimx-data">{_data(graph)}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
