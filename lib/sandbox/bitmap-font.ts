/**
 * A tiny 5×7 uppercase bitmap font, drawn here by hand, so the sandbox renderer needs no font files and
 * no downloads. Characters it lacks are drawn as "?"; callers uppercase and strip accents first.
 */

const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;
/** Glyph plus one column of spacing. */
export const GLYPH_ADVANCE = 6;
/** Glyph plus two rows of leading. */
export const LINE_ADVANCE = 9;

export type TextMask = { width: number; height: number; mask: Uint8Array };

/** Each glyph: seven rows of five pixels, top to bottom, "#" inked. */
const GLYPH_ROWS: Record<string, string> = {
  A: ".###. #...# #...# ##### #...# #...# #...#",
  B: "####. #...# #...# ####. #...# #...# ####.",
  C: ".###. #...# #.... #.... #.... #...# .###.",
  D: "####. #...# #...# #...# #...# #...# ####.",
  E: "##### #.... #.... ####. #.... #.... #####",
  F: "##### #.... #.... ####. #.... #.... #....",
  G: ".###. #...# #.... #.### #...# #...# .####",
  H: "#...# #...# #...# ##### #...# #...# #...#",
  I: ".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
  J: "..### ...#. ...#. ...#. ...#. #..#. .##..",
  K: "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
  L: "#.... #.... #.... #.... #.... #.... #####",
  M: "#...# ##.## #.#.# #.#.# #...# #...# #...#",
  N: "#...# #...# ##..# #.#.# #..## #...# #...#",
  O: ".###. #...# #...# #...# #...# #...# .###.",
  P: "####. #...# #...# ####. #.... #.... #....",
  Q: ".###. #...# #...# #...# #.#.# #..#. .##.#",
  R: "####. #...# #...# ####. #.#.. #..#. #...#",
  S: ".#### #.... #.... .###. ....# ....# ####.",
  T: "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
  U: "#...# #...# #...# #...# #...# #...# .###.",
  V: "#...# #...# #...# #...# #...# .#.#. ..#..",
  W: "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
  X: "#...# #...# .#.#. ..#.. .#.#. #...# #...#",
  Y: "#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
  Z: "##### ....# ...#. ..#.. .#... #.... #####",
  "0": ".###. #...# #..## #.#.# ##..# #...# .###.",
  "1": "..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
  "2": ".###. #...# ....# ...#. ..#.. .#... #####",
  "3": "##### ...#. ..#.. ...#. ....# #...# .###.",
  "4": "...#. ..##. .#.#. #..#. ##### ...#. ...#.",
  "5": "##### #.... ####. ....# ....# #...# .###.",
  "6": "..##. .#... #.... ####. #...# #...# .###.",
  "7": "##### ....# ...#. ..#.. .#... .#... .#...",
  "8": ".###. #...# #...# .###. #...# #...# .###.",
  "9": ".###. #...# #...# .#### ....# ...#. .##..",
  " ": "..... ..... ..... ..... ..... ..... .....",
  ".": "..... ..... ..... ..... ..... .##.. .##..",
  ",": "..... ..... ..... ..... .##.. ..#.. .#...",
  "!": "..#.. ..#.. ..#.. ..#.. ..#.. ..... ..#..",
  "?": ".###. #...# ....# ...#. ..#.. ..... ..#..",
  "'": "..#.. ..#.. .#... ..... ..... ..... .....",
  '"': ".#.#. .#.#. ..... ..... ..... ..... .....",
  "-": "..... ..... ..... .###. ..... ..... .....",
  ":": "..... .##.. .##.. ..... .##.. .##.. .....",
  ";": "..... .##.. .##.. ..... .##.. ..#.. .#...",
  "(": "...#. ..#.. .#... .#... .#... ..#.. ...#.",
  ")": ".#... ..#.. ...#. ...#. ...#. ..#.. .#...",
  "&": ".##.. #..#. #.#.. .#... #.#.# #..#. .##.#",
  "/": "..... ....# ...#. ..#.. .#... #.... .....",
  "+": "..... ..#.. ..#.. ##### ..#.. ..#.. .....",
  "%": "##... ##..# ...#. ..#.. .#... #..## ...##",
  "#": ".#.#. .#.#. ##### .#.#. ##### .#.#. .#.#.",
  "*": "..... ..#.. #.#.# .###. #.#.# ..#.. .....",
  "=": "..... ..... ##### ..... ##### ..... .....",
};

/** Parsed once: 35 bytes per glyph, row-major, 1 = inked. */
const GLYPHS = new Map<string, Uint8Array>(Object.entries(GLYPH_ROWS).map(([char, rows]) => [char, parseGlyph(rows)]));

export function hasGlyph(char: string): boolean {
  return GLYPHS.has(char);
}

/**
 * Draws lines of text into a 1-bit mask, one byte per font pixel, each line centred. The mask is as wide
 * as the longest line and has no margin.
 */
export function rasterizeLines(lines: string[]): TextMask {
  const longest = lines.reduce((max, line) => Math.max(max, [...line].length), 0);
  const width = Math.max(1, longest * GLYPH_ADVANCE - 1);
  const height = Math.max(1, lines.length * LINE_ADVANCE - (LINE_ADVANCE - GLYPH_HEIGHT));
  const mask = new Uint8Array(width * height);
  lines.forEach((line, row) => {
    const chars = [...line];
    const lineWidth = chars.length * GLYPH_ADVANCE - 1;
    const left = Math.floor((width - lineWidth) / 2);
    chars.forEach((char, column) => {
      const glyph = GLYPHS.get(char) ?? GLYPHS.get("?");
      if (glyph) blit({ mask, width, glyph, x: left + column * GLYPH_ADVANCE, y: row * LINE_ADVANCE });
    });
  });
  return { width, height, mask };
}

function blit(target: { mask: Uint8Array; width: number; glyph: Uint8Array; x: number; y: number }) {
  const { mask, width, glyph, x, y } = target;
  for (let gy = 0; gy < GLYPH_HEIGHT; gy++) {
    for (let gx = 0; gx < GLYPH_WIDTH; gx++) {
      if (glyph[gy * GLYPH_WIDTH + gx]) mask[(y + gy) * width + x + gx] = 1;
    }
  }
}

function parseGlyph(rows: string): Uint8Array {
  const pixels = rows.replaceAll(" ", "");
  if (pixels.length !== GLYPH_WIDTH * GLYPH_HEIGHT) throw new Error(`bad glyph: ${rows}`);
  return Uint8Array.from(pixels, (pixel) => (pixel === "#" ? 1 : 0));
}
