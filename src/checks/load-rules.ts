import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Loads every rule file beside this one (its default export), sorted by file name. Adding a rule is
 * adding its file, its test and its doc page; no list to edit. Works on src/ (.ts) and dist/ (.js).
 */
export async function loadRules<R extends { id: string }>(folderUrl: URL, selfUrl: string): Promise<R[]> {
  const own = selfUrl.slice(selfUrl.lastIndexOf('/') + 1);
  const extension = own.slice(own.lastIndexOf('.'));
  const files = readdirSync(fileURLToPath(folderUrl))
    .filter((f) => f.endsWith(extension) && !f.endsWith(`.d${extension}`) && f !== own)
    .sort();
  const modules = await Promise.all(files.map(async (f) => (await import(new URL(f, folderUrl).href)) as { default?: R }));
  return modules.map((m, i) => {
    if (!m.default?.id) throw new Error(`rule file ${files[i] ?? ''} has no default-exported rule`);
    if (`${m.default.id}${extension}` !== files[i])
      throw new Error(`rule ${m.default.id} lives in ${files[i] ?? ''}: the file is named by the id`);
    return m.default;
  });
}
