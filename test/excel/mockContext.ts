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

let attachedCount = 0;

/**
 * Creates a child mock object under `parent` from plain data, for mock methods that return new proxies
 * (`getRangeByIndexes`, `getIntersectionOrNullObject` …). Attaching it to the tree makes the context's
 * `sync()` reach it, so load-before-read discipline holds for returned objects too.
 */
export function attachMock<T extends object>(parent: unknown, data: T): T {
  // addMock/populate are private in the mock's typings but are its documented way to grow the tree.
  type Growable = { addMock(name: string): void; populate(data: object): void } & Record<string, unknown>;
  const owner = parent as Growable;
  attachedCount += 1;
  const name = `__attached${attachedCount}`;
  owner.addMock(name);
  const child = owner[name] as Growable;
  child.populate(data);
  return child as unknown as T;
}

/**
 * Data for a `*OrNullObject` result. Office.js lets callers read `isNullObject` after a sync without
 * loading it; the mock would demand a load, so this object's `load` also loads `isNullObject`.
 */
export function mockNullable<T extends object>(data: T, isNullObject = false): T & { isNullObject: boolean } {
  return {
    ...data,
    isNullObject,
    load(this: unknown, properties?: string) {
      const mock = this as OfficeMockObject;
      const names = properties === undefined ? "isNullObject" : `${properties},isNullObject`;
      return isNullObject
        ? OfficeMockObject.prototype.load.call(mock, "isNullObject")
        : OfficeMockObject.prototype.load.call(mock, names);
    },
  };
}
