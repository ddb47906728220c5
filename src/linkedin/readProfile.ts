import type { Profile, ReadResult } from '../shared/page-context';
import { lineText, queryFirst } from './dom';
import { SELECTORS } from './selectors';

const S = SELECTORS.profile;

/** A profile page's top card: the person's name and headline. */
export function readProfile(root: ParentNode): ReadResult<Profile> {
  try {
    const card = queryFirst(root, S.root) ?? root;
    const name = lineText(queryFirst(card, S.name));
    if (!name) return { found: false, reason: 'no profile name on this page' };
    const headline = lineText(queryFirst(card, S.headline));
    return { found: true, data: headline ? { name, headline } : { name } };
  } catch (error) {
    return { found: false, reason: `could not read the profile: ${(error as Error).message}` };
  }
}
