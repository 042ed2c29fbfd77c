// Test doubles for the Players UI: a recording fake Persistence, a real i18next instance with the saves and source namespaces, and a recording UiContext.
import { createTestI18n } from '../../support/i18n';
import { vi } from 'vitest';
import type {
  ImportPreview,
  Persistence,
  ProfileData,
  ProfileSummary,
  SaveResult,
} from '../../../src/services/save/contract';
import { emptyBoxes, SECTION_IDS, type SectionId } from '../../../src/sim/quiz';
import type { UiContext } from '../../../src/ui/screen-context';

const NAMESPACES = ['ui', 'saves', 'source'] as const;

export async function createContext(language = 'en'): Promise<UiContext & { announced: string[] }> {
  const instance = await createTestI18n(language, NAMESPACES);
  const announced: string[] = [];
  return {
    announced,
    t: (key, options) => instance.t(key, options),
    tIn: (lng) => (key, options) => instance.t(key, { ...options, lng }),
    language: () => language,
    otherLanguage: () => (language === 'fr' ? 'en' : 'fr'),
    announce: (message) => announced.push(message),
    cue: () => undefined,
  };
}

export function profile(id: string, name: string, extra: Partial<ProfileData> = {}): ProfileData {
  const mastery = Object.fromEntries(
    SECTION_IDS.map((s) => [s, { asked: 0, credit: 0 }]),
  ) as Record<SectionId, { asked: number; credit: number }>;
  return {
    id,
    name,
    createdAt: 1,
    lastPlayedAt: 2,
    game: null,
    finished: [],
    bestScore: null,
    mastery,
    boxes: emptyBoxes(),
    ...extra,
  };
}

function summary(p: ProfileData): ProfileSummary {
  return {
    id: p.id,
    name: p.name,
    lastPlayedAt: p.lastPlayedAt,
    gamesPlayed: p.finished.length,
    bestScore: p.bestScore,
    hasGameInProgress: p.game !== null,
  };
}

const OK: SaveResult = { ok: true };

/** Keeps profiles in an array; every write is a spy so tests can assert what was (not) called. */
export function fakePersistence(initial: ProfileData[], preview?: ImportPreview) {
  let list = [...initial];
  let activeId = initial[0]?.id ?? '';
  const find = (id: string) => {
    const found = list.find((p) => p.id === id);
    if (!found) throw new Error(`no profile ${id}`);
    return found;
  };
  const persistence = {
    mode: 'indexeddb' as const,
    problems: [],
    profiles: () => list.map(summary),
    active: () => find(activeId),
    switchTo: vi.fn(async (id: string) => {
      activeId = id;
      return find(id);
    }),
    create: vi.fn(async (name: string) => {
      const created = profile(`p${list.length + 1}`, name);
      list.push(created);
      return created;
    }),
    rename: vi.fn(async (id: string, name: string) => {
      list = list.map((p) => (p.id === id ? { ...p, name } : p));
      return OK;
    }),
    remove: vi.fn(async (id: string) => {
      list = list.filter((p) => p.id !== id);
      if (activeId === id) activeId = list[0]?.id ?? '';
      return OK;
    }),
    claim: vi.fn(async () => true),
    unclaim: vi.fn(async () => undefined),
    lockState: () => 'idle' as const,
    onLockChange: vi.fn(() => () => undefined),
    saveGame: vi.fn(async () => OK),
    finishGame: vi.fn(async () => OK),
    flush: vi.fn(async () => undefined),
    exportProfile: vi.fn((id: string) => ({
      fileName: `${id}.json`,
      text: JSON.stringify(find(id)),
    })),
    previewImport: vi.fn((text: string): ImportPreview => {
      if (preview) return preview;
      const data = JSON.parse(text) as ProfileData;
      const existing = list.find((p) => p.id === data.id);
      return {
        ok: true,
        profile: data,
        conflictsWith: existing ? summary(existing) : null,
        recomputed: false,
      };
    }),
    confirmImport: vi.fn(
      async (_preview: Extract<ImportPreview, { ok: true }>, _mode: 'replace' | 'copy') => OK,
    ),
    backupText: vi.fn(async (_key: string): Promise<string | null> => 'raw'),
  } satisfies Persistence;
  return persistence;
}

/** Lets queued promise callbacks (file.text(), persistence writes) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
