import { describe, expect, it } from 'vitest';
import { withAreaCodes } from '../../../lib/plan/area-codes';
import { builtinPlan } from '../../../lib/plan/builtin-plan';
import { planProblems } from '../../../lib/plan/plan-problems';
import type { Plan } from '../../../lib/plan/types';
import { areaKey } from '../../../lib/tagging/area-key';

const plan = (overrides: Partial<Plan> = {}): Plan => ({ ...builtinPlan(2026), ...overrides });

describe('planProblems (before a plan is saved)', () => {
  it('finds nothing wrong with the built-in template', () => {
    expect(planProblems(plan())).toEqual([]);
  });

  it('names each problem and where it is', () => {
    const bad = plan({
      title: '  ',
      year: 1999,
      areas: [{ title: '', text: '' }, { title: 'B', text: '', code: 'Không hợp lệ' }, { title: 'C', text: '', code: 'tthc' }, { title: 'D', text: '', code: 'tthc' }],
      units: [{ name: 'Văn phòng Sở' }, { name: ' ' }],
      quotas: [
        { unit: null, count: 0, period: 'year', what: ['tin'] },
        { unit: 'Phòng không có trong kế hoạch', count: 4, period: 'year', what: ['bài'] },
      ],
      reporting: { mode: 'cut-off', cutOffDay: 31, cadences: [] },
    });
    expect(planProblems(bad)).toEqual([
      { kind: 'no-title' },
      { kind: 'bad-year' },
      { kind: 'area-title', index: 0 },
      { kind: 'area-code', index: 1 },
      { kind: 'area-code', index: 3 },
      { kind: 'unit-name', index: 1 },
      { kind: 'quota-count', index: 0 },
      { kind: 'quota-unit', index: 1 },
      { kind: 'cut-off-day' },
      { kind: 'no-cadence' },
    ]);
  });

  it('asks for at least one area', () => {
    expect(planProblems(plan({ areas: [] }))).toEqual([{ kind: 'no-areas' }]);
  });
});

describe('withAreaCodes (stable area keys through edits)', () => {
  const read = plan({ areas: [{ title: 'Tuyên truyền A', text: 'a' }, { title: 'B', text: 'b', code: 'area-1' }, { title: 'C', text: 'c' }] });

  it('codes each uncoded area with the key it has now, or the next free one', () => {
    const coded = withAreaCodes(read);
    expect(coded.areas.map((a) => a.code)).toEqual(['area-4', 'area-1', 'area-3']);
    expect(read.areas[0]?.code).toBeUndefined();
  });

  it('keeps the keys of positional areas, so tags set before the first save still match', () => {
    const positional = plan({ areas: [{ title: 'A', text: '' }, { title: 'B', text: '' }] });
    const coded = withAreaCodes(positional);
    expect(coded.areas.map((a, i) => areaKey(a, i))).toEqual(positional.areas.map((a, i) => areaKey(a, i)));
    // Removing the first area no longer moves the second one's key.
    expect(areaKey(coded.areas[1]!, 0)).toBe('area-2');
  });
});
