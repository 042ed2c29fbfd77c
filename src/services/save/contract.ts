// The persistence contract between the app and the save layer: what is stored per player, and the operations on it.
import type {
  Difficulty,
  GameLength,
  GameSettings,
  PlaySession,
  SessionAction,
  SessionState,
} from '../../sim';
import type { LeitnerBoxes, SectionId } from '../../sim/quiz';
import type { SaveIssue } from './schemas';

/** A game in progress as stored: its settings and whole action log; the snapshot is only a cache, checked on load. */
export interface SavedGame {
  readonly settings: GameSettings;
  readonly log: readonly SessionAction[];
  /**
   * What the log led to when saved. A replay that disagrees wins (`replay/differs`); a log today's
   * rules or bank refuse part-way (a content update) resumes from here instead, so no step is lost.
   */
  readonly snapshot: SessionState;
}

/** A finished game as the profile remembers it: ids and numbers only. */
export interface FinishedGame {
  /** ms since 1970 (Date.now() in the app layer, never in the rules). */
  readonly finishedAt: number;
  readonly score: number;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly length: GameLength;
}

/** Quiz mastery per article section, summed over every game: questions asked and credit earned. */
export type SectionMastery = Readonly<
  Record<SectionId, { readonly asked: number; readonly credit: number }>
>;

/** Everything one player keeps: saved as one versioned document per profile. */
export interface ProfileData {
  readonly id: string;
  /** Cleaned with cleanNickname: plain text, at most 24 characters. */
  readonly name: string;
  readonly createdAt: number;
  readonly lastPlayedAt: number;
  /** The game in progress (settings and action log), or null. */
  readonly game: SavedGame | null;
  readonly finished: readonly FinishedGame[];
  readonly bestScore: number | null;
  readonly mastery: SectionMastery;
  readonly boxes: LeitnerBoxes;
}

export interface ProfileSummary {
  readonly id: string;
  readonly name: string;
  readonly lastPlayedAt: number;
  readonly gamesPlayed: number;
  readonly bestScore: number | null;
  readonly hasGameInProgress: boolean;
}

/** What went wrong while opening storage; the game starts anyway and tells the player. */
export type StartupProblem =
  /** IndexedDB blocked or missing (private mode, policy): playing in memory; export to keep progress. */
  | { readonly code: 'storage/unavailable' }
  /** IndexedDB had lost these documents (a crash can make the browser delete its store): restored from the second copy. */
  | { readonly code: 'storage/restored'; readonly keys: readonly string[] }
  /** A document could not be read; its raw text is kept under `backupKey` and can be downloaded. */
  | { readonly code: 'document/corrupt'; readonly key: string; readonly backupKey: string }
  /** A document written by a newer version of the game: left untouched, not loaded. */
  | { readonly code: 'document/newer'; readonly key: string; readonly version: number }
  /** Another tab plays this profile: this tab, playing it too, does not save until that tab lets it go. */
  | { readonly code: 'profile/locked'; readonly profileId: string }
  /**
   * The saved game of document `key` was recomputed from its log: its stored state disagreed with
   * the replay (`differs`: edited, or the rules changed; the stored document is kept under
   * `backupKey`, null when that failed) or the log could not be replayed (`rejected`: the game
   * resumed from its saved state).
   */
  | {
      readonly code: 'game/replayed';
      readonly how: 'differs' | 'rejected';
      readonly key: string;
      readonly backupKey: string | null;
    };

export type SaveResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'storage/quota' | 'storage/failed' | 'profile/locked' };

export type ImportPreview =
  | {
      readonly ok: true;
      readonly profile: ProfileData;
      /** Set when a profile with the same id already exists here: the player chooses replace or copy. */
      readonly conflictsWith: ProfileSummary | null;
      /** The file's saved state disagreed with its own log: the game imported is the log's replay. */
      readonly recomputed: boolean;
    }
  | {
      readonly ok: false;
      readonly code: 'import/not-json' | 'import/not-a-profile' | 'import/newer' | 'import/invalid';
      /** For `import/invalid`: the fields refused and why (at most ISSUES_MAX). */
      readonly issues?: readonly SaveIssue[];
    };

/**
 * Whether this tab may save the active player: `idle` (not playing: nothing held), `held` (playing and
 * saving), `locked` (playing while another tab plays the same player: not saving, queued to take over).
 */
export type LockState = 'idle' | 'held' | 'locked';

export interface LockChange {
  readonly state: LockState;
  /** True when the lock came from the queue once the other tab let go: this tab saves again. */
  readonly retaken: boolean;
  /**
   * True when, on taking the lock back, the player was read again from storage instead of written:
   * nothing was played here meanwhile, so the other tab's progress is kept and the app reloads it.
   */
  readonly reloaded: boolean;
}

export interface Persistence {
  readonly mode: 'indexeddb' | 'memory';
  /** Problems found at start-up, to show once (and, for memory mode and locks, lastingly). */
  readonly problems: readonly StartupProblem[];
  profiles(): readonly ProfileSummary[];
  active(): ProfileData;
  /**
   * Takes the active player's lock to play (a game starts or resumes): true when this tab now saves.
   * Re-reads the player from storage first, since another tab may have saved since start-up, so
   * `active()` must be read again afterwards. When refused, waits in the queue and takes the lock
   * as soon as the other tab lets go, then writes what this tab played meanwhile (or, when it played
   * nothing, reads the player again so the other tab's progress stays).
   */
  claim(): Promise<boolean>;
  /**
   * Stops waiting for the lock at once, and lets it go once this tab's queued writes are stored
   * (back to the title): an idle tab holds nothing.
   */
  unclaim(): Promise<void>;
  lockState(): LockState;
  /** Called on every change of `lockState()`; returns the unsubscribe function. */
  onLockChange(listener: (change: LockChange) => void): () => void;
  switchTo(id: string): Promise<ProfileData>;
  create(name: string): Promise<ProfileData>;
  rename(id: string, name: string): Promise<SaveResult>;
  /** Deletes a profile (the UI asks for confirmation first); the last profile is replaced by a fresh one. */
  remove(id: string): Promise<SaveResult>;
  /** Autosave: the game in progress (or null) and the review boxes of the active profile. */
  saveGame(game: PlaySession | null, boxes: LeitnerBoxes): Promise<SaveResult>;
  /**
   * Records a finished game (history, best score, mastery) and clears the game in progress; then
   * lets the lock go, since the results screen holds nothing (play again claims anew).
   */
  finishGame(game: PlaySession, boxes: LeitnerBoxes, finishedAt: number): Promise<SaveResult>;
  /** Resolves when every queued write has been handed to storage (called on pagehide/visibilitychange). */
  flush(): Promise<void>;
  /** A readable JSON file of one profile, and its suggested file name. */
  exportProfile(id: string): { readonly fileName: string; readonly text: string };
  previewImport(text: string): ImportPreview;
  confirmImport(
    preview: Extract<ImportPreview, { ok: true }>,
    mode: 'replace' | 'copy',
  ): Promise<SaveResult>;
  /** What is kept for a corrupt document, to offer as a download: its text, or its very bytes. */
  backupText(backupKey: string): Promise<string | Blob | null>;
}
