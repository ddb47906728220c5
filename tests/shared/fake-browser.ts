/** An in-memory stand-in for browser.storage, with switches to make writes fail the way real browsers do. */
export interface FakeArea {
  data: Record<string, unknown>;
  failNextSet: Error | null;
  /** Every set() that succeeded, in order (to count writes against sync's quota). */
  writes: Record<string, unknown>[];
  get(key?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

function area(): FakeArea {
  return {
    data: {},
    failNextSet: null,
    writes: [],
    async get(key) {
      if (key === undefined || key === null) return structuredClone(this.data);
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(
        keys.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]),
      );
    },
    async set(items) {
      if (this.failNextSet) {
        const error = this.failNextSet;
        this.failNextSet = null;
        throw error;
      }
      for (const [k, v] of Object.entries(items)) this.data[k] = structuredClone(v);
      this.writes.push(structuredClone(items));
    },
    async remove(key) {
      const gone = new Set(Array.isArray(key) ? key : [key]);
      this.data = Object.fromEntries(Object.entries(this.data).filter(([k]) => !gone.has(k)));
    },
    async clear() {
      this.data = {};
    },
  };
}

export const fakeBrowser = {
  storage: {
    sync: area(),
    local: area(),
    session: area(),
    onChanged: { addListener() {}, removeListener() {} },
  },
};

export function resetFakeBrowser(): void {
  for (const name of ['sync', 'local', 'session'] as const) {
    fakeBrowser.storage[name].data = {};
    fakeBrowser.storage[name].failNextSet = null;
    fakeBrowser.storage[name].writes = [];
  }
}
