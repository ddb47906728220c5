// Apart from engine.ts so the content script can cut a text to this length without bundling the engine.
/**
 * Up to this many characters a message is read whole: all a LinkedIn message can hold (8,000) and all the page
 * readers keep of a hostile one, so padding on either side cannot hide a pitch (100 KB of real text takes
 * about 30 ms, in the background). A longer text, pasted or picked, is read in evenly spaced windows from
 * every part of it.
 */
export const MAX_ANALYZED_CHARS = 100_000;
