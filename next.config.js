/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time: PGlite reads its WASM files next to itself, ffmpeg is a binary.
  serverExternalPackages: ["@electric-sql/pglite", "@ffmpeg-installer/ffmpeg", "pg"],
  poweredByHeader: false,
  // The dev server also answers on 127.0.0.1 (tests and scripts use it), not only on localhost.
  allowedDevOrigins: ["127.0.0.1"],
};

export default nextConfig;
