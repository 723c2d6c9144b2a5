// The words of the core, shared by the note model, the extractors, the rules and the
// faces. Every span is a pair of offsets into the note's text in UTF-16 code units, the
// unit JavaScript strings and LSP positions both use.

export interface Span {
  start: number;
  end: number;
}

export type NoteKind = "markdown" | "plaintext";

export type Severity = "error" | "warning" | "information" | "hint";

export type Side = "left" | "right";

/** What happened to a muscle in the note, as a coder reads the sentence around it. */
export type MuscleStatus =
  | "injected"
  | "needled"
  | "examined"
  | "mentioned"
  | "planned"
  | "declined"
  | "historical"
  | "other-procedure";

/** One mention of a muscle, group or region term in the text. */
export interface MuscleMention {
  /** Canonical muscle name (parts resolved to the whole), or the group or region term. */
  name: string;
  kind: "muscle" | "group" | "region";
  /** Sides the note gives for this mention; empty when the note gives none. */
  sides: Side[];
  span: Span;
  status: MuscleStatus;
  /** The mention stands in a procedure's title line ("PROCEDURE: TPI, neck."). */
  titleLine?: boolean;
}

/** A distinct muscle injected at this session: what the code counts. */
export interface InjectedMuscle {
  name: string;
  side: Side | null;
  /** Every mention that named this muscle on this side. */
  spans: Span[];
}

export interface Quantity {
  /** Normalised amount, e.g. "2 mL", "2-3 mL", "40 mg", "20 units". */
  text: string;
  amount: number;
  unit: "mL" | "mg" | "units";
  scope: "total" | "per-site" | "unstated";
  span: Span;
}

export interface Agent {
  /** Canonical drug name from the lexicon. */
  drug: string;
  drugClass: string;
  span: Span;
  /** Normalised strength, e.g. "1%", "40 mg/mL"; null when the note gives none. */
  strength: string | null;
  strengthSpan: Span | null;
  quantity: Quantity | null;
  /** True when the lexicon says this drug needs no strength (volume-only products). */
  strengthNotApplicable: boolean;
  /** The mention stands only in a procedure title line, not in the procedure's details. */
  titleOnly: boolean;
}

export interface Needle {
  gauge: number | null;
  lengthInches: number | null;
  /** A filiform needle's diameter ("0.30 x 50 mm"), which stands for its gauge. */
  diameterMm?: number;
  span: Span;
}

export interface StatedCode {
  code: string;
  units: number;
  modifiers: string[];
  /** The five digits of the code. */
  span: Span;
  /** The code with its units and modifiers, as written. */
  fullSpan: Span;
}

export type ProcedureKind = "trigger-point-injection" | "dry-needling" | "none";

export interface Procedure {
  kind: ProcedureKind;
  /** Where findings about a missing element sit: the procedure's heading or first line. */
  anchor: Span;
  /** Where a missing line is best inserted (an offset just after the procedure text). */
  insertAt: number;
  /** The text to put before an inserted line so that it starts a line of its own. */
  insertPrefix: string;
}

export interface NoteFacts {
  procedure: Procedure;
  mentions: MuscleMention[];
  injected: InjectedMuscle[];
  /** Injected mentions with no side, which make the count a range. */
  unsidedCount: number;
  agents: Agent[];
  needles: Needle[];
  codes: StatedCode[];
  /** Diagnosis codes stated where the note gives its diagnoses or indication. */
  diagnoses: DiagnosisCode[];
  /** The sentences that state a diagnosis or indication, where diagnosis words count. */
  diagnosisText: Span[];
  /** Per-site quantities stated with a number of sites and a total. */
  dosing: DosingStatement[];
  /** Imaging guidance the procedure text states ("under ultrasound guidance"). */
  guidance: GuidanceMention[];
  /** Who the note is about and when, from front matter or header lines. */
  visit: Visit;
  /** Relief from an earlier session and pain scores, as the note states them. */
  pain: PainFacts;
}

export interface PainFacts {
  /** The largest percent relief stated, and for how many weeks it lasted. */
  reliefPercent: number | null;
  reliefWeeks: number | null;
  reliefSpan: Span | null;
  /** Pain scores on one scale (n/10) stated before and after the injections. */
  painScoresBeforeAndAfter: boolean;
}

export interface DiagnosisCode {
  code: string;
  system: "icd10" | "icd9";
  span: Span;
}

export interface DosingStatement {
  perSite: Quantity;
  sites: number;
  sitesSpan: Span;
  total: Quantity;
}

export interface GuidanceMention {
  modality: "ultrasound" | "fluoroscopy" | "mri";
  span: Span;
}

/** A note's patient and date of service. The patient id never reaches a message or log. */
export interface Visit {
  patient: string | null;
  /** Date of service as YYYY-MM-DD. */
  date: string | null;
  /** Where the date of service is written; findings about the session sit there. */
  dateSpan: Span | null;
}

/** An earlier session of the same patient, from another note (see frequencyFindings). */
export interface Session {
  /** The other note: a file URI or path, as the caller names it. */
  uri: string;
  patient: string;
  date: string;
}

/** Another note a finding refers to (LSP relatedInformation). */
export interface RelatedNote {
  uri: string;
  message: string;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The obvious fix (shown first, applied by "fix all"). */
  preferred: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  fix?: Fix;
  /** Other notes behind this finding (earlier sessions of the same patient). */
  related?: RelatedNote[];
}
