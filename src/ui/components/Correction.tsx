import { createContext } from 'preact';
import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../../analyzer/types';
import type { LearnRequest } from '../../shared/protocol';
import { format, useLang, useStrings, type UiLang } from '../i18n';

/** Sends what the user teaches to the background; resolves whether it was kept. Null where views only show. */
export const LearnContext = createContext<((request: LearnRequest) => Promise<boolean>) | null>(null);

function dayOf(at: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long' }).format(
    at,
  );
}

interface Props {
  /** The message as the view shows it: the background keys the correction by it (and keeps no text). */
  text: string;
  verdict: Verdict;
  /** The sender's profile id, when the page gives one: offers "Always trust this person". */
  profile?: string;
}

/**
 * "Not a pitch" / "It is a pitch" / "Right" on a received message's verdict, with undo, and "Always trust
 * this person" (issue 23). After a change the view gets the verdict again from the page (the background
 * applies the correction), so what this shows is what the badge and the marks show.
 */
export function Correction({ text, verdict, profile }: Props) {
  const t = useStrings();
  const lang = useLang();
  const learn = useContext(LearnContext);
  const [busy, setBusy] = useState(false);
  // Pressed again before the page drew `busy`: sent once all the same.
  const sending = useRef(false);
  const [failed, setFailed] = useState(false);
  /**
   * The user acted here: once the new verdict arrives, focus goes to its undo, or after an undo to the first
   * button back in its place (keyboard users stay in place; the button they pressed is gone).
   */
  const acted = useRef(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const buttonsRef = useRef<HTMLDivElement>(null);
  const user = verdict.user;
  useLayoutEffect(() => {
    if (!acted.current) return;
    acted.current = false;
    (undoRef.current ?? buttonsRef.current?.querySelector('button'))?.focus();
  }, [user?.by, user?.set]);
  if (!learn) return null;

  const send = async (request: LearnRequest) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setFailed(false);
    acted.current = true;
    const ok = await learn(request).catch(() => false);
    sending.current = false;
    setBusy(false);
    setFailed(!ok);
    // Nothing changed: a verdict that arrives later (another view's correction) must not move the focus.
    if (!ok) acted.current = false;
  };
  // Off while saving, but said so (aria-disabled) rather than `disabled`: a disabled button drops the keyboard
  // focus to the top of the page, and a failed save left the user there.
  const off = busy ? 'true' : undefined;
  const was = user?.was ?? verdict.verdict;
  const correct = (set: 'pitch' | 'ok' | null) => void send({ action: 'correct', text, set, was });
  const trust = (trusted: boolean) => profile && void send({ action: 'trust', profile, trusted });

  let said = null;
  if (user?.by === 'message') {
    said = (
      <p class="user-set" data-testid="user-set">
        {user.set === 'pitch' ? t.markedPitch : t.markedNotPitch}{' '}
        <button type="button" class="link" ref={undoRef} aria-disabled={off} onClick={() => correct(null)}>
          {t.undo}
        </button>
      </p>
    );
  } else if (user?.by === 'person') {
    said = (
      <p class="user-set" data-testid="user-set">
        {t.trustedPerson}{' '}
        {profile && (
          <button type="button" class="link" ref={undoRef} aria-disabled={off} onClick={() => trust(false)}>
            {t.stopTrusting}
          </button>
        )}
      </p>
    );
  } else if (user?.by === 'template') {
    said = (
      <p class="user-set" data-testid="user-set">
        {format(user.set === 'pitch' ? t.likeMarkedPitch : t.likeMarkedNotPitch, {
          date: dayOf(user.at, lang),
        })}
      </p>
    );
  }
  const mine = user?.by === 'message' || user?.by === 'person';
  const shown = verdict.verdict;
  return (
    <div class="correction" role="group" aria-label={t.correctionLabel}>
      {said}
      {!mine && (
        <div class="correction-buttons" ref={buttonsRef}>
          {shown !== 'ok' && (
            <button type="button" aria-disabled={off} onClick={() => correct('ok')}>
              {t.notPitch}
            </button>
          )}
          {shown !== 'pitch' && (
            <button type="button" aria-disabled={off} onClick={() => correct('pitch')}>
              {t.isPitch}
            </button>
          )}
          {shown !== 'borderline' && (
            <button
              type="button"
              aria-disabled={off}
              title={t.verdictRightHint}
              onClick={() => correct(shown === 'pitch' ? 'pitch' : 'ok')}
            >
              {t.verdictRight}
            </button>
          )}
          {profile && (
            <button type="button" class="link" aria-disabled={off} onClick={() => trust(true)}>
              {t.trustPerson}
            </button>
          )}
        </div>
      )}
      {failed && (
        <p class="notice notice-warn" role="alert">
          {t.learnFailed}
        </p>
      )}
    </div>
  );
}
