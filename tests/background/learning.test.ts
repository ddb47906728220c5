import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../shared/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { analyseWithLearning, forgetLearnedState, recordCorrection, recordTrust } =
  await import('../../src/background/learning');
const { exportLearned, importLearned, loadNotices } = await import('../../src/shared/storage');
const { analyze } = await import('../../src/analyzer');
const { compactVerdict } = await import('../../src/shared/wire');
const {
  MAX_CORRECTIONS,
  MAX_TRUSTED,
  checkedSummary,
  parseLearned,
  serializeLearned,
  withCorrection,
  withTrust,
} = await import('../../src/shared/learned');
const { MAX_DELTAS, MAX_NUDGES } = await import('../../src/analyzer/wording/adjust');

const { local } = fakeBrowser.storage;

const PITCH =
  'Hi Bram, I help SaaS founders like you at Brightwave book 20 more demos a month. Do you have 15 minutes this week for a quick call?';
/** The same template with another name, company and number. */
const SIBLING =
  'Hi Lotte, I help SaaS founders like you at Acme Corp book 35 more demos a month. Do you have 15 minutes this week for a quick call?';
const OTHER_PITCH =
  'Quick question: would you be open to a 15 minute call about our recruiting platform? We place senior engineers in 2 weeks.';
const DUTCH_PITCH =
  'Hoi Sanne, wij helpen bedrijven zoals Bakkerij Jansen met meer leads via LinkedIn. Heb je 15 minuutjes voor een vrijblijvend kennismakingsgesprek?';
const context = { kind: 'first-message' as const };

async function verdictsOf(texts: string[], person?: string) {
  const { verdicts } = await analyseWithLearning({
    items: texts.map((text) => ({ text, context, ...(person ? { person } : {}) })),
    strictness: 'normal',
  });
  return verdicts;
}

describe('corrections (issue 23)', () => {
  beforeEach(() => {
    resetFakeBrowser();
    forgetLearnedState();
  });

  it('with nothing learned, every verdict is exactly the shipped one', async () => {
    const texts = [PITCH, SIBLING, OTHER_PITCH, DUTCH_PITCH, 'Are we still on for lunch Thursday?'];
    expect(await verdictsOf(texts)).toEqual(texts.map((text) => compactVerdict(analyze(text, context))));
  });

  it('"Not a pitch" holds for the message, says the user set it, and undo restores the shipped verdict', async () => {
    expect((await verdictsOf([PITCH]))[0]?.verdict).toBe('pitch');
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' });
    const [corrected] = await verdictsOf([PITCH]);
    expect(corrected?.verdict).toBe('ok');
    expect(corrected?.user).toMatchObject({ set: 'ok', was: 'pitch', by: 'message' });
    // After a restart of the background the correction is read back from storage.
    forgetLearnedState();
    expect((await verdictsOf([PITCH]))[0]?.verdict).toBe('ok');
    await recordCorrection({ text: PITCH, set: null, was: 'pitch' });
    expect(await verdictsOf([PITCH, OTHER_PITCH])).toEqual(
      [PITCH, OTHER_PITCH].map((t) => compactVerdict(analyze(t, context))),
    );
  });

  it('a message of the same template takes the verdict; other templates keep theirs', async () => {
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' }, Date.UTC(2026, 11, 3));
    const [sibling, other, dutch] = await verdictsOf([SIBLING, OTHER_PITCH, DUTCH_PITCH]);
    expect(sibling?.verdict).toBe('ok');
    expect(sibling?.user).toMatchObject({ set: 'ok', by: 'template', at: Date.UTC(2026, 11, 3) });
    expect(other?.verdict).toBe('pitch');
    expect(dutch?.verdict).toBe('pitch');
  });

  it('"It is a pitch" makes a message a pitch', async () => {
    const friendly =
      'Thanks for the intro yesterday, happy to help your team with the migration if you want.';
    const shipped = (await verdictsOf([friendly]))[0];
    expect(shipped?.verdict).not.toBe('pitch');
    await recordCorrection({ text: friendly, set: 'pitch', was: shipped?.verdict ?? 'ok' });
    expect((await verdictsOf([friendly]))[0]).toMatchObject({
      verdict: 'pitch',
      user: { set: 'pitch', by: 'message' },
    });
  });

  it("a trusted person's messages are never pitches; someone else's are", async () => {
    await recordTrust('ACoAATEST0000000000000000000000000000001', true);
    const trusted = await verdictsOf([OTHER_PITCH], 'ACoAATEST0000000000000000000000000000001');
    expect(trusted[0]).toMatchObject({ verdict: 'ok', user: { by: 'person' } });
    expect((await verdictsOf([OTHER_PITCH], 'ACoAATEST0000000000000000000000000000002'))[0]?.verdict).toBe(
      'pitch',
    );
    await recordTrust('ACoAATEST0000000000000000000000000000001', false);
    expect((await verdictsOf([OTHER_PITCH], 'ACoAATEST0000000000000000000000000000001'))[0]?.verdict).toBe(
      'pitch',
    );
  });

  it('stores no message text and no profile id', async () => {
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' });
    await recordCorrection({ text: DUTCH_PITCH, set: 'ok', was: 'pitch' });
    await recordTrust('ACoAATEST0000000000000000000000000000001', true);
    const stored = JSON.stringify(local.data);
    for (const word of [
      'Bram',
      'Brightwave',
      'SaaS',
      'demos',
      'minuutjes',
      'Bakkerij',
      'ACoAATEST',
      'founders',
    ])
      expect(stored).not.toContain(word);
  });

  it('a corrupt store is reset with a notice, and the settings and statistics stay', async () => {
    local.data.learned = { version: 1, corrections: [['not a key', 'x']], trusted: [], deltas: {} };
    local.data.stats = {
      version: 2,
      weeks: {},
      seen: [],
      conversations: {},
      window: { start: 0, counted: 0 },
    };
    fakeBrowser.storage.sync.data.settings = { version: 2, strictness: 'strict' };
    expect((await verdictsOf([PITCH]))[0]?.verdict).toBe('pitch');
    expect((await loadNotices()).map((n) => n.id)).toEqual(['corrupt-learned']);
    expect(parseLearned(local.data.learned)).toEqual({
      learned: { corrections: [], trusted: [], deltas: new Map() },
      problems: [],
    });
    expect(local.data.stats).toMatchObject({ version: 2 });
    expect(fakeBrowser.storage.sync.data.settings).toEqual({ version: 2, strictness: 'strict' });
  });

  it('an export carries the corrections to another browser; a file that is not one changes nothing', async () => {
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' });
    const file = JSON.parse(JSON.stringify(await exportLearned())) as unknown;
    resetFakeBrowser();
    forgetLearnedState();
    expect((await verdictsOf([PITCH]))[0]?.verdict).toBe('pitch');
    await expect(
      importLearned({ format: 'selge-learned', version: 1, secret: 'x', learned: {} }),
    ).rejects.toThrow();
    expect((await verdictsOf([PITCH]))[0]?.verdict).toBe('pitch');
    await importLearned(file);
    forgetLearnedState();
    expect((await verdictsOf([PITCH, SIBLING]))?.map((v) => v.verdict)).toEqual(['ok', 'ok']);
  });

  it('keeps at most 2,000 corrections, in under 200 KB, and counts kept and corrected verdicts', async () => {
    // Keys, signatures and nudges as the background makes them, from one real correction, then 2,005 more.
    await recordCorrection({ text: PITCH, set: 'ok', was: 'pitch' });
    let { learned } = parseLearned(local.data.learned);
    const real = learned.corrections[0]!;
    const start = Date.UTC(2026, 11, 1);
    for (let i = 0; i < MAX_CORRECTIONS + 5; i++) {
      const key = `${String(i).padStart(6, '0')}${real.key.slice(6)}`;
      const set = i % 5 === 0 ? 'pitch' : 'ok';
      learned = withCorrection(learned, {
        ...real,
        key,
        set,
        was: i % 3 === 0 ? 'ok' : 'pitch',
        at: start + i * 1000,
      });
    }
    for (let i = 0; i < MAX_TRUSTED; i++)
      learned = withTrust(learned, `${String(i).padStart(6, '0')}${real.key.slice(6)}`, true, start);
    const stored = serializeLearned(learned);
    expect(parseLearned(stored).learned.corrections).toHaveLength(MAX_CORRECTIONS);
    // Only the newest corrections keep their nudge of the wording model, each of a few buckets.
    expect(parseLearned(stored).learned.corrections.filter((c) => c.nudge)).toHaveLength(MAX_NUDGES);
    expect(parseLearned(stored).learned.deltas.size).toBeLessThanOrEqual(MAX_DELTAS);
    expect(new TextEncoder().encode(JSON.stringify(stored)).length).toBeLessThan(200_000);
    const summary = checkedSummary(learned);
    expect(summary.checked).toBe(MAX_CORRECTIONS);
    expect(summary.kept + summary.notPitch + summary.isPitch).toBe(MAX_CORRECTIONS);
    expect(summary.notPitch).toBeGreaterThan(0);
    expect(summary.isPitch).toBeGreaterThan(0);
  });
});
