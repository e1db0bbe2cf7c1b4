/**
 * Media for share pages, which signed-out visitors open: a key is served only when it is the video
 * or poster of one of a live link's takes, and a download only when the link allows it. The key is
 * matched exactly against the stored keys, so nothing taken from the URL ever reaches storage unless
 * it equals one of them. A link with a passphrase serves nothing until the visitor has unlocked it.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/responses";
import { mediaNotFound, serveMedia } from "@/lib/http/serve-media";
import type { MediaStorage } from "@/lib/storage/storage";
import { downloadFilename } from "@/lib/takes/download-name";
import { SHARE_UNLOCK_COOKIE } from "./passphrase";
import { findSharedFile, type ShareGate } from "./share-page";

type SharedRequest = {
  db: Db;
  storage: MediaStorage;
  request: Request;
  token: string;
  /** The studio's secret, which signs unlock cookies. */
  secret: string;
  now?: Date;
};

// Not shared caches: the link can be revoked, and then its media must stop at once.
const CACHE_CONTROL = "private, no-cache";

export async function serveSharedMedia(options: SharedRequest & { keySegments: string[] }): Promise<Response> {
  return serveSharedFile(options, { mediaKey: options.keySegments.join("/") }, "GET /share/[token]/media");
}

/** A shared take's video as a file to save, named after the link's title (never the private prompt). */
export async function serveSharedDownload(options: SharedRequest & { takeId: string }): Promise<Response> {
  return serveSharedFile(options, { downloadTakeId: options.takeId }, "GET /share/[token]/download");
}

async function serveSharedFile(
  options: SharedRequest,
  lookup: { mediaKey: string } | { downloadTakeId: string },
  context: string,
): Promise<Response> {
  const file = await findSharedFile(options.db, { token: options.token, gate: gateOf(options), ...lookup });
  if (file.kind !== "file") return refusal(file.kind, context);
  return serveMedia({
    request: options.request,
    storage: options.storage,
    key: file.key,
    cacheControl: CACHE_CONTROL,
    downloadName:
      "downloadTakeId" in lookup
        ? downloadFilename({ id: lookup.downloadTakeId, prompt: file.title || "shared take" })
        : undefined,
    context,
  });
}

function gateOf(options: SharedRequest): ShareGate {
  return { cookie: cookieValue(options.request, SHARE_UNLOCK_COOKIE), secret: options.secret, now: options.now };
}

function refusal(kind: "not_found" | "locked" | "download_off", context: string): Response {
  if (kind === "not_found") return mediaNotFound();
  const error =
    kind === "locked"
      ? new AppError(
          "unauthorized:share_locked",
          "This link asks for a passphrase. Open the link and enter the passphrase first.",
        )
      : new AppError("forbidden:share_download", "Downloads are turned off for this link. You can still watch it.");
  return errorResponse(error, context);
}

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
