import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { GenerationView } from "@/lib/generations/view";
import { TakeCard } from "./take-card";

function take(overrides: Partial<GenerationView>): GenerationView {
  return {
    id: "6f1c1d2e-8a5b-4a43-9a53-0c2f1d9b7e10",
    createdAt: "2026-11-25T10:00:00.000Z",
    updatedAt: "2026-11-25T10:03:00.000Z",
    createdBy: "user-1",
    creatorName: "Rae",
    status: "ready",
    reviewState: "unreviewed",
    params: {
      model_name: "kling-v1",
      prompt: "A koi pond at noon",
      negative_prompt: "",
      cfg_scale: 0.5,
      mode: "std",
      aspect_ratio: "16:9",
      duration: "5",
      camera_control: null,
    },
    upstreamTaskId: "task-1",
    failureCode: null,
    failureMessage: null,
    retryNote: null,
    unitsEstimated: 1,
    unitsCharged: 1,
    submittedAt: "2026-11-25T10:00:01.000Z",
    upstreamFinishedAt: "2026-11-25T10:02:50.000Z",
    finishedAt: "2026-11-25T10:03:00.000Z",
    videoUrl: "/media/videos/6f1c1d2e-8a5b-4a43-9a53-0c2f1d9b7e10.mp4",
    posterUrl: "/media/posters/6f1c1d2e-8a5b-4a43-9a53-0c2f1d9b7e10.jpg",
    videoDurationMs: 5_000,
    ...overrides,
  } as GenerationView;
}

const render = (view: GenerationView) => renderToStaticMarkup(<TakeCard take={view} />);

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
    const html = render(take({ status: "failed", videoUrl: null, posterUrl: null, failureMessage: "Kling refused the prompt." }));
    expect(html).toContain("No video: the take failed");
    expect(html).toContain("Kling refused the prompt.");
  });
});
