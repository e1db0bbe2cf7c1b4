import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { TakeView } from "@/lib/takes/view";
import { takeView } from "@/test/support/take-view";
import { MeasuredMove } from "./measured-move";
import type { StoredMeasurement } from "./take-record";

const PAN: CameraControl = { type: "simple", config: { pan: 5 } };

const measurement = (patch: Partial<StoredMeasurement> = {}): StoredMeasurement => ({
  move: "pan+",
  confidence: 0.93,
  verdict: "followed",
  figures: {
    figures: { yawDeg: 18.2 },
    path: [
      { t: 0, yaw: 0, pitch: 0, roll: 0, zoom: 0, x: 0, y: 0, z: 0 },
      { t: 1, yaw: (18.2 * Math.PI) / 180, pitch: 0, roll: 0, zoom: 0, x: 0, y: 0, z: 0 },
    ],
    frames: 120,
    fps: 24,
    width: 1280,
    height: 720,
    elapsedMs: 900,
  },
  ...patch,
});

function render(take: TakeView, stored: StoredMeasurement | null = null, gaveUp = false) {
  const html = renderToStaticMarkup(<MeasuredMove take={take} measurement={stored} gaveUp={gaveUp} />);
  return html.replace(/<[^>]+>/g, "");
}

describe("the measured move on a take's page", () => {
  it("reads the move and the verdict, how sure it is and what it measured", () => {
    const take = takeView(
      { cameraCheck: { move: "pan+", verdict: "followed", confidence: 0.93 } },
      { camera_intent: PAN },
    );
    const text = render(take, measurement());
    expect(text).toContain("Measured move: pan right · Followed");
    expect(text).toContain("93 % confident");
    expect(text).toContain("Measured in the video (120 frames at 24 fps, 1280×720): pan right 18° by the end.");
  });

  it("shows a verdict the poll brought before the page has its figures", () => {
    const take = takeView(
      { cameraCheck: { move: "zoom-", verdict: "partly", confidence: 0.61 } },
      { camera_intent: PAN },
    );
    const text = render(take);
    expect(text).toContain("Measured move: zoom in · Partly followed");
    expect(text).not.toContain("Measured in the video");
  });

  it("names the move without a verdict when nothing was asked of the camera", () => {
    const text = render(takeView({}), measurement({ move: "static", verdict: null, confidence: 0.88 }));
    expect(text).toContain("Measured move: static");
    expect(text).not.toContain("·");
    expect(text).toContain("Nothing was asked of the camera, so there is no verdict.");
  });

  it("says the move is being measured while the measurement is on its way", () => {
    expect(render(takeView({ cameraCheckPending: true }))).toBe("Measuring the camera move…");
  });

  it("says whether a move is still to be measured or could not be measured", () => {
    expect(render(takeView({}))).toBe("Measured move: not measured yet.");
    expect(render(takeView({}), null, true)).toBe("Measured move: could not be measured.");
  });
});
