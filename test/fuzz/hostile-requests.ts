/**
 * Hostile HTTP requests for a route handler: path segments with traversal and encoding tricks, query
 * strings, the headers media and polling read (Range, If-None-Match, Content-Type) and bodies of any
 * shape. The route's dynamic segments become its `params` exactly as Next decodes them.
 */
import fc from "fast-check";
import type { RouteFile } from "./discover";
import { FIELD_NAMES, hostileString, hostileValue } from "./hostile-values";

export type HostileRequest = {
  path: string;
  params: Record<string, string | string[]>;
  query: string;
  headers: [string, string][];
  body?: string;
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TRICKY_SEGMENTS = [
  "..",
  ".",
  "%2e%2e",
  "..%2f..%2fetc",
  "..\\..\\etc",
  "/etc/passwd",
  "etc/passwd",
  "C:\\Windows\\win.ini",
  "a\u0000b",
  "%00",
  "videos",
  "posters",
  "x".repeat(5000),
  "🎬",
];

const QUERY_KEYS = ["ids", "after", "cursor", "q", "status", "model", "camera", "aspect", "by", "limit", "token", "id"];

const RANGES = [
  "bytes=0-10",
  "bytes=-5",
  "bytes=5-",
  "bytes=0-0",
  "bytes=99999999999999999999-",
  "bytes=abc",
  "bytes=0-1,2-3",
  "bytes=-0",
  "bytes=10-5",
  "items=0-1",
  "",
];

const CONTENT_TYPES = [
  "application/json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "text/plain",
  "application/json; charset=utf-16",
  "\u00ff",
];

function hostileSegment(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...TRICKY_SEGMENTS), weight: 3 },
    { arbitrary: hostileString(pool), weight: 2 },
  );
}

export function hostileRequest(
  route: RouteFile,
  options: {
    pool: readonly string[];
    method: string;
    segments?: fc.Arbitrary<string[]>;
    query?: fc.Arbitrary<string>;
    body?: fc.Arbitrary<string>;
  },
): fc.Arbitrary<HostileRequest> {
  const { pool, method } = options;
  const params = route.segments.filter((segment) => typeof segment !== "string");
  const paramValues = fc.tuple(
    ...params.map((param) =>
      param.catchAll
        ? fc.oneof(
            fc.array(hostileSegment(pool), { minLength: 1, maxLength: 5 }),
            ...(options.segments ? [options.segments] : []),
          )
        : hostileSegment(pool).map((value) => [value]),
    ),
  );
  const query = fc.oneof(
    {
      arbitrary: fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS, ...FIELD_NAMES), fc.string()), hostileString(pool)), {
          maxLength: 5,
        })
        .map((pairs) => new URLSearchParams(pairs).toString()),
      weight: 4,
    },
    {
      arbitrary: fc.constantFrom(
        "%",
        "%zz",
        `ids=${",".repeat(10_000)}`,
        `ids=${pool.join(",")}`,
        "a=1&a=2&a=3",
        `cursor=${"A".repeat(4000)}`,
      ),
      weight: 1,
    },
    ...(options.query ? [{ arbitrary: options.query, weight: 3 }] : []),
  );
  const headers = fc.array(
    fc.oneof(
      fc.constantFrom(...RANGES).map((value): [string, string] => ["range", value]),
      fc
        .oneof(fc.constantFrom('"x"', "*", 'W/"0"', "", `"${"a".repeat(3000)}"`), fc.string())
        .map((value): [string, string] => ["if-none-match", value]),
      fc.constantFrom(...CONTENT_TYPES).map((value): [string, string] => ["content-type", value]),
      fc.tuple(
        fc.constantFrom("x-forwarded-for", "accept", "accept-encoding", "x-studio-token", "authorization"),
        fc.string(),
      ),
    ),
    { maxLength: 4 },
  );
  const body =
    method === "GET" || method === "HEAD"
      ? fc.constant(undefined)
      : fc.oneof(
          { arbitrary: hostileValue(pool).map((value) => safeJson(value)), weight: 3 },
          { arbitrary: fc.string(), weight: 1 },
          {
            arbitrary: fc.constantFrom("{", "[", "null", '{"__proto__":{"polluted":"yes"}}', "x".repeat(200_000)),
            weight: 1,
          },
          ...(options.body ? [{ arbitrary: options.body, weight: 3 }] : []),
        );
  return fc
    .record({ values: paramValues, query, headers, body })
    .map(({ values, query: search, headers: pairs, body: text }) => {
      const paramsOut: Record<string, string | string[]> = {};
      const path: string[] = [];
      let index = 0;
      for (const segment of route.segments) {
        if (typeof segment === "string") {
          path.push(segment);
          continue;
        }
        const value = values[index++] ?? [];
        paramsOut[segment.param] = segment.catchAll ? value : (value[0] ?? "");
        // A lone surrogate cannot be sent in a URL; the handler still gets it in `params`.
        path.push(...value.map((part) => encodeURIComponent(part.replace(LONE_SURROGATE, "\uFFFD"))));
      }
      return { path: `/${path.join("/")}`, params: paramsOut, query: search, headers: pairs, body: text };
    });
}

function safeJson(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item)) ?? "null"
    );
  } catch {
    return "{}";
  }
}

/** The Request a client would send; headers a real client could not send (invalid bytes) are left out. */
export function toRequest(origin: string, method: string, request: HostileRequest, base: Headers): Request {
  const headers = new Headers(base);
  for (const [name, value] of request.headers) {
    try {
      headers.set(name, value);
    } catch {
      // not sendable over HTTP
    }
  }
  const url = `${origin}${request.path}${request.query ? `?${request.query}` : ""}`;
  return new Request(url, { method, headers, body: request.body });
}
