// The login page: messages for ?error, ?locked, ?disabled, ?logout, and the CSRF token on submit.
import { csrfToken } from '../api.js';
const params = new URLSearchParams(location.search);
const message = document.getElementById('message');
if (params.has('error')) { message.textContent = '用户名或密码不对，请重试。'; message.className = 'alert error'; }
if (params.has('locked')) { message.textContent = '密码连续输错太多次，这个账号已锁定 15 分钟，请稍后再试或联系管理员。'; message.className = 'alert error'; }
if (params.has('disabled')) { message.textContent = '这个账号已停用，请联系管理员。'; message.className = 'alert error'; }
if (params.has('logout')) { message.textContent = '已退出登录。'; message.className = 'alert ok'; }
document.getElementById('login-form').addEventListener('submit', () => {
  document.getElementById('csrf').value = csrfToken();
});
document.body.dataset.ready = 'true';
