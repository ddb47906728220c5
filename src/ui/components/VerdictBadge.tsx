import type { Verdict } from '../../analyzer/types';
import { useStrings } from '../i18n';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useStrings();
  const label = t[`verdict_${verdict.verdict}`];
  return (
    <span class={`badge badge-${verdict.verdict}`} data-verdict={verdict.verdict}>
      {/* A verdict the user set says so instead of a score that argued otherwise (issue 23). */}
      {label} ·{' '}
      {verdict.user
        ? verdict.user.by === 'person'
          ? t.verdictTrusted
          : t.verdictByYou
        : `${t.score} ${verdict.score}`}
    </span>
  );
}
