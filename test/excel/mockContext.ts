import { OfficeMockObject } from "office-addin-mock";

/**
 * Builds an office-addin-mock request context from plain object data and returns it typed as
 * `Excel.RequestContext` for the adapter under test, plus the raw mock for assertions.
 * `items` collections get a permissive `load` (the mock only accepts `load("items")`,
 * OfficeDev/Office-Addin-Scripts#904), so adapters can keep their precise `load("items/name")` calls.
 */
export function makeMockContext(data: Record<string, unknown>): {
  context: Excel.RequestContext;
  mock: OfficeMockObject;
} {
  const mock = new OfficeMockObject(data);
  return { context: mock as unknown as Excel.RequestContext, mock };
}

/**
 * A collection for mock data whose `load` accepts any property path (`"items/name"`) and loads `items`.
 * Items are plain objects: once `items` is loaded and synced, their properties are readable.
 */
export function mockCollection<T>(items: T[]): { items: T[]; load: () => unknown } {
  return {
    items,
    load(this: unknown) {
      return OfficeMockObject.prototype.load.call(this as OfficeMockObject, "items");
    },
  };
}
