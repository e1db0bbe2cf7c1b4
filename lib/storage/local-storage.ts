/** Media in a folder on this machine (the default: `<data dir>/media`). */
import "server-only";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { type ByteRange, contentTypeOf, isValidMediaKey, type MediaStorage } from "./storage";

export function createLocalStorage(root: string): MediaStorage {
  const resolve = (key: string) => {
    if (!isValidMediaKey(key)) throw new AppError("bad_request:media_key", "That media path is not valid.");
    return path.join(root, key);
  };

  return {
    kind: "local",
    async putFile({ key, filePath, contentType }) {
      const target = resolve(key);
      await mkdir(path.dirname(target), { recursive: true });
      const staging = `${target}.${process.pid}.partial`;
      try {
        await rename(filePath, staging);
      } catch {
        // Across file systems a rename fails; copy instead.
        await copyFile(filePath, staging);
      }
      await rename(staging, target);
      const info = await stat(target);
      return { size: info.size, contentType };
    },
    async stat(key) {
      try {
        const info = await stat(resolve(key));
        return info.isFile() ? { size: info.size, contentType: contentTypeOf(key) } : null;
      } catch (error) {
        if (error instanceof AppError) throw error;
        return null;
      }
    },
    async read(key: string, range?: ByteRange) {
      const stream = createReadStream(resolve(key), range ? { start: range.start, end: range.end } : {});
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(resolve(key), { force: true });
    },
  };
}
