/** Runs once when the server starts: validate the configuration, open the database, start the worker. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startStudio } = await import("./lib/start");
  await startStudio();
}
