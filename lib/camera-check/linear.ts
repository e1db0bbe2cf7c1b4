/** The little numerics the motion fit needs: small dense linear systems and weighted quantiles. */

/**
 * Solves A·x = b for a small square A (row-major, n×n) by Gaussian elimination with partial pivoting.
 * Returns undefined when A is singular or nearly so. Neither input is modified.
 */
export function solve(matrix: ArrayLike<number>, rhs: ArrayLike<number>): Float64Array | undefined {
  const n = rhs.length;
  const a = Float64Array.from(matrix);
  const x = Float64Array.from(rhs);
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a[i * n + i]));
  if (!(scale > 0)) return undefined;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row * n + col]) > Math.abs(a[pivot * n + col])) pivot = row;
    if (Math.abs(a[pivot * n + col]) < scale * 1e-10) return undefined;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) [a[col * n + k], a[pivot * n + k]] = [a[pivot * n + k], a[col * n + k]];
      [x[col], x[pivot]] = [x[pivot], x[col]];
    }
    for (let row = col + 1; row < n; row++) {
      const factor = a[row * n + col] / a[col * n + col];
      if (factor === 0) continue;
      for (let k = col; k < n; k++) a[row * n + k] -= factor * a[col * n + k];
      x[row] -= factor * x[col];
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    let sum = x[row];
    for (let k = row + 1; k < n; k++) sum -= a[row * n + k] * x[k];
    x[row] = sum / a[row * n + row];
  }
  return x;
}

/** The value below which `fraction` of the total weight lies (weights ≥ 0). */
export function weightedQuantile(
  sample: { values: ArrayLike<number>; weights: ArrayLike<number> },
  fraction: number,
): number {
  const { values, weights } = sample;
  const order = Array.from({ length: values.length }, (_, i) => i).sort((i, j) => values[i] - values[j]);
  let total = 0;
  for (const i of order) total += weights[i];
  if (!(total > 0)) return Number.NaN;
  let sum = 0;
  for (const i of order) {
    sum += weights[i];
    if (sum >= fraction * total) return values[i];
  }
  return values[order[order.length - 1]];
}
