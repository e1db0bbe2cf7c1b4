import { describe, expect, it } from "vitest";
import { assertDownloadAllowed, isPrivateAddress } from "./download-guard";

describe("video download guard", () => {
  it("refuses URLs that are not http(s)", async () => {
    await expect(assertDownloadAllowed("file:///etc/passwd", { allowPrivate: true })).rejects.toThrow(/http/);
    await expect(assertDownloadAllowed("ftp://example.com/a.mp4", { allowPrivate: true })).rejects.toThrow(/http/);
    await expect(assertDownloadAllowed("not a url", { allowPrivate: true })).rejects.toThrow(/not a URL/);
  });

  it("refuses loopback and private addresses unless Kling itself is local", async () => {
    for (const url of [
      "http://127.0.0.1:3000/media/x.mp4",
      "http://10.1.2.3/x.mp4",
      "http://192.168.0.10/x.mp4",
      "http://172.20.0.1/x.mp4",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/x.mp4",
      "http://localhost/x.mp4",
    ]) {
      await expect(assertDownloadAllowed(url, { allowPrivate: false }), url).rejects.toThrow(/private/);
    }
    await expect(assertDownloadAllowed("http://127.0.0.1:3000/x.mp4", { allowPrivate: true })).resolves.toBeUndefined();
  });

  it("classifies addresses", () => {
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
    expect(isPrivateAddress("172.32.0.1")).toBe(false);
    expect(isPrivateAddress("::ffff:127.0.0.1")).toBe(true);
    expect(isPrivateAddress("fd12::1")).toBe(true);
    expect(isPrivateAddress("2001:db8::1")).toBe(false);
  });
});
