// Content-script figures for `npm run bench`: bundle size (gzipped) and the time to read and analyse a
// 300-message thread built from the real-markup fixture (happy-dom; the browser bench measures 2,000 in Chromium).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { analyze } from '../src/analyzer';
import { analysisJob, messageContexts, ownNameOf } from '../src/content/page-analysis';
import { readThreads } from '../src/linkedin/readThread';
import { DEFAULT_SETTINGS } from '../src/shared/settings';

export function longThreadHtml(root: string, count: number): string {
  const html = readFileSync(resolve(root, 'tests/fixtures/linkedin/messaging-thread.html'), 'utf8');
  const rowStart = html.indexOf('<li class="msg-s-message-list__event');
  const listEnd = html.indexOf('<li class="msg-s-message-list__typing-indicator');
  const rows = html.slice(rowStart, listEnd).split(/(?=<li class="msg-s-message-list__event)/);
  const texts = [
    'We help logistics teams cut planning time by 40%. Do you have 15 minutes this week?',
    'Thanks, that helps a lot! How did you set up the forecasts?',
    'Ik kom even terug op mijn vorige bericht. Zullen we vrijblijvend kennismaken?',
    'Leuk je te spreken vandaag.',
  ];
  const many: string[] = [];
  for (let i = 0; many.length < count; i++) {
    const row = rows[i % rows.length] ?? '';
    many.push(
      row.replace(
        /(<p class="msg-s-event-listitem__body[^>]*>)[\s\S]*?(<\/p>)/,
        `$1${texts[i % texts.length]} (${i})$2`,
      ),
    );
  }
  return html.slice(0, rowStart) + many.join('') + html.slice(listEnd);
}

export async function benchContentScript(root: string): Promise<void> {
  const manifestPath = resolve(root, 'dist/chrome/manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const code = readFileSync(resolve(root, 'dist/chrome', manifest.content_scripts[0].js[0]));
    console.log(
      `content script size: ${(code.length / 1024).toFixed(1)} KB, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped (target < 30 KB gzipped, polyfill included)`,
    );
  } else console.log('content script size: dist/chrome is missing, run `npm run build` first');

  const window = new Window();
  const document = new window.DOMParser().parseFromString(
    longThreadHtml(root, 300),
    'text/html',
  ) as unknown as Document;
  const t0 = performance.now();
  const result = readThreads(document);
  const t1 = performance.now();
  if (!result.found) {
    console.log(`2,000-message thread: could not be read (${result.reason})`);
    return;
  }
  const thread = result.data[0];
  if (!thread) return;
  const contexts = messageContexts(thread, ownNameOf(thread), DEFAULT_SETTINGS);
  const jobs = thread.items.flatMap((item, index) => {
    const context = contexts[index];
    return item.kind === 'message' && item.text && context
      ? [analysisJob(item.text, context, DEFAULT_SETTINGS.strictness)]
      : [];
  });
  const t2 = performance.now();
  for (const { item } of jobs) analyze(item.text, item.context);
  const t3 = performance.now();
  console.log(
    `300-message thread (happy-dom, pure readers): read ${(t1 - t0).toFixed(0)} ms, ` +
      `requests built ${(t2 - t1).toFixed(0)} ms in the page, analysed ${(t3 - t2).toFixed(0)} ms in the background (${thread.items.length} items)`,
  );
  await window.happyDOM.close();
}
