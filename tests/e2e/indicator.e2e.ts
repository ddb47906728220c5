/**
 * The indicator at LinkedIn's compose box and note field (issue 21, item 1), with every Selge view closed: it
 * appears for a pitch and not for a good draft, never on a half-typed word, opens the findings with their
 * explanations, and LinkedIn's page cannot read what it says. Firefox runs the same scenario (firefox.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityTree,
  chromiumDriver,
  clickMiddle,
  drawnShadowBox,
  launchWithExtension,
  markTexts,
  openExtensionPage,
  openLinkedIn,
  shadowBoxes,
  shadowStyles,
  type ExtensionSession,
} from './harness';
import { eventually, indicatorByKeyboard, SLOW_PITCH, typeWithIndicator } from './scenarios';
import { expectIndicatorRun } from './indicator-expect';
import { setSettings } from './settings';

describe('the draft indicator in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    session.routes.set('/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
  });
  afterAll(async () => session?.close());

  it('shows a pitch typed into the compose box, settles on word ends, opens the findings, and goes for a good draft', async () => {
    expectIndicatorRun(
      await typeWithIndicator(
        chromiumDriver(session),
        '/messaging/thread/2-sanne/',
        '.msg-form__contenteditable',
      ),
    );
  }, 120_000);

  it('shows a pitch typed into the "Add a note" field', async () => {
    expectIndicatorRun(
      await typeWithIndicator(chromiumDriver(session), '/in/sanne-verbeek/', 'textarea[name="message"]'),
    );
  }, 120_000);

  it('opens the findings inside the window at 200% zoom, with their title and close button in view', async () => {
    await setSettings(session, { uiLanguage: 'en', draftIndicator: true });
    const page = await openLinkedIn(session, '/messaging/thread/2-sanne/');
    // A 1080p screen at 200%: the compose box sits in mid-window, a findings panel of 55vh does not fit above it.
    await page.setViewportSize({ width: 960, height: 540 });
    const field = page.locator('.msg-form__contenteditable');
    await field.click();
    await page.keyboard.type(
      `${SLOW_PITCH} We also run cold email and ads for 3x more leads, guaranteed. Book a demo.`,
    );
    await clickMiddle(page, await drawnShadowBox(page, 'SELGE-DRAFT', 'pill'));
    const panel = await drawnShadowBox(page, 'SELGE-DRAFT', 'panel');
    const box = await field.boundingBox();
    expect(panel?.top).toBeGreaterThanOrEqual(0);
    expect(panel?.bottom).toBeLessThanOrEqual(540);
    // Not over the field: the user reads the findings while they go on typing.
    expect(
      (panel?.bottom ?? 0) <= (box?.y ?? 0) || (panel?.top ?? 0) >= (box?.y ?? 0) + (box?.height ?? 0),
    ).toBe(true);
    await page.close();
  });

  it('gives the findings’ close button a target a finger or a shaky hand can hit, 24 px or more each way', async () => {
    await setSettings(session, { uiLanguage: 'en', draftIndicator: true });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    await page.locator('textarea[name="message"]').fill(SLOW_PITCH);
    await clickMiddle(page, await drawnShadowBox(page, 'SELGE-DRAFT', 'pill'));
    const close = await drawnShadowBox(page, 'SELGE-DRAFT', 'close');
    expect((close?.right ?? 0) - (close?.left ?? 0)).toBeGreaterThanOrEqual(24);
    expect((close?.bottom ?? 0) - (close?.top ?? 0)).toBeGreaterThanOrEqual(24);
    // Pressed where a person aims, its middle, it closes the findings.
    await clickMiddle(page, close);
    await expect.poll(async () => (await shadowBoxes(page, 'SELGE-DRAFT', 'panel'))[0]).toBeNull();
    await page.close();
  });

  it('points to what the views offer for this draft: openers for a note, replies in a conversation they wrote in', async () => {
    await setSettings(session, { uiLanguage: 'en', draftIndicator: true });
    for (const [path, selector, more] of [
      [
        '/in/sanne-verbeek/',
        'textarea[name="message"]',
        'Notes to insert, and a pitch rewritten as a question',
      ],
      // Sanne wrote in this conversation: the views offer replies to her, no openers and no rewrite.
      [
        '/messaging/thread/2-sanne/',
        '.msg-form__contenteditable',
        'Every finding, and replies to their messages',
      ],
    ] as const) {
      const page = await openLinkedIn(session, path);
      const field = page.locator(selector);
      await field.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(`${SLOW_PITCH} `);
      await eventually(
        () => markTexts(page, 'SELGE-DRAFT'),
        (found) => /^Selge \d+$/.test(found[0] ?? ''),
        'the pill drawn',
      );
      const pill = (await page.evaluate(() =>
        document.querySelector('selge-draft')?.getBoundingClientRect().toJSON(),
      )) as DOMRect;
      await page.mouse.click(pill.x + pill.width / 2, pill.y + pill.height / 2);
      const [drawn] = await eventually(
        () => markTexts(page, 'SELGE-DRAFT'),
        (found) => /open Selge/.test(found[0] ?? ''),
        'the findings drawn',
      );
      expect(drawn).toContain(`${more}: open Selge (Alt+Shift+S).`);
      expect(drawn).not.toContain(path.startsWith('/in/') ? 'replies to their' : 'Notes to insert');
      await page.close();
    }
  });

  it('goes at once when switched off in the settings, and comes back when switched on', async () => {
    await setSettings(session, { uiLanguage: 'en', draftIndicator: true });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    await page.locator('textarea[name="message"]').fill(SLOW_PITCH);
    const drawn = async () => (await markTexts(page, 'SELGE-DRAFT')).length;
    await expect.poll(drawn).toBe(1);
    const options = await openExtensionPage(session, 'options');
    const setting = options.getByLabel(
      'Show a small sign at the message or note you type when it reads like a pitch',
    );
    await setting.uncheck();
    // The person looks back at LinkedIn's tab: Selge does no drawing in a hidden tab, it catches up when shown.
    await page.bringToFront();
    // The pitch is still in the field, and no sign of Selge is left by it.
    await expect.poll(drawn).toBe(0);
    expect(await page.locator('textarea[name="message"]').inputValue()).toBe(SLOW_PITCH);
    await options.bringToFront();
    await setting.check();
    await page.bringToFront();
    await expect.poll(drawn).toBe(1);
    await options.close();
    await page.close();
  });

  it('says the verdict and why in the user’s language, which LinkedIn’s page cannot read', async () => {
    for (const [lang, title, why] of [
      ['en', /Your draft reads like a pitch \(score \d+\)/, /Why it hurts: .+Instead: /],
      ['nl', /Je concept leest als een pitch \(score \d+\)/, /Waarom het schaadt: .+Beter: /],
    ] as const) {
      await setSettings(session, { uiLanguage: lang });
      const page = await openLinkedIn(session, '/in/sanne-verbeek/');
      await page.locator('textarea[name="message"]').fill(SLOW_PITCH);
      const [pill] = await eventually(
        () => markTexts(page, 'SELGE-DRAFT'),
        (found) => found.length === 1 && /Selge \d+/.test(found[0] ?? ''),
        'the indicator drawn',
      );
      expect(pill).toMatch(/^Selge \d+$/);
      const box = (await page.evaluate(() =>
        document.querySelector('selge-draft')?.getBoundingClientRect().toJSON(),
      )) as DOMRect;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const [opened] = await eventually(
        () => markTexts(page, 'SELGE-DRAFT'),
        (found) => why.test(found[0] ?? ''),
        'the findings drawn',
      );
      expect(opened).toMatch(title);
      // What a script of LinkedIn's sees: an element with a position, no way in, no text to search for.
      const seen = await page.evaluate(() => {
        const host = document.querySelector('selge-draft')!;
        return {
          attributes: host.getAttributeNames(),
          shadowRoot: host.shadowRoot,
          html: host.innerHTML,
          found: (window as unknown as { find(text: string): boolean }).find('pitch'),
        };
      });
      expect(seen).toEqual({ attributes: ['style'], shadowRoot: null, html: '', found: false });
      await page.close();
    }
    await setSettings(session, { uiLanguage: 'auto' });
  }, 120_000);
});

describe('the draft indicator by keyboard in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    session.routes.set('/messaging/thread/2-sanne/', 'linkedin/messaging-thread.html');
    session.routes.set('/in/sanne-verbeek/', 'linkedin/connect-dialog.html');
  });
  afterAll(async () => session?.close());

  it.each([
    ['/messaging/thread/2-sanne/', '.msg-form__contenteditable'],
    ['/in/sanne-verbeek/', 'textarea[name="message"]'],
  ])(
    'goes from the draft to the pill with Alt+F10, opens the findings, and back with Escape (%s)',
    async (path, field) => {
      await setSettings(session, { uiLanguage: 'en', draftIndicator: true });
      expect(await indicatorByKeyboard(chromiumDriver(session), path, field)).toEqual({
        onPill: true,
        findings: true,
        backInField: true,
        draft: `${SLOW_PITCH} Ok`,
      });
    },
    60_000,
  );

  it('says in the pill’s name and tooltip how to reach it and go back, in the user’s language', async () => {
    for (const [lang, keys] of [
      ['en', '(Alt+F10 from your draft, Escape back)'],
      ['nl', '(Alt+F10 vanuit je concept, Escape terug)'],
    ] as const) {
      await setSettings(session, { uiLanguage: lang, draftIndicator: true });
      const page = await openLinkedIn(session, '/in/sanne-verbeek/');
      await page.locator('textarea[name="message"]').fill(SLOW_PITCH);
      await expect.poll(async () => (await markTexts(page, 'SELGE-DRAFT')).length).toBe(1);
      const cdp = await page.context().newCDPSession(page);
      const names = async () => {
        const nodes = await accessibilityTree(cdp);
        return nodes.filter((node) => node.role?.value === 'button').map((node) => node.name?.value ?? '');
      };
      await expect.poll(async () => (await names()).filter((name) => name.endsWith(keys))).toHaveLength(1);
      await page.close();
    }
    await setSettings(session, { uiLanguage: 'auto' });
  });

  it('paints the pill in its verdict’s colour, a pitch apart from a borderline draft, on a light field and a dark one', async () => {
    await setSettings(session, { uiLanguage: 'en', draftIndicator: true, strictness: 'strict' });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const field = page.locator('textarea[name="message"]');
    const paint = async () => {
      const [style] = await shadowStyles(page, 'SELGE-DRAFT', 'pill', ['color', 'background-color']);
      return style ?? {};
    };
    const cdp = await page.context().newCDPSession(page);
    const pillName = async () => {
      const nodes = await accessibilityTree(cdp);
      return nodes.find((node) => node.role?.value === 'button' && node.name?.value.startsWith('Your draft'))
        ?.name?.value;
    };
    const seen: Record<string, Record<string, string>> = {};
    for (const scheme of ['light', 'dark'] as const) {
      // LinkedIn's dark mode paints the field dark; the pill takes the colours of what it sits on.
      await page.emulateMedia({ colorScheme: scheme });
      if (scheme === 'dark')
        await page.addStyleTag({ content: 'textarea { background: #1b1f23; color: #eee; }' });
      for (const [kind, text] of [
        ['borderline', 'Happy to share some ideas if useful.'],
        ['pitch', SLOW_PITCH],
      ] as const) {
        await field.fill(text);
        await expect
          .poll(pillName)
          .toMatch(kind === 'pitch' ? /^Your draft reads like a pitch/u : /^Your draft is borderline/u);
        seen[`${scheme} ${kind}`] = await paint();
      }
    }
    const backgrounds = Object.values(seen).map((style) => style['background-color']);
    // Four looks, none of them a bare button's: no background at all, or the text colour of the page.
    expect(new Set(backgrounds).size).toBe(4);
    for (const style of Object.values(seen)) {
      expect(style['background-color']).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.color).not.toBe('rgb(0, 0, 0)');
    }
    await page.close();
    await setSettings(session, { uiLanguage: 'auto', strictness: 'normal' });
  });

  it('tells a screen reader when the pill appears and when a borderline draft turns into a pitch, not at every score', async () => {
    // Strict: "Happy to share some ideas if useful." alone is borderline there.
    await setSettings(session, { uiLanguage: 'en', draftIndicator: true, strictness: 'strict' });
    const page = await openLinkedIn(session, '/in/sanne-verbeek/');
    const field = page.locator('textarea[name="message"]');
    const cdp = await page.context().newCDPSession(page);
    // What the live region holds, as the accessibility tree gives it to a screen reader.
    const said = async () => {
      const nodes = await accessibilityTree(cdp);
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const text = (id: string): string => {
        const node = byId.get(id);
        if (!node) return '';
        if (node.role?.value === 'StaticText') return node.name?.value ?? '';
        return (node.childIds ?? []).map(text).join('');
      };
      return nodes.filter((node) => node.role?.value === 'status').map((node) => text(node.nodeId));
    };
    const keys = 'Show why: Alt+F10 from your draft, Escape back.';
    await field.fill('Happy to share some ideas if useful.');
    await expect.poll(said).toEqual([expect.stringMatching(/^Your draft is borderline \(score \d+\)\. /u)]);
    expect((await said())[0]).toContain(keys);
    await field.fill('Happy to share some ideas if useful. Do you have 15 minutes?');
    await expect
      .poll(said)
      .toEqual([expect.stringMatching(/^Your draft reads like a pitch \(score \d+\)\. /u)]);
    const first = await said();
    // Still a pitch with more of it: the score on the pill moves, nothing new is said.
    await field.fill(
      'Happy to share some ideas if useful. Do you have 15 minutes? We help SaaS companies 3x their pipeline.',
    );
    await expect.poll(() => markTexts(page, 'SELGE-DRAFT')).toEqual(['Selge 100']);
    await page.waitForTimeout(600);
    expect(await said()).toEqual(first);
    // A good draft takes the pill away; the next pitch is said again.
    await field.fill('');
    await expect.poll(async () => (await markTexts(page, 'SELGE-DRAFT')).length).toBe(0);
    await field.fill('Do you have 15 minutes?');
    await expect.poll(said).toEqual([expect.stringMatching(/^Your draft reads like a pitch/u)]);
    await page.close();
    await setSettings(session, { uiLanguage: 'auto', strictness: 'normal' });
  });
});
