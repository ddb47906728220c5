/**
 * LinkedIn pages built from the saved fixtures (tests/fixtures/linkedin), for situations no single capture
 * shows: several chat bubbles open at once, LinkedIn's "New message" bubble, a draft in the compose box. The
 * markup stays LinkedIn's; only which parts appear together, and their texts, change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './harness';

export const fixture = (name: string): string => readFileSync(join(FIXTURES, 'linkedin', name), 'utf8');

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const OVERLAY_OPEN = '<aside id="msg-overlay" class="msg-overlay-container">';

/** The conversation bubble of an overlay fixture (small-chat*.html), without the page around it. */
export function bubbleOf(name: 'overlay-bubble.html' | 'overlay-bubble-new.html'): string {
  const html = fixture(name);
  const start = html.indexOf(OVERLAY_OPEN) + OVERLAY_OPEN.length;
  return html.slice(start, html.lastIndexOf('</aside>'));
}

/** A feed page with these chat bubbles open side by side, first to last as LinkedIn lays them out. */
export function overlayPage(...bubbles: string[]): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>\n` +
    `<body>\n<main class="scaffold-layout"><h1>Feed</h1></main>\n${OVERLAY_OPEN}${bubbles.join('')}</aside>\n` +
    `</body>\n</html>\n`
  );
}

/**
 * LinkedIn's "New message" bubble: the bubble of small-chat-3.html as it looks before the first message, as
 * a public capture of that bubble shows it (the `--is-compose` modifier, an h2 title "New message", no
 * message rows, the empty compose form).
 */
export function newMessageBubble(): string {
  return bubbleOf('overlay-bubble-new.html')
    .replace(
      'msg-overlay-conversation-bubble msg-overlay-conversation-bubble--is-active',
      'msg-overlay-conversation-bubble msg-overlay-conversation-bubble--is-compose',
    )
    .replace(/(<h2 class="pr1 msg-overlay-bubble-header__title[^>]*>)[\s\S]*?(<\/h2>)/, '$1New message$2')
    .replace(/<li class="msg-s-message-list__event[\s\S]*?(?=<li class="msg-s-message-list__typing)/, '');
}

/**
 * The new-conversation page (messenger-page-3.html) with the other person's name, their one message
 * (incoming, HTML-encoded as LinkedIn serves text) and optionally a draft in the compose box.
 */
export function threadWith(name: string, message: string, draft = ''): string {
  return fixture('messaging-thread-new.html')
    .replaceAll('Pieter Jansen', escapeHtml(name))
    .replace('>Leuk dat we nu verbonden zijn, Pieter!</p>', `>${escapeHtml(message)}</p>`)
    .replace('msg-s-event-listitem--m2m-msg-followed-by-date-boundary', 'msg-s-event-listitem--other')
    .replace(/(<div class="msg-form__contenteditable[^>]*>)<p><br><\/p>/, (empty, open: string) =>
      draft ? `${open}<p>${escapeHtml(draft)}</p>` : empty,
    );
}

/** The body of a page, for swapping it in as LinkedIn's single-page navigation does. */
export function bodyOf(html: string): string {
  return html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
}
