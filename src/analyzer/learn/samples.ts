/** From labelled messages to what the fitter reads: the scoring rules that fired, and the source group. */
import { contextOf, type LabelledMessage } from '../cli/jsonl';
import { learningFeatures } from '../index';
import type { Sample } from './fit';
import { sourceGroup } from './groups';

export interface LabelledSample extends Sample {
  message: LabelledMessage;
}

/** Labelled, not borderline: the messages a mass-check counts. */
export function countedMessages(messages: readonly LabelledMessage[]): LabelledMessage[] {
  return messages.filter((message) => message.label && !message.borderline);
}

export function toSamples(messages: readonly LabelledMessage[]): LabelledSample[] {
  return countedMessages(messages).map((message) => ({
    message,
    rules: learningFeatures(message.text, contextOf(message)).rules,
    label: message.label as 'pitch' | 'genuine',
    group: sourceGroup(message.source),
  }));
}
