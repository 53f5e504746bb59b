/**
 * Imports a module with Node's own `import()`, which Vite leaves alone: Vite's module runner rewrites
 * every `import` it sees in the code it loads, so a module written as `import(url)` would be transformed
 * by Vite instead, file by file.
 *
 * Why: Astro loads src/content.config.ts through Vite, which transformed the ~120 modules of the note
 * parser and loaders one by one in every build (~0.5-0.9 s of the main thread, docs/benchmarks.md),
 * although Node had already loaded them natively for astro.config.mjs. Node 24 runs TypeScript as it is,
 * and the modules are then loaded once, shared with the config's integrations. The cost: `astro dev`
 * does not reload these modules when their code changes (restart it), as for astro.config.mjs.
 */
// A function built from text: Vite's transform never sees this `import()`.
export const nativeImport = new Function('url', 'return import(url)') as <Module>(url: string) => Promise<Module>;
