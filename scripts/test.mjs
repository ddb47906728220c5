// `npm test`: the whole suite. Unit and page-reader tests, then both builds and the end-to-end tests in the
// system Chromium and Firefox. Prints one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { HOW_TO_GET_CHROMIUM, findChromium } from './chromium-path.mjs';
import { HOW_TO_GET_FIREFOX, findFirefox } from './firefox-path.mjs';

const REPORT_DIR = 'artifacts/test-reports';
rmSync(REPORT_DIR, { recursive: true, force: true });
mkdirSync(REPORT_DIR, { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

function vitest(name, extraArgs) {
  const outputFile = `${REPORT_DIR}/${name}.json`;
  const status = run('npx', [
    'vitest',
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${outputFile}`,
  ]);
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    counts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    counts.failed += 1; // no report at all: the run itself broke
  }
  return { status, counts };
}

const results = [];
results.push(vitest('unit', []));

const missing = [
  [findChromium, HOW_TO_GET_CHROMIUM],
  [findFirefox, HOW_TO_GET_FIREFOX],
].flatMap(([find, howTo]) => {
  try {
    find();
    return [];
  } catch (error) {
    return [error instanceof Error && error.message ? error.message : howTo];
  }
});

if (missing.length > 0) {
  console.error(`\nEnd-to-end tests cannot run. ${missing.join(' ')}\n`);
  results.push({ status: 1, counts: { passed: 0, failed: 1, skipped: 0 } });
} else {
  const buildStatus = run('npm', ['run', 'build', '--silent']);
  if (buildStatus !== 0) {
    console.error('\nThe build failed, so the end-to-end tests did not run.\n');
    results.push({ status: buildStatus, counts: { passed: 0, failed: 1, skipped: 0 } });
  } else {
    results.push(vitest('e2e', ['--config', 'vitest.e2e.config.ts']));
  }
}

const total = results.reduce(
  (sum, { counts }) => ({
    passed: sum.passed + counts.passed,
    failed: sum.failed + counts.failed,
    skipped: sum.skipped + counts.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const failed = results.some(({ status }) => status !== 0) || total.failed > 0;
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failed ? 1 : 0);
