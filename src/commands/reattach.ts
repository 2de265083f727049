/**
 * Re-attach Annotation: gives an orphaned annotation (its text gone) the current selection
 * as its new span. Accepts `{ uri?, id? }`; without an id, a pick of the file's orphans.
 */
import { showQuickPick } from '../util/prompt';
import { Annotation, contextAround } from '../core';
import { ensureSaved, parseArgs, targetEditor } from '../annotate/args';
import { documentTexts, targetsOf } from '../annotate/targets';
import { Services } from '../services';
import { UserError } from '../util/userError';

export async function reattachAnnotation(services: Services, rawArgs: unknown): Promise<string | undefined> {
  const args = parseArgs(rawArgs);
  const editor = await targetEditor(args);
  const { document } = editor;
  if (!(await ensureSaved(document, args === undefined, 're-attach an annotation'))) return undefined;
  const orphans = ((await services.store.reload(document.uri)).sidecar?.annotations ?? []).filter((a) => a.orphaned);
  if (orphans.length === 0) throw new UserError('This file has no orphaned annotations.');
  const orphan = args?.id ? orphans.find((a) => a.id === args.id) : await pick(orphans);
  if (!orphan) {
    if (args?.id) throw new UserError(`No orphaned annotation with id ${args.id} in this file.`);
    return undefined;
  }
  const texts = documentTexts(document);
  const [target] = targetsOf(editor, texts, orphan.kind === 'speaker' ? 'speaker' : 'word');
  if (!target) throw new UserError(`Select the text “${orphan.quote}” should now cover.`);
  const quote = texts.text.slice(target.start, target.end);
  const { prefix, suffix } = contextAround(texts.text, target.start, target.end);
  await services.annotator.change(document.uri, `Re-attach ${orphan.kind}`, (current) =>
    current.map((a) => {
      if (a.id !== orphan.id) return a;
      const { orphaned: _gone, prefix: _p, suffix: _s, ...rest } = a;
      return {
        ...rest,
        start: target.start,
        end: target.end,
        quote,
        ...(prefix ? { prefix } : {}),
        ...(suffix ? { suffix } : {}),
        modified: new Date().toISOString(),
      };
    }),
  );
  return orphan.id;
}

async function pick(orphans: readonly Annotation[]): Promise<Annotation | undefined> {
  const items = orphans.map((annotation) => ({ label: `${annotation.kind}: ${annotation.quote}`, description: annotation.status, annotation }));
  return (await showQuickPick(items, { title: 'Which orphaned annotation should the selection carry?' }))?.annotation;
}
