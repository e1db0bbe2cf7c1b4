/**
 * HTTP Range for media: parses a `Range: bytes=…` header against a size and builds the response
 * headers. Browsers seek in <video> with these; one range per request is all they ask for.
 */
export type RangeResult =
  | { kind: "full" }
  | { kind: "partial"; start: number; end: number }
  | { kind: "unsatisfiable" };

export function parseRange(header: string | null, size: number): RangeResult {
  if (!header) return { kind: "full" };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return { kind: "full" };
  let start: number;
  let end: number;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) return { kind: "unsatisfiable" };
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end };
}

export function mediaHeaders(options: {
  range: RangeResult;
  size: number;
  contentType: string;
  cacheControl: string;
}): { status: number; headers: Headers } {
  const { range, size, contentType, cacheControl } = options;
  const headers = new Headers({ "Accept-Ranges": "bytes", "Content-Type": contentType, "Cache-Control": cacheControl });
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    headers.set("Content-Length", "0");
    return { status: 416, headers };
  }
  if (range.kind === "partial") {
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
    headers.set("Content-Length", String(range.end - range.start + 1));
    return { status: 206, headers };
  }
  headers.set("Content-Length", String(size));
  return { status: 200, headers };
}
