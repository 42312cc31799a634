// The Entente map page. Everything from the server that came out of an article (names,
// sentences, links) is put into the page as text (textContent) or, for the SVG, parsed as an
// inert document and cleaned before it is shown; links are followed only when http or https.
"use strict";

const $ = (id) => document.getElementById(id);
const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

const state = {
  focus: null,        // actor id
  focusName: null,
  nodes: new Map(),   // SVG node name -> {id, name, kind}
  ids: new Map(),     // actor id -> SVG node name
  days: [],           // the date slider's days, "YYYY-MM-DD"
  paths: null,        // the last path answer
  renderSeq: 0,
};

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function isWebURL(url) {
  return typeof url === "string" && /^https?:\/\/[^\s"<>]+$/i.test(url);
}

function status(text, isError) {
  const s = $("status");
  s.textContent = text || "";
  s.className = isError ? "error" : "muted";
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") query.set(k, String(v));
  }
  const qs = query.toString().replace(/\+/g, "%20");
  const response = await fetch("/api/" + path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: "the server sent no JSON" }));
  if (!response.ok) throw new Error(body.error || ("HTTP " + response.status));
  return body;
}

// The filters every query shares, as the CLI's option names.
function filterParams() {
  const certainty = [...document.querySelectorAll("#certainty input:checked")].map((i) => i.value);
  const kinds = [...$("kinds").selectedOptions].map((o) => o.value);
  const params = {
    certainty: certainty.length === 0 ? null : certainty.join(","),
    kinds: kinds.length === 0 ? null : kinds.join(","),
    "min-evidence": Math.max(1, parseInt($("min-evidence").value, 10) || 1),
  };
  if (!$("undated").checked && state.days.length > 0) {
    params.from = state.days[$("date-from").value];
    params.through = state.days[$("date-through").value];
  }
  return params;
}

function renderParams() {
  const layers = [...document.querySelectorAll("#layers input:checked")].map((i) => i.value);
  return Object.assign(filterParams(), {
    format: "json",
    style: $("style").value,
    layers: layers.length ? layers.join(",") : "alliances,threats",
    focus: state.focus,
    depth: state.focus ? Math.max(1, parseInt($("depth").value, 10) || 1) : null,
  });
}

// Parses Graphviz's SVG as an XML document (nothing in it runs) and strips anything that
// could: scripts, foreign HTML, handler attributes, and links that are not http(s).
function cleanSVG(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (!svg || svg.nodeName !== "svg" || doc.getElementsByTagName("parsererror").length) return null;
  for (const bad of [...svg.querySelectorAll("script, foreignObject, iframe, object, embed")]) bad.remove();
  for (const node of [svg, ...svg.querySelectorAll("*")]) {
    for (const attr of [...node.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) node.removeAttribute(attr.name);
      else if ((name === "href" || name === "xlink:href") && !isWebURL(attr.value)) node.removeAttribute(attr.name);
    }
  }
  return document.importNode(svg, true);
}

async function render() {
  const seq = ++state.renderSeq;
  status("drawing…");
  let answer;
  try {
    answer = await api("render", renderParams());
  } catch (error) {
    if (seq === state.renderSeq) status(error.message, true);
    return;
  }
  if (seq !== state.renderSeq) return;   // a newer request is on its way
  const svg = cleanSVG(answer.svg);
  if (!svg) { status("the diagram could not be read", true); return; }
  state.nodes = new Map(answer.nodes.map((n) => [n.node, n]));
  state.ids = new Map(answer.nodes.map((n) => [n.id, n.node]));
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  const map = $("map");
  map.replaceChildren(svg);
  // The page around the diagram takes the style's background (dark stays dark when zoomed out).
  const background = svg.querySelector("g.graph > polygon");
  map.style.backgroundColor = background ? background.getAttribute("fill") || "" : "";
  wireMap(svg);
  enablePanZoom(svg);
  highlightPaths();
  status(answer.actors + " actors, " + answer.ties + " ties (" + answer.engine + ")");
}

function titleOf(group) {
  const t = group.querySelector(":scope > title");
  return t ? t.textContent : "";
}

function tipOf(group) {
  const a = group.querySelector("a");
  return a ? (a.getAttributeNS(XLINK_NS, "title") || a.getAttribute("title") || "") : "";
}

// An edge's <title> is "actor-A->actor-B"; node names hold no '>', so the split is exact.
function edgeEnds(group) {
  const parts = titleOf(group).split("->");
  if (parts.length !== 2) return null;
  const a = state.nodes.get(parts[0]), b = state.nodes.get(parts[1]);
  return a && b ? [a, b] : null;
}

function wireMap(svg) {
  for (const group of svg.querySelectorAll("g.node")) {
    const actor = state.nodes.get(titleOf(group));
    if (!actor) continue;
    group.dataset.actor = actor.id;
    group.addEventListener("click", (event) => { event.stopPropagation(); focusOn(actor); });
    group.addEventListener("mouseenter", () => { $("hover").textContent = tipOf(group) || actor.name; });
  }
  for (const group of svg.querySelectorAll("g.edge.tie")) {
    const ends = edgeEnds(group);
    if (!ends) continue;
    group.addEventListener("mouseenter", () => { $("hover").textContent = tipOf(group); });
    group.addEventListener("click", (event) => {
      event.stopPropagation();
      for (const g of svg.querySelectorAll("g.selected")) g.classList.remove("selected");
      group.classList.add("selected");
      showEvidence(ends[0], ends[1]);
    });
  }
}

function focusOn(actor) {
  state.focus = actor.id;
  state.focusName = actor.name;
  $("focus-name").textContent = actor.name;
  render();
  showActor(actor);
}

async function showActor(actor) {
  const details = $("details");
  details.replaceChildren(el("h2", actor.name), el("p", actor.kind + " · id " + actor.id, "muted"));
  try {
    const near = await api("neighbors", Object.assign(filterParams(), { actor: actor.id, depth: 1 }));
    const list = el("ul");
    for (const n of near) list.append(el("li", n.name + " (" + n.kind + ")"));
    details.append(el("p", near.length + " actors one hop away"), list);
  } catch (error) {
    details.append(el("p", error.message, "error"));
  }
}

async function showEvidence(a, b) {
  const details = $("details");
  details.replaceChildren(el("h2", a.name + " – " + b.name), el("p", "loading evidence…", "muted"));
  let relations;
  try {
    relations = await api("relations", Object.assign(filterParams(), { actor: a.id, other: b.id }));
  } catch (error) {
    details.replaceChildren(el("h2", a.name + " – " + b.name), el("p", error.message, "error"));
    return;
  }
  details.replaceChildren(el("h2", a.name + " – " + b.name), el("p", relations.length + " relations", "muted"), evidenceList(relations));
}

function evidenceList(relations) {
  const list = el("ul", null, "evidence");
  for (const r of relations) {
    const item = el("li");
    const head = el("div");
    head.append(el("span", r.polarity, "badge " + r.polarity), el("span", r.certainty, "badge"),
      el("span", r.source + " → " + r.kind.replace(/_/g, " ") + " → " + r.target));
    item.append(head);
    const ev = r.evidence || {};
    item.append(el("blockquote", ev.text || "(no sentence: imported relation)"));
    const meta = el("div", null, "meta");
    const bits = [];
    if (r.speaker) bits.push("said by " + r.speaker);
    bits.push(ev.date ? String(ev.date).slice(0, 10) : "undated");
    bits.push(ev.document + " #" + ev.sentence);
    meta.append(el("span", bits.join(" · ") + " "));
    if (isWebURL(ev.url)) {
      const link = el("a", "source");
      link.href = ev.url;
      link.rel = "noopener noreferrer nofollow";
      link.target = "_blank";
      meta.append(link);
    }
    item.append(meta);
    list.append(item);
  }
  return list;
}

async function findPaths(event) {
  event.preventDefault();
  const params = Object.assign(filterParams(), {
    source: $("path-source").value.trim(),
    target: $("path-target").value.trim(),
    k: parseInt($("path-k").value, 10) || 1,
    "max-hops": parseInt($("path-hops").value, 10) || 4,
    polarity: $("path-polarity").value || null,
  });
  const details = $("details");
  details.replaceChildren(el("h2", "Paths"), el("p", "searching…", "muted"));
  try {
    state.paths = await api("path", params);
  } catch (error) {
    state.paths = null;
    highlightPaths();
    details.replaceChildren(el("h2", "Paths"), el("p", error.message, "error"));
    return;
  }
  showPaths(state.paths);
  highlightPaths();
}

function showPaths(answer) {
  const details = $("details");
  details.replaceChildren(el("h2", answer.from + " to " + answer.to));
  if (answer.paths.length === 0) {
    details.append(el("p", answer.connected ? "no path within these hops; try more hops or fewer filters"
      : "not connected under these filters", "muted"));
  }
  answer.paths.forEach((path, n) => {
    const box = el("div", null, "path");
    box.append(el("h3", "Path " + (n + 1) + " (" + path.length + " hops): " + path.actors.join(" — ")));
    for (const hop of path.hops) {
      box.append(el("p", hop.from + " → " + hop.to + ": " + hop.kinds.join(", ") + " [" + hop.evidence_count + " sentences]"));
      box.append(evidenceList(hop.relations.slice(0, 3)));
    }
    details.append(box);
  });
  const missing = pathActorIDs(answer).filter((id) => !state.ids.has(id)).length;
  if (missing) details.append(el("p", missing + " actors on these paths are outside the current view", "muted"));
}

function pathActorIDs(answer) {
  const ids = new Set();
  for (const path of answer.paths) for (const hop of path.hops) for (const r of hop.relations) {
    ids.add(r.source_id); ids.add(r.target_id);
  }
  return [...ids];
}

function highlightPaths() {
  const svg = $("map").querySelector("svg");
  if (!svg) return;
  for (const g of svg.querySelectorAll(".on-path")) g.classList.remove("on-path");
  if (!state.paths || state.paths.paths.length === 0) { svg.classList.remove("paths"); return; }
  const pairs = new Set();
  for (const path of state.paths.paths) for (const hop of path.hops) for (const r of hop.relations) {
    pairs.add(r.source_id + "\u0000" + r.target_id); pairs.add(r.target_id + "\u0000" + r.source_id);
  }
  const ids = new Set(pathActorIDs(state.paths));
  for (const g of svg.querySelectorAll("g.node")) if (ids.has(g.dataset.actor)) g.classList.add("on-path");
  for (const g of svg.querySelectorAll("g.edge.tie")) {
    const ends = edgeEnds(g);
    if (ends && pairs.has(ends[0].id + "\u0000" + ends[1].id)) g.classList.add("on-path");
  }
  svg.classList.add("paths");
  zoomTo(svg, svg.querySelectorAll("g.on-path"));
}

// Frames the given elements (the paths) so their labels can be read; a double click shows
// the whole map again.
function zoomTo(svg, elements) {
  const ctm = svg.getScreenCTM();
  if (!ctm || elements.length === 0) return;
  const inverse = ctm.inverse();
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const element of elements) {
    const r = element.getBoundingClientRect();
    for (const [cx, cy] of [[r.left, r.top], [r.right, r.bottom]]) {
      const p = new DOMPoint(cx, cy).matrixTransform(inverse);
      x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
    }
  }
  if (!isFinite(x0)) return;
  const pad = Math.max(40, (x1 - x0) * 0.1);
  const box = svg.viewBox.baseVal;
  box.x = x0 - pad; box.y = y0 - pad; box.width = x1 - x0 + 2 * pad; box.height = y1 - y0 + 2 * pad;
}

// Pan by dragging, zoom with the wheel around the pointer, by moving the viewBox.
function enablePanZoom(svg) {
  const box = svg.viewBox.baseVal;
  if (!box || box.width === 0) return;
  const home = { x: box.x, y: box.y, width: box.width, height: box.height };
  let drag = null;
  const toSVG = (event) => {
    const rect = svg.getBoundingClientRect();
    const scale = Math.max(box.width / rect.width, box.height / rect.height);
    return { scale, x: box.x + (event.clientX - rect.left) * scale, y: box.y + (event.clientY - rect.top) * scale };
  };
  svg.addEventListener("wheel", (event) => {
    event.preventDefault();
    const p = toSVG(event);
    const factor = event.deltaY < 0 ? 0.85 : 1 / 0.85;
    const width = Math.min(home.width * 4, Math.max(home.width / 20, box.width * factor));
    const ratio = width / box.width;
    box.x = p.x - (p.x - box.x) * ratio;
    box.y = p.y - (p.y - box.y) * ratio;
    box.width = width;
    box.height = box.height * ratio;
  }, { passive: false });
  svg.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, bx: box.x, by: box.y, scale: toSVG(event).scale, moved: false };
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; $("map").classList.add("dragging"); }
    box.x = drag.bx - dx * drag.scale;
    box.y = drag.by - dy * drag.scale;
  });
  const end = () => { drag = null; $("map").classList.remove("dragging"); };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointerleave", end);
  svg.addEventListener("dblclick", () => { Object.assign(box, home); });
}

function dayList(first, last) {
  const days = [];
  if (!first || !last) return days;
  const start = Date.parse(first + "T00:00:00Z"), stop = Date.parse(last + "T00:00:00Z");
  for (let t = start; t <= stop && days.length < 20000; t += 86400000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

function updateDateLabels() {
  const from = $("date-from"), through = $("date-through");
  if (+from.value > +through.value) {
    if (document.activeElement === from) through.value = from.value; else from.value = through.value;
  }
  $("date-from-label").textContent = state.days[from.value] || "no dated relations";
  $("date-through-label").textContent = state.days[through.value] || "";
}

let pending = null;
function refreshSoon() {
  clearTimeout(pending);
  pending = setTimeout(() => { render(); if (state.paths) $("path-form").requestSubmit(); }, 250);
}

function checkboxes(container, name, values, checked) {
  for (const value of values) {
    const label = el("label");
    const box = document.createElement("input");
    box.type = "checkbox"; box.value = value; box.name = name; box.checked = checked;
    box.addEventListener("change", refreshSoon);
    label.append(box, document.createTextNode(" " + value));
    $(container).append(label);
  }
}

async function start() {
  let meta, actors;
  try {
    [meta, actors] = await Promise.all([api("meta"), api("actors")]);
  } catch (error) {
    status(error.message, true);
    return;
  }
  $("summary").textContent = meta.actors + " actors, " + meta.relations + " relations" +
    (meta.first_date ? ", " + meta.first_date + " to " + meta.last_date : "");
  for (const name of meta.styles) $("style").append(new Option(name, name, name === "default", name === "default"));
  checkboxes("layers", "layers", meta.layers, true);
  checkboxes("certainty", "certainty", meta.certainties, true);
  for (const kind of meta.kinds) $("kinds").append(new Option(kind.replace(/_/g, " "), kind));
  for (const p of meta.polarities) $("path-polarity").append(new Option(p, p));
  for (const actor of actors) $("actor-names").append(new Option(actor.name));
  state.days = dayList(meta.first_date, meta.last_date);
  for (const id of ["date-from", "date-through"]) {
    $(id).max = Math.max(0, state.days.length - 1);
    $(id).disabled = state.days.length === 0;
    $(id).addEventListener("input", () => { $("undated").checked = false; updateDateLabels(); refreshSoon(); });
  }
  $("date-through").value = $("date-through").max;
  updateDateLabels();
  for (const id of ["style", "kinds", "min-evidence"]) $(id).addEventListener("change", refreshSoon);
  $("undated").addEventListener("change", () => {
    // All dates again: the sliders go back to the whole span, as the map now shows it.
    if ($("undated").checked) { $("date-from").value = 0; $("date-through").value = $("date-through").max; updateDateLabels(); }
    refreshSoon();
  });
  $("depth").addEventListener("change", () => { if (state.focus) refreshSoon(); });
  $("clear-focus").addEventListener("click", () => {
    state.focus = null; $("focus-name").textContent = "whole map"; render();
  });
  $("path-form").addEventListener("submit", findPaths);
  $("clear-path").addEventListener("click", () => { state.paths = null; highlightPaths(); $("details").replaceChildren(); });
  render();
}

document.addEventListener("DOMContentLoaded", start);
