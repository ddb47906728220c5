// The notice of the third-party code the extension ships: each runtime dependency of package.json (and
// theirs, should they have any), with its version, its licence name and the full text of its LICENSE file.
// Minifying strips the licence headers from the bundles, and MIT and MPL-2.0 ask for this notice. The build
// writes it into dist/<target>/ (vite.config.ts); `node scripts/third-party-notices.mjs` prints it.
// Deterministic: packages in name order, files read as they are, no dates.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The runtime dependencies, with their own dependencies, as { name, version, license, text }, by name. */
export function runtimePackages(root) {
  const found = new Map();
  const visit = (name) => {
    if (found.has(name)) return;
    const dir = join(root, 'node_modules', name);
    const pkg = readJson(join(dir, 'package.json'));
    const licenceFile = readdirSync(dir)
      .filter((file) => /^licen[cs]e/i.test(file))
      .sort()[0];
    if (!licenceFile) throw new Error(`${name} has no LICENSE file: its notice cannot be written`);
    found.set(name, {
      name,
      version: pkg.version,
      license: typeof pkg.license === 'string' ? pkg.license : 'see the licence text',
      text: readFileSync(join(dir, licenceFile), 'utf8').replaceAll('\r\n', '\n').trim(),
    });
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency);
  };
  for (const name of Object.keys(readJson(join(root, 'package.json')).dependencies ?? {})) visit(name);
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function thirdPartyNotices(root) {
  const packages = runtimePackages(root);
  const rule = '='.repeat(78);
  return [
    'Selge includes the following third-party software, in its bundled and minified scripts.',
    'Each is listed with its version, its licence and the licence text it is distributed with.',
    '',
    ...packages.map((pkg) => `- ${pkg.name} ${pkg.version} (${pkg.license})`),
    '',
    ...packages.flatMap((pkg) => [
      rule,
      `${pkg.name} ${pkg.version} (${pkg.license})`,
      rule,
      '',
      pkg.text,
      '',
    ]),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(thirdPartyNotices(process.cwd()));
}
