/**
 * What cards say: captions, the line on which text a card shows, change
 * lines, note lines and the social image's footer. Dates and numbers arrive
 * formatted in the locale (format.ts); service, document and section names
 * are the archive's and stay as they are.
 */
import { defineStrings } from '../strings.ts';

export const cardStrings = defineStrings(
  {
    effective: (date: string) => `effective ${date}`,
    noEffectiveDate: 'no effective date stated',
    titleSeparator: ': ',
    regionInTitle: (region: string) => ` (${region})`,
    latestLine: (recorded: string, effective: string) => `This card follows the latest version that has this clause: first recorded ${recorded}, ${effective}.`,
    pinnedLine: (from: string, to: string, versions: number) =>
      from === to
        ? `This card shows this clause as it read in one version, recorded ${from}.`
        : `This card shows this clause as it read from ${from} to ${to}, in ${versions === 1 ? 'one version' : `${versions} versions`}.`,
    textSpan: (from: string, to: string, versions: number) =>
      from === to ? `Recorded ${from}, in one version` : `Recorded from ${from} to ${to}, in ${versions === 1 ? 'one version' : `${versions} versions`}`,
    versionsLabel: 'Versions with this text, by the date each was first recorded:',
    firstVersion: 'In the first version the archive recorded.',
    newHere: 'New in this version',
    changedHere: 'Changed in this version',
    unchangedSince: (date: string) => `Unchanged since the version first recorded ${date}.`,
    broughtNew: (date: string) => `Added in the version first recorded ${date}`,
    broughtChanged: (date: string) => `Reworded in the version first recorded ${date}`,
    broughtSame: (date: string) => `Reads as before in the version first recorded ${date}.`,
    goneSince: (date: string) => `No longer in the text since the version first recorded ${date}`,
    stillCurrent: 'Still the text of the latest version.',
    seeTheChange: 'see the change',
    wholeComparison: 'the whole comparison',
    noteLabel: 'Termline note:',
    readNote: 'Read the note',
    readInContext: 'Read it in context on Termline',
    recordedBy: 'Text as recorded by Open Terms Archive',
    noteCardMeta: (document: string) => `A Termline note on the ${document}.`,
    noteWords: 'The words it is about:',
    readNoteOnTermline: 'Read the note on Termline',
    noteLatestVersion: (date: string) => `Latest version with these words: first recorded ${date}`,
    imageFooter: (when: string) => `Termline · ${when}`,
    imageRecorded: (date: string) => `recorded ${date}`,
    imageNoteFooter: (document: string) => `Termline note · ${document}`,
    movedLooking: 'Looking for the card of this clause as it read in that version…',
    movedNoScript: (example: string) =>
      `A card pinned to a version (an address ending in v/ and a date) now has one address per text of the clause: remove v/ and the date (${example}) to reach the clause's card, which lists its texts.`,
    imageDocumentBody: (versions: number, from: string) => `Every version recorded since ${from} (${versions} in all), compared clause by clause.`,
    landmark: 'Termline card',
  },
  {
    effective: (date: string) => `${date}生效`,
    noEffectiveDate: '未注明生效日期',
    titleSeparator: '：',
    regionInTitle: (region: string) => `（${region}）`,
    latestLine: (recorded: string, effective: string) => `本卡片跟随含有此条款的最新版本：首次记录于${recorded}，${effective}。`,
    pinnedLine: (from: string, to: string, versions: number) =>
      from === to ? `本卡片显示此条款在一个版本中的文字，记录于${from}。` : `本卡片显示此条款从${from}到${to}的文字，共 ${versions} 个版本。`,
    textSpan: (from: string, to: string, versions: number) => (from === to ? `记录于${from}，一个版本` : `记录于${from}至${to}，共 ${versions} 个版本`),
    versionsLabel: '含有这段文字的版本（按首次记录日期）：',
    firstVersion: '出现在记录中的第一个版本。',
    newHere: '在此版本中新增',
    changedHere: '在此版本中有改动',
    unchangedSince: (date: string) => `自首次记录于${date}的版本以来未改动。`,
    broughtNew: (date: string) => `新增于首次记录于${date}的版本`,
    broughtChanged: (date: string) => `改写于首次记录于${date}的版本`,
    broughtSame: (date: string) => `在首次记录于${date}的版本中与之前相同。`,
    goneSince: (date: string) => `自首次记录于${date}的版本起已不在文本中`,
    stillCurrent: '仍是最新版本的文字。',
    seeTheChange: '查看改动',
    wholeComparison: '完整对比',
    noteLabel: 'Termline 注释：',
    readNote: '阅读注释',
    readInContext: '在 Termline 上查看上下文',
    recordedBy: '文本由 Open Terms Archive 记录',
    noteCardMeta: (document: string) => `Termline 关于${document}的注释。`,
    noteWords: '注释所指的文字：',
    readNoteOnTermline: '在 Termline 上阅读注释',
    noteLatestVersion: (date: string) => `含有这些文字的最新版本：首次记录于${date}`,
    imageFooter: (when: string) => `Termline · ${when}`,
    imageRecorded: (date: string) => `记录于${date}`,
    imageNoteFooter: (document: string) => `Termline 注释 · ${document}`,
    movedLooking: '正在查找此条款在该版本中的卡片……',
    movedNoScript: (example: string) => `固定到某个版本的卡片（地址以 v/ 和日期结尾）现在按条款的每段文字各有一个地址：去掉 v/ 和日期（${example}）即可看到此条款的卡片，其中列出了它的各段文字。`,
    imageDocumentBody: (versions: number, from: string) => `自${from}以来记录的每个版本（共 ${versions} 个），逐条对比。`,
    landmark: 'Termline 卡片',
  },
);
