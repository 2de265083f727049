/** The top-level help text. */
import { PATHS_HELP, PROGRAM } from './command';

/** Shown by `transcript-annotator --help`. */
export const MAIN_HELP = `Usage: ${PROGRAM} <command> [options] <files or folders>

Validates, exports, imports and re-anchors Transcript Annotator sidecars
(<name>.annotations.yaml) without VS Code.

Commands:
  validate <paths>                                   report every sidecar problem
  export <paths> --format <format> --out <path>      write the annotations in another format
                                                     (json, jsonl, csv, brat, w3c, conll, markdown)
  import <text file> --format <format> --from <file> merge a brat, w3c or json export into a sidecar
  check <paths> [--fix]                              re-anchor annotations to the current text
  merge-driver <ancestor> <current> <other> [<path>] git's merge driver for sidecars (%O %A %B %P)
  install-merge-driver [--global]                    set git up to use merge-driver
  agree <A> <B> | <A> --ref <rev> | <A> --by-author  inter-annotator agreement (P/R/F1, kappa, alpha)
  suggest <paths> [--kinds k,k] [--dry-run]          propose speakers, entities and claims for review

${PATHS_HELP}

Exit status: 0 success, 1 problems found or a file could not be processed,
2 bad arguments. Run '${PROGRAM} <command> --help' for a command's details.`;
