// Choosing the next code of a format in the lot namespace (workbook.md: receipt lot numbers and batch
// codes are unique across both sheets, and never reused). The next number of a sequence is one past
// the highest already used with the same text around it — LAV-0923-007 follows LAV-0923-006 even when
// 003 was deleted, so a code is never handed out twice — and any code already taken, hand-typed ones
// and the other lines of the same delivery included, is skipped.
import { codeKey } from './codes';
import { formatCode, sequencePattern, type CodeFormat, type SequencePattern, type TokenValues } from './code-formats';

const isDigit = (code: number) => code >= 48 && code <= 57;

function patternKey(pattern: SequencePattern): string {
  return `${codeKey(pattern.prefix)}\u0000${codeKey(pattern.suffix)}`;
}

/**
 * The highest sequence number used in the namespace for each pattern, in one pass over the codes
 * (a workbook holds hundreds of thousands of them; the sidebar asks for every material at once).
 */
export function highestSequences(patterns: readonly SequencePattern[], namespaceKeys: Iterable<string>): number[] {
  // Patterns by their prefix; a code is tried at each digit, as the place its sequence may start.
  const byPrefix = new Map<string, { suffix: string; index: number }[]>();
  patterns.forEach((pattern, index) => {
    const prefix = codeKey(pattern.prefix);
    const list = byPrefix.get(prefix) ?? [];
    list.push({ suffix: codeKey(pattern.suffix), index });
    byPrefix.set(prefix, list);
  });
  const highest = patterns.map(() => 0);
  for (const key of namespaceKeys) {
    for (let start = 0; start < key.length; start++) {
      if (!isDigit(key.charCodeAt(start))) continue;
      const candidates = byPrefix.get(key.slice(0, start));
      if (!candidates) continue;
      for (const { suffix, index } of candidates) {
        const end = key.length - suffix.length;
        if (end <= start || !key.endsWith(suffix)) continue;
        let digits = true;
        for (let i = start; i < end && digits; i++) digits = isDigit(key.charCodeAt(i));
        if (!digits) continue;
        const sequence = Number(key.slice(start, end));
        if (sequence > (highest[index] as number)) highest[index] = sequence;
      }
    }
  }
  return highest;
}

/** Hands out codes of one format, each once, above what the namespace already used. */
export class CodeNumbering {
  /** The namespace as it was read: where the sequences' highest numbers come from. */
  private readonly namespace = new Set<string>();
  /** Codes this run handed out or the maker typed. */
  private readonly reserved = new Set<string>();
  private readonly highest = new Map<string, number>();

  /**
   * @param namespace every code already in the lot namespace, as written (or as keys). The sidebar,
   * which cannot hold the whole namespace, passes none and tells the highest numbers with assumeHighest.
   */
  constructor(
    readonly format: CodeFormat,
    namespace: Iterable<string> = [],
  ) {
    for (const code of namespace) this.namespace.add(codeKey(code));
  }

  /** The highest number used so far for each of these values, learnt in one pass over the namespace. */
  learnHighest(valuesList: readonly TokenValues[]): number[] {
    const patterns = valuesList.map((values) => sequencePattern(this.format, values));
    const unknown = patterns.filter((pattern) => !this.highest.has(patternKey(pattern)));
    if (unknown.length > 0) {
      const found = highestSequences(unknown, this.namespace);
      unknown.forEach((pattern, index) => this.highest.set(patternKey(pattern), found[index] as number));
    }
    return patterns.map((pattern) => this.highest.get(patternKey(pattern)) as number);
  }

  /**
   * The highest number used so far for each name (material code or SKU) on one day, by code key, leaving
   * out names with none: what a sidebar's code preview starts from (src/contract/code-preview.ts).
   */
  highestByName(names: readonly string[], valuesOf: (name: string) => TokenValues): Record<string, number> {
    const found = this.learnHighest(names.map(valuesOf));
    const byName: Record<string, number> = {};
    names.forEach((name, index) => {
      if ((found[index] as number) > 0) byName[codeKey(name)] = found[index] as number;
    });
    return byName;
  }

  /** What the server found for these values (the sidebar's preview). */
  assumeHighest(values: TokenValues, highest: number): void {
    this.highest.set(patternKey(sequencePattern(this.format, values)), highest);
  }

  isTaken(code: string): boolean {
    const key = codeKey(code);
    return this.namespace.has(key) || this.reserved.has(key);
  }

  /**
   * Reserve a code the maker typed. It does not move the sequence on for the codes generated beside
   * it, so the sidebar's preview of the other lines stays what will be saved.
   */
  take(code: string): void {
    this.reserved.add(codeKey(code));
  }

  /** The next free code for these values, now taken. */
  next(values: TokenValues): string {
    const [highest] = this.learnHighest([values]);
    let sequence = (highest as number) + 1;
    let code = formatCode(this.format, values, sequence);
    while (this.isTaken(code)) code = formatCode(this.format, values, ++sequence);
    this.take(code);
    return code;
  }
}
