import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, changeThenReload, fmtDateTime, ROLE_LABELS } from '../console.js';

const me = await startPage('members');

const emptyForm = () => ({ login: '', name: '', role: 'MEMBER', team: me.team || 'default', password: '',
  wecomUserId: '', dingtalkStaffId: '' });

createApp({
  data: () => ({
    members: [], teams: [], tokens: [], form: emptyForm(), editing: null, saving: false,
    tokenName: '', issued: null, copied: false, tokensUnavailable: false, error: '', message: '',
    isAdmin: me.role === 'ADMIN', manages: me.role === 'ADMIN' || me.role === 'MANAGER',
  }),
  async mounted() {
    api.get('/api/teams').then((t) => { this.teams = t; }).catch(() => {});
    await Promise.all([this.load(), this.loadTokens()]);
    markReady();
  },
  methods: {
    fmtDateTime,
    roleLabel: (role) => ROLE_LABELS[role] || role,
    async load() {
      try {
        this.members = await api.get('/api/members');
      } catch (e) {
        this.error = e.message;
      }
    },
    async loadTokens() {
      try {
        this.tokens = await api.get('/api/tokens');
      } catch (e) {
        if (isUnavailable(e)) this.tokensUnavailable = true; else this.error = e.message;
      }
    },
    async create() {
      await this.run(async () => {
        const body = { ...this.form };
        for (const key of ['password', 'wecomUserId', 'dingtalkStaffId']) if (!body[key]) delete body[key];
        const created = await api.post('/api/members', body);
        this.message = `已添加成员 ${created.name}（${created.login}）`;
        this.form = emptyForm();
      });
    },
    edit(m) {
      this.editing = { login: m.login, name: m.name, role: m.role, team: m.team, wecomUserId: m.wecomUserId || '',
        dingtalkStaffId: m.dingtalkStaffId || '', enabled: m.enabled, password: '' };
    },
    async save() {
      await this.run(async () => {
        const e = this.editing;
        // Members may change only their own name and password; the server refuses the other fields from them.
        const body = this.manages
          ? { name: e.name, role: this.isAdmin ? e.role : undefined, team: this.isAdmin ? e.team : undefined,
            wecomUserId: e.wecomUserId, dingtalkStaffId: e.dingtalkStaffId, enabled: e.enabled }
          : { name: e.name };
        if (e.password) body.password = e.password;
        const updated = await api.put(`/api/members/${encodeURIComponent(e.login)}`, body);
        this.message = `已保存 ${updated.name}（${updated.login}）`;
        this.editing = null;
      });
    },
    run(action) {
      return changeThenReload(this, action);
    },
    async createToken() {
      this.error = this.message = '';
      this.copied = false;
      try {
        this.issued = await api.post('/api/tokens', { name: this.tokenName });
        this.tokenName = '';
        await this.loadTokens();
      } catch (e) {
        this.error = isUnavailable(e) ? '创建令牌暂不可用' : e.message;
      }
    },
    async copy() {
      try {
        await navigator.clipboard.writeText(this.issued.token);
        this.copied = true;
      } catch (e) {
        this.error = '浏览器不允许自动复制，请手动选中复制';
      }
    },
    async revoke(t) {
      if (!confirm(`吊销令牌「${t.name}」？用它的脚本会立即失效。`)) return;
      this.error = this.message = '';
      try {
        await api.del(`/api/tokens/${t.id}`);
        this.message = `已吊销令牌「${t.name}」`;
        if (this.issued && this.issued.id === t.id) this.issued = null;
        await this.loadTokens();
      } catch (e) {
        this.error = e.message;
      }
    },
  },
}).mount('#app');
