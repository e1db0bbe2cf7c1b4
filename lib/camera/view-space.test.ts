import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cameraPoseAt, simpleMove, type Vec3 } from "./pose";
import { makeProjector, NEAR_PLANE } from "./projection";
import { clipPolygonToNear, clipSegmentToNear, makeViewSpace, type ViewPoint } from "./view-space";

describe("makeViewSpace", () => {
  it("projects exactly like makeProjector for points in front of the camera", () => {
    const poses = [
      cameraPoseAt(undefined, 0),
      cameraPoseAt(simpleMove("pan", 7), 0.6),
      cameraPoseAt(simpleMove("roll", -10), 1),
      cameraPoseAt(simpleMove("zoom", 4), 0.8),
      cameraPoseAt({ type: "right_turn_forward" }, 0.7),
    ];
    const point = fc.tuple(
      fc.double({ min: -20, max: 20, noNaN: true }),
      fc.double({ min: 0, max: 8, noNaN: true }),
      fc.double({ min: -40, max: 5, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...poses), fc.constantFrom(16 / 9, 1, 9 / 16), point, (pose, aspect, p) => {
        const expected = makeProjector(pose, aspect)(p);
        const view = makeViewSpace(pose, aspect);
        const v = view.toView(p);
        if (!expected) return v[2] < NEAR_PLANE;
        const screen = view.toScreen(v);
        return (
          Math.abs(screen.x - expected.x) < 1e-9 &&
          Math.abs(screen.y - expected.y) < 1e-9 &&
          Math.abs(v[2] - expected.depth) < 1e-9
        );
      }),
    );
  });
});

describe("clipPolygonToNear", () => {
  it("keeps a polygon wholly in front and drops one wholly behind", () => {
    const front: ViewPoint[] = [
      [0, 0, 1],
      [1, 0, 2],
      [0, 1, 3],
    ];
    expect(clipPolygonToNear(front)).toEqual(front);
    expect(clipPolygonToNear(front.map(([x, y, d]) => [x, y, -d] satisfies ViewPoint))).toEqual([]);
  });

  it("cuts a quad that crosses the near plane at the plane, keeping its shape in front", () => {
    // A ground tile under the camera: two corners behind, two in front.
    const quad: ViewPoint[] = [
      [-1, -1.6, -1],
      [1, -1.6, -1],
      [1, -1.6, 3],
      [-1, -1.6, 3],
    ];
    const clipped = clipPolygonToNear(quad);
    expect(clipped).toHaveLength(4);
    for (const point of clipped) expect(point[2]).toBeGreaterThanOrEqual(NEAR_PLANE - 1e-12);
    const onPlane = clipped.filter((point) => Math.abs(point[2] - NEAR_PLANE) < 1e-12);
    expect(onPlane.map((point) => point[0]).sort()).toEqual([-1, 1]);
  });

  it("turns a triangle with one corner behind into a quad", () => {
    const clipped = clipPolygonToNear([
      [0, 0, -2],
      [1, 0, 2],
      [-1, 0, 2],
    ]);
    expect(clipped).toHaveLength(4);
  });
});

describe("clipSegmentToNear", () => {
  it("shortens a segment that passes beside the camera to the part in front", () => {
    const a: ViewPoint = [2, -1.6, -4];
    const b: ViewPoint = [2, -1.6, 6];
    const clipped = clipSegmentToNear(a, b);
    expect(clipped?.[0][2]).toBeCloseTo(NEAR_PLANE, 12);
    expect(clipped?.[1]).toEqual(b);
    expect(clipSegmentToNear(b, a)?.[1][2]).toBeCloseTo(NEAR_PLANE, 12);
    expect(clipSegmentToNear([0, 0, -1], [0, 0, -3])).toBeNull();
  });

  it("puts the cut point on the original line", () => {
    const pose = cameraPoseAt(simpleMove("pan", 10), 1);
    const view = makeViewSpace(pose, 16 / 9);
    const a: Vec3 = [-10, 0, 4];
    const b: Vec3 = [10, 0, -10];
    const clipped = clipSegmentToNear(view.toView(a), view.toView(b));
    if (!clipped) throw new Error("the segment crosses in front of the camera");
    const [cut] = clipped;
    // The cut lies between a and b: collinear in view space.
    const va = view.toView(a);
    const vb = view.toView(b);
    const k = (cut[2] - va[2]) / (vb[2] - va[2]);
    expect(cut[0]).toBeCloseTo(va[0] + (vb[0] - va[0]) * k, 9);
    expect(cut[1]).toBeCloseTo(va[1] + (vb[1] - va[1]) * k, 9);
  });
});
