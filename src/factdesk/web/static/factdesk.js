// factdesk workbench. Article text is untrusted: it only ever enters the page as textContent.
"use strict";
const $ = (id) => document.getElementById(id);
const LABELS = {supported: "Supported", refuted: "Refuted", mixed: "Mixed", not_enough_evidence: "Not enough evidence"};
const STANCES = {supports: "supports", refutes: "disputes", neutral: "neutral"};

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "data") Object.assign(node.dataset, v);
    else if (k === "on") Object.entries(v).forEach(([ev, fn]) => node.addEventListener(ev, fn));
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return node;
}
const safeUrl = (u) => (typeof u === "string" && /^https?:\/\/[^\s]+$/i.test(u.trim()) ? u.trim() : null);
const sentenceLink = (id, start) => `/articles/${encodeURIComponent(id)}#s-${Number(start)}`;
const maxUploadMb = () => document.body.dataset.maxUploadMb, maxUpload = () => Number(document.body.dataset.maxUploadBytes);
const pct = (x) => `${Math.round((Number(x) || 0) * 100)}%`;

async function api(path, options = {}) {
  const opts = {...options, headers: {Accept: "application/json", ...(options.headers || {})}};
  if (opts.json !== undefined) {
    opts.body = JSON.stringify(opts.json); opts.method = opts.method || "POST";
    opts.headers["Content-Type"] = "application/json"; delete opts.json;
  }
  const response = await fetch(path, opts);
  const isJson = (response.headers.get("content-type") || "").includes("json");
  if (!response.ok) throw new Error((isJson && (await response.json()).error) || `request failed (${response.status})`);
  return isJson && !opts.raw ? response.json() : response.blob();
}
function say(text, kind = "error") {  // the one message line under the tabs
  Object.assign($("message"), {textContent: text || "", className: `message ${kind}`, hidden: !text});
}
async function busy(button, work) {
  say("");
  if (button) { button.disabled = true; button.classList.add("busy"); }
  try { return await work(); } catch (e) { say(e.message); } finally {
    if (button) { button.disabled = false; button.classList.remove("busy"); }
  }
}
function showPanel(name) {
  document.querySelectorAll(".tab").forEach((t) => {
    t.classList.toggle("active", t.dataset.panel === name); t.setAttribute("aria-selected", t.dataset.panel === name);
  });
  document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== `panel-${name}`; });
  if (name === "archive") loadArchive();
}

// -- Analyze: the article with its quotes highlighted by speaker -------------------------
// Offsets from the API count code points (Python); JS strings count UTF-16 units.
function utf16(text) {
  const at = [];
  let u = 0;
  for (const ch of text) { at.push(u); u += ch.length; }
  at.push(u);
  return (offset) => at[Math.max(0, Math.min(offset, at.length - 1))];
}
function renderText(container, text, sentences, quotes) {
  container.textContent = "";
  const toU = utf16(text), length = [...text].length;
  const starts = new Set(sentences.map((s) => s.start).filter((s) => s >= 0 && s < length));
  const cuts = new Set([0, length, ...starts]);
  const marks = [];
  [...quotes].sort((a, b) => a.start - b.start).forEach((q) => {
    const last = marks[marks.length - 1];
    if (q.start < q.end && q.end <= length && !(last && q.start < last.end)) {
      marks.push(q); cuts.add(q.start); cuts.add(q.end);
    }
  });
  const points = [...cuts].sort((a, b) => a - b);
  let sentence = sentences.length ? sentences[0].start : 0, m = 0, open = null;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    if (starts.has(a)) sentence = a;
    while (m < marks.length && marks[m].end <= a) { m++; open = null; }
    const q = m < marks.length && marks[m].start <= a ? marks[m] : null;
    if (q && !open) {
      const who = q.speaker_key || "unattributed";
      open = el("mark", {class: `quote ${q.color === null || q.color === undefined ? "spk-none" : "spk-" + (q.color % 8)}`,
        title: `${who}${q.speaker && q.speaker.role ? ", " + q.speaker.role : ""} (${q.kind})`,
        data: {quoteId: q.id, speaker: who}});
      container.appendChild(open);
    } else if (!q) open = null;
    const seg = el("span", {class: "seg", id: starts.has(a) ? `s-${a}` : null, data: {s: sentence}},
      text.slice(toU(a), toU(b)));
    (open || container).appendChild(seg);
  }
}
function targetSentence() {
  const found = /^#s-(\d+)$/.exec(location.hash);
  const segs = [...document.querySelectorAll("#article-text .seg")];
  segs.forEach((s) => s.classList.remove("target"));
  if (!found || !segs.length) return;
  const starts = [...new Set(segs.map((s) => Number(s.dataset.s)))].filter((s) => s <= Number(found[1]));
  const start = starts.length ? Math.max(...starts) : Number(segs[0].dataset.s);
  const hit = segs.filter((s) => Number(s.dataset.s) === start);
  hit.forEach((s) => s.classList.add("target")); if (hit.length) hit[0].scrollIntoView({block: "center"});
}
function renderAnalysis(a) {
  const art = a.article;
  $("analysis").hidden = false;
  $("article-title").textContent = art.title || "Untitled article";
  $("article-meta").textContent = [art.source, art.published, art.author, art.language && `language ${art.language}`]
    .filter(Boolean).join(" · ");
  $("article-notes").replaceChildren(...(a.notes || []).map((n) => el("li", {}, n)));
  renderText($("article-text"), art.text, a.sentences || [], a.quotes || []);
  const people = a.speakers || [];
  $("speakers").replaceChildren(...(people.length ? people.map((p) => {
    let next = 0;
    const jump = () => {
      const marks = [...document.querySelectorAll("#article-text mark.quote")].filter((mk) => mk.dataset.speaker === p.key);
      if (!marks.length) return;
      const mk = marks[next++ % marks.length];
      mk.scrollIntoView({block: "center", behavior: "smooth"});
      mk.classList.remove("flash"); void mk.offsetWidth; mk.classList.add("flash");
    };
    return el("li", {}, el("button", {type: "button", class: `speaker spk-${p.color % 8}`, on: {click: jump}},
      el("span", {class: "swatch"}), el("span", {class: "speaker-name"}, p.name + (p.note ? ` (${p.note})` : "")),
      el("span", {class: "count"}, `${p.quotes} quote${p.quotes === 1 ? "" : "s"}`),
      p.role ? el("span", {class: "role"}, p.role) : null));
  }) : [el("li", {class: "hint"}, "No attributed quotes found.")]));
  const claims = a.claims || [];
  $("claims").replaceChildren(...(claims.length ? claims.map((c) => el("li", {class: "claim"},
    el("div", {class: "claim-head"}, el("span", {class: "score"}, Number(c.score).toFixed(2)),
      el("span", {class: "tag"}, c.type), c.assertion !== "fact" ? el("span", {class: "tag"}, c.assertion) : null,
      c.claimant ? el("span", {class: "claimant"}, `— ${c.claimant}`) : null),
    el("p", {class: "claim-text"}, c.text),
    (c.quantities || []).length ? el("div", {class: "numbers"}, ...c.quantities.map((q) => el("span", {class: "number",
      title: [q.counted, q.time].filter(Boolean).join(", ")},
      q.text, q.value !== null && q.value !== undefined ? el("b", {}, ` = ${q.value}${q.unit ? " " + q.unit : ""}`) : null,
      q.qualifier && q.qualifier !== "exact" ? ` (${q.qualifier.replace(/_/g, " ")})` : null))) : null,
    el("div", {class: "claim-actions"},
      el("button", {type: "button", on: {click: () => { location.hash = `s-${c.start}`; targetSentence(); }}}, "Show"),
      el("button", {type: "button", on: {click: () => checkClaim(c.text)}}, "Check this claim"))))
    : [el("li", {class: "hint"}, "No check-worthy claims found.")]));
}
async function analyze(event) {
  event.preventDefault();
  await busy($("analyze-button"), async () => {
    const file = $("analyze-file").files[0], archived = $("analyze-archived").value;
    let result;
    if (file) {
      if (file.size > maxUpload()) throw new Error(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB, over the ${maxUploadMb()} MB upload limit.`);
      const form = new FormData(); form.append("file", file);
      result = await api("/api/analyze/upload", {method: "POST", body: form});
    } else if (archived) {
      result = {analyses: [await api(`/api/articles/${encodeURIComponent(archived)}`)], errors: []};
    } else {
      result = await api("/api/analyze", {json: {text: $("analyze-text").value, kind: $("analyze-kind").value}});
    }
    renderAnalysis(result.analyses[0]);
    const more = result.analyses.length - 1;
    if (more > 0 || result.errors.length) say([more > 0 ? `Showing the first of ${result.analyses.length} articles.` : "",
      ...result.errors].filter(Boolean).join(" "), "info");
  });
}

// -- Search ---------------------------------------------------------------------------------
function hitItem(h) {
  return el("li", {class: "hit"}, el("p", {class: "sentence"}, h.text),
    el("p", {class: "hint"}, el("a", {href: sentenceLink(h.article_id, h.start)}, h.title || h.article_id),
      [h.source, h.published].filter(Boolean).map((x) => ` · ${x}`).join(""), ` · score ${Number(h.score).toFixed(3)}`));
}
async function search(event) {
  event.preventDefault();
  await busy(event.submitter, async () => {
    const q = $("search-query").value.trim();
    if (!q) throw new Error("Type some words to search for.");
    const r = await api(`/api/search?q=${encodeURIComponent(q)}&mode=${encodeURIComponent($("search-mode").value)}`);
    $("search-results").replaceChildren(...(r.hits.length ? r.hits.map(hitItem) : [el("li", {class: "hint"}, "Nothing found.")]));
  });
}

// -- Check a claim ----------------------------------------------------------------------------
let lastClaim = null;
function renderVerdict(v) {
  $("verdict").hidden = false;
  $("verdict-claim").textContent = v.claim;
  const label = $("verdict-label");
  label.textContent = LABELS[v.label] || v.label; label.className = `badge label-${v.label}`;
  $("verdict-card").className = `card verdict-card verdict-${v.label}`;
  $("verdict-confidence").textContent = pct(v.confidence);
  $("verdict-meter").style.width = pct(v.confidence);
  $("verdict-rationale").textContent = v.rationale;
  $("verdict-numbers").textContent = (v.claim_quantities || []).length
    ? "Numbers in the claim: " + v.claim_quantities.map((q) => q.text).join("; ") : "";
  $("evidence").replaceChildren(...(v.evidence.length ? v.evidence.map((e) => {
    const original = safeUrl(e.url);
    return el("li", {class: `evidence-item edge-${e.stance}`},
      el("span", {class: `stance stance-${e.stance}`}, `${STANCES[e.stance] || e.stance} ${pct(e.probability)}`),
      el("p", {class: "sentence"}, e.sentence),
      el("p", {class: "hint"}, el("a", {href: sentenceLink(e.article_id, e.start)}, e.title || e.article_id),
        [e.source, e.published].filter(Boolean).map((x) => ` · ${x}`).join(""),
        e.speaker ? ` · said by ${e.speaker.name || e.speaker.mention}${e.speaker.role ? ", " + e.speaker.role : ""}` : "",
        original ? [" · ", el("a", {href: original, rel: "noopener noreferrer", target: "_blank"}, "original")] : null),
      ...(e.signals || []).map((s) => el("p", {class: "signal"}, s)));
  }) : [el("li", {class: "hint"}, "No evidence found in the archive.")]));
  const groups = [["supports", "Supports the claim"], ["refutes", "Disputes the claim"]].map(([stance, title]) => {
    const voices = v.voices.filter((x) => x.stance === stance);
    return voices.length ? el("div", {class: "voices"}, el("h3", {class: `stance-${stance}`}, title), el("ul", {}, ...voices.map((x) =>
      el("li", {}, el("strong", {}, x.speaker), x.role ? el("span", {class: "role"}, `, ${x.role}`) : null,
        el("q", {}, x.quote), el("a", {class: "hint", href: sentenceLink(x.article_id, x.start)}, x.title || "source"))))) : null;
  }).filter(Boolean);
  $("voices").replaceChildren(...(groups.length ? groups : [el("p", {class: "hint"}, "No named speaker in the archive takes a side.")]));
}
async function checkClaim(claim) {
  showPanel("check");
  $("check-claim").value = claim;
  await busy($("check-button"), async () => {
    if (!claim.trim()) throw new Error("Type a claim to check.");
    renderVerdict(await api("/api/check", {json: {claim}}));
    lastClaim = claim;
  });
}
async function exportVerdict(format, button) {
  await busy(button, async () => {
    const field = (id) => $(id).value.trim() || null;
    const blob = await api("/api/check/export", {raw: true, headers: {Accept: "*/*"}, json: {claim: lastClaim, format,
      url: field("cr-url"), author_name: field("cr-author"), item_author: field("cr-item-author"),
      appearance_url: field("cr-appearance"), item_date_published: field("cr-item-date")}});
    const link = el("a", {href: URL.createObjectURL(blob), download: `factcheck.${{claimreview: "jsonld", md: "md", html: "html"}[format]}`});
    document.body.appendChild(link); link.click(); link.remove();
  });
}

// -- Ingest, one file per request so the bar moves ----------------------------------------
async function ingest(event) {
  event.preventDefault();
  const files = [...$("ingest-files").files];
  if (!files.length) return say("Choose one or more files to ingest.");
  const bar = $("ingest-progress"), status = $("ingest-status"), log = $("ingest-log");
  bar.max = files.length; bar.value = 0; log.textContent = ""; say(""); $("ingest-progress-row").hidden = false;
  let stored = 0, failed = 0;
  for (const [i, file] of files.entries()) {
    status.textContent = `${i + 1} of ${files.length}: ${file.name}`;
    const form = new FormData(); form.append("files", file);
    try {
      if (file.size > maxUpload()) throw new Error(`${(file.size / 1e6).toFixed(1)} MB, over the ${maxUploadMb()} MB limit`);
      const r = await api("/api/ingest", {method: "POST", body: form});
      for (const res of r.results) {
        stored += res.stored; failed += res.errors.length ? 1 : 0;
        log.appendChild(el("li", {class: res.errors.length ? "failed" : "ok"}, el("strong", {}, res.file), ": ",
          `${res.stored} stored, ${res.duplicates} already archived`,
          ...res.articles.map((x) => [" · ", el("a", {href: `/articles/${encodeURIComponent(x.id)}`}, x.title || x.id)]),
          ...res.errors.map((e) => el("div", {class: "signal"}, e))));
      }
      $("archive-count").textContent = r.archive_count;
    } catch (e) {
      failed++; log.appendChild(el("li", {class: "failed"}, el("strong", {}, file.name), `: ${e.message}`));
    }
    bar.value = i + 1;
  }
  status.textContent = `Done: ${files.length} file(s), ${stored} new article(s), ${failed} with problems.`;
  loadArchive();
}

// -- Archive list -------------------------------------------------------------------------------
async function loadArchive() {
  try {
    const r = await api("/api/articles?limit=500");
    $("archive-count").textContent = r.total;
    $("archive-empty").hidden = r.total > 0;
    $("archive-rows").replaceChildren(...r.articles.map((a) => el("tr", {},
      el("td", {}, el("a", {href: `/articles/${encodeURIComponent(a.id)}`}, a.title || a.id)),
      el("td", {}, a.source || ""), el("td", {}, a.published || ""),
      el("td", {class: "num"}, a.quotes), el("td", {class: "num"}, a.claims))));
    const pick = $("analyze-archived"), keep = pick.value;
    pick.replaceChildren(el("option", {value: ""}, "—"),
      ...r.articles.map((a) => el("option", {value: a.id}, (a.title || a.id).slice(0, 80))));
    pick.value = keep;
  } catch (e) { say(e.message); }
}

document.addEventListener("DOMContentLoaded", async () => {
  document.querySelectorAll(".tab").forEach((t) => t.addEventListener("click", () => showPanel(t.dataset.panel)));
  $("analyze-form").addEventListener("submit", analyze);
  $("analyze-text").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) analyze(e); });
  $("search-form").addEventListener("submit", search);
  $("check-form").addEventListener("submit", (e) => { e.preventDefault(); checkClaim($("check-claim").value); });
  $("ingest-form").addEventListener("submit", ingest);
  $("analyze-again").addEventListener("click", () => { $("analyze-form").hidden = false; $("analyze-again").hidden = true; });
  document.querySelectorAll("[data-export]").forEach((b) => b.addEventListener("click", () => exportVerdict(b.dataset.export, b)));
  window.addEventListener("hashchange", targetSentence);
  await loadArchive();
  const id = document.body.dataset.articleId;
  if (id) {
    $("analyze-form").hidden = true;
    $("analyze-again").hidden = false;
    try { renderAnalysis(await api(`/api/articles/${encodeURIComponent(id)}`)); targetSentence(); } catch (e) { say(e.message); }
  } else if (location.pathname.startsWith("/articles/")) say("No such article in the archive.");
  document.body.dataset.ready = "1";
});
