// @vitest-environment happy-dom
// Importing a player: size limit, preview first, nothing written before the player confirms, replace or copy as chosen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProfileData } from '../../../src/services/save/contract';
import { profilesBody } from '../../../src/ui/profiles/profiles-panel';
import { button, createContext, fakePersistence, profile, settle } from './fake';

async function mount(preview?: Parameters<typeof fakePersistence>[1]) {
  const ctx = await createContext();
  const persistence = fakePersistence([profile('a', 'Ada'), profile('b', 'Bo')], preview);
  const handlers = { onSwitched: vi.fn(), onChanged: vi.fn() };
  const { body } = profilesBody(ctx, persistence, handlers);
  document.body.append(body);
  const input = body.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return { ctx, persistence, handlers, body, input };
}

function choose(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

const fileOf = (data: ProfileData) =>
  new File([JSON.stringify(data)], 'player.json', { type: 'application/json' });

afterEach(() => document.body.replaceChildren());

describe('import', () => {
  it('has a visible label and accepts JSON files', async () => {
    const { input } = await mount();
    expect(input.accept).toBe('.json,application/json');
    expect(input.labels?.[0]?.textContent).toBe('Choose a player file (.json)');
  });

  it('refuses a 3 MB file without reading or previewing it', async () => {
    const { body, input, persistence } = await mount();
    choose(input, new File(['x'.repeat(3 * 1024 * 1024)], 'big.json'));
    await settle();
    expect(persistence.previewImport).not.toHaveBeenCalled();
    expect(body.querySelector('[role="alert"]')?.textContent).toContain('larger than 2 MB');
  });

  it('previews a new player and imports it as a copy only after "Import"', async () => {
    const { body, input, persistence, handlers, ctx } = await mount();
    const incoming = profile('z', 'Zoé', {
      bestScore: 55,
      finished: [{ finishedAt: 0, score: 55, seed: 1, difficulty: 'easy', length: 'standard' }],
    });
    choose(input, fileOf(incoming));
    await settle();
    const preview = body.querySelector('.profile-import-preview');
    expect(preview?.textContent).toContain('Name: Zoé');
    expect(preview?.textContent).toContain('Games played: 1');
    expect(preview?.textContent).toContain('Best score: 55');
    expect(preview?.textContent).toContain('Game in progress: no');
    expect(persistence.confirmImport).not.toHaveBeenCalled();
    button(body, 'Import').click();
    await settle();
    expect(persistence.confirmImport).toHaveBeenCalledWith(
      expect.objectContaining({ ok: true, profile: incoming }),
      'copy',
    );
    expect(handlers.onChanged).toHaveBeenCalled();
    expect(ctx.announced).toContain('Zoé was imported.');
    expect(body.querySelector('.profile-import-preview')?.childElementCount).toBe(0);
  });

  it.each([
    ['Replace Bo', 'replace'],
    ['Import as a new player', 'copy'],
  ] as const)('offers a choice on conflict: "%s" imports with %s', async (label, mode) => {
    const { body, input, persistence } = await mount();
    choose(input, fileOf(profile('b', 'Bo v2')));
    await settle();
    expect(body.textContent).toContain('already exists on this computer as Bo');
    expect(() => button(body, 'Import')).toThrow();
    button(body, label).click();
    await settle();
    expect(persistence.confirmImport).toHaveBeenCalledTimes(1);
    expect(persistence.confirmImport.mock.calls[0]?.[1]).toBe(mode);
  });

  it('writes nothing when the player cancels', async () => {
    const { body, input, persistence } = await mount();
    choose(input, fileOf(profile('b', 'Bo v2')));
    await settle();
    button(body, 'Cancel').click();
    await settle();
    expect(persistence.confirmImport).not.toHaveBeenCalled();
    expect(body.querySelector('.profile-import-preview')?.childElementCount).toBe(0);
    expect(document.activeElement).toBe(input);
  });

  it('tells why a file is refused', async () => {
    const { body, input, persistence } = await mount({ ok: false, code: 'import/newer' });
    choose(input, new File(['{}'], 'p.json'));
    await settle();
    expect(persistence.confirmImport).not.toHaveBeenCalled();
    expect(body.querySelector('[role="alert"]')?.textContent).toContain(
      'newer version of the game',
    );
  });

  it('lists each refused field and why, in the player’s language, and imports nothing', async () => {
    const issues = [
      { path: 'game.snapshot.game.year', rule: 'range', min: 2018, max: 2030, found: '1000000000' },
      { path: 'game.log.11', rule: 'illegal-move', move: 'budget/over-limit' },
    ] as const;
    const { body, input, persistence } = await mount({ ok: false, code: 'import/invalid', issues });
    choose(input, new File(['{}'], 'p.json'));
    await settle();
    expect(persistence.confirmImport).not.toHaveBeenCalled();
    const reasons = [...body.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    expect(reasons).toEqual([
      'game.snapshot.game.year: 1000000000 is outside the allowed range, 2018 to 2030.',
      'Move 12 of the saved game is not allowed by the rules of this game.',
    ]);
  });
});
