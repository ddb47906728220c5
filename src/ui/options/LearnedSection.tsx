import type { Correction, Learned, Trusted } from '../../shared/learned';
import { checkedSummary } from '../../shared/learned';
import { format, plural, type UiLang } from '../i18n';
import type { OptionStrings } from './strings';
import { FileButton } from '../components/FileButton';

/** Newest corrections listed; the rest are counted (a list of 2,000 rows helps nobody). */
const LISTED = 50;

/** "12 verdicts checked: 10 kept, 2 corrected: 1 not a pitch, 1 it is a pitch" (issue 23). */
export function CheckedLine({ learned, t, lang }: { learned: Learned; t: OptionStrings; lang: UiLang }) {
  const summary = checkedSummary(learned);
  if (summary.checked === 0) return <p class="muted">{t.checkedNone}</p>;
  return (
    <p data-testid="checked-summary">
      {format(plural(lang, summary.checked, t.checked), {
        kept: summary.kept,
        corrected: summary.notPitch + summary.isPitch,
        notPitch: summary.notPitch,
        isPitch: summary.isPitch,
      })}
    </p>
  );
}

interface Props {
  learned: Learned;
  t: OptionStrings;
  lang: UiLang;
  onRemoveCorrection: (correction: Correction) => void;
  onRemoveTrusted: (person: Trusted) => void;
  onReset: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** The user's corrections and trusted people: when, what Selge said and what the user set; never a text or name. */
export function LearnedSection({
  learned,
  t,
  lang,
  onRemoveCorrection,
  onRemoveTrusted,
  onReset,
  onExport,
  onImport,
}: Props) {
  const when = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const day = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long' });
  const newest = [...learned.corrections].reverse();
  const listed = newest.slice(0, LISTED);
  const label = (verdict: 'ok' | 'borderline' | 'pitch') => t[`label_${verdict}`];
  return (
    <section class="section" aria-labelledby="learned" data-testid="learned">
      <h2 id="learned">{t.learned}</h2>
      <p class="muted">{t.learnedIntro}</p>
      <CheckedLine learned={learned} t={t} lang={lang} />
      <h3>
        {t.correctionsTitle} ({plural(lang, learned.corrections.length, t.correctionsCount)})
      </h3>
      {listed.length > 0 && (
        <table class="learned-table" data-testid="corrections">
          <thead>
            <tr>
              <th scope="col">{t.correctionWhen}</th>
              <th scope="col">{t.correctionWas}</th>
              <th scope="col">{t.correctionSet}</th>
              <th scope="col">
                <span class="visually-hidden">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listed.map((correction) => (
              <tr key={correction.key} data-testid="correction" data-learned={correction.key}>
                <td data-label={t.correctionWhen}>{when.format(correction.at)}</td>
                <td data-label={t.correctionWas}>{label(correction.was)}</td>
                <td data-label={t.correctionSet}>{label(correction.set)}</td>
                <td class="learned-action">
                  <button type="button" class="link" onClick={() => onRemoveCorrection(correction)}>
                    {t.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {newest.length > LISTED && (
        <p class="muted">{plural(lang, newest.length - LISTED, t.correctionsMore)}</p>
      )}
      <h3>
        {t.trustedTitle} ({plural(lang, learned.trusted.length, t.trustedCount)})
      </h3>
      {learned.trusted.length === 0 ? (
        <p class="muted">{t.trustedNone}</p>
      ) : (
        <ul class="learned-trusted" data-testid="trusted">
          {learned.trusted.map((person, index) => (
            <li key={person.key} data-learned={person.key}>
              {format(t.trustedPerson, { n: index + 1, date: day.format(person.at) })}{' '}
              <button type="button" class="link" onClick={() => onRemoveTrusted(person)}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <button
          type="button"
          disabled={
            learned.corrections.length === 0 && learned.trusted.length === 0 && learned.deltas.size === 0
          }
          onClick={onReset}
        >
          {t.resetLearned}
        </button>
      </div>
      <div class="row">
        <button type="button" onClick={onExport}>
          {t.learnedExport}
        </button>
        <FileButton id="import-learned" label={t.learnedImport} onFile={onImport} />
      </div>
      <p class="muted">{t.learnedExportHint}</p>
    </section>
  );
}
