/** The list of a document's comparisons (the pair pages' own strings are in ui/compare.ts). */
import { defineStrings } from '../strings.ts';

export const comparisonListStrings = defineStrings(
  {
    title: (heading: string) => `Compare versions of the ${heading}`,
    description: (heading: string) => `Compare any two recorded versions of the ${heading}.`,
    breadcrumb: 'Compare',
    regionProblem: 'Those two versions are for different regions; pick two of the same region.',
    eachChange: 'Each change',
    eachChangeIn: (region: string) => `Each change: ${region}`,
    toVersion: (label: string) => `to the version ${label}`,
    hidden: (reason: string) => `; hidden: ${reason}`,
    bridges: (n: number, dates: string) => `; bridges ${n} hidden ${n === 1 ? 'version' : 'versions'} (${dates})`,
    named: 'Comparisons our notes and stories name',
    fromTo: (from: string, to: string) => `from the version ${from} to the version ${to}`,
    anyOther: 'Any other two versions: pick them above. Your browser compares them from the site’s dataset, by the same code as these pages; that needs JavaScript.',
  },
  {
    title: (heading: string) => `对比${heading}的版本`,
    description: (heading: string) => `对比${heading}任意两个有记录的版本。`,
    breadcrumb: '对比',
    regionProblem: '这两个版本属于不同地区；请选择同一地区的两个版本。',
    eachChange: '每一次改动',
    eachChangeIn: (region: string) => `每一次改动：${region}`,
    toVersion: (label: string) => `到版本：${label}`,
    hidden: (reason: string) => `；已隐藏：${reason}`,
    bridges: (n: number, dates: string) => `；跨过 ${n} 个隐藏的版本（${dates}）`,
    named: '我们的注释和专题提到的对比',
    fromTo: (from: string, to: string) => `从版本“${from}”到版本“${to}”`,
    anyOther: '其他任意两个版本：请在上方选择。你的浏览器会用与这些页面相同的代码，根据本站的数据集进行对比；这需要 JavaScript。',
  },
);
