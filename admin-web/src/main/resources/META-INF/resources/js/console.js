// What every console page shares: the top navigation (role-aware), labels for the trade's words, formatting,
// and a tiny Markdown renderer for huddle previews.
import { api, csrfToken, isUnavailable } from './api.js';

export const ROLE_LABELS = { ADMIN: '管理员', MANAGER: '主管', MEMBER: '成员' };
export const KIND_LABELS = { STAFF: '网点员工', CUSTOMER: '客户' };

/** The fact vocabulary of shared/domain.md, in the order the console offers it. */
export const FACT_KEYS = [
  ['role', '职务'], ['phone', '手机'], ['wechat', '微信'], ['birthday', '生日'], ['anniversary', '纪念日'],
  ['hobby', '爱好'], ['family', '家庭'], ['personality', '性格'], ['previous_branch', '原网点'],
  ['occupation', '职业'], ['age', '年龄'], ['asset', '资产'], ['product', '持有产品'], ['maturity', '到期日'],
  ['interest', '关注'], ['risk_profile', '风险偏好'], ['stage', '熟悉程度'], ['note', '备注'],
];
const FACT_LABELS = Object.fromEntries(FACT_KEYS);

export function factLabel(key) {
  return FACT_LABELS[key] || key;
}

/** Lunar months and days as a calendar writes them (八月十五, 腊月初八). */
export const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
export const LUNAR_DAYS = ['初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '廿一', '廿二', '廿三', '廿四', '廿五', '廿六', '廿七', '廿八', '廿九', '三十'];

/** A fact value as a manager reads it: --03-08 is 3月8日, lunar:--08-15 is 农历八月十五, 500000 yuan is 50万元. */
export function factValue(key, value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (key === 'birthday' || key === 'anniversary') {
    const lunar = text.startsWith('lunar:');
    const m = text.replace('lunar:', '').match(/^(\d{4}|-)-(\d{2})-(\d{2})$/);
    if (m && lunar && LUNAR_MONTHS[Number(m[2]) - 1] && LUNAR_DAYS[Number(m[3]) - 1]) {
      return '农历' + LUNAR_MONTHS[Number(m[2]) - 1] + '月' + LUNAR_DAYS[Number(m[3]) - 1];
    }
    if (m) {
      const day = Number(m[2]) + '月' + Number(m[3]) + '日';
      return (lunar ? '农历' : '') + (m[1] === '-' ? '' : m[1] + '年') + day;
    }
  }
  if (key === 'asset' && /^\d+$/.test(text)) {
    const yuan = Number(text);
    return yuan >= 10000 && yuan % 100 === 0 ? (yuan / 10000) + '万元' : yuan + '元';
  }
  if (key === 'age' && /^\d+$/.test(text)) return text + '岁';
  if (key === 'maturity' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return fmtDate(text);
  return text;
}

/** The console's one date format: 12月28日, with the year when it is not this year (2025年12月28日). */
/**
 * Runs one change of a page (save, delete…) the way every editing page does: clears the last message, marks the page
 * saving, reloads it after success, and shows the error otherwise (the unavailable text when the server lacks the call).
 */
export async function changeThenReload(page, action, unavailable) {
  page.error = page.message = '';
  page.saving = true;
  try {
    await action();
    await page.load();
  } catch (e) {
    page.error = unavailable && isUnavailable(e) ? unavailable : e.message;
  } finally {
    page.saving = false;
  }
}

export function fmtDate(value) {
  if (!value) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.exec(String(value));
  // A calendar date (YYYY-MM-DD) is a day, not an instant: read it without shifting zones.
  const d = day ? new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)))
    : new Date(value);
  if (isNaN(d)) return String(value);
  const year = d.getFullYear() === new Date().getFullYear() ? '' : d.getFullYear() + '年';
  return `${year}${d.getMonth() + 1}月${d.getDate()}日`;
}

export function fmtDateTime(instant) {
  if (!instant) return '';
  const d = new Date(instant);
  if (isNaN(d)) return String(instant);
  const pad = (n) => String(n).padStart(2, '0');
  return `${fmtDate(instant)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Today in the browser's zone as YYYY-MM-DD (managers are in China; the server resolves its own "today"). */
export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** Tests and people wait for this: the page has its first data. */
export function markReady() {
  document.body.dataset.ready = 'true';
}

const NAV = [
  { key: 'dashboard', href: '/', label: '仪表盘' },
  { key: 'branches', href: '/branches.html', label: '网点' },
  { key: 'people', href: '/people.html', label: '人员' },
  { key: 'notes', href: '/notes.html', label: '拜访笔记' },
  { key: 'tasks', href: '/tasks.html', label: '待办' },
  { key: 'kb', href: '/kb.html', label: '知识库' },
  { key: 'huddles', href: '/huddles.html', label: '晨夕会' },
  { key: 'members', href: '/members.html', label: '成员', memberLabel: '我的账号' },
  { key: 'teams', href: '/teams.html', label: '团队', roles: ['ADMIN', 'MANAGER'] },
  { key: 'audit', href: '/audit.html', label: '审计', roles: ['ADMIN'] },
  { key: 'sends', href: '/sends.html', label: '发送记录', roles: ['ADMIN'] },
  { key: 'chat', href: '/chat.html', label: '网页聊天' },
];

function element(tag, attributes = {}, text) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Puts the navigation on top of the page and answers who is logged in ({login, name, role, team}).
 * Items the role cannot use are left out; API 文档 shows only to admins and leads, when the server has Swagger UI.
 */
export async function startPage(active) {
  const header = element('header', { class: 'top' });
  const brand = element('a', { class: 'brand', href: '/' }, '网点助手');
  const toggle = element('button', { class: 'menu-toggle', type: 'button', 'aria-expanded': 'false',
    'aria-controls': 'site-nav' }, '菜单');
  const nav = element('nav', { id: 'site-nav' });
  const who = element('div', { class: 'who' });
  header.append(brand, toggle, nav, who);
  document.body.prepend(header);
  toggle.addEventListener('click', () => {
    const open = header.classList.toggle('open');
    toggle.setAttribute('aria-expanded', String(open));
  });

  let me;
  try {
    me = await api.get('/api/me');
  } catch (e) {
    me = { login: '', name: '', role: 'MEMBER', team: null, unknown: true };
  }
  for (const item of NAV) {
    if (item.roles && !item.roles.includes(me.role)) continue;
    const label = me.role === 'MEMBER' && item.memberLabel ? item.memberLabel : item.label;
    const link = element('a', { href: item.href, 'data-nav': item.key }, label);
    if (item.key === active) {
      link.classList.add('active');
      link.setAttribute('aria-current', 'page');
    }
    nav.append(link);
  }
  if (!me.unknown) {
    who.append(element('span', { class: 'me', title: me.login }, `${me.name}（${ROLE_LABELS[me.role] || me.role}）`));
  }
  const logout = element('form', { method: 'post', action: '/logout' });
  const csrf = element('input', { type: 'hidden', name: '_csrf' });
  logout.append(csrf, element('button', { class: 'link', type: 'submit' }, '退出'));
  logout.addEventListener('submit', () => { csrf.value = csrfToken(); });
  who.append(logout);

  // Members use the chat and their own records; the API documentation is for admins and leads who script.
  if (me.role !== 'MEMBER') swaggerPresent().then((present) => {
    if (present) nav.append(element('a', { href: '/swagger-ui.html', target: '_blank', rel: 'noopener' }, 'API 文档'));
  });
  return me;
}

/** Asked once per browser session: the server has Swagger UI only when springdoc is on its classpath. */
async function swaggerPresent() {
  const known = sessionStorage.getItem('branchmate.swagger');
  if (known !== null) return known === 'yes';
  let present = false;
  try {
    present = (await fetch('/swagger-ui.html', { method: 'HEAD', credentials: 'same-origin' })).ok;
  } catch (e) {
    present = false;
  }
  sessionStorage.setItem('branchmate.swagger', present ? 'yes' : 'no');
  return present;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function inline(text) {
  return text
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * The Markdown huddles use, and no more: headings, bold, lists, quotes, paragraphs. The text is escaped first,
 * so only the tags made here reach the page.
 */
export function markdown(source) {
  const html = [];
  let list = null;
  let paragraph = [];
  const flushParagraph = () => {
    if (paragraph.length) html.push('<p>' + paragraph.join('<br>') + '</p>');
    paragraph = [];
  };
  const closeList = () => {
    if (list) html.push(`</${list}>`);
    list = null;
  };
  for (const raw of escapeHtml(source || '').split(/\r?\n/)) {
    const line = raw.trimEnd();
    let m;
    if (!line.trim()) {
      flushParagraph();
      closeList();
    } else if ((m = line.match(/^(#{1,6})\s+(.*)$/))) {
      flushParagraph();
      closeList();
      const level = Math.min(m[1].length + 1, 6); // the page title is the h1
      html.push(`<h${level}>${inline(m[2])}</h${level}>`);
    } else if ((m = line.match(/^&gt;\s?(.*)$/))) {
      flushParagraph();
      closeList();
      html.push(`<blockquote>${inline(m[1])}</blockquote>`);
    } else if ((m = line.match(/^\s*[-*]\s+(.*)$/)) || (m = line.match(/^\s*\d+(?:[.)]\s+|、)(.*)$/))) {
      flushParagraph();
      const kind = /^\s*[-*]\s/.test(line) ? 'ul' : 'ol';
      if (list !== kind) {
        closeList();
        html.push(`<${kind}>`);
        list = kind;
      }
      html.push(`<li>${inline(m[1])}</li>`);
    } else {
      closeList();
      paragraph.push(inline(line));
    }
  }
  flushParagraph();
  closeList();
  return html.join('\n');
}
