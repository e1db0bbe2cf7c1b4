/**
 * The title board: the prompt's first words, lettered with the bitmap font on an upright board that
 * stands in the scene, so every stand-in video shows what it was asked for.
 */
import type { Vec3 } from "@/lib/camera/pose";
import type { TitleBoard } from "@/lib/camera/scene";
import { hasGlyph, rasterizeLines, type TextMask } from "./bitmap-font";
import { type FrameContext, putSurface, rowRay, type SolidBox, screenBounds } from "./raster-frame";

const TITLE_LIMITS = { maxChars: 60, lineChars: 20, maxLines: 3 };

export type TitleTexture = {
  board: TitleBoard;
  /** the lettering, one byte per font pixel, with MASK_PAD empty pixels around it */
  mask: Uint8Array;
  stride: number;
  rows: number;
  /** metres per font pixel on the board */
  pixelSize: number;
  /** where the padded mask starts, metres from the board's left and top edges */
  left: number;
  top: number;
};

/** Share of the paper (inside the frame band) the text block may fill. */
const TEXT_AREA = { width: 0.92, height: 0.8 };
/** The posts stand just behind the face, so the face wins the depth test. */
const FACE_OFFSET = 0.002;
/** Empty font pixels around the text mask. */
const MASK_PAD = 2;
const ELLIPSIS = "...";

/**
 * The prompt's first ~60 characters as at most three lines of at most 20, uppercase, broken between
 * words where possible, with "..." when something was left out.
 */
export function titleLines(prompt: string, limits = TITLE_LIMITS): string[] {
  const cleaned = prompt.normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase().replace(/\s+/g, " ").trim();
  const chars = [...cleaned].map((char) => (hasGlyph(char) ? char : "?"));
  let kept = chars.slice(0, limits.maxChars).join("");
  let cut = chars.length > limits.maxChars;
  // Do not end on half a word when a word boundary is reasonably close.
  if (cut && kept.lastIndexOf(" ") > limits.maxChars * 0.6) kept = kept.slice(0, kept.lastIndexOf(" "));
  const lines: string[] = [];
  let line = "";
  for (const word of kept.split(" ").filter(Boolean)) {
    for (const piece of splitLongWord(word, limits.lineChars)) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= limits.lineChars) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length > limits.maxLines) {
    lines.length = limits.maxLines;
    cut = true;
  }
  if (cut && lines.length > 0) {
    // Make room for the ellipsis by dropping whole words where possible, and end on a letter:
    // "WITH A LONG..." rather than "WITH A LONG PROMP...", "SUNSET..." rather than "SUNSET,...".
    let last = lines[lines.length - 1];
    const room = limits.lineChars - ELLIPSIS.length;
    while (last.length > room && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
    lines[lines.length - 1] = last.slice(0, room).replace(/[\s,.;:!?-]+$/, "") + ELLIPSIS;
  }
  return lines;
}

/** Lays the title out on the board: as large as fits, centred. */
export function createTitleTexture(prompt: string, board: TitleBoard): TitleTexture {
  const text = rasterizeLines(titleLines(prompt));
  const paperWidth = board.width - 2 * board.frameWidth;
  const paperHeight = board.height - 2 * board.frameWidth;
  const pixelSize = Math.min(
    (paperWidth * TEXT_AREA.width) / text.width,
    (paperHeight * TEXT_AREA.height) / text.height,
  );
  const { mask, stride } = paddedMask(text);
  return {
    board,
    mask,
    stride,
    rows: text.height + 2 * MASK_PAD,
    pixelSize,
    left: (board.width - text.width * pixelSize) / 2 - MASK_PAD * pixelSize,
    top: (board.height - text.height * pixelSize) / 2 - MASK_PAD * pixelSize,
  };
}

/** The two posts the board stands on, as plain boxes in the frame colour, just behind the face. */
export function boardPosts(board: TitleBoard): SolidBox[] {
  const [cx, cy, cz] = board.center;
  const bottom = cy - board.height / 2;
  const half = board.postWidth / 2;
  const post = (x: number): SolidBox => ({
    min: [x - half, 0, cz - 2 * half - FACE_OFFSET],
    max: [x + half, bottom + half, cz - FACE_OFFSET],
    color: board.frame,
  });
  return [post(cx - board.width * 0.35), post(cx + board.width * 0.35)];
}

/**
 * The board's front face (looking toward +z): frame band, paper, and the text, box-filtered with 2×2
 * samples across each pixel's footprint so small letters stay legible instead of breaking up.
 */
export function drawTitleBoard(frame: FrameContext, title: TitleTexture) {
  const { board, mask, stride, rows, pixelSize } = title;
  const [cx, cy, planeZ] = board.center;
  const x0 = cx - board.width / 2;
  const y1 = cy + board.height / 2;
  const corners: Vec3[] = [
    [x0, y1, planeZ],
    [x0 + board.width, y1, planeZ],
    [x0, y1 - board.height, planeZ],
    [x0 + board.width, y1 - board.height, planeZ],
  ];
  const [px, py, pz] = frame.origin;
  // The face is one-sided: it looks toward +z, where the camera always stays.
  if (pz <= planeZ) return;
  const bounds = screenBounds(frame, corners);
  if (!bounds) return;
  const { left: i0, top: j0, right: i1, bottom: j1 } = bounds;
  const { width, depth, colX, rowY, spread } = frame;
  const [rx, ry, rz] = frame.basis.right;
  const { width: boardWidth, height: boardHeight, frameWidth } = board;
  const [paperR, paperG, paperB] = board.paper;
  const [inkR, inkG, inkB] = [board.ink[0] - paperR, board.ink[1] - paperG, board.ink[2] - paperB];
  const inverseSize = 1 / pixelSize;
  for (let j = j0; j <= j1; j++) {
    const [bx, by, bz] = rowRay(frame.basis.forward, frame.basis.up, rowY[j]);
    for (let i = i0; i <= i1; i++) {
      const a = colX[i];
      const dz = bz + a * rz;
      if (dz >= 0) continue;
      const t = (planeZ - pz) / dz;
      const o = j * width + i;
      if (t >= depth[o]) continue;
      const u = px + t * (bx + a * rx) - x0;
      const v = y1 - (py + t * (by + a * ry));
      if (u < 0 || v < 0 || u > boardWidth || v > boardHeight) continue;
      let cr = board.frame[0];
      let cg = board.frame[1];
      let cb = board.frame[2];
      if (u > frameWidth && v > frameWidth && boardWidth - u > frameWidth && boardHeight - v > frameWidth) {
        // Mask coordinates in font pixels; four samples a quarter of the pixel's footprint apart, capped
        // so that they stay inside the padding.
        const tx = (u - title.left) * inverseSize;
        const ty = (v - title.top) * inverseSize;
        let cover = 0;
        if (tx > 1 && ty > 1 && tx < stride - 1 && ty < rows - 1) {
          const q = Math.min(1, t * spread * inverseSize * 0.25);
          const left = Math.floor(tx - q);
          const right = Math.floor(tx + q);
          const top = Math.floor(ty - q) * stride;
          const bottom = Math.floor(ty + q) * stride;
          cover = (mask[top + left] + mask[top + right] + mask[bottom + left] + mask[bottom + right]) * 0.25;
        }
        cr = paperR + inkR * cover;
        cg = paperG + inkG * cover;
        cb = paperB + inkB * cover;
      }
      putSurface(frame, o, t, cr, cg, cb);
    }
  }
}

/** The text mask with MASK_PAD empty font pixels around it, so samples near its edge need no checks. */
function paddedMask(text: TextMask): { mask: Uint8Array; stride: number } {
  const stride = text.width + 2 * MASK_PAD;
  const mask = new Uint8Array(stride * (text.height + 2 * MASK_PAD));
  for (let y = 0; y < text.height; y++) {
    mask.set(text.mask.subarray(y * text.width, (y + 1) * text.width), (y + MASK_PAD) * stride + MASK_PAD);
  }
  return { mask, stride };
}

function splitLongWord(word: string, size: number): string[] {
  if (word.length <= size) return [word];
  const pieces: string[] = [];
  for (let i = 0; i < word.length; i += size) pieces.push(word.slice(i, i + size));
  return pieces;
}
