/**
 * Sky and ground of a preview frame, on Canvas 2D. A flat ground and a sky that only depends on how far
 * a ray rises mean every colour below is a function of one screen coordinate: the signed distance from
 * the horizon line. So the sky, and the ground's colours with their fog and the fading of the checker,
 * are linear gradients across the horizon with stops computed from the sandbox renderer's formulas; the
 * checker and grid are a handful of long projected stripes and lines painted with those gradients. Each
 * pixel is painted once or twice, opaquely: in software rendering, pixels are the cost.
 */
import type { CameraPose } from "@/lib/camera/pose";
import { cameraBasis } from "@/lib/camera/projection";
import { SCENE, type Rgb } from "@/lib/camera/scene";
import { clipPolygonToNear, clipSegmentToNear, type ViewPoint, type ViewSpace } from "@/lib/camera/view-space";
import { clipPolygonToRect, clipSegmentToRect, type Rect } from "./screen-clip";

/** As in the sandbox: the sky reaches its zenith colour where a ray rises by 1 / SKY_GRADIENT. */
const SKY_GRADIENT = 2.2;
/**
 * Ground detail is drawn this far around the camera, metres; the checker has faded to its average well
 * before (as it does in the sandbox's frames), so the edge never shows.
 */
const GROUND_REACH = 36;
/** Nothing on the ground nearer than this is ever in frame; clipping here keeps coordinates small. */
const GROUND_NEAR = 0.25;
/** Pixels outside the canvas that clipped shapes keep. */
const CLIP_MARGIN = 3;
/**
 * Software canvas draws gradients of up to 8 stops several times faster than longer ones, so every
 * gradient keeps to 8, placed where they matter most (see `pickStops`).
 */
const MAX_STOPS = 8;
/** Candidate positions the ground's stops are picked from. */
const GROUND_SAMPLES = 32;

export type FrameTarget = {
  ctx: CanvasRenderingContext2D;
  /** canvas pixels */
  width: number;
  height: number;
  /** the clip's width / height (the canvas has the same shape) */
  aspect: number;
};

type Horizon = {
  /** rise of the ray through canvas pixel (x, y) is a·x + b·y + c, before normalizing */
  a: number;
  b: number;
  c: number;
};

export function drawSkyAndGround(target: FrameTarget, pose: CameraPose, view: ViewSpace) {
  const { ctx, width, height } = target;
  const horizon = horizonOf(target, pose);
  const length = Math.hypot(horizon.a, horizon.b);
  const corners: [number, number][] = [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ];
  const rises = corners.map(([x, y]) => horizon.a * x + horizon.b * y + horizon.c);
  const highest = Math.max(...rises);
  const lowest = Math.min(...rises);
  if (length < 1e-12) {
    // Looking straight up or down: no horizon in frame.
    ctx.fillStyle = css(highest > 0 ? SCENE.sky.zenith : SCENE.ground.colors[0]);
    ctx.fillRect(0, 0, width, height);
    return;
  }
  // Screen axis across the horizon: s = rise / length, in pixels, positive toward the sky.
  const nx = horizon.a / length;
  const ny = horizon.b / length;
  const centreRise = horizon.a * (width / 2) + horizon.b * (height / 2) + horizon.c;
  const originX = width / 2 - (centreRise / length) * nx;
  const originY = height / 2 - (centreRise / length) * ny;
  const axis: Axis = { originX, originY, nx, ny, length, target, pose };

  if (highest > 0) {
    fillPolygon(ctx, clipRect(corners, rises, 1), skyGradient(axis, highest / length));
  }
  if (lowest >= 0) return;
  const ground = clipRect(corners, rises, -1);
  fillPolygon(ctx, ground, css(SCENE.ground.colors[0]));
  drawChecker(target, pose, view);
  drawGridLines(target, pose, view);
  fillPolygon(ctx, ground, groundOverlay(axis, lowest / length));
}

type Axis = {
  originX: number;
  originY: number;
  nx: number;
  ny: number;
  length: number;
  target: FrameTarget;
  pose: CameraPose;
};

/**
 * How much the ray through a canvas pixel rises in world y, as a linear function of the pixel: the ray
 * is forward + x·tan(fovX/2)·right − y·tan(fovY/2)·up with x, y in [−1, 1].
 */
function horizonOf(target: FrameTarget, pose: CameraPose): Horizon {
  const { right, up, forward } = cameraBasis(pose);
  const tanY = Math.tan(pose.fovY / 2);
  const tanX = tanY * target.aspect;
  return {
    a: (2 * tanX * right[1]) / target.width,
    b: (-2 * tanY * up[1]) / target.height,
    c: forward[1] - tanX * right[1] + tanY * up[1],
  };
}

/** Rise per unit of ray length at distance s (pixels) from the horizon along the axis, and the ray's length. */
function rayAt(axis: Axis, s: number): { rise: number; rayLength: number } {
  const { target } = axis;
  const x = axis.originX + s * axis.nx;
  const y = axis.originY + s * axis.ny;
  const tanY = Math.tan(axis.pose.fovY / 2);
  const sx = ((2 * x) / target.width - 1) * tanY * target.aspect;
  const sy = ((2 * y) / target.height - 1) * tanY;
  const rayLength = Math.sqrt(1 + sx * sx + sy * sy);
  return { rise: (s * axis.length) / rayLength, rayLength };
}

function skyGradient(axis: Axis, top: number): CanvasGradient {
  const { ctx } = axis.target;
  const gradient = ctx.createLinearGradient(
    axis.originX,
    axis.originY,
    axis.originX + top * axis.nx,
    axis.originY + top * axis.ny,
  );
  const { horizon, zenith } = SCENE.sky;
  for (let i = 0; i < MAX_STOPS; i++) {
    const k = i / (MAX_STOPS - 1);
    const step = Math.min(1, rayAt(axis, top * k).rise * SKY_GRADIENT);
    gradient.addColorStop(k, css(mix(horizon, zenith, step)));
  }
  return gradient;
}

/**
 * Distance on the ground, as one translucent layer over the solid tiles and lines: the checker fades
 * toward the tiles' average where the sandbox fades it (once a pixel covers a large part of a tile),
 * then everything toward the haze with the fog. Both are blends toward fixed colours by depth, so one
 * "over" layer reproduces them exactly for every colour beneath: with fade f and fog g,
 * c → c·(1 − f)(1 − g) + average·f(1 − g) + haze·g.
 */
function groundOverlay(axis: Axis, bottom: number): CanvasGradient {
  const { target, pose } = axis;
  const { ground, haze, fogHalfDistance } = SCENE;
  const height = Math.max(pose.position[1], 0.01);
  // A ray with forward component 1 meets the ground at depth height / dip; dip = −s·length.
  const depthAt = (s: number) => height / Math.max(-s * axis.length, 1e-9);
  const spread = (2 * Math.tan(pose.fovY / 2)) / target.height;
  const footPerDepth2 = spread / ground.tile / height;
  const average = mix(ground.colors[0], ground.colors[1], 0.5);
  const blendAt = (k: number) => {
    const depth = k === 0 ? Infinity : depthAt(k * bottom);
    const foot = footPerDepth2 * depth * depth;
    const fade = foot < 0.25 ? 0 : foot > 0.75 ? 1 : 2 * foot - 0.5;
    const fog = depth === Infinity ? 1 : depth / (depth + fogHalfDistance);
    return { fade, fog };
  };
  const colorsAt = (k: number): Rgb[] => {
    const { fade, fog } = blendAt(k);
    return [ground.colors[0], ground.colors[1], ground.lineColor].map((color) => mix(mix(color, average, fade), haze, fog));
  };
  // Candidates spaced evenly in fog, which changes fastest near the horizon.
  const farthest = depthAt(bottom);
  const nearFog = farthest / (farthest + fogHalfDistance);
  const candidates = Array.from({ length: GROUND_SAMPLES + 1 }, (_, i) => {
    const fog = nearFog + ((1 - nearFog) * i) / GROUND_SAMPLES;
    const k = i === GROUND_SAMPLES ? 0 : height / (((fogHalfDistance * fog) / (1 - fog)) * -bottom * axis.length);
    return Math.min(1, Math.max(0, k));
  });
  const gradient = target.ctx.createLinearGradient(
    axis.originX,
    axis.originY,
    axis.originX + bottom * axis.nx,
    axis.originY + bottom * axis.ny,
  );
  for (const k of pickStops(candidates, colorsAt)) {
    const { fade, fog } = blendAt(k);
    const alpha = 1 - (1 - fade) * (1 - fog);
    // The layer's own colour: what it adds, divided by how much it covers.
    const layer = (c: number) => (alpha > 0 ? (average[c] * fade * (1 - fog) + haze[c] * fog) / alpha : haze[c]);
    gradient.addColorStop(k, css([layer(0), layer(1), layer(2)], alpha));
  }
  return gradient;
}

/**
 * At most MAX_STOPS of the candidate offsets: both ends, then greedily the candidate whose colour the
 * stops so far interpolate worst, so the stops crowd where the colour curve bends.
 */
function pickStops(candidates: number[], colorsAt: (k: number) => Rgb[]): number[] {
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  const colors = sorted.map(colorsAt);
  const chosen = [0, sorted.length - 1];
  while (chosen.length < MAX_STOPS) {
    let worst = -1;
    let worstError = 0.5;
    for (let c = 0; c + 1 < chosen.length; c++) {
      const from = chosen[c];
      const to = chosen[c + 1];
      for (let i = from + 1; i < to; i++) {
        const t = (sorted[i] - sorted[from]) / (sorted[to] - sorted[from] || 1);
        const error = interpolationError(colors[i], colors[from], colors[to], t);
        if (error > worstError) {
          worstError = error;
          worst = i;
        }
      }
    }
    if (worst < 0) break;
    chosen.push(worst);
    chosen.sort((a, b) => a - b);
  }
  return chosen.map((index) => sorted[index]);
}

/** The largest channel difference between the colours and their interpolation from `from` to `to`. */
function interpolationError(colors: Rgb[], from: Rgb[], to: Rgb[], t: number): number {
  let error = 0;
  for (let paint = 0; paint < colors.length; paint++) {
    for (let channel = 0; channel < 3; channel++) {
      const expected = from[paint][channel] + (to[paint][channel] - from[paint][channel]) * t;
      error = Math.max(error, Math.abs(colors[paint][channel] - expected));
    }
  }
  return error;
}

/**
 * The checker's second colour: stripes along x on odd tile columns and along z on odd tile rows, filled
 * even-odd, so a tile is painted when exactly one of its column and row is odd.
 */
function drawChecker(target: FrameTarget, pose: CameraPose, view: ViewSpace) {
  const { ctx } = target;
  const tile = SCENE.ground.tile;
  const [cx, , cz] = pose.position;
  const first = (value: number) => Math.floor((value - GROUND_REACH) / tile);
  const last = (value: number) => Math.ceil((value + GROUND_REACH) / tile);
  const x0 = first(cx) * tile;
  const x1 = last(cx) * tile;
  const z0 = first(cz) * tile;
  const z1 = last(cz) * tile;
  ctx.beginPath();
  for (let i = first(cx); i < last(cx); i++) {
    if ((i & 1) === 0) continue;
    addGroundQuad(target, view, [i * tile, z0, (i + 1) * tile, z1]);
  }
  for (let j = first(cz); j < last(cz); j++) {
    if ((j & 1) === 0) continue;
    addGroundQuad(target, view, [x0, j * tile, x1, (j + 1) * tile]);
  }
  ctx.fillStyle = css(SCENE.ground.colors[1]);
  ctx.fill("evenodd");
}

function drawGridLines(target: FrameTarget, pose: CameraPose, view: ViewSpace) {
  const { ctx } = target;
  const tile = SCENE.ground.tile;
  const [cx, , cz] = pose.position;
  const from = (value: number) => Math.floor((value - GROUND_REACH) / tile);
  const to = (value: number) => Math.ceil((value + GROUND_REACH) / tile);
  ctx.beginPath();
  for (let i = from(cx); i <= to(cx); i++) {
    addGroundLine(target, view, [i * tile, from(cz) * tile], [i * tile, to(cz) * tile]);
  }
  for (let j = from(cz); j <= to(cz); j++) {
    addGroundLine(target, view, [from(cx) * tile, j * tile], [to(cx) * tile, j * tile]);
  }
  ctx.strokeStyle = css(SCENE.ground.lineColor);
  ctx.lineWidth = 1;
  ctx.stroke();
}

/** Adds the visible part of a ground rectangle [xMin, zMin, xMax, zMax] to the current path. */
function addGroundQuad(target: FrameTarget, view: ViewSpace, [xa, za, xb, zb]: [number, number, number, number]) {
  const polygon = clipPolygonToNear(
    [view.toView([xa, 0, za]), view.toView([xb, 0, za]), view.toView([xb, 0, zb]), view.toView([xa, 0, zb])],
    GROUND_NEAR,
  );
  if (polygon.length < 3) return;
  addPolygon(target, view, polygon);
}

function addGroundLine(target: FrameTarget, view: ViewSpace, a: [number, number], b: [number, number]) {
  const segment = clipSegmentToNear(view.toView([a[0], 0, a[1]]), view.toView([b[0], 0, b[1]]), GROUND_NEAR);
  if (!segment) return;
  const visible = clipSegmentToRect(toPixels(target, view, segment[0]), toPixels(target, view, segment[1]), canvasRect(target));
  if (!visible) return;
  target.ctx.moveTo(visible[0].x, visible[0].y);
  target.ctx.lineTo(visible[1].x, visible[1].y);
}

/** Adds the on-canvas part of a near-clipped view-space polygon to the current path, in canvas pixels. */
export function addPolygon(target: FrameTarget, view: ViewSpace, polygon: readonly ViewPoint[]) {
  const { ctx } = target;
  const visible = clipPolygonToRect(
    polygon.map((point) => toPixels(target, view, point)),
    canvasRect(target),
  );
  for (let i = 0; i < visible.length; i++) {
    if (i === 0) ctx.moveTo(visible[i].x, visible[i].y);
    else ctx.lineTo(visible[i].x, visible[i].y);
  }
  if (visible.length > 0) ctx.closePath();
}

/** The canvas with a margin wider than any stroke, so clipped edges never show. */
function canvasRect(target: FrameTarget): Rect {
  return { left: -CLIP_MARGIN, top: -CLIP_MARGIN, right: target.width + CLIP_MARGIN, bottom: target.height + CLIP_MARGIN };
}

export function toPixels(target: FrameTarget, view: ViewSpace, point: ViewPoint): { x: number; y: number } {
  const screen = view.toScreen(point);
  return { x: ((screen.x + 1) / 2) * target.width, y: ((screen.y + 1) / 2) * target.height };
}

/** The canvas rectangle's part above (side 1) or below (side −1) the horizon. */
function clipRect(corners: [number, number][], rises: number[], side: 1 | -1): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < corners.length; i++) {
    const j = (i + 1) % corners.length;
    const inside = rises[i] * side >= 0;
    if (inside) out.push(corners[i]);
    if (inside !== rises[j] * side >= 0) {
      const k = rises[i] / (rises[i] - rises[j]);
      out.push([corners[i][0] + (corners[j][0] - corners[i][0]) * k, corners[i][1] + (corners[j][1] - corners[i][1]) * k]);
    }
  }
  return out;
}

function fillPolygon(ctx: CanvasRenderingContext2D, points: [number, number][], style: string | CanvasGradient) {
  ctx.beginPath();
  points.forEach(([x, y], index) => (index === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
  ctx.fillStyle = style;
  ctx.fill();
}

export function mix(a: Rgb, b: Rgb, k: number): Rgb {
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
}

export function css(color: Rgb, alpha = 1): string {
  const [r, g, b] = color.map((c) => Math.max(0, Math.min(255, Math.round(c))));
  return alpha >= 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${Math.max(0, alpha).toFixed(3)})`;
}
