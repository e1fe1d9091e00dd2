import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One graphql instance for type-graphql and Apollo ("another module or realm" otherwise).
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["reflect-metadata"],
    // The embedded database's migrated template, made once per run (see the file).
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file starts its own server and database; two cores run two files at a time.
    maxWorkers: 2,
    pool: "forks",
    // Files in one worker share loaded modules, so the schema is built once per worker, not once per file.
    isolate: false,
  },
});
