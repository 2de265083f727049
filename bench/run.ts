/** `npm run bench`: speed figures, printed (ratios where possible: machines are noisy), never asserted. */
import { benchAnchor } from './anchor';
import { benchBundle } from './bundle';
import { benchPipeline } from './pipeline';
import { benchExchange } from './exchange';
import { benchEditing } from './editing';
import { benchQuality } from './quality';
import { benchSidecar } from './sidecar';
import { benchAgreement, benchCompare, benchMerge } from './team';
import { benchTranscript } from './transcript';
import { benchWorkspace } from './workspace';
import { benchWebBundle } from './webBundle';

async function main(): Promise<void> {
  console.log(`Transcript Annotator benchmarks (Node ${process.version}, ${new Date().toISOString()})\n`);
  await benchBundle();
  benchTranscript();
  await benchSidecar();
  benchAnchor();
  benchEditing();
  benchWorkspace();
  await benchPipeline();
  benchMerge();
  benchAgreement();
  benchCompare();
  benchExchange();
  benchQuality();
  await benchWebBundle();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
