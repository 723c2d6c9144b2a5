// The words that tell a coder what happened to a muscle: injected now, only examined,
// planned, declined, done at an earlier visit, or given as an IM shot. Each cue is
// tested against one clause, so "palpated ...; only the right QL was injected" splits.

export const injectCue =
  /\binject(?:ed|ion|ions|ing)?\b|\btpis?\b|\binfiltrat(?:ed|ion)\b|\b(?:was|were) placed\b/i;

export const dryNeedlingCue =
  /\bdry[\s-]*needl\w*|\bneedling\b|\bno (?:medication|injectate|medicine) (?:was |were )?(?:injected|used)\b/i;

export const negatedCue =
  /\b(?:not|never|no)\s+(?:\w+\s+){0,2}(?:inject\w*|treated|needled)\b|\bdeclin\w*|\brefus\w*|\bdeferred\b|\baborted\b|\bwithheld\b|\bomitted\b|\bwithout (?:injection|injecting)\b/i;

export const plannedCue =
  /\b(?:will|would|shall|plan|plans|planned|planning|offered|schedul\w*|next (?:visit|time|appointment|session|week|month)|to be (?:initiated|performed|done|scheduled|given|started)|consider\w*|candidate|recommend\w*|may|might|if (?:no|not|needed|indicated|symptoms|pain)|future|return for|anticipat\w*|tentative\w*|consent(?:ed)? (?:was )?(?:obtained )?for)\b/i;

export const historicalCue =
  /\b(?:previous(?:ly)?|prior|last (?:visit|time|week|month|year|session)|ago|history of|in the past|earlier visit)\b/i;

// Only words that place the act at this visit: "were injected" alone may tell of an
// earlier visit ("were previously injected with good relief").
export const performedNowCue =
  /\b(?:today|this (?:visit|session|date)|at this (?:visit|time)|during this (?:visit|encounter))\b/i;

export const examinedCue =
  /\b(?:palpat\w*|tender\w*|taut|twitch\w*|noted|exam\w*|reveal\w*|identified|found|spasms?|strength|hypertonic\w*|present|observed|assessed|evaluat\w*|reproduc\w*|complain\w*|pain)\b/i;

// "IM" only in capitals: an intramuscular shot at another site is not a trigger point.
export const intramuscularCue = /\bIM\b|\bintramuscular(?:ly)?\b/;

export const drawUpCue = /\b(?:draw(?:n|ing)?|drew)\s+up\b|\bto draw\b|\bfilter needle\b/i;

export const tpiWording =
  /\btrigger[\s-]*points?[\s-]*injections?\b|\btpis?\b|\btrigger[\s-]*points?\b[^.;]*?\binject|\binject\w*\b[^.;]*?\btrigger[\s-]*points?\b/i;

// A procedure other than a TPI named as the procedure ("Superior Gluteal Nerve Block").
export const otherProcedureWording =
  /\bnerve blocks?\b|\bepidural\b|\bfacet\b|\bradiofrequency\b|\bjoint injection\b|\bbursa\b|\bmedial branch\b|\bchemodenervation\b/i;
