// paperkg graph view: draws the vis-network graph and wires the search box, the kind filter
// and the side panel. Every text from the graph goes into the page through textContent (or
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

  nodes = new vis.DataSet(readJSON("paperkg-nodes"));
  edges = new vis.DataSet(readJSON("paperkg-edges"));
  options = readJSON("paperkg-options");
  data = { nodes: nodes, edges: edges };
  container = document.getElementById("mynetwork");
  nodes.forEach(function (node) { kindOf[node.id] = node.group; });

  network = new vis.Network(container, data, options);

  // -- ready marker: set once the first frame is drawn (after stabilising, with physics) --
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
    network.once("stabilizationIterationsDone", function () { network.once("afterDrawing", markReady); network.redraw(); });
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
    row(dl, "Kind", d.kind + (d.language_type ? " (" + d.language_type + ")" : ""));
    row(dl, "Also known as", (d.aliases || []).join(", "));
    if (d.broader) row(dl, "Part of", nodeButton(d.broader.id, d.broader.label, d.broader.shown));
    row(dl, "Origin", d.origin);
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
      var ul2 = el("ul", null, "links");
      d.links.forEach(function (l) { var li = el("li"); li.appendChild(link(l)); ul2.appendChild(li); });
      body.appendChild(ul2);
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
      var ul2 = el("ul", null, "links");
      d.links.forEach(function (l) { var li = el("li"); li.appendChild(link(l)); ul2.appendChild(li); });
      body.appendChild(ul2);
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

  function select(id) {
    if (!nodes.get(id)) return;
    if (hiddenKinds[kindOf[id]]) setKind(kindOf[id], true);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showPanel(id);
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
      if (hiddenKinds[kindOf[item.id]]) return;
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

  // -- kind filter (the legend's checkboxes) --
  function setKind(kind, on) {
    hiddenKinds[kind] = !on;
    var box = document.querySelector('.kind-filter[value="' + kind + '"]');
    if (box) box.checked = on;
    var changes = [];
    nodes.forEach(function (node) { if (node.group === kind) changes.push({ id: node.id, hidden: !on }); });
    nodes.update(changes);
    if (!on && panel.getAttribute("data-node") && kindOf[panel.getAttribute("data-node")] === kind) hidePanel();
  }
  Array.prototype.forEach.call(document.querySelectorAll(".kind-filter"), function (box) {
    box.addEventListener("change", function () { setKind(box.value, box.checked); });
  });

  // -- physics and fit --
  document.getElementById("physics").addEventListener("change", function (event) {
    network.setOptions({ physics: { enabled: event.target.checked } });
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });

  window.paperkg = { meta: meta, details: details, select: select, search: search, setKind: setKind };
})();
