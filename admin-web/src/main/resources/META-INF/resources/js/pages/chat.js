// Web chat: the same pipeline as WeCom and DingTalk messages (POST /api/chat).
import { api } from '../api.js';
import { startPage, markReady } from '../console.js';

const log = document.getElementById('log');
const chips = document.getElementById('chips');
const memberSelect = document.getElementById('member');
const text = document.getElementById('text');
const send = document.getElementById('send');
const form = document.getElementById('chat-form');
const conversation = 'web-' + Math.random().toString(36).slice(2);

/** Keeps the newest message in view: after it is added, and again when its text arrives and it grows. */
function showNewest() {
  log.scrollTop = log.scrollHeight;
}

function bubble(content, mine) {
  const div = document.createElement('div');
  div.className = 'bubble' + (mine ? ' mine' : '');
  div.textContent = content;
  log.appendChild(div);
  showNewest();
  return div;
}

/** Three moving dots while the bot works; replaced by the reply. */
function typing() {
  const div = bubble('', false);
  div.classList.add('typing');
  div.setAttribute('aria-label', '正在回复…');
  for (let i = 0; i < 3; i++) div.appendChild(document.createElement('span'));
  return div;
}

function answered(div, content, failed) {
  div.classList.remove('typing');
  div.removeAttribute('aria-label');
  div.textContent = content;
  if (failed) div.classList.add('error');
  showNewest();
}

/**
 * The examples a reply offers (「…」 after 例如, or 发「帮助」) become chips: the help text stays the one list of
 * examples. An example left open (「刘芳手机号错了，是139……」) is a pattern, not something to send.
 */
function offerExamples(reply) {
  const quoted = (line) => [...line.matchAll(/「([^」]{1,60})」/g)].map((m) => m[1]);
  const found = reply.split('\n').flatMap((line) => {
    const at = line.indexOf('例如');
    return [...(at >= 0 ? quoted(line.slice(at)) : []), ...quoted(line).filter((q) => q === '帮助')];
  }).filter((e) => !e.includes('……'));
  if (!found.length) return;
  chips.replaceChildren(...[...new Set(found)].map((example) => {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.className = 'chip';
    chip.textContent = example;
    // Filled in, not sent: a note example sent as is would be recorded as the member's own note.
    chip.addEventListener('click', () => {
      text.value = example;
      text.focus();
    });
    return chip;
  }));
  showNewest();
}

const me = await startPage('chat');
try {
  // Only an admin (or the deployment token) may chat as another member; everyone else chats as themself.
  const members = (await api.get('/api/members')).filter((m) => me.role === 'ADMIN' || m.login === me.login);
  for (const m of members) memberSelect.add(new Option(m.name + '（' + m.login + '）', m.login, false, m.login === me.login));
  const greeting = '你好！发送「帮助」看看我能做什么。';
  bubble(greeting, false);
  offerExamples(greeting);
} catch (e) {
  bubble(e.message, false).classList.add('error');
}
markReady();

// The window changes height when a phone's keyboard opens: the newest message stays in view.
window.addEventListener('resize', showNewest);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = text.value.trim();
  if (!message) return;
  bubble(message, true);
  text.value = '';
  send.disabled = true;
  log.setAttribute('aria-busy', 'true');
  const pending = typing();
  try {
    const answer = await api.post('/api/chat', { member: memberSelect.value, text: message, conversation });
    answered(pending, answer.reply, false);
    offerExamples(answer.reply);
  } catch (e) {
    answered(pending, e.message, true);
  } finally {
    log.removeAttribute('aria-busy');
    send.disabled = false;
    text.focus();
  }
});
text.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
