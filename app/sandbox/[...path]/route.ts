import { getRuntime } from "@/lib/runtime";

/** The built-in Kling-compatible sandbox, served by the studio itself when no real Kling is configured. */
async function handle(request: Request): Promise<Response> {
  const { sandbox } = await getRuntime();
  if (!sandbox) {
    return Response.json(
      { code: 1202, message: "the built-in sandbox is off: real Kling credentials are configured" },
      { status: 404 },
    );
  }
  return sandbox.handle(request);
}

export const GET = handle;
export const POST = handle;
export const HEAD = handle;
