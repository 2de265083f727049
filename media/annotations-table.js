// @ts-check
/*
 * The Annotations table webview. The extension posts the rows as JSON; everything here is
 * built with createElement and textContent, never innerHTML, so text from the files stays
 * text. Messages sent back: { type: 'ready' }, { type: 'reveal', uri, id } and
 * { type: 'bulk', action, rows: [{ uri, id }] }, which the extension validates again.
 * Keyboard: Up/Down move between rows, Space selects, Enter reveals, Ctrl+A selects all shown.
 */
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const columns = [
    ['kind', 'Kind'], ['type', 'Type'], ['text', 'Text'], ['by', 'Who made it'], ['entity', 'Entity'],
    ['status', 'Status'], ['author', 'Author'], ['file', 'File'], ['line', 'Line'],
  ];
  const body = /** @type {HTMLElement} */ (document.getElementById('rows'));
  const head = /** @type {HTMLElement} */ (document.getElementById('head'));
  const table = /** @type {HTMLElement} */ (document.getElementById('table'));
  const empty = /** @type {HTMLElement} */ (document.getElementById('empty'));
  const search = /** @type {HTMLInputElement} */ (document.getElementById('search'));
  const kindFilter = /** @type {HTMLSelectElement} */ (document.getElementById('kind'));
  const statusFilter = /** @type {HTMLSelectElement} */ (document.getElementById('status'));
  const selectionLabel = /** @type {HTMLElement} */ (document.getElementById('selection'));
  const saved = vscode.getState() || {};
  /** @type {any[]} */
  let rows = [];
  let sortKey = typeof saved.sortKey === 'string' ? saved.sortKey : 'file';
  let ascending = saved.ascending !== false;
  /** @type {Set<string>} */
  const selected = new Set();
  search.value = typeof saved.search === 'string' ? saved.search : '';
  kindFilter.value = typeof saved.kind === 'string' ? saved.kind : '';
  statusFilter.value = typeof saved.status === 'string' ? saved.status : '';

  const keyOf = (/** @type {any} */ row) => `${row.uri}#${row.id}`;
  const el = (/** @type {string} */ tag, /** @type {string | undefined} */ className, /** @type {unknown} */ text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = String(text);
    return node;
  };

  for (const [key, title] of columns) {
    const th = el('th', undefined, undefined);
    const button = /** @type {HTMLButtonElement} */ (el('button', 'sort', title));
    button.type = 'button';
    button.addEventListener('click', () => {
      ascending = sortKey === key ? !ascending : true;
      sortKey = key;
      render();
    });
    th.dataset.key = key;
    th.append(button);
    head.append(th);
  }
  const selectAll = /** @type {HTMLInputElement} */ (el('input', undefined, undefined));
  selectAll.type = 'checkbox';
  selectAll.setAttribute('aria-label', 'Select every row shown');
  selectAll.addEventListener('change', () => {
    for (const row of visible()) selectAll.checked ? selected.add(keyOf(row)) : selected.delete(keyOf(row));
    render();
  });
  const corner = el('th', 'check', undefined);
  corner.append(selectAll);
  head.prepend(corner);

  for (const input of [search, kindFilter, statusFilter]) input.addEventListener('input', () => render());
  for (const action of ['accept', 'reject', 'remove']) {
    document.getElementById(action)?.addEventListener('click', () => {
      const chosen = rows.filter((row) => selected.has(keyOf(row))).map((row) => ({ uri: String(row.uri), id: String(row.id) }));
      if (chosen.length > 0) vscode.postMessage({ type: 'bulk', action, rows: chosen });
      if (action === 'remove') selected.clear();
    });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'rows' || !Array.isArray(message.rows)) return;
    rows = message.rows;
    const present = new Set(rows.map(keyOf));
    for (const key of [...selected]) if (!present.has(key)) selected.delete(key);
    render();
  });
  vscode.postMessage({ type: 'ready' });

  function visible() {
    const needle = search.value.trim().toLocaleLowerCase();
    const shown = rows.filter((row) =>
      (!kindFilter.value || row.kind === kindFilter.value) &&
      (!statusFilter.value || row.status === statusFilter.value) &&
      (!needle || columns.some(([key]) => String(row[key] ?? '').toLocaleLowerCase().includes(needle))),
    );
    const direction = ascending ? 1 : -1;
    return shown.sort((a, b) => {
      const [x, y] = [a[sortKey], b[sortKey]];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
      return direction * order || String(a.file).localeCompare(String(b.file)) || a.line - b.line;
    });
  }

  function render() {
    vscode.setState({ sortKey, ascending, search: search.value, kind: kindFilter.value, status: statusFilter.value });
    const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    const shown = visible();
    body.replaceChildren();
    for (const th of head.querySelectorAll('th[data-key]')) {
      const key = /** @type {HTMLElement} */ (th).dataset.key;
      th.setAttribute('aria-sort', key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none');
    }
    shown.forEach((row, index) => body.append(renderRow(row, index)));
    table.setAttribute('aria-rowcount', String(shown.length));
    empty.textContent = rows.length === 0 ? 'No annotations yet.' : shown.length === 0 ? 'No annotation matches the search and filters.' : '';
    const count = rows.filter((row) => selected.has(keyOf(row))).length;
    selectionLabel.textContent = `${count} selected`;
    for (const id of ['accept', 'reject', 'remove']) /** @type {HTMLButtonElement} */ (document.getElementById(id)).disabled = count === 0;
    selectAll.checked = shown.length > 0 && shown.every((row) => selected.has(keyOf(row)));
    const refocus = focusedKey && body.querySelector(`tr[data-key="${CSS.escape(focusedKey)}"]`);
    if (refocus instanceof HTMLElement) refocus.focus();
  }

  /** @param {any} row @param {number} index */
  function renderRow(row, index) {
    const key = keyOf(row);
    const tr = el('tr', `status-${['proposed', 'accepted', 'rejected'].includes(row.status) ? row.status : 'proposed'}`, undefined);
    tr.tabIndex = index === 0 ? 0 : -1;
    tr.dataset.key = key;
    tr.setAttribute('aria-selected', String(selected.has(key)));
    const check = /** @type {HTMLInputElement} */ (el('input', undefined, undefined));
    check.type = 'checkbox';
    check.tabIndex = -1;
    check.checked = selected.has(key);
    check.setAttribute('aria-label', 'Select this row');
    check.addEventListener('click', (event) => event.stopPropagation());
    check.addEventListener('change', () => toggle(key));
    const cell = el('td', 'check', undefined);
    cell.append(check);
    tr.append(cell);
    for (const [column] of columns) {
      const value = column === 'line' ? (row.line > 0 ? row.line : 'orphaned') : row[column];
      tr.append(el('td', column, value ?? ''));
    }
    tr.title = 'Enter or click: reveal in its file · Space: select';
    tr.addEventListener('click', () => vscode.postMessage({ type: 'reveal', uri: String(row.uri), id: String(row.id) }));
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') vscode.postMessage({ type: 'reveal', uri: String(row.uri), id: String(row.id) });
      else if (event.key === ' ') toggle(key);
      else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const next = event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
        if (next instanceof HTMLElement) {
          tr.tabIndex = -1;
          next.tabIndex = 0;
          next.focus();
        }
      } else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
        for (const shown of visible()) selected.add(keyOf(shown));
        render();
      } else return;
      event.preventDefault();
    });
    return tr;
  }

  /** @param {string} key */
  function toggle(key) {
    selected.has(key) ? selected.delete(key) : selected.add(key);
    render();
  }
})();
