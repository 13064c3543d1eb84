/**
 * A clause card from the dataset alone: what the browser runs for a card no
 * page holds (only the cards likely to be shared are prerendered). The
 * document's card map (pinned-versions.json: clause → text hash → versions)
 * says which version files hold the clause's latest text or one of its
 * texts; those files give the clause, and the same comparison, lines and
 * renderer as the build make the page. Pure, free of Node and zod.
 */
import { compareBlocks } from '../compare/align.ts';
import type { Block, Clause, Section, Version } from '../model/model.ts';
import type { CardAddress } from './card-address.ts';
import { changeFrom, clauseCardTitle, comparedWithIn, goneAfter, unchangedSince, type CardChange, type CardVersion } from './card-lines.ts';
import { decodeRanges, type PinnedVersionMap } from './card-redirects.ts';
import { cardPageHtml, clauseCardBody, type CardNoteText, type ClauseCardView } from './card-render.ts';
import { embedPageParts } from './embed-render.ts';
import type { DocumentFile } from './dataset/document-schema.ts';
import type { NotesFile } from './dataset/notes-schema.ts';
import { versionBlocks } from './dataset/version-blocks.ts';
import type { VersionFile } from './dataset/version-schema.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAG, LOCALES, type Locale } from './i18n/locales.ts';
import {
  absoluteUrl,
  cardAssetPaths,
  cardScriptPath,
  clauseCardPath,
  clausePath,
  documentImagePath,
  localized,
  localizedCardPath,
  localizedImagePath,
  notePath,
  textCardPath,
  withBase,
  type SiteAddress,
} from './paths.ts';

/** A clause card page's head and body, as the build and the browser both make it. */
export interface ClausePage {
  /** The card's address in the page's language (its twin's, when it has one): the canonical one. */
  path: string;
  locale: Locale;
  html: string;
}

export interface ClauseCardInput extends ClauseCardView {
  path: string;
  defaultPath: string;
  clause: { id: string; html: string; text: string };
}

/**
 * A clause card's whole page. `shared`: the clause is likely to be shared (src/data/cards.ts), so its card is
 * prerendered with its own social image, an oEmbed file and a Chinese twin; every other card is English only,
 * shows its document's image and has no oEmbed file.
 */
export function clauseCardPage(card: ClauseCardInput, opts: { locale: Locale; shared: boolean; address: SiteAddress; noteText: (id: string) => CardNoteText }): ClausePage {
  const locale = opts.shared ? opts.locale : DEFAULT_LOCALE;
  const absolute = (route: string) => absoluteUrl(route, opts.address);
  const pathIn = (l: Locale) => (opts.shared && l !== DEFAULT_LOCALE ? localizedCardPath(card.path, l) : card.path);
  const path = pathIn(locale);
  const ownImage = cardAssetPaths({ path: card.defaultPath }).image;
  const image = opts.shared ? localizedImagePath(ownImage, locale) : documentImagePath({ service: card.version.service, id: card.version.document });
  const head = {
    locale,
    title: clauseCardTitle(card, locale),
    description: card.clause.text.slice(0, 200),
    canonical: absolute(path),
    image: absolute(image),
    ...(opts.shared ? { oembed: absolute(cardAssetPaths({ path }).oembed) } : {}),
    ...(opts.shared ? { alternates: Object.fromEntries(LOCALES.map((l) => [l, absolute(pathIn(l))])) as Record<Locale, string> } : {}),
    script: withBase(cardScriptPath(), opts.address.base),
  };
  const body = clauseCardBody(card, { locale, absolute: (route) => absolute(localized(route, locale)), noteText: opts.noteText });
  return { path, locale, html: cardPageHtml(head, body) };
}

export type CardProblem = 'unknown-document' | 'unknown-clause' | 'unknown-text';

/** What a card needs once its map and document file are read: the version files, or why there is no such card. */
export type CardPlan =
  | { problem: CardProblem }
  | {
      problem?: undefined;
      clauseId: string;
      region: string;
      /** The versions of the clause's region, oldest first. */
      regionVersions: CardVersion[];
      /** Each version's text hash of the clause, by version ID. */
      hashes: Map<string, string>;
      shared: boolean;
      /** On a latest card: the version its words stand since, when the map says (PinnedVersionMap.since). */
      readsSameSince?: CardVersion;
      /** Latest card: the version it shows. Pinned: the versions holding the text, oldest first. */
      versions: CardVersion[];
      hash?: string;
      /** The version files to fetch. */
      files: string[];
    };

/** The versions of a document file as a card reads them. */
function cardVersions(file: DocumentFile): Map<string, CardVersion> {
  return new Map(
    file.versions.map((v) => [
      v.id,
      {
        service: file.service.id,
        document: file.document.id,
        id: v.id,
        region: v.region,
        regionLabel: v.regionLabel,
        firstRecorded: v.firstRecorded,
        lastRecorded: v.lastRecorded,
        ...(v.effectiveDate ? { effectiveDate: v.effectiveDate } : {}),
        ...(v.flags.hidden ? { hidden: v.flags.hidden } : {}),
        ...(v.flags.anomaly ? { anomaly: v.flags.anomaly as Version['anomaly'] } : {}),
        ...(v.flags.bridgedFrom ? { bridgedFrom: v.flags.bridgedFrom } : {}),
      },
    ]),
  );
}

/** Which version files a card needs, from the document's map and file; or why the address names no card. */
export function planCard(address: CardAddress, map: PinnedVersionMap | undefined, file: DocumentFile | undefined): CardPlan {
  if (!map || !file) return { problem: 'unknown-document' };
  const texts = map.clauses[address.key];
  if (!texts) return { problem: 'unknown-clause' };
  const byId = cardVersions(file);
  const hashes = new Map<string, string>();
  for (const [hash, ranges] of Object.entries(texts)) for (const index of decodeRanges(ranges)) hashes.set(map.versions[index]!, hash);
  const holding = map.versions.filter((id) => hashes.has(id)).map((id) => byId.get(id)!);
  const region = holding[0]!.region;
  const clauseId = address.key.startsWith(`${region}/`) ? address.key.slice(region.length + 1) : address.key;
  const regionVersions = map.versions.map((id) => byId.get(id)!).filter((v) => v.region === region);
  const comparedWith = comparedWithIn(regionVersions);
  const shared = map.shared?.includes(address.key) ?? false;
  const since = map.since?.[address.key];
  const plan = { clauseId, region, regionVersions, hashes, shared, ...(since !== undefined ? { readsSameSince: byId.get(map.versions[since]!)! } : {}) };
  if (address.hash === undefined) {
    // A capture anomaly is never the latest text a card follows.
    const version = holding.filter((v) => !v.anomaly).at(-1);
    if (!version) return { problem: 'unknown-clause' };
    return { ...plan, versions: [version], files: [version, comparedWith(version)].filter((v) => v !== undefined).map((v) => v.id) };
  }
  const versions = holding.filter((v) => hashes.get(v.id) === address.hash);
  if (!versions.length) return { problem: 'unknown-text' };
  const first = versions[0]!;
  const files = [versions.at(-1)!, first, comparedWith(first)].filter((v) => v !== undefined).map((v) => v.id);
  return { ...plan, versions, hash: address.hash, files: [...new Set(files)] };
}

/** The notes on a clause in some versions, from notes.json, in the notes' order (as the build lists them). */
function notesOn(notes: NotesFile | undefined, service: string, document: string, versions: readonly CardVersion[], clauseId: string) {
  return (notes?.notes ?? [])
    .filter((n) => n.service === service && n.document === document && n.anchors.some((x) => x.clauseId === clauseId && versions.some((v) => v.id === x.versionId)))
    .map((n) => ({ id: n.id, href: notePath({ data: n }) }));
}

/** A note's words in `locale`, from notes.json: its translation, else the English marked so. */
export function datasetNoteText(notes: NotesFile | undefined, locale: Locale): (id: string) => CardNoteText {
  return (id) => {
    const note = notes?.notes.find((n) => n.id === id);
    const found = locale === DEFAULT_LOCALE ? undefined : note?.translations?.[locale];
    if (found) return { title: found.title, summary: found.summary, lang: LANGUAGE_TAG[locale], translated: true };
    return { title: note?.title ?? id, summary: note?.summary ?? '', lang: LANGUAGE_TAG[DEFAULT_LOCALE], translated: false };
  };
}

/** The card page for a plan, from its version files (by ID) and, for a shared clause, the notes. */
export function computeCard(
  address: CardAddress,
  plan: Exclude<CardPlan, { problem: CardProblem }>,
  files: { document: DocumentFile; versions: Record<string, VersionFile>; notes?: NotesFile },
  site: SiteAddress,
): ClausePage {
  const withBlocks = new Map<string, CardVersion & { blocks: Block[] }>();
  const loaded = (v: CardVersion) => {
    let found = withBlocks.get(v.id);
    if (!found) withBlocks.set(v.id, (found = { ...v, blocks: versionBlocks(files.versions[v.id]!) }));
    return found;
  };
  const comparedWith = comparedWithIn(plan.regionVersions);
  const before = (v: CardVersion) => {
    const b = comparedWith(v);
    return b && loaded(b);
  };
  const compare = (a: { blocks: readonly Block[] }, b: { blocks: readonly Block[] }) => compareBlocks(a.blocks, b.blocks);
  const clauseIn = (v: CardVersion & { blocks: Block[] }) => {
    const at = v.blocks.findIndex((b) => b.type === 'clause' && b.id === plan.clauseId);
    return { at, clause: v.blocks[at] as Clause };
  };
  const sectionTitle = (v: CardVersion & { blocks: Block[] }, clause: Clause) => v.blocks.find((b): b is Section => b.type === 'section' && b.id === clause.section)?.title;
  const service = { name: files.document.service.name };
  const document = { id: files.document.document.id, title: files.document.document.title, regions: files.document.document.regions };
  const defaultPath = clauseCardPath({ service: files.document.service.id, id: document.id }, plan.region, plan.clauseId);
  let card: ClauseCardInput;
  if (plan.hash === undefined) {
    const version = loaded(plan.versions[0]!);
    const { at, clause } = clauseIn(version);
    let change: CardChange = changeFrom(before(version), version, at, compare);
    if (change.kind === 'unchanged') change = { kind: 'unchanged', since: plan.readsSameSince ?? unchangedSince(plan.versions[0]!, plan.regionVersions, (v) => plan.hashes.get(v.id)) };
    card = {
      path: defaultPath,
      defaultPath,
      pinned: false,
      service,
      document,
      version,
      clause,
      sectionTitle: sectionTitle(version, clause),
      change,
      notes: notesOn(files.notes, version.service, version.document, [version], plan.clauseId),
      contextHref: clausePath(version, plan.clauseId),
    };
  } else {
    const first = loaded(plan.versions[0]!);
    const last = loaded(plan.versions.at(-1)!);
    const { clause } = clauseIn(last);
    const gone = goneAfter(plan.regionVersions, plan.versions.at(-1)!, comparedWith);
    card = {
      path: textCardPath(defaultPath, plan.hash),
      defaultPath,
      pinned: true,
      service,
      document,
      version: last,
      clause,
      sectionTitle: sectionTitle(last, clause),
      change: changeFrom(before(first), first, clauseIn(first).at, compare),
      text: { hash: plan.hash, versions: plan.versions, ...(gone ? { gone } : {}) },
      notes: notesOn(files.notes, last.service, last.document, plan.versions, plan.clauseId),
      contextHref: clausePath(last, plan.clauseId),
    };
  }
  return clauseCardPage(card, { locale: address.locale, shared: plan.shared, address: site, noteText: datasetNoteText(files.notes, plan.shared ? address.locale : DEFAULT_LOCALE) });
}

/**
 * A clause's embed page from its plan (the latest card's) and the latest version's file: the latest card and one
 * card per text, newest first, as the build's embed page lists them.
 */
export function computeEmbed(
  address: CardAddress,
  plan: Exclude<CardPlan, { problem: CardProblem }>,
  files: { document: DocumentFile; versions: Record<string, VersionFile> },
  site: SiteAddress,
  siteWarning?: string,
): { title: string; html: string; path: string } {
  const locale = plan.shared ? address.locale : DEFAULT_LOCALE;
  const latest = plan.versions[0]!;
  const blocks = versionBlocks(files.versions[latest.id]!);
  const clause = blocks.find((b): b is Clause => b.type === 'clause' && b.id === plan.clauseId)!;
  const service = { name: files.document.service.name };
  const document = { id: files.document.document.id, title: files.document.document.title, regions: files.document.document.regions };
  const defaultPath = clauseCardPath({ service: files.document.service.id, id: document.id }, plan.region, plan.clauseId);
  const comparedWith = comparedWithIn(plan.regionVersions);
  const byHash = new Map<string, CardVersion[]>();
  for (const v of plan.regionVersions) {
    const hash = plan.hashes.get(v.id);
    if (hash) byHash.set(hash, [...(byHash.get(hash) ?? []), v]);
  }
  const cardPath = (path: string) => (locale !== DEFAULT_LOCALE ? localizedCardPath(path, locale) : path);
  const texts = [...byHash].reverse().map(([hash, versions]) => {
    const gone = goneAfter(plan.regionVersions, versions.at(-1)!, comparedWith);
    return {
      path: cardPath(textCardPath(defaultPath, hash)),
      pinned: true,
      service,
      document,
      version: versions.at(-1)!,
      sectionTitle: undefined,
      change: { kind: 'first' as const },
      text: { hash, versions, ...(gone ? { gone } : {}) },
    };
  });
  const ownImage = cardAssetPaths({ path: defaultPath }).image;
  const imagePath = plan.shared ? localizedImagePath(ownImage, locale) : documentImagePath({ service: latest.service, id: latest.document });
  const sectionTitle = blocks.find((b): b is Section => b.type === 'section' && b.id === clause.section)?.title;
  const parts = embedPageParts({
    locale,
    latest: { path: cardPath(defaultPath), defaultPath, pinned: false, service, document, version: latest, sectionTitle, change: { kind: 'first' } },
    texts,
    imagePath,
    address: site,
    ...(siteWarning ? { siteWarning } : {}),
  });
  return { ...parts, path: (locale !== DEFAULT_LOCALE ? `/${locale}` : '') + defaultPath.replace(/^\/cards\//, '/embed/') };
}
