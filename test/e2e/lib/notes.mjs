// The invented TPI note every editor test opens: three muscles injected (both upper trapezius
// and the left levator scapulae) but coded 20552, the 1-2 muscle code.
export const undercodedNote =
  "PROCEDURE: TRIGGER POINT INJECTIONS.\n\n" +
  "A 27-gauge 1.25-inch needle was used to inject the upper trapezius bilaterally and " +
  "the left levator scapulae with 0.5% bupivacaine, 1 cc per site, 3 cc total.\n\n" +
  "CPT: 20552\n";

export const noteFileName = "undercoded.note";
export const expectedRule = "code-muscle-count";
export const wrongCode = "20552";
export const rightCode = "20553";

/** The note as it must read once the quick fix is applied. */
export const fixedNote = undercodedNote.replace(`CPT: ${wrongCode}`, `CPT: ${rightCode}`);
