/** The page that says what each kind of change means and what is hidden by default. */
import { defineStrings } from '../strings.ts';

export const kindStrings = defineStrings(
  {
    title: 'Kinds of change',
    description: 'What each label on a version or a change means, and which versions are hidden by default.',
    lede: 'Every version and every change carries one of these labels, worked out the same way for every service and document. A version is labelled by what changed since the version shown before it.',
    'means.substantive': 'Words were added, removed or replaced: what the text says may have changed.',
    'means.spelling': 'Only spelling, capital letters, punctuation or spacing changed (a typo fixed, a comma added); the words are the same.',
    'means.link': 'Only the address a link points to changed (or an address written out in the text); the words are the same.',
    'means.artefact':
      'What differs comes from how the archive captured the page, not from the service: an e-mail address the page’s host hid as “[email protected]”, tracking parameters added to an address, and the like.',
    'means.formatting': 'The same words and links; only the layout or markup changed (bold text, a heading level, a list).',
    firstMeans: 'The first text the archive recorded for a document and region: there is nothing before it to compare.',
    mixed:
      'When a change mixes kinds, the most meaningful one names it: a link and a rewritten sentence make a substantive change. A new stated effective date is always substantive. A spelling fix is one word for another a letter or two apart, where the old word is gone from the later text and the new one was already used in the earlier one; anything else counts as a new wording, so that no real change is labelled a typo. On comparison pages, changes that only touch links or come from the capture fold behind one line each.',
    hiddenTitle: 'Hidden versions, and the bridge over them',
    hiddenIntro: 'Lists of changes, the timeline, change bars and feeds show what a service changed, not the archive’s noise. A version is hidden by default when it is:',
    'hidden.reextraction': 'the archive re-extracted the page; the service did not necessarily change anything',
    'hidden.anomaly': 'a capture anomaly: not a policy text',
    'hidden.flicker': 'a flicker: shown briefly, then the text before it came back',
    'hidden.minor': 'no substantive change since the version before it that is shown',
    bridge:
      'A hidden version is bridged, never lost: the change before it and the change after it are shown as one comparison, from the last shown version to the next one, with a page of its own. The switch “Show hidden versions” on each list shows every step.',
    flickersTitle: 'Flickers',
    flickers: (hours: number) =>
      `A flicker is a record that brings back exactly the text seen before the previous record (A, then B, then A again) within ${hours} hours of B’s record. “The same text” means the same versions: identical words, links, formatting and stated effective dates. B is kept, shown on the timeline as one event, and left out of change counts, bars and feeds, unless one of our notes names it (in its history, a pinned clause reference or a comparison) or a milestone falls while it was on the page: then it is history, and shown.`,
    anomaliesTitle: 'Capture anomalies',
    anomalies:
      'Some records are not a policy text at all: the capture failed. They are kept and flagged, never shown as the latest version and never counted as a change. A record is a capture anomaly when:',
  },
  {
    title: '改动的类型',
    description: '版本或改动上的每个标签是什么意思，以及哪些版本默认隐藏。',
    lede: '每个版本和每处改动都带有以下标签之一，对所有服务和文件都用同样的方法判定。一个版本的标签取决于它相对于前一个显示的版本改了什么。',
    'means.substantive': '有词语被增加、删除或替换：文本的意思可能变了。',
    'means.spelling': '只改了拼写、大小写、标点或空格（修正错别字、加一个逗号）；词语相同。',
    'means.link': '只改了链接指向的地址（或文中写出的地址）；词语相同。',
    'means.artefact': '差异来自存档抓取页面的方式，而非服务本身：例如页面托管方把电子邮件地址隐藏成“[email protected]”，地址上加了跟踪参数等。',
    'means.formatting': '词语和链接相同；只改了版式或标记（粗体、标题级别、列表）。',
    firstMeans: '存档为某一文件和地区记录的第一份文本：之前没有可比较的文本。',
    mixed:
      '一处改动混合了几种类型时，以意义最大的类型命名：一个链接加一句改写的句子就是实质改动。新的生效日期总是实质改动。拼写修正是指把一个词换成只差一两个字母的另一个词，且旧词已从后来的文本中消失、新词在之前的文本中已经用过；其他情况都算新措辞，以免把真正的改动标成笔误。在对比页面上，只涉及链接或来自抓取的改动各折叠成一行。',
    hiddenTitle: '隐藏的版本，以及跨过它们的对比',
    hiddenIntro: '改动列表、时间线、改动条和订阅源显示的是服务改了什么，而不是存档的噪音。以下情况的版本默认隐藏：',
    'hidden.reextraction': '存档重新提取了页面；服务不一定改了任何内容',
    'hidden.anomaly': '抓取异常：不是政策文本',
    'hidden.flicker': '闪现：短暂出现后，之前的文本又回来了',
    'hidden.minor': '相对于前一个显示的版本没有实质改动',
    bridge:
      '隐藏的版本会被跨过，但不会丢失：它前后的改动合并成一次对比显示，从上一个显示的版本到下一个，并有自己的页面。每个列表上的“显示隐藏的版本”开关可以显示每一步。',
    flickersTitle: '闪现',
    flickers: (hours: number) =>
      `闪现是指一份记录在 B 的记录之后 ${hours} 小时内，恰好带回了上一份记录之前的文本（先是 A，然后是 B，然后又是 A）。“相同的文本”是指相同的版本：词语、链接、格式和所述生效日期都相同。B 会被保留，在时间线上显示为一个事件，但不计入改动数、改动条和订阅源；除非我们的某条注释提到它（在其历史、固定的条款引用或对比中），或者在它显示期间有一个里程碑：那时它就是历史的一部分，会显示出来。`,
    anomaliesTitle: '抓取异常',
    anomalies: '有些记录根本不是政策文本：抓取失败了。它们会被保留并标记，从不作为最新版本显示，也从不算作改动。以下情况的记录属于抓取异常：',
  },
);
