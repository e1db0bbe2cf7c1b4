/**
 * Sky and ground of a preview frame, on Canvas 2D. The sky fills the canvas above the horizon line with
 * its gradient; the ground below is the first tile colour, the checker's second colour as a few long
 * stripes filled even-odd, the grid as one path of lines, then one translucent layer for distance (the
 * checker fading and the fog; see ./horizon-gradients.ts). Stripes and lines are clipped at the near
 * plane in view space and to the canvas in pixels, so they cost only what shows.
 */
import type { CameraPose } from "@/lib/camera/pose";
import { cameraBasis } from "@/lib/camera/projection";
import { SCENE } from "@/lib/camera/scene";
import { clipPolygonToNear, clipSegmentToNear, type ViewSpace } from "@/lib/camera/view-space";
import { addPolygon, canvasRect, css, type FrameTarget, fillPolygon, toPixels } from "./canvas-paths";
import { groundOverlay, type HorizonAxis, skyGradient } from "./horizon-gradients";
import { clipSegmentToRect } from "./screen-clip";

/**
 * Ground detail is drawn this far around the camera, metres; the checker has faded to its average well
 * before (as it does in the sandbox's frames), so the edge never shows.
 */
const GROUND_REACH = 36;
/** Nothing on the ground nearer than this is ever in frame; clipping here keeps coordinates small. */
const GROUND_NEAR = 0.25;

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
  const axis: HorizonAxis = { originX, originY, nx, ny, length, target, pose };

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

/**
 * The checker's second colour: stripes along x on odd tile columns and along z on odd tile rows, filled
 * even-odd, so a tile is painted when exactly one of its column and row is odd.
 */
function drawChecker(target: FrameTarget, pose: CameraPose, view: ViewSpace) {
  const { ctx } = target;
  const tile = SCENE.ground.tile;
  const [xs, zs] = tileSpans(pose);
  ctx.beginPath();
  for (let i = xs.from; i < xs.to; i++) {
    if ((i & 1) === 0) continue;
    addGroundQuad(target, view, [i * tile, zs.from * tile, (i + 1) * tile, zs.to * tile]);
  }
  for (let j = zs.from; j < zs.to; j++) {
    if ((j & 1) === 0) continue;
    addGroundQuad(target, view, [xs.from * tile, j * tile, xs.to * tile, (j + 1) * tile]);
  }
  ctx.fillStyle = css(SCENE.ground.colors[1]);
  ctx.fill("evenodd");
}

function drawGridLines(target: FrameTarget, pose: CameraPose, view: ViewSpace) {
  const { ctx } = target;
  const tile = SCENE.ground.tile;
  const [xs, zs] = tileSpans(pose);
  ctx.beginPath();
  for (let i = xs.from; i <= xs.to; i++) {
    addGroundLine(target, view, [i * tile, zs.from * tile], [i * tile, zs.to * tile]);
  }
  for (let j = zs.from; j <= zs.to; j++) {
    addGroundLine(target, view, [xs.from * tile, j * tile], [xs.to * tile, j * tile]);
  }
  ctx.strokeStyle = css(SCENE.ground.lineColor);
  ctx.lineWidth = 1;
  ctx.stroke();
}

type TileSpan = { from: number; to: number };

/** The tiles the drawn ground covers along x and along z: GROUND_REACH around the camera, in whole tiles. */
function tileSpans(pose: CameraPose): [TileSpan, TileSpan] {
  const tile = SCENE.ground.tile;
  const span = (value: number): TileSpan => ({
    from: Math.floor((value - GROUND_REACH) / tile),
    to: Math.ceil((value + GROUND_REACH) / tile),
  });
  return [span(pose.position[0]), span(pose.position[2])];
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
  const visible = clipSegmentToRect(
    toPixels(target, view, segment[0]),
    toPixels(target, view, segment[1]),
    canvasRect(target),
  );
  if (!visible) return;
  target.ctx.moveTo(visible[0].x, visible[0].y);
  target.ctx.lineTo(visible[1].x, visible[1].y);
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
      out.push([
        corners[i][0] + (corners[j][0] - corners[i][0]) * k,
        corners[i][1] + (corners[j][1] - corners[i][1]) * k,
      ]);
    }
  }
  return out;
}
