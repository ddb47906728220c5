import { describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
const runtime: { id: string | undefined; sendMessage(message: unknown): Promise<void> } = {
  id: 'selge-test',
  sendMessage: (message: unknown) => (sent.push(message), Promise.resolve()),
};
vi.mock('webextension-polyfill', () => ({ default: { runtime } }));
const { guard } = await import('../../src/content/guard');
const { onStop, stopIfOrphaned } = await import('../../src/content/lifecycle');

describe('guard: errors inside the content script never reach LinkedIn’s page', () => {
  it('catches a thrown error, reports it to the extension and returns the fallback', () => {
    const result = guard(
      'test',
      () => {
        throw new TypeError('boom');
      },
      'fallback',
    );
    expect(result).toBe('fallback');
    expect(sent.at(-1)).toEqual({ type: 'selge:content-error', where: 'test', message: 'TypeError: boom' });
  });

  it('catches a rejected promise the same way', async () => {
    const rejecting = (): Promise<string> => Promise.reject(new Error('later'));
    await expect(guard('async', rejecting, Promise.resolve('fallback'))).resolves.toBe('fallback');
    expect(sent.at(-1)).toEqual({ type: 'selge:content-error', where: 'async', message: 'Error: later' });
  });

  // Last: a stopped script stays stopped.
  it('an orphaned script (the extension updated or reloaded) stops once, cleans up, runs and reports nothing', () => {
    const cleaned: string[] = [];
    onStop(() => cleaned.push('observer'));
    onStop(() => {
      throw new Error('Extension context invalidated.');
    });
    onStop(() => cleaned.push('timers'));
    expect(stopIfOrphaned()).toBe(false);
    const before = sent.length;
    // Chrome: runtime.id is gone, and every call throws.
    runtime.id = undefined;
    runtime.sendMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    const result = guard(
      'after update',
      () => {
        throw new Error('Extension context invalidated.');
      },
      'quiet',
    );
    expect(result).toBe('quiet');
    expect(cleaned).toEqual(['observer', 'timers']);
    expect(sent.length).toBe(before);
    let ran = false;
    expect(guard('later', () => (ran = true), false)).toBe(false);
    expect(ran).toBe(false);
    expect(stopIfOrphaned()).toBe(true);
    expect(cleaned).toEqual(['observer', 'timers']);
  });
});
