import { readFile } from 'node:fs/promises';
import { SolieuError } from '../errors/index.js';
import { ReviewFile, type ReviewEntry } from './schema.js';

/** The entries of a review file; a missing file has none, a malformed one is refused. */
export async function readReviewFile(path: string): Promise<ReviewEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new SolieuError('unreadable', `cannot read the review file: ${(error as Error).message}`, null, path);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SolieuError('invalid_review_file', 'the review file is not JSON', 'fix it by hand or delete it to start over', path);
  }
  const parsed = ReviewFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SolieuError(
      'invalid_review_file',
      `the review file does not match its schema at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? ''}`,
      'fix it by hand or delete it to start over',
      path,
    );
  }
  return parsed.data.entries;
}

/** Writes the file atomically: a crash never leaves half a review file. */
export async function writeReviewFile(path: string, entries: readonly ReviewEntry[]): Promise<void> {
  const { writeFileDurable } = await import('../store/index.js'); // solieu's one durable-write policy
  const file: ReviewFile = ReviewFile.parse({ version: 1, entries });
  await writeFileDurable(path, `${JSON.stringify(file, null, 2)}\n`);
}
