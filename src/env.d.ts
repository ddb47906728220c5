/** Set by vite.config.ts: which browser this build is for. */
declare const __SELGE_TARGET__: 'chrome' | 'firefox';
