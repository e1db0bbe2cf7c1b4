import { describe, expect, test } from "vitest";
import { boxBounds, boxCorners, SCENE, type SceneBox, type SceneSubject, sceneBoxesAt, subjectAt } from "./scene";

const SUBJECT: SceneSubject = {
  name: "test subject",
  size: [2, 1, 1],
  color: [0, 0, 0],
  from: [-4, -10],
  to: [4, -6],
  yaw: 0.2,
  turn: 1,
};

/** Every moment of a 2 s clip at 24 fps. */
const MOMENTS = Array.from({ length: 48 }, (_, frame) => frame / 47);

describe("subjectAt", () => {
  test("starts at `from`, ends at `to`, and covers equal distances in equal times", () => {
    expect(subjectAt(SUBJECT, 0).at).toEqual([-4, -10]);
    expect(subjectAt(SUBJECT, 1).at).toEqual([4, -6]);
    const quarter = subjectAt(SUBJECT, 0.25).at;
    expect(quarter[0]).toBeCloseTo(-2, 12);
    expect(quarter[1]).toBeCloseTo(-9, 12);
  });

  test("turns from its yaw by `turn` over the clip, at a steady rate", () => {
    expect(subjectAt(SUBJECT, 0).yaw).toBeCloseTo(0.2, 12);
    expect(subjectAt(SUBJECT, 0.5).yaw).toBeCloseTo(0.7, 12);
    expect(subjectAt(SUBJECT, 1).yaw).toBeCloseTo(1.2, 12);
  });

  test("stays at its ends outside [0, 1]", () => {
    expect(subjectAt(SUBJECT, -0.5)).toEqual(subjectAt(SUBJECT, 0));
    expect(subjectAt(SUBJECT, 1.5)).toEqual(subjectAt(SUBJECT, 1));
  });
});

describe("sceneBoxesAt", () => {
  test("keeps the still boxes as they are and puts every subject where it is at that moment", () => {
    for (const t of [0, 0.4, 1]) {
      const boxes = sceneBoxesAt(t);
      expect(boxes.slice(0, SCENE.boxes.length)).toEqual(SCENE.boxes);
      expect(boxes.slice(SCENE.boxes.length)).toEqual(SCENE.subjects.map((subject) => subjectAt(subject, t)));
    }
  });

  test("every subject moves or turns during the clip", () => {
    for (const subject of SCENE.subjects) {
      const [start, end] = [subjectAt(subject, 0), subjectAt(subject, 1)];
      const moved = Math.hypot(end.at[0] - start.at[0], end.at[1] - start.at[1]);
      const turned = Math.abs((end.yaw ?? 0) - (start.yaw ?? 0));
      expect(moved > 2 || turned > 1, subject.name).toBe(true);
    }
  });

  test("no two boxes come within 10 cm of each other or of the title board, at any moment of the clip", () => {
    const board = SCENE.titleBoard;
    // The board's footprint, posts included (they stand just behind its face).
    const boardBox: SceneBox = {
      name: "title board",
      at: [board.center[0], board.center[2] - board.postWidth / 2],
      size: [board.width, board.center[1] + board.height / 2, board.postWidth + 0.01],
      color: board.frame,
    };
    for (const t of MOMENTS) {
      const boxes = [...sceneBoxesAt(t), boardBox];
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const apart = footprintsApart(grown(boxes[a], 0.1), boxes[b]);
          expect(apart, `${boxes[a].name} and ${boxes[b].name} at t = ${t.toFixed(3)}`).toBe(true);
        }
      }
    }
  });
});

describe("boxCorners", () => {
  test("without a yaw, the corners are the box's bounds", () => {
    const box = SCENE.boxes[0];
    const { min, max } = boxBounds(box);
    const corners = boxCorners(box);
    expect(corners[0]).toEqual(min);
    expect(corners[7]).toEqual(max);
  });

  test("a positive yaw turns the face that looked toward −z toward +x (clockwise from above)", () => {
    const box: SceneBox = { name: "turned", at: [0, -10], size: [1, 1, 3], color: [0, 0, 0], yaw: Math.PI / 2 };
    // Corner 0 is the box's own −x, −z corner: its −z face now looks toward +x, its −x face toward −z.
    const [x, , z] = boxCorners(box)[0];
    expect(x).toBeCloseTo(1.5, 12);
    expect(z).toBeCloseTo(-10.5, 12);
  });
});

function grown(box: SceneBox, margin: number): SceneBox {
  return { ...box, size: [box.size[0] + 2 * margin, box.size[1], box.size[2] + 2 * margin] };
}

/** Whether two boxes' (turned) footprints are disjoint: some edge direction of either separates them. */
function footprintsApart(a: SceneBox, b: SceneBox): boolean {
  const pa = footprint(a);
  const pb = footprint(b);
  for (const polygon of [pa, pb]) {
    for (let i = 0; i < polygon.length; i++) {
      const [x0, z0] = polygon[i];
      const [x1, z1] = polygon[(i + 1) % polygon.length];
      const axis: [number, number] = [z0 - z1, x1 - x0];
      const span = (points: [number, number][]) => points.map(([x, z]) => x * axis[0] + z * axis[1]);
      const [sa, sb] = [span(pa), span(pb)];
      if (Math.max(...sa) < Math.min(...sb) || Math.max(...sb) < Math.min(...sa)) return true;
    }
  }
  return false;
}

/** The four ground corners of a box, in order around it. */
function footprint(box: SceneBox): [number, number][] {
  const corners = boxCorners(box);
  return [corners[0], corners[1], corners[5], corners[4]].map(([x, , z]) => [x, z]);
}
