import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import { renderTemplate, teamPhrase } from '../../replies/render';
import type { ReplyIntent, ReplyLang, ReplySlots } from '../../replies/types';
import {
  ABOUT_ME_MAX_LENGTH,
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings';
import { EMPTY_STATS, type Stats } from '../../shared/stats';
import {
  EMPTY_TEMPLATE_STORE,
  TEMPLATE_TEXT_MAX_LENGTH,
  checkTemplateText,
  importTemplates as mergeImported,
  mergeTemplates,
  parseImportFile,
  type ImportProblem,
  toExportFile,
  type TemplateStore,
} from '../../shared/templates-store';
import { FileButton } from '../components/FileButton';
import { downloadJson } from '../download';
import { VerdictBadge } from '../components/VerdictBadge';
import { LANGUAGE_NAME, LangContext, STRINGS, format, plural, resolveUiLang, type Plural } from '../i18n';
import { browserLanguage } from '../stores/settings';
import {
  StorageError,
  deleteAllData,
  dismissNotice,
  loadNotices,
  loadSettingsRecovering,
  loadStats,
  loadLearned,
  removeCorrection,
  removeTrusted,
  restoreCorrection,
  restoreTrusted,
  resetLearned,
  exportLearned,
  importLearnedPart,
  loadTemplatesRecovering,
  newerTemplatesFormat,
  onStorageChange,
  storeTemplates,
  type Notice,
  type UserMessage,
} from '../stores/options';
import { createSettingsEditor } from '../stores/settings-editor';
import { StatsChart } from './StatsChart';
import { CheckedLine, LearnedSection } from './LearnedSection';
import { EMPTY_LEARNED, isEmpty, type Learned } from '../../shared/learned';
import type { LearnedImport } from '../../shared/storage';
import { describeImportProblem } from './import-messages';
import { MAX_LEARNED_FILE_BYTES, learnedPartOf } from './learned-file';
import { OPTION_STRINGS, type OptionStrings } from './strings';
import { useUndoChain } from '../undo-chain';

const INTENTS: ReplyIntent[] = ['listen', 'easy-yes', 'decline', 'humour'];
/** Sample values for the preview, in the template's own language: a Dutch template reads Dutch throughout. */
const PREVIEW_SLOTS: Record<ReplyLang, ReplySlots> = {
  en: { firstName: 'Sam', theirOffer: 'lead generation', myName: 'Alex' },
  nl: { firstName: 'Sanne', theirOffer: 'leadgeneratie', myName: 'Joris' },
};

type TextKey = {
  [K in keyof OptionStrings]: OptionStrings[K] extends string ? K : never;
}[keyof OptionStrings];

/** One of this page's strings in both languages; a value that is itself a message goes in in each language. */
function say(key: TextKey, values: Record<string, string | number | UserMessage> = {}): UserMessage {
  const inLang = (lang: 'en' | 'nl') =>
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value[lang] : value]),
    );
  return {
    en: format(OPTION_STRINGS.en[key], inLang('en')),
    nl: format(OPTION_STRINGS.nl[key], inLang('nl')),
  };
}

type CountKey = {
  [K in keyof OptionStrings]: OptionStrings[K] extends Plural ? K : never;
}[keyof OptionStrings];

/** A count in words, in both languages ("Imported 1 template." / "2 sjablonen geïmporteerd."). */
function sayCount(key: CountKey, n: number): UserMessage {
  return { en: plural('en', n, OPTION_STRINGS.en[key]), nl: plural('nl', n, OPTION_STRINGS.nl[key]) };
}

function joinMessages(parts: UserMessage[]): UserMessage {
  return { en: parts.map((part) => part.en).join(' '), nl: parts.map((part) => part.nl).join(' ') };
}

/** What importing the corrections and trusted people of a settings file did, in words. */
function sayLearnedImport(result: LearnedImport): UserMessage {
  if (result.kind === 'unchanged') return say('learnedImportUnchanged');
  const counts = { corrections: result.corrections, trusted: result.trusted };
  return say(result.kind === 'merged' ? 'learnedImportMerged' : 'learnedImportReplaced', counts);
}

function errorMessage(error: unknown): UserMessage {
  if (error instanceof StorageError) return error.userMessage;
  const text = String((error as Error)?.message ?? error);
  return { en: text, nl: text };
}

/** A template an import wrote over: what it was and what it is now. */
interface Replaced {
  intent: ReplyIntent;
  lang: ReplyLang;
  before: string;
  after: string;
}

/**
 * Kept in both languages: a status written before the language setting changed still reads right after.
 * `replaced`: what an import wrote over, shown under the status so the user can see (and copy back) what it was.
 */
interface Status {
  kind: 'info' | 'error';
  text: UserMessage;
  replaced?: Replaced[];
}

interface Draft {
  id: string | null;
  intent: ReplyIntent;
  lang: ReplyLang;
  text: string;
}

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [store, setStore] = useState<TemplateStore>(EMPTY_TEMPLATE_STORE);
  const [stats, setStats] = useState<Stats>(EMPTY_STATS);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [learned, setLearned] = useState<Learned>(EMPTY_LEARNED);
  const [newerFormat, setNewerFormat] = useState<number | null>(null);
  // Templates a newer Selge stored are shown, not changed: the buttons that would change them are off.
  const readOnly = newerFormat !== null;
  // Deletes of templates, corrections and trusted people can each be undone in turn: Delete sits beside Edit and
  // asks nothing, and a correction was made on a message long gone.
  const chain = useUndoChain<Status>();
  const { status, show: setStatus } = chain;
  const failKept = (error: unknown) => chain.showKept({ kind: 'error', text: errorMessage(error) });
  /** The correction or person Undo brought back, whose Remove takes the focus once the list shows it again. */
  const focusLearned = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = focusLearned.current;
    const button = key && document.querySelector<HTMLElement>(`[data-learned="${CSS.escape(key)}"] button`);
    if (!button) return;
    focusLearned.current = null;
    button.focus();
  }, [learned]);
  /** A removal of what Selge learned, said with an Undo. */
  const removeLearned = (
    remove: Promise<unknown>,
    key: string,
    restore: () => Promise<unknown>,
    done: { removed: TextKey; restored: TextKey },
  ) => {
    const undo = async () => {
      try {
        await restore();
      } catch (error) {
        failKept(error);
        return false;
      }
      focusLearned.current = key;
      chain.showRestored({ kind: 'info', text: say(done.restored) });
      // Read here too: the storage event that also reads it may have come before this line.
      setLearned(await loadLearned().catch(() => learned));
      return true;
    };
    void remove.then(() => chain.showDeleted({ kind: 'info', text: say(done.removed) }, undo), failKept);
  };
  const [draft, setDraft] = useState<Draft>({ id: null, intent: 'listen', lang: 'en', text: '' });
  const lang = resolveUiLang(settings.uiLanguage, browserLanguage());
  const t = OPTION_STRINGS[lang];
  const common = STRINGS[lang];

  const intentName = (intent: ReplyIntent) =>
    common[`intent_${intent === 'easy-yes' ? 'easyYes' : intent}` as 'intent_listen'];
  const fail = (error: unknown) => setStatus({ kind: 'error', text: errorMessage(error) });
  // Edits are written as changed fields, so one made before the stored settings arrive is not lost.
  const [editor] = useState(() =>
    createSettingsEditor(DEFAULT_SETTINGS, {
      show: setSettings,
      saved: (result) =>
        setStatus(
          result.synced ? { kind: 'info', text: say('saved') } : { kind: 'error', text: result.reason },
        ),
      failed: fail,
    }),
  );

  const reload = async () => {
    await editor.refresh(await loadSettingsRecovering());
    setStore(await loadTemplatesRecovering());
    setNewerFormat(await newerTemplatesFormat());
    setStats(await loadStats());
    setLearned(await loadLearned());
    setNotices(await loadNotices());
  };

  useEffect(() => {
    void reload();
    // A page being hidden (another tab shown) or closed writes its last edits itself while it still runs: a
    // message to a stopped service worker dies with the page (issue 19). Only what it cannot write that way
    // is handed to the background.
    const hidden = () => {
      if (document.visibilityState === 'hidden') editor.writeNow();
    };
    // Chrome fires pagehide before a closing page's visibilitychange: write first, hand off the rest.
    const handOff = () => {
      editor.writeNow();
      editor.handOff();
    };
    document.addEventListener('visibilitychange', hidden);
    addEventListener('pagehide', handOff);
    const stopListening = onStorageChange((keys) => {
      if (keys.includes('settings') || keys.includes('settingsFallback')) void editor.refresh();
      if (keys.includes('stats')) void loadStats().then(setStats);
      if (keys.includes('learned')) void loadLearned().then(setLearned);
      if (keys.includes('notices')) void loadNotices().then(setNotices);
      if (keys.includes('templates')) {
        void loadTemplatesRecovering().then(setStore);
        void newerTemplatesFormat().then(setNewerFormat);
      }
    });
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      removeEventListener('pagehide', handOff);
      stopListening();
      editor.dispose();
    };
  }, []);

  // Set as the page is drawn in its language, not after the paint: read at once (by a screen reader, the
  // browser's translate offer), Dutch text was still marked as English.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
    // A new template is most likely written in the language the user reads Selge in.
    setDraft((current) => (current.id === null && current.text === '' ? { ...current, lang } : current));
  }, [lang, t]);

  const change = (patch: SettingsPatch) => editor.edit(patch);
  const about = (patch: Partial<Settings['aboutMe']>) => change({ aboutMe: patch });

  /** `shown` says it: a delete's status and an undo's keep the deletes Undo can put back; the others end them. */
  const saveTemplates = async (
    edit: (latest: TemplateStore) => TemplateStore,
    done: UserMessage | (() => { text: UserMessage; replaced?: Replaced[]; kind?: 'info' | 'error' }),
    shown: (status: Status) => void = setStatus,
  ) => {
    try {
      const { store: saved, result, changedElsewhere } = await storeTemplates(store, edit);
      setStore(saved);
      // Said after the edit ran on the latest templates: what an import replaced is known only then.
      const said = typeof done === 'function' ? done() : { text: done };
      const parts = [said.text];
      if (changedElsewhere) parts.push(say('changedElsewhere'));
      if (!result.synced) parts.push(result.reason);
      shown({
        kind: 'kind' in said && said.kind ? said.kind : 'info',
        text: joinMessages(parts),
        ...('replaced' in said && said.replaced ? { replaced: said.replaced } : {}),
      });
      return true;
    } catch (error) {
      shown({ kind: 'error', text: errorMessage(error) });
      return false;
    }
  };

  // For Undo, which runs after the delete was shown: that render's saveTemplates would compare with the
  // templates from before it, and call the delete another window's.
  const latestSaveTemplates = useRef(saveTemplates);
  latestSaveTemplates.current = saveTemplates;

  const deleteTemplate = (item: TemplateStore['items'][number]) => {
    const at = store.items.findIndex((x) => x.id === item.id);
    const undo = async () => {
      const back = await latestSaveTemplates.current(
        (latest) =>
          latest.items.some((x) => x.id === item.id)
            ? latest
            : { ...latest, items: [...latest.items.slice(0, at), item, ...latest.items.slice(at)] },
        say('templateRestored'),
        (said) => (said.kind === 'error' ? chain.showKept(said) : chain.showRestored(said)),
      );
      if (back)
        document.querySelector<HTMLElement>(`li[data-template="${CSS.escape(item.id)}"] button`)?.focus();
      return back;
    };
    void saveTemplates(
      (latest) => ({ ...latest, items: latest.items.filter((x) => x.id !== item.id) }),
      say('templateDeleted'),
      (said) => (said.kind === 'error' ? chain.showKept(said) : chain.showDeleted(said, undo)),
    );
  };

  const submitDraft = async () => {
    const checked = checkTemplateText(draft.text);
    if (!checked.ok) return;
    // Random, not the time: two tabs adding at the same millisecond must not share an id.
    const id = draft.id ?? `custom-${crypto.randomUUID()}`;
    const item = { id, intent: draft.intent, lang: draft.lang, text: checked.text };
    const ok = await saveTemplates((latest) => mergeTemplates(latest, [item]), say('saved'));
    if (ok) setDraft({ id: null, intent: draft.intent, lang: draft.lang, text: '' });
  };

  // What Selge learned goes in the same file (issue 23), read back from storage: only when there is some, so a
  // file of templates alone does not carry the secret.
  const exportTemplates = async () => {
    try {
      const latest = await loadLearned();
      downloadJson(
        'selge-templates.json',
        toExportFile(store, isEmpty(latest) ? undefined : await exportLearned()),
      );
    } catch (error) {
      fail(error);
    }
  };

  const importTemplates = async (file: File) => {
    const tooLarge = file.size > MAX_LEARNED_FILE_BYTES;
    const text = tooLarge ? '' : await file.text();
    const parsed = tooLarge
      ? { ok: false as const, problem: { kind: 'too-large' } satisfies ImportProblem }
      : parseImportFile(text);
    if (!parsed.ok) {
      const problem = parsed.problem;
      setStatus({
        kind: 'error',
        text: say('importFailed', {
          problem: { en: describeImportProblem(problem, 'en'), nl: describeImportProblem(problem, 'nl') },
        }),
      });
      return;
    }
    // The learned part first and on its own: a damaged one is said, and the templates are imported all the same.
    let learnedSaid: { text: UserMessage; failed: boolean } | null = null;
    if (parsed.learned !== undefined) {
      try {
        learnedSaid = { text: sayLearnedImport(await importLearnedPart(parsed.learned)), failed: false };
      } catch (error) {
        learnedSaid = { text: errorMessage(error), failed: true };
      }
      if (parsed.templates.length === 0) {
        setStatus({ kind: learnedSaid.failed ? 'error' : 'info', text: learnedSaid.text });
        return;
      }
    }
    const withLearned = (said: { text: UserMessage; replaced?: Replaced[] }) =>
      learnedSaid
        ? {
            ...said,
            text: joinMessages([said.text, learnedSaid.text]),
            kind: learnedSaid.failed ? ('error' as const) : ('info' as const),
          }
        : said;
    let replaced: Replaced[] = [];
    let unchanged = 0;
    await saveTemplates(
      (latest) => {
        const merged = mergeImported(latest, parsed.templates);
        unchanged = merged.unchanged;
        replaced = merged.replaced.map((change) => ({
          intent: change.before.intent,
          lang: change.before.lang,
          before: change.before.text,
          after: change.after.text,
        }));
        return merged.store;
      },
      () => {
        // One's own export imported again: say that nothing changed rather than "Imported 12 templates".
        if (unchanged === parsed.templates.length)
          return withLearned({ text: sayCount('importUnchanged', unchanged) });
        const imported = sayCount('imported', parsed.templates.length - unchanged);
        if (replaced.length === 0) return withLearned({ text: imported });
        return withLearned({
          text: joinMessages([imported, sayCount('importReplaced', replaced.length)]),
          replaced,
        });
      },
    );
  };

  // Merged like the templates file's learned part: one's own older export brings back what was removed and
  // keeps every correction made since (replacing them lost those). A file that is not one says so in words,
  // not with the browser's JSON error in English.
  const importLearnedFile = async (file: File) => {
    const read =
      file.size > MAX_LEARNED_FILE_BYTES
        ? { ok: false as const, problem: 'too-large' as const }
        : learnedPartOf(await file.text().catch(() => ''));
    if (!read.ok) {
      setStatus({
        kind: 'error',
        text: {
          en: OPTION_STRINGS.en.learnedFileProblems[read.problem],
          nl: OPTION_STRINGS.nl.learnedFileProblems[read.problem],
        },
      });
      return;
    }
    try {
      setStatus({ kind: 'info', text: sayLearnedImport(await importLearnedPart(read.part)) });
    } catch (error) {
      fail(error);
    }
  };

  const preview = draft.text.trim()
    ? renderTemplate(
        { text: draft.text, lang: draft.lang },
        {
          ...PREVIEW_SLOTS[draft.lang],
          myName: settings.aboutMe.name || PREVIEW_SLOTS[draft.lang].myName,
          mySituation: settings.aboutMe.workMode,
        },
      )
    : '';
  const previewVerdict = preview ? analyze(preview, { kind: 'reply' }) : null;

  return (
    <LangContext.Provider value={lang}>
      <main class="app options">
        <h1>{t.title}</h1>
        {notices.map((notice) => (
          <div key={notice.id} class="notice notice-warn" role="alert" data-testid="notice">
            <p>{t.notices[notice.id]}</p>
            <button
              type="button"
              onClick={() => void dismissNotice(notice.id).then(() => loadNotices().then(setNotices))}
            >
              {t.dismiss}
            </button>
          </div>
        ))}
        {status && (
          <p
            class={`status status-${status.kind}`}
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-testid="status"
          >
            {status.text[lang]}
            {chain.undone && chain.undoable > 0 && ` ${t.undoEarlier}`}
            {chain.undoable > 0 && (
              <>
                {' '}
                <button type="button" ref={chain.undoButton} onClick={chain.undo} data-testid="undo">
                  {t.undo}
                </button>
              </>
            )}
          </p>
        )}
        {status?.replaced && (
          <ul class="replaced-list" data-testid="import-replaced">
            {status.replaced.map((change, index) => (
              <li key={index} class="card">
                <p class="muted">
                  {intentName(change.intent)} · {LANGUAGE_NAME[change.lang]}
                </p>
                <p class="message-text" dir="auto">
                  {change.before}
                </p>
                <p class="muted" dir="auto">
                  {t.importNow} {change.after}
                </p>
              </li>
            ))}
          </ul>
        )}

        <section class="section" aria-labelledby="general">
          <h2 id="general">{t.general}</h2>
          <div class="field">
            <label for="ui-language">{t.language}</label>
            <select
              id="ui-language"
              value={settings.uiLanguage}
              onChange={(e) =>
                change({ uiLanguage: (e.target as HTMLSelectElement).value as Settings['uiLanguage'] })
              }
            >
              <option value="auto">{t.languageAuto}</option>
              <option value="en">English</option>
              <option value="nl">Nederlands</option>
            </select>
          </div>
          <fieldset class="field">
            <legend>{t.strictness}</legend>
            <p class="muted">{t.strictnessHint}</p>
            {(['relaxed', 'normal', 'strict'] as const).map((value) => (
              <label key={value} class="inline">
                <input
                  type="radio"
                  name="strictness"
                  value={value}
                  checked={settings.strictness === value}
                  onChange={() => change({ strictness: value })}
                />{' '}
                {t[value]}
              </label>
            ))}
          </fieldset>
          <label class="inline field">
            <input
              type="checkbox"
              checked={settings.pageMarks}
              onChange={(e) => change({ pageMarks: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t.marks}
          </label>
          <label class="inline field nested">
            <input
              type="checkbox"
              checked={settings.listMarks}
              disabled={!settings.pageMarks}
              onChange={(e) => change({ listMarks: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t.listMarks}
          </label>
          <label class="inline field">
            <input
              type="checkbox"
              checked={settings.draftIndicator}
              onChange={(e) => change({ draftIndicator: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t.draftIndicator}
          </label>
        </section>

        <section class="section" aria-labelledby="about">
          <h2 id="about">{t.aboutMe}</h2>
          <p class="muted">{t.aboutMeHint}</p>
          <div class="field">
            <label for="work-mode">{t.workMode}</label>
            <select
              id="work-mode"
              value={settings.aboutMe.workMode}
              onChange={(e) =>
                about({ workMode: (e.target as HTMLSelectElement).value as Settings['aboutMe']['workMode'] })
              }
            >
              <option value="unknown">{t.workUnknown}</option>
              <option value="alone">{t.workAlone}</option>
              <option value="small-team">{t.workSmall}</option>
              <option value="company">{t.workCompany}</option>
            </select>
          </div>
          {(['name', 'role', 'sector', 'description'] as const).map((key) => (
            <div class="field" key={key}>
              <label for={`about-${key}`}>{t[key]}</label>
              <input
                id={`about-${key}`}
                type="text"
                maxLength={ABOUT_ME_MAX_LENGTH[key]}
                value={settings.aboutMe[key]}
                onInput={(e) => about({ [key]: (e.target as HTMLInputElement).value })}
              />
            </div>
          ))}
          <label class="inline field">
            <input
              type="checkbox"
              checked={settings.statsOwnDrafts}
              onChange={(e) => change({ statsOwnDrafts: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t.statsOwn}
          </label>
        </section>

        <section class="section" aria-labelledby="templates">
          <h2 id="templates">{t.templates}</h2>
          <p class="muted">{t.templatesHint}</p>
          <p class="muted" data-testid="team-slot">
            {format(t.teamSlot, { slot: '{team}', team: teamPhrase(lang, settings.aboutMe.workMode) })}
          </p>
          {newerFormat !== null && (
            <p class="notice notice-warn" data-testid="newer-templates">
              {format(t.newerTemplates, { format: newerFormat })}
            </p>
          )}
          {store.items.length === 0 ? (
            <p class="muted">{t.noTemplates}</p>
          ) : (
            <ul class="template-list" data-testid="template-list">
              {store.items.map((item) => (
                <li key={item.id} class="card" data-template={item.id}>
                  <p class="muted">
                    {intentName(item.intent)} · {LANGUAGE_NAME[item.lang]}
                  </p>
                  <p class="message-text" dir="auto">
                    {item.text}
                  </p>
                  <div class="row">
                    <button
                      type="button"
                      disabled={readOnly}
                      onClick={() => {
                        // A template being written (or another one's edit) is asked about, not thrown away.
                        const was = draft.id === null ? '' : store.items.find((x) => x.id === draft.id)?.text;
                        if (draft.text.trim() && draft.text !== was && !confirm(t.discardDraft)) return;
                        setDraft({ id: item.id, intent: item.intent, lang: item.lang, text: item.text });
                        // The form is below the whole list: with many templates, or at 200%, out of sight.
                        document.getElementById('tpl-text')?.focus();
                      }}
                    >
                      {t.edit}
                    </button>
                    <button type="button" disabled={readOnly} onClick={() => deleteTemplate(item)}>
                      {t.delete}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <form
            class="card"
            onSubmit={(event) => {
              event.preventDefault();
              void submitDraft();
            }}
          >
            <div class="row">
              <label for="tpl-intent">{t.intent}</label>
              <select
                id="tpl-intent"
                value={draft.intent}
                onChange={(e) =>
                  setDraft({ ...draft, intent: (e.target as HTMLSelectElement).value as ReplyIntent })
                }
              >
                {INTENTS.map((intent) => (
                  <option key={intent} value={intent}>
                    {common[`intent_${intent === 'easy-yes' ? 'easyYes' : intent}` as 'intent_listen']}
                  </option>
                ))}
              </select>
              <label for="tpl-lang">{t.templateLang}</label>
              <select
                id="tpl-lang"
                value={draft.lang}
                onChange={(e) =>
                  setDraft({ ...draft, lang: (e.target as HTMLSelectElement).value as ReplyLang })
                }
              >
                {(['en', 'nl'] as const).map((code) => (
                  <option key={code} value={code}>
                    {LANGUAGE_NAME[code]}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="tpl-text">{t.templateText}</label>
              <textarea
                id="tpl-text"
                class="wide"
                rows={4}
                maxLength={TEMPLATE_TEXT_MAX_LENGTH}
                value={draft.text}
                onInput={(e) => setDraft({ ...draft, text: (e.target as HTMLTextAreaElement).value })}
              />
              {/* maxlength cuts a paste without a word: the end of a long template would be gone unseen. */}
              {draft.text.length >= (TEMPLATE_TEXT_MAX_LENGTH ?? Infinity) && (
                <p class="notice" role="status" data-testid="template-full">
                  {format(t.templateFull, { max: (TEMPLATE_TEXT_MAX_LENGTH ?? 0).toLocaleString(lang) })}
                </p>
              )}
            </div>
            {preview && (
              <div class="preview" data-testid="template-preview">
                <p class="muted">
                  {t.preview} {previewVerdict && <VerdictBadge verdict={previewVerdict} />}
                </p>
                <p class="reply" dir="auto">
                  {preview}
                </p>
              </div>
            )}
            <div class="row">
              <button type="submit" class="primary" disabled={readOnly || !checkTemplateText(draft.text).ok}>
                {draft.id ? t.update : t.add}
              </button>
              {draft.id && (
                <button
                  type="button"
                  onClick={() => setDraft({ id: null, intent: draft.intent, lang: draft.lang, text: '' })}
                >
                  {t.cancel}
                </button>
              )}
            </div>
          </form>
          <h3>{t.exportTitle}</h3>
          <div class="row">
            <button
              type="button"
              onClick={() => void exportTemplates()}
              disabled={store.items.length === 0 && isEmpty(learned)}
            >
              {t.export}
            </button>
            <FileButton
              id="import-file"
              label={t.import}
              disabled={readOnly}
              onFile={(file) => void importTemplates(file)}
            />
          </div>
          {!isEmpty(learned) && <p class="muted">{t.exportLearnedHint}</p>}
        </section>

        <section class="section" aria-labelledby="stats">
          <h2 id="stats">{t.stats}</h2>
          <CheckedLine learned={learned} t={t} lang={lang} />
          <StatsChart stats={stats} t={t} lang={lang} now={new Date()} />
        </section>

        <LearnedSection
          learned={learned}
          t={t}
          lang={lang}
          onRemoveCorrection={(correction) =>
            removeLearned(
              removeCorrection(correction.key),
              correction.key,
              () => restoreCorrection(correction),
              {
                removed: 'correctionRemoved',
                restored: 'correctionRestored',
              },
            )
          }
          onRemoveTrusted={(person) =>
            removeLearned(removeTrusted(person.key), person.key, () => restoreTrusted(person), {
              removed: 'trustedRemoved',
              restored: 'trustedRestored',
            })
          }
          onReset={() => {
            if (!confirm(t.resetLearnedConfirm)) return;
            void resetLearned().then(() => setStatus({ kind: 'info', text: say('learnedReset') }), fail);
          }}
          onExport={() => void exportLearned().then((file) => downloadJson('selge-learned.json', file), fail)}
          onImport={(file) => void importLearnedFile(file)}
        />

        <section class="section" aria-labelledby="data">
          <h2 id="data">{t.danger}</h2>
          <button
            type="button"
            onClick={() => {
              if (!confirm(t.deleteConfirm)) return;
              editor.reset(DEFAULT_SETTINGS);
              void deleteAllData().then(
                async () => {
                  await reload();
                  setStatus({ kind: 'info', text: say('deleted') });
                },
                async (error: unknown) => {
                  // Part may be gone: show what is still stored, not the defaults the form was reset to.
                  await reload().catch(() => undefined);
                  setStatus({ kind: 'error', text: say('deleteFailed', { reason: errorMessage(error) }) });
                },
              );
            }}
          >
            {t.deleteAll}
          </button>
        </section>
      </main>
    </LangContext.Provider>
  );
}
