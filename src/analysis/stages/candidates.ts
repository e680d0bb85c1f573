/**
 * Stage 5, candidates: who could speak. The discourse model holds the registry's actors where they are
 * named, people introduced by appositives, honorifics, titles or lists, bodies named in the text, acronyms
 * defined in brackets, and definite descriptions of people already met.
 */
import type { AfterCues, CandidateLayer } from '../context.ts';
import { addDescriptionOccurrences } from '../descriptions.ts';
import {
  addAlias,
  addSurname,
  addUnregistered,
  createDiscourse,
  knownName,
  lookupName,
} from '../discourse.ts';
import { findNameIntros, findPersonIntros, findSubjectNames } from '../intros.ts';
import { findObjectNames } from '../object-names.ts';
import { findOrgs, isAcronym } from '../orgs.ts';
import { GOV_BODY } from '../person-phrases.ts';
import { labelName } from '../transcript-labels.ts';

/** Builds the discourse model of the article, paragraph by paragraph. */
export function findCandidates(ctx: AfterCues): CandidateLayer {
  const { registry, matches, texts, masked, actorKind } = ctx;
  const d = createDiscourse(registry, matches, texts);
  texts.forEach((_text, p) => {
    const blocked = (s: number, e: number) =>
      matches[p]!.some(
        (m) => m.start < e && s < m.end && !(m.type === 'actor' && actorKind.get(m.id) === 'person'),
      );
    const anyActor = (s: number, e: number) => matches[p]!.some((m) => m.start < e && s < m.end);
    // a body's name that only contains a registry alias ("Japan Meteorological Agency") is a body of its own
    const covered = (s: number, e: number) => matches[p]!.some((m) => m.start <= s && e <= m.end);
    const persons = [...findPersonIntros(masked[p]!, blocked), ...findNameIntros(masked[p]!, blocked)].sort(
      (x, y) => x.start - y.start,
    );
    const bodies: { key: string; end: number }[] = matches[p]!.filter(
      (m) => m.type === 'actor' && actorKind.get(m.id) !== 'person',
    ).map((m) => ({ key: m.id, end: m.end }));
    for (const found of findOrgs(masked[p]!, covered)) {
      const org = { ...found };
      // "Britain’s Home Office", "the US State Department": a registered state (or its possessive) before a
      // body's name is not part of it
      const lead = matches[p]!.find(
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
        !matches[p]!.some(
          (m) => m.start < org.end && org.start < m.end && m.end - m.start < org.end - org.start,
        )
      )
        continue;
      if (persons.some((x) => !x.knownOnly && x.start < org.end && org.start < x.end)) continue;
      // "the Superior Electoral Court (TSE)": an acronym in brackets right after a body's name is that body
      const br = /\s*\($/.exec(masked[p]!.slice(0, org.start));
      const owner =
        br && masked[p]![org.end] === ')' && isAcronym(org.name)
          ? bodies.find((b) => b.end === br.index)
          : undefined;
      if (owner) {
        addAlias(d, org.name, owner.key, p, org.end, texts);
        continue;
      }
      bodies.push({
        key: addUnregistered(d, org.name, p, org.start, texts, { kind: 'organisation' }).key,
        end: org.end,
      });
    }
    // "the Superior Electoral Court (TSE)": an acronym in brackets right after a body's name is that body
    for (const m of masked[p]!.matchAll(/\s*\(([A-Z]{2,6})\)/g)) {
      const body = bodies.find((b) => b.end === m.index);
      if (body) addAlias(d, m[1]!, body.key, p, m.index! + m[0].length, texts);
    }
    for (const intro of persons) {
      const reg = matches[p]!.find(
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
      if (intro.knownOnly) {
        const key = knownName(d, intro.name, p, intro.start, texts);
        if (key) {
          d.occurrences.push({ para: p, pos: intro.start, key });
          d.occurrences.sort((a, b) => a.para - b.para || a.pos - b.pos);
        }
      } else if (!intro.name.includes(' ')) addSurname(d, intro.name, p, intro.start, texts, extra);
      else addUnregistered(d, intro.name, p, intro.start, texts, extra);
    }
    // a person named only as an object ("Ann Roe met Tom Kell."), by a full name with a known first name
    const placed = (s: number, e: number) =>
      anyActor(s, e) ||
      persons.some((x) => x.start < e && s < x.end) ||
      d.occurrences.some((o) => o.para === p && o.pos >= s && o.pos < e);
    for (const o of findObjectNames(masked[p]!, placed)) {
      if (lookupName(d, o.name)) continue;
      addUnregistered(d, o.name, p, o.start, texts, { kind: 'person' }).byFirstNameOnly = true;
    }
    // a transcript's speaker label (“ROE: …”) names a person, introduced or not
    const label = ctx.segments[p]![0]?.label;
    if (label) {
      const name = labelName(texts[p]!.slice(label[0], label[1])).text;
      if (name.includes(' ')) addUnregistered(d, name, p, label[0], texts, { kind: 'person' });
      else addSurname(d, name, p, label[0], texts);
    }
    for (const s of findSubjectNames(masked[p]!, blocked))
      d.subjectNames.push({ para: p, pos: s.start, name: s.name });
    addDescriptionOccurrences(d, masked[p]!, p);
  });

  return { discourse: d };
}
