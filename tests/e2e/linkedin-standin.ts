/**
 * A stand-in for the bit of LinkedIn's own JavaScript that the tests rely on: the compose box's Send button
 * (and the invitation dialog's Send) are enabled only while there is text, as in the saved captures (empty
 * box: button[disabled]; draft "asda": enabled). Injected into routed pages; it is not part of Selge.
 */
export const LINKEDIN_EDITOR_STANDIN = `
(() => {
  if (location.hostname !== 'www.linkedin.com') return;
  const sync = (field) => {
    const text = 'value' in field ? field.value : field.textContent;
    const form = field.closest('form.msg-form');
    const button = form ? form.querySelector('button.msg-form__send-button')
      : field.closest('[role="dialog"]')?.querySelector('button[aria-label="Send invitation"]');
    if (button) button.disabled = text.trim() === '';
  };
  document.addEventListener('input', (event) => {
    const field = event.target.closest?.('.msg-form__contenteditable, textarea[name="message"]');
    if (field) sync(field);
  }, true);
  // Main-thread long tasks, recorded for the performance test.
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Long animation frames name the scripts that ran in them: the ones from the extension are Selge's.
  window.__extensionScriptTime = [];
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const script of frame.scripts ?? []) {
          if (String(script.sourceURL).startsWith('chrome-extension://')) {
            window.__extensionScriptTime.push({ start: script.startTime, duration: script.duration, invoker: script.invoker, frame: frame.duration });
          }
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  // Long tasks in extension worlds are not always reported as "longtask" entries; a heartbeat in the page
  // sees any block of the shared main thread as a late tick.
  window.__heartbeatGaps = [];
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    if (now - last > 60) window.__heartbeatGaps.push({ start: last, duration: now - last });
    last = now;
    setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
})();
`;
