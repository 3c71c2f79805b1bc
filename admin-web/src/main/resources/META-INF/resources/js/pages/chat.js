// Web chat: the same pipeline as WeCom and DingTalk messages (POST /api/chat).
import { api } from '/js/api.js';
import { startPage, markReady } from '/js/console.js';

const log = document.getElementById('log');
const memberSelect = document.getElementById('member');
const text = document.getElementById('text');
const send = document.getElementById('send');
const form = document.getElementById('chat-form');
const conversation = 'web-' + Math.random().toString(36).slice(2);

function bubble(content, mine) {
  const div = document.createElement('div');
  div.className = 'bubble' + (mine ? ' mine' : '');
  div.textContent = content;
  log.appendChild(div);
  log.scrollTop = log.scrollHeight;
  return div;
}

const me = await startPage('chat');
try {
  // Only an admin (or the deployment token) may chat as another member; everyone else chats as themself.
  const members = (await api.get('/api/members')).filter((m) => me.role === 'ADMIN' || m.login === me.login);
  for (const m of members) memberSelect.add(new Option(m.name + '（' + m.login + '）', m.login, false, m.login === me.login));
  bubble('你好！发送「帮助」看看我能做什么。', false);
} catch (e) {
  bubble(e.message, false).classList.add('error');
}
markReady();

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = text.value.trim();
  if (!message) return;
  bubble(message, true);
  text.value = '';
  send.disabled = true;
  const pending = bubble('…', false);
  try {
    const answer = await api.post('/api/chat', { member: memberSelect.value, text: message, conversation });
    pending.textContent = answer.reply;
  } catch (e) {
    pending.textContent = e.message;
    pending.classList.add('error');
  } finally {
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
