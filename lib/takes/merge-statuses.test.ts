import { describe, expect, it } from "vitest";
import { takeView } from "@/test/support/take-view";
import type { GalleryPage } from "./api-schema";
import { finishedTakes, mergeStatuses, takesOf } from "./merge-statuses";
import type { TakeStatusBody, TakeView } from "./view";

const running = (id: string, patch: Partial<TakeView> = {}) =>
  takeView({
    id,
    status: "processing",
    updatedAt: "2026-11-25T10:01:00.000Z",
    finishedAt: null,
    videoUrl: null,
    posterUrl: null,
    ...patch,
  });
const ready = (id: string, patch: Partial<TakeView> = {}) =>
  takeView({ id, status: "ready", updatedAt: "2026-11-25T10:03:00.000Z", ...patch });
const answer = (patch: Partial<TakeStatusBody>): TakeStatusBody => ({ items: [], created: [], removed: [], ...patch });

function twoPages(): GalleryPage[] {
  return [
    { items: [running("a"), ready("b")], nextCursor: "cursor-1" },
    { items: [running("c"), ready("d")], nextCursor: null },
  ];
}

const ids = (pages: GalleryPage[]) => pages.map((page) => page.items.map((take) => take.id));

describe("mergeStatuses", () => {
  it("updates a take in a later page and keeps every other page and take by reference", () => {
    const pages = twoPages();
    const done = ready("c");
    const merged = mergeStatuses(pages, answer({ items: [done] }));
    expect(merged[0]).toBe(pages[0]);
    expect(merged[1].items[0]).toBe(done);
    expect(merged[1].items[1]).toBe(pages[1].items[1]);
    expect(merged[1].nextCursor).toBeNull();
    expect(ids(merged)).toEqual(ids(pages));
  });

  it("returns the same pages when the answer changes nothing", () => {
    const pages = twoPages();
    const same: TakeView = { ...structuredClone(pages[0].items[0]), expectedRenderMs: undefined };
    expect(mergeStatuses(pages, answer({}))).toBe(pages);
    expect(mergeStatuses(pages, answer({ items: [same] }))).toBe(pages);
  });

  it("ignores ids it does not show", () => {
    const pages = twoPages();
    expect(mergeStatuses(pages, answer({ items: [ready("zzz")] }))).toBe(pages);
  });

  it("never replaces a newer state with an older answer", () => {
    const pages = [{ items: [ready("a", { updatedAt: "2026-11-25T10:05:00.000Z" })], nextCursor: null }];
    const late = running("a", { updatedAt: "2026-11-25T10:01:00.000Z" });
    expect(mergeStatuses(pages, answer({ items: [late] }))).toBe(pages);
  });

  it("drops a take that was deleted, wherever it is, and keeps the order of the rest", () => {
    const pages = twoPages();
    const merged = mergeStatuses(pages, answer({ removed: ["c", "unknown"] }));
    expect(ids(merged)).toEqual([["a", "b"], ["d"]]);
    expect(merged[0]).toBe(pages[0]);
    expect(merged[1].items[0]).toBe(pages[1].items[1]);
  });

  it("puts takes created elsewhere on top of the first page, newest first, once", () => {
    const pages = twoPages();
    const older = running("new-1", { createdAt: "2026-11-26T10:00:00.000Z" });
    const newer = running("new-2", { createdAt: "2026-11-26T11:00:00.000Z" });
    const merged = mergeStatuses(pages, answer({ created: [older, newer, older] }));
    expect(ids(merged)).toEqual([
      ["new-2", "new-1", "a", "b"],
      ["c", "d"],
    ]);
    expect(merged[0].nextCursor).toBe("cursor-1");
    expect(merged[1]).toBe(pages[1]);
    expect(ids(mergeStatuses(merged, answer({ created: [older, newer] })))).toEqual(ids(merged));
  });

  it("does not bring back a created take that the same answer reports deleted", () => {
    const pages = twoPages();
    expect(mergeStatuses(pages, answer({ created: [running("gone")], removed: ["gone"] }))).toBe(pages);
  });

  it("takes the watched state over the created one when an answer carries both", () => {
    const pages = [{ items: [running("a")], nextCursor: null }];
    const watched = ready("a");
    const merged = mergeStatuses(pages, answer({ items: [watched], created: [running("a")] }));
    expect(merged[0].items).toEqual([watched]);
  });

  it("starts a page for new takes when there is none", () => {
    expect(mergeStatuses([], answer({ created: [running("a")] }))).toEqual([
      { items: [running("a")], nextCursor: null },
    ]);
  });
});

describe("finishedTakes", () => {
  it("names the shown takes that were running and are now ready or failed", () => {
    const pages = twoPages();
    const finished = [ready("a"), running("c", { status: "failed" })];
    expect(finishedTakes(pages, [...finished, ready("b"), ready("unknown")])).toEqual(finished);
  });
});

describe("takesOf", () => {
  it("lists the takes of all pages in order, each once", () => {
    const [first, second] = twoPages();
    const again = { ...second, items: [...second.items, first.items[0]] };
    expect(takesOf([first, again]).map((take) => take.id)).toEqual(["a", "b", "c", "d"]);
  });
});
