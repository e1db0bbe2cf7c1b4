/** Where videos and posters live. Keys are ours (`videos/<id>.mp4`), never taken from a request as-is. */
type StoredObjectInfo = { size: number; contentType: string };

export type ByteRange = { start: number; end: number };

export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** Moves or copies a finished local file under `key`; atomic: readers never see a partial object. */
  putFile(options: { key: string; filePath: string; contentType: string }): Promise<StoredObjectInfo>;
  stat(key: string): Promise<StoredObjectInfo | null>;
  /** The bytes of `key` (or of an inclusive byte range of it) as a web stream. */
  read(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^(videos|posters)\/[A-Za-z0-9_-]{1,80}\.(mp4|jpg)$/;

export function isValidMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export function videoKey(id: string): string {
  return `videos/${id}.mp4`;
}

export function posterKey(id: string): string {
  return `posters/${id}.jpg`;
}

export function contentTypeOf(key: string): string {
  return key.endsWith(".mp4") ? "video/mp4" : "image/jpeg";
}
