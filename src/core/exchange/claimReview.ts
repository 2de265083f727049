/**
 * The `claimreview` format (export only): schema.org `Claim` and
 * `ClaimReview` as JSON-LD, the markup fact-checkers publish and search
 * engines read. Every claim becomes a `Claim` (its text, its `author` from
 * the attribution, its `appearance` from the document source); a claim with
 * a `verdict` becomes a `ClaimReview` of that Claim (`claimReviewed`,
 * `reviewRating.alternateName`, `url` = the claim's `reviewUrl`, `author` =
 * who annotated it, `itemReviewed`). Offsets are not part of the format.
 *
 * A ClaimReview without what the standard requires (a review URL, an author)
 * is not written half-made: the export is refused with every such claim listed.
 */
import type { Annotation, ClaimAnnotation, DocumentSource } from '../schema';
import { attributionName, describe, prepareDocument } from './document';
import type { ExportDocument, ExportResult } from './types';

/** Default file name of a claimreview export. */
export const CLAIMREVIEW_FILE = 'claimreview.jsonld';

/** Thrown when an export cannot be written as asked; its message lists why, one line per item. */
export class ExportRefusedError extends Error {
  override readonly name = 'ExportRefusedError';
}

type Json = Record<string, unknown>;

/** Properties every exported ClaimReview has (and {@link missingClaimReviewProperties} checks). */
export const CLAIM_REVIEW_REQUIRED = ['claimReviewed', 'reviewRating.alternateName', 'url', 'author.name', 'itemReviewed'] as const;

/** One file: `{ "@context": "https://schema.org", "@graph": [...] }`. */
export function exportClaimReview(documents: readonly ExportDocument[]): ExportResult {
  const warnings: string[] = [];
  const graph: Json[] = [];
  const refused: string[] = [];
  for (const doc of documents) {
    const prepared = prepareDocument(doc, 'claimreview', warnings);
    for (const a of prepared.annotations) {
      if (a.kind !== 'claim') continue;
      const claim = claimNode(a, prepared.byId, doc.sidecar.source);
      if (a.verdict === undefined) {
        graph.push(claim);
        continue;
      }
      const missing = [...(a.reviewUrl === undefined ? ['reviewUrl'] : []), ...(a.author === undefined ? ['author'] : [])];
      if (missing.length > 0) {
        refused.push(`${doc.path}: ${describe(a)}: has a verdict but no ${missing.join(' and no ')}`);
        continue;
      }
      graph.push(reviewNode(a, claim));
    }
  }
  if (refused.length > 0) {
    throw new ExportRefusedError(
      `cannot export ClaimReview: ${refused.length} claim(s) with a verdict lack what schema.org ClaimReview requires (add them with Edit Annotation):\n${refused.join('\n')}`,
    );
  }
  const content = JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2) + '\n';
  return { files: [{ path: CLAIMREVIEW_FILE, content }], warnings };
}

function claimNode(a: ClaimAnnotation, byId: ReadonlyMap<string, Annotation>, source: DocumentSource | undefined): Json {
  const node: Json = { '@type': 'Claim', text: a.quote };
  const name = attributionName(a, byId);
  const target = a.by === undefined ? undefined : byId.get(a.by);
  if (name !== undefined && target !== undefined) {
    const organization = target.kind === 'entity' && target.type !== 'person';
    node.author = { '@type': organization ? 'Organization' : 'Person', name };
  }
  if (source !== undefined) {
    const appearance: Json = { '@type': 'CreativeWork' };
    if (source.url !== undefined) appearance.url = source.url;
    if (source.title !== undefined) appearance.headline = source.title;
    if (source.published !== undefined) appearance.datePublished = source.published;
    if (source.language !== undefined) appearance.inLanguage = source.language;
    if (source.outlet !== undefined) appearance.publisher = { '@type': 'Organization', name: source.outlet };
    node.appearance = appearance;
    if (source.published !== undefined) node.datePublished = source.published;
  }
  return node;
}

function reviewNode(a: ClaimAnnotation, claim: Json): Json {
  const node: Json = {
    '@type': 'ClaimReview',
    claimReviewed: a.quote,
    reviewRating: { '@type': 'Rating', alternateName: a.verdict },
    url: a.reviewUrl,
    author: { '@type': 'Person', name: a.author },
    itemReviewed: claim,
  };
  const date = a.modified ?? a.created;
  if (date !== undefined) node.datePublished = date.slice(0, 10);
  return node;
}

/**
 * The required properties a JSON-LD node of type ClaimReview lacks (empty for a complete one):
 * what the export promises and tests check on every node it writes.
 */
export function missingClaimReviewProperties(node: Json): string[] {
  const at = (path: string): unknown => path.split('.').reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Json)[k] : undefined), node);
  const missing: string[] = CLAIM_REVIEW_REQUIRED.filter((p) => {
    const v = at(p);
    return v === undefined || v === null || v === '';
  });
  const item = at('itemReviewed') as Json | undefined;
  if (item !== undefined && item['@type'] !== 'Claim') missing.push('itemReviewed @type Claim');
  const url = at('url');
  if (typeof url === 'string' && !/^https?:\/\//.test(url)) missing.push('url (an absolute http(s) address)');
  return missing;
}
