// A request that crosses google.script.run may come from something other than today's sidebar (one
// left open across an update, a script, a hand-made call), so every way it can be malformed gets a
// maker's sentence naming its field — never zod's JSON or "Invalid input". The schemas keep their own
// messages where they have one ('Enter a number.'); this error map words every other issue.
import type * as z from 'zod/mini';
import { excerpt } from '../domain/excerpt';

/** Words for the field at a path of the request: ['lines', 0, 'cost'] → 'The cost of line 1'. */
export type FieldLabel = (path: readonly PropertyKey[]) => string;

/** Sheets holds at most 50,000 characters in a cell: no text of a request may be longer. */
export const TEXT_LIMIT = 50000;

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
};

function kindOf(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  return KINDS[typeof input] ?? typeof input;
}

/**
 * A schema's own message for a value of the wrong type ('Enter a number.'), which the sidebar shows at
 * the field. Anything else about it — missing, too long — falls through to the request's error map.
 */
export function wrongType(message: string): { error: (issue: z.core.$ZodRawIssue) => string | undefined } {
  return { error: (issue) => (issue.code === 'invalid_type' && issue.input !== undefined ? message : undefined) };
}

/** The error map for safeParse: each issue as a sentence about the field it is at. */
export function wireErrors(label: FieldLabel): z.core.$ZodErrorMap {
  return (issue) => sentence(issue, label(issue.path ?? []));
}

function sentence(issue: z.core.$ZodRawIssue, what: string): string {
  const raw = issue as unknown as Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${what} is missing.`;
      if (typeof issue.input === 'number' && raw.expected === 'number') return `${what} must be a finite number.`;
      return `${what} must be ${KINDS[String(raw.expected)] ?? String(raw.expected)}, not ${kindOf(issue.input)}.`;
    }
    case 'too_big': {
      const most = Number(raw.maximum).toLocaleString('en-US');
      if (raw.origin === 'string') return `${what} is too long: at most ${most} characters.`;
      if (raw.origin === 'array') return `${what} has too many entries: at most ${most}.`;
      return `${what} is too large: at most ${most}.`;
    }
    case 'too_small': {
      const least = Number(raw.minimum).toLocaleString('en-US');
      if (raw.origin === 'array') return `${what} needs at least ${least}.`;
      if (raw.origin === 'string') return `${what} must not be empty.`;
      return `${what} must be at least ${least}.`;
    }
    case 'unrecognized_keys': {
      const keys = (raw.keys as string[]).map((key) => `"${excerpt(key)}"`);
      return `${what} has no field called ${keys.join(', ')}.`;
    }
    case 'invalid_value': {
      // A blank choice ('' for "not said") is named in words: "one of Consumer, Wholesale, ." reads as a typo.
      const values = (raw.values as unknown[]).map((value) => (value === '' ? 'blank' : String(value)));
      const last = values.pop();
      return `${what} must be ${values.length === 0 ? last : `one of ${values.join(', ')} or ${last}`}.`;
    }
    default:
      return `${what} is not in a form Lotline reads.`;
  }
}

/**
 * Every issue of a failed parse as one text (for a function whose answer has no place per field), each
 * sentence naming its field: a schema's own message ('Use a real date written YYYY-MM-DD.') gets it in front.
 */
export function sentencesOf(error: z.core.$ZodError, label: FieldLabel): string {
  const sentences = error.issues.map((issue) => {
    const what = label(issue.path);
    return issue.message.startsWith(what) ? issue.message : `${what}: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
  });
  return [...new Set(sentences)].join(' ');
}

/** Parse a request or throw the maker's sentence: the sidebar shows a thrown error's message. */
export function parseOrExplain<T>(schema: z.ZodMiniType<T>, request: unknown, label: FieldLabel): T {
  const parsed = schema.safeParse(request, { error: wireErrors(label) });
  if (!parsed.success) throw new Error(sentencesOf(parsed.error, label));
  return parsed.data;
}

/** 'The quantity of line 2' from a field name and a line's 0-based index. */
export function ofLine(field: string, list: string, index: PropertyKey | undefined): string {
  const line = typeof index === 'number' ? index + 1 : String(index);
  return field === '' ? `${capitalize(list)} ${line}` : `The ${field} of ${list} ${line}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
