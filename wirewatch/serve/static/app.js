// The live page of `wirewatch serve`: alerts as they arrive, the contact registry and
// the pipeline's health. No framework, no build step, nothing fetched from elsewhere.
// The stream is read with fetch() rather than EventSource so that an API token (given
// in the address as #token=...) can be sent as a header; reconnection follows the
// server's `retry:` and resumes with `Last-Event-ID`, as EventSource would.
"use strict";

const WATCH = "turkey-libya";
const token = new URLSearchParams(location.hash.slice(1)).get("token");
const authHeaders = token ? { Authorization: "Bearer " + token } : {};
const alertsById = new Map();
// When each alert reached the page (ms since the epoch), for the latency benchmark.
window.wirewatchShownAt = {};
let lastEventId = null;
let retryMs = 2000;

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) node.append(child ?? "");
  return node;
}

function when(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  return isNaN(date) ? iso : date.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

async function getJSON(path) {
  const response = await fetch(path, { headers: authHeaders, cache: "no-store" });
  if (!response.ok) throw new Error(path + ": HTTP " + response.status);
  return response.json();
}

function participantsText(participants) {
  return (participants || []).map((p) => `${p.name} (${p.country})`).join(" — ");
}

function renderAlert(alert) {
  const sentence = alert.evidence ? alert.evidence.sentence : "";
  const arabic = ARABIC.test(sentence);
  const link = alert.url || "/api/articles/" + encodeURIComponent(alert.article_id);
  return el(
    "li",
    {
      class: "alert",
      "data-alert-id": alert.alert_id,
      "data-pair-key": alert.pair_key,
      "data-reason": alert.reason,
    },
    el(
      "div",
      { class: "head" },
      el("span", { class: "badge" }, alert.reason),
      el("span", { class: "participants", dir: "auto" }, participantsText(alert.participants)),
    ),
    el(
      "div",
      { class: "meta" },
      `${alert.kind}`,
      alert.location ? el("span", { dir: "auto" }, ` · ${alert.location.name}`) : "",
      ` · ${when(alert.occurred_at || alert.raised_at)}`,
      " · ",
      el("a", { href: link, target: "_blank", rel: "noopener", dir: "auto" }, alert.title || alert.source),
    ),
    el("blockquote", { class: "evidence", dir: arabic ? "rtl" : "auto", lang: arabic ? "ar" : null }, sentence),
  );
}

function showAlerts() {
  const sorted = [...alertsById.values()].sort((a, b) => (a.raised_at < b.raised_at ? 1 : -1));
  document.getElementById("alerts").replaceChildren(...sorted.map(renderAlert));
  document.getElementById("alerts-empty").hidden = sorted.length > 0;
}

function addAlerts(alerts, live) {
  let added = false;
  for (const alert of alerts) {
    if (alert.watch !== WATCH || alertsById.has(alert.alert_id)) continue;
    alertsById.set(alert.alert_id, alert);
    added = true;
  }
  if (!added) return;
  showAlerts();
  const now = Date.now();
  for (const alert of alerts) {
    if (!(alert.alert_id in window.wirewatchShownAt)) window.wirewatchShownAt[alert.alert_id] = now;
    if (live) document.querySelector(`[data-alert-id="${CSS.escape(alert.alert_id)}"]`)?.classList.add("fresh");
  }
}

async function loadAlerts() {
  addAlerts((await getJSON(`/api/alerts?watch=${WATCH}&limit=200`)).alerts, false);
}

async function loadContacts() {
  const rows = (await getJSON(`/api/contacts?watch=${WATCH}`)).contacts;
  rows.sort((a, b) => (a.last_seen < b.last_seen ? 1 : -1));
  document.querySelector("#contacts tbody").replaceChildren(
    ...rows.map((row) =>
      el(
        "tr",
        { "data-pair-key": row.pair_key },
        el("td", { dir: "auto" }, participantsText(row.participants) || row.pair_key),
        el("td", {}, when(row.first_seen)),
        el("td", {}, when(row.last_seen)),
        el("td", {}, String(row.count)),
        el("td", {}, (row.sources || []).join(", ")),
      ),
    ),
  );
}

let contactsTimer = null;
function refreshContactsSoon() {
  // A burst of contact events makes one request, not one each.
  if (contactsTimer === null) {
    contactsTimer = setTimeout(() => {
      contactsTimer = null;
      loadContacts().catch(console.error);
    }, 300);
  }
}

async function loadHealth() {
  const health = await getJSON("/api/health");
  const summary = document.getElementById("health-summary");
  summary.textContent = health.live_view ? "Live view serving." : "Live view catching up…";
  summary.className = health.live_view ? "ok" : "bad";
  document.querySelector("#health-topics tbody").replaceChildren(
    ...Object.entries(health.topics).map(([topic, t]) =>
      el("tr", {}, el("td", {}, topic), el("td", {}, String(t.records)), el("td", {}, when(t.last_record_at)), el("td", {}, String(t.behind))),
    ),
  );
  document.getElementById("health-workers").replaceChildren(
    ...health.workers.map((w) =>
      el("li", { class: w.ok ? "ok" : "bad" }, `worker ${w.url}: ${w.ok ? "healthy" : w.error || "HTTP " + w.status}`),
    ),
  );
}

function setStreamState(state, text) {
  const status = document.getElementById("stream-status");
  status.dataset.state = state;
  status.textContent = text;
}

function dispatch(event, data) {
  if (event === "alert") {
    addAlerts([JSON.parse(data)], true);
    refreshContactsSoon();
  } else if (event === "contact") {
    refreshContactsSoon();
  } else if (event === "gap") {
    // Events we missed are gone from the server's window: reload the views whole.
    loadAlerts().catch(console.error);
    loadContacts().catch(console.error);
  }
}

function handleBlock(block) {
  let event = "message";
  let id = null;
  const data = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
    else if (field === "id") id = value;
    else if (field === "retry" && /^\d+$/.test(value)) retryMs = Number(value);
  }
  if (id !== null) lastEventId = id;
  if (data.length) dispatch(event, data.join("\n"));
}

async function readStream() {
  const headers = { ...authHeaders, Accept: "text/event-stream" };
  if (lastEventId !== null) headers["Last-Event-ID"] = lastEventId;
  const response = await fetch("/api/stream?kinds=alert,contact", { headers, cache: "no-store" });
  if (!response.ok) throw new Error("stream: HTTP " + response.status);
  setStreamState("live", "live");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let match;
    while ((match = /\r\n\r\n|\n\n|\r\r/.exec(buffer)) !== null) {
      handleBlock(buffer.slice(0, match.index));
      buffer = buffer.slice(match.index + match[0].length);
    }
  }
}

async function followStream() {
  for (;;) {
    try {
      await readStream();
    } catch (error) {
      console.warn(error);
    }
    setStreamState("reconnecting", `reconnecting in ${retryMs / 1000} s…`);
    await new Promise((resolve) => setTimeout(resolve, retryMs));
  }
}

// The stream first, then what came before it: an alert raised in between arrives by
// one or the other, and is shown once (alerts are keyed by id).
followStream();
loadAlerts().catch(console.error);
loadContacts().catch(console.error);
loadHealth().catch(console.error);
setInterval(() => loadHealth().catch(console.error), 5000);
