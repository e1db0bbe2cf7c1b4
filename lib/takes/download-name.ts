/** "kling-a-red-lighthouse-on-a-cliff-3f2a9c1e.mp4": readable in a downloads folder, unique per take. */
export function downloadFilename(take: { id: string; prompt: string }): string {
  const slug = take.prompt
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return `kling-${slug ? `${slug}-` : ""}${take.id.slice(0, 8)}.mp4`;
}
