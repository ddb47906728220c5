import type { Finding } from '../../analyzer/types';
import { explainedFindings } from '../highlight';
import { useLang, useStrings } from '../i18n';

/** Each counted finding: what it matched, why it hurts (or works) and what to do instead. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const t = useStrings();
  const lang = useLang();
  const items = explainedFindings(findings);
  if (items.length === 0) return <p class="muted">{t.noFindings}</p>;
  return (
    <ul class="findings" aria-label={t.findings}>
      {items.map((finding) => (
        <li
          key={finding.rule}
          class={finding.weight > 0 ? 'finding finding-bad' : 'finding finding-good'}
          data-rule={finding.rule}
        >
          <div class="finding-head">
            <span class="finding-weight">{finding.weight > 0 ? `+${finding.weight}` : finding.weight}</span>
            <q class="finding-text" dir="auto">
              {finding.text.length > 80 ? `${finding.text.slice(0, 77)}…` : finding.text}
            </q>
          </div>
          <p>
            <strong>{finding.weight > 0 ? t.whyItHurts : t.whyItWorks}:</strong> {finding.explain[lang]}
          </p>
          {finding.weight > 0 && (
            <p>
              <strong>{t.instead}:</strong> {finding.suggest[lang]}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
