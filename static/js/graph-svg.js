/*
 * gradpad autograd graph drawing: turns the kernel's laid-out graph
 * (application/vnd.gradpad.autograd-graph+json, see GraphJson.java) into an inline <svg>.
 *
 *   GradpadGraph.render(graph) -> SVGSVGElement     graph: the parsed JSON object (or its text)
 *   GradpadGraph.MIME                                 the output mime key that carries it
 *
 * Built with DOM calls only (createElementNS, setAttribute, textContent): labels come from the
 * kernel and are never parsed as markup. Colours follow torchviz: leaf tensors light blue, grad_fn
 * nodes light grey, AccumulateGrad grey, the output tensor darkolivegreen1. Box text is black on
 * those light fills in any colour scheme; edges and arrowheads use currentColor, so they follow
 * the surrounding text colour (dark on a light page, light on a dark one).
 * Test hooks: data-testid="autograd-graph" on the <svg>; each node a <g> with data-node-id,
 * data-node-kind and data-label (its lines joined by spaces); each edge a <path> with
 * data-from/data-to (node ids).
 */
var GradpadGraph = (function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var MIME = 'application/vnd.gradpad.autograd-graph+json';
  // GraphLayout.java sizes boxes for this font: 7.2 px per character, 15 px per line, 6 px padding.
  var FONT_SIZE = 12;
  var LINE_HEIGHT = 15;
  var PAD_Y = 6;
  var FILL = {
    output: '#caff70',          // torchviz's darkolivegreen1
    leaf: '#add8e6',            // lightblue
    function: '#d3d3d3',        // lightgrey (graphviz's default fill)
    accumulate_grad: '#c0c0c0', // grey
    saved: '#ffa500'            // orange: a tensor saved for backward (show_saved=True)
  };
  // Duplicate edges (y * y uses y twice) bow apart by this much so each stays visible.
  var FAN = 14;
  var serial = 0;

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    }
    if (parent) parent.appendChild(e);
    return e;
  }

  function num(v) {
    var n = Number(v);
    return isFinite(n) ? n : 0;
  }

  function fmt(v) {
    return String(Math.round(v * 10) / 10);
  }

  function nodeLabel(node) {
    return (node.lines || []).map(String).join(' ');
  }

  // Path data for one edge; `offset` bends the line sideways (0 for a single edge).
  function edgePath(points, offset) {
    var p = points.map(num);
    if (p.length < 4) return '';
    var d = 'M' + fmt(p[0]) + ' ' + fmt(p[1]);
    var n = p.length / 2;
    if (offset && n === 2) {
      var mx = (p[0] + p[2]) / 2 + 2 * offset;
      var my = (p[1] + p[3]) / 2;
      return d + ' Q' + fmt(mx) + ' ' + fmt(my) + ' ' + fmt(p[2]) + ' ' + fmt(p[3]);
    }
    for (var i = 1; i < n; i++) {
      var shift = i < n - 1 ? offset : 0; // interior waypoints move, the endpoints stay on the boxes
      d += ' L' + fmt(p[2 * i] + shift) + ' ' + fmt(p[2 * i + 1]);
    }
    return d;
  }

  function render(graph) {
    var g = typeof graph === 'string' ? JSON.parse(graph) : graph;
    var nodes = g.nodes || [];
    var edges = g.edges || [];
    var width = Math.max(1, num(g.width));
    var height = Math.max(1, num(g.height));
    var id = 'gradpad-arrow-' + (++serial);

    var svg = el('svg', {
      'data-testid': 'autograd-graph',
      'class': 'gradpad-graph',
      role: 'img',
      viewBox: '0 0 ' + fmt(width) + ' ' + fmt(height),
      width: fmt(width),
      height: fmt(height),
      'font-family': 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      'font-size': FONT_SIZE
    });
    var byId = {};
    nodes.forEach(function (n) { byId[n.id] = n; });
    var summary = 'autograd graph: ' + nodes.length + ' nodes';
    edges.forEach(function (e) {
      var a = byId[e.from];
      var b = byId[e.to];
      if (a && b) summary += '; ' + nodeLabel(a) + ' -> ' + nodeLabel(b);
    });
    el('title', null, svg).textContent = summary;

    var defs = el('defs', null, svg);
    var marker = el('marker', {
      id: id, viewBox: '0 0 10 10', refX: 10, refY: 5,
      markerWidth: 7, markerHeight: 7, orient: 'auto', markerUnits: 'userSpaceOnUse'
    }, defs);
    el('path', { d: 'M0 0 L10 5 L0 10 Z', fill: 'currentColor' }, marker);

    // Edges first, so boxes cover their ends.
    var edgeLayer = el('g', { 'class': 'gradpad-graph-edges', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 }, svg);
    var seen = {};
    var counts = {};
    edges.forEach(function (e) {
      var key = e.from + '>' + e.to;
      counts[key] = (counts[key] || 0) + 1;
    });
    edges.forEach(function (e) {
      var key = e.from + '>' + e.to;
      var k = seen[key] = (seen[key] || 0) + 1;
      var offset = (k - 1 - (counts[key] - 1) / 2) * FAN;
      el('path', {
        'class': 'gradpad-graph-edge',
        'data-from': num(e.from),
        'data-to': num(e.to),
        d: edgePath(e.points || [], offset),
        'marker-end': 'url(#' + id + ')'
      }, edgeLayer);
    });

    var nodeLayer = el('g', { 'class': 'gradpad-graph-nodes' }, svg);
    nodes.forEach(function (n) {
      var kind = FILL.hasOwnProperty(n.kind) ? n.kind : 'function';
      var label = nodeLabel(n);
      var x = num(n.x);
      var y = num(n.y);
      var w = num(n.w);
      var h = num(n.h);
      var group = el('g', {
        'class': 'gradpad-graph-node gradpad-graph-' + kind,
        'data-node-id': num(n.id),
        'data-node-kind': kind,
        'data-label': label
      }, nodeLayer);
      el('title', null, group).textContent = label;
      el('rect', {
        x: fmt(x), y: fmt(y), width: fmt(w), height: fmt(h), rx: 3, ry: 3,
        fill: FILL[kind], stroke: '#404040', 'stroke-width': 1
      }, group);
      var text = el('text', { 'text-anchor': 'middle', fill: '#000000' }, group);
      (n.lines || []).forEach(function (line, i) {
        var t = el('tspan', {
          x: fmt(x + w / 2),
          // baseline of line i: the line box's top plus about 3/4 of its height
          y: fmt(y + PAD_Y + i * LINE_HEIGHT + LINE_HEIGHT * 0.75)
        }, text);
        t.textContent = String(line);
      });
    });
    return svg;
  }

  return { render: render, MIME: MIME };
})();
