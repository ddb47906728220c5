import { useEffect, useState } from 'preact/hooks';
import { analyze } from '../../analyzer';
import { renderTemplate } from '../../replies/render';
import type { ReplyIntent, ReplyLang } from '../../replies/types';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { EMPTY_STATS, type Stats } from '../../shared/stats';
import {
  EMPTY_TEMPLATE_STORE,
  mergeTemplates,
  parseImportFile,
  toExportFile,
  type TemplateStore,
} from '../../shared/templates-store';
import { VerdictBadge } from '../components/VerdictBadge';
import { LangContext, STRINGS, format, resolveUiLang } from '../i18n';
import { browserLanguage } from '../stores/settings';
import {
  StorageError,
  deleteAllData,
  dismissNotice,
  loadNotices,
  loadSettingsRecovering,
  loadStats,
  loadTemplatesRecovering,
  onStorageChange,
  storeSettings,
  storeTemplates,
  type Notice,
} from '../stores/options';
import { StatsChart } from './StatsChart';
import { OPTION_STRINGS } from './strings';

const INTENTS: ReplyIntent[] = ['listen', 'easy-yes', 'decline', 'humour'];
const PREVIEW_SLOTS = {
  firstName: 'Sanne',
  theirOffer: 'lead generation',
  myName: 'Joris',
  mySituation: 'alone' as const,
};

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
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [draft, setDraft] = useState<Draft>({ id: null, intent: 'listen', lang: 'en', text: '' });
  const lang = resolveUiLang(settings.uiLanguage, browserLanguage());
  const t = OPTION_STRINGS[lang];
  const common = STRINGS[lang];

  const reload = async () => {
    setSettings(await loadSettingsRecovering());
    setStore(await loadTemplatesRecovering());
    setStats(await loadStats());
    setNotices(await loadNotices());
  };

  useEffect(() => {
    void reload();
    return onStorageChange((keys) => {
      if (keys.includes('stats')) void loadStats().then(setStats);
      if (keys.includes('notices')) void loadNotices().then(setNotices);
      if (keys.includes('templates')) void loadTemplatesRecovering().then(setStore);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);

  const fail = (error: unknown) =>
    setStatus({
      kind: 'error',
      text:
        error instanceof StorageError ? error.userMessage[lang] : String((error as Error)?.message ?? error),
    });

  const update = async (next: Settings) => {
    setSettings(next);
    try {
      await storeSettings(next);
      setStatus({ kind: 'info', text: t.saved });
    } catch (error) {
      fail(error);
    }
  };
  const about = (patch: Partial<Settings['aboutMe']>) =>
    update({ ...settings, aboutMe: { ...settings.aboutMe, ...patch } });

  const saveTemplates = async (edit: (latest: TemplateStore) => TemplateStore, done: string) => {
    try {
      const { store: saved, result, changedElsewhere } = await storeTemplates(store, edit);
      setStore(saved);
      const parts = [
        done,
        changedElsewhere ? t.changedElsewhere : '',
        result.synced ? '' : result.reason[lang],
      ].filter(Boolean);
      setStatus({ kind: 'info', text: parts.join(' ') });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  const submitDraft = async () => {
    if (!draft.text.trim()) return;
    const id = draft.id ?? `custom-${Date.now().toString(36)}`;
    const item = { id, intent: draft.intent, lang: draft.lang, text: draft.text.trim() };
    const ok = await saveTemplates((latest) => mergeTemplates(latest, [item]), t.saved);
    if (ok) setDraft({ id: null, intent: draft.intent, lang: draft.lang, text: '' });
  };

  const exportTemplates = () => {
    const blob = new Blob([JSON.stringify(toExportFile(store), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'selge-templates.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const importTemplates = async (file: File | undefined) => {
    if (!file) return;
    const text = file.size > 2_000_000 ? '' : await file.text();
    const parsed =
      file.size > 2_000_000
        ? { ok: false as const, problem: 'the file is larger than 2 MB' }
        : parseImportFile(text);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: format(t.importFailed, { problem: parsed.problem }) });
      return;
    }
    await saveTemplates(
      (latest) => mergeTemplates(latest, parsed.templates),
      format(t.imported, { n: parsed.templates.length }),
    );
  };

  const preview = draft.text.trim()
    ? renderTemplate({ text: draft.text, lang: draft.lang }, PREVIEW_SLOTS)
    : '';
  const previewVerdict = preview ? analyze(preview, { kind: 'reply' }) : null;

  return (
    <LangContext.Provider value={lang}>
      <main class="app options">
        <h1>{t.title}</h1>
        {notices.map((notice) => (
          <div key={notice.id} class="notice notice-warn" role="alert" data-testid="notice">
            <p>{notice.text[lang]}</p>
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
            {status.text}
          </p>
        )}

        <section class="section" aria-labelledby="general">
          <h2 id="general">{t.general}</h2>
          <div class="field">
            <label for="ui-language">{t.language}</label>
            <select
              id="ui-language"
              value={settings.uiLanguage}
              onChange={(e) =>
                update({
                  ...settings,
                  uiLanguage: (e.target as HTMLSelectElement).value as Settings['uiLanguage'],
                })
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
                  onChange={() => update({ ...settings, strictness: value })}
                />{' '}
                {t[value]}
              </label>
            ))}
          </fieldset>
          <label class="inline field">
            <input
              type="checkbox"
              checked={settings.pageMarks}
              onChange={(e) => update({ ...settings, pageMarks: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t.marks}
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
                maxLength={key === 'description' ? 500 : 200}
                value={settings.aboutMe[key]}
                onChange={(e) => about({ [key]: (e.target as HTMLInputElement).value })}
              />
            </div>
          ))}
          <label class="inline field">
            <input
              type="checkbox"
              checked={settings.statsOwnDrafts}
              onChange={(e) =>
                update({ ...settings, statsOwnDrafts: (e.target as HTMLInputElement).checked })
              }
            />{' '}
            {t.statsOwn}
          </label>
        </section>

        <section class="section" aria-labelledby="templates">
          <h2 id="templates">{t.templates}</h2>
          <p class="muted">{t.templatesHint}</p>
          {store.items.length === 0 ? (
            <p class="muted">{t.noTemplates}</p>
          ) : (
            <ul class="template-list" data-testid="template-list">
              {store.items.map((item) => (
                <li key={item.id} class="card">
                  <p class="muted">
                    {
                      common[
                        `intent_${item.intent === 'easy-yes' ? 'easyYes' : item.intent}` as 'intent_listen'
                      ]
                    }{' '}
                    · {item.lang}
                  </p>
                  <p class="message-text" dir="auto">
                    {item.text}
                  </p>
                  <div class="row">
                    <button
                      type="button"
                      onClick={() =>
                        setDraft({ id: item.id, intent: item.intent, lang: item.lang, text: item.text })
                      }
                    >
                      {t.edit}
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        void saveTemplates(
                          (latest) => ({ ...latest, items: latest.items.filter((x) => x.id !== item.id) }),
                          t.saved,
                        )
                      }
                    >
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
                <option value="en">English</option>
                <option value="nl">Nederlands</option>
              </select>
            </div>
            <label for="tpl-text">{t.templateText}</label>
            <textarea
              id="tpl-text"
              rows={4}
              maxLength={2000}
              value={draft.text}
              onInput={(e) => setDraft({ ...draft, text: (e.target as HTMLTextAreaElement).value })}
            />
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
              <button type="submit" class="primary" disabled={!draft.text.trim()}>
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
            <button type="button" onClick={exportTemplates} disabled={store.items.length === 0}>
              {t.export}
            </button>
            <label for="import-file">{t.import}</label>
            <input
              id="import-file"
              type="file"
              accept="application/json,.json"
              onChange={(e) => void importTemplates((e.target as HTMLInputElement).files?.[0])}
            />
          </div>
        </section>

        <section class="section" aria-labelledby="stats">
          <h2 id="stats">{t.stats}</h2>
          <StatsChart stats={stats} t={t} />
        </section>

        <section class="section" aria-labelledby="data">
          <h2 id="data">{t.danger}</h2>
          <button
            type="button"
            onClick={() => {
              if (!confirm(t.deleteConfirm)) return;
              void deleteAllData().then(async () => {
                await reload();
                setStatus({ kind: 'info', text: t.deleted });
              });
            }}
          >
            {t.deleteAll}
          </button>
        </section>
      </main>
    </LangContext.Provider>
  );
}
