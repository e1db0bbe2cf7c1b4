/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, R2…). Playback still goes through the studio's
 * /media route, which forwards the browser's Range to the bucket, so seeking works the same as with
 * the local folder and the bucket never needs to be public.
 */
import "server-only";
import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { AppError } from "@/lib/errors";
import { type ByteRange, contentTypeOf, isValidMediaKey, type MediaStorage } from "./storage";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** MinIO and most self-hosted servers want path-style URLs. */
  forcePathStyle?: boolean;
  /** Prefix inside the bucket, e.g. "studio/". */
  prefix?: string;
};

export function createS3Storage(options: S3StorageOptions): MediaStorage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint),
    // Checksums only where S3 requires them: many S3-compatible servers store the SDK's default
    // aws-chunked trailer framing as part of the object instead of decoding it.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    credentials:
      options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined,
  });
  const objectKey = (key: string) => {
    if (!isValidMediaKey(key)) throw new AppError("bad_request:media_key", "That media path is not valid.");
    return `${options.prefix ?? ""}${key}`;
  };

  return {
    kind: "s3",
    async putFile({ key, filePath, contentType }) {
      const { size } = await stat(filePath);
      try {
        // One PUT is atomic: readers see the old object or the whole new one.
        await client.send(
          new PutObjectCommand({
            Bucket: options.bucket,
            Key: objectKey(key),
            Body: createReadStream(filePath),
            ContentLength: size,
            ContentType: contentType,
          }),
        );
      } catch (error) {
        throw storageError(error, "store a file");
      }
      await rm(filePath, { force: true });
      return { size, contentType };
    },
    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
        return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? contentTypeOf(key) };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw storageError(error, "look up a file");
      }
    },
    async read(key: string, range?: ByteRange) {
      try {
        const object = await client.send(
          new GetObjectCommand({
            Bucket: options.bucket,
            Key: objectKey(key),
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        );
        if (!object.Body) throw new Error("empty body");
        return object.Body.transformToWebStream();
      } catch (error) {
        throw storageError(error, "read a file");
      }
    },
    async delete(key) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
      } catch (error) {
        if (!isNotFound(error)) throw storageError(error, "delete a file");
      }
    },
  };
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)
  );
}

function storageError(error: unknown, action: string): AppError {
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError("storage:unavailable", `The video storage could not ${action}; it will be retried (${detail}).`, {
    retryable: true,
    cause: error,
  });
}
