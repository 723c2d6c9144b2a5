// The patient and date of service of a note, for counting sessions across notes. The
// accepted forms (docs/rules/frequency-limit.md):
//   Markdown front matter:   ---\npatient: 12345\ndate: 2026-03-09\n---
//   header lines:            "Patient: ...", "MRN: ...", "Date of service: 2026-03-09"
// Dates are YYYY-MM-DD or MM/DD/YYYY. The MRN wins over a patient name when both are
// given. Pure text reading: no note model, so an index can read many notes cheaply.
import type { Span, Visit } from "../types";

const headerLines = 40;
const patientKeys = /^(?:mrn|medical record (?:number|no\.?)|patient(?:[ _]id)?|patient name)$/i;
const mrnKey = /^(?:mrn|medical record (?:number|no\.?)|patient[ _]id)$/i;
const headerDateKey = /^(?:date of service|dos|service date)$/i;
const frontMatterDateKey = /^(?:date|date[ _]of[ _]service|dos)$/i;

// "- **Date of service:** 2026-03-09", "MRN: 00123", "patient: 12345"
const field =
  /^[ \t]*(?:[-*][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z _.]{1,30}?)[ \t]*:(?:\*\*|__)?[ \t]*(.*?)[ \t]*$/;

interface Field {
  key: string;
  value: string;
  valueStart: number;
}

export function readVisit(text: string): Visit {
  const front = frontMatter(text);
  const fields = front ? fieldsIn(text, front.start, front.end) : [];
  const header = fieldsIn(text, front?.end ?? 0, lineOffset(text, headerLines));
  const dateKey = (f: Field, inFront: boolean) =>
    (inFront ? frontMatterDateKey : headerDateKey).test(f.key);

  const all = [...fields.map((f) => ({ f, inFront: true })), ...header.map((f) => ({ f, inFront: false }))];
  const patients = all.filter(({ f }) => patientKeys.test(f.key) && f.value !== "");
  const patient = patients.find(({ f }) => mrnKey.test(f.key)) ?? patients[0];
  const dated = all.map(({ f, inFront }) => (dateKey(f, inFront) ? dateIn(f) : null)).find(Boolean);

  return {
    patient: patient ? normalisePatient(patient.f.value) : null,
    date: dated?.date ?? null,
    dateSpan: dated?.span ?? null,
  };
}

function frontMatter(text: string): { start: number; end: number } | null {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { start: match[0].indexOf("\n") + 1, end: match[0].length } : null;
}

function fieldsIn(text: string, start: number, end: number): Field[] {
  const fields: Field[] = [];
  let at = start;
  for (const line of text.slice(start, end).split("\n")) {
    const match = line.includes(":") ? field.exec(line.replace(/\r$/, "")) : null;
    if (match) {
      const raw = match[2]!;
      const value = raw.replace(/^["']|["']$/g, "").replace(/[*_]+$/, "").trim();
      const valueStart = at + line.indexOf(raw, match[1]!.length) + (/^["']/.test(raw) ? 1 : 0);
      fields.push({ key: match[1]!.trim(), value, valueStart });
    }
    at += line.length + 1;
  }
  return fields;
}

function dateIn(f: Field): { date: string; span: Span } | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(f.value);
  const us = iso ? null : /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(f.value);
  const match = iso ?? us;
  if (!match) return null;

  const [year, month, day] = iso ? [match[1]!, match[2]!, match[3]!] : [match[3]!, match[1]!, match[2]!];
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  const start = f.valueStart + Math.max(0, f.value.indexOf(match[0]));
  return { date, span: { start, end: start + match[0].length } };
}

function lineOffset(text: string, lines: number): number {
  let at = 0;
  for (let i = 0; i < lines; i++) {
    const next = text.indexOf("\n", at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

// Case and spacing differ between notes of one patient; the id itself must match.
function normalisePatient(value: string): string {
  return value.replace(/\s+/g, " ").trim().toLowerCase();
}
