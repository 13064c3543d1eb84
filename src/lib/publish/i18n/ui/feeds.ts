/** The RSS feeds: the site's, a service's and a document's. */
import { defineStrings } from '../strings.ts';

export const feedStrings = defineStrings(
  {
    siteTitle: 'Termline: changes to the terms',
    siteDescription: 'New versions of the policies Termline follows, the dates they take effect, and reported publications.',
    serviceTitle: (name: string) => `Termline: ${name}`,
    serviceDescription: (name: string) => `New versions of the terms of ${name}, and the dates they take effect.`,
    documentTitle: (name: string) => `Termline: the ${name}`,
    documentDescription: (name: string) => `New versions of the ${name}, the dates they take effect, and reported publications.`,
    itemTitle: (date: string, sentence: string) => `${date}: ${sentence}`,
    words: (added: string, removed: string) => ` ${added} words inserted, ${removed} deleted.`,
    seeAlso: ' See also: ',
  },
  {
    siteTitle: 'Termline：条款的改动',
    siteDescription: 'Termline 所追踪政策的新版本、生效日期以及报道的发布日期。',
    serviceTitle: (name: string) => `Termline：${name}`,
    serviceDescription: (name: string) => `${name} 条款的新版本及其生效日期。`,
    documentTitle: (name: string) => `Termline：${name}`,
    documentDescription: (name: string) => `${name}的新版本、生效日期以及报道的发布日期。`,
    itemTitle: (date: string, sentence: string) => `${date}：${sentence}`,
    words: (added: string, removed: string) => `插入 ${added} 个词，删除 ${removed} 个词。`,
    seeAlso: '另见：',
  },
);
