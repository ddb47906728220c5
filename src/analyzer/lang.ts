import type { DetectedLang } from './types';

// Function words that are frequent in one language and rare in the other. Words both languages share
// ("in", "is", "we", "van"... as names) are left out so a mixed message is decided by what is distinctive.
const DUTCH = new Set(
  'de het een en ik je jij jou jouw jullie u uw mij mijn ons onze wij zij hij niet dat die dit deze wat wie hoe waar wanneer waarom voor met op aan bij naar uit om te zijn ben bent heb hebt heeft hebben kan kun kunt zou zouden wil wilt graag even ook maar nog wel geen veel leuk mooi bedankt dank groet groeten hoi hallo beste goedemorgen goedemiddag zag zie kwam mag moet werk ik er dan als dus want toch misschien samen gesprek vrijblijvend jaar week tijd'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the a an and i you your yours me my our ours us they he she not that this these what who how where when why for with on at to from about be am are was were have has had can could would should will want love like just also but still no very nice thanks thank regards hi hello hey dear saw see came work would quick call chat time year week together maybe if so because really great'.split(
    ' ',
  ),
);
const WORD = /[a-z']+/g;

/** Decides nl / en / other from function words; "other" when neither language is clearly present. */
export function detectLang(folded: string): DetectedLang {
  let dutch = 0;
  let english = 0;
  let words = 0;
  // Bounded: the first 400 words decide; a 1 MB message is not read twice.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded)) {
    const word = match[0];
    words += 1;
    if (DUTCH.has(word)) dutch += 1;
    if (ENGLISH.has(word)) english += 1;
    if (words >= 400) break;
  }
  const best = Math.max(dutch, english);
  if (best === 0) return 'other';
  // A message in another language still has the odd "de" or "a": ask for a real share of function words.
  if (words >= 6 && best / words < 0.12) return 'other';
  return dutch > english ? 'nl' : 'en';
}
