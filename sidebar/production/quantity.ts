// Quantities as makers type them in the sidebar: `1,200`, ` 2.5 `. The server wants numbers, and a
// field that is not one is said at the field before anything is sent.

/** The number typed, or null when the text is not one (blank included). */
export function readQuantity(text: string): number | null {
  const cleaned = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}
