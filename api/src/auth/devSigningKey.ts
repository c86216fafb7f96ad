import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The key that signs dev tokens on this machine: made on first use, 256 random bits, and kept with the local data
 * (`.data/` in the folder IdeaBar runs from, git-ignored, where `npm start` keeps Azurite's data), never in the
 * repository, so a token forged from anything public is refused. Several processes may ask at once
 * (test workers): the key is written aside and linked into place, which only one of them can do; the others read
 * the winner's key.
 */
export function localDevSigningKey(file = join(process.cwd(), '.data', 'dev-signing-key')): string {
  const existing = readKey(file);
  if (existing) return existing;
  mkdirSync(dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, randomBytes(32).toString('base64url'), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  const key = readKey(file);
  if (!key) throw new Error(`The dev signing key in ${file} is unreadable or too short; delete the file.`);
  return key;
}

function readKey(file: string): string | undefined {
  try {
    const key = readFileSync(file, 'utf8').trim();
    return key.length >= 32 ? key : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
