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
      const hint = Array.isArray(board.suggestions) && board.suggestions.length > 0 ? ' File a suggested group below with Group these,' : '';
      root.append(el('p', 'empty', `No claims are grouped by question yet.${hint} Put the cursor on a claim and run Group Claim, or use the Group link of its hover card.`));
    }
    for (const group of board.groups) root.append(renderGroup(group));
    if (board.ungrouped > 0) root.append(el('p', 'note', `${counted(board.ungrouped, 'claim', 'claims')} ${board.ungrouped === 1 ? 'is' : 'are'} not grouped under a question yet.`));
    if (Array.isArray(board.suggestions) && board.suggestions.length > 0) root.append(renderSuggestions(board.suggestions));
  }

  /** @param {any} group */
  function renderGroup(group) {
    const section = el('section', group.conflict ? 'group conflict' : 'group');
    section.append(el('h2', undefined, group.question));
    const summary = el('p', 'summary');
    summary.append(el('span', group.conflict ? 'badge conflict' : 'badge', group.conflict ? 'Conflicting figures' : 'No conflict'));
    const compares = group.kind ? ` · compares ${group.kind}${group.unit ? ` (${group.unit})` : ''}` : '';
    summary.append(document.createTextNode(` ${counted(group.sources, 'source', 'sources')}${compares}`));
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

  /** @param {number} count @param {string} one @param {string} many */
  function counted(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
  }

  /** @param {any[]} suggestions */
  function renderSuggestions(suggestions) {
    const section = el('section', 'suggestions');
    section.append(el('h2', undefined, 'Suggested groups'));
    section.append(el('p', 'summary', 'Claims that state the same kind of figure about the same thing in different sources.'));
    for (const suggestion of suggestions) {
      const card = el('article', 'suggestion');
      const head = el('div', 'suggestion-head');
      head.append(el('h3', undefined, suggestion.question));
      const button = /** @type {HTMLButtonElement} */ (el('button', undefined, 'Group these'));
      button.type = 'button';
      button.title = `File these ${counted(suggestion.claims.length, 'claim', 'claims')} under this question`;
      button.addEventListener('click', () => {
        button.disabled = true;
        vscode.postMessage({ type: 'group', question: String(suggestion.question) });
      });
      head.append(button);
      card.append(head);
      const why = [suggestion.kind ? `compares ${suggestion.kind} figures` : '', suggestion.keywords.length > 0 ? `shares ${suggestion.keywords.join(', ')}` : ''].filter(Boolean).join(' · ');
      if (why) card.append(el('p', 'summary', why));
      const list = el('ul', 'members');
      for (const claim of suggestion.claims) {
        const item = el('li');
        const quote = el('button', 'quote', `“${claim.text}”`);
        quote.setAttribute('type', 'button');
        quote.addEventListener('click', () => vscode.postMessage({ type: 'reveal', uri: String(claim.uri), id: String(claim.id) }));
        item.append(quote, el('span', 'source', ` — ${claim.source}`));
        list.append(item);
      }
      card.append(list);
      section.append(card);
    }
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
