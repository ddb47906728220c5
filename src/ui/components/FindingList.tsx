import { RULE_DOCS } from '../../analyzer/rules/docs';
import type { EvidenceSpan, Finding, FoldedFinding, Lang } from '../../analyzer/types';
import { explainedFindings, scoreShare } from '../highlight';
import { format, useLang, useStrings } from '../i18n';
import { ruleName } from '../rule-names';
import { shorten } from '../shorten';

const points = (weight: number) => (weight > 0 ? `+${weight}` : `${weight}`);

/** The explanation in the reader's voice: the user's own message speaks of "you", not of "the sender". */
function explanation(rule: string, fallback: string | undefined, lang: Lang, own: boolean): string {
  const docs = RULE_DOCS[rule];
  return (own ? docs?.own?.[lang] : undefined) ?? fallback ?? docs?.explain[lang] ?? ruleName(rule, lang);
}

interface Shown {
  lang: Lang;
  own: boolean;
  share: (points: number) => number;
}

/** A finding's share of the score, with what it means spelled out for screen readers and on hover. */
function Share({ weight, shown, score }: { weight: number; shown: Shown; score: number }) {
  const t = useStrings();
  const share = shown.share(weight);
  // A good sign that cancelled nothing (nothing counted against the message) has no share to show.
  if (share === 0 && weight !== 0) return null;
  return (
    <span class="finding-weight" title={format(t.shareOfScore, { n: share, score })}>
      {points(share)}
    </span>
  );
}

/**
 * What fired on the same words as a finding and was folded under it: other rules with their own points and
 * explanation.
 */
function Folded({ finding, shown, score }: { finding: Finding; shown: Shown; score: number }) {
  const t = useStrings();
  const folded = (finding.also ?? []).filter(
    (item: FoldedFinding) => item.weight !== 0 || item.rule === finding.rule,
  );
  if (folded.length === 0) return null;
  const sameRule = folded.every((item) => item.rule === finding.rule);
  if (sameRule) {
    return (
      <p class="finding-also">
        {t.otherWords}:{' '}
        {folded.map((item, index) => (
          <span key={`${item.start}-${item.end}`}>
            {index > 0 && ', '}
            <q dir="auto">{shorten(item.text, 80)}</q>
          </span>
        ))}
      </p>
    );
  }
  return (
    <div class="finding-also">
      <span>{t.alsoHere}:</span>
      <ul>
        {folded.map((item) => (
          <li key={`${item.rule}-${item.start}`} data-rule={item.rule}>
            <Share weight={item.weight} shown={shown} score={score} />{' '}
            {explanation(item.rule, undefined, shown.lang, shown.own)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A word of four letters or more, an acronym (AI, SEO) or a figure (3x): what makes a phrase worth showing. */
const TELLING = /\p{L}{4}|\p{Lu}{2}|\d/u;

/** The wording model's reasons: the phrases that moved it most, towards outreach and against. */
function Evidence({ evidence }: { evidence: readonly EvidenceSpan[] }) {
  const t = useStrings();
  const groups = [
    { towards: 'pitch' as const, label: t.wordingTowards },
    { towards: 'genuine' as const, label: t.wordingAgainst },
  ];
  return (
    <>
      {groups.map(({ towards, label }) => {
        // A phrase of short words only ("de", "je", "com/me") is the model's weight on a function word: shown as
        // "words that read like a personal message" it tells the reader nothing, and looks like a mistake.
        const spans = evidence.filter((span) => span.towards === towards && TELLING.test(span.text));
        if (spans.length === 0) return null;
        return (
          <p class="finding-also" key={towards} data-towards={towards}>
            {label}:{' '}
            {spans.map((span, index) => (
              <span key={`${span.start}-${span.end}`}>
                {index > 0 && ', '}
                <q dir="auto">{shorten(span.text, 60)}</q>
              </span>
            ))}
          </p>
        );
      })}
    </>
  );
}

/** Each counted finding: what it matched, why it hurts (or works) and what to do instead. */
export function FindingList({
  findings,
  score,
  own = false,
}: {
  findings: readonly Finding[];
  /** The verdict's score: each finding shows its share of it. */
  score: number;
  /** The user's own message (a draft, a note, a message they sent): explained to them as "you". */
  own?: boolean;
}) {
  const t = useStrings();
  const lang = useLang();
  const items = explainedFindings(findings);
  const shown: Shown = { lang, own, share: scoreShare(findings, score) };
  if (items.length === 0) return <p class="muted">{t.noFindings}</p>;
  return (
    <ul class="findings" aria-label={t.findings}>
      {items.map((finding) => (
        <li
          key={finding.rule}
          class={finding.weight > 0 ? 'finding finding-bad' : 'finding finding-good'}
          data-rule={finding.rule}
          data-rules={[finding.rule, ...(finding.also ?? []).map((item) => item.rule)].join(' ')}
        >
          <div class="finding-head">
            <Share weight={finding.weight} shown={shown} score={score} />
            <q class="finding-text" dir="auto">
              {shorten(finding.text, 80)}
            </q>
          </div>
          <p>
            <strong>{finding.weight > 0 ? t.whyItHurts : t.whyItWorks}:</strong>{' '}
            {explanation(finding.rule, finding.explain[lang] || undefined, lang, own)}
          </p>
          {finding.weight > 0 && (
            <p>
              <strong>{t.instead}:</strong> {finding.suggest[lang]}
            </p>
          )}
          <Folded finding={finding} shown={shown} score={score} />
          {finding.evidence && <Evidence evidence={finding.evidence} />}
        </li>
      ))}
    </ul>
  );
}
