// Codes stated in the note, with units and modifiers: "CPT 20553", "20552 x 2",
// "99213-25". Trigger point codes count wherever they stand; other codes only where the
// note speaks of coding (a CPT or billing line, or a coding section).
import type { Note } from "../note/model";
import type { StatedCode } from "../types";

const tpiFamily = /^(?:2055[0-3]|2056[01])$/;
// E/M codes broadly (99202-99499): the policy says which need modifier 25.
const otherCodes = /^(?:7694[2]|77002|77021|99[2-4]\d\d|646(?:1[2-9]|[2-4]\d))$/;
const codeContext = /\b(?:cpt|code|codes|billing|billed|bill|hcpcs|charge)\b/i;

// A full stop may end the sentence after a code ("Billed 20550."); a decimal may not.
const fiveDigits = /(?<![\w.\-/])(\d{5})(?![\w/]|\.\d)/g;
const modifier = /^(?:\s*-\s*|\s+modifier\s+|\s*,?\s*mod(?:ifier)?\.?\s*)(25|50|59|76|XS|XU|XE|XP|LT|RT)\b/i;
const unitCount = /^(?:\s*(?:x|×)\s*(\d+)\b|\s*\(?\s*(\d+)\s*units?\b\)?|\s*,?\s*units?:?\s*(\d+)\b)/i;

export function findCodes(note: Note): StatedCode[] {
  const codes: StatedCode[] = [];
  for (const sentence of note.sentences) {
    const words = note.text.slice(sentence.span.start, sentence.span.end);
    const inCoding = () => sentence.block.section.kind === "coding" || codeContext.test(words);

    for (const match of words.matchAll(fiveDigits)) {
      const code = match[1]!;
      if (!tpiFamily.test(code) && !(otherCodes.test(code) && inCoding())) continue;
      codes.push(readCode(words, sentence.span.start, match.index!, code));
    }
  }
  return codes;
}

function readCode(words: string, base: number, at: number, code: string): StatedCode {
  let end = at + code.length;
  const modifiers: string[] = [];
  let units = 1;

  for (let guard = 0; guard < 4; guard++) {
    const rest = words.slice(end);
    const mod = modifier.exec(rest);
    const count = mod ? null : unitCount.exec(rest);
    if (mod) modifiers.push(mod[1]!.toUpperCase());
    if (count) units = Number(count[1] ?? count[2] ?? count[3]);
    const taken = mod ?? count;
    if (!taken) break;
    end += taken[0].length;
  }

  return {
    code,
    units,
    modifiers,
    span: { start: base + at, end: base + at + code.length },
    fullSpan: { start: base + at, end: base + end },
  };
}
