import { describe, expect, test } from "vitest";
import { CAMERA_AXES, type CameraAxis } from "@/lib/kling/fields";
import { type CameraPose, cameraPoseAt, EYE_HEIGHT, restPose, simpleMove, type Vec3 } from "./pose";
import { cameraBasis, makeProjector, projectPoint, type ScreenPoint, screenRay } from "./projection";

const ASPECT = 16 / 9;
const AHEAD: Vec3 = [0, EYE_HEIGHT, -10];
const ABOVE_CENTRE: Vec3 = [0, EYE_HEIGHT + 3, -10];
const FAR_HORIZON: Vec3 = [0, EYE_HEIGHT, -1e5];
const PAIR: [Vec3, Vec3] = [
  [-1, EYE_HEIGHT, -10],
  [1, EYE_HEIGHT, -10],
];

/**
 * For each axis: a screen measure of the rest → end change, and the sign it must have for a positive
 * value (a negative value must flip it). Screen y grows downward.
 */
type ScreenMeasure = { sees: [string, string]; plusSign: 1 | -1; measure: (pose: CameraPose) => number };
const DRIFTS_X: [string, string] = ["a point ahead drifts left", "a point ahead drifts right"];

const SCREEN_MEASURE: Record<CameraAxis, ScreenMeasure> = {
  horizontal: { sees: DRIFTS_X, plusSign: -1, measure: (p) => screen(p, AHEAD).x },
  vertical: {
    sees: ["a point ahead drifts down", "a point ahead drifts up"],
    plusSign: 1,
    measure: (p) => screen(p, AHEAD).y,
  },
  pan: { sees: DRIFTS_X, plusSign: -1, measure: (p) => screen(p, AHEAD).x },
  tilt: {
    sees: ["the horizon goes down", "the horizon goes up"],
    plusSign: 1,
    measure: (p) => screen(p, FAR_HORIZON).y,
  },
  roll: {
    sees: [
      "a point above centre swings left (content turns counter-clockwise)",
      "a point above centre swings right (content turns clockwise)",
    ],
    plusSign: -1,
    measure: (p) => screen(p, ABOVE_CENTRE).x,
  },
  zoom: {
    sees: ["two points look closer together (wider)", "two points look farther apart (tighter)"],
    plusSign: -1,
    measure: (p) =>
      Math.hypot(screen(p, PAIR[0]).x - screen(p, PAIR[1]).x, screen(p, PAIR[0]).y - screen(p, PAIR[1]).y),
  },
};

const CASES = CAMERA_AXES.flatMap((axis) => [
  { axis, value: 5, sees: SCREEN_MEASURE[axis].sees[0] },
  { axis, value: -5, sees: SCREEN_MEASURE[axis].sees[1] },
]);

describe("projection of camera moves", () => {
  for (const { axis, value, sees } of CASES) {
    test(`${axis} ${value > 0 ? "+" : ""}${value}: ${sees}`, () => {
      const { measure, plusSign } = SCREEN_MEASURE[axis];
      const change = measure(cameraPoseAt(simpleMove(axis, value), 1)) - measure(restPose());
      expect(Math.abs(change)).toBeGreaterThan(0.05);
      expect(Math.sign(change)).toBe(plusSign * Math.sign(value));
    });
  }

  test.each(CAMERA_AXES)("%s: the on-screen change grows strictly with the value (1, 3, 5, 10)", (axis) => {
    const { measure } = SCREEN_MEASURE[axis];
    const rest = measure(restPose());
    const changes = [1, 3, 5, 10].map((v) => Math.abs(measure(cameraPoseAt(simpleMove(axis, v), 1)) - rest));
    for (let i = 1; i < changes.length; i++) expect(changes[i]).toBeGreaterThan(changes[i - 1]);
  });

  test("roll +: the horizon line tilts counter-clockwise on screen (its right end rises)", () => {
    const pose = cameraPoseAt(simpleMove("roll", 5), 1);
    const left = screen(pose, [-3, EYE_HEIGHT, -1e4]);
    const right = screen(pose, [3, EYE_HEIGHT, -1e4]);
    expect(right.y).toBeLessThan(left.y);
  });

  test("at rest a point straight ahead is at the centre and the horizon crosses the middle", () => {
    const centre = screen(restPose(), AHEAD);
    expect(centre.x).toBeCloseTo(0, 12);
    expect(centre.y).toBeCloseTo(0, 12);
    expect(centre.depth).toBeCloseTo(10, 12);
    expect(screen(restPose(), [50, EYE_HEIGHT, -1e5]).y).toBeCloseTo(0, 6);
    expect(screen(restPose(), [0, 0, -10]).y).toBeGreaterThan(0);
  });

  test("a point at half the vertical field of view lands on the top edge; x is scaled by the aspect", () => {
    const pose = restPose();
    const half = pose.fovY / 2;
    expect(screen(pose, [0, EYE_HEIGHT + Math.tan(half) * 10, -10]).y).toBeCloseTo(-1, 12);
    expect(screen(pose, [Math.tan(half) * ASPECT * 10, EYE_HEIGHT, -10]).x).toBeCloseTo(1, 12);
  });

  test("points behind or beside the camera do not project", () => {
    expect(projectPoint(restPose(), [0, EYE_HEIGHT, 5], ASPECT)).toBeNull();
    expect(projectPoint(restPose(), [3, EYE_HEIGHT, 0], ASPECT)).toBeNull();
  });

  test("the basis stays orthonormal and right × up = −forward for a combined pose", () => {
    const pose: CameraPose = { position: [1, 2, 3], yaw: 0.7, pitch: -0.3, roll: 0.9, fovY: 1 };
    const { right, up, forward } = cameraBasis(pose);
    for (const v of [right, up, forward]) expect(dot(v, v)).toBeCloseTo(1, 12);
    expect(dot(right, up)).toBeCloseTo(0, 12);
    expect(dot(right, forward)).toBeCloseTo(0, 12);
    expect(dot(up, forward)).toBeCloseTo(0, 12);
    const cross: Vec3 = [
      right[1] * up[2] - right[2] * up[1],
      right[2] * up[0] - right[0] * up[2],
      right[0] * up[1] - right[1] * up[0],
    ];
    for (let i = 0; i < 3; i++) expect(cross[i]).toBeCloseTo(-forward[i], 12);
  });

  test("screenRay inverts the projection: a point along the ray projects back to the same spot", () => {
    const pose: CameraPose = { position: [0.5, 1.2, -1], yaw: -0.4, pitch: 0.2, roll: -0.6, fovY: 0.9 };
    const project = makeProjector(pose, ASPECT);
    for (const spot of [
      { x: 0.3, y: -0.7 },
      { x: -0.9, y: 0.4 },
      { x: 0, y: 0 },
    ]) {
      const ray = screenRay(pose, spot, ASPECT);
      const point: Vec3 = [pose.position[0] + 7 * ray[0], pose.position[1] + 7 * ray[1], pose.position[2] + 7 * ray[2]];
      const back = project(point);
      expect(back?.x).toBeCloseTo(spot.x, 10);
      expect(back?.y).toBeCloseTo(spot.y, 10);
      expect(back?.depth).toBeCloseTo(7, 10);
    }
  });
});

function screen(pose: CameraPose, point: Vec3): ScreenPoint {
  const projected = projectPoint(pose, point, ASPECT);
  if (!projected) throw new Error(`point ${point.join(", ")} is behind the camera`);
  return projected;
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
