import { stableHash } from '../shared/stable-hash';
import type { Family } from '../analyzer/types';
import type { OfferKind, ReplyTemplate, WorkSituation } from './types';

/** What the studio knows about the message being answered and the person answering it. */
export interface ReplyOccasion {
  /** The message itself: replies to different messages come in a different order. */
  text: string;
  offer: OfferKind | undefined;
  /** Families of the findings in the message (an ask, a follow-up, hype …). */
  families: ReadonlySet<Family>;
  situation: WorkSituation | undefined;
}

/** How well a reply fits: a joke about the very offer, the kind of ask, the user's way of working. */
export function fitScore(template: ReplyTemplate, occasion: ReplyOccasion): number {
  const fit = template.fit;
  let score = 0;
  if (occasion.offer && fit?.offers?.includes(occasion.offer)) score += 3;
  for (const family of fit?.families ?? []) if (occasion.families.has(family)) score += 2;
  if (occasion.situation && fit?.situations?.includes(occasion.situation)) score += 1;
  // A reply that names their offer is better when the offer is known, and weaker with "your offer".
  if (template.text.includes('{theirOffer}')) score += occasion.offer ? 1 : -1;
  return score;
}

/**
 * The replies in the order the studio offers them: the user's own first (they wrote them on purpose), then
 * by fit with the message; replies that fit equally well come in an order that differs from message to
 * message, so the same joke does not open every conversation.
 */
export function rankReplies(templates: readonly ReplyTemplate[], occasion: ReplyOccasion): ReplyTemplate[] {
  return templates
    .map((template) => ({
      template,
      own: template.source === 'custom' ? 1 : 0,
      score: fitScore(template, occasion),
      tie: stableHash(`${occasion.text}\u0000${template.id}`),
    }))
    .sort((a, b) => b.own - a.own || b.score - a.score || a.tie - b.tie)
    .map(({ template }) => template);
}
