/**
 * The `markdown` format: a readable report per document (`<document>.md`):
 * its speakers, its claims with who made them, and its entities grouped by
 * canonical id. Every piece of file text is escaped, so a quote can never
 * turn into a link, an image, HTML or a table break when rendered.
 */
import type { Annotation, DocumentSource } from '../schema';
import { attributionName, prepareDocument, type PreparedDocument } from './document';
import type { ExportDocument, ExportResult } from './types';
import { entityLabel } from '../annotate/displayNames';
import { counted } from '../plural';
import { partitionPoint } from '../search';

/**
 * File text as inline Markdown: whitespace runs with line breaks become one space, markup
 * characters are backslash-escaped, and so is what GitHub-flavoured renderers would turn into
 * a link by itself: the `:` of a scheme (`https:`, `mailto:`), the dot of `www.` and every `@`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]\s*/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~&$@]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])(www)\./giu, '$1$2\\.')
    .replace(/(\p{L}[\p{L}\p{N}+.-]*):(?=[^\s])/gu, '$1\\:');
}

// `Source: *Headline*, Outlet, 2026-02-10, en, `https://…``: what the sidecar says of where the text was published.
function sourceLines(source: DocumentSource | undefined): string[] {
  if (source === undefined) return [];
  const parts = [
    source.title !== undefined ? `*${escapeMarkdown(source.title)}*` : undefined,
    source.outlet !== undefined ? escapeMarkdown(source.outlet) : undefined,
    source.published !== undefined ? escapeMarkdown(source.published) : undefined,
    source.language !== undefined ? escapeMarkdown(source.language) : undefined,
    source.url !== undefined ? `\`${source.url}\`` : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? [] : [`Source: ${parts.join(', ')}`, ''];
}

/** One file per document: `<document path>.md`. */
export function exportMarkdown(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  const files = documents.map((doc) => {
    const prepared = prepareDocument(doc, 'markdown', warnings);
    const hidden = doc.sidecar.annotations.length - prepared.annotations.length;
    return { path: `${doc.path}.md`, content: report(prepared, hidden, doc.sidecar.source, doc.entityNames ?? {}) };
  });
  return { files, warnings };
}

function report(doc: PreparedDocument, hidden: number, source: DocumentSource | undefined, entityNames: Readonly<Record<string, string>>): string {
  const lineOf = lineFinder(doc.normalized);
  const of = (kind: Annotation['kind']): Annotation[] => doc.annotations.filter((a) => a.kind === kind);
  const [speakers, claims, entities] = [of('speaker'), of('claim'), of('entity')];
  const md = (s: string): string => escapeMarkdown(s);
  const quoted = (a: Annotation): string => `“${md(a.quote)}” (line ${lineOf(a.start)})`;
  const out = [
    `# ${md(doc.path)}`,
    '',
    ...sourceLines(source),
    `${counted(speakers.length, 'speaker')}, ${counted(claims.length, 'claim')}, ${counted(entities.length, 'entity mention')}.`,
    '',
  ];
  out.push('## Speakers', '');
  if (speakers.length === 0) out.push('None.', '');
  else {
    out.push('| Speaker | Role | As written | Status |', '| --- | --- | --- | --- |');
    for (const s of speakers) if (s.kind === 'speaker') out.push(`| ${md(s.speaker ?? s.quote)} | ${md(s.role ?? '')} | ${quoted(s)} | ${s.status} |`);
    out.push('');
  }
  out.push('## Claims', '');
  if (claims.length === 0) out.push('None.', '');
  claims.forEach((c, i) => {
    if (c.kind !== 'claim') return;
    const by = attributionName(c, doc.byId);
    const target = c.by === undefined ? undefined : doc.byId.get(c.by);
    const who = by === undefined ? 'unattributed' : `by **${md(by)}**${target?.kind === 'entity' ? ` (${md(target.type)})` : ''}`;
    out.push(`${i + 1}. ${quoted(c)}: ${who}${c.claimType ? `, ${md(c.claimType)}` : ''}, ${c.status}${c.verdict ? `, verdict **${md(c.verdict)}**` : ''}`);
    // Addresses go in code spans so no renderer turns them into links (the URL pattern allows no backtick).
    if (c.reviewUrl !== undefined) out.push(`   - Fact check: \`${c.reviewUrl}\``);
    if (c.note !== undefined) out.push(`   - Note: ${md(c.note)}`);
  });
  if (claims.length > 0) out.push('');
  out.push('## Entities', '');
  if (entities.length === 0) out.push('None.', '');
  else {
    out.push('| Entity | Type | Mentions |', '| --- | --- | --- |');
    for (const [key, group] of groupEntities(entities)) {
      const mentions = group.map((e) => `${quoted(e)}${e.status === 'accepted' ? '' : ` ${e.status}`}`).join(', ');
      const name =
        key.id === undefined ? key.name : (entityLabel(key.id, group, Object.hasOwn(entityNames, key.id) ? entityNames[key.id] : undefined) ?? key.name);
      out.push(`| ${md(name)} | ${md(key.type)} | ${mentions} |`);
    }
    out.push('');
  }
  if (hidden > 0) out.push(`${counted(hidden, 'annotation')} not shown: ${hidden === 1 ? 'its' : 'their'} text is no longer in the file.`, '');
  return out.join('\n');
}

// Mentions of one entity: same type and canonical id, or the same quote when there is no id.
function groupEntities(entities: readonly Annotation[]): Map<{ name: string; type: string; id?: string }, Annotation[]> {
  const byKey = new Map<string, { key: { name: string; type: string; id?: string }; list: Annotation[] }>();
  for (const e of entities) {
    if (e.kind !== 'entity') continue;
    const name = e.entity ?? e.quote;
    const k = `${e.type}\u0000${e.entity !== undefined ? 'id' : 'quote'}\u0000${name}`;
    const group = byKey.get(k) ?? { key: { name, type: e.type, ...(e.entity !== undefined ? { id: e.entity } : {}) }, list: [] };
    group.list.push(e);
    byKey.set(k, group);
  }
  return new Map([...byKey.values()].map((g) => [g.key, g.list]));
}

// 1-based line number of a code point offset.
function lineFinder(normalized: string): (offset: number) => number {
  const starts = [0];
  let at = 0;
  for (const ch of normalized) {
    at++;
    if (ch === '\n') starts.push(at);
  }
  return (offset) => partitionPoint(starts.length, (i) => (starts[i] as number) <= offset);
}
