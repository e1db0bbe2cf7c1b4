/** An 8-bit grayscale image, row-major, one byte per pixel. */
export type GrayFrame = { width: number; height: number; data: Uint8Array };

/** Half the size in each direction, each pixel the mean of a 2×2 block: the coarse level of a pyramid. */
export function halfSize(frame: GrayFrame): GrayFrame {
  const width = frame.width >> 1;
  const height = frame.height >> 1;
  const data = new Uint8Array(width * height);
  const src = frame.data;
  const stride = frame.width;
  for (let y = 0; y < height; y++) {
    const row = 2 * y * stride;
    for (let x = 0; x < width; x++) {
      const i = row + 2 * x;
      data[y * width + x] = (src[i] + src[i + 1] + src[i + stride] + src[i + stride + 1] + 2) >> 2;
    }
  }
  return { width, height, data };
}
