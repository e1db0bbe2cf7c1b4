/**
 * Reads an MP4's real duration (its `mvhd` box) and its video frame rate (the video track's sample
 * times), without decoding anything. Also tells whether the file is a plausible MP4 at all (a download
 * that returned an HTML error page is not). Works on a local file or on any source of byte ranges (a
 * stored video read from the bucket), reading only the box headers and the `moov` box.
 */
import "server-only";
import { open } from "node:fs/promises";
import { frameRateOf, mvhdDurationMs } from "./mp4-boxes";

/** `fps` is null when the file has no video track with timed samples. */
export type Mp4Info = { durationMs: number; faststart: boolean; fps: number | null };

/** Bytes [offset, offset + length) of the file (fewer at its end). */
export type ByteSource = { size: number; read(offset: number, length: number): Promise<Buffer> };

const MAX_MOOV_BYTES = 64 * 1024 * 1024;

export async function readMp4Info(filePath: string): Promise<Mp4Info> {
  const file = await open(filePath, "r");
  try {
    const { size } = await file.stat();
    return await readMp4InfoFrom({
      size,
      read: async (offset, length) => {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await file.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      },
    });
  } finally {
    await file.close();
  }
}

export async function readMp4InfoFrom(source: ByteSource): Promise<Mp4Info> {
  const { size } = source;
  let offset = 0;
  let sawMdat = false;
  while (offset + 8 <= size) {
    const header = await source.read(offset, 16);
    if (header.length < 8) break;
    let boxSize = header.readUInt32BE(0);
    const type = header.toString("latin1", 4, 8);
    let headerSize = 8;
    if (boxSize === 1) {
      if (header.length < 16) break;
      boxSize = Number(header.readBigUInt64BE(8));
      headerSize = 16;
    } else if (boxSize === 0) {
      boxSize = size - offset;
    }
    if (boxSize < headerSize || !/^[\x20-\x7e]{4}$/.test(type)) break;
    if (type === "mdat") sawMdat = true;
    if (type === "moov") {
      const moov = await source.read(offset + headerSize, Math.min(boxSize - headerSize, MAX_MOOV_BYTES));
      const durationMs = mvhdDurationMs(moov);
      if (durationMs !== undefined) return { durationMs, faststart: !sawMdat, fps: frameRateOf(moov) };
    }
    offset += boxSize;
  }
  throw new Error("not an MP4 file (no moov/mvhd box found)");
}
