/* Tupu graph view: the page's behaviour. Data comes from the JSON block #tupu-data
 * (written by kg/view/html.py); every string from the graph is inserted with textContent.
 * Every size it computes with comes from the data too (D.geometry, from kg/view/layout.py;
 * each node's label width in ems and rank): no formula here is kept in step with Python.
 * Exposes window.tupu = {network, nodes, edges, data, ready, focusNode, ...} for tests. */
(function () {
  "use strict";

  var D = JSON.parse(document.getElementById("tupu-data").textContent);
  var LABEL = 0, CLS = 1, X = 2, Y = 3, SIZE = 4, INIT = 5, EMS = 6, RANK = 7, TETHERED = 8;  // node row fields
  var FROM = 0, TO = 1, REL = 2, EVID = 3;                    // edge row fields
  var ENDED = new Set(D.ended || []);                         // edges the graph holds ended (former ties)
  var FORMER = "原 former";                                    // the panel's mark of an ended post or tie
  var GLYPHS = {dot: "●", square: "■", triangle: "▲", star: "★", diamond: "◆"};
  var LEVELS = {province: "省级", prefecture: "地级", county: "县级", township: "乡级", village: "村级"};
  var LIST_LIMIT = 100, RESULT_LIMIT = 20, DIM = 0.15;
  // Labels: NODE_FONT canvas units normally; when the view is zoomed out so far that this
  // would be smaller than LABEL_PX on screen, the best-connected nodes (LABEL_ALL of them
  // at most at the fitted view, or one per PX_PER_LABEL square pixels on bigger graphs,
  // more as one zooms in) get a bigger font that keeps them LABEL_PX..1.19*LABEL_PX on
  // screen, and the others drop below vis's drawThreshold and go unlabelled.
  var G = D.geometry;
  var NODE_FONT = G.nodeFont, EDGE_FONT = G.edgeFont, LABEL_PX = G.labelPx, LABEL_ALL = G.labelAll, PX_PER_LABEL = G.pxPerLabel;
  var DRAW_THRESHOLD = G.drawThreshold, MAX_VISIBLE = G.maxVisible, HIDDEN_FONT = G.hiddenFont, CELL_PX = G.cellPx;
  var VIS_MAX_VISIBLE = G.visMaxVisible;  // vis's cap, never reached: the page caps labels at MAX_VISIBLE itself
  var FIT_PAD = G.fitPad, FIT_BOX = G.fitBox, LABEL_LINE = G.labelLine, ZOOM_STEPS = G.zoomSteps;
  // Edge names: EDGE_PX on screen, on every edge from zoom EDGE_ZOOM or from EDGE_FIT_STEPS
  // zoom steps above the fitted view, whichever comes first, else on the selected node's
  // edges only; EDGE_PAD screen pixels of margin; EDGE_LABEL their look (vis options).
  var EDGE_PX = G.edgePx, EDGE_ZOOM = G.edgeZoom, EDGE_PAD = G.edgePad, EDGE_LABEL = G.edgeLabel;
  var EDGE_FIT_STEPS = G.edgeFitSteps;
  var LABEL_DROP = G.labelDrop;
  // Where a label or name may go when its own place is taken: LABEL_PLACES around the node
  // ([x, y] side: 0 centred, 1 right or below, -1 left or above; under it first), CORNER the
  // share of a node's radius at which a corner label touches it; EDGE_SPOTS along the edge
  // (shares of its length, the middle first), on it, then beside it; ARROW_LENGTH the length
  // of vis's arrowheads in canvas units (names keep clear of them), EDGE_WIDTH and ARROW_SCALE
  // the edge options it follows from.
  var LABEL_PLACES = G.labelPlaces, CORNER = G.corner, EDGE_SPOTS = G.edgeSpots;
  var ARROW_LENGTH = G.arrowLength, EDGE_WIDTH = G.edgeWidth, ARROW_SCALE = G.arrowScale;
  var NODE_MIN = G.nodeMin;  // nodes: at least this share of their size on screen (<= labelAll nodes)
  var grow = 1;                      // node size factor of the fitted view
  var INK = "#1f2328", FADED = "rgba(31,35,40,0.2)";
  var N = D.nodes.length;

  var classOn = D.classes.map(function (c) { return c.shown; });
  var relOn = D.relations.map(function (r) { return r.shown; });
  var extra = new Set();   // nodes added by expansion or search
  var pinned = new Set();  // nodes shown whatever the class filter (search target, focus)
  var selected = null;
  var dimmed = false;
  var near = null;         // highlighted neighbourhood (Set) or null
  var fitLevel = 0, fitLabels = 0, level = null, nameLevel = 0;
  var font = new Array(N).fill(NODE_FONT);  // node label sizes in canvas units, as drawn
  var edgeFont = new Array(D.edges.length).fill(EDGE_FONT);
  var edgeShort = new Array(D.edges.length).fill(0);  // 1: the edge shows its relation's Chinese name only
  // where a text is drawn, away from vis's own place (null: there): a node label's offset
  // [dx, dy] in canvas units; an edge name's [t, dx, dy], t its spot along the edge
  var labelAt = new Array(N).fill(null), nameAt = new Array(D.edges.length).fill(null);

  var bend = new Map(D.bends);  // edge -> signed roundness of the curved (parallel) edges
  var adj = [];
  var names = [];
  for (var i = 0; i < N; i++) {
    adj.push([]);
    names.push([D.nodes[i][LABEL]].concat(D.info[i].alt || []).map(function (s) { return s.toLowerCase(); }));
  }
  D.edges.forEach(function (e, k) { adj[e[FROM]].push(k); adj[e[TO]].push(k); });
  // label priority, from the data: classes shown by default first, then degree over default relations
  var rank = D.nodes.map(function (n) { return n[RANK]; });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function className(i) {
    var c = D.classes[D.nodes[i][CLS]];
    return c.zh + " " + c.key;
  }

  function relName(r) {
    return D.relations[r].zh + " " + D.relations[r].key;
  }

  function edgeName(k) {
    var r = D.edges[k][REL];
    return edgeShort[k] ? D.relations[r].zh : relName(r);
  }

  // ------------------------------------------------------------------ visibility

  // A tethered node (its only links are to hidden classes or by hidden relations, e.g. a
  // reporter named only in a byline) is shown only while one of its edges is: never alone.
  function nodeShown(i, shown) {
    if (pinned.has(i)) return true;
    if (!((D.nodes[i][INIT] === 1 || extra.has(i)) && classOn[D.nodes[i][CLS]])) return false;
    return D.nodes[i][TETHERED] !== 1 || adj[i].some(function (k) {
      var e = D.edges[k];
      return relOn[e[REL]] && shown[e[FROM] === i ? e[TO] : e[FROM]];
    });
  }

  function edgeShown(k, shown) {
    var e = D.edges[k];
    return relOn[e[REL]] && shown[e[FROM]] && shown[e[TO]];
  }

  function nodeItem(i) {
    var n = D.nodes[i];
    return {id: i, label: n[LABEL], x: n[X], y: n[Y], size: n[SIZE] * grow, group: D.classes[n[CLS]].key,
            opacity: near === null || near.has(i) ? 1 : DIM, font: nodeFont(i)};
  }

  function nodeFont(i) {
    return {size: font[i], color: near === null || near.has(i) ? INK : FADED};
  }

  function edgeItem(k) {
    var e = D.edges[k], rel = D.relations[e[REL]];
    var item = {id: k, from: e[FROM], to: e[TO], label: edgeName(k), color: {color: rel.color, opacity: 1},
                font: {size: edgeFont[k]}};
    if (ENDED.has(k)) item.dashes = true;  // a former tie (kg:postStatus "ended"): dashed
    if (bend.has(k)) {  // a parallel edge: curved to its side, as the payload says
      var b = bend.get(k);
      item.smooth = {enabled: true, type: b > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(b)};
    }
    return item;
  }

  // ------------------------------------------------------------------ labels and fit

  function levelOf(scale) {
    return Math.floor(Math.log2(Math.max(scale, 1e-6)) * ZOOM_STEPS + 1e-9);  // zoom steps (quarter octaves)
  }

  function wantedFonts(scale) {
    var q = Math.pow(2, levelOf(scale) / ZOOM_STEPS), big = LABEL_PX / q;
    var budget = fitLabels * Math.pow(2, 2 * (levelOf(scale) - fitLevel) / ZOOM_STEPS);  // grows with the zoomed area
    var nodeSizes = new Array(N), edgeSizes = new Array(D.edges.length), short = new Array(D.edges.length).fill(0);
    for (var i = 0; i < N; i++) {
      var on = rank[i] < budget || pinned.has(i) || i === selected || (near !== null && near.has(i));
      nodeSizes[i] = Math.min(on ? Math.max(NODE_FONT, big) : NODE_FONT, MAX_VISIBLE / q);  // <= MAX_VISIBLE px at zoom q
    }
    for (var k = 0; k < D.edges.length; k++) {
      var e = D.edges[k];
      var mine = selected !== null && (e[FROM] === selected || e[TO] === selected);
      edgeSizes[k] = mine || levelOf(scale) >= nameLevel ? EDGE_PX / q : HIDDEN_FONT;
    }
    declutter(nodeSizes, edgeSizes, short, scale);
    return [nodeSizes, edgeSizes, short];
  }

  function mustLabel(i) {
    return pinned.has(i) || i === selected || (near !== null && near.has(i));
  }

  // Labels never overlap: of the labels that would be drawn at this zoom, the wanted ones
  // (selection, neighbourhood, focus) and then the best-ranked are placed first, each at the
  // first of LABEL_PLACES around its node whose box overlaps no label placed and no other
  // node (under it, above, right, left, then the corners, as pictures place them), else at
  // the first that overlaps no label (zoomed far out, a label may cover small nodes); a place
  // the window's edge would cut is taken by none but a wanted label. A label with no such place
  // gets HIDDEN_FONT, below vis's drawThreshold (a wanted one goes under its node all the same). Boxes are looked up in grids of CELL_PX screen pixels.
  // Edge names then go the same way (vis draws nodes over them): each is drawn where its box
  // (horizontal, EDGE_PAD screen pixels of margin) overlaps no node, no label drawn, no other
  // name and no arrowhead: at the first of EDGE_SPOTS along its line or curve, on it, else
  // beside it (touching it: above or below a flat edge, left or right of a steep one), the
  // relation's whole name ("位于 locatedIn") first, then its Chinese name alone; the selected
  // node's edges first, then the shortest (they have the fewest places).
  function declutter(sizes, edgeSizes, short, scale) {
    if (!network) return;
    var ids = nodes.getIds(), cell = CELL_PX / scale, grid = new Map(), solid = new Map(), g = growAt(scale);
    var pos = network.getPositions(ids);
    function keysOf(box) {  // the grid cells a box covers, as numbers
      var keys = [];
      for (var cx = Math.floor(box[0] / cell); cx <= Math.floor(box[2] / cell); cx++) {
        for (var cy = Math.floor(box[1] / cell); cy <= Math.floor(box[3] / cell); cy++) keys.push(cx * 4194304 + cy);
      }
      return keys;
    }
    function hits(box, keys, own, where) {  // where: the grid (texts), or solid (nodes, arrowheads)
      var from = where || grid;
      for (var n = 0; n < keys.length; n++) {
        var list = from.get(keys[n]);
        if (!list) continue;
        for (var m = 0; m < list.length; m++) {
          var b = list[m];
          if (b !== own && box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) return true;
        }
      }
      return false;
    }
    function put(box, keys, where) {
      var to = where || grid;
      keys.forEach(function (key) { if (!to.has(key)) to.set(key, []); to.get(key).push(box); });
    }
    var shapes = {};
    ids.forEach(function (i) {  // every node shown is in the way of labels and edge names
      var p = pos[i], r = D.nodes[i][SIZE] * g, box = [p.x - r, p.y - r, p.x + r, p.y + r];
      shapes[i] = box;
      put(box, keysOf(box), solid);
    });
    var frame = network.canvas.frame.canvas, va = network.DOMtoCanvas({x: 0, y: 0});
    var vb = network.DOMtoCanvas({x: frame.clientWidth, y: frame.clientHeight});
    function inView(b) { return b[0] >= va.x && b[1] >= va.y && b[2] <= vb.x && b[3] <= vb.y; }
    var labelled = ids.filter(function (i) { return sizes[i] * scale >= DRAW_THRESHOLD; });
    labelled.sort(function (a, b) { return (mustLabel(b) ? 1 : 0) - (mustLabel(a) ? 1 : 0) || rank[a] - rank[b]; });
    var at = new Array(N).fill(null);
    labelled.forEach(function (i) {
      // vis draws a label under its node LABEL_DROP + half a line lower than the node's rim;
      // the other places keep LABEL_DROP from the node (a corner: from CORNER of its radius)
      var p = pos[i], f = sizes[i], r = D.nodes[i][SIZE] * g, hw = D.nodes[i][EMS] * f / 2 + 1 / scale;
      var h = LABEL_LINE * f, top0 = p.y + r + f / 2 + LABEL_DROP, found = null, over = null, cut = null;
      for (var k = 0; k < LABEL_PLACES.length && !found; k++) {
        var sx = LABEL_PLACES[k][0], sy = LABEL_PLACES[k][1], c = sx && sy ? CORNER * r : r;
        var cx = sx ? p.x + sx * (c + LABEL_DROP + hw) : p.x;
        var top = sy > 0 ? (sx ? p.y + c + LABEL_DROP : top0) : sy < 0 ? p.y - c - LABEL_DROP - h : p.y - h / 2;
        var box = [cx - hw, top, cx + hw, top + h], keys = keysOf(box);
        if (hits(box, keys)) continue;
        var place = [box, keys, cx - p.x, top - top0];
        if (!inView(box)) { if (!cut) cut = place; continue; }  // the window's edge would cut it
        if (!hits(box, keys, shapes[i], solid)) found = place;
        else if (!over) over = place;
      }
      found = found || over || (mustLabel(i) ? cut : null);  // never a label cut by the window, but a wanted one
      if (!found && !mustLabel(i)) { sizes[i] = HIDDEN_FONT; return; }
      if (!found) { var b0 = [p.x - hw, top0, p.x + hw, top0 + h]; found = [b0, keysOf(b0), 0, 0]; }
      put(found[0], found[1]);
      if (found[2] || found[3]) at[i] = [found[2], found[3]];
    });
    labelAt = at;
    var named = edges.getIds().filter(function (k) { return edgeSizes[k] * scale >= DRAW_THRESHOLD; });
    var spots = new Array(D.edges.length).fill(null);
    nameAt = spots;
    if (!named.length) return;
    var body = network.body.edges, pad = EDGE_PAD / scale;
    function pointOf(k) {  // t -> the point of edge k's line or curve, as vis draws it
      var e = D.edges[k], item = body[k], a = pos[e[FROM]], b = pos[e[TO]];
      if (item && item.edgeType && item.edgeType.getPoint) return function (t) { return item.edgeType.getPoint(t); };
      return function (t) { return {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t}; };
    }
    edges.getIds().forEach(function (k) {  // arrowheads: their middle ARROW_LENGTH / 2 back from the object's rim
      var e = D.edges[k], p = pos[e[FROM]], q = pos[e[TO]], reach = D.nodes[e[TO]][SIZE] * g + ARROW_LENGTH / 2, tip;
      if (!bend.has(k)) {
        var d = Math.hypot(p.x - q.x, p.y - q.y) || 1;
        tip = {x: q.x + (p.x - q.x) * reach / d, y: q.y + (p.y - q.y) * reach / d};
      } else {  // along the curve, as vis draws it
        var at = pointOf(k), lo = 0.5, hi = 1;
        for (var n = 0; n < 12; n++) {
          var mid = (lo + hi) / 2, m = at(mid);
          if (Math.hypot(m.x - q.x, m.y - q.y) > reach) lo = mid; else hi = mid;
        }
        tip = at(lo);
      }
      var half = ARROW_LENGTH / 2, box = [tip.x - half, tip.y - half, tip.x + half, tip.y + half];
      put(box, keysOf(box), solid);
    });
    var length = {};
    named.forEach(function (k) { var e = D.edges[k], a = pos[e[FROM]], b = pos[e[TO]]; length[k] = Math.hypot(b.x - a.x, b.y - a.y); });
    var near = function (k) { var e = D.edges[k]; return selected !== null && (e[FROM] === selected || e[TO] === selected) ? 0 : 1; };
    named.sort(function (a, b) { return near(a) - near(b) || length[a] - length[b] || a - b; });
    named.forEach(function (k) {
      var e = D.edges[k], f = edgeSizes[k], at = pointOf(k), a = pos[e[FROM]], b = pos[e[TO]];
      var hh = f / 2 + pad, rel = D.relations[e[REL]];  // vis draws the name one em high
      var steep = Math.abs(b.y - a.y) > Math.abs(b.x - a.x), points = [];
      function point(n) { return points[n] || (points[n] = at(EDGE_SPOTS[n])); }
      var fits = [rel.ems, rel.zhEms].some(function (ems, alt) {
        var hw = ems * f / 2 + pad, side = steep ? [hw + 1 / scale, 0] : [0, hh + 1 / scale];
        return [[0, 0], side, [-side[0], -side[1]]].some(function (off) {
          for (var n = 0; n < EDGE_SPOTS.length; n++) {
            var m = point(n), x = m.x + off[0], y = m.y + off[1], box = [x - hw, y - hh, x + hw, y + hh], keys = keysOf(box);
            if (hits(box, keys) || hits(box, keys, null, solid)) continue;
            put(box, keys);
            short[k] = alt;
            if (n || off[0] || off[1]) spots[k] = [EDGE_SPOTS[n], off[0], off[1]];
            return true;
          }
          return false;
        });
      });
      if (!fits) edgeSizes[k] = HIDDEN_FONT;
    });
  }

  // vis-network draws a node's label under it and an edge's name at its middle. The page
  // moves a label it placed elsewhere (labelAt, nameAt) by giving vis's label the offset from
  // that place when vis draws it: node labels move with their node, names stay at their spot
  // along the edge when a node is dragged. Returns whether any place changed.
  function placeLabels() {
    var changed = false;
    nodes.getIds().forEach(function (i) {
      var item = network.body.nodes[i], at = labelAt[i], old = item && item.labelModule && item.labelModule.tupuAt;
      if (!item || !item.labelModule || (at === old) || (at && old && at[0] === old[0] && at[1] === old[1])) return;
      item.labelModule.tupuAt = at;
      changed = true;
    });
    edges.getIds().forEach(function (k) {
      var item = network.body.edges[k], spot = nameAt[k], old = item && item.labelModule && item.labelModule.tupuSpot;
      if (!item || !item.labelModule || !(item.edgeType && item.edgeType.getPoint)) return;
      if (spot === old || (spot && old && spot.join() === old.join())) return;
      item.labelModule.tupuSpot = spot;
      item.labelModule.tupuAt = spot ? function () {
        var p = item.edgeType.getPoint(spot[0]), m = item.edgeType.getPoint(0.5);
        return [p.x - m.x + spot[1], p.y - m.y + spot[2]];
      } : null;
      changed = true;
    });
    return changed;
  }

  function patchLabelDrawing() {  // once: vis's Label class draws at the page's offset
    var any = network.body.nodes[nodes.getIds()[0]] || network.body.edges[edges.getIds()[0]];
    var proto = any && any.labelModule && Object.getPrototypeOf(any.labelModule);
    if (!proto || proto.tupuPatched || typeof proto.draw !== "function") return;
    var draw = proto.draw;
    proto.draw = function (ctx, x, y, selected, hover, baseline) {
      var at = typeof this.tupuAt === "function" ? this.tupuAt() : this.tupuAt;
      if (at) { x += at[0]; y += at[1]; }
      return draw.call(this, ctx, x, y, selected, hover, baseline);
    };
    proto.tupuPatched = true;
  }

  function growAt(scale) {  // node size factor at this zoom
    return fitLabels === nodes.length ? Math.max(1, NODE_MIN / Math.pow(2, levelOf(scale) / ZOOM_STEPS)) : 1;
  }

  function updateLabels() {
    if (!network) return;
    level = levelOf(network.getScale());
    var want = wantedFonts(network.getScale()), nodeUpd = [], edgeUpd = [];
    nodes.getIds().forEach(function (i) {
      if (font[i] !== want[0][i]) { font[i] = want[0][i]; nodeUpd.push({id: i, font: nodeFont(i)}); }
    });
    for (var i = 0; i < N; i++) font[i] = want[0][i];
    edges.getIds().forEach(function (k) {
      if (edgeFont[k] !== want[1][k] || edgeShort[k] !== want[2][k]) {
        edgeFont[k] = want[1][k];
        edgeShort[k] = want[2][k];
        edgeUpd.push({id: k, font: {size: edgeFont[k]}, label: edgeName(k)});
      }
    });
    for (var k = 0; k < D.edges.length; k++) { edgeFont[k] = want[1][k]; edgeShort[k] = want[2][k]; }
    var g = growAt(network.getScale());
    if (g !== grow) {
      grow = g;
      var have = new Set(nodeUpd.map(function (u) { return u.id; }));
      nodeUpd.forEach(function (u) { u.size = D.nodes[u.id][SIZE] * grow; });
      nodes.getIds().forEach(function (i) { if (!have.has(i)) nodeUpd.push({id: i, size: D.nodes[i][SIZE] * grow}); });
    }
    if (nodeUpd.length) nodes.update(nodeUpd);
    if (edgeUpd.length) edges.update(edgeUpd);
    patchLabelDrawing();
    if (placeLabels()) network.body.emitter.emit("_requestRedraw");  // vis's own (coalesced) redraw
  }

  function fitBox(ids) {
    // The view that shows the nodes ids with their labels under them, at the label and node size
    // the layout made room for (geometry.fitBox), as kg/view/layout.py's _fit_scale computes it:
    // {position, scale}, at zoom <= 1 with FIT_PAD around the box.
    var box = document.getElementById("network"), fs = FIT_BOX[0], fg = FIT_BOX[1];
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    ids.forEach(function (i) {
      var n = D.nodes[i], r = n[SIZE] * fg, half = Math.max(r, n[EMS] * fs / 2);
      x0 = Math.min(x0, n[X] - half); x1 = Math.max(x1, n[X] + half);
      y0 = Math.min(y0, n[Y] - r); y1 = Math.max(y1, n[Y] + r + LABEL_LINE * fs);
    });
    var w = Math.max(box.clientWidth, 1), h = Math.max(box.clientHeight, 1);
    var scale = Math.min(1, Math.max(w - 2 * FIT_PAD, w / 2) / Math.max(x1 - x0, 1), Math.max(h - 2 * FIT_PAD, h / 2) / Math.max(y1 - y0, 1));
    return {position: {x: (x0 + x1) / 2, y: (y0 + y1) / 2}, scale: scale, w: w, h: h};
  }

  function fitView() {
    // The box of all shown nodes (fitBox); it sets the zoom levels that count from the fitted view.
    var ids = nodes.getIds();
    if (!ids.length) { network.moveTo({position: {x: 0, y: 0}, scale: 1, animation: false}); return; }
    var fit = fitBox(ids);
    fitLevel = levelOf(fit.scale);
    nameLevel = Math.min(levelOf(EDGE_ZOOM), fitLevel + EDGE_FIT_STEPS);
    fitLabels = ids.length <= LABEL_ALL ? ids.length : Math.max(LABEL_ALL / 2, fit.w * fit.h / PX_PER_LABEL);
    network.moveTo({position: fit.position, scale: fit.scale, animation: false});
    updateLabels();
  }

  function sync(ds, want, make) {
    var have = new Set(ds.getIds());
    var add = [], remove = [];
    want.forEach(function (id) { if (!have.has(id)) add.push(make(id)); });
    have.forEach(function (id) { if (!want.has(id)) remove.push(id); });
    if (remove.length) ds.remove(remove);
    if (add.length) ds.add(add);
  }

  function refresh() {
    var shown = new Array(N), wantNodes = new Set(), wantEdges = new Set();
    for (var i = 0; i < N; i++) shown[i] = D.nodes[i][TETHERED] !== 1 && nodeShown(i, shown);
    for (i = 0; i < N; i++) { if (D.nodes[i][TETHERED] === 1) shown[i] = nodeShown(i, shown); }
    for (i = 0; i < N; i++) { if (shown[i]) wantNodes.add(i); }
    for (var k = 0; k < D.edges.length; k++) { if (edgeShown(k, shown)) wantEdges.add(k); }
    sync(edges, wantEdges, edgeItem);
    sync(nodes, wantNodes, nodeItem);
    if (selected !== null && !wantNodes.has(selected)) selected = null;
    highlight(selected);
    updateLabels();
    status.textContent = wantNodes.size + " / " + N + " 节点 nodes · " + wantEdges.size + " / " + D.edges.length + " 边 edges";
  }

  // ------------------------------------------------------------------ highlight

  function neighbours(i) {
    var near = new Set([i]);
    adj[i].forEach(function (k) {
      var e = D.edges[k];
      if (edges.get(k)) near.add(e[FROM] === i ? e[TO] : e[FROM]);
    });
    return near;
  }

  function highlight(i) {
    if (i === null && !dimmed) return;
    near = i === null ? null : neighbours(i);
    updateLabels();
    nodes.update(nodes.getIds().map(function (id) {
      return {id: id, opacity: near === null || near.has(id) ? 1 : DIM, font: nodeFont(id)};
    }));
    edges.update(edges.getIds().map(function (k) {
      var e = D.edges[k], on = near === null || e[FROM] === i || e[TO] === i;
      return {id: k, color: {color: D.relations[e[REL]].color, opacity: on ? 1 : DIM}};
    }));
    dimmed = near !== null;
  }

  // ------------------------------------------------------------------ panel

  function evidenceBlock(ids) {
    var box = el("div");
    ids.forEach(function (id) {
      var ev = D.evidence[id];
      var q = el("div", "ev", ev[1]);
      var src = ev[0] >= 0 ? "《" + D.sources[ev[0]][0] + "》" : "";
      q.appendChild(el("span", "src", "— " + src + (ev[2] ? " · " + ev[2] : "")));
      box.appendChild(q);
    });
    return box;
  }

  function jumpButton(i) {
    var b = el("button", "jump", D.nodes[i][LABEL]);
    b.type = "button";
    b.title = className(i);
    b.addEventListener("click", function () { focusNode(i); });
    return b;
  }

  function addField(dl, term, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", null, term));
    dl.appendChild(el("dd", null, Array.isArray(value) ? value.join("、") : value));
  }

  function addLink(dl, term, url) {  // a web address from the graph: a link only when it is http(s)
    var dd = el("dd");
    if (/^https?:\/\//i.test(url)) {
      var a = el("a", null, url);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      dd.appendChild(a);
    } else {
      dd.textContent = url;
    }
    dl.appendChild(el("dt", null, term));
    dl.appendChild(dd);
  }

  function relationList(i) {
    var box = el("div"), byRel = {};
    adj[i].forEach(function (k) { (byRel[D.edges[k][REL]] = byRel[D.edges[k][REL]] || []).push(k); });
    Object.keys(byRel).sort().forEach(function (r) {
      var list = byRel[r], ul = el("ul");
      box.appendChild(el("h3", null, relName(r) + " (" + list.length + ")"));
      list.slice(0, LIST_LIMIT).forEach(function (k) {
        var e = D.edges[k], out = e[FROM] === i, li = el("li");
        li.appendChild(el("span", "rel", out ? "→ " : "← "));
        li.appendChild(jumpButton(out ? e[TO] : e[FROM]));
        if (ENDED.has(k)) li.appendChild(el("span", "former", FORMER));
        li.appendChild(evidenceBlock(e[EVID]));
        ul.appendChild(li);
      });
      if (list.length > LIST_LIMIT) ul.appendChild(el("li", "hint", "… +" + (list.length - LIST_LIMIT)));
      box.appendChild(ul);
    });
    return box;
  }

  function showPanel(i, message) {  // i: a node, or null: the message, or the default hint
    panel.textContent = "";
    if (i === null) { panel.appendChild(el("p", "hint", message || "点击节点查看详情 Click a node for details")); return; }
    var info = D.info[i], dl = el("dl");
    panel.appendChild(el("h2", null, D.nodes[i][LABEL]));
    panel.appendChild(el("div", "iri", info.iri));
    addField(dl, "类别 Class", className(i) + (info.sub ? " (" + info.sub.join(", ") + ")" : ""));
    addField(dl, "别名 Aliases", info.alt);
    addField(dl, "泛称 Generic names", info.generic);  // (公安局: any unit of the kind elsewhere)
    addField(dl, "区划代码 Adcode", info.adcode);
    addField(dl, "级别 Level", info.level ? (LEVELS[info.level] || "") + " " + info.level : "");
    addField(dl, "日期 Date", info.date);
    addField(dl, "来源 Source", info.source);
    addField(dl, "来源文件 File", info.file);
    if (info.url) addLink(dl, "网址 URL", info.url);
    panel.appendChild(dl);
    if (info.posts) {
      panel.appendChild(el("h3", null, "职务 Posts"));
      var ul = el("ul");
      info.posts.forEach(function (p) {
        var li = el("li", null, p[0]);
        (p[2] || []).forEach(function (m) {  // [body label, ended 0/1] of each org:Membership of the post
          if (m[0]) li.appendChild(el("span", "unit", m[0]));
          if (m[1]) li.appendChild(el("span", "former", FORMER));
        });
        li.appendChild(evidenceBlock(p[1]));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    panel.appendChild(relationList(i));
  }

  // ------------------------------------------------------------------ actions

  function select(i, message) {  // i: a node, or null (message: what the panel says instead)
    selected = i;
    if (i === null) network.unselectAll(); else network.selectNodes([i]);
    highlight(i);
    showPanel(i, message);
  }

  function noMatch(query) {
    return "无结果 No match: “" + query.trim() + "”";
  }

  function expand(i) {
    adj[i].forEach(function (k) {
      var e = D.edges[k];
      if (relOn[e[REL]]) extra.add(e[FROM] === i ? e[TO] : e[FROM]);
    });
  }

  function focusNode(i) {
    // The node found (search, Enter) with the neighbours it shows, fitted in the window (at zoom <= 1,
    // as the whole graph is): it zoomed to at least 1 on the node alone, its neighbours off the canvas.
    fitted = false;
    pinned.add(i);
    expand(i);
    refresh();
    var ids = [i];
    adj[i].forEach(function (k) {
      var e = D.edges[k], j = e[FROM] === i ? e[TO] : e[FROM];
      if (edges.get(k) && nodes.get(j)) ids.push(j);
    });
    var fit = fitBox(ids);
    network.moveTo({position: fit.position, scale: fit.scale, animation: false});
    select(i);
    updateLabels();
  }

  function search(query) {
    var q = query.trim().toLowerCase(), hits = [];
    if (!q) return hits;
    for (var i = 0; i < N; i++) {
      var rank = -1;
      names[i].forEach(function (name, k) {
        var at = name.indexOf(q);
        if (at >= 0) {
          var r = (name === q ? 0 : at === 0 ? 1 : 2) * 2 + (k === 0 ? 0 : 1);
          if (rank < 0 || r < rank) rank = r;
        }
      });
      if (rank >= 0) hits.push([rank, D.nodes[i][LABEL].length, i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.map(function (h) { return h[2]; });
  }

  function showResults(hits) {
    results.textContent = "";
    hits.slice(0, RESULT_LIMIT).forEach(function (i) {
      var li = el("li"), b = el("button", null, D.nodes[i][LABEL]);
      b.type = "button";
      if (D.info[i].which) b.appendChild(el("span", "which", D.info[i].which));  // (two of one name: their units or IRIs)
      b.appendChild(el("span", "cls", className(i)));
      b.addEventListener("click", function () { results.hidden = true; focusNode(i); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (hits.length > RESULT_LIMIT) results.appendChild(el("li", "hint", "… +" + (hits.length - RESULT_LIMIT)));
    if (!hits.length && searchBox.value.trim()) results.appendChild(el("li", "hint", "无结果 No match"));
    results.hidden = !searchBox.value.trim();
  }

  function reset() {
    fitted = true;
    extra.clear();
    pinned.clear();
    D.focus.forEach(function (i) { pinned.add(i); });
    classOn = D.classes.map(function (c) { return c.shown; });
    relOn = D.relations.map(function (r) { return r.shown; });
    document.querySelectorAll("#filters input").forEach(function (box) {
      box.checked = (box.dataset.kind === "class" ? classOn : relOn)[Number(box.dataset.index)];
    });
    searchBox.value = "";
    results.hidden = true;
    refresh();
    select(D.focus.length ? D.focus[0] : null);
    fitView();
  }

  // ------------------------------------------------------------------ filters and legend

  function filterBox(kind, index, on, marker, text, count) {
    var label = el("label"), box = el("input");
    box.type = "checkbox";
    box.checked = on;
    box.dataset.kind = kind;
    box.dataset.index = String(index);
    box.id = "filter-" + kind + "-" + (kind === "class" ? D.classes : D.relations)[index].key;
    box.addEventListener("change", function () {
      (kind === "class" ? classOn : relOn)[index] = box.checked;
      refresh();
    });
    label.appendChild(box);
    label.appendChild(marker);
    label.appendChild(el("span", null, text));
    label.appendChild(el("span", "count", count));
    return label;
  }

  function buildFilters() {
    var perClass = D.classes.map(function () { return 0; }), perRel = D.relations.map(function () { return 0; });
    D.nodes.forEach(function (n) { perClass[n[CLS]]++; });
    D.edges.forEach(function (e) { perRel[e[REL]]++; });
    D.classes.forEach(function (c, k) {
      var glyph = el("span", "glyph", GLYPHS[c.shape] || "●");
      glyph.style.color = c.color;
      document.getElementById("class-filters").appendChild(filterBox("class", k, classOn[k], glyph, c.zh + " " + c.key, perClass[k]));
    });
    D.relations.forEach(function (r, k) {
      var line = el("span", "line");
      line.style.borderColor = r.color;
      document.getElementById("relation-filters").appendChild(filterBox("relation", k, relOn[k], line, relName(k), perRel[k]));
    });
  }

  // ------------------------------------------------------------------ network

  function options() {
    var groups = {};
    D.classes.forEach(function (c) {
      groups[c.key] = {shape: c.shape, color: {background: c.color, border: c.color, highlight: {background: c.color, border: "#1f2328"}}};
    });
    var big = N > 1000;
    return {
      autoResize: true,
      groups: groups,
      layout: {improvedLayout: false, randomSeed: 1},
      physics: {enabled: false},
      interaction: {hover: false, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 300, multiselect: false},
      nodes: {borderWidth: 1, font: {face: D.font, size: NODE_FONT, color: INK, strokeWidth: 4, strokeColor: "#ffffff"},
              scaling: {label: {drawThreshold: DRAW_THRESHOLD, maxVisible: VIS_MAX_VISIBLE}}},
      edges: {smooth: false, width: EDGE_WIDTH, arrows: {to: {enabled: true, scaleFactor: ARROW_SCALE}},
              font: Object.assign({face: D.font, size: EDGE_FONT}, EDGE_LABEL),
              scaling: {label: {drawThreshold: DRAW_THRESHOLD, maxVisible: VIS_MAX_VISIBLE}},
              selectionWidth: 1}
    };
  }

  var nodes = new vis.DataSet(), edges = new vis.DataSet(), network = null;
  var panel = document.getElementById("panel"), status = document.getElementById("status");
  var searchBox = document.getElementById("search"), results = document.getElementById("results");
  buildFilters();
  D.focus.forEach(function (i) { pinned.add(i); });
  refresh();
  network = new vis.Network(document.getElementById("network"), {nodes: nodes, edges: edges}, options());
  fitView();
  var api = window.tupu = {network: network, nodes: nodes, edges: edges, data: D, ready: null, fit: fitView,
                           focusNode: focusNode, search: search, reset: reset, expand: function (i) { expand(i); refresh(); }};

  network.once("afterDrawing", function () {
    api.ready = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  network.on("click", function (p) { select(p.nodes.length ? p.nodes[0] : null); });
  var fitted = true;  // the view is still the fitted one: refit when the canvas changes size
  network.on("zoom", function (p) { fitted = false; if (levelOf(p.scale) !== level) updateLabels(); });
  network.on("dragEnd", function (p) { if (!p.nodes.length) fitted = false; });
  // vis rescales the view by the canvas's change of size right after it emits "resize" (it
  // restores its camera state), which undid the refit made here: a window that grows after the
  // first fit (a headless screenshot at 1200 × 800, a window maximised) kept the view zoomed by
  // that ratio, nodes and labels past the canvas's edges under the side panels. The refit clears
  // that state, so vis leaves the fitted view as it is (a later resize stores it anew).
  network.on("resize", function () {
    if (!fitted) return;
    fitView();
    if (network.canvas && network.canvas.cameraState) network.canvas.cameraState = {};
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) { expand(p.nodes[0]); refresh(); } });
  searchBox.addEventListener("input", function () { showResults(search(searchBox.value)); });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = search(searchBox.value);
      results.hidden = true;
      if (hits.length) focusNode(hits[0]);
      else if (searchBox.value.trim()) { showResults(hits); select(null, noMatch(searchBox.value)); }
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  document.getElementById("reset").addEventListener("click", reset);
  if (D.focus.length) select(D.focus[0]);
  if (D.reduced) status.textContent += " · 仅显示主要节点，可搜索或双击展开 reduced view: search or double-click to expand";
})();
