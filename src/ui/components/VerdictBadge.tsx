import type { Verdict } from '../../analyzer/types';
import { useStrings } from '../i18n';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useStrings();
  const label = t[`verdict_${verdict.verdict}`];
  return (
    <span class={`badge badge-${verdict.verdict}`} data-verdict={verdict.verdict}>
      {label} · {t.score} {verdict.score}
    </span>
  );
}
