/** Why a file chosen under "Import corrections and trusted people" was refused before anything was read from it. */
export type LearnedFileProblem = 'empty-file' | 'too-large' | 'not-learned';

/** Far more than the largest export (2,000 corrections are about 175 KB); the templates file's limit too. */
export const MAX_LEARNED_FILE_BYTES = 2_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The learned part of a file: an export of the corrections and trusted people, or the part a templates
 * export carries (the same thing, which a user may well choose here). Its contents are checked on import.
 */
export function learnedPartOf(
  text: string,
): { ok: true; part: unknown } | { ok: false; problem: LearnedFileProblem } {
  if (text.trim() === '') return { ok: false, problem: 'empty-file' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-learned' };
  }
  if (isRecord(raw) && raw.format === 'selge-learned') return { ok: true, part: raw };
  if (isRecord(raw) && raw.format === 'selge-templates' && isRecord(raw.learned))
    return { ok: true, part: raw.learned };
  return { ok: false, problem: 'not-learned' };
}
