/**
 * Which colour each entity type is drawn in. The five default types and three more slots
 * (for further types of `transcriptAnnotator.entityTypes`, in the order listed) are
 * contributed theme colours with colour-blind-safe defaults (the Okabe–Ito palette);
 * `transcriptAnnotator.entityTypeColors` overrides any type with a hex colour. Types beyond
 * the slots share the general entity background.
 */
import * as vscode from 'vscode';
import { configuredList, defaultEntityTypes } from '../annotate/args';
import { prefix, settingId } from '../ids';

/** The contributed colour slots, in the order they are handed out. */
export const namedSlots = ['person', 'organization', 'location', 'event', 'other'] as const;
export const extraSlots = ['extra1', 'extra2', 'extra3'] as const;

export const typeColorsSetting = settingId('entityTypeColors');
const hex = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** How one entity type is coloured: a contributed theme colour or the user's hex colour. */
export interface TypeColor {
  readonly type: string;
  /** A theme colour id (`transcriptAnnotator.entityType.person`) or, when set by the user, a hex colour. */
  readonly color: string;
  readonly custom: boolean;
}

export function colorIdOf(slot: string): string {
  return `${prefix}.entityType.${slot}`;
}

/** The colour of every configured entity type (and of the default ones), in the legend's order. */
export function typeColors(): TypeColor[] {
  const configured = configuredList('entityTypes', defaultEntityTypes);
  const overrides = vscode.workspace.getConfiguration(prefix).get<unknown>('entityTypeColors');
  const custom = (type: string): string | undefined => {
    if (typeof overrides !== 'object' || overrides === null || !Object.hasOwn(overrides, type)) return undefined;
    const value = (overrides as Record<string, unknown>)[type];
    return typeof value === 'string' && hex.test(value.trim()) ? value.trim() : undefined;
  };
  const types = [...new Set([...configured, ...namedSlots])];
  const extras = configured.filter((type) => !(namedSlots as readonly string[]).includes(type));
  return types.map((type) => {
    const own = custom(type);
    if (own) return { type, color: own, custom: true };
    const slot = (namedSlots as readonly string[]).includes(type) ? type : extraSlots[extras.indexOf(type)];
    return { type, color: slot ? colorIdOf(slot) : `${prefix}.entityBackground`, custom: false };
  });
}

/** The colour for an annotation's type; a type not configured gets the general entity background. */
export function colorOfType(colors: readonly TypeColor[], type: string): string {
  return colors.find((entry) => entry.type === type)?.color ?? `${prefix}.entityBackground`;
}

export function asColor(color: string): string | vscode.ThemeColor {
  return color.startsWith('#') ? color : new vscode.ThemeColor(color);
}
