// Build configuration: relative base, Phaser in its own lazily evaluated chunk, the engine chunk's URL handed to the title screen, and the offline service worker.
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * The installable, offline game: Workbox precaches every built file (JS with the locales, CSS, SVG,
 * audio, icons). Its caches are named `beijings-bet-app-*`, and its cleanup only deletes outdated
 * precaches of its own, so the save mirror's cache (`beijings-bet-saves`) is never touched.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    id: './',
    name: "Beijing's Bet / Le Pari de Pékin",
    short_name: "Beijing's Bet",
    description:
      "A bilingual classroom strategy and quiz game about China's AI push. / Un jeu bilingue de stratégie et de quiz sur la course de la Chine à l'IA.",
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#12102b',
    theme_color: '#12102b',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    cacheId: 'beijings-bet-app',
    // The manifest and its icons are added by the plugin itself.
    globPatterns: ['**/*.{js,css,html,svg,mp3,ogg}'],
    // The Phaser chunk is about 1.4 MB: above Workbox's 2 MiB default only with headroom to spare.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
    // The save mirror's entries live under this path in their own cache; never answer for them.
    navigateFallbackDenylist: [/__beijings-bet-saves__/],
  },
});

export default defineConfig({
  base: './',
  // Only the manifest icons live in public/: everything else is imported and hashed.
  publicDir: 'public',
  plugins: [engineChunkHint(), offline],
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
