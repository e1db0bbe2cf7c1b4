/**
 * `npm run camera:measure -- FILE.mp4 [--path]`: measures the camera move in a video and prints one JSON
 * line, move and confidence first (the cumulative path only with --path). A missing or unreadable file
 * prints the reason to stderr and exits with 1; wrong arguments exit with 2.
 */
import { measureCameraMove } from "@/lib/camera-check/measure";

const USAGE = "usage: npm run camera:measure -- FILE.mp4 [--path]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const withPath = args.includes("--path");
  const files = args.filter((arg) => arg !== "--path");
  if (files.length !== 1 || files[0].startsWith("-")) {
    console.error(USAGE);
    return 2;
  }
  // Ctrl-C stops ffmpeg too, rather than leaving it decoding.
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort(new Error("interrupted")));
  try {
    const { move, confidence, path, ...rest } = await measureCameraMove(files[0], { signal: controller.signal });
    console.log(JSON.stringify({ move, confidence, ...rest, ...(withPath ? { path } : {}) }));
    return 0;
  } catch (error) {
    console.error(`camera:measure: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
