/** Every import format behind one call, so the command-line tool and the extension dispatch alike. */
import { importBrat } from './bratImport';
import { importJson } from './jsonImport';
import { importLabelStudio } from './labelStudio';
import type { ImportResult, ImportTarget } from './merge';
import type { ImportFormatName } from './registry';
import { importSpacy } from './spacy';
import { importW3c } from './w3cImport';
import { importWebanno } from './webannoImport';

/**
 * Merges `content` (a file in `format`) into the target document's sidecar. `documentPath`
 * (the text file's path as exports name it) picks its part of a multi-document file.
 * Throws ImportFormatError when the file is not in that format.
 */
export function runImport(
  format: ImportFormatName,
  content: string,
  target: ImportTarget & { documentPath: string },
  random?: () => number,
): ImportResult & { otherDocuments?: number } {
  switch (format) {
    case 'brat':
      return importBrat(content, target, random);
    case 'w3c':
      return importW3c(content, target, random);
    case 'json':
      return importJson(content, target, random);
    case 'labelstudio':
      return importLabelStudio(content, target, random);
    case 'spacy':
      return importSpacy(content, target, random);
    case 'webanno':
      return importWebanno(content, target, random);
  }
}

/** The import format a file name suggests, if any. */
export function guessImportFormat(path: string): ImportFormatName | undefined {
  if (path.endsWith('.ann')) return 'brat';
  if (path.endsWith('.jsonld')) return 'w3c';
  if (path.endsWith('.tsv')) return 'webanno';
  if (path.endsWith('.jsonl')) return 'spacy';
  return undefined;
}
