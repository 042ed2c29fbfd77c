// @vitest-environment happy-dom
// The Players panel: hostile names stay text, renames are cleaned, deletion needs a confirmation, switching tells the app.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NICKNAME_MAX } from '../../../src/sim/nickname';
import { profilesBody } from '../../../src/ui/profiles/profiles-panel';
import { button, createContext, fakePersistence, profile, settle } from './fake';

async function mount(profiles = [profile('a', 'Ada'), profile('b', 'Bo')]) {
  const ctx = await createContext();
  const persistence = fakePersistence(profiles);
  const handlers = { onSwitched: vi.fn(), onChanged: vi.fn() };
  const panel = profilesBody(ctx, persistence, handlers);
  document.body.append(panel.body);
  return { ctx, persistence, handlers, panel, body: panel.body };
}

const names = (body: HTMLElement) =>
  [...body.querySelectorAll('.profile-name')].map((el) => el.textContent);

afterEach(() => document.body.replaceChildren());

describe('hostile names', () => {
  it('shows HTML as text and never creates the element', async () => {
    const { body } = await mount([profile('a', '<img src=x onerror=alert(1)>')]);
    expect(body.querySelector('img')).toBeNull();
    // Shown as typed, only cut at the limit like every name.
    expect(names(body)).toEqual(['<img src=x onerror=alert']);
    expect(button(body, 'Rename').getAttribute('aria-label')).toBe(
      'Rename <img src=x onerror=alert',
    );
  });

  it('removes right-to-left overrides and zero-width characters, and numbers empty names', async () => {
    const { body } = await mount([
      profile('a', '\u202Eevil\u200B\u200Dname\u2066'),
      profile('b', ''),
    ]);
    expect(names(body)).toEqual(['evilname', 'Player 2']);
  });

  it('does not expand i18next syntax inside a name', async () => {
    const { body } = await mount([profile('a', '{{name}} $t(ui:meta)')]);
    button(body, 'Delete').click();
    expect(body.querySelector('.profile-confirm p')?.textContent).toContain(
      'Delete {{name}} $t(ui:meta)?',
    );
  });

  it('cuts a 10,000-character rename to the limit before calling rename', async () => {
    const { body, persistence, handlers } = await mount();
    button(body, 'Rename').click();
    const input = body.querySelector<HTMLInputElement>('.profile-rename input');
    if (!input) throw new Error('no rename input');
    expect(document.activeElement).toBe(input);
    expect(input.labels?.[0]?.textContent).toBe('New name for Ada');
    expect(Number(input.maxLength)).toBeGreaterThanOrEqual(NICKNAME_MAX);
    input.value = `\u200B${'x'.repeat(10_000)}`;
    input.dispatchEvent(new Event('input'));
    expect(body.querySelector('.profile-rename .name-count')?.textContent).toBe(
      `${NICKNAME_MAX} of ${NICKNAME_MAX} characters`,
    );
    body.querySelector('.profile-rename')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(persistence.rename).toHaveBeenCalledWith('a', 'x'.repeat(NICKNAME_MAX));
    expect(handlers.onChanged).toHaveBeenCalled();
    expect(names(body)[0]).toBe('x'.repeat(NICKNAME_MAX));
  });
});

describe('the list', () => {
  it('marks the active player with aria-current and words, and shows the facts', async () => {
    const { body } = await mount([
      profile('a', 'Ada', {
        bestScore: 71,
        finished: [{ finishedAt: 0, score: 71, seed: 42, difficulty: 'hard', length: 'short' }],
      }),
      profile('b', 'Bo'),
    ]);
    const rows = [...body.querySelectorAll('.profile-row')];
    expect(rows.map((r) => r.getAttribute('aria-current'))).toEqual(['true', null]);
    expect(rows[0]?.textContent).toContain('Playing now');
    expect(rows[0]?.textContent).toContain('Games played: 1');
    expect(rows[0]?.textContent).toContain('Best score: 71');
    expect(rows[1]?.textContent).toContain('Best score: none yet');
    expect(rows[1]?.textContent).toContain('Game in progress: no');
    // Only the other player can be switched to.
    expect(button(rows[1] as HTMLElement, 'Switch to').getAttribute('aria-label')).toBe(
      'Switch to Bo',
    );
    expect(rows[0]?.textContent).not.toContain('Switch to');
  });

  it('shows the history table and mastery when the details open', async () => {
    const base = profile('a', 'Ada');
    const { body } = await mount([
      {
        ...base,
        finished: [{ finishedAt: 0, score: 71, seed: 42, difficulty: 'hard', length: 'short' }],
        mastery: { ...base.mastery, intro: { asked: 4, credit: 3 } },
      },
    ]);
    const details = body.querySelector('details');
    if (!details) throw new Error('no details');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const cells = [...details.querySelectorAll('tbody td')].map((c) => c.textContent);
    expect(cells).toEqual(['71', '42', 'Hard', 'Short']);
    expect(details.textContent).toContain('Introduction: an incubator in Hangzhou: 3 of 4 (75%)');
    expect(details.textContent).toContain('The major players: no question yet');
  });

  it('switches, tells the app and announces', async () => {
    const { body, persistence, handlers, ctx } = await mount();
    button(body, 'Switch to').click();
    await settle();
    expect(persistence.switchTo).toHaveBeenCalledWith('b');
    expect(handlers.onSwitched).toHaveBeenCalledWith(expect.objectContaining({ id: 'b' }));
    expect(body.querySelector('[aria-current="true"] .profile-name')?.textContent).toBe('Bo');
    expect(ctx.announced).toContain('You are now playing as Bo.');
  });

  it('creates a player from a cleaned name', async () => {
    const { body, persistence, handlers } = await mount();
    const input = body.querySelector<HTMLInputElement>('#profiles-new-name');
    if (!input) throw new Error('no input');
    input.value = '  Zoé\u200B  ';
    input.closest('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(persistence.create).toHaveBeenCalledWith('Zoé');
    expect(handlers.onChanged).toHaveBeenCalled();
    expect(names(body)).toEqual(['Ada', 'Bo', 'Zoé']);
  });
});

describe('deleting', () => {
  it('asks first, focuses Cancel, and Cancel deletes nothing', async () => {
    const { body, persistence } = await mount();
    const remove = button(body, 'Delete');
    remove.click();
    const confirm = body.querySelector('.profile-confirm');
    expect(confirm?.textContent).toContain('Delete Ada? This cannot be undone');
    expect(document.activeElement).toBe(button(body, 'Cancel'));
    expect(persistence.remove).not.toHaveBeenCalled();
    button(body, 'Cancel').click();
    expect(body.querySelector('.profile-confirm')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(persistence.remove).not.toHaveBeenCalled();
  });

  it('deletes after confirmation and loads the new active player', async () => {
    const { body, persistence, handlers } = await mount();
    button(body, 'Delete').click();
    button(body, 'Yes, delete').click();
    await settle();
    expect(persistence.remove).toHaveBeenCalledWith('a');
    expect(handlers.onSwitched).toHaveBeenCalledWith(expect.objectContaining({ id: 'b' }));
    expect(names(body)).toEqual(['Bo']);
  });

  it('tells the player when the delete could not be saved', async () => {
    const { body, persistence } = await mount();
    persistence.remove.mockResolvedValueOnce({ ok: false, code: 'storage/quota' });
    button(body, 'Delete').click();
    button(body, 'Yes, delete').click();
    await settle();
    expect(body.querySelector('[role="alert"]')?.textContent).toContain('Storage is full');
    expect(names(body)).toEqual(['Ada', 'Bo']);
  });
});
