/** `npm run bench`: speed figures, printed (ratios where possible: machines are noisy), never asserted. */
import { benchAnchor } from './anchor';
import { benchQuality } from './quality';
import { benchSidecar } from './sidecar';
import { benchTranscript } from './transcript';
import { benchWorkspace } from './workspace';

async function main(): Promise<void> {
  console.log(`Transcript Annotator benchmarks (Node ${process.version}, ${new Date().toISOString()})\n`);
  benchTranscript();
  await benchSidecar();
  benchAnchor();
  benchWorkspace();
  benchQuality();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
