/**
 * Counted nouns in messages: “1 entity”, “3 entities”, never “entitys” or “mention(s)”.
 * English plurals of the nouns the product uses; a compound noun pluralises its last word.
 */
const irregular: Readonly<Record<string, string>> = {
  entity: 'entities',
  query: 'queries',
  sidecar: 'sidecars',
  this: 'these',
  was: 'were',
  is: 'are',
  has: 'have',
};

/** The plural of `noun` (`speaker turn` → `speaker turns`, `entity` → `entities`). */
export function pluralOf(noun: string): string {
  const space = noun.lastIndexOf(' ');
  if (space >= 0) return `${noun.slice(0, space + 1)}${pluralOf(noun.slice(space + 1))}`;
  if (Object.hasOwn(irregular, noun)) return irregular[noun] as string;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** `1 mention`, `2 mentions`, `0 files`. */
export function counted(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : pluralOf(noun)}`;
}
