/**
 * What the WebAnno TSV 3.3 exporter and importer share: layer names, and the
 * backslash escaping of the format's reserved characters
 * (`\ [ ] | _ -> ; TAB LF *`). Offsets in WebAnno TSV are UTF-16 code units
 * (INCEpTION is written in Java), so an emoji counts two.
 */

/** Layer of claims, with its features in column order. */
export const CLAIM_LAYER = 'webanno.custom.Claim';
/** Layer of speaker annotations. */
export const SPEAKER_LAYER = 'webanno.custom.Speaker';
/** Layer of entity mentions. */
export const ENTITY_LAYER = 'webanno.custom.Entity';
/** Relation layer from a claim to its speaker or entity. */
export const ATTRIBUTION_LAYER = 'webanno.custom.Attribution';
/** INCEpTION's built-in named entity layer (read as entities). */
export const NAMED_ENTITY_LAYER = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity';

/** Features written for each of our span layers (`annotationId` keeps our ids across a round trip). */
export const LAYER_FEATURES: Readonly<Record<string, readonly string[]>> = {
  [CLAIM_LAYER]: ['claimType', 'status', 'note', 'verdict', 'reviewUrl', 'annotationId'],
  [SPEAKER_LAYER]: ['speaker', 'role', 'status', 'note', 'annotationId'],
  [ENTITY_LAYER]: ['type', 'entity', 'status', 'note', 'annotationId'],
};

const RESERVED = /\\|->|[[\]|_;\t\n*]/g;

/** A token form or feature value with the reserved characters escaped (a lone `_` or `*` too). */
export function escapeTsv(s: string): string {
  return s.replace(RESERVED, (m) => (m === '\t' ? '\\t' : m === '\n' ? '\\n' : '\\' + m)).replace(/\r/g, '\\r');
}

/** The inverse of {@link escapeTsv}. */
export function unescapeTsv(s: string): string {
  return s.replace(/\\(->|[\\[\]|_;*tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/** Splits at a separator character that is not escaped with a backslash. */
export function splitUnescaped(s: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && i + 1 < s.length) {
      current += c + s[i + 1];
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}
