/**
 * Clipping in canvas pixels, after projection. Ground stripes and grid lines reach tens of metres to the
 * sides and nearly under the camera, so projected they span tens of thousands of pixels; a software
 * canvas pays for every one of them (strokes above all). Cut to the canvas first, they cost what shows.
 */
export type Point2 = { x: number; y: number };
export type Rect = { left: number; top: number; right: number; bottom: number };

/** The part of a polygon inside the rectangle (Sutherland–Hodgman, one edge at a time). */
export function clipPolygonToRect(polygon: readonly Point2[], rect: Rect): Point2[] {
  let points: readonly Point2[] = polygon;
  const edges: ((p: Point2) => number)[] = [
    (p) => p.x - rect.left,
    (p) => rect.right - p.x,
    (p) => p.y - rect.top,
    (p) => rect.bottom - p.y,
  ];
  for (const inside of edges) {
    if (points.length === 0) break;
    const out: Point2[] = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[i];
      const b = points[(i + 1) % points.length];
      const da = inside(a);
      const db = inside(b);
      if (da >= 0) out.push(a);
      if (da >= 0 !== db >= 0) {
        const k = da / (da - db);
        out.push({ x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k });
      }
    }
    points = out;
  }
  return points.length >= 3 ? [...points] : [];
}

/** The part of a segment inside the rectangle (Liang–Barsky), or null. */
export function clipSegmentToRect(a: Point2, b: Point2, rect: Rect): [Point2, Point2] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a.x - rect.left],
    [dx, rect.right - a.x],
    [-dy, a.y - rect.top],
    [dy, rect.bottom - a.y],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return null;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return null;
      if (r < t1) t1 = r;
    }
  }
  return [
    { x: a.x + dx * t0, y: a.y + dy * t0 },
    { x: a.x + dx * t1, y: a.y + dy * t1 },
  ];
}
