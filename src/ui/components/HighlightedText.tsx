import type { Finding } from '../../analyzer/types';
import { segmentText } from '../highlight';

/** The message as text (never as HTML), with the findings underlined at their offsets. */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const { segments, hidden } = segmentText(text, findings);
  return (
    <p class="message-text" dir="auto">
      {segments.map((segment, index) =>
        segment.tone === 'plain' ? (
          segment.text
        ) : (
          <mark key={index} class={`hl hl-${segment.tone}`} data-rules={segment.rules.join(' ')}>
            {segment.text}
          </mark>
        ),
      )}
      {hidden > 0 && <span class="muted"> … (+{hidden.toLocaleString()})</span>}
    </p>
  );
}
