/** `suggest`: the extension's Suggest Annotations, headless, for a whole corpus. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSidecarName, normalizeText, sidecarNameFor, textNameForSidecar, type Annotation, type AnnotationKind } from '../core';
import { InvalidFileError, updateSidecar, VerifyError } from '../core/storage';
import { loadRegistry, type EntityRegistry } from '../core/registry';
import { linkedPeople, suggestAnnotations, type KnownPerson } from '../core/suggest';
import { repeatedLines } from '../core/transcript';
import { PROGRAM, type Command, type Io } from './command';
import { CliError, UsageError } from './errors';
import { readText } from './fsio';
import { nodeFs } from './nodeFs';
import { errorsOf, formatProblem, loadTarget } from './load';
import { shown, type Target } from './targets';

const KINDS: readonly AnnotationKind[] = ['speaker', 'entity', 'claim'];
const TEXT_FILE = /\.(?:txt|transcript)$/u;
const REGISTRY = 'entities.annotations.yaml';

/** `transcript-annotator suggest`. */
export const suggestCommand: Command = {
  name: 'suggest',
  options: { kinds: 'value', 'dry-run': 'flag' },
  help: `Usage: ${PROGRAM} suggest <paths> [--kinds speaker,entity,claim] [--dry-run]

Proposes annotations for every text file named, as Suggest Annotations does in
VS Code: speaker turns not tagged yet, entities (people, organisations, places;
registry names and aliases from the nearest ${REGISTRY}, and names found in
the text), and candidate claims (a figure, or reported speech, attributed to
the source it is reported from). Each is "proposed" with the attribute
"suggested: true"; nothing is proposed where an annotation of the same kind
already is, so a second run adds nothing. Page chrome, credits and bios are
left alone, including lines repeated across the files of one folder.

Paths are text files (.txt, .transcript), their sidecars or folders, searched
recursively for text files (node_modules and dot-folders are skipped).

  --kinds    which kinds to propose, comma-separated (default all three)
  --dry-run  write nothing; print each suggestion as a JSON line
             ({"document": <path>, ...annotation})

Each sidecar is written once, atomically, and created when there is something
to propose. A sidecar with errors is refused and left untouched.

Exit status: 0 when every file was processed, 1 when a sidecar was refused or a
file could not be read, 2 for bad arguments.`,

  async run(args, io) {
    if (args.operands.length === 0) throw new UsageError('suggest: missing the files or folders to suggest annotations for');
    const kinds = parseKinds(args.values.get('kinds'));
    const dryRun = args.flags.has('dry-run');
    const targets = textTargets(args.operands, io.cwd);
    if (targets.length === 0) throw new CliError('no text files found');
    const texts = new Map<string, string>();
    for (const t of targets) {
      const text = readText(t.text);
      if (text.kind === 'ok') texts.set(t.text, text.raw);
    }
    // People the corpus's sidecars link to, so a speaker label in one file finds the person tagged in another.
    const people: KnownPerson[] = [];
    for (const target of targets) people.push(...linkedPeople((await loadTarget(target)).sidecar?.annotations ?? []));
    let failed = 0;
    for (const target of targets) {
      const loaded = await loadTarget(target);
      const sidecarShown = shown(io.cwd, target.sidecar);
      if (loaded.textRaw === undefined) {
        io.err(`${shown(io.cwd, target.text)}: cannot be read as UTF-8 text`);
        failed++;
        continue;
      }
      if (!loaded.noSidecar && (errorsOf(loaded.problems).length > 0 || loaded.sidecar === undefined)) {
        for (const p of loaded.problems) io.err(formatProblem(sidecarShown, p));
        io.err(`${PROGRAM}: refusing to write ${sidecarShown}: it has errors; fix them first ('${PROGRAM} validate ${sidecarShown}')`);
        failed++;
        continue;
      }
      // One folder is taken for one outlet: lines its texts share are page chrome.
      const siblings = [...texts].filter(([file]) => path.dirname(file) === path.dirname(target.text)).map(([, raw]) => raw);
      const registry = registryFor(target.text, io);
      const propose = (textRaw: string, annotations: readonly Annotation[]): Annotation[] =>
        suggestAnnotations({
          normalizedText: normalizeText(textRaw),
          rawText: textRaw,
          annotations,
          kinds,
          ...(registry ? { registry } : {}),
          ...(siblings.length > 1 ? { repeatedLines: repeatedLines(siblings) } : {}),
          people,
        });
      if (dryRun) {
        for (const a of propose(loaded.textRaw, loaded.sidecar?.annotations ?? [])) io.out(JSON.stringify({ document: target.document, ...a }));
        continue;
      }
      let proposed: Annotation[] = [];
      let created = false;
      try {
        // Under the sidecar's lock, on what is on disk now: a concurrent writer's annotations are kept.
        await updateSidecar(nodeFs('suggest'), { text: target.text, sidecar: target.sidecar }, (current, context) => {
          proposed = propose(context.textRaw, current.annotations);
          created = !context.exists && proposed.length > 0;
          return proposed.length > 0 ? { ...current, annotations: [...current.annotations, ...proposed] } : current;
        });
      } catch (error) {
        if (error instanceof InvalidFileError) {
          for (const p of error.problems) io.err(formatProblem(error.file === target.sidecar ? sidecarShown : shown(io.cwd, error.file), p));
          io.err(`${PROGRAM}: refusing to write ${sidecarShown}: it has errors; fix them first ('${PROGRAM} validate ${sidecarShown}')`);
          failed++;
          continue;
        }
        if (error instanceof VerifyError) throw new CliError(`internal error: ${error.message}; nothing was written`);
        throw error;
      }
      io.out(`${sidecarShown}: ${summary(proposed)}${created ? ' (new sidecar)' : ''}`);
    }
    return failed > 0 ? 1 : 0;
  },
};

function parseKinds(value: string | undefined): readonly AnnotationKind[] {
  if (value === undefined) return KINDS;
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  const unknown = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0)
    throw new UsageError(`suggest: unknown kind ${JSON.stringify(unknown[0] ?? value)} in --kinds (expected ${KINDS.join(', ')})`);
  return kinds as AnnotationKind[];
}

function summary(proposed: readonly Annotation[]): string {
  if (proposed.length === 0) return 'no new suggestions';
  const counts = KINDS.map((k) => [k, proposed.filter((a) => a.kind === k).length] as const).filter(([, n]) => n > 0);
  return `${proposed.length} proposed (${counts.map(([k, n]) => `${n} ${n === 1 ? k : k === 'entity' ? 'entities' : `${k}s`}`).join(', ')})`;
}

/** The nearest registry: in the text's folder or one above it, up to the working directory. */
function registryFor(textFile: string, io: Io): EntityRegistry | undefined {
  let dir = path.dirname(textFile);
  const stop = path.resolve(io.cwd);
  for (;;) {
    const file = path.join(dir, REGISTRY);
    const read = readText(file);
    if (read.kind === 'ok') {
      const loaded = loadRegistry(read.raw);
      if (!loaded.registry) throw new CliError(`${shown(io.cwd, file)}: the entity registry has errors; fix them first ('${PROGRAM} validate')`);
      return loaded.registry;
    }
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir || !dir.startsWith(stop)) return undefined;
    dir = parent;
  }
}

/** Text files named by the operands: files, their sidecars, or folders searched recursively. */
function textTargets(operands: readonly string[], cwd: string): Target[] {
  const found = new Map<string, Target>();
  const add = (text: string): void => {
    if (!found.has(text))
      found.set(text, {
        text,
        sidecar: path.join(path.dirname(text), sidecarNameFor(path.basename(text))),
        document: path.relative(cwd, text).split(path.sep).join('/'),
      });
  };
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && TEXT_FILE.test(entry.name) && !isSidecarName(entry.name)) add(full);
    }
  };
  for (const operand of operands) {
    const full = path.resolve(cwd, operand);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new UsageError(`suggest: no such file or folder: ${operand}`);
    }
    if (stat.isDirectory()) walk(full);
    else add(isSidecarName(path.basename(full)) ? path.join(path.dirname(full), textNameForSidecar(path.basename(full)) ?? '') : full);
  }
  return [...found.values()].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
}
