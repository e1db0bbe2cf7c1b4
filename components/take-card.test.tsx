import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TakeView } from "@/lib/takes/view";
import { takeView } from "@/test/support/take-view";
import { TakeCard } from "./take-card";

const take = takeView;

const render = (view: TakeView) => renderToStaticMarkup(<TakeCard take={view} />);

describe("a take card's media area", () => {
  it("shows a finished take's lazy, sized poster over its muted preview", () => {
    const html = render(take({}));
    expect(html).toContain('<video src="/media/videos/');
    expect(html).toMatch(/<img src="\/media\/posters\/[^"]+" alt="" width="640" height="360" loading="lazy"/);
    expect(html).not.toContain("animate-spin");
  });

  it("shows a running take as busy, with its status", () => {
    const html = render(take({ status: "processing", videoUrl: null, posterUrl: null, finishedAt: null }));
    expect(html).toContain("animate-spin");
    expect(html).toContain("Generating");
  });

  it("says a finished take's video is unavailable when it has none, instead of looking busy", () => {
    const html = render(take({ videoUrl: null, posterUrl: null }));
    expect(html).toContain("Video unavailable");
    expect(html).not.toContain("animate-spin");
    expect(html).not.toContain("<video");
  });

  it("says a failed take has no video and why it failed", () => {
    const html = render(
      take({ status: "failed", videoUrl: null, posterUrl: null, failureMessage: "Kling refused the prompt." }),
    );
    expect(html).toContain("No video: the take failed");
    expect(html).toContain("Kling refused the prompt.");
  });
});

describe("a take card's measured camera move", () => {
  it("shows the measured move and its verdict on a badge coloured by the verdict", () => {
    const html = render(take({ cameraCheck: { verdict: "followed", move: "pan+", confidence: 0.93 } }));
    expect(html).toContain("Camera: pan right · Followed");
    expect(html).toMatch(/data-verdict="followed" class="[^"]*bg-emerald-900/);
  });

  it("colours a move that was not followed red", () => {
    const html = render(take({ cameraCheck: { verdict: "not_followed", move: "static", confidence: 0.8 } }));
    expect(html).toContain("Camera: static · Not followed");
    expect(html).toMatch(/data-verdict="not_followed" class="[^"]*bg-red-900/);
  });

  it("notes quietly that the camera is being measured while the measurement is on its way", () => {
    const html = render(take({ cameraCheckPending: true }));
    expect(html).toContain("Measuring camera…");
    expect(html).not.toContain("data-verdict");
  });

  it("says nothing of the camera when there is no measurement to come", () => {
    const html = render(take({}));
    expect(html).not.toContain("Measuring camera");
    expect(html).not.toContain("data-verdict");
  });
});
