import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./lib/db/schema.ts", "./lib/db/auth-schema.ts", "./lib/db/team-schema.ts", "./lib/db/review-schema.ts"],
  out: "./lib/db/migrations",
});
