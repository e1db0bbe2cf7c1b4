/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time: PGlite reads its WASM files next to itself, ffmpeg is a binary.
  serverExternalPackages: ["@electric-sql/pglite", "@ffmpeg-installer/ffmpeg", "pg"],
  poweredByHeader: false,
};

export default nextConfig;
