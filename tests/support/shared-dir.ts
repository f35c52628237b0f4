import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The repository's root. */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** The local path a clone was made from, when it was cloned from a directory (`git clone /work/main …`). */
function localOrigin(): string | null {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    return url && isAbsolute(url) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The team's shared folder (seed plans, corpora), read in place and never copied into the repository: `SHARED_DIR`
 * when set, else `../shared` beside the repository, else beside the local repository this one was cloned from (a
 * check-out in /tmp). Falls back to `../shared`, so a missing folder fails the tests that need it with its path.
 */
export function sharedDir(): string {
  const origin = localOrigin();
  const candidates = [process.env.SHARED_DIR, join(REPO_ROOT, '..', 'shared'), origin ? join(origin, '..', 'shared') : undefined];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(dir as string)) ?? join(REPO_ROOT, '..', 'shared');
}

/** A seed plan's path in the shared folder. */
export const seedPath = (name: string): string => join(sharedDir(), 'seeds', name);
