// The newsflow status page: polls /status.json and redraws. Every value from the server, above all
// article titles, goes into the page as a text node (textContent), never as HTML.
"use strict";

const POLL_MILLIS = 2000;
let previous = null;

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text === undefined || text === null ? "" : String(text);
  if (className) {
    td.className = className;
  }
  return td;
}

function fillTable(id, rows) {
  const body = document.querySelector("#" + id + " tbody");
  body.replaceChildren(...rows.map(values => {
    const tr = document.createElement("tr");
    values.forEach(value => tr.appendChild(typeof value === "number" ? cell(value, "number") : cell(value)));
    return tr;
  }));
}

function sum(articles, filter) {
  return articles.filter(filter).reduce((total, a) => total + a.count, 0);
}

function stagesOf(articles) {
  return [...new Set(articles.map(a => a.stage))];
}

function throughputRows(report) {
  const seconds = previous ? (Date.parse(report.time) - Date.parse(previous.time)) / 1000 : 0;
  return stagesOf(report.articles).map(stage => {
    const out = sum(report.articles, a => a.stage === stage && a.outcome === "out");
    const before = previous ? sum(previous.articles, a => a.stage === stage && a.outcome === "out") : out;
    const rate = seconds > 0 ? ((out - before) / seconds).toFixed(1) : "–";
    return [stage, sum(report.articles, a => a.stage === stage && a.outcome === "in"), out,
      sum(report.articles, a => a.stage === stage && a.outcome === "dead_lettered"), rate];
  });
}

function sourceRows(report) {
  const rows = [];
  const keys = [...new Set(report.articles.map(a => a.source + "\u0000" + a.stage))].sort();
  keys.forEach(key => {
    const [source, stage] = key.split("\u0000");
    const count = outcome => sum(report.articles, a => a.source === source && a.stage === stage && a.outcome === outcome);
    rows.push([source, stage, count("in"), count("out"), count("dead_lettered")]);
  });
  return rows;
}

// Only web links become anchors: a javascript: or data: URL from an article must not be clickable.
function safeLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function latestItems(report) {
  return report.latest.map(article => {
    const li = document.createElement("li");
    const href = safeLink(article.url);
    const title = document.createElement(href ? "a" : "span");
    title.className = "article-title";
    title.textContent = article.title || article.url || article.id;
    if (href) {
      title.href = href;
      title.rel = "noopener noreferrer";
    }
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = [article.language, article.source, article.storedAt].filter(Boolean).join(" · ");
    li.append(title, meta);
    return li;
  });
}

function render(report) {
  document.getElementById("process").textContent = report.process;
  const ready = document.getElementById("ready");
  ready.textContent = report.ready ? "ready" : "not ready";
  ready.className = "badge " + (report.ready ? "ready" : "not-ready");
  document.getElementById("updated").textContent = "updated " + report.time;
  fillTable("throughput", throughputRows(report));
  fillTable("lag", (report.lag || []).map(l => [l.stage, l.group, l.topic, l.lag]));
  fillTable("languages", Object.entries(report.languages).map(([language, count]) => [language, count]));
  fillTable("sources", sourceRows(report));
  document.getElementById("latest").replaceChildren(...latestItems(report));
  fillTable("dead-letters", report.deadLetters.map(d => [d.stage, d.reason, d.count]));
  previous = report;
}

async function poll() {
  try {
    const response = await fetch("status.json", { cache: "no-store" });
    if (response.ok) {
      render(await response.json());
    }
  } catch (e) {
    const ready = document.getElementById("ready");
    ready.textContent = "unreachable";
    ready.className = "badge not-ready";
  }
  setTimeout(poll, POLL_MILLIS);
}

poll();
