// Build configuration: relative base, Phaser in its own lazily evaluated chunk, and the engine chunk's URL handed to the title screen.
import { defineConfig, type Plugin } from 'vite';

/** Writes the Phaser chunk's URL into index.html so the title screen can fetch it early (with progress) and evaluate it later. */
function engineChunkHint(): Plugin {
  return {
    name: 'beijings-bet:engine-chunk-hint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (item) => item.type === 'chunk' && item.name === 'phaser',
        );
        if (!chunk) return [];
        return [
          {
            tag: 'meta',
            attrs: { name: 'engine-chunk', content: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [engineChunkHint()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Phaser does not tree-shake (about 1.4 MB raw); it is loaded on its own, after the title is usable.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
