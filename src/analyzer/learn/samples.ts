/** From labelled messages to what the fitter reads: the scoring rules that fired, and the source group. */
import { contextOf, type LabelledMessage } from '../cli/jsonl';
import { learningFeatures } from '../index';
import { conversationOf, sanitizeContext } from '../context';
import { foldText } from '../normalize';
import type { Conversation } from '../types';
import { bucketsOf } from '../wording/features';
import type { TrainingSample } from '../wording/train';
import type { Sample } from './fit';
import { sourceGroup } from './groups';

export interface LabelledSample extends Sample {
  message: LabelledMessage;
  /** The wording model's features (absent: the model is not measured for this sample). */
  buckets?: Int32Array;
  /** Where the message stands in its conversation: the model's points are gated by it. */
  conversation?: Conversation;
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
    buckets: bucketsOf(foldText(message.text).folded),
    conversation: conversationOf(sanitizeContext(contextOf(message))),
  }));
}

/** What the wording model learns from: the message's hashed features, its label and source group. */
export function toWordingSamples(messages: readonly LabelledMessage[]): TrainingSample[] {
  return countedMessages(messages).map((message) => ({
    buckets: bucketsOf(foldText(message.text).folded),
    label: message.label as 'pitch' | 'genuine',
    group: sourceGroup(message.source),
  }));
}
