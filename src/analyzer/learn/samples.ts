/** From labelled messages to what the fitter reads: the scoring rules that fired and the word features. */
import { contextOf, type LabelledMessage } from '../cli/jsonl';
import { learningFeatures } from '../index';
import { foldText } from '../normalize';
import { stem } from '../words';
import type { Sample } from './fit';
import { sourceGroup } from './groups';

export interface LabelledSample extends Sample {
  message: LabelledMessage;
}

/** Labelled, not borderline: the messages a mass-check counts. */
export function countedMessages(messages: readonly LabelledMessage[]): LabelledMessage[] {
  return messages.filter((message) => message.label && !message.borderline);
}

const CAPITALISED = /(?<![.!?:\n]\s{0,3}|^\s{0,3})\b\p{Lu}\p{Ll}{1,30}\b/gu;

/**
 * Names of people, companies and places: capitalised words inside a sentence. They are not vocabulary (a
 * template's "Marloes" says nothing about the next message), so no feature is learned from them.
 */
function properNouns(message: LabelledMessage): Set<string> {
  const lang = message.lang === 'nl' ? 'nl' : 'en';
  const names = new Set<string>();
  for (const match of message.text.matchAll(CAPITALISED)) names.add(stem(foldText(match[0]).folded, lang));
  return names;
}

export function toSamples(messages: readonly LabelledMessage[]): LabelledSample[] {
  return countedMessages(messages).map((message) => {
    const { rules, words } = learningFeatures(message.text, contextOf(message));
    const names = properNouns(message);
    return {
      message,
      rules,
      words: words.filter((feature) => !feature.split('|').some((word) => names.has(word))),
      label: message.label as 'pitch' | 'genuine',
      group: sourceGroup(message.source),
    };
  });
}
