/**
 * Reads an MP4's real duration from its `mvhd` box, without decoding anything. Also tells whether
 * the file is a plausible MP4 at all (a download that returned an HTML error page is not).
 */
import "server-only";
import { open } from "node:fs/promises";

export type Mp4Info = { durationMs: number; faststart: boolean };

export async function readMp4Info(filePath: string): Promise<Mp4Info> {
  const file = await open(filePath, "r");
  try {
    const { size } = await file.stat();
    let offset = 0;
    let sawMdat = false;
    while (offset + 8 <= size) {
      const header = Buffer.alloc(16);
      await file.read(header, 0, 16, offset);
      let boxSize = header.readUInt32BE(0);
      const type = header.toString("latin1", 4, 8);
      let headerSize = 8;
      if (boxSize === 1) {
        boxSize = Number(header.readBigUInt64BE(8));
        headerSize = 16;
      } else if (boxSize === 0) {
        boxSize = size - offset;
      }
      if (boxSize < headerSize || !/^[\x20-\x7e]{4}$/.test(type)) break;
      if (type === "mdat") sawMdat = true;
      if (type === "moov") {
        const moov = Buffer.alloc(Math.min(boxSize - headerSize, 64 * 1024 * 1024));
        await file.read(moov, 0, moov.length, offset + headerSize);
        const durationMs = mvhdDurationMs(moov);
        if (durationMs !== undefined) return { durationMs, faststart: !sawMdat };
      }
      offset += boxSize;
    }
  } finally {
    await file.close();
  }
  throw new Error("not an MP4 file (no moov/mvhd box found)");
}

function mvhdDurationMs(moov: Buffer): number | undefined {
  let offset = 0;
  while (offset + 8 <= moov.length) {
    const boxSize = moov.readUInt32BE(offset);
    const type = moov.toString("latin1", offset + 4, offset + 8);
    if (boxSize < 8) return undefined;
    if (type === "mvhd") {
      const version = moov.readUInt8(offset + 8);
      const body = offset + 12;
      if (version === 1) {
        const timescale = moov.readUInt32BE(body + 16);
        const duration = Number(moov.readBigUInt64BE(body + 20));
        return timescale ? Math.round((duration / timescale) * 1000) : undefined;
      }
      const timescale = moov.readUInt32BE(body + 8);
      const duration = moov.readUInt32BE(body + 12);
      return timescale ? Math.round((duration / timescale) * 1000) : undefined;
    }
    offset += boxSize;
  }
  return undefined;
}
