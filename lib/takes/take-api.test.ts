import { describe, expect, it } from "vitest";
import { galleryPageSchema } from "./api-schema";
import { readAnswer, statusUrl, TakeApiError } from "./take-api";

describe("readAnswer", () => {
  it("turns an error page that is not the studio's JSON into a TakeApiError naming the HTTP status", async () => {
    const response = new Response("<html>Bad gateway</html>", { status: 502 });
    const error = await readAnswer(response, galleryPageSchema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TakeApiError);
    expect(error).toMatchObject({ status: 502, code: "internal:http", message: "HTTP 502" });
  });

  it("refuses a successful answer of the wrong shape rather than passing it on", async () => {
    const response = Response.json({ items: [{ id: 1 }], nextCursor: null });
    await expect(readAnswer(response, galleryPageSchema)).rejects.toMatchObject({
      code: "internal:unexpected_answer",
    });
  });
});

describe("statusUrl", () => {
  it("carries the watched ids, the newest take, the filters and the wait", () => {
    expect(statusUrl({ ids: ["a", "b"], after: "c/d=", filters: { status: "ready" }, waitMs: 1500 })).toBe(
      "/api/generations/status?ids=a,b&after=c%2Fd%3D&wait=1500&status=ready",
    );
  });

  it("asks for no wait when it watches no take (it only looks for new ones)", () => {
    expect(statusUrl({ ids: [], after: "c", waitMs: 1500 })).toBe("/api/generations/status?ids=&after=c");
  });
});
