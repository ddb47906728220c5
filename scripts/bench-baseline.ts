// The same long thread typed into in the same browser without Selge: what "typing adds no pause" is measured
// against. LinkedIn's page is the fixture stand-in, answered locally, with the same heartbeat as in the tests.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium-path.mjs';
import { findFirefox } from './firefox-path.mjs';
import { LINKEDIN_EDITOR_STANDIN } from '../tests/e2e/linkedin-standin';

const URL_OF_THREAD = 'https://www.linkedin.com/messaging/thread/2-typing-baseline/';
const COMPOSE_BOX = '.msg-form__contenteditable';

/** What the measurement needs of a page; Playwright's and puppeteer's pages both have it. */
interface PlainPage {
  evaluate<T>(fn: () => T): Promise<T>;
  click(selector: string): Promise<void>;
  keyboard: {
    press(key: string): Promise<void>;
    type(text: string, options: { delay: number }): Promise<void>;
  };
}

async function longestPause(page: PlainPage, text: string, delayMs: number): Promise<number> {
  // The page settles as it would before a person starts typing.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const now = () => page.evaluate(() => performance.now());
  const startedAt = await now();
  await page.click(COMPOSE_BOX);
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: delayMs });
  const typedAt = await now();
  const gaps = await page.evaluate(() => (window as unknown as Gaps).__heartbeatGaps);
  return Math.max(
    0,
    ...gaps.filter((gap) => gap.start >= startedAt && gap.start <= typedAt).map((gap) => gap.duration),
  );
}

type Gaps = { __heartbeatGaps: { start: number; duration: number }[] };

/** The page's longest pause while `text` is typed into a thread of `html`, without the extension. */
export async function typingPauseWithoutSelge(
  browserName: 'Chromium' | 'Firefox',
  html: string,
  text: string,
  delayMs: number,
): Promise<number> {
  if (browserName === 'Chromium') {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.addInitScript({ content: LINKEDIN_EDITOR_STANDIN });
      await page.route('**/*', (route) =>
        route.request().url() === URL_OF_THREAD
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.fulfill({ status: 404, body: '' }),
      );
      await page.goto(URL_OF_THREAD, { timeout: 90_000 });
      return await longestPause(
        {
          evaluate: (fn) => page.evaluate(fn),
          click: (selector) => page.click(selector),
          keyboard: page.keyboard,
        },
        text,
        delayMs,
      );
    } finally {
      await browser.close();
    }
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(LINKEDIN_EDITOR_STANDIN);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === URL_OF_THREAD)
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void request.respond({ status: 404, body: '' });
    });
    await page.goto(URL_OF_THREAD, { timeout: 90_000 });
    return await longestPause(
      {
        evaluate: (fn) => page.evaluate(fn),
        click: (selector) => page.click(selector),
        keyboard: page.keyboard,
      },
      text,
      delayMs,
    );
  } finally {
    await browser.close();
  }
}
