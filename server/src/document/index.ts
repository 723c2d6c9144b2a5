// Documents of many notes: split, check each note once, join (see lintDocument.ts).
export { NoteCache } from "./cache";
export {
  lintDocument,
  lintDocumentSteps,
  noteAt,
  type DocumentResult,
  type NoteResult,
} from "./lintDocument";
export { splitNotes } from "./split";
