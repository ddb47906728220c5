// `npm run zip`: the two store packages, from the builds in dist/, into artifacts/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const target of ['chrome', 'firefox']) {
  if (!existsSync(`dist/${target}/manifest.json`)) {
    console.error(`dist/${target} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  // The bundles' licence headers are minified away: a package without the notice must not ship.
  if (!existsSync(`dist/${target}/THIRD-PARTY-NOTICES.txt`) || !existsSync(`dist/${target}/LICENSE`)) {
    console.error(`dist/${target} has no THIRD-PARTY-NOTICES.txt or LICENSE: run \`npm run build\` again.`);
    process.exit(1);
  }
  const result = spawnSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${target}`,
      '--artifacts-dir',
      'artifacts',
      '--filename',
      `selge-${target}-${version}.zip`,
      '--overwrite-dest',
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
