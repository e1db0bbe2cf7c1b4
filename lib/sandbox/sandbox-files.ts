/**
 * The sandbox's stand-in for Kling's CDN: `GET|HEAD {basePath}/files/{task_id}.mp4`, public like the
 * real result URLs, with byte ranges so browsers can seek and the studio can copy in parts.
 */
import "server-only";
import type { FileHandle } from "node:fs/promises";
import { open, stat } from "node:fs/promises";
import { parseFaults } from "./sandbox-faults";
import type { SandboxStore } from "./sandbox-store";

const CHUNK_BYTES = 64 * 1024;

export async function serveVideo(request: Request, input: { store: SandboxStore; name: string }): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method not allowed", { status: 405, headers: { Allow: "GET, HEAD" } });
  }
  // Only `<digits>.mp4`: nothing else, and so no path, can reach the file system.
  const match = /^(\d{1,40})\.mp4$/.exec(input.name);
  const record = match ? input.store.get(match[1]) : undefined;
  if (!record?.video || parseFaults(record.request.prompt).gone) return notFound();
  const file = input.store.videoPath(record.taskId);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return notFound();

  const size = info.size;
  const headers = new Headers({
    "Content-Type": "video/mp4",
    "Accept-Ranges": "bytes",
    "Cache-Control": "public, max-age=3600",
    "Last-Modified": info.mtime.toUTCString(),
  });
  const range = parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  headers.set("Content-Length", String(Math.max(0, end - start + 1)));
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
  const status = range ? 206 : 200;
  if (request.method === "HEAD" || size === 0) return new Response(null, { status, headers });
  return new Response(fileStream(file, { start, end }), { status, headers });
}

/**
 * One `bytes=` range (the first, if several are asked for; answering a single part is allowed).
 * Undefined means "send everything": no header, or one this server does not understand.
 */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | "unsatisfiable" | undefined {
  if (!header) return undefined;
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*(?:,.*)?$/i.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  if (match[1] === "") {
    // A suffix: the last N bytes.
    const length = Number(match[2]);
    if (length === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

function fileStream(file: string, range: { start: number; end: number }): ReadableStream<Uint8Array> {
  let handle: FileHandle | undefined;
  let position = range.start;
  return new ReadableStream<Uint8Array>({
    async start() {
      handle = await open(file, "r");
    },
    async pull(controller) {
      if (!handle) return controller.close();
      const remaining = range.end - position + 1;
      if (remaining <= 0) {
        await handle.close();
        handle = undefined;
        return controller.close();
      }
      const buffer = new Uint8Array(Math.min(CHUNK_BYTES, remaining));
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, position);
      if (bytesRead === 0) {
        await handle.close();
        handle = undefined;
        return controller.close();
      }
      position += bytesRead;
      controller.enqueue(buffer.subarray(0, bytesRead));
    },
    async cancel() {
      await handle?.close();
      handle = undefined;
    },
  });
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
