/**
 * A question text for a suggested group, for the user to edit: plain
 * templates keyed by the figure kind, worded from the group's shared concept
 * ("How many people were detained?") or, failing that, its keywords.
 */
import type { Figure } from './figures';
import { PARTICIPLES } from './keywords';

/** The proposed question of a group whose compared figure is `figure` and shared keywords and entities are given (most shared first). */
export function proposeQuestion(figure: Figure | undefined, keywords: readonly string[], entities: readonly string[]): string {
  const concept = keywords.find((k) => PARTICIPLES[k] !== undefined);
  const topic = keywords.slice(0, 3).join(', ') || entities.slice(0, 2).join(', ') || 'these claims';
  switch (figure?.kind) {
    case 'count': {
      const what = figure.unit === undefined ? '' : ` ${plural(figure.unit)}`;
      if (concept) return `How many${what || ' people'} were ${PARTICIPLES[concept] as string}?`;
      return `How many${what} (${topic})?`;
    }
    case 'percent':
      return `What percentage (${topic})?`;
    case 'money':
      return `How much money (${topic})?`;
    case 'date':
      return `When (${topic})?`;
    default:
      return `What happened (${topic})?`;
  }
}

function plural(unit: string): string {
  if (unit === 'people' || unit === 'police' || unit.endsWith('s')) return unit;
  return unit.endsWith('y') && !/[aeiou]y$/.test(unit) ? unit.slice(0, -1) + 'ies' : unit + 's';
}
