// Invented trigger point injection notes for the bench: every word list below is written
// here, nothing is read from real notes. A seeded generator makes every run see the same
// text, so figures from two commits compare.

/** A small seeded generator (mulberry32): the same seed gives the same notes. */
export function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const muscles = [
  "upper trapezius", "levator scapulae", "rhomboid major", "infraspinatus",
  "supraspinatus", "splenius capitis", "sternocleidomastoid", "gluteus medius",
  "quadratus lumborum", "piriformis", "teres minor", "middle trapezius",
];
const drugs = [
  ["lidocaine", ["0.5%", "1%", "2%"]],
  ["bupivacaine", ["0.25%", "0.5%"]],
  ["ropivacaine", ["0.2%", "0.5%"]],
];
const needles = ["25-gauge 1.5-inch", "27-gauge 1.25-inch", "30-gauge 1-inch", "22-gauge 3-inch"];
const sides = ["left", "right", "bilateral"];
const complaints = [
  "aching pain between the shoulder blades", "a band of tightness along the neck",
  "low back pain that wakes the patient at night", "pain radiating toward the scalp",
  "stiffness after long drives", "soreness made worse by lifting groceries",
];
const histories = [
  "Home exercises and heat helped for a short while only.",
  "Naproxen twice daily gave partial relief without stomach upset.",
  "Six sessions of physical therapy ended last month.",
  "The patient works at a desk and reports poor posture at the end of the day.",
  "Sleep is interrupted two or three nights a week.",
  "There is no numbness, weakness or bowel or bladder change.",
];

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** Sentences of history, in paragraphs of four, until about `size` characters. */
function padding(random, size) {
  let text = "";
  for (let sentences = 1; text.length < size; sentences++) {
    text += `${pick(random, histories)}${sentences % 4 === 0 ? "\n\n" : " "}`;
  }
  return text.trim();
}

function procedureFacts(random) {
  const count = 1 + Math.floor(random() * 4);
  const chosen = [...muscles].sort(() => random() - 0.5).slice(0, count);
  const [drug, strengths] = pick(random, drugs);
  return {
    sited: chosen.map((muscle) => `${pick(random, sides)} ${muscle}`),
    agent: `${pick(random, strengths)} ${drug}, ${1 + Math.floor(random() * 3)} mL per site`,
    needle: pick(random, needles),
    code: count >= 3 ? "20553" : "20552",
  };
}

/** One note of about `size` characters, Markdown or plain text. */
export function makeNote(random, kind, size) {
  const facts = procedureFacts(random);
  const complaint = pick(random, complaints);
  const write = kind === "markdown" ? markdownNote : plainNote;
  const frame = write(facts, complaint, "").length;
  return write(facts, complaint, padding(random, Math.max(60, size - frame)));
}

function markdownNote(facts, complaint, body) {
  const list = facts.sited.map((muscle) => `- ${muscle}`).join("\n");
  return "# Trigger point injection\n\n## History\n\n" +
    `The patient reports ${complaint}. ${body}\n\n` +
    `## Exam\n\nTaut bands with a twitch response are palpated in the ${facts.sited[0]}.\n\n` +
    `## Procedure\n\nAfter consent and cleaning with alcohol, a ${facts.needle} needle was ` +
    `used to inject ${facts.agent} into:\n\n${list}\n\nThe patient tolerated it well.\n\n` +
    `## Plan\n\nReturn in four weeks.\n\n**CPT:** ${facts.code}\n`;
}

function plainNote(facts, complaint, body) {
  return `HISTORY: The patient reports ${complaint}. ${body}\n\n` +
    `EXAM: Taut bands with a twitch response are palpated in the ${facts.sited[0]}.\n\n` +
    `PROCEDURE: TRIGGER POINT INJECTIONS. After consent and cleaning with alcohol, a ` +
    `${facts.needle} needle was used to inject the ${facts.sited.join(", ")} with ` +
    `${facts.agent}. The patient tolerated it well.\n\nPLAN: Return in four weeks.\n\n` +
    `CPT: ${facts.code}\n`;
}

/**
 * A document of many notes, about `size` characters: Markdown notes each start with a
 * level-1 heading, plain-text notes are separated by a line of equals signs.
 */
export function makeDocument(random, kind, size, noteSize = 3000) {
  const notes = [];
  let length = 0;
  while (length < size) {
    const note = makeNote(random, kind, Math.min(noteSize, Math.max(300, size - length)));
    notes.push(note);
    length += note.length + 8;
  }
  return notes.join(kind === "markdown" ? "\n" : "\n==========\n\n");
}
