import type { Settings } from '../../shared/settings';
import type { PageState } from '../state';

/** A page feature: one file, registered at import, told about every new page state. */
export interface Feature {
  name: string;
  update(state: PageState, settings: Settings): void | Promise<void>;
  /** Told when only the drafts changed (typing), with the state holding their new verdicts. */
  onDraft?(state: PageState, settings: Settings): void;
}

const features: Feature[] = [];

export function registerFeature(feature: Feature): void {
  features.push(feature);
}

export function allFeatures(): readonly Feature[] {
  return features;
}
