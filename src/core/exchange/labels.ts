/** Entity labels other tools use, read as our entity types. */

// spaCy's OntoNotes labels and the CoNLL / INCEpTION short forms, as far as they have a counterpart.
const KNOWN: Readonly<Record<string, string>> = {
  PER: 'person',
  PERSON: 'person',
  ORG: 'organization',
  ORGANIZATION: 'organization',
  LOC: 'location',
  LOCATION: 'location',
  GPE: 'location',
  FAC: 'location',
  EVENT: 'event',
  MISC: 'other',
  OTH: 'other',
  OTHER: 'other',
};

/** Our entity type for a tool's label: a known short form mapped, anything else lower-cased. */
export function entityTypeOf(label: string): string {
  return KNOWN[label.toUpperCase()] ?? label.toLowerCase();
}
