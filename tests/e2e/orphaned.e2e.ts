import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openLinkedIn, type ExtensionSession } from './harness';

/**
 * Issue 19: after an update (or a reload) the content script left in an open LinkedIn tab is orphaned. It
 * must notice and stop quietly, not throw "Extension context invalidated" on every change of the page.
 */
describe('the content script orphaned by an extension reload', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
  });
  afterAll(async () => session?.close());

  it('stops quietly: no error in the LinkedIn tab while the page keeps changing', async () => {
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    // Errors of every world in the page, the content script's isolated one included.
    const cdp = await session.context.newCDPSession(page);
    const errors: string[] = [];
    cdp.on(
      'Runtime.exceptionThrown',
      (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
        errors.push(`${event.exceptionDetails.text} ${event.exceptionDetails.exception?.description ?? ''}`),
    );
    cdp.on(
      'Runtime.consoleAPICalled',
      (event: { type: string; args: { value?: unknown; description?: string }[] }) => {
        if (event.type === 'error' || event.type === 'warning')
          errors.push(event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' '));
      },
    );
    cdp.on('Log.entryAdded', (event: { entry: { level: string; text: string } }) => {
      if (event.entry.level === 'error' && /extension|selge/i.test(event.entry.text))
        errors.push(event.entry.text);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');

    const old = session.serviceWorker;
    await old.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50)).catch(() => undefined);
    // The old worker's globals are gone once the extension reloaded.
    const oldAnswers = () =>
      Promise.race([
        old.evaluate(() => true).catch(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
      ]);
    await expect.poll(oldAnswers, { timeout: 20_000 }).toBe(false);
    await page.waitForTimeout(1000);

    // LinkedIn keeps changing the page: new messages, typing in the compose box, navigation within the app.
    for (let round = 0; round < 16; round++) {
      await page.evaluate((n) => {
        const rows = document.querySelectorAll('li.msg-s-message-list__event');
        const copy = rows[rows.length - 1]!.cloneNode(true) as Element;
        const body = copy.querySelector('.msg-s-event-listitem__body');
        if (body)
          body.textContent = `Free 15-minute call this week? Round ${n}: https://calendly.com/x/15min`;
        rows[rows.length - 1]!.after(copy);
        const box = document.querySelector<HTMLElement>('.msg-form__contenteditable');
        if (box) {
          box.textContent = `Thanks, round ${n}`;
          box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        }
        history.replaceState(null, '', `?round=${n}`);
      }, round);
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(2500);
    expect(errors.filter((text) => /context invalidated|selge/i.test(text))).toEqual([]);
    expect(errors).toEqual([]);
    await cdp.detach();
    await page.close();
  }, 120_000);
});
