/**
 * `npm run --silent plan -- <file.txt|file.docx>`: drafts a plan with lib/plan and prints
 * `{ title, year, issuer, number, areas: [{ title, text }], units: [{ name }], quotas: [...] }`.
 * Exits 2 with a Vietnamese message on stderr when the file cannot be read or holds no plan.
 */
import { readFileSync } from 'node:fs';
import { PlanFileError, planFileText } from '../lib/plan/plan-file-text';
import { looksLikePlan, readPlanText } from '../lib/plan/read-plan-text';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const file = process.argv[2];
if (!file) fail('Thiếu tệp kế hoạch. Cách dùng: npm run --silent plan -- <kế-hoạch.docx|.txt>', 1);

let text: string;
try {
  // A file named neither .docx nor .txt is read as text, as it always was from the command line.
  const name = /\.(docx|txt|doc)$/i.test(file) ? file : `${file}.txt`;
  text = await planFileText(name, new Uint8Array(readFileSync(file)));
} catch (error) {
  fail(error instanceof PlanFileError ? error.message : `Không đọc được tệp ${file}: ${error instanceof Error ? error.message : String(error)}`);
}
const draft = readPlanText(text.normalize('NFC'));
if (!looksLikePlan(draft)) fail(`Không tìm thấy kế hoạch trong tệp ${file}.`);
const { title, year, issuer, number, areas, units, quotas } = draft;
process.stdout.write(
  `${JSON.stringify(
    {
      title,
      year,
      issuer,
      number,
      areas: areas.map(({ title: t, text: x }) => ({ title: t, text: x })),
      units: units.map(({ name }) => ({ name })),
      quotas,
    },
    null,
    2,
  )}\n`,
);
