/**
 * The `annotation.conf` written with a brat export, so the folder opens in
 * brat without "unconfigured type" errors: every entity type, the Attribution
 * relation, overlapping spans allowed (claims contain entities), and the
 * values seen for each attribute.
 */

// brat's configuration syntax splits values at "|" and arguments at ",";
// values holding them are left out of the declaration (brat then flags them, nothing is lost).
const CONF_UNSAFE = /[|,:=\t\n]|^\s|\s$/;

/** Collects the types and attribute values used by an export. */
export class BratConf {
  private readonly entities = new Set<string>(['Claim', 'Speaker']);
  private readonly attributes = new Map<string, Set<string>>();

  /** Records an entity type. */
  entity(type: string): void {
    this.entities.add(type);
  }

  /** Records a value of an attribute. */
  attribute(name: string, value: string): void {
    let values = this.attributes.get(name);
    if (values === undefined) this.attributes.set(name, (values = new Set()));
    if (!CONF_UNSAFE.test(value)) values.add(value);
  }

  /** The file's text (deterministic: fixed order for ours, then sorted). */
  text(): string {
    const sorted = (values: Iterable<string>): string[] => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const entities = ['Claim', 'Speaker', ...sorted([...this.entities].filter((t) => t !== 'Claim' && t !== 'Speaker'))];
    const targets = entities.filter((t) => t !== 'Claim').join('|');
    const lines = [
      '# brat configuration written by Transcript Annotator for this export.',
      '[entities]',
      ...entities,
      '[relations]',
      `Attribution\tArg1:Claim, Arg2:${targets}`,
      '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
      '[events]',
      '[attributes]',
      'Status\tArg:<ENTITY>, Value:proposed|accepted|rejected',
    ];
    const argOf: Readonly<Record<string, string>> = { ClaimType: 'Claim', SpeakerName: 'Speaker', Role: 'Speaker' };
    for (const name of ['ClaimType', 'SpeakerName', 'Role']) {
      const values = this.attributes.get(name);
      if (values !== undefined && values.size > 0) lines.push(`${name}\tArg:${argOf[name] ?? '<ENTITY>'}, Value:${sorted(values).join('|')}`);
    }
    return lines.join('\n') + '\n';
  }
}
