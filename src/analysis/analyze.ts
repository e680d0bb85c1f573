/** Entry point: analyzeArticle(input, registry) -> Analysis (pure; no Astro, unified or DOM). */
import type { Registry } from '../registry/schema.ts';
import { closestId } from './closest.ts';
import type {
  Analysis,
  ArticleInput,
  Heading,
  MentionSpan,
  Paragraph,
  ParagraphMentions,
  Quote,
  QuoteKind,
  Speaker,
  UnregisteredSpeaker,
} from './types.ts';
import { headingAnchors, paragraphAnchors, uniqueSlug } from './anchors.ts';
import { buildMatcher, type AliasMatch, type Matcher } from './mentions.ts';
import { groupQuotes, maskQuotes, type QuoteGroup, type Segment } from './quotes.ts';
import { findCues, type Cue } from './cues.ts';
import {
  addAlias,
  addDescriptionOccurrences,
  addSurname,
  addUnregistered,
  createDiscourse,
  isUnnamedPerson,
  knownName,
  resolveSubject,
  type Resolution,
} from './attribution.ts';
import { findNameIntros, findPersonIntros, GOV_BODY, isIndefinitePerson, isPersonNoun } from './people.ts';
import { findOrgs, isAcronym } from './orgs.ts';
import { reportedClause } from './reported.ts';
import { evidenceFor } from './evidence.ts';
import { maskTimestamps, normQuotes, slugWords } from './text.ts';

const matcherCache = new WeakMap<Registry, Matcher>();

function matcherFor(registry: Registry): Matcher {
  let m = matcherCache.get(registry);
  if (!m) {
    m = buildMatcher(registry);
    matcherCache.set(registry, m);
  }
  return m;
}

interface Attribution {
  cue: Cue | null;
  res: Resolution;
  method: string | null;
}

const SCARE_BEFORE =
  /\b(so-called|so called|dubbed|titled|entitled|known as|called|named|labelled|labeled|the word|the term|the phrase|term|phrase|word|slogan,?|motto,?|reading|read|banners?|placards?|signs?)\s*[“"„«]?$/i;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** True for a quoted full sentence ("It always does.", "Never."): capitalised and ending in . ! ? (speech, not a scare quote). */
export function isFullSentence(s: string): boolean {
  const t = s.trim();
  return /^[\p{Lu}]/u.test(t) && /[.!?…]['’"”]?$/.test(t);
}

function isTitleCase(s: string): boolean {
  const ws = s
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (ws.length < 2 || /[.!?,;:]$/.test(s.trim())) return false;
  const big = ws.filter((w) => w.length > 3);
  return big.length > 0 && big.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** Analyzes one article against the registry: anchors, mentions, quotes with speakers, reported speech, warnings. */
export function analyzeArticle(input: ArticleInput, registry: Registry): Analysis {
  const file = input.file;
  const matcher = matcherFor(registry);
  const paraBlocks: number[] = [];
  const headBlocks: number[] = [];
  input.blocks.forEach((b, i) => (b.kind === 'heading' ? headBlocks : paraBlocks).push(i));
  const rawTexts = paraBlocks.map((i) => input.blocks[i]!.text);
  // the analysis reads the paragraphs with live-blog time stamps masked (same offsets); anchors and texts keep them
  const ptexts = rawTexts.map(maskTimestamps);
  const htexts = headBlocks.map((i) => input.blocks[i]!.text);

  // anchors
  const hAnchors = headingAnchors(htexts);
  const pAnchors = paragraphAnchors(rawTexts, hAnchors);
  const usedIds = new Set<string>([...hAnchors, ...pAnchors]);
  const paragraphs: Paragraph[] = rawTexts.map((text, i) => ({
    index: i + 1,
    anchor: pAnchors[i]!,
    text,
    block: paraBlocks[i]!,
  }));

  // mentions by alias
  const pMatches = ptexts.map((t) => matcher.match(t));
  const hMatches = htexts.map((t) => matcher.match(t));
  const spans: MentionSpan[] = [];
  const actorKind = new Map(registry.actors.map((a) => [a.id, a.kind]));
  const toSpan = (m: AliasMatch, block: number, paragraph: number | null): MentionSpan => ({
    block,
    paragraph,
    start: m.start,
    end: m.end,
    surface: m.surface.replace(/['’]s?$/, ''),
    type: m.type,
    id: m.id,
    via: 'alias',
  });
  const headings: Heading[] = htexts.map((text, i) => {
    const ms = hMatches[i]!;
    for (const m of ms) spans.push(toSpan(m, headBlocks[i]!, null));
    return {
      anchor: hAnchors[i]!,
      text,
      depth: input.blocks[headBlocks[i]!]!.depth ?? 2,
      block: headBlocks[i]!,
      actors: uniq(ms.filter((m) => m.type === 'actor').map((m) => m.id)),
      conflicts: uniq(ms.filter((m) => m.type === 'conflict').map((m) => m.id)),
    };
  });
  pMatches.forEach((ms, p) => ms.forEach((m) => spans.push(toSpan(m, paraBlocks[p]!, p + 1))));

  // quotes, masks and cues
  const groups = groupQuotes(ptexts);
  const segsByPara: Segment[][] = ptexts.map(() => []);
  for (const g of groups) for (const s of g.segments) segsByPara[s.para]!.push(s);
  segsByPara.forEach((ss) => ss.sort((a, b) => a.start - b.start));
  const masked = ptexts.map((t, p) => maskQuotes(t, segsByPara[p]!));
  const cuesByPara = masked.map((m, p) =>
    findCues(m, p, (s, e) =>
      pMatches[p]!.some((x) => x.type === 'actor' && x.start <= s && e <= x.end + 2 && x.end >= e - 2),
    ),
  );

  // discourse model: registry mentions, then people introduced by appositives or honorifics
  const d = createDiscourse(registry, pMatches, ptexts);
  ptexts.forEach((_text, p) => {
    const blocked = (s: number, e: number) =>
      pMatches[p]!.some(
        (m) => m.start < e && s < m.end && !(m.type === 'actor' && actorKind.get(m.id) === 'person'),
      );
    const anyActor = (s: number, e: number) => pMatches[p]!.some((m) => m.start < e && s < m.end);
    // a body's name that only contains a registry alias ("Japan Meteorological Agency") is a body of its own
    const covered = (s: number, e: number) => pMatches[p]!.some((m) => m.start <= s && e <= m.end);
    const persons = [...findPersonIntros(masked[p]!, blocked), ...findNameIntros(masked[p]!, blocked)].sort(
      (x, y) => x.start - y.start,
    );
    const bodies: { key: string; end: number }[] = pMatches[p]!.filter(
      (m) => m.type === 'actor' && actorKind.get(m.id) !== 'person',
    ).map((m) => ({ key: m.id, end: m.end }));
    for (const found of findOrgs(masked[p]!, covered)) {
      const org = { ...found };
      // "Britain’s Home Office", "the US State Department": a registered state (or its possessive) before a body's name is not part of it
      const lead = pMatches[p]!.find(
        (m) =>
          m.type === 'actor' && m.start === org.start && m.end < org.end && actorKind.get(m.id) === 'state',
      );
      const rest = lead ? /^(?:['’]s)?\s+/.exec(masked[p]!.slice(lead.end, org.end)) : null;
      if (
        lead &&
        rest &&
        org.end - lead.end - rest[0].length > 0 &&
        GOV_BODY.test(masked[p]!.slice(lead.end + rest[0].length, org.end)) &&
        /^(?:['’]s|\s+[A-Z][\p{L}-]*\s+(?:Department|Office|Ministry))/u.test(
          masked[p]!.slice(lead.end, org.end),
        )
      ) {
        org.start = lead.end + rest[0].length;
        org.name = masked[p]!.slice(org.start, org.end);
      }
      if (
        anyActor(org.start, org.end) &&
        !pMatches[p]!.some(
          (m) => m.start < org.end && org.start < m.end && m.end - m.start < org.end - org.start,
        )
      )
        continue;
      if (persons.some((x) => x.start < org.end && org.start < x.end)) continue;
      // "the Superior Electoral Court (TSE)": an acronym in brackets right after a body's name is that body
      const br = /\s*\($/.exec(masked[p]!.slice(0, org.start));
      const owner =
        br && masked[p]![org.end] === ')' && isAcronym(org.name)
          ? bodies.find((b) => b.end === br.index)
          : undefined;
      if (owner) {
        addAlias(d, org.name, owner.key, p, org.end, ptexts);
        continue;
      }
      bodies.push({
        key: addUnregistered(d, org.name, p, org.start, ptexts, { kind: 'organisation' }).key,
        end: org.end,
      });
    }
    // "the Superior Electoral Court (TSE)": an acronym in brackets right after a body's name is that body
    for (const m of masked[p]!.matchAll(/\s*\(([A-Z]{2,6})\)/g)) {
      const body = bodies.find((b) => b.end === m.index);
      if (body) addAlias(d, m[1]!, body.key, p, m.index! + m[0].length, ptexts);
    }
    for (const intro of persons) {
      const reg = pMatches[p]!.find(
        (m) =>
          m.type === 'actor' &&
          actorKind.get(m.id) === 'person' &&
          m.start < intro.end &&
          intro.start < m.end,
      );
      if (reg) {
        const e = d.entities.get(reg.id)!;
        if (intro.role) e.role = e.role ?? intro.role;
        continue;
      }
      const extra: { role?: string; gender?: 'male' | 'female' } = {};
      if (intro.role) extra.role = intro.role;
      if (intro.gender) extra.gender = intro.gender;
      if (!intro.name.includes(' ')) addSurname(d, intro.name, p, intro.start, ptexts, extra);
      else addUnregistered(d, intro.name, p, intro.start, ptexts, extra);
    }
    addDescriptionOccurrences(d, masked[p]!, p);
  });

  // resolve every cue in reading order
  const resolved = new Map<Cue, Resolution>();
  const corefSpans: MentionSpan[] = [];
  const allCues = cuesByPara.flat();
  for (const c of allCues) {
    if (!c.subject) continue;
    // a one-word transcript label ("Onyango: “…”") is someone named before, or nobody
    const label =
      c.kind === 'colon' &&
      c.verb === ':' &&
      !c.subject.text.includes(' ') &&
      !pMatches[c.para]!.some((m) => m.type === 'actor' && m.start === c.subject!.start);
    const known = label ? knownName(d, c.subject.text, c.para, c.subject.start, ptexts) : null;
    const res: Resolution = label
      ? known
        ? { key: known, method: 'name', coreference: false }
        : { key: null, method: 'unresolved', coreference: false }
      : resolveSubject(d, c.subject, c.para, pMatches[c.para]!, ptexts);
    resolved.set(c, res);
    if (!res.key && !/^(he|she|it|they)$/i.test(c.subject.text.trim()))
      d.unresolved.push({ para: c.para, pos: c.subject.start, person: isUnnamedPerson(c.subject.text) });
    if (res.key) {
      d.spoken.push({ para: c.para, start: c.start, end: c.sentence[1], key: res.key });
      const e = d.entities.get(res.key);
      if (e) e.speaker = true;
      if (c.subject.role && e && !e.role) e.role = c.subject.role;
      // a body or person found by description ("the company said") is named there for a later "it"/"he" too
      if (res.key && (!res.key.startsWith('u:') || res.method === 'description')) {
        d.occurrences.push({ para: c.para, pos: c.subject.start, key: res.key });
        d.occurrences.sort((x, y) => x.para - y.para || x.pos - y.pos);
      }
    }
    if (res.coreference && res.key && !res.key.startsWith('u:')) {
      corefSpans.push({
        block: paraBlocks[c.para]!,
        paragraph: c.para + 1,
        start: c.subject.start,
        end: c.subject.end,
        surface: rawTexts[c.para]!.slice(c.subject.start, c.subject.end),
        type: 'actor',
        id: res.key,
        via: 'coreference',
      });
    }
  }
  d.occurrences.sort((a, b) => a.para - b.para || a.pos - b.pos);
  // "adding that" continues the cue before it in the sentence
  for (const c of allCues) {
    if (c.kind !== 'adding') continue;
    const prev = cuesByPara[c.para]!.filter(
      (x) => x !== c && x.end <= c.start && x.sentence[0] === c.sentence[0] && resolved.get(x)?.key,
    ).pop();
    if (prev) resolved.set(c, resolved.get(prev)!);
  }

  // attribute direct quotes
  const quotes: Quote[] = [];
  const attrib = new Map<QuoteGroup, Attribution>();
  const usedCues = new Set<Cue>();
  let prevGroup: QuoteGroup | null = null;
  for (const g of groups) {
    const a = attribute(g, cuesByPara, resolved, masked, ptexts);
    if (!a.cue) {
      const inh =
        inherit(g, prevGroup, attrib, masked, ptexts) ??
        introducedBefore(g, cuesByPara, resolved, masked) ??
        afterReportedSentence(g, cuesByPara, resolved, masked);
      if (inh) Object.assign(a, inh);
    }
    if (a.cue) usedCues.add(a.cue);
    attrib.set(g, a);
    prevGroup = g;
  }
  const unregistered = new Map<string, UnregisteredSpeaker>();
  const speakerOf = (res: Resolution, role?: string): Speaker => {
    if (!res.key) return { id: null, name: null, registered: false };
    const e = d.entities.get(res.key)!;
    const sp: Speaker = { id: e.id, name: e.name, registered: e.id !== null };
    if (e.id === null && e.kind === 'organisation') sp.kind = 'organisation';
    const r = role ?? e.role;
    if (r) sp.role = r;
    return sp;
  };
  const noteUnregistered = (sp: Speaker, paragraph: number) => {
    if (sp.registered || !sp.name) return;
    const u: UnregisteredSpeaker = unregistered.get(sp.name) ?? {
      name: sp.name,
      paragraphs: [],
      ...(sp.kind ? { kind: sp.kind } : {}),
    };
    if (sp.role && !u.role) u.role = sp.role;
    if (!u.paragraphs.includes(paragraph)) u.paragraphs.push(paragraph);
    u.paragraphs.sort((x, y) => x - y);
    unregistered.set(sp.name, u);
  };
  for (const g of groups) {
    const a = attrib.get(g)!;
    const first = g.segments[0]!;
    const text = g.segments.map((s) => rawTexts[s.para]!.slice(s.start, s.end).trim()).join(' ');
    const beforeText = masked[first.para]!.slice(0, first.open >= 0 ? first.open : first.start);
    let kind: QuoteKind = 'direct';
    // a characterisation ("Hamas called the claim “a lie”") is speech only with a subject that can speak
    const speaksAs =
      a.cue !== null &&
      a.method === 'described-as' &&
      (a.res.key !== null ||
        isPersonNoun(a.cue.subject?.text ?? '') ||
        isIndefinitePerson(a.cue.subject?.text ?? '') ||
        /^(?:one|another)$/i.test(a.cue.subject?.text.trim() ?? ''));
    if (
      a.method === 'described-as' &&
      (!speaksAs ||
        usedAsModifier(g.segments[g.segments.length - 1]!, rawTexts, text) ||
        SLOGAN_OBJECT.test(beforeText))
    )
      kind = 'scare';
    else if (SCARE_BEFORE.test(beforeText) && !speaksAs) kind = 'scare';
    else if (!a.cue && !a.res.key && (wordCount(text) <= 3 || isTitleCase(text))) kind = 'scare';
    else if (a.method === 'sentence' && isTitleCase(text)) kind = 'scare';
    const id = uniqueSlug(normQuotes(text), usedIds, { prefix: 'q-', words: 4, fallback: 'quote' });
    const speaker =
      kind === 'scare' ? { id: null, name: null, registered: false } : speakerOf(a.res, a.cue?.subject?.role);
    if (kind !== 'scare') noteUnregistered(speaker, first.para + 1);
    const attributed = kind === 'scare' ? null : a.cue;
    quotes.push({
      ...evidenceFor(attributed, kind === 'scare' ? null : a.method, speaker, rawTexts),
      id,
      anchor: id,
      kind,
      text,
      paragraph: first.para + 1,
      parts: g.segments.map((s) => trimPart(rawTexts[s.para]!, s)),
      speaker,
      method: kind === 'scare' ? null : a.method,
      cue:
        kind === 'scare' || !a.cue
          ? null
          : rawTexts[a.cue.para]!.slice(
              Math.min(a.cue.start, a.cue.verbStart),
              Math.max(a.cue.end, a.cue.verbEnd),
            ),
    });
  }

  // reported speech
  for (const c of allCues) {
    const res = resolved.get(c);
    if (!res?.key) continue;
    const span = reportedClause(c, ptexts[c.para]!, segsByPara[c.para]!);
    if (!span) continue;
    const text = rawTexts[c.para]!.slice(span[0], span[1]);
    const id = uniqueSlug(normQuotes(text), usedIds, { prefix: 'r-', words: 4, fallback: 'reported' });
    const speaker = speakerOf(res, c.subject?.role);
    noteUnregistered(speaker, c.para + 1);
    quotes.push({
      ...evidenceFor(c, c.kind === 'adding' ? 'continuation' : methodName(c, res), speaker, rawTexts),
      id,
      anchor: id,
      kind: 'reported',
      text,
      paragraph: c.para + 1,
      parts: [{ paragraph: c.para + 1, start: span[0], end: span[1] }],
      speaker,
      method: c.kind === 'adding' ? 'continuation' : methodName(c, res),
      cue: rawTexts[c.para]!.slice(Math.min(c.start, c.verbStart), Math.max(c.end, c.verbEnd)),
    });
  }
  quotes.sort((x, y) => x.paragraph - y.paragraph || x.parts[0]!.start - y.parts[0]!.start);

  applyOverrides(input, registry, quotes);

  // mentions per paragraph (aliases + resolved coreference)
  spans.push(...corefSpans);
  spans.sort((x, y) => x.block - y.block || x.start - y.start);
  const mentions: ParagraphMentions[] = paragraphs.map((p) => {
    const ss = spans.filter((s) => s.paragraph === p.index);
    return {
      paragraph: p.index,
      actors: uniq(ss.filter((s) => s.type === 'actor').map((s) => s.id)),
      conflicts: uniq(ss.filter((s) => s.type === 'conflict').map((s) => s.id)),
    };
  });

  const warnings: string[] = [];
  for (const q of quotes) {
    if (q.kind === 'direct' && !q.speaker.id && !q.speaker.name) {
      warnings.push(
        `${file}: quote '${q.id}' (paragraph ${q.paragraph}) has no speaker: add a frontmatter override (quotes: - quote: ${q.id}, speaker: <actor-id> or scare: true)`,
      );
    }
  }
  for (const u of unregistered.values()) {
    warnings.push(
      `${file}: unregistered speaker '${u.name}' (paragraph ${u.paragraphs.join(', ')}): add content/actors/${slugWords(u.name).join('-')}.yaml to register them`,
    );
  }
  return {
    file,
    paragraphs,
    headings,
    spans,
    mentions,
    quotes,
    unregistered: [...unregistered.values()],
    warnings,
  };
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function trimPart(text: string, s: Segment): { paragraph: number; start: number; end: number } {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { paragraph: s.para + 1, start: a, end: b };
}

function methodName(c: Cue, res: Resolution): string {
  if (res.method === 'pronoun' || res.method === 'description') return res.method;
  if (c.subject?.relative) return 'relative';
  if (c.subject?.role) return 'appositive';
  return c.kind === 'verb-after-subject'
    ? 'verb-after'
    : c.kind === 'verb-before-subject'
      ? 'verb-before'
      : c.kind;
}

/** Picks the cue that attributes a quote group: split gap, right after, right before, then the same sentence. */
function attribute(
  g: QuoteGroup,
  cuesByPara: Cue[][],
  resolved: Map<Cue, Resolution>,
  masked: string[],
  ptexts: string[],
): Attribution {
  const first = g.segments[0]!;
  const last = g.segments[g.segments.length - 1]!;
  // a colon cue ("X disagreed: “…”") only introduces the quote right after it
  // an "adding"/"saying" cue counts only with a subject of its own ("The ministry thanked X, saying …")
  const okBefore = (c: Cue) => c.subject !== null;
  const ok = (c: Cue) => okBefore(c) && c.kind !== 'colon';
  const good = (c: Cue) => !!resolved.get(c)?.key;
  const make = (c: Cue, how: string): Attribution => {
    const res = resolved.get(c) ?? { key: null, method: 'unresolved' as const, coreference: false };
    let method = how;
    if (c.kind === 'described-as') method = 'described-as';
    else if (c.kind === 'colon' && res.method !== 'pronoun') method = 'colon';
    else if (res.method === 'pronoun' || res.method === 'description') method = res.method;
    else if (c.subject?.role) method = 'appositive';
    else if (c.subject?.relative) method = 'relative';
    return { cue: c, res, method };
  };
  // split: a cue in the gap between parts
  for (let k = 0; k + 1 < g.segments.length; k++) {
    const a = g.segments[k]!;
    const b = g.segments[k + 1]!;
    if (a.para !== b.para) continue;
    const c = cuesByPara[a.para]!.find((x) => ok(x) && x.verbStart > a.close && x.verbStart < b.open);
    if (c) return make(c, c.kind === 'verb-before-subject' ? 'verb-before' : 'verb-after');
  }
  // right after a closing mark
  for (const s of [...g.segments].reverse()) {
    if (s.close < 0) continue;
    const m = masked[s.para]!;
    const c = cuesByPara[s.para]!.find(
      (x) =>
        ok(x) &&
        Math.min(x.start, x.verbStart) > s.close &&
        /^[\s,]*$/.test(m.slice(s.close + 1, Math.min(x.start, x.verbStart))),
    );
    if (c) return make(c, c.kind === 'verb-before-subject' ? 'verb-before' : 'verb-after');
  }
  // right before the opening mark ("X said: “...", "X described as “...")
  if (first.open >= 0) {
    const m = masked[first.para]!;
    const c = cuesByPara[first.para]!.filter(
      (x) =>
        okBefore(x) &&
        Math.max(x.end, x.verbEnd) <= first.open &&
        /^[\s,:]*(that\s+)?(it\s+)?$/i.test(m.slice(Math.max(x.end, x.verbEnd), first.open)),
    ).pop();
    if (c) return make(c, 'verb-before');
    // "…, the JMA said, urging residents to “…”": the urged words are the speaker's
    const u = cuesByPara[first.para]!.filter(
      (x) =>
        x.verb === 'urging' &&
        good(x) &&
        x.verbEnd <= first.open &&
        /^\s+(?:[\p{L}’'-]+\s+){1,4}to\s*$/u.test(m.slice(x.verbEnd, first.open)),
    ).pop();
    if (u) return make(u, 'continuation');
  }
  // same sentence: nearest resolved cue not attached to another quote
  const cands: { c: Cue; dist: number }[] = [];
  const sentOf = (s: Segment, pos: number) =>
    cuesByPara[s.para]!.filter((x) => ok(x) && x.sentence[0] <= pos && pos < x.sentence[1]);
  for (const c of sentOf(first, first.start))
    cands.push({ c, dist: c.verbStart < first.start ? first.start - c.verbEnd : c.verbStart - first.end });
  if (last !== first)
    for (const c of sentOf(last, last.end - 1))
      cands.push({ c, dist: c.verbStart > last.end ? c.verbStart - last.end : Infinity });
  const ptextsLen = ptexts.length;
  void ptextsLen;
  const free = cands.filter(({ c }) => !attachedElsewhere(c, g, masked));
  free.sort((a, b) => Number(good(b.c)) - Number(good(a.c)) || Math.abs(a.dist) - Math.abs(b.dist));
  const best = free[0];
  if (best) return make(best.c, 'sentence');
  return { cue: null, res: { key: null, method: 'unresolved', coreference: false }, method: null };
}

/** True if a cue sits right next to a quote mark that does not belong to the group (it attributes another quote). */
function attachedElsewhere(c: Cue, g: QuoteGroup, masked: string[]): boolean {
  const m = masked[c.para]!;
  const s = Math.min(c.start, c.verbStart);
  const e = Math.max(c.end, c.verbEnd);
  const before = m.slice(0, s).replace(/[\s,]+$/, '');
  const after = m.slice(e).replace(/^[\s,:]+/, '');
  const own = (pos: number) =>
    g.segments.some((x) => x.para === c.para && (x.close === pos || x.open === pos));
  if (/[”"»]$/.test(before) && !own(before.length - 1)) return true;
  if (/^[“"„«]/.test(after)) {
    const pos = m.length - after.length;
    if (!own(pos)) return true;
  }
  return false;
}

/** A quote with no cue inherits the speaker of the quote just before it, conservatively. */
function inherit(
  g: QuoteGroup,
  prev: QuoteGroup | null,
  attrib: Map<QuoteGroup, Attribution>,
  masked: string[],
  ptexts: string[],
): Attribution | null {
  if (!prev) return null;
  const pa = attrib.get(prev);
  if (!pa?.cue || !pa.res.key) return null;
  const first = g.segments[0]!;
  const plast = prev.segments[prev.segments.length - 1]!;
  const m = masked[first.para]!;
  if (first.para === plast.para + 1) {
    // a bare quote paragraph right after the speaker's paragraph
    const outside = m.replace(/░+/g, '').replace(/[\s“”"„«».,;:!?—–-]+/g, '');
    if (outside === '') return { cue: pa.cue, res: pa.res, method: 'continuation' };
    return null;
  }
  if (first.para === plast.para && first.open >= 0) {
    // a new sentence of the same paragraph that starts with the quote
    const between = m.slice(plast.close + 1, first.open);
    const opensSentence = /[.!?]\s*$/.test(m.slice(0, first.open).trimEnd()) || /^[\s.]*$/.test(between);
    const words = ptexts[first.para]!.slice(first.start, first.end);
    if (opensSentence && (wordCount(words) >= 4 || isFullSentence(words)))
      return { cue: pa.cue, res: pa.res, method: 'continuation' };
  }
  return null;
}

/** A bare quote paragraph after a paragraph ending "X said:" takes X as speaker. */
function introducedBefore(
  g: QuoteGroup,
  cuesByPara: Cue[][],
  resolved: Map<Cue, Resolution>,
  masked: string[],
): Attribution | null {
  const first = g.segments[0]!;
  if (first.para === 0) return null;
  const m = masked[first.para]!;
  if (m.slice(0, Math.max(first.open, 0)).trim() !== '') return null;
  const prevText = masked[first.para - 1]!.trimEnd();
  if (!prevText.endsWith(':')) return null;
  const c = cuesByPara[first.para - 1]!.filter(
    (x) =>
      x.subject && resolved.get(x)?.key && /^[\s\w,]*:$/.test(prevText.slice(Math.max(x.end, x.verbEnd))),
  ).pop();
  const res = c ? resolved.get(c) : undefined;
  return c && res ? { cue: c, res, method: 'continuation' } : null;
}

/**
 * A quote opening the sentence right after one where a speaker is reported ("She says she loves the job. “Some nights …”")
 * takes that speaker, when that sentence quotes nothing itself.
 */
function afterReportedSentence(
  g: QuoteGroup,
  cuesByPara: Cue[][],
  resolved: Map<Cue, Resolution>,
  masked: string[],
): Attribution | null {
  const first = g.segments[0]!;
  if (first.open < 0) return null;
  const m = masked[first.para]!;
  const c = cuesByPara[first.para]!.filter(
    (x) =>
      (x.kind === 'verb-after-subject' || x.kind === 'verb-before-subject') &&
      x.clause &&
      resolved.get(x)?.key &&
      x.sentence[1] <= first.open &&
      m.slice(x.sentence[1], first.open).trim() === '',
  ).pop();
  if (!c || /[░“”"]/.test(m.slice(c.sentence[0], c.sentence[1]))) return null;
  return { cue: c, res: resolved.get(c)!, method: 'continuation' };
}

function normOpening(s: string): string {
  return slugWords(normQuotes(s)).join(' ');
}

/** Applies frontmatter overrides; throws naming the file, the quote and the closest actor id on a bad override. */
function applyOverrides(input: ArticleInput, registry: Registry, quotes: Quote[]): void {
  const ids = registry.actors.map((a) => a.id);
  for (const o of input.overrides ?? []) {
    const key = normOpening(o.quote);
    const q =
      quotes.find((x) => x.id === o.quote) ??
      quotes.find((x) => key.length > 0 && normOpening(x.text).startsWith(key));
    if (!q) {
      const near = closestId(
        o.quote.startsWith('q-') || o.quote.startsWith('r-')
          ? o.quote
          : `q-${slugWords(o.quote).slice(0, 4).join('-')}`,
        quotes.map((x) => x.id),
      );
      throw new Error(
        `${input.file}: quote override '${o.quote}' matches no quote${near ? ` (did you mean '${near}'?)` : ''}: use a quote id or the quote's opening words`,
      );
    }
    if (o.speaker !== undefined) {
      const actor = registry.actors.find((a) => a.id === o.speaker);
      if (!actor) {
        const near = closestId(o.speaker, ids);
        throw new Error(
          `${input.file}: quote override '${o.quote}' names unknown actor '${o.speaker}'${near ? ` (did you mean '${near}'?)` : ''}: use an id from content/actors/`,
        );
      }
      q.speaker = {
        id: actor.id,
        name: actor.name,
        registered: true,
        ...(actor.role ? { role: actor.role } : {}),
      };
      q.method = 'override';
      q.evidence = { how: 'override', cue: q.evidence?.cue ?? null, mention: null };
      q.confidence = 'high';
      if (q.kind === 'scare') q.kind = 'direct';
    }
    if (o.scare === true) {
      q.kind = 'scare';
      q.speaker = { id: null, name: null, registered: false };
      q.method = 'override';
      q.cue = null;
      q.evidence = null;
      q.confidence = null;
    } else if (o.scare === false && q.kind === 'scare') {
      q.kind = 'direct';
      q.method = 'override';
    }
  }
}

/** Words that may follow a characterising quote without it being a modifier ("called it “a lie” on Monday"). */
const AFTER_CHARACTERISATION =
  /^(between|towards?|to|for|in|on|at|by|with|from|of|and|but|or|nor|that|which|who|as|after|before|since|while|when|because|if|than|is|was|are|were|be|been|has|had|have|will|would|could|can|should|may|might|must|did|does|do|not|also|again|last|this|next|yesterday|today)$/;

/**
 * True if a short quote is used as a modifier of the noun after it ("what it calls “AI-first” products"):
 * a term the text mentions, not words someone is reported to have said.
 */
function usedAsModifier(last: Segment, paragraphs: string[], text: string): boolean {
  if (last.close < 0 || wordCount(text) > 3) return false;
  const next = /^\s+([a-z][a-z-]*)\b/.exec(paragraphs[last.para]!.slice(last.close + 1))?.[1];
  return !!next && !AFTER_CHARACTERISATION.test(next);
}

/** "describes its mission as “…”": what a body calls its mission or motto is a slogan, not speech. */
const SLOGAN_OBJECT =
  /\b(?:its|his|her|their|the)\s+(?:mission|motto|slogan|tagline|strapline|vision|brand|ethos|philosophy)\s+as\s*[“"]?$/;
