/**
 * What a hostile (or broken) client can send: arbitrary values of every shape React's action protocol
 * and HTTP carry, plus the classics — huge and unicode strings, path tricks, prototype-pollution keys,
 * NaN/Infinity/-0, deep nesting — and values that are nearly valid, so the code behind validation is
 * reached too. `pool` holds real ids (takes, members, invites) to mix in.
 */
import fc from "fast-check";

const HUGE = "x".repeat(200_000);

const TRICKY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\u202Eevil",
  "🎬".repeat(50),
  "Ünïcödé ✓ 映像",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "/etc/passwd",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "..%2f..%2fetc/passwd",
  "videos/../../../etc/passwd",
  "C:\\Windows\\System32",
  "<img src=x onerror=alert(1)>",
  "' OR 1=1 --",
  "__proto__",
  "constructor",
  "prototype",
  "null",
  "undefined",
  "NaN",
  "-0",
  "1e309",
  "[sandbox:refuse]",
  HUGE,
];

const TRICKY_NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1,
  -1,
  0.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
];

export const FIELD_NAMES = [
  "id",
  "ids",
  "takeId",
  "takeId",
  "userId",
  "inviteId",
  "role",
  "token",
  "prompt",
  "email",
  "password",
  "name",
  "body",
  "text",
  "comment",
  "state",
  "verdict",
  "decision",
  "atMs",
  "endMs",
  "drawing",
  "timeMs",
  "capUnits",
  "expiresInDays",
  "takeIds",
  "kind",
  "__proto__",
  "constructor",
];

export function hostileString(pool: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.string(), weight: 3 },
    { arbitrary: fc.string({ unit: "binary" }), weight: 2 },
    { arbitrary: fc.constantFrom(...TRICKY_STRINGS), weight: 3 },
    { arbitrary: pool.length > 0 ? fc.constantFrom(...pool) : fc.uuid(), weight: 3 },
    { arbitrary: fc.uuid(), weight: 1 },
  );
}

function hostileNumber(): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(...TRICKY_NUMBERS), fc.double(), fc.integer());
}

/** Objects whose own keys are `__proto__` or `constructor`, as JSON.parse and FormData can produce. */
function pollutingObject(): fc.Arbitrary<unknown> {
  return fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    JSON.parse('{"__proto__": {"polluted": "yes"}, "id": "x", "prompt": "y"}'),
    Object.assign(Object.create(null), { id: "no-prototype" }),
  );
}

function deeplyNested(): fc.Arbitrary<unknown> {
  return fc.integer({ min: 50, max: 2000 }).map((depth) => {
    let value: unknown = "bottom";
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { id: value };
    return value;
  });
}

export function hostileValue(pool: readonly string[] = []): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(hostileString(pool), hostileNumber(), fc.boolean(), fc.constant(null), fc.constant(undefined));
  const record = fc.dictionary(
    fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string()),
    fc.oneof(leaf, fc.array(leaf, { maxLength: 4 })),
    {
      maxKeys: 6,
    },
  );
  return fc.oneof(
    {
      arbitrary: fc.anything({
        maxDepth: 2,
        maxKeys: 4,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withTypedArray: true,
        withSparseArray: true,
        withBoxedValues: true,
      }),
      weight: 4,
    },
    { arbitrary: leaf, weight: 4 },
    { arbitrary: record, weight: 4 },
    { arbitrary: pollutingObject(), weight: 1 },
    { arbitrary: deeplyNested(), weight: 1 },
    { arbitrary: formData(pool), weight: 2 },
  );
}

/** FormData as a form post delivers it: string fields, files, repeated and polluting names. */
export function formData(
  pool: readonly string[] = [],
  fields: fc.Arbitrary<[string, string][]> = fc.constant([]),
): fc.Arbitrary<FormData> {
  const name = fc.oneof(fc.constantFrom(...FIELD_NAMES, "confirmPassword", "next"), fc.string());
  const entry = fc.tuple(
    name,
    fc.oneof({ arbitrary: hostileString(pool), weight: 5 }, { arbitrary: fc.constant<null>(null), weight: 1 }),
  );
  return fc.tuple(fields, fc.array(entry, { maxLength: 6 })).map(([base, extra]) => {
    const form = new FormData();
    for (const [key, value] of base) form.append(key, value);
    for (const [key, value] of extra) form.append(key, value ?? new Blob(["file"], { type: "text/plain" }));
    return form;
  });
}

/**
 * A valid example with one thing changed: a field replaced by a hostile value, dropped, or joined by a
 * polluting key; or the example as it is (so the code after validation runs).
 */
export function nearValid(example: Record<string, unknown>, pool: readonly string[] = []): fc.Arbitrary<unknown> {
  const keys = Object.keys(example);
  if (keys.length === 0) return fc.constant(example);
  return fc.oneof(
    { arbitrary: fc.constant(example), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...keys), fc.oneof(hostileString(pool), hostileNumber(), fc.constant(null)))
        .map(([key, value]) => ({ ...example, [key]: value })),
      weight: 4,
    },
    {
      arbitrary: fc
        .constantFrom(...keys)
        .map((key) => Object.fromEntries(Object.entries(example).filter(([k]) => k !== key))),
      weight: 1,
    },
    { arbitrary: fc.constant({ ...JSON.parse('{"__proto__": {"polluted": "yes"}}'), ...example }), weight: 1 },
  );
}
