import type * as v from 'valibot';

/** The longest text a schema accepts (its `maxLength` action), so a form field can hold no more. */
export function maxLengthOf(schema: v.GenericSchema): number | undefined {
  const pipe = (schema as { pipe?: readonly { type?: string; requirement?: unknown }[] }).pipe;
  const requirement = pipe?.find((action) => action.type === 'max_length')?.requirement;
  return typeof requirement === 'number' ? requirement : undefined;
}

/** The first issue of a failed parse, with the path to the value ("items.3.text: ..."). */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}
