// @ts-check
/*
 * The claims board webview. The extension posts the board as JSON; everything here is built
 * with createElement and textContent, never innerHTML, so text from the files stays text.
 * The only messages sent back are { type: 'ready' }, { type: 'reveal', uri, id } and
 * { type: 'export', format }, which the extension validates again.
 */
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('board'));
  const statuses = ['proposed', 'accepted', 'rejected'];

  for (const format of ['csv', 'markdown']) {
    document.getElementById(`export-${format}`)?.addEventListener('click', () => vscode.postMessage({ type: 'export', format }));
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'board' && message.board && Array.isArray(message.board.groups)) render(message.board);
  });
  vscode.postMessage({ type: 'ready' });

  /** @param {string} tag @param {string} [className] @param {unknown} [text] */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** @param {{ groups: any[], ungrouped: number }} board */
  function render(board) {
    root.replaceChildren();
    if (board.groups.length === 0) {
      root.append(el('p', 'empty', 'No claims are grouped by question yet. Put the cursor on a claim and run Group Claim, or use the Group link of its hover card.'));
    }
    for (const group of board.groups) root.append(renderGroup(group));
    if (board.ungrouped > 0) root.append(el('p', 'note', `${board.ungrouped} claim(s) are not grouped under a question yet.`));
  }

  /** @param {any} group */
  function renderGroup(group) {
    const section = el('section', group.conflict ? 'group conflict' : 'group');
    section.append(el('h2', undefined, group.question));
    const summary = el('p', 'summary');
    summary.append(el('span', group.conflict ? 'badge conflict' : 'badge', group.conflict ? 'Conflicting figures' : 'No conflict'));
    const compares = group.kind ? ` · compares ${group.kind}${group.unit ? ` (${group.unit})` : ''}` : '';
    summary.append(document.createTextNode(` ${group.sources} source(s)${compares}`));
    section.append(summary);
    // One column per source document, side by side.
    const columns = el('div', 'columns');
    group.documents.forEach((/** @type {string} */ path, /** @type {number} */ i) => {
      const column = el('div', 'column');
      // Named by outlet and date when the document's source is known; the path stays in the tooltip.
      const heading = el('h3', undefined, String(group.columns?.[i] ?? path));
      heading.title = path;
      column.append(heading);
      for (const row of group.rows) if (row.key === path) column.append(renderRow(row));
      columns.append(column);
    });
    section.append(columns);
    return section;
  }

  /** @param {any} row */
  function renderRow(row) {
    const status = statuses.includes(row.status) ? row.status : 'proposed';
    const card = el('article', `claim status-${status}${row.differs ? ' differs' : ''}`);
    const quote = el('button', 'quote', `“${row.text}”`);
    quote.setAttribute('type', 'button');
    quote.title = 'Reveal this claim in its file';
    quote.addEventListener('click', () => vscode.postMessage({ type: 'reveal', uri: String(row.uri), id: String(row.claimId) }));
    card.append(quote);
    const meta = el('dl', 'meta');
    const field = (/** @type {string} */ name, /** @type {unknown} */ value) => meta.append(el('dt', undefined, name), el('dd', undefined, value));
    field('Who', row.by ?? 'unattributed');
    const figures = row.figures.map((/** @type {{ text: string }} */ figure) => figure.text).join(', ');
    field('Figure', row.compared ? row.compared.text : figures || 'none');
    field('Status', status);
    if (row.note) field('Note', row.note);
    card.append(meta);
    if (row.differs) card.append(el('p', 'flag', '⚠ Differs from another source'));
    return card;
  }
})();
