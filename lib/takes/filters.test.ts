import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, filtersToSearch, hasFilters, parseGalleryFilters, statusesOf } from "./filters";

describe("gallery filters in the URL", () => {
  it("reads every filter from the query string and writes them back in a stable order", () => {
    const filters = parseGalleryFilters(
      new URLSearchParams("by=ana&aspect=9%3A16&camera=down_back&model=kling-v1&status=ready&q=fox"),
    );
    expect(filters).toEqual({
      q: "fox",
      status: "ready",
      model: "kling-v1",
      camera: "down_back",
      aspect: "9:16",
      by: "ana",
    });
    expect(filtersToSearch(filters)).toBe("q=fox&status=ready&model=kling-v1&camera=down_back&aspect=9%3A16&by=ana");
    expect(parseGalleryFilters(new URLSearchParams(filtersToSearch(filters)))).toEqual(filters);
  });

  it("ignores unknown values instead of refusing a shared link", () => {
    const filters = parseGalleryFilters({
      status: "sideways",
      model: "kling-v9",
      camera: "orbit",
      aspect: "4:3",
      q: "  ",
      by: ["ben", "eli"],
    });
    expect(filters).toEqual({ by: "ben" });
    expect(hasFilters(parseGalleryFilters({}))).toBe(false);
  });

  it("maps the running filter to every unfinished status", () => {
    expect(statusesOf("running")).toEqual(["queued", "submitting", "submitted", "processing", "downloading"]);
    expect(statusesOf("failed")).toEqual(["failed"]);
    expect(statusesOf(undefined)).toBeUndefined();
  });
});

describe("list cursors", () => {
  it("round-trips a position and rejects anything else", () => {
    const cursor = { createdAt: new Date("2026-03-01T10:00:00.123Z"), id: "2b1f4a8e-6a43-4c52-9d55-1f0e2a3b4c5d" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ createdAt: cursor.createdAt.toISOString(), id: "" }))).toEqual({
      createdAt: cursor.createdAt,
      id: "",
    });
    expect(decodeCursor("yesterday")).toBeUndefined();
    expect(decodeCursor("1_'; drop table takes")).toBeUndefined();
    expect(decodeCursor(null)).toBeUndefined();
  });
});
