import { describe, expect, it } from "vitest";
import { parseGalleryFilters } from "@/lib/takes/filters";
import { gallerySearch, parseGalleryView, shotsCursorOf } from "./gallery-view";

describe("the gallery's view in its URL", () => {
  it("reads view=shots, and anything else as the takes view", () => {
    expect(parseGalleryView(new URLSearchParams("view=shots&q=fox"))).toBe("shots");
    expect(parseGalleryView({ view: ["shots", "takes"] })).toBe("shots");
    for (const search of ["", "view=takes", "view=SHOTS", "view="]) {
      expect(parseGalleryView(new URLSearchParams(search)), search).toBe("takes");
    }
  });

  it("keeps the filters beside the view, and a cursor only in the shots view", () => {
    const filters = parseGalleryFilters(new URLSearchParams("q=fox&status=ready"));
    expect(gallerySearch(filters, "shots")).toBe("q=fox&status=ready&view=shots");
    expect(gallerySearch(filters, "takes")).toBe("q=fox&status=ready");
    expect(gallerySearch(filters, "shots", "123_abc")).toBe("q=fox&status=ready&view=shots&after=123_abc");
    expect(gallerySearch(filters, "takes", "123_abc")).toBe("q=fox&status=ready");
    expect(shotsCursorOf({ after: "123_abc" })).toBe("123_abc");
  });
});
