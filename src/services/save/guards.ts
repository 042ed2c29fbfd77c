// Small type guards for validating stored and imported JSON: never trust a file's shape.

export type Obj = Readonly<Record<string, unknown>>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNum(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isInt(value: unknown): value is number {
  return isNum(value) && Number.isInteger(value);
}

export function isStr(value: unknown, max = 10_000): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

export function isArrayOf<T>(
  value: unknown,
  guard: (item: unknown) => item is T,
  max = 100_000,
): value is T[] {
  return Array.isArray(value) && value.length <= max && value.every(guard);
}

/** Profile ids become storage keys and file content: short, ASCII, no separators. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
