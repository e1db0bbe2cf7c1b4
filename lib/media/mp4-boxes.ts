/**
 * The boxes inside an MP4's `moov` that say how long it is and how many frames a second its video has.
 * Every read is bounds-checked: a truncated or hostile file gives "unknown", never an exception.
 */

/** The movie's duration from `mvhd`, in ms. */
export function mvhdDurationMs(moov: Buffer): number | undefined {
  const mvhd = children(moov, 0, moov.length).find((box) => box.type === "mvhd");
  if (!mvhd) return undefined;
  const version = byteAt(moov, mvhd.body);
  const body = mvhd.body + 4;
  const timescale = version === 1 ? u32(moov, body + 16) : u32(moov, body + 8);
  const duration = version === 1 ? u64(moov, body + 20) : u32(moov, body + 12);
  if (!timescale || duration === undefined) return undefined;
  return Math.round((duration / timescale) * 1000);
}

/**
 * Frames per second of the first video track: its sample count over its samples' total duration
 * (`stts`) in its own timescale (`mdhd`). Rounded to 3 decimals (29.97 stays 29.97); null if unknown.
 */
export function frameRateOf(moov: Buffer): number | null {
  for (const trak of children(moov, 0, moov.length).filter((box) => box.type === "trak")) {
    const mdia = child(moov, trak, "mdia");
    if (!mdia) continue;
    const hdlr = child(moov, mdia, "hdlr");
    if (!hdlr || moov.toString("latin1", hdlr.body + 8, hdlr.body + 12) !== "vide") continue;
    const mdhd = child(moov, mdia, "mdhd");
    const minf = child(moov, mdia, "minf");
    const stbl = minf && child(moov, minf, "stbl");
    const stts = stbl && child(moov, stbl, "stts");
    if (!mdhd || !stts) continue;
    const timescale = byteAt(moov, mdhd.body) === 1 ? u32(moov, mdhd.body + 20) : u32(moov, mdhd.body + 12);
    const timing = sampleTiming(moov, stts);
    if (!timescale || !timing || timing.duration <= 0) continue;
    const fps = (timing.samples * timescale) / timing.duration;
    if (Number.isFinite(fps) && fps > 0) return Math.round(fps * 1000) / 1000;
  }
  return null;
}

type Box = { type: string; body: number; end: number };

/** The boxes directly inside [start, end). */
function children(buffer: Buffer, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  let offset = start;
  while (offset + 8 <= end) {
    const size = u32(buffer, offset);
    if (size === undefined || size < 8 || offset + size > end) break;
    boxes.push({ type: buffer.toString("latin1", offset + 4, offset + 8), body: offset + 8, end: offset + size });
    offset += size;
  }
  return boxes;
}

function child(buffer: Buffer, parent: Box, type: string): Box | undefined {
  return children(buffer, parent.body, parent.end).find((box) => box.type === type);
}

/** `stts`: (count, delta) pairs after version/flags and the entry count. */
function sampleTiming(buffer: Buffer, stts: Box): { samples: number; duration: number } | undefined {
  const entries = u32(buffer, stts.body + 4);
  if (entries === undefined) return undefined;
  let samples = 0;
  let duration = 0;
  for (let index = 0; index < entries; index++) {
    const at = stts.body + 8 + index * 8;
    if (at + 8 > stts.end) return undefined;
    const count = u32(buffer, at) ?? 0;
    samples += count;
    duration += count * (u32(buffer, at + 4) ?? 0);
  }
  return { samples, duration };
}

function byteAt(buffer: Buffer, offset: number): number | undefined {
  return offset >= 0 && offset < buffer.length ? buffer.readUInt8(offset) : undefined;
}

function u32(buffer: Buffer, offset: number): number | undefined {
  return offset >= 0 && offset + 4 <= buffer.length ? buffer.readUInt32BE(offset) : undefined;
}

function u64(buffer: Buffer, offset: number): number | undefined {
  return offset >= 0 && offset + 8 <= buffer.length ? Number(buffer.readBigUInt64BE(offset)) : undefined;
}
