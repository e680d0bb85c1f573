/**
 * Common English words that may not be an alias on their own: an alias "the" or "said" would make
 * nearly every paragraph mention the actor. Data, not code: the one list, lower-case, by kind.
 * An alias written in capitals ("US", "WHO") is an acronym and is not checked against it, because
 * capitals in an alias only match capitals in the text.
 */
const WORDS = `
  a an the this that these those some any each every all both no none other another such
  what which whose who whom whoever whatever

  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  one ones myself yourself himself herself itself ourselves themselves someone anyone everyone
  something anything everything nothing

  of to in on at by for with from about into onto over under after before between through during
  without within against among across along around behind beyond up down out off near since until
  upon via per than like

  and or but nor so yet if because though although while whereas unless whether as when where why
  how then also however therefore

  is are was were be been being am have has had having do does did done doing
  will would shall should can could may might must

  said say says saying told tell tells telling added adds asked asks stated states noted notes
  warned warns claimed claims explained explains described describes according called calls
  announced announces reported reports replied

  get gets got go goes went gone make makes made take takes took taken come comes came see sees saw
  seen know knows knew think thinks thought give gives gave want wants use used find found keep kept
  let put set show shown help need needs

  not yes very just only even still now here there today again more most less least much many few
  well back ever never always often already soon later

  new old first last next same own good great big small high long time times year years day days
  week month people way man men woman women thing things part world life group side case point
  number fact place home end area
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * The common word an alias consists of (a lone word, or a phrase of nothing but common words such
 * as "the one"), or null; acronyms in capitals ("US", "WHO") are never common words.
 */
export function commonWordIn(alias: string): string | null {
  const words = alias
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  if (words.every((w) => /^\p{Lu}{2,}$/u.test(w))) return null;
  const lower = words.map((w) => w.replace(/[’']/g, "'").toLowerCase());
  return lower.every((w) => COMMON_WORDS.has(w)) ? alias.trim() : null;
}
