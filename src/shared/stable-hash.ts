/** FNV-1a over a string: the same number for the same text, everywhere and every time (not for secrets). */
export function stableHash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}
