/**
 * Local motion between two grayscale frames, block by block: a sum-of-absolute-differences search on the
 * half-size level around a predicted displacement, a ±1 px check at full size, then a few Lucas–Kanade
 * steps for the sub-pixel part. Each block also reports its structure tensor, so the global fit can trust
 * an edge only across itself (the aperture problem) and skip flat patches such as a clear sky.
 */
import { type GrayFrame, halfSize } from "./gray-frame";

export type BlockFlow = {
  /** the block's place in the grid (row × columns + column): the same place in every pair of a clip */
  cell: number;
  /** block centre in the first frame, pixels */
  x: number;
  y: number;
  /** where the block's content went in the second frame, relative to x and y, pixels */
  u: number;
  v: number;
  /** structure tensor of the block in the first frame: the mean of Ix², IxIy and Iy² over its pixels */
  gxx: number;
  gxy: number;
  gyy: number;
  /** mean absolute difference left after matching (block means aligned), grey levels */
  error: number;
};

/** A frame and its half-size level, built once per frame and shared by both pairs it takes part in. */
export type FramePyramid = { full: GrayFrame; half: GrayFrame };

export type BlockFlowOptions = {
  /** side of a block at full size, pixels; even */
  blockSize?: number;
  /** distance between neighbouring blocks' corners, pixels */
  spacing?: number;
  /** search radius on the half-size level, half-size pixels (so twice this at full size) */
  searchRadius?: number;
  /** where a block centred at (x, y) is expected to go, e.g. from the previous pair's global motion */
  predict?: (x: number, y: number) => { u: number; v: number };
  /** blocks whose gradients are weaker than this (trace of the tensor, grey levels² per pixel) are skipped */
  minTexture?: number;
  /** only this share of the grid's rows, [from, to) in 0..1, so a caller can spread the work over turns */
  rows?: [number, number];
};

export function buildPyramid(frame: GrayFrame): FramePyramid {
  return { full: frame, half: halfSize(frame) };
}

/** Gauss–Newton updates at most per block; most converge in two. */
const LK_STEPS = 4;

export function blockFlow(first: FramePyramid, second: FramePyramid, options: BlockFlowOptions = {}): BlockFlow[] {
  const block = options.blockSize ?? 12;
  const spacing = options.spacing ?? 10;
  const radius = options.searchRadius ?? 4;
  const minTexture = options.minTexture ?? 6;
  const { width, height } = first.full;
  const n = block * block;
  const gx = new Float32Array(n);
  const gy = new Float32Array(n);
  const template = new Float32Array(n);
  const out: BlockFlow[] = [];
  // Two pixels of margin: gradients and bilinear samples read one pixel beyond a block.
  const margin = 2;
  const cols = Math.floor((width - 2 * margin - block) / spacing) + 1;
  const rows = Math.floor((height - 2 * margin - block) / spacing) + 1;
  const offsetX = margin + Math.floor((width - 2 * margin - (cols - 1) * spacing - block) / 2);
  const offsetY = margin + Math.floor((height - 2 * margin - (rows - 1) * spacing - block) / 2);
  const [from, to] = options.rows ?? [0, 1];
  for (let row = Math.round(from * rows); row < Math.round(to * rows); row++) {
    for (let col = 0; col < cols; col++) {
      // Block corners sit on even pixels so the half-size block covers exactly the same content.
      const left = Math.max(margin, (offsetX + col * spacing) & ~1);
      const top = Math.max(margin, (offsetY + row * spacing) & ~1);
      const tensor = blockTensor({ frame: first.full, left, top, block, gx, gy, template });
      if (tensor.gxx + tensor.gyy < minTexture) continue;
      const cx = left + block / 2;
      const cy = top + block / 2;
      const guess = options.predict?.(cx, cy) ?? { u: 0, v: 0 };
      const coarse = searchHalf({ first: first.half, second: second.half, left, top, block, radius, guess });
      if (!coarse) continue;
      const whole = refineWhole({ second: second.full, template, left, top, block, start: coarse });
      if (!whole) continue;
      const fine = lucasKanade({ second: second.full, template, gx, gy, tensor, left, top, block, start: whole });
      if (!fine) continue;
      out.push({ cell: row * cols + col, x: cx, y: cy, u: fine.u, v: fine.v, ...tensor, error: fine.error });
    }
  }
  return out;
}

type Tensor = { gxx: number; gxy: number; gyy: number };

/** Where a block stands in the first frame at full size: its top-left corner and its side, pixels. */
type BlockPlace = { left: number; top: number; block: number };

/** Copies the block into `template` and its central-difference gradients into gx, gy; returns the tensor. */
function blockTensor(
  input: BlockPlace & {
    frame: GrayFrame;
    gx: Float32Array;
    gy: Float32Array;
    template: Float32Array;
  },
): Tensor {
  const { frame, left, top, block, gx, gy, template } = input;
  const { data, width } = frame;
  let xx = 0;
  let xy = 0;
  let yy = 0;
  let k = 0;
  for (let j = 0; j < block; j++) {
    let i = (top + j) * width + left;
    for (let c = 0; c < block; c++, i++, k++) {
      const dx = (data[i + 1] - data[i - 1]) * 0.5;
      const dy = (data[i + width] - data[i - width]) * 0.5;
      gx[k] = dx;
      gy[k] = dy;
      template[k] = data[i];
      xx += dx * dx;
      xy += dx * dy;
      yy += dy * dy;
    }
  }
  const n = block * block;
  return { gxx: xx / n, gxy: xy / n, gyy: yy / n };
}

/** Integer search on the half-size level around the guess; returns the full-size displacement. */
function searchHalf(
  input: BlockPlace & {
    first: GrayFrame;
    second: GrayFrame;
    radius: number;
    guess: { u: number; v: number };
  },
): { u: number; v: number } | undefined {
  const { first, second, radius } = input;
  const { width, height } = second;
  const size = input.block >> 1;
  const left = input.left >> 1;
  const top = input.top >> 1;
  const gu = Math.round(input.guess.u / 2);
  const gv = Math.round(input.guess.v / 2);
  const a = first.data;
  const b = second.data;
  let best = Infinity;
  let bestU = 0;
  let bestV = 0;
  for (let dv = gv - radius; dv <= gv + radius; dv++) {
    if (top + dv < 0 || top + dv + size > height) continue;
    for (let du = gu - radius; du <= gu + radius; du++) {
      if (left + du < 0 || left + du + size > width) continue;
      let sad = 0;
      for (let j = 0; j < size && sad < best; j++) {
        let ia = (top + j) * width + left;
        let ib = (top + j + dv) * width + left + du;
        for (let c = 0; c < size; c++, ia++, ib++) {
          const d = a[ia] - b[ib];
          sad += d < 0 ? -d : d;
        }
      }
      // Ties go to the smaller displacement, so a repeated pattern does not pull a block far away.
      if (sad < best || (sad === best && du * du + dv * dv < bestU * bestU + bestV * bestV)) {
        best = sad;
        bestU = du;
        bestV = dv;
      }
    }
  }
  return best === Infinity ? undefined : { u: bestU * 2, v: bestV * 2 };
}

/** ±1 px integer search at full size around the half-size result. */
function refineWhole(
  input: BlockPlace & { second: GrayFrame; template: Float32Array; start: { u: number; v: number } },
): { u: number; v: number } | undefined {
  const { second, template, left, top, block, start } = input;
  const { width, height, data } = second;
  let best = Infinity;
  let bestU = 0;
  let bestV = 0;
  for (let dv = start.v - 1; dv <= start.v + 1; dv++) {
    // One pixel of margin is kept for the bilinear and gradient steps that follow.
    if (top + dv < 1 || top + dv + block > height - 1) continue;
    for (let du = start.u - 1; du <= start.u + 1; du++) {
      if (left + du < 1 || left + du + block > width - 1) continue;
      let sad = 0;
      let k = 0;
      for (let j = 0; j < block && sad < best; j++) {
        let i = (top + j + dv) * width + left + du;
        for (let c = 0; c < block; c++, i++, k++) {
          const d = template[k] - data[i];
          sad += d < 0 ? -d : d;
        }
      }
      if (sad < best) {
        best = sad;
        bestU = du;
        bestV = dv;
      }
    }
  }
  return best === Infinity ? undefined : { u: bestU, v: bestV };
}

/**
 * Sub-pixel displacement by Gauss–Newton on the block's intensities (bilinear samples of the second frame,
 * the first frame's gradients), with the difference of block means removed so a fade does not bias it.
 * The small ridge on the tensor keeps an edge's along-edge component where the integer search put it.
 */
function lucasKanade(
  input: BlockPlace & {
    second: GrayFrame;
    template: Float32Array;
    gx: Float32Array;
    gy: Float32Array;
    tensor: Tensor;
    start: { u: number; v: number };
  },
): { u: number; v: number; error: number } | undefined {
  const { second, template, gx, gy, tensor, left, top, block, start } = input;
  const { width, height, data } = second;
  const n = block * block;
  let sumX = 0;
  let sumY = 0;
  for (let k = 0; k < n; k++) {
    sumX += gx[k];
    sumY += gy[k];
  }
  const ridge = 0.02 * (tensor.gxx + tensor.gyy) + 0.05;
  const a = (tensor.gxx - (sumX * sumX) / (n * n)) * n + ridge * n;
  const b = (tensor.gxy - (sumX * sumY) / (n * n)) * n;
  const c = (tensor.gyy - (sumY * sumY) / (n * n)) * n + ridge * n;
  const det = a * c - b * b;
  if (!(det > 0)) return undefined;
  let u = start.u;
  let v = start.v;
  let error = 0;
  // The error reported is the one measured at the start of the last update, which at convergence is
  // within hundredths of a pixel of the final position: a whole pass is saved.
  for (let step = 0; step < LK_STEPS; step++) {
    const iu = Math.floor(u);
    const iv = Math.floor(v);
    const inside = top + iv >= 0 && top + iv + block + 1 <= height && left + iu >= 0 && left + iu + block + 1 <= width;
    if (!inside) return undefined;
    const fu = u - iu;
    const fv = v - iv;
    const w00 = (1 - fu) * (1 - fv);
    const w10 = fu * (1 - fv);
    const w01 = (1 - fu) * fv;
    const w11 = fu * fv;
    let ex = 0;
    let ey = 0;
    let sum = 0;
    let absSum = 0;
    let k = 0;
    for (let j = 0; j < block; j++) {
      let i = (top + j + iv) * width + left + iu;
      for (let col = 0; col < block; col++, i++, k++) {
        const sample = w00 * data[i] + w10 * data[i + 1] + w01 * data[i + width] + w11 * data[i + width + 1];
        const e = sample - template[k];
        ex += gx[k] * e;
        ey += gy[k] * e;
        sum += e;
        absSum += e < 0 ? -e : e;
      }
    }
    const mean = sum / n;
    error = Math.max(0, absSum / n - Math.abs(mean));
    const bx = ex - mean * sumX;
    const by = ey - mean * sumY;
    const du = Math.max(-1, Math.min(1, -(c * bx - b * by) / det));
    const dv = Math.max(-1, Math.min(1, -(a * by - b * bx) / det));
    u += du;
    v += dv;
    if (Math.abs(u - start.u) > 1.5 || Math.abs(v - start.v) > 1.5) return undefined;
    if (Math.abs(du) < 0.02 && Math.abs(dv) < 0.02) break;
  }
  return { u, v, error };
}
