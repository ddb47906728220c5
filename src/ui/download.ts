/** Saves `value` as a pretty-printed JSON file through the browser's own download (no permission needed). */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  // The download has started by then; the object URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
