// @ts-check
/*
 * The agreement report webview. The extension posts the comparisons as JSON; everything is
 * built with createElement and textContent, never innerHTML, so names and types from files
 * stay text. The only messages sent back are { type: 'ready' } and { type: 'export', format }.
 */
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('report'));

  for (const format of ['csv', 'markdown']) {
    document.getElementById(`export-${format}`)?.addEventListener('click', () => vscode.postMessage({ type: 'export', format }));
  }
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'report' && Array.isArray(message.comparisons)) render(message.comparisons);
  });
  vscode.postMessage({ type: 'ready' });

  /** @param {string} tag @param {string} [className] @param {unknown} [text] */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** @param {number | null} x */
  const fixed = (x) => (x === null || x === undefined ? '–' : Number(x).toFixed(3));

  /** @param {any[]} comparisons */
  function render(comparisons) {
    root.replaceChildren();
    if (comparisons.length === 0) root.append(el('p', 'empty', 'Nothing to compare.'));
    for (const c of comparisons) root.append(renderComparison(c));
  }

  /** @param {any} c */
  function renderComparison(c) {
    const section = el('section', 'comparison');
    section.append(el('h2', undefined, `${c.a} and ${c.b}`));
    section.append(el('p', 'summary', `${c.report.documents} document(s), ${c.report.tokens} token(s). A (${c.a}) is the reference: precision is the share of B's annotations that A has too.`));
    const table = el('table', 'rows');
    const head = el('tr');
    for (const h of ['Kind / type', 'A', 'B', 'Exact P', 'Exact R', 'Exact F1', 'Overlap P', 'Overlap R', 'Overlap F1', 'Kappa', 'Alpha']) head.append(el('th', undefined, h));
    table.append(el('thead'));
    table.firstChild?.appendChild(head);
    const body = el('tbody');
    for (const r of c.report.rows) {
      const tr = el('tr', r.type === undefined ? 'kind' : 'type');
      const cells = [r.type === undefined ? `${r.kind} (all)` : r.type, r.a, r.b, fixed(r.exact.precision), fixed(r.exact.recall), fixed(r.exact.f1), fixed(r.overlap.precision), fixed(r.overlap.recall), fixed(r.overlap.f1), fixed(r.kappa), fixed(r.alpha)];
      cells.forEach((value, i) => tr.append(el(i === 0 ? 'th' : 'td', i === 0 ? 'name' : 'number', value)));
      body.append(tr);
    }
    table.append(body);
    section.append(table);
    const share = (/** @type {{compared: number, agreed: number}} */ p) => (p.compared === 0 ? 'none to compare' : `${p.agreed} of ${p.compared} agree`);
    section.append(el('p', 'summary', `Attributions (by): ${share(c.report.attributions)}. Canonical entities: ${share(c.report.entities)}.`));
    for (const m of c.report.confusion) if (m.labels.length > 1) section.append(renderMatrix(m, c));
    if (c.skipped.length > 0) {
      const list = el('ul', 'skipped');
      for (const s of c.skipped) list.append(el('li', undefined, `Skipped ${s.path}: ${s.reason}`));
      section.append(list);
    }
    return section;
  }

  /** @param {{kind: string, labels: string[], rows: {count: number, heat: number}[][]}} m @param {any} c */
  function renderMatrix(m, c) {
    const figure = el('figure', 'matrix');
    figure.append(el('figcaption', undefined, `${m.kind}: tokens labelled by ${c.a} (rows) and ${c.b} (columns)`));
    const table = el('table', 'heat');
    const head = el('tr');
    head.append(el('th'));
    for (const label of m.labels) head.append(el('th', 'column', label));
    table.append(head);
    m.rows.forEach((row, i) => {
      const tr = el('tr');
      tr.append(el('th', 'row', m.labels[i]));
      row.forEach((cell, j) => {
        const td = el('td', `heat-${Math.max(0, Math.min(10, cell.heat | 0))}${i === j ? ' diagonal' : ''}`, cell.count);
        td.title = `${m.labels[i]} → ${m.labels[j]}: ${cell.count} token(s)`;
        tr.append(td);
      });
      table.append(tr);
    });
    figure.append(table);
    return figure;
  }
})();
