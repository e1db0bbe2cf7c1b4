/**
 * For tests: which of the scene's moving subjects a pixel shows, by colour alone. Each rule tells one
 * subject's colour from everything else in the scene (sky, ground, the still boxes, the title board:
 * none of their pixels match, in frames drawn without the subjects) under any of the faces' shading,
 * the outline's darkening and the fog at the subject's distance. A new subject or colour needs a rule.
 */
import { SCENE } from "@/lib/camera/scene";

type Looks = (r: number, g: number, b: number) => boolean;

const SUBJECT_LOOKS: Record<string, Looks> = {
  "violet tram": (r, g, b) => b > r + 25 && r > g + 15,
  "lime cart": (r, g, b) => g > r + 12 && r > b + 40,
  "blue turnstile": (r, g, b) => b > 2 * g && b > 2 * r,
};

/** The subject a colour belongs to, or null. */
function subjectOfColor(r: number, g: number, b: number): string | null {
  for (const [name, looks] of Object.entries(SUBJECT_LOOKS)) if (looks(r, g, b)) return name;
  return null;
}

/** Each subject's pixels in an RGB frame, as pixel indices. */
export function subjectPixels(rgb: Uint8Array): Map<string, Set<number>> {
  const pixels = new Map(SCENE.subjects.map((subject) => [subject.name, new Set<number>()]));
  for (let o = 0; o < rgb.length / 3; o++) {
    const name = subjectOfColor(rgb[o * 3], rgb[o * 3 + 1], rgb[o * 3 + 2]);
    if (name) pixels.get(name)?.add(o);
  }
  return pixels;
}
