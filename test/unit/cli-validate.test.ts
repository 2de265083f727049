import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCli, cli, read, workspace } from './cli-harness.test';

describe('transcript-annotator validate', function () {
  this.timeout(20_000);
  before(() => buildCli());

  it('exits 0 and prints only a summary for valid sidecars', () => {
    const r = cli(workspace(), 'validate', 'radio', 'wire');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '2 sidecars checked: 0 errors, 0 warnings\n');
  });

  it('prints every problem as path:line:column: severity: message with 1-based positions, and exits 1 on an error', () => {
    const r = cli(workspace(), 'validate', 'invalid');
    assert.equal(r.status, 1);
    const file = path.join('invalid', 'ferry-notice.txt.annotations.yaml');
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      `${file}:2:7: warning: text is "ferry.txt" but this sidecar belongs to "ferry-notice.txt" [text-name-mismatch]`,
      `${file}:17:12: error: quote does not match the text at 36-49: expected "Kettle Island", found "Kettil Island" [quote-mismatch]`,
    ]);
    assert.match(r.stderr, /1 sidecar checked: 1 error, 1 warning/);
  });

  it('exits 0 when there are only warnings', () => {
    const dir = workspace();
    const sidecar = 'invalid/ferry-notice.txt.annotations.yaml';
    fs.writeFileSync(path.join(dir, sidecar), read(dir, sidecar).replace('quote: Kettle Island', 'quote: Kettil Island'));
    const r = cli(dir, 'validate', sidecar);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /warning: text is "ferry.txt"/);
  });

  it('accepts a text file, its sidecar or a folder, and searches folders skipping node_modules and dot-folders', () => {
    const dir = workspace();
    for (const hidden of ['node_modules/pkg', '.cache']) {
      fs.mkdirSync(path.join(dir, 'radio', hidden), { recursive: true });
      fs.copyFileSync(path.join(dir, 'invalid/ferry-notice.txt'), path.join(dir, 'radio', hidden, 'ferry-notice.txt'));
      fs.copyFileSync(path.join(dir, 'invalid/ferry-notice.txt.annotations.yaml'), path.join(dir, 'radio', hidden, 'ferry-notice.txt.annotations.yaml'));
    }
    assert.equal(cli(dir, 'validate', 'radio').status, 0);
    assert.equal(cli(dir, 'validate', 'radio/harbor-hour.txt').stderr, '1 sidecar checked: 0 errors, 0 warnings\n');
    assert.equal(cli(dir, 'validate', 'radio/harbor-hour.txt.annotations.yaml', 'radio/harbor-hour.txt').stderr, '1 sidecar checked: 0 errors, 0 warnings\n');
    assert.equal(cli(dir, 'validate', '.').status, 1, 'the invalid fixture is found from the top');
    assert.equal(cli(path.join(dir, 'radio', '.cache'), 'validate', '.').status, 1, 'a dot-folder named on the command line is searched');
  });

  it('reports a text file named on the command line that has no sidecar', () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'loose.txt'), 'No annotations here.\n');
    const r = cli(dir, 'validate', 'loose.txt');
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'loose.txt:1:1: error: no sidecar beside this text file (expected loose.txt.annotations.yaml) [no-sidecar]\n');
  });

  it('reports a sidecar that is not UTF-8 text at line 1, column 1', () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'radio/harbor-hour.txt.annotations.yaml'), Buffer.from([0x76, 0xff, 0xfe, 0x0a]));
    const r = cli(dir, 'validate', 'radio');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^radio[/\\]harbor-hour\.txt\.annotations\.yaml:1:1: error: not a UTF-8 text file/);
  });
});
