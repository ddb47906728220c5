import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Settings } from '../../shared/settings';
import { resolveUiLang, type UiLang } from '../i18n';
import { browserLanguage, loadSettings } from '../stores/settings';

/**
 * What the browser calls the panel beside the page: the popup's button says "Open in sidebar" in Firefox, so the
 * first-run page must not send a Firefox user looking for a side panel.
 */
const PANEL: Record<UiLang, string> =
  __SELGE_TARGET__ === 'firefox'
    ? { en: 'the sidebar', nl: 'de zijbalk' }
    : { en: 'the side panel', nl: 'het zijpaneel' };

/**
 * The first-run page (issue 21, item 7), opened once after install: what Selge does, where it shows itself,
 * privacy in one line, the trainer. In Selge's language: the browser's, unless a setting was chosen already (synced
 * from the user's other computer, or set before the page was read).
 */
const WORDS: Record<
  UiLang,
  {
    title: string;
    lead: string;
    whereTitle: string;
    where: string[];
    privacyTitle: string;
    privacy: string;
    trainerTitle: string;
    trainer: string;
    trainerLink: string;
    optionsLink: string;
    start: string;
  }
> = {
  en: {
    title: 'Welcome to Selge',
    lead:
      'Selge reads your LinkedIn messages and tells a pitch from a conversation: it explains every finding ' +
      '(why it hurts, what to do instead) and offers replies and openers worth sending. English and Dutch.',
    whereTitle: 'Where you will see it',
    where: [
      'While you type a message or a connection note on LinkedIn, a small badge at the field shows when your draft reads like a pitch. Click it for the reasons; a good draft shows nothing.',
      [
        `The toolbar button counts the pitches on the page you look at. Open it (or ${PANEL.en},`,
        'Alt+Shift+S) for each message’s verdict, replies to insert, and openers for a first message or a',
        'note.',
      ].join(' '),
      [
        'In your messaging inbox, Selge reads the conversation list from the previews, without opening a',
        'conversation: the popup says which ones look like pitches, and the button counts the unread ones.',
      ].join(' '),
      'Marks beside incoming pitches on linkedin.com are off until you turn them on in the settings.',
    ],
    privacyTitle: 'Privacy',
    privacy:
      'Nothing leaves your browser: Selge makes no network request, and it never sends or clicks anything on LinkedIn for you.',
    trainerTitle: 'For sales trainers',
    trainer:
      'The trainer shows bad and good outreach side by side, with a quiz for a room. It works offline, no LinkedIn account needed.',
    trainerLink: 'Open the trainer',
    optionsLink: 'Settings',
    start: 'Open a conversation on LinkedIn to begin.',
  },
  nl: {
    title: 'Welkom bij Selge',
    lead: [
      'Selge leest je LinkedIn-berichten en onderscheidt een pitch van een gesprek: het legt elke bevinding',
      'uit (waarom het schaadt, wat beter werkt) en biedt antwoorden en openingszinnen die het versturen',
      'waard zijn. In het Nederlands en Engels.',
    ].join(' '),
    whereTitle: 'Waar je het ziet',
    where: [
      [
        'Terwijl je op LinkedIn een bericht of een connectienotitie typt, laat een klein label bij het veld',
        'zien wanneer je concept als een pitch leest. Klik erop voor de redenen; bij een goed concept zie je',
        'niets.',
      ].join(' '),
      [
        `De knop in de werkbalk telt de pitches op de pagina die je bekijkt. Open hem (of ${PANEL.nl},`,
        'Alt+Shift+S) voor het oordeel over elk bericht, antwoorden om in te voegen, en openingszinnen voor',
        'een eerste bericht of een notitie.',
      ].join(' '),
      [
        'In je berichteninbox leest Selge de gesprekkenlijst uit de voorbeelden, zonder een gesprek te openen:',
        'de pop-up zegt welke op pitches lijken, en de knop telt de ongelezen.',
      ].join(' '),
      'Markeringen naast binnenkomende pitches op linkedin.com staan uit tot je ze aanzet in de instellingen.',
    ],
    privacyTitle: 'Privacy',
    privacy:
      'Niets verlaat je browser: Selge doet geen netwerkverzoek, en verstuurt of klikt nooit iets op LinkedIn voor je.',
    trainerTitle: 'Voor salestrainers',
    trainer:
      'De trainer zet slechte en goede outreach naast elkaar, met een quiz voor een zaal. Werkt offline, geen LinkedIn-account nodig.',
    trainerLink: 'Open de trainer',
    optionsLink: 'Instellingen',
    start: 'Open een gesprek op LinkedIn om te beginnen.',
  },
};

export function Welcome() {
  // Null while the setting is read (a few milliseconds): the page is not shown in one language, then the other.
  const [setting, setSetting] = useState<Settings['uiLanguage'] | null>(null);
  useEffect(() => {
    loadSettings().then(
      (settings) => setSetting(settings.uiLanguage),
      () => setSetting('auto'),
    );
  }, []);
  const lang = resolveUiLang(setting ?? 'auto', browserLanguage());
  const w = WORDS[lang];
  // Set as the page is drawn in its language, not after the paint: read at once (by a screen reader, the
  // browser's translate offer), Dutch text was still marked as English.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = w.title;
  }, [lang, w]);
  if (setting === null) return null;
  return (
    <main class="app welcome">
      <h1>{w.title}</h1>
      <p>{w.lead}</p>
      <section class="section" aria-labelledby="where-title">
        <h2 id="where-title">{w.whereTitle}</h2>
        <ul>
          {w.where.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section class="section" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{w.privacyTitle}</h2>
        <p data-testid="privacy">{w.privacy}</p>
      </section>
      <section class="section" aria-labelledby="trainer-title">
        <h2 id="trainer-title">{w.trainerTitle}</h2>
        <p>{w.trainer}</p>
        <p class="row">
          <a href={browser.runtime.getURL('src/ui/trainer/index.html')}>{w.trainerLink}</a>
          <a href={browser.runtime.getURL('src/ui/options/index.html')}>{w.optionsLink}</a>
        </p>
      </section>
      <p class="muted">{w.start}</p>
    </main>
  );
}
