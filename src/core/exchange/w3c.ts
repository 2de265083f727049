/**
 * W3C Web Annotation (JSON-LD) terms shared by the exporter and importer.
 * Everything the standard vocabulary can say is said with it (selectors,
 * tagging/commenting/identifying bodies, creator, created, modified); the
 * rest of our model travels in `ta:` properties, one place per field:
 *
 * | our field        | W3C                                                   |
 * | ---------------- | ----------------------------------------------------- |
 * | id               | `id`: `urn:transcript-annotator:<id>`                  |
 * | start, end       | TextPositionSelector (code points of the normalised text) |
 * | quote            | TextQuoteSelector `exact` (+ `prefix`/`suffix` from the text) |
 * | kind, type       | `ta:kind`, `ta:type` (also a tagging body `entity:person`, `claim`, `speaker`) |
 * | note             | TextualBody with purpose `commenting`                 |
 * | entity           | TextualBody with purpose `identifying`                |
 * | by               | `ta:attributedTo`: the IRI of the speaker or entity annotation |
 * | status, claimType, speaker, role, attributes, verdict, reviewUrl | `ta:status`, `ta:claimType`, `ta:speaker`, `ta:role`, `ta:attributes`, `ta:verdict`, `ta:reviewUrl` |
 * | the source's url | `target.scope`: the page the text was published on |
 * | author           | `creator: { name }`                                   |
 */

/** The standard context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** IRI prefix of our vocabulary (`ta:`). */
export const TA_VOCABULARY = 'urn:transcript-annotator:vocab#';
/** IRI prefix of annotation ids. */
export const ID_PREFIX = 'urn:transcript-annotator:';

/** `@context` of an export: the standard one plus our prefix; `ta:attributedTo` holds an IRI. */
export const W3C_CONTEXT = [ANNO_CONTEXT, { ta: TA_VOCABULARY, 'ta:attributedTo': { '@type': '@id' } }];

/** The IRI of an annotation id. */
export function annotationIri(id: string): string {
  return ID_PREFIX + id;
}
