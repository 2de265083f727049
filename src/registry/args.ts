/**
 * Reading the argument objects of the registry, claims and suggestion commands. Arguments
 * come from keybindings, hover links and scripts, so each value is checked before use and a
 * wrong one is named in the error instead of being ignored.
 */
import * as vscode from 'vscode';
import { UserError } from '../util/userError';

export type ArgRecord = Readonly<Record<string, unknown>>;

/** The argument object, or an empty one when the command ran without one (or with a Uri, as menus pass). */
export function objectArg(value: unknown): ArgRecord {
  if (value === undefined || value === null || value instanceof vscode.Uri) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new UserError('The command argument must be an object, e.g. { "entity": "Jean-Luc Abadie" }.');
  return value as ArgRecord;
}

export function optionalString(args: ArgRecord, key: string): string | undefined {
  const value = args[key];
  if (value !== undefined && typeof value !== 'string') throw new UserError(`The argument "${key}" must be a string.`);
  return value;
}

export function optionalBoolean(args: ArgRecord, key: string): boolean | undefined {
  const value = args[key];
  if (value !== undefined && typeof value !== 'boolean') throw new UserError(`The argument "${key}" must be true or false.`);
  return value;
}

/** A string that must be one of `allowed`, when given. */
export function optionalChoice<T extends string>(args: ArgRecord, key: string, allowed: readonly T[]): T | undefined {
  const value = optionalString(args, key);
  if (value !== undefined && !(allowed as readonly string[]).includes(value))
    throw new UserError(`The argument "${key}" must be ${allowed.map((item) => `"${item}"`).join(' or ')}.`);
  return value as T | undefined;
}

/** A list of strings, each one of `allowed`, when given. */
export function optionalChoices<T extends string>(args: ArgRecord, key: string, allowed: readonly T[]): T[] | undefined {
  const value = args[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !(allowed as readonly string[]).includes(item))) {
    throw new UserError(`The argument "${key}" must be a list of ${allowed.map((item) => `"${item}"`).join(', ')}.`);
  }
  return value as T[];
}

/** The text file a command acts on: `uri` when given, else the active editor's. */
export function textUriArg(args: ArgRecord, what: string): vscode.Uri {
  const uri = optionalString(args, 'uri');
  if (uri) return vscode.Uri.parse(uri);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (!active) throw new UserError(`Open a transcript or article to ${what}.`);
  return active;
}
