// paperkg graph view: draws the vis-network graph, fits the labels that can be read, and wires
// the search box, the legend (kind filter, papers on demand, colouring, communities) and the
// side panel. Every text from the graph goes into the page through textContent (or
// vis-network, which shows string tooltips as text), never as HTML.

// Globals, as in pyvis pages: tools inspect `network`, `nodes` and `edges`.
var nodes, edges, network, container, options, data;

(function () {
  "use strict";

  function readJSON(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  var details = readJSON("paperkg-details");
  var meta = readJSON("paperkg-meta");
  var hiddenKinds = {};
  var kindOf = {};
  var rankOf = {};
  var entitiesView = meta.view === "entities";
  if (entitiesView) hiddenKinds.paper = true;

  var first = readJSON("paperkg-nodes"); // the nodes drawn at first, as plain objects
  options = readJSON("paperkg-options");
  container = document.getElementById("mynetwork");
  // Nodes and links the page adds on demand: papers on the entities view (with their links),
  // co-mention links on the papers view (drawn when papers are hidden).
  var more = readJSON("paperkg-more");
  var moreNode = {}, moreLinks = {};
  more.nodes.forEach(function (node) { moreNode[node.id] = node; });
  more.edges.forEach(function (edge) {
    (moreLinks[edge.from] = moreLinks[edge.from] || []).push(edge);
    (moreLinks[edge.to] = moreLinks[edge.to] || []).push(edge);
  });
  var plain = {};
  first.forEach(function (node) { plain[node.id] = node; kindOf[node.id] = node.group; rankOf[node.id] = node.rank; });
  more.nodes.forEach(function (node) { kindOf[node.id] = node.group; rankOf[node.id] = node.rank; });
  var physics = !!(options.physics && options.physics.enabled);

  // -- labels: the most central that fit without overlap, re-fitted after each zoom --
  var FACE = (options.nodes && options.nodes.font && options.nodes.font.face) || "sans-serif";
  var HIDDEN = 0.01; // a font size vis-network never draws (below its drawThreshold at any zoom)
  var measure = document.createElement("canvas").getContext("2d");
  var widths = {};
  var labelSize = {}; // node id -> font size set (canvas units); the page starts with every label hidden
  Object.keys(kindOf).forEach(function (id) { labelSize[id] = HIDDEN + "/0"; });
  var drawn = []; // the labels drawn by the last fit: {id, text, px, box: [x0, y0, x1, y1] in canvas units}
  var priority = Object.keys(kindOf).sort(function (a, b) {
    var pa = kindOf[a] === "paper" ? 1 : 0, pb = kindOf[b] === "paper" ? 1 : 0;
    return pa - pb || rankOf[a] - rankOf[b];
  });

  function textWidth(text, px) {
    var w = widths[text];
    if (w === undefined) {
      measure.font = "100px " + FACE;
      w = widths[text] = measure.measureText(text).width / 100;
    }
    return w * px;
  }
  function labelPx(id) {
    if (kindOf[id] === "paper") return 11;
    return rankOf[id] < 10 ? 16 : rankOf[id] < 40 ? 14 : 12;
  }
  // Where a node is and what it shows: from vis-network once it draws, else from the page data.
  function geometry(id) {
    if (network) {
      var n = network.body.nodes[id];
      return n && { x: n.x, y: n.y, size: n.options.size, label: n.options.label, hidden: n.options.hidden };
    }
    return plain[id];
  }
  // The view: zoom and the canvas point at the middle of the screen.
  function currentView() {
    var middle = network.getViewPosition();
    return { scale: network.getScale(), x: middle.x, y: middle.y };
  }
  // The view that shows every node drawn at first (vis-network's own first fit guesses the zoom).
  function wholeView() {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    first.forEach(function (n) {
      if (n.hidden) return;
      x0 = Math.min(x0, n.x - n.size); x1 = Math.max(x1, n.x + n.size);
      y0 = Math.min(y0, n.y - n.size); y1 = Math.max(y1, n.y + n.size);
    });
    if (!isFinite(x0)) return { scale: 1, x: 0, y: 0 };
    var margin = 24;
    var scale = Math.min((container.clientWidth - 2 * margin) / Math.max(x1 - x0, 1),
      (container.clientHeight - 3 * margin) / Math.max(y1 - y0, 1), 1.5);
    return { scale: scale, x: (x0 + x1) / 2, y: (y0 + y1) / 2 + margin / 2 / scale };
  }
  function fitLabels(view) {
    view = view || currentView();
    var scale = view.scale;
    var cell = 64;
    var grid = {};
    var changes = [];
    var selected = network ? network.getSelectedNodes() : [];
    var order = selected.concat(priority.filter(function (id) { return selected.indexOf(id) < 0; }));
    drawn = [];
    if (meta.aside) take(caption(view).box);
    function free(box) {
      for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
        for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
          var list = grid[gx + "," + gy];
          if (!list) continue;
          for (var i = 0; i < list.length; i++) {
            var o = list[i];
            if (box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]) return false;
          }
        }
      }
      return true;
    }
    function take(box) {
      for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
        for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
          (grid[gx + "," + gy] = grid[gx + "," + gy] || []).push(box);
        }
      }
    }
    order.forEach(function (id) {
      var node = geometry(id);
      if (!node) return;
      var text = node.label;
      var size = HIDDEN, shift = 0;
      if (!node.hidden && typeof text === "string" && text.trim()) {
        var px = labelPx(id);
        var w = textWidth(text, px) + 4, h = px * 1.2;
        var x = node.x * scale, r = node.size * scale;
        var y = node.y * scale;
        // below the node (where vis-network draws a label), above it, then one line further off
        // each way (vis-network moves a label only up or down: vadjust): a central entity whose
        // label meets two more central ones' still gets a place next to its node
        var places = [
          { box: [x - w / 2, y + r + 1, x + w / 2, y + r + 1 + h], shift: 0 },
          { box: [x - w / 2, y - r - 2 - h, x + w / 2, y - r - 2], shift: -(2 * r + h + 3) },
          { box: [x - w / 2, y + r + 2 + h, x + w / 2, y + r + 2 + 2 * h], shift: h + 1 },
          { box: [x - w / 2, y - r - 3 - 2 * h, x + w / 2, y - r - 3 - h], shift: -(2 * r + 2 * h + 4) }
        ];
        var place = null;
        for (var p = 0; p < places.length && !place; p++) if (free(places[p].box)) place = places[p];
        if (place) {
          var box = place.box;
          take(box);
          size = px / scale;
          shift = place.shift / scale;
          drawn.push({ id: id, text: text, px: px, box: box.map(function (v) { return v / scale; }) });
        }
      }
      var state = size + "/" + shift;
      if (labelSize[id] !== state) {
        labelSize[id] = state;
        changes.push({ id: id, font: { size: size, vadjust: shift } });
      }
    });
    if (!changes.length) return;
    if (network) nodes.update(changes);
    else changes.forEach(function (change) { plain[change.id].font = change.font; });
  }

  // -- the block of small parts (pairs, lone nodes), captioned on the canvas --
  var PAD = 24; // canvas units around the block
  // The caption, above the block: from its left edge, or (when that would run off the canvas)
  // ending at its right edge. Returns the text's left end (canvas units) and its box (screen
  // units, relative to the canvas origin, as the label boxes).
  function caption(view) {
    var a = meta.aside, scale = view.scale;
    var width = textWidth(a.caption, 12) + 12;
    var left = (a.x - PAD) * scale, right = (a.x + a.width + PAD) * scale, top = (a.y - PAD) * scale - 20;
    var onScreen = (a.x - PAD - view.x) * scale + container.clientWidth / 2 + width <= container.clientWidth;
    var x = onScreen ? left : Math.min(left, right - width);
    return { x: (x + 6) / scale, box: [x, top, x + width, top + 20] };
  }

  // Without physics, the labels are fitted before vis-network draws anything.
  var start = physics ? null : wholeView();
  if (start) fitLabels(start);
  nodes = new vis.DataSet(first);
  edges = new vis.DataSet(readJSON("paperkg-edges"));
  data = { nodes: nodes, edges: edges };
  network = new vis.Network(container, data, options);
  if (start) network.moveTo({ position: { x: start.x, y: start.y }, scale: start.scale, animation: false });

  var refit = null;
  function fitLabelsSoon() {
    if (refit !== null) clearTimeout(refit);
    refit = setTimeout(function () { refit = null; fitLabels(); }, 120);
  }
  network.on("zoom", fitLabelsSoon);
  network.on("animationFinished", fitLabelsSoon);
  network.on("dragEnd", function (params) { if (params.nodes.length) fitLabelsSoon(); });
  network.on("stabilized", fitLabelsSoon);
  network.on("selectNode", fitLabelsSoon);

  if (meta.aside) {
    network.on("beforeDrawing", function (ctx) {
      var a = meta.aside, scale = network.getScale(), text = caption(currentView());
      ctx.save();
      ctx.fillStyle = "rgba(240, 240, 240, 0.6)";
      ctx.strokeStyle = "#dddddd";
      ctx.lineWidth = 1 / scale;
      ctx.beginPath();
      ctx.rect(a.x - PAD, a.y - PAD, a.width + 2 * PAD, a.height + 2 * PAD);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = "#555555";
      ctx.font = (12 / scale) + "px " + FACE;
      ctx.textBaseline = "top";
      ctx.fillText(a.caption, text.x, a.y - PAD - 17 / scale);
      ctx.restore();
    });
  }

  // -- ready marker: set once the first frame with its labels is drawn (after stabilising, with physics) --
  function markReady() {
    if (window.paperkgReady === undefined) {
      window.paperkgReady = performance.now();
      document.body.setAttribute("data-ready", "1");
    }
  }
  if (nodes.length === 0) {
    markReady();
  } else if (options.physics && options.physics.enabled && options.physics.stabilization &&
      options.physics.stabilization.enabled) {
    network.once("stabilizationIterationsDone", function () {
      fitLabels();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
  }

  // -- small DOM helpers (text only) --
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function safeHref(url) {
    return typeof url === "string" && /^https?:\/\/[^\s<>"']+$/i.test(url) ? url : null;
  }
  function link(item) {
    var href = safeHref(item.href);
    if (!href) return el("span", item.text);
    var a = el("a", item.text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function nodeButton(id, text, shown) {
    if (!shown) return el("span", text, "not-shown");
    var a = el("a", text, "node-link");
    a.href = "#";
    a.setAttribute("data-node", id);
    a.addEventListener("click", function (event) { event.preventDefault(); select(id); });
    return a;
  }
  function row(dl, term, value) {
    if (value === null || value === undefined || value === "" || (value.length === 0)) return;
    dl.appendChild(el("dt", term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function role(name) { return String(name || "mentions").replace(/_/g, " "); }
  function linkList(items) {
    var ul = el("ul", null, "links");
    items.forEach(function (l) { var li = el("li"); li.appendChild(link(l)); ul.appendChild(li); });
    return ul;
  }

  function segments(parent, parts) {
    (parts || []).forEach(function (part) {
      if (typeof part === "string") {
        parent.appendChild(document.createTextNode(part));
        return;
      }
      var mark = el("mark", part[0], "role-" + String(part[2]).replace(/[^a-z_]/g, ""));
      var target = details[part[1]];
      mark.title = role(part[2]) + ": " + (target ? target.label : part[1]);
      if (target) {
        mark.classList.add("linked");
        mark.addEventListener("click", function () { select(part[1]); });
      }
      parent.appendChild(mark);
    });
  }

  // -- the side panel --
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");

  function showEntity(d) {
    body.appendChild(el("h2", d.label));
    var dl = el("dl");
    row(dl, "Kind", d.kind + (d.language_type ? " (" + d.language_type + ")" : "") + (d.generic ? ", umbrella term" : ""));
    row(dl, "Also known as", (d.aliases || []).join(", "));
    if (d.broader) row(dl, "Part of", nodeButton(d.broader.id, d.broader.label, d.broader.shown));
    row(dl, "Origin", d.origin);
    if (d.community) row(dl, "Community", d.community.label);
    body.appendChild(dl);
    if (d.centrality && d.centrality.length) {
      body.appendChild(el("h3", "Centrality"));
      var table = el("table", null, "centrality");
      d.centrality.forEach(function (c) {
        var tr = el("tr");
        tr.appendChild(el("th", c.measure));
        tr.appendChild(el("td", c.score));
        tr.appendChild(el("td", "#" + c.rank + " of " + c.of + " " + d.kind + "s"));
        table.appendChild(tr);
      });
      body.appendChild(table);
    }
    if (d.related && d.related.length) {
      body.appendChild(el("h3", "Most often with (in this view)"));
      var rel = el("ul", null, "related");
      d.related.forEach(function (r) {
        var li = el("li");
        li.appendChild(nodeButton(r.id, r.label, r.shown));
        li.appendChild(el("span", " " + r.papers + " paper" + (r.papers === 1 ? "" : "s"), "muted"));
        rel.appendChild(li);
      });
      body.appendChild(rel);
    }
    body.appendChild(el("h3", "Papers by role"));
    if (!d.papers.length) body.appendChild(el("p", "No papers.", "muted"));
    d.papers.forEach(function (group) {
      body.appendChild(el("h4", role(group.role) + " (" + group.total + ")"));
      var ul = el("ul", null, "papers");
      group.items.forEach(function (p) {
        var li = el("li");
        li.appendChild(nodeButton(p.id, p.title, p.shown));
        ul.appendChild(li);
      });
      if (group.total > group.items.length) ul.appendChild(el("li", "\u2026 and " + (group.total - group.items.length) + " more", "muted"));
      body.appendChild(ul);
    });
    if (d.links.length) {
      body.appendChild(el("h3", "Links"));
      body.appendChild(linkList(d.links));
    }
  }

  function showPaper(d) {
    var h2 = el("h2", null, "paper-title");
    segments(h2, d.title);
    body.appendChild(h2);
    var dl = el("dl");
    row(dl, "Authors", (d.authors || []).join(", "));
    row(dl, "Date", d.date);
    row(dl, "Categories", (d.categories || []).join(", "));
    row(dl, "Source", (d.sources || []).join("; "));
    body.appendChild(dl);
    body.appendChild(el("h3", "Abstract"));
    var abstract = el("p", null, "abstract");
    if (d.abstract && d.abstract.length) segments(abstract, d.abstract); else abstract.textContent = "(no abstract)";
    body.appendChild(abstract);
    if (d.mentions.length) {
      body.appendChild(el("h3", "Mentions"));
      var ul = el("ul", null, "mentions");
      d.mentions.forEach(function (m) {
        var li = el("li");
        li.appendChild(nodeButton(m.id, m.label, m.shown));
        li.appendChild(el("span", " " + m.kind + ", " + role(m.role) + (m.count > 1 ? ", " + m.count + "\u00d7" : ""), "muted"));
        ul.appendChild(li);
      });
      body.appendChild(ul);
    }
    if (d.links.length) {
      body.appendChild(el("h3", "Links"));
      body.appendChild(linkList(d.links));
    }
  }

  function showPanel(id) {
    var d = details[id];
    if (!d) return hidePanel();
    while (body.firstChild) body.removeChild(body.firstChild);
    if (d.type === "paper") showPaper(d); else showEntity(d);
    panel.hidden = false;
    panel.setAttribute("data-node", id);
    panel.scrollTop = 0;
  }
  function hidePanel() {
    panel.hidden = true;
    panel.removeAttribute("data-node");
  }
  document.getElementById("panel-close").addEventListener("click", function () {
    network.unselectAll();
    hidePanel();
  });

  // Add nodes on demand (once), with their links to the nodes there; show them.
  function bring(ids) {
    var add = [], show = [];
    ids.forEach(function (id) {
      var node = nodes.get(id);
      if (!node && moreNode[id]) add.push(moreNode[id]);
      else if (node && node.hidden) show.push({ id: id, hidden: false });
    });
    if (add.length) {
      nodes.add(add);
      var links = {};
      add.forEach(function (node) {
        (moreLinks[node.id] || []).forEach(function (edge) {
          if (nodes.get(edge.from) && nodes.get(edge.to) && !edges.get(edge.id)) links[edge.id] = edge;
        });
      });
      edges.add(Object.keys(links).sort().map(function (id) { return links[id]; }));
    }
    if (show.length) nodes.update(show);
  }
  // The co-mention links of the papers view, added the first time papers are hidden.
  var linksAdded = false;
  function showLinks(on) {
    if (on && !linksAdded) {
      linksAdded = true;
      edges.add(more.edges.map(function (edge) { return Object.assign({}, edge, { hidden: false }); }));
      return;
    }
    if (linksAdded) edges.update(more.edges.map(function (edge) { return { id: edge.id, hidden: !on }; }));
  }

  function select(id) {
    if (!nodes.get(id) && !moreNode[id]) return;
    if (entitiesView && kindOf[id] === "paper") bring([id]);
    else if (hiddenKinds[kindOf[id]]) setKind(kindOf[id], true);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showPanel(id);
    fitLabelsSoon();
  }

  network.on("click", function (params) {
    if (params.nodes.length) showPanel(params.nodes[0]);
    else if (!params.edges.length) hidePanel();
  });

  // -- search --
  var input = document.getElementById("search");
  var results = document.getElementById("search-results");
  function fold(text) {
    return String(text).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\s\-_.,:;/()'"\u2010-\u2015]+/g, " ").trim();
  }
  var index = Object.keys(details).sort().map(function (id) {
    var d = details[id];
    var names = [d.label].concat(d.aliases || []);
    var keys = [];
    names.forEach(function (n) { var f = fold(n); keys.push(f, f.replace(/ /g, "")); });
    return { id: id, label: d.label, type: d.type, keys: keys };
  });
  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var compact = q.replace(/ /g, "");
    var scored = [];
    index.forEach(function (item) {
      if (hiddenKinds[kindOf[item.id]] && !(entitiesView && kindOf[item.id] === "paper")) return;
      var best = 9;
      item.keys.forEach(function (k) {
        if (k === q || k === compact) best = Math.min(best, 0);
        else if (k.indexOf(q) === 0 || k.indexOf(compact) === 0) best = Math.min(best, 1);
        else if (k.indexOf(q) >= 0 || (compact.length > 2 && k.indexOf(compact) >= 0)) best = Math.min(best, 2);
      });
      if (best < 9) scored.push([best, item.type === "paper" ? 1 : 0, item.label.length, item.label, item]);
    });
    scored.sort(function (a, b) {
      for (var i = 0; i < 4; i++) { if (a[i] < b[i]) return -1; if (a[i] > b[i]) return 1; }
      return 0;
    });
    return scored.slice(0, 20).map(function (s) { return s[4]; });
  }
  function renderResults(items) {
    while (results.firstChild) results.removeChild(results.firstChild);
    items.forEach(function (item) {
      var li = el("li", null, "result");
      li.setAttribute("role", "option");
      li.setAttribute("data-node", item.id);
      li.appendChild(el("span", item.label));
      li.appendChild(el("span", " " + (kindOf[item.id] || item.type), "muted"));
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(item.id); });
      results.appendChild(li);
    });
    if (!items.length && input.value.trim()) results.appendChild(el("li", "No match in this view.", "muted"));
    results.hidden = !input.value.trim();
  }
  function choose(id) {
    results.hidden = true;
    select(id);
  }
  input.addEventListener("input", function () { renderResults(search(input.value)); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = search(input.value);
      if (found.length) choose(found[0].id);
      event.preventDefault();
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
  input.addEventListener("blur", function () { results.hidden = true; });

  // -- kind filter (the legend's checkboxes). Hiding papers on the papers view draws the
  // co-mention links instead, so the entities stay linked. --
  function setKind(kind, on) {
    hiddenKinds[kind] = !on;
    var box = document.querySelector('.kind-filter[value="' + kind + '"]');
    if (box) box.checked = on;
    if (on && kind === "paper" && entitiesView) bring(more.nodes.map(function (node) { return node.id; }));
    var changes = [];
    nodes.forEach(function (node) { if (node.group === kind && !!node.hidden !== !on) changes.push({ id: node.id, hidden: !on }); });
    nodes.update(changes);
    if (kind === "paper" && !entitiesView) showLinks(!on);
    if (!on && panel.getAttribute("data-node") && kindOf[panel.getAttribute("data-node")] === kind) hidePanel();
    fitLabelsSoon();
  }
  Array.prototype.forEach.call(document.querySelectorAll(".kind-filter"), function (box) {
    box.addEventListener("change", function () { setKind(box.value, box.checked); });
  });

  // -- colouring: by community (Louvain on the co-mention links) or by kind --
  var kindColor = {};
  meta.kinds.forEach(function (k) { kindColor[k.kind] = k.color; });
  var communityColor = {};
  meta.communities.forEach(function (c) { c.nodes.forEach(function (id) { communityColor[id] = c.color; }); });
  function colorOf(node, mode) {
    var c = (mode === "community" && communityColor[node.id]) || kindColor[node.group];
    return { background: c, border: c, highlight: { background: c, border: "#222222" }, hover: { background: c, border: "#222222" } };
  }
  function setColors(mode) {
    var changes = [];
    nodes.forEach(function (node) { changes.push({ id: node.id, color: colorOf(node, mode) }); });
    more.nodes.forEach(function (node) { node.color = colorOf(node, mode); });
    nodes.update(changes);
    Array.prototype.forEach.call(document.querySelectorAll("#legend .glyph"), function (glyph) {
      glyph.style.color = mode === "community" && glyph.getAttribute("data-kind") !== "paper" ? "#555555" : kindColor[glyph.getAttribute("data-kind")];
    });
    document.body.setAttribute("data-colors", mode);
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[name="color-by"]'), function (radio) {
    radio.addEventListener("change", function () { if (radio.checked) setColors(radio.value); });
  });
  if (meta.colors === "community") {
    Array.prototype.forEach.call(document.querySelectorAll("#legend .glyph"), function (glyph) {
      if (glyph.getAttribute("data-kind") !== "paper") glyph.style.color = "#555555";
    });
  }
  document.body.setAttribute("data-colors", meta.colors);

  // -- communities: a click selects the members and fits the view to them --
  Array.prototype.forEach.call(document.querySelectorAll("#communities a.community"), function (a) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      var id = Number(a.getAttribute("data-community"));
      var members = meta.communities.filter(function (c) { return c.id === id; })[0].nodes
        .filter(function (n) { return !hiddenKinds[kindOf[n]]; });
      network.selectNodes(members);
      network.fit({ nodes: members, animation: false });
      fitLabels();
    });
  });

  // -- physics and fit --
  document.getElementById("physics").addEventListener("change", function (event) {
    network.setOptions({ physics: { enabled: event.target.checked } });
  });
  document.getElementById("fit").addEventListener("click", function () {
    var whole = wholeView();
    network.moveTo({ position: { x: whole.x, y: whole.y }, scale: whole.scale, animation: false });
    fitLabels();
  });

  window.paperkg = {
    meta: meta, details: details, select: select, search: search, setKind: setKind, setColors: setColors,
    fitLabels: fitLabels, labels: function () { return drawn.slice(); }
  };
})();
