/**
 * The scene's boxes and title board, drawn as flat-shaded faces in painter's order (farthest first).
 * Only the faces turned toward the camera are drawn; a box's visible faces never overlap each other, so
 * sorting whole objects by distance is enough in this scene, where objects stand apart (the moving
 * subjects' paths keep clear of everything else). Faces are clipped at the near plane before projecting,
 * so an object the camera passes by stays correct.
 */

import { EDGE_SHADE, FACE_SHADE, sideShade } from "@/lib/camera/lighting";
import type { CameraPose, Vec3 } from "@/lib/camera/pose";
import { boxBounds, boxCorners, type Rgb, SCENE, type SceneBox, sceneBoxesAt, turnAboutY } from "@/lib/camera/scene";
import { clipPolygonToNear, type ViewSpace } from "@/lib/camera/view-space";
import { addPolygon, css, type FrameTarget, mix, type PreviewMoment } from "./canvas-paths";

type Face = { corners: Vec3[]; color: Rgb };
type Solid = { centre: Vec3; faces: (pose: CameraPose) => Face[] };

/** Built once: the board does not move. */
const BOARD_SOLIDS: Solid[] = boardSolids();
/** The still boxes' solids, built on first use: sceneBoxesAt hands back the same objects every frame. */
const STILL_SOLIDS = new WeakMap<SceneBox, Solid>();

/** Draws the boxes where they stand at the clip's progress (the subjects move), and the board. */
export function drawSolids(target: FrameTarget, moment: PreviewMoment, view: ViewSpace) {
  const { pose } = moment;
  const [px, py, pz] = pose.position;
  const solids = [...sceneBoxesAt(moment.progress).map(solidOf), ...BOARD_SOLIDS];
  const order = solids
    .map((solid) => ({
      solid,
      distance: (solid.centre[0] - px) ** 2 + (solid.centre[1] - py) ** 2 + (solid.centre[2] - pz) ** 2,
    }))
    .sort((a, b) => b.distance - a.distance);
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
      // A face off the canvas costs nothing to skip, and a fill and a stroke of an empty path to draw.
      if (!addPolygon(target, view, polygon)) continue;
      ctx.fillStyle = css(mix(face.color, SCENE.haze, fog));
      ctx.fill();
      ctx.strokeStyle = css(mix(scale(face.color, EDGE_SHADE), SCENE.haze, fog));
      ctx.stroke();
    }
  }
}

/** A box's solid: a still box's is kept, a moving subject's is new every frame. */
function solidOf(box: SceneBox): Solid {
  const kept = STILL_SOLIDS.get(box);
  if (kept) return kept;
  const solid = sceneBoxSolid(box);
  if (SCENE.boxes.includes(box)) STILL_SOLIDS.set(box, solid);
  return solid;
}

/** A box, turned by its yaw: the (at most three) faces whose outside the camera is on. */
function sceneBoxSolid(box: SceneBox): Solid {
  const { min, max } = boxBounds(box);
  const yaw = box.yaw ?? 0;
  const corners = boxCorners(box);
  const corner = (x: number, y: number, z: number): Vec3 => corners[x | (y << 1) | (z << 2)];
  // A side's brightness comes from where it faces in the world, which turns with the box.
  const side = (x: number, z: number) => scale(box.color, sideShade(...turnAboutY(yaw, x, z)));
  const faces = quadFaces(corner, {
    west: side(-1, 0),
    east: side(1, 0),
    north: side(0, -1),
    south: side(0, 1),
    bottom: scale(box.color, FACE_SHADE.bottom),
    top: scale(box.color, FACE_SHADE.top),
  });
  const [cx, cz] = box.at;
  return {
    centre: [cx, (min[1] + max[1]) / 2, cz],
    faces(pose) {
      // The camera in the box's own axes, where its faces are axis-aligned.
      const [ox, oz] = turnAboutY(-yaw, pose.position[0] - cx, pose.position[2] - cz);
      return visibleFaces(faces, { min, max }, [cx + ox, pose.position[1], cz + oz]);
    },
  };
}

type BoxFaces = Record<"west" | "east" | "bottom" | "top" | "north" | "south", Face>;

/** A box's six faces from its corners (0/1 per own axis) and each face's colour. */
function quadFaces(corner: (x: number, y: number, z: number) => Vec3, colors: Record<keyof BoxFaces, Rgb>): BoxFaces {
  return {
    west: { corners: [corner(0, 0, 0), corner(0, 0, 1), corner(0, 1, 1), corner(0, 1, 0)], color: colors.west },
    east: { corners: [corner(1, 0, 0), corner(1, 1, 0), corner(1, 1, 1), corner(1, 0, 1)], color: colors.east },
    bottom: { corners: [corner(0, 0, 0), corner(1, 0, 0), corner(1, 0, 1), corner(0, 0, 1)], color: colors.bottom },
    top: { corners: [corner(0, 1, 0), corner(0, 1, 1), corner(1, 1, 1), corner(1, 1, 0)], color: colors.top },
    north: { corners: [corner(0, 0, 0), corner(0, 1, 0), corner(1, 1, 0), corner(1, 0, 0)], color: colors.north },
    south: { corners: [corner(0, 0, 1), corner(1, 0, 1), corner(1, 1, 1), corner(0, 1, 1)], color: colors.south },
  };
}

/** The faces whose outside a viewpoint (in the box's own axes) is on. */
function visibleFaces(faces: BoxFaces, bounds: { min: Vec3; max: Vec3 }, viewpoint: Vec3): Face[] {
  const { min, max } = bounds;
  const [x, y, z] = viewpoint;
  const visible: Face[] = [];
  if (x < min[0]) visible.push(faces.west);
  if (x > max[0]) visible.push(faces.east);
  if (y < min[1]) visible.push(faces.bottom);
  if (y > max[1]) visible.push(faces.top);
  if (z < min[2]) visible.push(faces.north);
  if (z > max[2]) visible.push(faces.south);
  return visible;
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
    sceneBoxSolid({
      name: "post",
      at: [x, cz - half - 0.002],
      size: [2 * half, bottom + half, 2 * half],
      color: board.frame,
    });
  return [face, post(cx - board.width * 0.35), post(cx + board.width * 0.35)];
}

function scale(color: Rgb, k: number): Rgb {
  return [color[0] * k, color[1] * k, color[2] * k];
}
