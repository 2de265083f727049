/** Unit tier: the pure core, in plain Node. */
import { findTestFiles, runMocha } from '../runMocha';

runMocha(findTestFiles(__dirname), { label: 'unit', timeout: 20_000 }).then(
  ({ passed, failed }) => process.exit(failed > 0 || passed === 0 ? 1 : 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
