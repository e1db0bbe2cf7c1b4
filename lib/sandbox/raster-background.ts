/**
 * The background pass: a sky gradient above the horizon and a checkered, gridded, fogged ground plane
 * below, for every pixel. It is most of a frame's work, so it is arranged around one fact: without roll,
 * every ray of a screen row dips by the same amount, so along a row the ground's depth, fog and detail
 * are constant (only the hit point moves, linearly) and the sky is one colour. Such rows look their
 * colours up once and then only pick per pixel; rolled frames look them up per pixel.
 */
import { SCENE } from "@/lib/camera/scene";
import { type FrameContext, fogAt, rowRay } from "./raster-frame";

/** How quickly the sky turns from its horizon colour to its zenith colour as rays rise. */
const SKY_GRADIENT = 2.2;
const SKY_STEPS = 256;
/** Fog levels the ground's colours are tabulated at; fine enough that steps are under one colour level. */
const FOG_STEPS = 1024;

export function drawBackground(frame: FrameContext) {
  const { width, height, rgb, depth, colX, rowY, rowLength } = frame;
  const [px, py, pz] = frame.origin;
  const [rx, ry, rz] = frame.basis.right;
  const invTile = 1 / SCENE.ground.tile;
  const palette = groundPalette(frame);
  const sky = SKY_COLORS;
  for (let j = 0; j < height; j++) {
    const [bx, by, bz] = rowRay(frame.basis.forward, frame.basis.up, rowY[j]);
    const first = j * width;
    if (ry === 0 && by >= 0) {
      const c = skyStep((by * SKY_GRADIENT) / rowLength[j]) * 3;
      rgb[first * 3] = sky[c];
      rgb[first * 3 + 1] = sky[c + 1];
      rgb[first * 3 + 2] = sky[c + 2];
      for (let filled = 3, total = width * 3; filled < total; filled *= 2) {
        rgb.copyWithin(first * 3 + filled, first * 3, first * 3 + Math.min(filled, total - filled));
      }
      depth.fill(Infinity, first, first + width);
    } else if (ry === 0) {
      const t = -py / by;
      const entry = palette.entry(t);
      const gx0 = (px + t * bx) * invTile;
      const gz0 = (pz + t * bz) * invTile;
      const gxStep = t * rx * invTile;
      const gzStep = t * rz * invTile;
      for (let i = 0, o = first; i < width; i++, o++) {
        palette.put(rgb, o * 3, gx0 + colX[i] * gxStep, gz0 + colX[i] * gzStep, entry);
      }
      depth.fill(t, first, first + width);
    } else {
      const riseScale = SKY_GRADIENT / rowLength[j];
      for (let i = 0, o = first; i < width; i++, o++) {
        const a = colX[i];
        const dy = by + a * ry;
        if (dy >= 0) {
          const c = skyStep(dy * riseScale) * 3;
          rgb[o * 3] = sky[c];
          rgb[o * 3 + 1] = sky[c + 1];
          rgb[o * 3 + 2] = sky[c + 2];
          depth[o] = Infinity;
          continue;
        }
        const t = -py / dy;
        const gx = (px + t * (bx + a * rx)) * invTile;
        const gz = (pz + t * (bz + a * rz)) * invTile;
        palette.put(rgb, o * 3, gx, gz, palette.entry(t));
        depth[o] = t;
      }
    }
  }
}

/** The sky gradient, tabulated from horizon (step 0) to zenith (the last step), rgb each. */
const SKY_COLORS = Int32Array.from({ length: SKY_STEPS * 3 }, (_, index) => {
  const { horizon, zenith } = SCENE.sky;
  const c = index % 3;
  const k = Math.floor(index / 3) / (SKY_STEPS - 1);
  return Math.round(horizon[c] + (zenith[c] - horizon[c]) * k);
});

/** The gradient step for a ray rising by `rise` (0 at the horizon, 1 and above at the zenith colour). */
function skyStep(rise: number): number {
  return rise >= 1 ? SKY_STEPS - 1 : Math.floor(rise * (SKY_STEPS - 1));
}

type GroundPalette = {
  /** the palette entry for ground at depth t */
  entry(t: number): number;
  /** writes the colour of ground point (gx, gz), in tiles, at byte offset s */
  put(rgb: Uint8ClampedArray, s: number, gx: number, gz: number, entry: number): void;
};

/**
 * A ground pixel's colour depends on its depth (fog, and how large its footprint is, which fades the
 * checker to its average and thins the grid lines by coverage so distant tiles do not shimmer) and on
 * where it hits (which tile, on a line or not). The depth part is tabulated per frame in FOG_STEPS steps
 * of fog, four colours each: either tile, plain or under a line. A pixel then only picks.
 */
function groundPalette(frame: FrameContext): GroundPalette {
  const { ground, haze, fogHalfDistance } = SCENE;
  const halfLine = (ground.line / ground.tile) * 0.5;
  const [c0, c1] = ground.colors;
  // Ground seen from height h at depth t: the ray dips by h/t, so a pixel covers spread·t²/h along it.
  const footPerDepth2 = frame.spread / ground.tile / Math.max(frame.origin[1], 0.01);
  const colors = new Int32Array(FOG_STEPS * 12);
  const halves = new Float64Array(FOG_STEPS);
  for (let step = 0; step < FOG_STEPS; step++) {
    const fog = (step + 0.5) / FOG_STEPS;
    const t = (fogHalfDistance * fog) / (1 - fog);
    const foot = footPerDepth2 * t * t;
    const detail = foot < 0.25 ? 1 : foot > 0.75 ? 0 : 1.5 - 2 * foot;
    halves[step] = Math.max(foot * 0.5, halfLine);
    const cover = halfLine / halves[step];
    for (let c = 0; c < 3; c++) {
      const average = (c0[c] + c1[c]) / 2;
      const spread = ((c0[c] - c1[c]) / 2) * detail;
      for (let tile = 0; tile < 2; tile++) {
        const plain = tile === 0 ? average + spread : average - spread;
        const lined = plain + (ground.lineColor[c] - plain) * cover;
        colors[step * 12 + tile * 3 + c] = Math.round(plain + (haze[c] - plain) * fog);
        colors[step * 12 + 6 + tile * 3 + c] = Math.round(lined + (haze[c] - lined) * fog);
      }
    }
  }
  return {
    entry: (t) => Math.min(FOG_STEPS - 1, Math.floor(fogAt(t) * FOG_STEPS)),
    put(rgb, s, gx, gz, entry) {
      const cx = Math.floor(gx);
      const cz = Math.floor(gz);
      const ox = gx - cx;
      const oz = gz - cz;
      const ex = ox < 0.5 ? ox : 1 - ox;
      const ez = oz < 0.5 ? oz : 1 - oz;
      const p = entry * 12 + ((cx + cz) & 1) * 3 + (Math.min(ex, ez) < halves[entry] ? 6 : 0);
      rgb[s] = colors[p];
      rgb[s + 1] = colors[p + 1];
      rgb[s + 2] = colors[p + 2];
    },
  };
}
