// Numbers as clinicians dictate them: "2", ".5", "1-1/4", "1 1/2", "two", "point five",
// "one-half".

const words: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, half: 0.5, quarter: 0.25,
};

/** A regular-expression fragment for one dictated number. */
export const numberPattern =
  "(?:\\d+(?:\\.\\d+)?(?:[\\s-]+\\d\\/\\d{1,2})?|\\d\\/\\d{1,2}|\\.\\d+|(?:a\\s+|one[\\s-])?half|point\\s+(?:one|two|three|five|twenty[\\s-]five)|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";

export function parseNumber(written: string): number | null {
  const text = written.trim().toLowerCase();
  const mixed = /^(\d+)[\s-]+(\d)\/(\d{1,2})$/.exec(text);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);

  const fraction = /^(\d)\/(\d{1,2})$/.exec(text);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  if (/^\d*\.?\d+$/.test(text)) return Number(text);

  const point = /^point\s+(.+)$/.exec(text);
  if (point) return pointNumber(point[1]!);
  const spoken = text.replace(/^(?:a\s+|one[\s-])(?=half)/, "");
  return words[spoken] ?? null;
}

// "point five" = 0.5, "point two five" would need more: the common ones are enough.
function pointNumber(rest: string): number | null {
  const digits: Record<string, string> = { one: "1", two: "2", three: "3", five: "5" };
  const twentyFive = /^twenty[\s-]five$/.test(rest) ? "25" : null;
  const digit = twentyFive ?? digits[rest];
  return digit === undefined ? null : Number(`0.${digit}`);
}

/** Shortest form of an amount for messages: 0.5, 2, 1.25. */
export function formatAmount(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
