/** A broken house rule at a line of a file. */
export interface RuleViolation {
  file: string;
  line: number;
  rule: string;
}

interface Rule {
  rule: string;
  pattern: RegExp;
  /** Which files the rule applies to. */
  applies(file: string): boolean;
}

const RULES: Rule[] = [
  { rule: 'lib/ knows no browser: no browser.* / chrome.* calls', pattern: /\b(browser|chrome)\.(runtime|tabs|storage|scripting|action|contextMenus|sidePanel|commands)\b/, applies: (f) => f.startsWith('lib/') },
  { rule: 'no innerHTML / outerHTML writes outside the sanitiser', pattern: /\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write\(/, applies: (f) => !f.endsWith('lib/extract/sanitize.ts') && !f.startsWith('tests/') && !f.startsWith('lib/bench/') },
  { rule: 'no `any`', pattern: /:\s*any\b|as any\b|<any>/, applies: (f) => !f.endsWith('.d.ts') },
  { rule: 'no <all_urls>', pattern: /<all_urls>/, applies: (f) => !f.startsWith('lib/house-rules/') },
  { rule: 'no registry host names in the repo', pattern: /registry\.npmjs|npmjs\.(org|com)|yarnpkg\.com/, applies: (f) => !f.startsWith('lib/house-rules/') },
];

/** Files that spell the rules out, and so contain their patterns. */
const RULE_FILES = ['lib/house-rules/check-source.ts', 'scripts/check-rules.ts', 'tests/unit/house-rules.test.ts'];

/** Checks one source file's text against the house rules and returns every violation. */
export function checkSource(file: string, text: string): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (RULE_FILES.includes(file)) return out;
  const lines = text.split('\n');
  for (const rule of RULES) {
    if (!rule.applies(file)) continue;
    lines.forEach((line, i) => {
      if (rule.pattern.test(line)) out.push({ file, line: i + 1, rule: rule.rule });
    });
  }
  if (file.startsWith('lib/')) out.push(...undocumentedExports(file, lines));
  return out;
}

/** Every export of lib/ carries a doc comment (`/** … *\/` right above it); re-exports are exempt. */
function undocumentedExports(file: string, lines: string[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  let previous = '';
  lines.forEach((line, i) => {
    if (/^export (async )?(function|const|class|interface|type|abstract|enum)\b/.test(line) && !/^export type \{/.test(line)) {
      if (!/\*\/\s*$/.test(previous)) out.push({ file, line: i + 1, rule: 'every export of lib/ has a doc comment' });
    }
    if (line.trim()) previous = line;
  });
  return out;
}
