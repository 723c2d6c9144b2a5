// Whether a Markdown or plain-text document looks like a trigger point injection note,
// so that the editor checks notes and leaves other documents alone.
const tpiWording =
  /\btrigger[\s-]*points?\b|\bTPIs?\b|\b2055[23]\b|\bdry[\s-]*needling\b/i;

export function looksLikeTpiNote(text: string): boolean {
  // The wording is near the top of any real note; a bounded look keeps this cheap on
  // huge files.
  return tpiWording.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
}
