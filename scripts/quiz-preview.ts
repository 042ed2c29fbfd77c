// Dev tool, not shipped: renders each quiz question type (form, error and feedback) and the source view in headless Chromium through a throwaway Vite server, saves screenshots and static HTML under test-results/quiz-preview/, and runs axe (WCAG 2.1 A/AA) on every state.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium';
import { chromium, type Page } from 'playwright-core';
import { createServer, type Plugin } from 'vite';

const OUT = join('test-results', 'quiz-preview');
const ENTRY_ID = '\0quiz-preview-entry';
const TYPES = ['multiple-choice', 'true-false', 'matching', 'ordering', 'numeric'] as const;
const VIEWPORTS = { desktop: { width: 1280, height: 720 }, phone: { width: 390, height: 844 } };

/** The page's module: a real i18next instance and the real views, one question per ?type=. */
const ENTRY = `
import '/src/ui/styles.css';
import i18next from 'i18next';
import { QUESTION_BANK } from '/src/content/questions/index.ts';
import { prepareQuestion } from '/src/sim/quiz/index.ts';
import { mountQuestionView } from '/src/ui/quiz/question-view.ts';
import { mountSourceView } from '/src/ui/source-view.ts';
import { createPanel } from '/src/ui/panels.ts';
import { translateTree } from '/src/ui/dom.ts';
import enUi from '/locales/en/ui.json'; import frUi from '/locales/fr/ui.json';
import enQuiz from '/locales/en/quiz.json'; import frQuiz from '/locales/fr/quiz.json';
import enSource from '/locales/en/source.json'; import frSource from '/locales/fr/source.json';
import enCp from '/locales/en/checkpoint.json'; import frCp from '/locales/fr/checkpoint.json';
const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'en';
document.documentElement.lang = lang;
if (params.get('zoom')) document.documentElement.style.fontSize = params.get('zoom') + '%';
const i18n = i18next.createInstance();
await i18n.init({ lng: lang, fallbackLng: 'en', defaultNS: 'ui', interpolation: { escapeValue: false },
  resources: { en: { ui: enUi, quiz: enQuiz, source: enSource, checkpoint: enCp },
               fr: { ui: frUi, quiz: frQuiz, source: frSource, checkpoint: frCp } } });
const live = document.createElement('div');
live.setAttribute('aria-live', 'polite'); live.className = 'visually-hidden';
const ctx = { t: (k, o) => i18n.t(k, { lng: lang, ...o }), tIn: (l) => (k, o) => i18n.t(k, { ...o, lng: l }),
  language: () => lang, otherLanguage: () => (lang === 'fr' ? 'en' : 'fr'),
  announce: (m) => { live.textContent = m; }, cue: () => {} };
const main = document.createElement('main');
main.style.padding = '1rem';
document.body.append(main, live);
const type = params.get('type');
if (type === 'source') {
  // Inside the real panel, as the game shows it.
  const body = document.createElement('div');
  mountSourceView(body, ctx);
  const panel = createPanel('panel-source', 'panel.source.title', body, () => {});
  document.body.append(panel.dialog);
  translateTree(panel.dialog, ctx.t);
  panel.open(null);
  if (params.get('scroll')) document.getElementById(params.get('scroll')).scrollIntoView();
} else {
  const id = params.get('id');
  const question = QUESTION_BANK.find((q) => q.type === type && (!id || q.id === id));
  mountQuestionView(main, { ctx, question, prepared: prepareQuestion(question, 7, 0), number: 2, total: 4,
    onAnswered: () => {}, onNext: () => {} });
}
document.body.dataset.ready = 'true';
`;

function previewPlugin(): Plugin {
  return {
    name: 'quiz-preview',
    resolveId: (id) => (id === 'virtual:quiz-preview' ? ENTRY_ID : null),
    load: (id) => (id === ENTRY_ID ? ENTRY : null),
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!req.url?.startsWith('/preview')) return next();
        const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Quiz preview</title></head>
<body><script type="module">import 'virtual:quiz-preview';</script></body></html>`;
        res.setHeader('Content-Type', 'text/html');
        res.end(await server.transformIndexHtml(req.url, html));
      });
    },
  };
}

/** Puts the form in a state worth looking at: answered (then submitted) or left empty (then refused). */
async function operate(page: Page, type: string, state: string): Promise<void> {
  if (state === 'form') return;
  if (state === 'toggled') {
    await page.locator('.quiz-option').nth(1).click();
    await page.locator('.quiz-toggle').click();
    return;
  }
  if (state === 'feedback') {
    if (type === 'multiple-choice' || type === 'true-false')
      await page.locator('.quiz-option').first().click();
    if (type === 'matching') {
      for (const select of await page.locator('select').all())
        await select.selectOption({ index: 1 });
    }
    if (type === 'ordering') await page.locator('[data-direction="down"]').first().click();
    if (type === 'numeric') await page.locator('input[type="number"]').fill('11');
  }
  await page.locator('.quiz-submit').click();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    plugins: [previewPlugin()],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const base = server.resolvedUrls?.local[0] ?? '';
  const profile = mkdtempSync(join(tmpdir(), 'quiz-preview-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const report: {
    name: string;
    violations: { id: string; impact: string | null | undefined; nodes: string[] }[];
  }[] = [];
  const shoot = async (
    name: string,
    query: string,
    viewport: { width: number; height: number },
    state = 'form',
  ) => {
    await page.setViewportSize(viewport);
    await page.goto(`${base}preview?${query}`);
    await page.waitForSelector('body[data-ready="true"]');
    const type = new URLSearchParams(query).get('type') ?? '';
    await operate(page, type, state);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    report.push({
      name,
      violations: axe.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      })),
    });
    // A static copy: styles are inline <style> tags in dev, scripts are dropped.
    await page.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));
    writeFileSync(join(OUT, `${name}.html`), await page.content());
  };
  for (const type of TYPES) {
    for (const state of ['form', 'error', 'feedback']) {
      if (state === 'error' && (type === 'ordering' || type === 'true-false')) continue;
      await shoot(`${type}-${state}-1280-en`, `type=${type}&lang=en`, VIEWPORTS.desktop, state);
      await shoot(`${type}-${state}-390-fr`, `type=${type}&lang=fr`, VIEWPORTS.phone, state);
    }
  }
  await shoot(
    'multiple-choice-feedback-1280-en-deepseek',
    'type=multiple-choice&id=open-source-deepseek-date&lang=en',
    VIEWPORTS.desktop,
    'feedback',
  );
  await shoot(
    'matching-feedback-1280-fr-zoom200',
    'type=matching&lang=fr&zoom=200',
    VIEWPORTS.desktop,
    'feedback',
  );
  await shoot('ordering-form-390-en-zoom200', 'type=ordering&lang=en&zoom=200', VIEWPORTS.phone);
  await shoot(
    'multiple-choice-toggled-1280-en',
    'type=multiple-choice&lang=en',
    VIEWPORTS.desktop,
    'toggled',
  );
  await shoot('source-1280-en', 'type=source&lang=en', VIEWPORTS.desktop);
  await shoot(
    'source-1280-en-glossary',
    'type=source&lang=en&scroll=source-section-glossary',
    VIEWPORTS.desktop,
  );
  await shoot('source-390-fr', 'type=source&lang=fr', VIEWPORTS.phone);
  await shoot(
    'source-390-fr-quotes',
    'type=source&lang=fr&scroll=source-section-players',
    VIEWPORTS.phone,
  );
  writeFileSync(join(OUT, 'axe.json'), JSON.stringify(report, null, 2));
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
  const failing = report.filter((r) => r.violations.length > 0);
  for (const r of failing)
    console.log(
      `${r.name}: ${r.violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.join(', ')}`).join('; ')}`,
    );
  console.log(
    `${report.length} states, ${failing.length} with axe violations, ${errors.length} page errors ${errors.join(' | ')}`,
  );
  console.log(`Screenshots and HTML in ${OUT}`);
  process.exitCode = failing.length > 0 || errors.length > 0 ? 1 : 0;
}

await main();
