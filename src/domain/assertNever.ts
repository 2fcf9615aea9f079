/**
 * The `default` branch of an exhaustive switch: the compiler proves it unreachable; at run time (data from
 * outside, e.g. a worker message) it throws with the unexpected value, named by `what`.
 */
export function assertNever(value: never, what: string): never {
  throw new TypeError(`${what}: ${JSON.stringify(value)}`);
}
