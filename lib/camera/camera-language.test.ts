import { describe, expect, it } from "vitest";
import { CAMERA_AXES, PRESET_CAMERA_TYPES } from "@/lib/kling/fields";
import {
  BAND_VALUES,
  bandOf,
  describeCameraMove,
  joinPrompt,
  type MoveBand,
  readCameraSentence,
} from "./camera-language";
import { simpleMove } from "./pose";

const BANDS: { band: MoveBand; values: number[]; adverb: string }[] = [
  { band: "gentle", values: [1, 2, 3], adverb: "slowly" },
  { band: "steady", values: [4, 5, 6, 7], adverb: "steadily" },
  { band: "strong", values: [8, 9, 10], adverb: "quickly" },
];

/** The words each axis and sign must use, so a model reading film language hears the right move. */
const EXPECTED: Record<string, RegExp> = {
  "horizontal+": /^The camera trucks \w+ to the right, sliding sideways\.$/,
  "horizontal-": /^The camera trucks \w+ to the left, sliding sideways\.$/,
  "vertical+": /^The camera rises \w+ on a pedestal, moving straight up\.$/,
  "vertical-": /^The camera lowers \w+ on a pedestal, moving straight down\.$/,
  "pan+": /^The camera pans \w+ to the right\.$/,
  "pan-": /^The camera pans \w+ to the left\.$/,
  "tilt+": /^The camera tilts \w+ up\.$/,
  "tilt-": /^The camera tilts \w+ down\.$/,
  "roll+": /^The camera rolls \w+ clockwise\.$/,
  "roll-": /^The camera rolls \w+ counter-clockwise\.$/,
  "zoom+": /^The camera zooms out \w+, widening the view\.$/,
  "zoom-": /^The camera zooms in \w+, tightening the view\.$/,
};

describe("camera language", () => {
  for (const axis of CAMERA_AXES) {
    for (const sign of [1, -1] as const) {
      for (const { band, values, adverb } of BANDS) {
        const key = `${axis}${sign > 0 ? "+" : "-"}`;
        it(`words ${key} at ${values.join(", ")} as a ${band} move and reads it back`, () => {
          for (const value of values) {
            const sentence = describeCameraMove(simpleMove(axis, sign * value));
            expect(sentence).toMatch(EXPECTED[key]);
            expect(sentence).toContain(` ${adverb}`);
            expect(bandOf(sign * value)).toBe(band);
            expect(readCameraSentence(`A fox in the snow. ${sentence}`)).toEqual(
              simpleMove(axis, sign * BAND_VALUES[band]),
            );
          }
        });
      }
    }
  }

  for (const preset of PRESET_CAMERA_TYPES) {
    it(`words the ${preset} preset as a compound move and reads it back`, () => {
      const sentence = describeCameraMove({ type: preset });
      expect(sentence).toMatch(/^The camera \w+ .* while /);
      expect(readCameraSentence(`A harbour at dawn. ${sentence}`)).toEqual({ type: preset });
    });
  }

  it("has no sentence for no move, and bands fractions to the nearer band", () => {
    expect(describeCameraMove(undefined)).toBeNull();
    expect(describeCameraMove({ type: "simple", config: {} })).toBeNull();
    expect(bandOf(0.4)).toBe("gentle");
    expect(bandOf(3.4)).toBe("gentle");
    expect(bandOf(-3.5)).toBe("steady");
    expect(bandOf(7.6)).toBe("strong");
  });

  it("reads a creator's own wording, and the last camera sentence wins", () => {
    expect(readCameraSentence("A dog runs. Slow dolly in toward the door.")).toEqual(simpleMove("zoom", -2));
    expect(readCameraSentence("The camera tracks left fast.")).toEqual(simpleMove("horizontal", -9));
    expect(readCameraSentence("The camera cranes up.")).toEqual(simpleMove("vertical", 5.5));
    expect(readCameraSentence("The camera pans left. Then the camera tilts up slowly.")).toEqual(simpleMove("tilt", 2));
    expect(readCameraSentence("A woman turns right at the corner.")).toBeUndefined();
    expect(readCameraSentence("")).toBeUndefined();
  });

  it("joins the prompt and the direction with one sentence mark between them", () => {
    expect(joinPrompt("A fox in the snow", "The camera pans slowly to the right.")).toBe(
      "A fox in the snow. The camera pans slowly to the right.",
    );
    expect(joinPrompt("A fox in the snow!", "The camera tilts up.")).toBe("A fox in the snow! The camera tilts up.");
    expect(joinPrompt("  A fox.  ", null)).toBe("A fox.");
    expect(joinPrompt("A fox", "  ")).toBe("A fox");
  });
});
