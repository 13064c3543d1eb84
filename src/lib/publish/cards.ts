/**
 * Embeddable cards: one per clause (following the latest version that has
 * it, or pinned to any version) and one per note. This module decides what
 * each card says; pages, oEmbed files and images only render it.
 */
import { compareVersions, type CompareVersions } from '../compare/align.ts';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import { redlineHtml } from '../compare/compare-view.ts';
import type { Corpus, PolicyDocument, Service, Version } from '../model/model.ts';
import { documentOf, latestAnchor } from '../notes/notes-view.ts';
import type { Clause, Section } from '../model/model.ts';
import { formatDate } from './views.ts';
import { clauseCardPath, clausePath, comparePath, noteCardPath, notePath, pinnedCardPath } from './paths.ts';

export interface CardChange {
  kind: 'new' | 'changed' | 'unchanged' | 'first';
  /** Redline against the version before, when the clause changed. */
  redline?: string;
  /** The version the clause reads the same since (or appeared in). */
  since?: Version;
  compareHref?: string;
}

export interface ClauseCard {
  kind: 'clause';
  /** The card's own path, e.g. `/cards/x/privacy-policy/<clause-id>/` or `…/v/<version>/`. */
  path: string;
  /** The card that follows the latest version: the default one. */
  defaultPath: string;
  pinned: boolean;
  service: Service;
  document: PolicyDocument;
  version: Version;
  clause: Clause;
  sectionTitle: string | undefined;
  change: CardChange;
  notes: { title: string; summary: string; href: string }[];
  /** Where to read the clause in context. */
  contextHref: string;
}

export interface NoteCard {
  kind: 'note';
  path: string;
  annotation: AnchoredAnnotation;
  service: Service;
  document: PolicyDocument;
  /** The clause in the latest version that holds the note's words. */
  version?: Version;
  clause?: Clause;
  contextHref: string;
}

export type Card = ClauseCard | NoteCard;

const sectionTitleOf = (version: Version, clause: Clause): string | undefined =>
  version.blocks.find((b): b is Section => b.type === 'section' && b.id === clause.section)?.title;

/** Every clause card: for each version of each region, each clause; the latest of each clause ID is also the default. */
export function clauseCards(corpus: Corpus, annotations: readonly AnchoredAnnotation[], compare: CompareVersions = compareVersions): ClauseCard[] {
  const cards: ClauseCard[] = [];
  for (const service of corpus.services) {
    for (const document of service.documents) {
      for (const region of document.regions) {
        const versions = document.versions.filter((v) => v.region === region.id);
        const latestOf = new Map<string, Version>();
        // A capture anomaly is never the latest text a card follows.
        for (const version of versions) {
          if (version.anomaly) continue;
          for (const block of version.blocks) if (block.type === 'clause') latestOf.set(block.id, version);
        }
        const notesHere = annotations.filter((a) => a.data.service === service.id && a.data.document === document.id);
        versions.forEach((version, index) => {
          const previous = versions[index - 1];
          const rows = previous ? compare(previous, version).rows : [];
          version.blocks.forEach((block, at) => {
            if (block.type !== 'clause') return;
            const row = rows.find((r) => r.new.includes(at));
            const change: CardChange = !previous
              ? { kind: 'first' }
              : !row || row.kind === 'added'
                ? { kind: 'new', compareHref: comparePath(previous, version) }
                : row.edits
                  ? { kind: 'changed', redline: redlineHtml(row.edits), since: version, compareHref: comparePath(previous, version) }
                  : { kind: 'unchanged', since: firstOfRun(versions, index, block.text) };
            const defaultPath = clauseCardPath(document, region.id, block.id);
            const isLatest = latestOf.get(block.id) === version;
            const card: Omit<ClauseCard, 'path' | 'pinned'> = {
              kind: 'clause',
              defaultPath,
              service,
              document,
              version,
              clause: block,
              sectionTitle: sectionTitleOf(version, block),
              change,
              notes: notesHere
                .filter((a) => a.anchors.some((x) => x.versionId === version.id && x.clauseId === block.id))
                .map((a) => ({ title: a.data.title, summary: a.data.summary, href: notePath(a) })),
              contextHref: clausePath(version, block.id),
            };
            cards.push({ ...card, path: pinnedCardPath(defaultPath, version), pinned: true });
            if (isLatest) cards.push({ ...card, path: defaultPath, pinned: false });
          });
        });
      }
    }
  }
  return cards;
}

/** The first version, going back from `index`, in which the clause already read the same. */
function firstOfRun(versions: readonly Version[], index: number, text: string): Version {
  let first = versions[index]!;
  for (let i = index - 1; i >= 0; i -= 1) {
    if (!versions[i]!.blocks.some((b) => b.type === 'clause' && b.text === text)) break;
    first = versions[i]!;
  }
  return first;
}

export function noteCards(corpus: Corpus, annotations: readonly AnchoredAnnotation[]): NoteCard[] {
  return annotations.map((annotation) => {
    const document = documentOf(corpus, annotation);
    const service = corpus.services.find((s) => s.id === document.service)!;
    const latest = latestAnchor(annotation, document);
    const clause = latest?.version.blocks.find((b): b is Clause => b.type === 'clause' && b.id === latest.clauseId);
    return {
      kind: 'note',
      path: noteCardPath(annotation),
      annotation,
      service,
      document,
      ...(latest ? { version: latest.version } : {}),
      ...(clause ? { clause } : {}),
      contextHref: notePath(annotation),
    };
  });
}

/** A card's title, for the page, oEmbed and the social image. */
export function cardTitle(card: Card): string {
  if (card.kind === 'note') return card.annotation.data.title;
  const region = card.document.regions.length > 1 ? ` (${card.version.regionLabel})` : '';
  return `${card.service.name} ${card.document.title}${region}${card.sectionTitle ? `: ${card.sectionTitle}` : ''}`;
}

/** One line on which version a card shows. */
export function cardVersionLine(card: ClauseCard): string {
  const effective = card.version.effectiveDate ? `effective ${formatDate(card.version.effectiveDate)}` : 'no effective date stated';
  const which = card.pinned ? 'This card shows the version' : 'This card follows the latest version that has this clause:';
  return `${which} first recorded ${formatDate(card.version.firstRecorded)}, ${effective}.`;
}

/** What the social image shows: a title, the clause or summary (shortened), and a footer. */
export function cardImageText(card: Card): { title: string; body: string; footer: string } {
  const shorten = (text: string, max = 330) => (text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text);
  if (card.kind === 'note') {
    return { title: card.annotation.data.title, body: shorten(card.annotation.data.summary), footer: `Termline note · ${card.service.name} ${card.document.title}` };
  }
  const when = card.version.effectiveDate ? `effective ${formatDate(card.version.effectiveDate)}` : `recorded ${formatDate(card.version.firstRecorded)}`;
  return { title: cardTitle(card), body: shorten(card.clause.text), footer: `Termline · ${when}` };
}

/**
 * Whether a clause's HTML holds blocks of its own (paragraphs, lists, tables:
 * an "html" or blockquote clause from some pages), which a <p> cannot hold.
 */
export function holdsBlocks(html: string): boolean {
  return /<(?:p|ul|ol|dl|table|div|blockquote|pre|h[1-6]|figure|section)\b/i.test(html);
}
