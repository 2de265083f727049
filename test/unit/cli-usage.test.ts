import assert from 'node:assert/strict';
import { buildCli, cli, workspace } from './cli-harness.test';

/** Asserts a usage error: exit 2 and exactly one line on stderr, no stack trace. */
function usageError(dir: string, args: string[], pattern: RegExp): void {
  const r = cli(dir, ...args);
  assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
}

describe('transcript-annotator --help and usage errors', function () {
  this.timeout(20_000);
  before(() => buildCli());

  it('prints the overall usage with --help and exits 0', () => {
    const r = cli(workspace(), '--help');
    assert.equal(r.status, 0);
    for (const verb of ['validate', 'export', 'import', 'check']) assert.match(r.stdout, new RegExp(`^  ${verb} `, 'm'));
    assert.match(r.stdout, /Exit status: 0 success, 1 problems found/);
  });

  it("prints each verb's own help with --help, exit 0, even next to bad arguments", () => {
    const dir = workspace();
    for (const verb of ['validate', 'export', 'import', 'check']) {
      const r = cli(dir, verb, '--no-such-option', '--help');
      assert.equal(r.status, 0, verb);
      assert.match(r.stdout, new RegExp(`^Usage: transcript-annotator ${verb} `));
    }
    assert.match(cli(dir, 'help', 'check').stdout, /--fix/);
    assert.match(cli(dir, 'validate', '--help').stdout, /warnings alone still exit 0/);
  });

  it('lists every export format with its layout in export --help', () => {
    const out = cli(workspace(), 'export', '-h').stdout;
    assert.match(out, /^ {2}json {8}one file/m);
    assert.match(out, /^ {2}brat {8}per document/m);
    assert.match(out, /^ {2}markdown {4}per document/m);
    assert.match(out, /^ {2}claimreview one file/m);
  });

  it('exits 2 with one line for a missing or unknown command', () => {
    const dir = workspace();
    usageError(dir, [], /missing command/);
    usageError(dir, ['annotate', 'radio'], /unknown command "annotate"/);
  });

  it('exits 2 with one line for a missing or unknown --format, a missing --out or --from, and missing operands', () => {
    const dir = workspace();
    usageError(
      dir,
      ['export', 'radio', '--out', 'x.json'],
      /export: missing --format <json\|jsonl\|csv\|brat\|w3c\|conll\|markdown\|labelstudio\|spacy\|webanno\|claimreview>/,
    );
    usageError(dir, ['export', 'radio', '--format', 'pdf', '--out', 'x'], /unknown format "pdf"/);
    usageError(dir, ['export', 'radio', '--format', 'json'], /missing --out/);
    usageError(dir, ['export', '--format', 'json', '--out', 'x.json'], /missing files or folders/);
    usageError(dir, ['validate'], /validate: missing files or folders/);
    usageError(dir, ['check'], /check: missing files or folders/);
    usageError(dir, ['import', 'radio/harbor-hour.txt', '--format', 'brat'], /missing --from/);
    usageError(dir, ['import', 'radio/harbor-hour.txt', '--format', 'csv', '--from', 'x'], /unknown format "csv"/);
    usageError(dir, ['import', '--format', 'brat', '--from', 'x'], /missing the text file/);
    usageError(dir, ['import', 'radio/harbor-hour.txt', 'wire/varnholm-dockers.txt', '--format', 'brat', '--from', 'x'], /takes one text file/);
  });

  it('exits 2 with one line for unknown options, repeated options and paths that do not exist', () => {
    const dir = workspace();
    usageError(dir, ['validate', '--strict', 'radio'], /unknown option --strict/);
    usageError(dir, ['export', 'radio', '--format', 'json', '--format', 'csv', '--out', 'x'], /--format given twice/);
    usageError(dir, ['validate', 'no/such/folder'], /no such file or folder: no\/such\/folder/);
    usageError(dir, ['import', 'radio/gone.txt.annotations.yaml', '--format', 'brat', '--from', 'x.ann'], /import: no such text file: radio[/\\]gone\.txt/);
    usageError(dir, ['export', 'radio', '--format', 'json', '--out', 'x', '--bom'], /--bom applies to --format csv only/);
  });
});
