// summitgraph interactive map: search, focus, filters, date range, side panel, view in the URL,
// downloads. Plain JavaScript over the Graphviz SVG in the page and the JSON data block beside it.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('summitgraph-data').textContent);
  const $ = (id) => document.getElementById(id);
  const svg = document.querySelector('#map > svg');

  // Names folded as the CLI folds them: NFKD, marks stripped, lowercase, anything but letters and digits one space.
  const fold = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const dayOf = (iso) => { const [y, m, d] = iso.split('-').map(Number); return Math.round(Date.UTC(y, m - 1, d) / 86400000); };
  const isoOf = (day) => new Date(day * 86400000).toISOString().slice(0, 10);

  // Indexes: nodes, edges and sources by id; each edge's drawn SVG element; each node's edges.
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const edges = new Map(data.edges.map((e) => [e.id, e]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  for (const n of data.nodes) {
    n.el = document.getElementById(n.svg);
    n.edges = [];
    n.keys = [n.name, ...(n.aliases || [])].map(fold);
  }
  for (const e of data.edges) {
    e.from = e.first ? dayOf(e.first) : null;
    e.to = e.last ? dayOf(e.last) : null;
    nodes.get(e.source).edges.push(e);
    if (e.target !== e.source) nodes.get(e.target).edges.push(e);
  }
  for (const d of data.drawn) {
    d.el = document.getElementById(d.svg);
    d.edges = d.members.map((id) => edges.get(id)).filter(Boolean);
    for (const e of d.edges) e.drawn = d;
    if (d.el) d.el.dataset.drawn = d.svg;
  }
  const drawnBySVG = new Map(data.drawn.map((d) => [d.svg, d]));
  const nodeBySVG = new Map(data.nodes.map((n) => [n.svg, n]));
  const days = data.edges.filter((e) => e.from !== null).flatMap((e) => [e.from, e.to]);
  const firstDay = days.length ? Math.min(...days) : null;
  const lastDay = days.length ? Math.max(...days) : null;

  // The view: what is focused and what the filters let through. Null bounds mean the whole range.
  const all = () => ({ kinds: new Set(data.kinds), types: new Set(data.types), statuses: new Set(data.statuses) });
  const state = Object.assign({ focus: null, depth: 1, from: null, to: null, undated: true, edge: null }, all());

  function passes(e) {
    if (!state.types.has(e.type) || !state.statuses.has(e.status)) return false;
    if (!state.kinds.has(nodes.get(e.source).kind) || !state.kinds.has(nodes.get(e.target).kind)) return false;
    if (e.from === null) return state.undated;
    return (state.from === null || e.to >= state.from) && (state.to === null || e.from <= state.to);
  }

  /// The nodes within `state.depth` hops of the focus over edges the filters let through.
  /// Complexity: O(size of the neighbourhood's edges).
  function neighbourhood(visible) {
    const reached = new Map([[state.focus, 0]]);
    let frontier = [state.focus];
    for (let hop = 1; hop <= state.depth; hop++) {
      const next = [];
      for (const id of frontier) {
        for (const e of nodes.get(id).edges) {
          if (!visible.has(e)) continue;
          const other = e.source === id ? e.target : e.source;
          if (!reached.has(other)) { reached.set(other, hop); next.push(other); }
        }
      }
      frontier = next;
    }
    return reached;
  }

  // Each element's class of state, set only when it changes (a focus click touches few elements).
  const shown = new WeakMap();
  function mark(el, cls) {
    if (!el || shown.get(el) === cls) return;
    const before = shown.get(el);
    if (before) el.classList.remove(before);
    if (cls) el.classList.add(cls);
    shown.set(el, cls);
  }

  // The focus is drawn on a layer of its own above the map: a veil, and copies of the neighbourhood's
  // shapes. The map itself does not change, so a focus click repaints only the few shapes copied.
  const NS = 'http://www.w3.org/2000/svg';
  const layer = document.createElementNS(NS, 'svg');
  layer.id = 'focus-layer';
  for (const name of ['viewBox', 'preserveAspectRatio']) if (svg.hasAttribute(name)) layer.setAttribute(name, svg.getAttribute(name));
  const veil = document.createElementNS(NS, 'rect');
  const box = svg.viewBox.baseVal;
  for (const [k, v] of [['x', box.x], ['y', box.y], ['width', box.width], ['height', box.height], ['class', 'sg-veil']]) veil.setAttribute(k, v);
  const lifted = document.createElementNS(NS, 'g');
  const graph = svg.querySelector('g.graph');
  if (graph && graph.hasAttribute('transform')) lifted.setAttribute('transform', graph.getAttribute('transform'));
  layer.append(veil, lifted);
  layer.style.display = 'none';
  $('map').append(layer);
  function lift(element, svgID, cls) {
    if (!element) return;
    const copy = element.cloneNode(true);
    copy.removeAttribute('id');
    for (const inner of copy.querySelectorAll('[id]')) inner.removeAttribute('id');
    copy.classList.remove('sg-faded', 'sg-dim');
    if (cls) copy.classList.add(cls);
    copy.dataset.svg = svgID;
    lifted.append(copy);
  }

  let view = { nodes: [], edges: [], faded: [], hidden: [], lifted: new Set() };
  /// Applies the state to the SVG, the focus layer, the key, the panel and the URL.
  /// Complexity: O(V + E) in script; the map repaints only when a filter changes what it shows.
  function apply(options = {}) {
    const visible = new Set(data.edges.filter(passes));
    const near = state.focus ? neighbourhood(visible) : null;
    const active = new Set();
    for (const e of visible) {
      if (!near || (near.has(e.source) && near.has(e.target))) active.add(e);
    }
    view = { nodes: [], edges: [...active].map((e) => e.id).sort(), faded: [], hidden: [], lifted: new Set() };
    lifted.replaceChildren();
    for (const d of data.drawn) {
      const on = d.edges.some((e) => visible.has(e));
      const selected = state.edge === d.svg ? 'sg-selected' : null;
      mark(d.el, on ? selected : 'sg-hidden');
      if (near && on && d.edges.some((e) => active.has(e))) { lift(d.el, d.svg, selected); view.lifted.add(d.svg); }
    }
    const touched = new Set();
    for (const e of visible) { touched.add(e.source); touched.add(e.target); }
    for (const n of data.nodes) {
      let cls = null;
      if (!state.kinds.has(n.kind)) { cls = 'sg-hidden'; view.hidden.push(n.id); }
      else if (!touched.has(n.id) && n.id !== state.focus) { cls = 'sg-faded'; view.faded.push(n.id); }
      else if (near && !near.has(n.id)) view.faded.push(n.id);
      else view.nodes.push(n.id);
      mark(n.el, cls);
      if (near && near.has(n.id) && cls !== 'sg-hidden') { lift(n.el, n.svg, n.id === state.focus ? 'sg-focus' : null); view.lifted.add(n.svg); }
    }
    layer.style.display = near ? '' : 'none';
    view.nodes.sort();
    syncControls();
    if (!options.keepPanel) renderPanel();
    if (!options.keepHash) writeHash();
  }

  // ---- Controls: key (type toggles), kind and status filters, date sliders, depth.
  function checkboxes(container, values, set, swatch) {
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = value;
      box.addEventListener('change', () => { box.checked ? set().add(value) : set().delete(value); apply(); });
      label.append(box);
      if (swatch) { const s = document.createElement('span'); s.className = 'swatch'; s.style.borderTopColor = swatch(value); label.append(s); }
      label.append(value.replace(/_/g, ' '));
      container.append(label);
    }
  }
  // The key's colour for a type: the stroke of its first drawn edge, so the key is the static map's.
  const colorOf = (type) => {
    const path = svg.querySelector(`g.edge.type-${CSS.escape(type)} path`);
    return path ? path.getAttribute('stroke') : '#000';
  };
  checkboxes($('kinds'), data.kinds, () => state.kinds);
  checkboxes($('types'), data.types, () => state.types, colorOf);
  checkboxes($('statuses'), data.statuses, () => state.statuses);
  const fromSlider = $('from'), toSlider = $('to');
  if (firstDay === null) {
    $('dates').hidden = true;
  } else {
    for (const s of [fromSlider, toSlider]) { s.min = firstDay; s.max = lastDay; s.step = 1; }
    fromSlider.addEventListener('input', () => {
      let v = +fromSlider.value;
      if (state.to !== null && v > state.to) v = state.to;
      state.from = v === firstDay ? null : v;
      apply();
    });
    toSlider.addEventListener('input', () => {
      let v = +toSlider.value;
      if (state.from !== null && v < state.from) v = state.from;
      state.to = v === lastDay ? null : v;
      apply();
    });
  }
  $('undated').addEventListener('change', () => { state.undated = $('undated').checked; apply(); });
  $('depth').addEventListener('change', () => { state.depth = $('depth').checked ? 2 : 1; apply(); });

  function syncControls() {
    for (const [id, set] of [['kinds', state.kinds], ['types', state.types], ['statuses', state.statuses]]) {
      for (const box of $(id).querySelectorAll('input')) {
        box.checked = set.has(box.value);
        box.parentElement.classList.toggle('key-off', !box.checked);
      }
    }
    if (firstDay !== null) {
      fromSlider.value = state.from ?? firstDay;
      toSlider.value = state.to ?? lastDay;
      $('from-label').textContent = isoOf(state.from ?? firstDay);
      $('to-label').textContent = isoOf(state.to ?? lastDay);
    }
    $('undated').checked = state.undated;
    $('depth').checked = state.depth === 2;
  }

  // ---- The side panel: the focused node's card, or the clicked edge's.
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; };
  function sourceItem(citation) {
    const s = sources.get(citation.source) || { id: citation.source, publisher: citation.source, title: '' };
    const div = el('div', null, 'source');
    div.append(el('span', [s.publisher, s.published].filter(Boolean).join(', ') + ': '));
    const title = el(s.link || s.file ? 'a' : 'span', '“' + (s.title || s.id) + '”');
    if (s.link || s.file) { title.href = s.link || s.file; title.target = '_blank'; title.rel = 'noopener'; }
    div.append(title);
    if (citation.paraphrase) { div.append(el('br')); div.append(el('span', citation.paraphrase, 'paraphrase')); }
    return div;
  }
  function edgeItem(e, from) {
    const div = el('div', null, 'edge');
    const other = from ? (e.source === from ? '→ ' + nodes.get(e.target).name : '← ' + nodes.get(e.source).name)
      : nodes.get(e.source).name + ' → ' + nodes.get(e.target).name;
    const head = el('div');
    head.append(el('b', e.type.replace(/_/g, ' ') + ' '), el('span', other));
    div.append(head);
    const facts = [e.date, e.status, e.place, e.role && 'role: ' + e.role, e.title && 'title: ' + e.title,
      e.areas && 'areas: ' + e.areas.join(', '), e.topics && 'topics: ' + e.topics.join('; ')].filter(Boolean);
    div.append(el('div', facts.join(' · '), 'meta'));
    for (const c of e.citations) div.append(sourceItem(c));
    return div;
  }
  function renderPanel() {
    const panel = $('panel');
    panel.replaceChildren();
    if (state.edge) {
      const d = drawnBySVG.get(state.edge);
      panel.append(el('h3', d.edges.length > 1 ? `${d.edges.length} edges` : 'Edge'));
      for (const e of d.edges) panel.append(edgeItem(e, null));
      return;
    }
    if (!state.focus) return;
    const n = nodes.get(state.focus);
    panel.append(el('h3', n.name), el('div', [n.kind, n.subtype].filter(Boolean).join(' · ') + ' · ' + n.id, 'meta'));
    if (n.aliases) { panel.append(el('h2', 'Also called')); panel.append(el('div', n.aliases.join('; '))); }
    if (n.offices) {
      panel.append(el('h2', 'Offices'));
      const ul = el('ul');
      for (const o of n.offices) ul.append(el('li', [o.title, o.of].filter(Boolean).join(', ') + (o.status === 'occurred' ? '' : ` (${o.status})`)));
      panel.append(ul);
    }
    panel.append(el('h2', `Edges (${n.edges.length})`));
    const sorted = [...n.edges].sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity) || a.id.localeCompare(b.id));
    for (const e of sorted) panel.append(edgeItem(e, n.id));
  }

  // ---- Focus, search, clicks, keyboard.
  function focus(id, depth) {
    if (!nodes.has(id)) return false;
    state.focus = id;
    state.edge = null;
    if (depth) state.depth = depth;
    apply();
    return true;
  }
  function clear() {
    state.focus = null;
    state.edge = null;
    $('search').value = '';
    $('matches').replaceChildren();
    apply();
  }
  function search(query) {
    const words = fold(query).split(' ').filter(Boolean);
    if (!words.length) return [];
    const hits = data.nodes.filter((n) => n.keys.some((k) => words.every((w) => k.split(' ').some((t) => t.startsWith(w)) || k.includes(w))));
    return hits.sort((a, b) => a.name.localeCompare(b.name)).map((n) => n.id);
  }
  function showMatches() {
    const list = $('matches');
    list.replaceChildren();
    for (const id of search($('search').value).slice(0, 30)) {
      const n = nodes.get(id);
      const li = el('li', n.name);
      li.dataset.id = id;
      li.append(el('span', n.kind, 'kind'));
      li.addEventListener('click', () => { focus(id); list.replaceChildren(); });
      list.append(li);
    }
    if (list.firstChild) list.firstChild.classList.add('active');
  }
  $('search').addEventListener('input', showMatches);
  $('search').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = $('matches').querySelector('li');
      if (first) { focus(first.dataset.id); $('matches').replaceChildren(); }
    }
  });
  svg.addEventListener('click', (event) => {
    const node = event.target.closest('g.node');
    if (node && nodeBySVG.has(node.id)) { focus(nodeBySVG.get(node.id).id); return; }
    const edge = event.target.closest('g.edge');
    if (edge && drawnBySVG.has(edge.id)) { state.edge = edge.id; apply({ keepHash: true }); }
  });
  layer.addEventListener('click', (event) => {
    const copy = event.target.closest('[data-svg]');
    if (!copy) return;
    if (nodeBySVG.has(copy.dataset.svg)) focus(nodeBySVG.get(copy.dataset.svg).id);
    else if (drawnBySVG.has(copy.dataset.svg)) { state.edge = copy.dataset.svg; apply({ keepHash: true }); }
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement && event.target.type === 'search';
    if (event.key === '/' && !typing) { event.preventDefault(); $('search').focus(); $('search').select(); }
    if (event.key === 'Escape') { clear(); if (typing) event.target.blur(); }
  });

  // ---- The view in the URL: #focus=…&depth=…&from=…&to=…&types=…&kinds=…&statuses=…&undated=0
  function writeHash() {
    const p = new URLSearchParams();
    if (state.focus) { p.set('focus', state.focus); p.set('depth', state.depth); }
    if (state.from !== null) p.set('from', isoOf(state.from));
    if (state.to !== null) p.set('to', isoOf(state.to));
    for (const key of ['types', 'kinds', 'statuses']) {
      if (state[key].size !== data[key].length) p.set(key, data[key].filter((v) => state[key].has(v)).join(','));
    }
    if (!state.undated) p.set('undated', '0');
    const hash = p.toString().replace(/%2C/g, ',');
    if (location.hash.slice(1) !== hash) history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }
  function readHash() {
    const p = new URLSearchParams(location.hash.slice(1));
    Object.assign(state, all(), { focus: null, depth: 1, from: null, to: null, undated: true, edge: null });
    if (p.has('focus') && nodes.has(p.get('focus'))) state.focus = p.get('focus');
    if (p.get('depth') === '2') state.depth = 2;
    const day = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') ? dayOf(v) : null);
    state.from = day(p.get('from'));
    state.to = day(p.get('to'));
    for (const key of ['types', 'kinds', 'statuses']) {
      if (p.has(key)) state[key] = new Set(p.get(key).split(',').filter((v) => data[key].includes(v)));
    }
    state.undated = p.get('undated') !== '0';
  }
  window.addEventListener('hashchange', () => { readHash(); apply({ keepHash: true }); });

  // ---- Downloads of the current view: SVG, and PNG at 3×.
  function currentSVG() {
    const copy = svg.cloneNode(true);
    for (const g of copy.querySelectorAll('.sg-hidden')) g.remove();
    for (const g of copy.querySelectorAll('.sg-dim')) g.setAttribute('opacity', '0.1');
    for (const g of copy.querySelectorAll('.sg-faded')) g.setAttribute('opacity', '0.22');
    if (state.focus) {
      for (const g of copy.querySelectorAll('g.node, g.edge')) if (!view.lifted.has(g.id)) g.setAttribute('opacity', '0.1');
      for (const g of copy.querySelectorAll('g.sg-selected path')) g.setAttribute('stroke-width', '3');
    }
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return new XMLSerializer().serializeToString(copy);
  }
  function download(name, blob) {
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
  function png(scale) {
    return new Promise((resolve, reject) => {
      const text = currentSVG();
      const image = new Image();
      image.onload = () => {
        const box = svg.viewBox.baseVal;
        const canvas = el('canvas');
        canvas.width = Math.ceil((box && box.width ? box.width : image.width) * scale);
        canvas.height = Math.ceil((box && box.height ? box.height : image.height) * scale);
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
      };
      image.onerror = () => reject(new Error('the SVG did not load as an image'));
      image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
    });
  }
  $('download-svg').addEventListener('click', () => download('map.svg', new Blob([currentSVG()], { type: 'image/svg+xml' })));
  $('download-png').addEventListener('click', () => png(3).then((blob) => download('map.png', blob)));
  $('print').addEventListener('click', () => window.print());
  $('zoom-in').addEventListener('click', () => zoom(1.25));
  $('zoom-out').addEventListener('click', () => zoom(0.8));
  $('zoom-fit').addEventListener('click', () => zoom(0));
  let scale = 1;
  function zoom(factor) {
    const box = svg.viewBox.baseVal;
    scale = factor ? scale * factor : 1;
    $('map').classList.toggle('zoomed', scale !== 1);
    svg.style.width = scale === 1 ? '' : box.width * scale * 1.33 + 'px';
    svg.style.height = scale === 1 ? '' : box.height * scale * 1.33 + 'px';
    layer.style.width = svg.style.width;
    layer.style.height = svg.style.height;
  }

  // ---- The test hook.
  window.summitgraph = {
    data,
    focus,
    clear,
    search,
    /// Sets filters: {types, kinds, statuses: [..], from, to: 'YYYY-MM-DD' or null, undated: bool}.
    filter(f) {
      for (const key of ['types', 'kinds', 'statuses']) if (f[key]) state[key] = new Set(f[key]);
      if ('from' in f) state.from = f.from ? dayOf(f.from) : null;
      if ('to' in f) state.to = f.to ? dayOf(f.to) : null;
      if ('undated' in f) state.undated = !!f.undated;
      apply();
    },
    selectEdge(svgID) { state.edge = svgID; apply({ keepHash: true }); },
    png: (scale) => png(scale || 3).then((b) => b.size),
    state: () => ({ focus: state.focus, depth: state.depth, from: state.from === null ? null : isoOf(state.from),
      to: state.to === null ? null : isoOf(state.to), undated: state.undated, types: [...state.types], kinds: [...state.kinds],
      statuses: [...state.statuses], shownNodes: view.nodes, shownEdges: view.edges, fadedNodes: view.faded,
      hiddenNodes: view.hidden, lifted: [...view.lifted].sort(), panel: $('panel').innerText, hash: location.hash }),
  };

  readHash();
  apply({ keepHash: true });
  performance.mark('summitgraph-ready');
})();
