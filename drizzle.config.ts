import { defineConfig } from "drizzle-kit";

// Migrations are generated from the tables and applied by the app itself at start-up (src/db/migrate.ts),
// on PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  casing: "snake_case",
});
