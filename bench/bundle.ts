/**
 * Size of the minified extension bundle against its 500 KB budget (scripts/extensionBundle.cjs,
 * which `npm run build` also enforces), with the inputs that weigh most.
 */
import * as path from 'node:path';
import * as esbuild from 'esbuild';

interface BundleScript {
  BUNDLE_BUDGET_BYTES: number;
  checkBundleBudget(build: typeof esbuild): Promise<{ bytes: number; largest: string[] }>;
}

/** Prints the minified bundle size (the build fails when it is over budget, so this does not). */
export async function benchBundle(): Promise<void> {
  const script = require(path.join(__dirname, '../../scripts/extensionBundle.cjs')) as BundleScript;
  console.log('extension bundle');
  try {
    const { bytes, largest } = await script.checkBundleBudget(esbuild);
    console.log(`  minified: ${(bytes / 1000).toFixed(0)} KB (budget ${script.BUNDLE_BUDGET_BYTES / 1000} KB)`);
    console.log(`  largest inputs: ${largest.join(', ')}\n`);
  } catch (error) {
    console.log(`  ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
