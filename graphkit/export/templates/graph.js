/* graphkit page script. Every text from the data is set with textContent or
   drawn on the canvas; no HTML is ever parsed from the data. */
(function () {
  "use strict";

  var doc = document;
  var $ = function (id) { return doc.getElementById(id); };
  var loading = $("gk-loading");

  function markReady() {
    if (doc.body.dataset.ready === "1") { return; }
    if (loading) { loading.hidden = true; }
    doc.body.dataset.ready = "1";
  }

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function fmt(n) { return Number(n).toLocaleString("en-US"); }

  // Days are whole numbers (days since 1970-01-01, UTC); 1970-01-01 was a Thursday.
  var DAY_MS = 86400000;
  function dayNumber(iso) {
    var p = iso.split("-");
    return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY_MS);
  }
  function dayLabel(n) {
    return new Date(n * DAY_MS).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }
  function isoDay(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }
  function monday(n) { return n - ((n + 3) % 7); }

  var data;
  try {
    data = JSON.parse($("graph-data").textContent);
  } catch (err) {
    if (loading) { loading.textContent = "The graph data could not be read."; }
    throw err;
  }
  if (typeof vis === "undefined") {
    if (loading) { loading.textContent = "The drawing library did not load."; }
    return;
  }

  var STYLE = data.style;
  var fixed = data.layout === "fixed";
  var big = data.edges.length > 1500;
  var SPRING = 170;
  var DIM_NODE = { background: "#eef0f3", border: "#dde1e6" };
  var DIM_EDGE = "rgba(200,206,214,0.35)";
  var DIM_FONT = "rgba(160,170,180,0.45)";

  var nodeById = {};
  var edgeById = {};
  var edgesOf = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; edgesOf[n.id] = []; });
  data.edges.forEach(function (e) {
    e.days = e.dates.map(dayNumber);
    edgeById[e.id] = e;
    edgesOf[e.from].push(e.id);
    if (e.to !== e.from) { edgesOf[e.to].push(e.id); }
  });

  // ------------------------------------------------------------------ looks
  function nodeLook(n) {
    var s = STYLE.node[n.type] || STYLE.node.other;
    return {
      color: {
        background: s.color, border: n.change ? STYLE.change : s.border,
        highlight: { background: s.color, border: "#111827" },
        hover: { background: s.color, border: "#111827" }
      },
      font: { color: "#1f2a37", size: 14, face: "system-ui, sans-serif", strokeWidth: 4, strokeColor: "#ffffff" }
    };
  }

  function edgeLook(e) {
    var s = STYLE.edge[e.cls] || STYLE.edge.neutral;
    return {
      color: { color: s.color, highlight: s.color, hover: s.color, inherit: false, opacity: 1 },
      font: { color: "#475467", size: 12, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" }
    };
  }

  function visNode(n) {
    var look = nodeLook(n);
    var s = STYLE.node[n.type] || STYLE.node.other;
    var v = {
      id: n.id, label: n.label, shape: s.shape, size: n.size,
      color: look.color, font: look.font, borderWidth: 1.5, borderWidthSelected: 3, hidden: false
    };
    if (fixed) { v.x = n.x; v.y = n.y; }
    // what a diff marked as changed stands out
    if (n.change) { v.borderWidth = 4; v.shadow = { enabled: true, color: STYLE.change, size: 14, x: 0, y: 0 }; }
    return v;
  }

  function visEdge(e) {
    var look = edgeLook(e);
    var s = STYLE.edge[e.cls] || STYLE.edge.neutral;
    var v = {
      id: e.id, from: e.from, to: e.to, label: e.label, width: e.width,
      color: look.color, font: look.font, hidden: false,
      dashes: e.cls === "affiliation" ? s.dashes : (e.dashed ? STYLE.uncertain_dashes : false)
    };
    if (e.curve) {
      v.smooth = { enabled: true, type: e.curve.type, roundness: e.curve.roundness };
    }
    if (e.change) { v.width = e.width + 1.5; v.shadow = { enabled: true, color: STYLE.change, size: 10, x: 0, y: 0 }; }
    // only one relation per pair of actors pulls them together
    // and a pair with many relations is kept further apart, to fan them out
    if (!e.spring) { v.physics = false; } else if (e.parallel > 1) { v.length = Math.round(SPRING * Math.min(2.6, 1 + 0.25 * (e.parallel - 1))); }
    return v;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));

  var physicsOptions = fixed ? {
    enabled: false,
    solver: "barnesHut",
    barnesHut: { gravitationalConstant: -6000, springLength: 120, springConstant: 0.02, damping: 0.4, avoidOverlap: 0.1 },
    stabilization: { enabled: false }
  } : {
    enabled: true,
    solver: "forceAtlas2Based",
    forceAtlas2Based: { gravitationalConstant: -90, centralGravity: 0.012, springLength: SPRING, springConstant: 0.045, damping: 0.5, avoidOverlap: 0.6 },
    maxVelocity: 60,
    minVelocity: 0.9,
    timestep: 0.45,
    stabilization: { enabled: true, iterations: 600, updateInterval: 40, fit: true }
  };

  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: !fixed && data.nodes.length <= 120 },
    physics: physicsOptions,
    interaction: {
      hover: true, hoverConnectedEdges: !big, tooltipDelay: 300, multiselect: false, keyboard: false,
      hideEdgesOnDrag: big, hideEdgesOnZoom: big, navigationButtons: false
    },
    nodes: { scaling: { label: { drawThreshold: 6 } }, chosen: true },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55, type: "arrow" } },
      smooth: fixed ? false : { enabled: true, type: "continuous", roundness: 0.3 },
      selectionWidth: 1.5, hoverWidth: 1, arrowStrikethrough: false,
      scaling: { label: { drawThreshold: 7 } }
    }
  };

  var network = new vis.Network($("gk-network"), { nodes: nodes, edges: edges }, options);

  var physicsBox = $("gk-physics");
  physicsBox.checked = !fixed;

  if (fixed || data.nodes.length === 0) {
    physicsBox.checked = false;
    network.fit({ animation: false });
    network.once("afterDrawing", markReady);
    // an empty or hidden canvas may never draw
    setTimeout(markReady, 1500);
  } else {
    network.on("stabilizationProgress", function (p) {
      if (loading) { loading.textContent = "Laying out the graph\u2026 " + Math.round(100 * p.iterations / p.total) + "%"; }
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      physicsBox.checked = false;
      network.fit({ animation: false });
      markReady();
    });
  }

  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
    if (physicsBox.checked) { network.startSimulation(); } else { network.stopSimulation(); }
  });
  $("gk-fit").addEventListener("click", function () { network.fit({ animation: { duration: 400 } }); });
  var edgeLabelBox = $("gk-edge-labels");
  edgeLabelBox.addEventListener("change", function () {
    var on = edgeLabelBox.checked;
    edges.update(data.edges.map(function (e) { return { id: e.id, label: on ? e.label : " " }; }));
  });

  // ------------------------------------------------------------------ filters
  var typeOn = {};
  var clsOn = {};
  var filterBoxes = Array.prototype.slice.call(doc.querySelectorAll("input[data-filter]"));
  filterBoxes.forEach(function (box) {
    (box.dataset.filter === "type" ? typeOn : clsOn)[box.value] = box.checked;
    box.addEventListener("change", function () {
      (box.dataset.filter === "type" ? typeOn : clsOn)[box.value] = box.checked;
      applyFilters();
    });
  });
  var nodeHidden = {};
  var edgeHidden = {};

  function applyFilters() {
    var nodeChanges = [];
    var edgeChanges = [];
    data.nodes.forEach(function (n) {
      var h = typeOn[n.type] === false;
      if (!!nodeHidden[n.id] !== h) { nodeChanges.push({ id: n.id, hidden: h }); }
      nodeHidden[n.id] = h;
    });
    data.edges.forEach(function (e) {
      var h = clsOn[e.cls] === false || nodeHidden[e.from] || nodeHidden[e.to] || !inPeriod(e);
      if (!!edgeHidden[e.id] !== h) { edgeChanges.push({ id: e.id, hidden: h }); }
      edgeHidden[e.id] = h;
    });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    updateStats();
  }

  var stats = $("gk-stats");
  var baseStats = stats.textContent;
  function updateStats() {
    var vn = visibleNodeIds().length;
    var ve = visibleEdgeIds().length;
    if (vn === data.nodes.length && ve === data.edges.length) {
      stats.textContent = baseStats;
    } else {
      stats.textContent = fmt(vn) + " of " + fmt(data.nodes.length) + " actors \u00b7 " +
        fmt(ve) + " of " + fmt(data.edges.length) + " relations visible";
    }
    describePeriod();
  }

  // ------------------------------------------------------------------ period
  var time = data.time;
  var t0 = time ? dayNumber(time.first) : 0;
  var t1 = time ? dayNumber(time.last) : 0;
  var period = null;  // null: every date; else [first day, last day]
  var fromBox = $("gk-from");
  var toBox = $("gk-to");
  var periodText = $("gk-period");
  var playButton = $("gk-play");
  var playTimer = null;
  var actionCount = data.edges.filter(function (e) { return e.kind === "action"; }).length;

  // An action is drawn while one of its reports is in the period; an undated one only with every date.
  function inPeriod(e) {
    if (period === null || e.kind !== "action") { return true; }
    for (var i = 0; i < e.days.length; i++) {
      if (e.days[i] >= period[0] && e.days[i] <= period[1]) { return true; }
    }
    return false;
  }

  function describePeriod() {
    if (!periodText) { return; }
    var a = period ? period[0] : t0;
    var b = period ? period[1] : t1;
    var shown = visibleEdgeIds().filter(function (id) { return edgeById[id].kind === "action"; }).length;
    periodText.textContent = (period ? "Period: " : "All dates: ") + dayLabel(a) + " \u2013 " + dayLabel(b) +
      " \u00b7 " + fmt(shown) + " of " + fmt(actionCount) + " actions";
    doc.body.dataset.period = period ? isoDay(a) + "/" + isoDay(b) : "all";
  }

  function setPeriod(a, b) {
    if (!time) { return; }
    a = Math.max(t0, Math.min(a, t1));
    b = Math.max(a, Math.min(b, t1));
    if (fromBox) { fromBox.value = String(a - t0); toBox.value = String(b - t0); }
    period = a <= t0 && b >= t1 ? null : [a, b];
    applyFilters();
  }

  function stopPlay() {
    if (playTimer !== null) { clearInterval(playTimer); playTimer = null; }
    if (playButton) { playButton.textContent = "\u25b6 Play"; }
    delete doc.body.dataset.playing;
  }

  // Play: a window as wide as the period (a week when every date is shown) steps week by week.
  function play() {
    if (playTimer !== null) { stopPlay(); return; }
    var width = period ? period[1] - period[0] : 6;
    var start = monday(t0);
    playButton.textContent = "\u275a\u275a Pause";
    doc.body.dataset.playing = "1";
    function step() {
      if (start > t1) { stopPlay(); return; }
      setPeriod(Math.max(start, t0), start + width);
      start += 7;
    }
    step();
    playTimer = setInterval(step, 900);
  }

  if (time && fromBox && toBox) {
    fromBox.max = toBox.max = String(t1 - t0);
    toBox.value = String(t1 - t0);
    var slide = function (moved) {
      stopPlay();
      var a = +fromBox.value;
      var b = +toBox.value;
      if (a > b) { if (moved === fromBox) { b = a; } else { a = b; } }
      setPeriod(t0 + a, t0 + b);
    };
    fromBox.addEventListener("input", function () { slide(fromBox); });
    toBox.addEventListener("input", function () { slide(toBox); });
    playButton.addEventListener("click", play);
    $("gk-all-dates").addEventListener("click", function () { stopPlay(); setPeriod(t0, t1); });
    describePeriod();
  }

  function visibleNodeIds() {
    return nodes.getIds({ filter: function (n) { return !n.hidden; } });
  }
  function visibleEdgeIds() {
    return edges.getIds({ filter: function (e) { return !e.hidden; } });
  }

  // ------------------------------------------------------------------ highlight
  var highlighted = null;  // array of node ids kept bright, or null

  function highlight(id) {
    var keepNodes = {};
    var keepEdges = {};
    keepNodes[id] = true;
    (edgesOf[id] || []).forEach(function (eid) {
      var e = edgeById[eid];
      keepEdges[eid] = true;
      keepNodes[e.from] = true;
      keepNodes[e.to] = true;
    });
    nodes.update(data.nodes.map(function (n) {
      if (keepNodes[n.id]) { return { id: n.id, color: nodeLook(n).color, font: nodeLook(n).font }; }
      return { id: n.id, color: DIM_NODE, font: { color: DIM_FONT, strokeWidth: 0 } };
    }));
    edges.update(data.edges.map(function (e) {
      if (keepEdges[e.id]) { return { id: e.id, color: edgeLook(e).color, font: edgeLook(e).font }; }
      return { id: e.id, color: { color: DIM_EDGE, highlight: DIM_EDGE, hover: DIM_EDGE, inherit: false }, font: { color: "rgba(0,0,0,0)", strokeWidth: 0 } };
    }));
    highlighted = Object.keys(keepNodes).map(Number).sort(function (a, b) { return a - b; });
    doc.body.dataset.highlight = String(id);
  }

  function clearHighlight() {
    if (highlighted === null) { return; }
    nodes.update(data.nodes.map(function (n) { var l = nodeLook(n); return { id: n.id, color: l.color, font: l.font }; }));
    edges.update(data.edges.map(function (e) { var l = edgeLook(e); return { id: e.id, color: l.color, font: l.font }; }));
    highlighted = null;
    delete doc.body.dataset.highlight;
  }

  // ------------------------------------------------------------------ details panel
  var details = $("gk-details");
  var pinned = null;  // {kind: "node"|"edge", id}

  function clearPanel() {
    while (details.firstChild) { details.removeChild(details.firstChild); }
  }

  // The details panel, emptied and titled for one node or edge (its kind and id kept for the tests).
  function openPanel(kind, id, title) {
    clearPanel();
    details.dataset.kind = kind;
    details.dataset.id = String(id);
    details.appendChild(el("h3", null, title));
  }

  function hint() {
    clearPanel();
    details.appendChild(el("p", "gk-hint", "Hover over or click an actor or a relation to see its details and evidence."));
    delete details.dataset.kind;
    delete details.dataset.id;
  }

  function addRow(dl, term, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) { return; }
    dl.appendChild(el("dt", null, term));
    dl.appendChild(el("dd", null, Array.isArray(value) ? value.join(", ") : value));
  }

  function badge(text, color, light) {
    var b = el("span", "gk-badge" + (light ? " gk-light" : ""), text);
    if (color) { b.style.background = color; }
    return b;
  }

  function docList(docs) {
    var ul = el("ul", "gk-docs");
    docs.slice(0, 100).forEach(function (d) { ul.appendChild(el("li", null, d)); });
    if (docs.length > 100) { ul.appendChild(el("li", "gk-more", "\u2026 and " + fmt(docs.length - 100) + " more")); }
    return ul;
  }

  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return; }
    var s = STYLE.node[n.type] || STYLE.node.other;
    openPanel("node", id, n.name);
    details.appendChild(badge(s.name, s.color));
    n.roles.forEach(function (r) { details.appendChild(badge(r, null, true)); });
    var dl = el("dl");
    addRow(dl, "Type", n.type);
    addRow(dl, "Role", n.roles);
    addRow(dl, "Aliases", n.aliases);
    addRow(dl, "Mentions", fmt(n.mentions));
    addRow(dl, "ISO 3166", n.iso3);
    if (n.key !== n.name) { addRow(dl, "Id", n.key); }
    var rels = edgesOf[id] || [];
    addRow(dl, "Relations", fmt(rels.length));
    details.appendChild(dl);
    if (n.docs.length) {
      details.appendChild(el("h4", null, "Documents (" + n.docs.length + ")"));
      details.appendChild(docList(n.docs));
    }
    if (rels.length) {
      details.appendChild(el("h4", null, "Relations"));
      var ul = el("ul", "gk-rels");
      rels.slice(0, 60).forEach(function (eid) {
        var e = edgeById[eid];
        var li = el("li");
        var b = el("button");
        b.type = "button";
        var mark = el("span", "gk-rel-mark");
        mark.style.background = (STYLE.edge[e.cls] || STYLE.edge.neutral).color;
        b.appendChild(mark);
        var other = e.from === id ? nodeById[e.to] : nodeById[e.from];
        var text = e.from === id ? "\u2192 " + other.name + ": " + e.label : "\u2190 " + other.name + ": " + e.label;
        if (e.from === e.to) { text = "\u21ba itself: " + e.label; }
        b.appendChild(doc.createTextNode(text));
        b.addEventListener("click", function () { pin("edge", eid); network.selectEdges([eid]); });
        li.appendChild(b);
        ul.appendChild(li);
      });
      details.appendChild(ul);
      if (rels.length > 60) { details.appendChild(el("p", "gk-more", "\u2026 and " + fmt(rels.length - 60) + " more")); }
    }
  }

  function showEdge(id) {
    var e = edgeById[id];
    if (!e) { return; }
    var s = STYLE.edge[e.cls] || STYLE.edge.neutral;
    openPanel("edge", id, nodeById[e.from].name + " \u2192 " + nodeById[e.to].name);
    details.appendChild(badge(s.name, s.color));
    if (e.negated) { details.appendChild(badge("negated", null, true)); }
    if (e.modality && e.modality !== "asserted") { details.appendChild(badge(e.modality, null, true)); }
    var dl = el("dl");
    addRow(dl, e.kind === "affiliation" ? "Role" : "Action", e.action);
    addRow(dl, "Kind", e.kind);
    addRow(dl, "Category", e.category);
    addRow(dl, "Class", e.quad);
    if (e.kind === "action") { addRow(dl, "Negated", e.negated ? "yes" : "no"); }
    addRow(dl, "Modality", e.modality);
    addRow(dl, "Weight", fmt(e.weight));
    if (e.reports) { addRow(dl, "Reports", fmt(e.reports)); }
    if (e.kind === "action" && e.documents) { addRow(dl, "Documents", fmt(e.documents)); }
    if (e.days.length) {
      var a = e.days[0];
      var b = e.days[e.days.length - 1];
      addRow(dl, "Dates", a === b ? dayLabel(a) : dayLabel(a) + " \u2013 " + dayLabel(b));
    }
    if (e.change) { addRow(dl, "Change", e.change.replace(/-/g, " ")); }
    details.appendChild(dl);
    if (time && e.kind === "action") { details.appendChild(pairChart(e.from, e.to)); }
    if (e.evidence.length) {
      details.appendChild(el("h4", null, "Evidence (" + e.evidence.length + ")"));
      var ol = el("ol", "gk-evidence");
      e.evidence.forEach(function (pair) {
        var li = el("li", null, pair[0]);
        if (pair[1]) { li.appendChild(el("span", "gk-doc", pair[1])); }
        ol.appendChild(li);
      });
      details.appendChild(ol);
    }
    var paired = e.evidence.length && e.evidence.every(function (p) { return p[1]; });
    if (e.docs.length && !paired) {
      details.appendChild(el("h4", null, "Documents (" + e.docs.length + ")"));
      details.appendChild(docList(e.docs));
    }
  }

  // ------------------------------------------------------------------ actions of a pair in time
  var SVG_NS = "http://www.w3.org/2000/svg";
  var CHART_ORDER = ["material-conflict", "verbal-conflict", "neutral", "verbal-cooperation", "material-cooperation"];

  function svg(tag, attrs) {
    var e = doc.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  // Bins of the whole graph's time span: weeks (from Monday), or months or years over long spans.
  function timeBins() {
    var d0 = new Date(t0 * DAY_MS);
    var d1 = new Date(t1 * DAY_MS);
    var weeks = (monday(t1) - monday(t0)) / 7 + 1;
    var months = (d1.getUTCFullYear() - d0.getUTCFullYear()) * 12 + d1.getUTCMonth() - d0.getUTCMonth() + 1;
    var unit = weeks <= 60 ? "week" : (months <= 60 ? "month" : "year");
    var keyOf = function (n) {
      var d = new Date(n * DAY_MS);
      if (unit === "week") { return monday(n); }
      return unit === "month" ? d.getUTCFullYear() * 12 + d.getUTCMonth() : d.getUTCFullYear();
    };
    var keys = [];
    for (var k = keyOf(t0); k <= keyOf(t1); k += unit === "week" ? 7 : 1) { keys.push(k); }
    var name = function (k) {
      if (unit === "week") { return "week of " + dayLabel(k); }
      if (unit === "month") {
        return new Date(Date.UTC(Math.floor(k / 12), k % 12, 1)).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
      }
      return String(k);
    };
    return { unit: unit, keys: keys, keyOf: keyOf, name: name };
  }

  function pairChart(a, b) {
    var bins = timeBins();
    var counts = {};
    var undated = 0;
    (edgesOf[a] || []).forEach(function (eid) {
      var e = edgeById[eid];
      if (e.kind !== "action" || !((e.from === a && e.to === b) || (e.from === b && e.to === a))) { return; }
      if (!e.days.length) { undated += Math.max(e.reports, 1); }
      e.days.forEach(function (day) {
        var k = bins.keyOf(day);
        counts[k] = counts[k] || {};
        counts[k][e.cls] = (counts[k][e.cls] || 0) + 1;
      });
    });
    var fig = el("figure", "gk-chart");
    fig.dataset.unit = bins.unit;
    fig.appendChild(el("figcaption", null, "Actions per " + bins.unit + " between " + nodeById[a].name + " and " +
      nodeById[b].name + " (both ways)"));
    var top = 1;
    bins.keys.forEach(function (k) {
      var c = counts[k] || {};
      top = Math.max(top, Object.keys(c).reduce(function (s, cls) { return s + c[cls]; }, 0));
    });
    var W = 296, H = 96, left = 22, bottom = 16;
    var step = (W - left) / bins.keys.length;
    var chart = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img" });
    chart.appendChild(svg("line", { x1: left, y1: H - bottom, x2: W, y2: H - bottom, stroke: "#c9ced6" }));
    var topLabel = svg("text", { x: left - 4, y: 10, "text-anchor": "end", "class": "gk-axis" });
    topLabel.textContent = String(top);
    chart.appendChild(topLabel);
    bins.keys.forEach(function (k, i) {
      var c = counts[k];
      if (!c) { return; }
      var y = H - bottom;
      CHART_ORDER.forEach(function (cls) {
        if (!c[cls]) { return; }
        var h = (H - bottom - 4) * c[cls] / top;
        y -= h;
        var bar = svg("rect", { x: (left + i * step + Math.min(1, step * 0.15)).toFixed(2), y: y.toFixed(2),
          width: Math.max(step - Math.min(2, step * 0.3), 0.8).toFixed(2), height: h.toFixed(2),
          fill: (STYLE.edge[cls] || STYLE.edge.neutral).color, "data-bin": isoBin(bins, k), "data-cls": cls,
          "data-count": c[cls] });
        var tip = svg("title");
        tip.textContent = bins.name(k) + ": " + c[cls] + " " + (STYLE.edge[cls] || STYLE.edge.neutral).name;
        bar.appendChild(tip);
        chart.appendChild(bar);
      });
    });
    [[0, "start"], [bins.keys.length - 1, "end"]].forEach(function (p) {
      var t = svg("text", { x: p[1] === "start" ? left : W, y: H - 3, "text-anchor": p[1], "class": "gk-axis" });
      t.textContent = bins.unit === "week" ? dayLabel(bins.keys[p[0]]) : bins.name(bins.keys[p[0]]);
      chart.appendChild(t);
    });
    fig.appendChild(chart);
    if (undated) { fig.appendChild(el("p", "gk-muted gk-small", fmt(undated) + " undated not shown")); }
    return fig;
  }

  function isoBin(bins, k) {
    if (bins.unit === "week") { return isoDay(k); }
    return bins.unit === "month" ? Math.floor(k / 12) + "-" + ("0" + (k % 12 + 1)).slice(-2) : String(k);
  }

  function show(target) {
    if (!target) { hint(); return; }
    if (target.kind === "node") { showNode(target.id); } else { showEdge(target.id); }
  }

  function pin(kind, id) {
    pinned = { kind: kind, id: id };
    show(pinned);
  }

  network.on("hoverNode", function (p) { show({ kind: "node", id: p.node }); });
  network.on("hoverEdge", function (p) { show({ kind: "edge", id: p.edge }); });
  network.on("blurNode", function () { if (pinned) { show(pinned); } });
  network.on("blurEdge", function () { if (pinned) { show(pinned); } });
  network.on("click", function (p) {
    if (p.nodes.length) {
      pin("node", p.nodes[0]);
      highlight(p.nodes[0]);
    } else if (p.edges.length) {
      pin("edge", p.edges[0]);
    } else {
      pinned = null;
      clearHighlight();
      hint();
    }
  });

  // ------------------------------------------------------------------ search
  function norm(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  var names = data.nodes.map(function (n) {
    return { id: n.id, mentions: n.mentions, label: norm(n.name), aliases: n.aliases.map(norm) };
  });
  var datalist = $("gk-names");
  var seenName = {};
  data.nodes.slice().sort(function (a, b) { return b.mentions - a.mentions || a.id - b.id; }).slice(0, 3000).forEach(function (n) {
    if (seenName[n.name]) { return; }
    seenName[n.name] = true;
    var o = doc.createElement("option");
    o.value = n.name;
    datalist.appendChild(o);
  });

  function findActor(query) {
    var q = norm(query);
    if (!q) { return null; }
    var tests = [
      function (c) { return c.label === q; },
      function (c) { return c.aliases.indexOf(q) >= 0; },
      function (c) { return c.label.indexOf(q) === 0; },
      function (c) { return c.aliases.some(function (a) { return a.indexOf(q) === 0; }); },
      function (c) { return c.label.indexOf(q) >= 0; },
      function (c) { return c.aliases.some(function (a) { return a.indexOf(q) >= 0; }); }
    ];
    for (var i = 0; i < tests.length; i++) {
      var best = null;
      for (var j = 0; j < names.length; j++) {
        var c = names[j];
        if (tests[i](c) && (best === null || c.mentions > best.mentions)) { best = c; }
      }
      if (best) { return best.id; }
    }
    return null;
  }

  var searchBox = $("gk-search");
  var searchStatus = $("gk-search-status");

  function focusActor(id) {
    var n = nodeById[id];
    if (nodeHidden[id]) {
      filterBoxes.forEach(function (box) {
        if (box.dataset.filter === "type" && box.value === n.type) { box.checked = true; typeOn[n.type] = true; }
      });
      applyFilters();
    }
    highlight(id);
    network.selectNodes([id]);
    pin("node", id);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
    var k = highlighted.length - 1;
    searchStatus.textContent = n.name + ": " + k + (k === 1 ? " neighbour" : " neighbours");
  }

  function search(query) {
    var id = findActor(query);
    if (id === null) {
      searchStatus.textContent = "No actor matches \u201c" + query + "\u201d.";
      return null;
    }
    focusActor(id);
    return id;
  }

  $("gk-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(searchBox.value);
  });
  $("gk-clear").addEventListener("click", function () {
    searchBox.value = "";
    searchStatus.textContent = "";
    pinned = null;
    network.unselectAll();
    clearHighlight();
    hint();
  });

  window.graphkit = {
    network: network,
    nodes: nodes,
    edges: edges,
    data: data,
    search: search,
    highlight: highlight,
    clearHighlight: clearHighlight,
    highlightedNodeIds: function () { return highlighted ? highlighted.slice() : null; },
    visibleNodeIds: visibleNodeIds,
    visibleEdgeIds: visibleEdgeIds,
    // the period as ISO days ([first, last], or null for every date); setPeriod(null) shows every date
    period: function () { return period ? [isoDay(period[0]), isoDay(period[1])] : null; },
    setPeriod: function (a, b) { stopPlay(); if (a === null) { setPeriod(t0, t1); } else { setPeriod(dayNumber(a), dayNumber(b)); } },
    play: play,
    stopPlay: stopPlay,
    showNode: function (id) { pin("node", id); },
    showEdge: function (id) { pin("edge", id); }
  };
}());
