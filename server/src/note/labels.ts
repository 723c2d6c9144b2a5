// "Label: content" lines. An ALLCAPS label or one that names a known section starts a
// section ("PROCEDURE:", "Plan:"); any other short label starts a field line of its own
// ("Needle: 25-gauge", "Injectate: ...").
import { classifySection } from "./sections";

export interface Label {
  title: string;
  /** Offsets relative to the line's start. */
  titleStart: number;
  titleEnd: number;
  /** Where the content after the colon (and any closing emphasis) begins. */
  contentStart: number;
  startsSection: boolean;
}

// Optional list marker or emphasis, a label of up to six words, a colon, then space or
// the end of the line. A label never holds a comma or a digit-only word.
const labelPattern =
  /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?)([A-Za-z][A-Za-z0-9 /&'()#.-]{0,48}?)\s*(:)(?:\*\*|__)?(?=\s|$)/;

export function readLabel(line: string): Label | null {
  if (!line.includes(":")) return null; // most lines of prose: no pattern to try
  const match = labelPattern.exec(line);
  if (!match) return null;

  const title = match[2]!.trim();
  if (title.split(/\s+/).length > 6) return null;
  const titleStart = match[1]!.length;
  const contentStart = match[0].length;
  return {
    title,
    titleStart,
    titleEnd: titleStart + match[2]!.length,
    contentStart,
    startsSection: isAllCaps(title) || classifySection(title) !== "other",
  };
}

function isAllCaps(title: string): boolean {
  const letters = title.replace(/[^A-Za-z]/g, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}
