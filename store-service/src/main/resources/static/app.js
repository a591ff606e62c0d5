// Newsroom web page: a small hash-routed reader of the store API. No framework; every text goes in as a text node.
"use strict";

const TYPES = ["STATEMENT", "APPEAL", "INTENT", "APPROVE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST"];
const KINDS = ["PERSON", "GOVERNMENT", "ORGANIZATION", "MEDIA", "UNNAMED"];
const SVG_NS = "http://www.w3.org/2000/svg";
const view = document.getElementById("view");

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "style" && typeof value === "object") {
      for (const [property, v] of Object.entries(value)) {
        if (property.startsWith("--")) el.style.setProperty(property, v);
        else el.style[property] = v;
      }
    }
    else el.setAttribute(key, value);
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// replaces the view's content; nested arrays are flattened and null children skipped, as in h()
function show(...children) {
  view.replaceChildren();
  append(view, children);
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || body.title || `HTTP ${response.status}`);
  return body;
}

// side code -> name (MCO -> Monaco), from the extractor's knowledge base through api/sides; loaded once
let SIDE_NAMES = null;
async function loadSideNames() {
  if (!SIDE_NAMES) SIDE_NAMES = new Map((await api("api/sides")).map((side) => [side.code, side.name]));
  return SIDE_NAMES;
}
const sideName = (code) => (SIDE_NAMES && SIDE_NAMES.get(code)) || null;
const sideCode = (code) => h("abbr", { class: "side-code", title: sideName(code) || "no name known for this code" }, code);
const sideLegend = (codes) => h("p", { class: "side-legend", id: "side-legend" },
  codes.map((code, i) => [i ? " · " : "", h("b", {}, code), " ", sideName(code) || "(no name known)"]));
const evidenceList = (evidence) => h("section", { id: "evidence", class: "panel" },
  h("h3", {}, "Evidence: the articles"),
  evidence.length ? h("ol", { class: "evidence" }, evidence.map((e) => h("li", {},
    h("a", { href: `#/article/${encodeURIComponent(e.articleId)}` }, e.title || e.articleId),
    h("span", { class: "muted" }, ` · ${plural(e.statementCount, "statement")}`))))
    : h("span", { class: "muted" }, "no article"));
const showEvidence = (params) => {
  if (params.get("evidence")) document.getElementById("evidence").scrollIntoView({ block: "start" });
};

const typeColor = (type) => `var(--t-${type})`;
const badge = (type) => h("span", { class: "badge", style: { background: typeColor(type) } }, type.toLowerCase());
const day = (iso) => (iso ? new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }) : "");
const span = (from, to) => (from || to ? `${day(from)} – ${day(to)}` : "dates unknown");
// a statement's day: the day it was said, else the day its article was published, else unknown (never the ingest day)
const statementDay = (st) => (st.when
  ? h("span", { class: "when", title: st.dateBasis === "publication" ? "day the article was published" : "day it was said" },
    day(st.when), st.dateBasis === "publication" ? " (published)" : "")
  : h("span", { class: "when muted" }, "date unknown"));
const actorLink = (ref) => h("a", { href: `#/actor/${encodeURIComponent(ref.id)}` }, ref.name || ref.id);
const disputeLink = (id) => h("a", { href: `#/dispute/${encodeURIComponent(id)}`,
  title: id.split("~").map((code) => `${code}: ${sideName(code) || "?"}`).join(" · ") }, id.replace("~", " ~ "));
const evidenceLink = (st) => h("a", { href: `#/article/${encodeURIComponent(st.articleId)}?s=${encodeURIComponent(st.id)}` }, "evidence →");
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function statementCard(st, { showSpeaker = true } = {}) {
  const text = st.text !== undefined ? st.text : st.content && st.content.text;
  const targets = st.targets || [];
  return h("article", { class: "statement", style: { borderLeftColor: typeColor(st.type) }, "data-type": st.type },
    h("div", { class: "meta" },
      badge(st.type), " ",
      showSpeaker && st.speaker ? h("span", {}, actorLink(st.speaker)) : null,
      targets.length ? h("span", {}, "about ", targets.map((t, i) => [i ? ", " : "", actorLink(t)])) : null,
      statementDay(st)),
    h("blockquote", { class: st.direct ? "direct" : "" }, text),
    h("div", { class: "meta" },
      st.articleTitle ? h("span", {}, st.articleTitle) : null,
      h("span", {}, evidenceLink(st))));
}

function pager(page, render) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  return h("div", { class: "pager" },
    page.page > 1 ? h("a", { href: "#", onclick: (e) => { e.preventDefault(); render(page.page - 1); } }, "← previous") : null,
    h("span", {}, `page ${page.page} of ${pages} · ${page.total} in all`),
    page.page < pages ? h("a", { href: "#", onclick: (e) => { e.preventDefault(); render(page.page + 1); } }, "next →") : null);
}

// ---- actor list and disputes -------------------------------------------------------------------------------

async function home(params) {
  const q = params.get("q") || "", side = params.get("side") || "", kind = params.get("kind") || "";
  const page = Number(params.get("page") || 1);
  const query = new URLSearchParams({ page, size: 25 });
  if (q) query.set("q", q);
  if (side) query.set("side", side);
  if (kind) query.set("kind", kind);
  const [actors, disputes] = await Promise.all([api(`api/actors?${query}`), api("api/disputes?size=20")]);

  const form = h("form", { class: "search", role: "search", onsubmit: (e) => {
      e.preventDefault();
      const data = new FormData(e.target);
      const next = new URLSearchParams();
      for (const [k, v] of data) if (v) next.set(k, v);
      location.hash = `#/?${next}`;
    } },
    h("input", { type: "search", name: "q", value: q, placeholder: "Search people, governments, organisations…", "aria-label": "Search actors" }),
    h("input", { type: "text", name: "side", value: side, placeholder: "Side (ISR, UN…)", size: 12, "aria-label": "Side" }),
    h("select", { name: "kind", "aria-label": "Kind" }, h("option", { value: "" }, "Any kind"),
      KINDS.map((k) => h("option", { value: k, selected: k === kind }, k.toLowerCase()))),
    h("button", { type: "submit" }, "Search"));

  const rows = actors.items.map((a) => h("tr", {},
    h("td", {}, actorLink(a), h("div", { class: "meta" }, a.kind ? a.kind.toLowerCase() : "",
      a.statementCount ? h("a", { href: `#/actor/${encodeURIComponent(a.id)}?evidence=1`, class: "evidence-link" }, "evidence →") : null)),
    h("td", {}, a.side ? sideCode(a.side) : h("span", { class: "muted" }, "—")),
    h("td", { class: "num" }, a.statementCount),
    h("td", { class: "num" }, a.targetedCount),
    h("td", {}, day(a.lastSeen))));
  const pageTo = (n) => { const next = new URLSearchParams(params); next.set("page", n); location.hash = `#/?${next}`; };

  show(h("div", { class: "grid" },
    h("section", {},
      h("div", { class: "kicker" }, "Actors"),
      h("h1", {}, q ? `Actors matching “${q}”` : "Who is speaking"),
      form,
      actors.items.length ? h("table", { class: "list", id: "actors" },
        h("thead", {}, h("tr", {}, h("th", {}, "Actor"), h("th", {}, "Side"), h("th", {}, "Statements"), h("th", {}, "Targeted"), h("th", {}, "Last seen"))),
        h("tbody", {}, rows)) : h("p", { class: "muted" }, "No actor matches."),
      pager(actors, pageTo)),
    h("aside", {},
      h("div", { class: "kicker" }, "Disputes"),
      h("h2", {}, "Sides in dispute"),
      disputes.items.length ? disputes.items.map((d) => h("div", { class: "panel" },
        h("h3", {}, disputeLink(d.id)),
        h("div", { class: "meta" }, h("span", {}, plural(d.statementCount, "statement")), h("span", {}, plural(d.articleCount, "article"))),
        h("div", { class: "meta" }, h("span", {}, span(d.firstStatementAt, d.lastStatementAt)),
          h("a", { href: `#/dispute/${encodeURIComponent(d.id)}?evidence=1`, class: "evidence-link" }, "evidence →"))))
        : h("p", { class: "muted" }, "No dispute yet."))));
}

// ---- actor page ------------------------------------------------------------------------------------------

async function actorPage(id, params) {
  const actor = await api(`api/actors/${encodeURIComponent(id)}`);
  const latest = actor.recentStatementsByType || {};
  const groups = TYPES.filter((t) => latest[t]).map((t) => h("section", { class: "type-group", "data-type": t },
    h("h3", {}, badge(t), " ", plural(actor.countsByType[t], "statement"),
      actor.countsByType[t] > latest[t].length ? h("span", { class: "muted" }, ` — latest ${latest[t].length} shown`) : null),
    latest[t].map((st) => statementCard(st, { showSpeaker: false }))));
  const everything = h("section", { id: "all-statements" });
  const showAll = async (page) => {
    const said = await api(`api/actors/${encodeURIComponent(id)}/statements?size=50&page=${page}`);
    everything.replaceChildren(h("h2", {}, "Every statement, newest first"),
      said.items.map((st) => statementCard(st, { showSpeaker: false })), pager(said, showAll));
    everything.scrollIntoView();
  };
  const related = (list) => list.length
    ? list.slice(0, 12).map((r) => h("div", {}, actorLink(r), r.side ? [" (", sideCode(r.side), ")"] : null, h("span", { class: "muted" }, ` ×${r.count}`)))
    : h("span", { class: "muted" }, "none");

  show(
    h("div", { class: "kicker" }, actor.kind ? actor.kind.toLowerCase() : null,
      actor.side ? [" · ", sideCode(actor.side), sideName(actor.side) ? ` ${sideName(actor.side)}` : ""] : null),
    h("h1", {}, actor.name || actor.id),
    h("div", { class: "meta" },
      h("span", {}, plural(actor.statementCount, "statement")),
      h("span", {}, `targeted ${actor.targetedCount} times`),
      h("span", {}, span(actor.firstSeen, actor.lastSeen))),
    h("div", { class: "grid" },
      h("section", {},
        h("h2", {}, "What they said, by type"),
        groups.length ? groups : h("p", { class: "muted" }, "No statement of theirs; they are only spoken about."),
        actor.statementCount ? h("p", {}, h("a", { href: "#", onclick: (e) => { e.preventDefault(); showAll(1); } },
          `All ${plural(actor.statementCount, "statement")} →`)) : null,
        everything),
      h("aside", {},
        evidenceList(actor.evidence || []),
        h("div", { class: "panel" }, h("h3", {}, "Names and aliases"),
          actor.names.map((n) => h("span", { class: "chip" }, n.name, h("b", {}, n.count))),
          actor.aliases.filter((a) => !actor.names.some((n) => n.name === a.alias))
            .map((a) => h("span", { class: "chip" }, a.alias, h("b", {}, a.count)))),
        h("div", { class: "panel" }, h("h3", {}, "Roles"),
          actor.roles.length ? actor.roles.map((r) => h("div", {}, r.role, " ",
            h("span", { class: "meta" }, r.articles.length === 1 ? "in article " : "in articles ",
              r.articles.map((a, i) => [i ? ", " : "", h("a", { href: `#/article/${encodeURIComponent(a)}`, title: a }, String(i + 1))]))))
            : h("span", { class: "muted" }, "none stated")),
        h("div", { class: "panel" }, h("h3", {}, "Disputes"),
          actor.disputes.length ? actor.disputes.map((d) => h("div", {}, disputeLink(d.id), h("span", { class: "muted" }, ` ×${d.count}`)))
            : h("span", { class: "muted" }, "none")),
        h("div", { class: "panel" }, h("h3", {}, "Speaks about"), related(actor.targets)),
        h("div", { class: "panel" }, h("h3", {}, "Spoken about by"), related(actor.targetedBy)))));
  showEvidence(params);
}

// ---- dispute page ----------------------------------------------------------------------------------------

function dayIndex(days) {
  const first = Date.parse(days[0]), last = Date.parse(days[days.length - 1]);
  const span = Math.max(1, Math.round((last - first) / 86400000));
  return { span, at: (d) => Math.round((Date.parse(d) - first) / 86400000) };
}

function axisLabels(days, x, y) {
  const picks = days.length <= 8 ? days : days.filter((_, i) => i % Math.ceil(days.length / 8) === 0);
  return picks.map((d) => s("text", { x: x(d), y, "text-anchor": "middle", fill: "#6a7280" }, day(d)));
}

function timelineChart(dispute) {
  const [a, b] = dispute.sides.map((side) => side.side);
  const days = dispute.timeline.map((t) => t.day);
  const width = 1000, left = 60, right = 20, mid = 120, lane = 95;
  const { span, at } = dayIndex(days);
  const x = (d) => left + (span === 0 ? 0 : (at(d) / span) * (width - left - right));
  const maxCount = Math.max(1, ...dispute.timeline.flatMap((t) => t.sides.map((side) => side.count)));
  const unit = Math.min(14, lane / maxCount);
  const barWidth = Math.max(4, Math.min(18, (width - left - right) / (span + 1) - 2));
  const marks = [];
  for (const entry of dispute.timeline) {
    entry.sides.forEach((side, index) => {
      let offset = 0;
      for (const type of TYPES) {
        const n = side.countsByType[type] || 0;
        if (!n) continue;
        const height = n * unit;
        const yTop = index === 0 ? mid - 4 - offset - height : mid + 4 + offset;
        marks.push(s("rect", { x: x(entry.day) - barWidth / 2, y: yTop, width: barWidth, height: Math.max(1, height - 1),
          fill: typeColor(type), rx: 1.5, class: `mark side-${index === 0 ? "a" : "b"}`, "data-type": type },
          s("title", {}, `${day(entry.day)} · ${side.side}: ${n} ${type.toLowerCase()}`)));
        offset += height;
      }
    });
  }
  return s("svg", { viewBox: `0 0 ${width} 260`, role: "img", id: "timeline", "aria-label": `Statements per day of ${a} and ${b}, by type` },
    s("text", { x: 4, y: mid - 60, fill: "var(--side-a)", "font-weight": 700 }, a),
    s("text", { x: 4, y: mid + 70, fill: "var(--side-b)", "font-weight": 700 }, b),
    s("line", { x1: left, x2: width - right, y1: mid, y2: mid, stroke: "#1d2330", "stroke-width": 1 }),
    marks,
    axisLabels(days, x, 252));
}

function toneChart(dispute) {
  const days = dispute.timeline.map((t) => t.day);
  const width = 1000, height = 180, left = 60, right = 20, top = 15, bottom = 150;
  const { span, at } = dayIndex(days);
  const x = (d) => left + (span === 0 ? 0 : (at(d) / span) * (width - left - right));
  const y = (tone) => top + ((1 - tone) / 2) * (bottom - top);
  const lines = dispute.sides.map((side, index) => {
    const points = dispute.timeline
      .map((t) => ({ d: t.day, tone: t.sides[index].tone }))
      .filter((p) => p.tone !== null && p.tone !== undefined);
    const color = index === 0 ? "var(--side-a)" : "var(--side-b)";
    return s("g", { class: "tone-line" },
      points.length > 1 ? s("polyline", { points: points.map((p) => `${x(p.d)},${y(p.tone)}`).join(" "), fill: "none", stroke: color, "stroke-width": 2 }) : null,
      points.map((p) => s("circle", { cx: x(p.d), cy: y(p.tone), r: 4, fill: color },
        s("title", {}, `${day(p.d)} · ${side.side}: tone ${p.tone.toFixed(2)}`))));
  });
  return s("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", id: "tone", "aria-label": "Mean stance per day of each side" },
    [1, 0, -1].map((v) => [
      s("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: v === 0 ? "#9aa1ab" : "#e3e6ea", "stroke-dasharray": v === 0 ? "4 3" : null }),
      s("text", { x: left - 8, y: y(v) + 4, "text-anchor": "end", fill: "#6a7280" }, v === 1 ? "friendly" : v === 0 ? "neutral" : "hostile")]),
    lines,
    axisLabels(days, x, height - 6));
}

function legend() {
  return h("div", { class: "legend" }, TYPES.map((t) => h("span", {}, h("i", { style: { background: typeColor(t) } }), t.toLowerCase())));
}

async function disputePage(id, params) {
  const dispute = await api(`api/disputes/${encodeURIComponent(id)}`);
  const [a, b] = dispute.sides;
  const undated = dispute.sides.reduce((n, side) => n + (side.undatedStatementCount || 0), 0);
  const sideColumn = (side, cls) => h("section", { class: `side side-${cls}`, "data-side": side.side },
    h("div", { class: `side-head ${cls}` },
      h("h2", {}, sideCode(side.side), h("span", { class: "muted" }, ` ${sideName(side.side) || ""} — ${plural(side.statementCount, "statement")}`))),
    h("div", {}, TYPES.filter((t) => side.countsByType[t]).map((t) => h("span", { class: "chip" }, badge(t), h("b", {}, side.countsByType[t])))),
    h("div", { class: "meta" }, "Speakers: ", side.speakers.slice(0, 6).map((sp, i) => [i ? ", " : "", actorLink(sp)])),
    side.omittedStatements ? h("p", { class: "muted" }, `${side.omittedStatements} earlier statements not shown.`) : null,
    side.statements.length ? side.statements.map((st) => statementCard(st)) : h("p", { class: "muted" }, "Nothing said by this side."));

  show(
    h("div", { class: "kicker" }, "Dispute"),
    h("h1", {}, `${a.side} ~ ${b.side}`),
    sideLegend([a.side, b.side]),
    h("div", { class: "meta" },
      h("span", {}, plural(dispute.statementCount, "statement")),
      h("span", {}, plural(dispute.articleCount, "article")),
      h("span", {}, span(dispute.firstStatementAt, dispute.lastStatementAt))),
    dispute.topics.length ? h("div", { style: { marginTop: "0.6em" } }, "Topics: ", dispute.topics.map((t) => h("span", { class: "chip" }, t.topic, h("b", {}, t.count)))) : null,
    h("h2", {}, "Timeline"),
    dispute.timeline.length ? [
      h("div", { class: "chart" }, timelineChart(dispute), legend()),
      h("h2", {}, "Tone over time"),
      h("div", { class: "chart" }, toneChart(dispute))]
      : h("p", { class: "muted" }, "No statement of this dispute has a known date."),
    undated ? h("p", { class: "muted", id: "undated" },
      `${plural(undated, "statement")} with no known date (neither the day it was said nor the article's publication date) `
      + `${undated === 1 ? "is" : "are"} not on the timeline.`) : null,
    h("div", { class: "sides" }, sideColumn(a, "a"), sideColumn(b, "b")),
    evidenceList(dispute.evidence || []));
  showEvidence(params);
}

// ---- article page ----------------------------------------------------------------------------------------

function highlightedText(text, statements, focusId) {
  const boundaries = new Set([0, text.length]);
  const spans = [];
  for (const st of statements) {
    for (const [kind, span] of [["content", st.content], ["speaker", st.mention], ["cue", st.cue]]) {
      if (!span || span.end <= span.start || span.end > text.length) continue;
      spans.push({ kind, start: span.start, end: span.end, st });
      boundaries.add(span.start);
      boundaries.add(span.end);
    }
  }
  const cuts = [...boundaries].sort((p, q) => p - q);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i], to = cuts[i + 1];
    const active = spans.filter((sp) => sp.start <= from && sp.end >= to);
    let node = document.createTextNode(text.slice(from, to));
    for (const kind of ["cue", "speaker"]) {
      if (active.some((sp) => sp.kind === kind)) node = h("span", { class: kind }, node);
    }
    const content = active.filter((sp) => sp.kind === "content").sort((p, q) => q.start - p.start)[0];
    if (content) {
      const st = content.st;
      node = h("mark", { style: { "--t": typeColor(st.type) }, "data-statement": st.id, class: st.id === focusId ? "focus" : null,
        title: `${st.speaker.name} · ${st.type.toLowerCase()}` }, node);
    }
    out.push(node);
  }
  return out;
}

async function articlePage(id, params) {
  const article = await api(`api/articles/${encodeURIComponent(id)}`);
  const focus = params.get("s");
  const text = article.originalText;
  show(
    h("div", { class: "kicker" }, [article.outlet, article.publishedAt ? `published ${day(article.publishedAt)}` : "published: unknown"]
      .filter(Boolean).join(" · ")),
    h("h1", {}, article.title || article.id),
    h("div", { class: "meta" },
      article.extraction && article.extraction.status === "not_extracted"
        ? h("span", { class: "failed", title: article.extraction.detail || "" }, `not extracted: ${article.extraction.description}`)
        : h("span", {}, plural(article.statements.length, "statement")),
      article.version ? h("span", {}, `version ${article.version}`) : null,
      article.publishedAtNote ? h("span", { class: "muted" }, `date: ${article.publishedAtNote}`) : null,
      article.ingestedAt ? h("span", { class: "muted" }, `received ${day(article.ingestedAt)}`) : null,
      article.url ? h("span", {}, h("a", { href: article.url, rel: "noopener noreferrer" }, "source")) : null),
    h("div", { class: "grid" },
      h("section", {},
        h("h2", {}, "Original text with evidence"),
        text ? h("div", { class: "article-text", id: "article-text" }, highlightedText(text, article.statements, focus))
          : h("p", { class: "muted" }, "The original text of this article has not arrived yet.")),
      h("aside", {},
        h("h2", {}, "Statements"),
        legend(),
        article.statements.map((st) => {
          const card = statementCard({ ...st, text: st.content.text, articleTitle: null });
          card.addEventListener("click", (e) => {
            const mark = document.querySelector(`mark[data-statement="${CSS.escape(st.id)}"]`);
            if (mark && e.target.tagName !== "A") mark.scrollIntoView({ behavior: "smooth", block: "center" });
          });
          return card;
        }))));
  if (focus) {
    const mark = document.querySelector(`mark[data-statement="${CSS.escape(focus)}"]`);
    if (mark) mark.scrollIntoView({ block: "center" });
  }
}

// ---- routing ---------------------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const [section, ...rest] = path.split("/");
  const id = decodeURIComponent(rest.join("/"));
  try {
    await loadSideNames();
    if (section === "actor" && id) await actorPage(id, params);
    else if (section === "dispute" && id) await disputePage(id, params);
    else if (section === "article" && id) await articlePage(id, params);
    else await home(params);
    if (!params.get("s") && !params.get("evidence")) window.scrollTo(0, 0);
  } catch (error) {
    show(h("div", { class: "error", role: "alert" }, error.message), h("p", {}, h("a", { href: "#/" }, "← all actors")));
  }
}

window.addEventListener("hashchange", route);
route();
