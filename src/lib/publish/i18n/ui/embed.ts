/** "Embed this": the panel of snippets on note pages (the cards' own strings are in ui/cards.ts). */
import { defineStrings } from '../strings.ts';

export const embedStrings = defineStrings(
  {
    intro: 'Paste one of these into your article. The card is a self-contained page (',
    preview: 'preview it',
    introEnd: ') that makes no requests to other sites, sets no cookies and needs no JavaScript to read; the optional script only sizes the frame.',
    notReady: 'Not ready to embed.',
    copy: 'Copy',
    copied: 'Copied',
    'snippet.html': 'HTML (iframe)',
    'snippet.component': 'HTML (web component)',
    'snippet.markdown': 'Markdown',
  },
  {
    intro: '把以下任一段代码粘贴到你的文章中。卡片是一个独立的页面（',
    preview: '预览',
    introEnd: '），不向其他网站发出请求，不设置 cookie，阅读时也不需要 JavaScript；可选的脚本只用来调整框架的高度。',
    notReady: '尚不能嵌入。',
    copy: '复制',
    copied: '已复制',
    'snippet.html': 'HTML（iframe）',
    'snippet.component': 'HTML（网页组件）',
    'snippet.markdown': 'Markdown',
  },
);
