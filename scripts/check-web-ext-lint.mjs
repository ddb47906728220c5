// Reads web-ext lint's JSON report and fails on any error; warnings are printed for a person to read.
import { readFileSync } from 'node:fs';

const path = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  console.error(`web-ext lint gave no readable report at ${path}: ${error.message}`);
  process.exit(1);
}
for (const warning of report.warnings ?? [])
  console.log(`warning ${warning.code}: ${warning.message} (${warning.file ?? ''})`);
for (const error of report.errors ?? [])
  console.error(`ERROR ${error.code}: ${error.message} (${error.file ?? ''})`);
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
process.exit(report.summary.errors === 0 ? 0 : 1);
