/**
 * The scene's boxes and title board, drawn as flat-shaded faces in painter's order (farthest first).
 * Only the faces turned toward the camera are drawn; a box's visible faces never overlap each other, so
 * sorting whole objects by distance is enough in this scene, where objects stand apart. Faces are clipped
 * at the near plane before projecting, so an object the camera passes by stays correct.
 */
import type { CameraPose, Vec3 } from "@/lib/camera/pose";
import { boxBounds, SCENE, type Rgb } from "@/lib/camera/scene";
import { clipPolygonToNear, type ViewSpace } from "@/lib/camera/view-space";
import { addPolygon, css, mix, type FrameTarget } from "./canvas-paths";

/** The sandbox's lighting (from above, front and right), so faces read the same in the preview and video. */
const FACE_SHADE = { top: 1.04, bottom: 0.45, east: 0.86, west: 0.66, south: 0.94, north: 0.6 };
const EDGE_SHADE = 0.55;

type Face = { corners: Vec3[]; color: Rgb };
type Solid = { centre: Vec3; faces: (pose: CameraPose) => Face[] };

/** Built once: the scene does not change. */
const SOLIDS: Solid[] = [
  ...SCENE.boxes.map((box) => boxSolid(boxBounds(box), box.color)),
  ...boardSolids(),
];

export function drawSolids(target: FrameTarget, pose: CameraPose, view: ViewSpace) {
  const [px, py, pz] = pose.position;
  const order = SOLIDS.map((solid) => ({
    solid,
    distance: (solid.centre[0] - px) ** 2 + (solid.centre[1] - py) ** 2 + (solid.centre[2] - pz) ** 2,
  })).sort((a, b) => b.distance - a.distance);
  const { ctx } = target;
  ctx.lineWidth = 1;
  ctx.lineJoin = "round";
  for (const { solid } of order) {
    const depth = view.toView(solid.centre)[2];
    if (depth < -20) continue;
    const fog = depth > 0 ? depth / (depth + SCENE.fogHalfDistance) : 0;
    for (const face of solid.faces(pose)) {
      const polygon = clipPolygonToNear(face.corners.map((corner) => view.toView(corner)));
      if (polygon.length < 3) continue;
      ctx.beginPath();
      addPolygon(target, view, polygon);
      ctx.fillStyle = css(mix(face.color, SCENE.haze, fog));
      ctx.fill();
      ctx.strokeStyle = css(mix(scale(face.color, EDGE_SHADE), SCENE.haze, fog));
      ctx.stroke();
    }
  }
}

/** An axis-aligned box: the (at most three) faces whose outside the camera is on. */
function boxSolid(bounds: { min: Vec3; max: Vec3 }, color: Rgb): Solid {
  const { min, max } = bounds;
  const corner = (x: number, y: number, z: number): Vec3 => [x ? max[0] : min[0], y ? max[1] : min[1], z ? max[2] : min[2]];
  const faces = {
    west: { corners: [corner(0, 0, 0), corner(0, 0, 1), corner(0, 1, 1), corner(0, 1, 0)], color: scale(color, FACE_SHADE.west) },
    east: { corners: [corner(1, 0, 0), corner(1, 1, 0), corner(1, 1, 1), corner(1, 0, 1)], color: scale(color, FACE_SHADE.east) },
    bottom: { corners: [corner(0, 0, 0), corner(1, 0, 0), corner(1, 0, 1), corner(0, 0, 1)], color: scale(color, FACE_SHADE.bottom) },
    top: { corners: [corner(0, 1, 0), corner(0, 1, 1), corner(1, 1, 1), corner(1, 1, 0)], color: scale(color, FACE_SHADE.top) },
    north: { corners: [corner(0, 0, 0), corner(0, 1, 0), corner(1, 1, 0), corner(1, 0, 0)], color: scale(color, FACE_SHADE.north) },
    south: { corners: [corner(0, 0, 1), corner(1, 0, 1), corner(1, 1, 1), corner(0, 1, 1)], color: scale(color, FACE_SHADE.south) },
  };
  return {
    centre: [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2],
    faces(pose) {
      const [x, y, z] = pose.position;
      const visible: Face[] = [];
      if (x < min[0]) visible.push(faces.west);
      if (x > max[0]) visible.push(faces.east);
      if (y < min[1]) visible.push(faces.bottom);
      if (y > max[1]) visible.push(faces.top);
      if (z < min[2]) visible.push(faces.north);
      if (z > max[2]) visible.push(faces.south);
      return visible;
    },
  };
}

/**
 * The title board: a framed sheet of paper facing +z, with a few dark bars where the video letters the
 * prompt, on two posts (as in the sandbox's geometry).
 */
function boardSolids(): Solid[] {
  const board = SCENE.titleBoard;
  const [cx, cy, cz] = board.center;
  const left = cx - board.width / 2;
  const right = cx + board.width / 2;
  const top = cy + board.height / 2;
  const bottom = cy - board.height / 2;
  const quad = (x0: number, y0: number, x1: number, y1: number): Vec3[] => [
    [x0, y0, cz],
    [x1, y0, cz],
    [x1, y1, cz],
    [x0, y1, cz],
  ];
  const inset = board.frameWidth;
  const paper = quad(left + inset, bottom + inset, right - inset, top - inset);
  const lineHeight = (board.height - 2 * inset) / 5;
  const ink: Face[] = [0, 1, 2].map((row) => {
    const y1 = top - inset - lineHeight * (0.8 + row * 1.3);
    const width = (board.width - 2 * inset) * (row === 2 ? 0.5 : 0.82);
    // Thin and a little washed out: letters cover only part of their line.
    const color = scale(mix(board.ink, board.paper, 0.3), FACE_SHADE.south);
    return { corners: quad(cx - width / 2, y1 - lineHeight * 0.45, cx + width / 2, y1), color };
  });
  const face: Solid = {
    centre: [cx, cy, cz],
    faces(pose) {
      const front = pose.position[2] > cz;
      if (!front) return [{ corners: quad(left, bottom, right, top), color: scale(board.frame, FACE_SHADE.north) }];
      return [
        { corners: quad(left, bottom, right, top), color: scale(board.frame, FACE_SHADE.south) },
        { corners: paper, color: scale(board.paper, FACE_SHADE.south) },
        ...ink,
      ];
    },
  };
  const half = board.postWidth / 2;
  const post = (x: number) =>
    boxSolid({ min: [x - half, 0, cz - 2 * half - 0.002], max: [x + half, bottom + half, cz - 0.002] }, board.frame);
  return [face, post(cx - board.width * 0.35), post(cx + board.width * 0.35)];
}

function scale(color: Rgb, k: number): Rgb {
  return [color[0] * k, color[1] * k, color[2] * k];
}
