import { searchForWorkspaceRoot } from "vite";
import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The UI is embedded in the app binary; it never loads anything remote.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    host: "127.0.0.1",
    // The legal bases' messages are read from the core's data folder.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), "../src-tauri/core/data/requests"] },
  },
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // Inline nothing as data: URLs; the CSP allows only 'self'.
    assetsInlineLimit: 0,
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
  },
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
});
