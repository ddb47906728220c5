import { describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { sendMessage: (message: unknown) => (sent.push(message), Promise.resolve()) } },
}));
const { guard } = await import('../../src/content/guard');

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
});
