const isDev = process.env.NODE_ENV !== "production";

/**
 * Content-Security-Policy: everything from our own origin. Next.js inlines small bootstrap scripts,
 * so scripts allow 'unsafe-inline' (and eval in development for fast refresh); media and images come
 * only from our own /media route, never from Kling's URLs.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time: PGlite reads its WASM files next to itself, ffmpeg is a binary.
  serverExternalPackages: ["@electric-sql/pglite", "@ffmpeg-installer/ffmpeg", "pg"],
  poweredByHeader: false,
  // The dev server also answers on 127.0.0.1 (tests and scripts use it), not only on localhost.
  allowedDevOrigins: ["127.0.0.1"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
