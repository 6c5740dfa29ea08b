// parley pages: evidence panel for matrix cells and small SVG charts drawn from the JSON API.
// Data from the API is untrusted text: it is only ever inserted with textContent / attributes.
"use strict";
(function () {
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) { throw new Error("HTTP " + r.status); }
        return r.json();
      });
  }

  // ---- evidence panel (overview) ------------------------------------------------------------
  function evidenceItem(e) {
    var li = el("li", { "class": "evidence-item s-" + e.stance });
    li.appendChild(el("blockquote", null, e.sentence));
    var meta = el("p", { "class": "meta" });
    meta.appendChild(el("span", { "class": "badge s-" + e.stance }, e.stance));
    meta.appendChild(document.createTextNode(" "));
    meta.appendChild(el("span", { "class": "modality" }, e.modality));
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(el("span", { "class": "outlet" }, e.outlet || "unknown outlet"));
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(el("time", null, e.date || "undated"));
    meta.appendChild(document.createTextNode(" · "));
    var link = el("a", { href: "/articles/" + encodeURIComponent(e.article_id) + "#p-" + encodeURIComponent(e.position_id), "class": "evidence-link" },
      e.title || ("article " + e.article_id));
    meta.appendChild(link);
    li.appendChild(meta);
    return li;
  }

  function initEvidencePanel() {
    var panel = document.getElementById("evidence");
    if (!panel) { return; }
    var title = panel.querySelector("#evidence-title");
    var status = panel.querySelector(".evidence-status");
    var list = panel.querySelector(".evidence-list");
    var filterQuery = panel.getAttribute("data-filter-query") || "";
    var more = panel.querySelector(".more-evidence");
    var current = null;
    var PAGE = 20;
    var next = null;
    var generation = 0;  // a newer cell click makes older responses stale

    function loadPage(base, offset, focusTitle) {
      var mine = generation;
      status.textContent = "Loading…";
      more.hidden = true;
      getJSON(base + "&offset=" + offset).then(function (items) {
        if (mine !== generation) { return; }
        items.forEach(function (e) { list.appendChild(evidenceItem(e)); });
        var shown = list.children.length;
        status.textContent = shown + " sentence" + (shown === 1 ? "" : "s") + ", strongest first.";
        next = items.length === PAGE ? function () { loadPage(base, offset + PAGE, false); } : null;
        more.hidden = next === null;
        if (focusTitle) { title.focus(); }
      }).catch(function (err) {
        if (mine === generation) {
          status.textContent = "Could not load the evidence (" + err.message + ").";
        }
      });
    }

    more.addEventListener("click", function () { if (next) { next(); } });

    function close() {
      panel.hidden = true;
      if (current) { current.setAttribute("aria-pressed", "false"); current.focus(); }
      current = null;
    }

    panel.querySelector(".close-evidence").addEventListener("click", close);
    panel.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { close(); } });

    document.querySelectorAll("a.cell-link").forEach(function (cell) {
      cell.setAttribute("role", "button");
      cell.setAttribute("aria-pressed", "false");
      cell.setAttribute("aria-controls", "evidence");
      cell.addEventListener("keydown", function (ev) {
        if (ev.key === " ") { ev.preventDefault(); cell.click(); }
      });
      cell.addEventListener("click", function (ev) {
        ev.preventDefault();
        generation += 1;
        if (current) { current.setAttribute("aria-pressed", "false"); }
        current = cell;
        cell.setAttribute("aria-pressed", "true");
        var actor = cell.getAttribute("data-actor");
        var issue = cell.getAttribute("data-issue");
        title.textContent = "Evidence: " + (cell.getAttribute("data-label") || (actor + " on " + issue));
        while (list.firstChild) { list.removeChild(list.firstChild); }
        panel.hidden = false;
        var base = "/api/v1/matrix/" + encodeURIComponent(actor) + "/" + encodeURIComponent(issue) +
          "/evidence?limit=" + PAGE + (filterQuery ? "&" + filterQuery : "");
        loadPage(base, 0, true);
      });
    });
  }

  // ---- timeline chart -----------------------------------------------------------------------
  function drawTimeline(fig, data) {
    var points = data.points || [];
    var counts = {};
    (data.event_counts || []).forEach(function (c) { counts[c.period] = (counts[c.period] || 0) + c.count; });
    var periods = {};
    points.forEach(function (p) {
      var slot = periods[p.period] || (periods[p.period] = { support: 0, oppose: 0 });
      slot.support += p.support; slot.oppose += p.oppose;
    });
    Object.keys(counts).forEach(function (k) { if (!periods[k]) { periods[k] = { support: 0, oppose: 0 }; } });
    var keys = Object.keys(periods).sort();
    if (!keys.length) { fig.appendChild(el("p", { "class": "empty-state" }, "No dated statements yet.")); return; }
    var max = 1;
    keys.forEach(function (k) { max = Math.max(max, periods[k].support, periods[k].oppose); });
    var bw = 18, gap = 6, h = 120, left = 36, top = 16;
    var width = left + keys.length * (bw + gap) + 10, height = top + 2 * h + 40;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
      "aria-label": "Support (up) and opposition (down) statements per " + (data.bucket || "period") });
    var mid = top + h;
    root.appendChild(svg("line", { x1: left, x2: width, y1: mid, y2: mid, "class": "axis" }));
    root.appendChild(svg("text", { x: 2, y: top + 10 }, String(max)));
    root.appendChild(svg("text", { x: 2, y: mid + h }, "-" + String(max)));
    keys.forEach(function (k, i) {
      var x = left + i * (bw + gap);
      var s = periods[k].support, o = periods[k].oppose;
      var hs = Math.round(h * s / max), ho = Math.round(h * o / max);
      var up = svg("rect", { x: x, y: mid - hs, width: bw, height: hs, "class": "bar-support" });
      up.appendChild(svg("title", {}, k + ": " + s + " support"));
      root.appendChild(up);
      var down = svg("rect", { x: x, y: mid, width: bw, height: ho, "class": "bar-oppose" });
      down.appendChild(svg("title", {}, k + ": " + o + " oppose"));
      root.appendChild(down);
      if (counts[k]) {
        var dot = svg("circle", { cx: x + bw / 2, cy: top / 2, r: Math.min(7, 2 + counts[k]), "class": "event-dot" });
        dot.appendChild(svg("title", {}, k + ": " + counts[k] + " events"));
        root.appendChild(dot);
      }
      if (i % Math.max(1, Math.ceil(keys.length / 6)) === 0) {
        root.appendChild(svg("text", { x: x, y: height - 6 }, k));
      }
    });
    fig.insertBefore(root, fig.firstChild);
  }

  // ---- sources chart: positions per outlet, anonymous share darker ------------------------
  function drawSources(fig, data) {
    var profiles = (data.profiles || []).slice(0, 30);
    if (!profiles.length) { return; }
    var max = 1;
    profiles.forEach(function (p) { max = Math.max(max, p.positions); });
    var longest = 0;
    profiles.forEach(function (p) { longest = Math.max(longest, String(p.outlet).length); });
    var row = 22, left = Math.min(260, 14 + longest * 6.5), w = 420, top = 4;
    var height = top + profiles.length * row + 4, width = left + w + 60;
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
      "aria-label": "Positions per outlet, anonymous-source share darker" });
    profiles.forEach(function (p, i) {
      var y = top + i * row;
      var full = Math.round(w * p.positions / max);
      var anon = Math.round(w * p.anonymous_positions / max);
      root.appendChild(svg("text", { x: left - 6, y: y + 14, "text-anchor": "end" }, p.outlet));
      var bar = svg("rect", { x: left, y: y + 3, width: full, height: row - 6, "class": "bar-support" });
      bar.appendChild(svg("title", {}, p.outlet + ": " + p.positions + " positions"));
      root.appendChild(bar);
      var a = svg("rect", { x: left, y: y + 3, width: anon, height: row - 6, "class": "bar-oppose" });
      a.appendChild(svg("title", {}, p.outlet + ": " + p.anonymous_positions + " from anonymous sources"));
      root.appendChild(a);
      root.appendChild(svg("text", { x: left + full + 4, y: y + 14 }, String(p.positions)));
    });
    fig.insertBefore(root, fig.firstChild);
  }

  function initCharts() {
    var src = document.getElementById("sources-chart");
    if (src) {
      getJSON(src.getAttribute("data-src")).then(function (d) { drawSources(src, d); })
        .catch(function (err) { src.appendChild(el("p", null, "Chart unavailable (" + err.message + ").")); });
    }
    document.querySelectorAll("figure[data-chart='timeline']").forEach(function (fig) {
      getJSON(fig.getAttribute("data-src")).then(function (d) { drawTimeline(fig, d); })
        .catch(function (err) { fig.appendChild(el("p", null, "Chart unavailable (" + err.message + ").")); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initEvidencePanel();
    initCharts();
  });
})();
