import type { ComponentChildren } from 'preact';
import type { Verdict } from '../../analyzer/types';
import { explainedFindings } from '../highlight';
import { FindingList } from './FindingList';
import { HighlightedText } from './HighlightedText';
import { VerdictBadge } from './VerdictBadge';
import { useStrings } from '../i18n';

interface Props {
  title: ComponentChildren;
  text: string;
  verdict: Verdict | null;
  /** Open the findings at once (pitches, drafts); others fold them away. */
  open?: boolean;
  empty?: string;
  actions?: ComponentChildren;
  /** Keeps the underlines and findings back until a trainer reveals them to the room. */
  concealed?: boolean;
  /** The user's own message: its findings speak to them ("you"). */
  own?: boolean;
}

export function MessageCard({
  title,
  text,
  verdict,
  open = false,
  empty,
  actions,
  concealed = false,
  own = false,
}: Props) {
  const t = useStrings();
  return (
    <article
      class={`card ${verdict ? `card-${verdict.verdict}` : ''}`}
      data-verdict={verdict?.verdict ?? 'none'}
    >
      <header class="card-head">
        <span class="card-title" dir="auto">
          {title}
        </span>
        {verdict && <VerdictBadge verdict={verdict} />}
      </header>
      {text ? (
        <HighlightedText text={text} findings={concealed ? [] : (verdict?.findings ?? [])} />
      ) : (
        <p class="muted">{empty}</p>
      )}
      {verdict && text && !concealed && (
        <details open={open}>
          <summary>
            {t.findings} ({explainedFindings(verdict.findings).length})
          </summary>
          <FindingList findings={verdict.findings} score={verdict.score} own={own} />
        </details>
      )}
      {actions}
    </article>
  );
}
