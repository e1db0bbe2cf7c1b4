/**
 * A form action's fields, whatever the caller sent. Next delivers whatever arguments a client encodes,
 * so an action typed `(formData: FormData)` may receive a string, an object or nothing: anything that is
 * not FormData reads as an empty form, which the action's schema then refuses with its usual messages.
 */
export function formEntries(formData: unknown): Record<string, FormDataEntryValue> {
  if (!(formData instanceof FormData)) return {};
  // Own properties only (`__proto__` stays a plain key), and the last of repeated names wins.
  const entries: Record<string, FormDataEntryValue> = Object.create(null);
  for (const [key, value] of formData.entries()) entries[key] = value;
  return { ...entries };
}

/** One field as text, or undefined when it is missing or a file. */
export function formText(formData: unknown, name: string): string | undefined {
  if (!(formData instanceof FormData)) return undefined;
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}
