// An .xlsx holds a tab name of at most 31 characters, unique ignoring case, without : \ / ? * [ ];
// Sheets allows 100 characters. Given to exceljs as they are, longer names are cut with a warning on
// every save, and two names alike in their first 31 characters make the save fail ("Worksheet name
// already exists") — so they are cut here, the way a download from Sheets would hold them, and made
// unique with a counter. Names that fit are never changed.
const MAX = 31;

export function xlsxSheetNames(names: readonly string[]): string[] {
  const taken = new Set(names.filter(fits).map((name) => name.toLowerCase()));
  return names.map((name) => {
    if (fits(name)) return name;
    const clean = name.replace(/[:\\/?*[\]]/g, ' ');
    let candidate = clean.slice(0, MAX);
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1) {
      const suffix = ` (${counter})`;
      candidate = clean.slice(0, MAX - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function fits(name: string): boolean {
  return name.length <= MAX && !/[:\\/?*[\]]/.test(name);
}
