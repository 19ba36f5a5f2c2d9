// The evaluator against cases transcribed from AWS's documentation (testing/awsDocumentedCases.ts):
// an oracle that does not come from the evaluator itself (issue 17.16).
import { describe, expect, it } from 'vitest';
import { evaluatePolicies } from './evaluatePolicies.js';
import { awsDocumentedCases } from './testing/awsDocumentedCases.js';
import type { NamedPolicy } from './types.js';

describe("AWS's documented policy decisions", () => {
  it('holds at least 150 cases, each citing an AWS documentation page, with distinct names', () => {
    expect(awsDocumentedCases.length).toBeGreaterThanOrEqual(150);
    for (const c of awsDocumentedCases) {
      expect(c.source, c.name).toMatch(
        /^https:\/\/docs\.aws\.amazon\.com\/IAM\/latest\/UserGuide\/\S+\.html(#\S+)?$/,
      );
    }
    const names = awsDocumentedCases.map((c) => c.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it.each(awsDocumentedCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const policies: NamedPolicy[] = c.policies.map((document, i) => ({
      name: `documented${i + 1}`,
      source: { kind: 'custom' },
      document,
    }));
    const result = evaluatePolicies(policies, c.request);
    expect(result.decision, `${c.source}\n${result.explanation}`).toBe(c.expected);
  });
});
