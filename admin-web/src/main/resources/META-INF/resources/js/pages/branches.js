import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, fmtDate } from '../console.js';

const me = await startPage('branches');

createApp({
  data: () => ({
    branches: [], members: [], filter: '', error: '', message: '', unavailable: false, saving: false,
    form: { bank: '', name: '', owner: me.login, address: '' },
    editing: null,
    banks: ['工商银行', '农业银行', '中国银行', '建设银行', '交通银行', '邮储银行', '招商银行', '农商行'],
  }),
  computed: {
    shown() {
      const f = this.filter.toLowerCase();
      if (!f) return this.branches;
      return this.branches.filter((b) => [this.display(b), b.owner, b.ownerName, b.address]
        .some((v) => v && v.toLowerCase().includes(f)));
    },
  },
  async mounted() {
    api.get('/api/members').then((m) => { this.members = m; }).catch(() => {});
    await this.load();
    markReady();
  },
  methods: {
    fmtDate,
    display(b) {
      return b.displayName || (b.bank || '') + (b.name || '');
    },
    async load() {
      try {
        this.branches = await api.get('/api/branches');
      } catch (e) {
        if (isUnavailable(e)) this.unavailable = true; else this.error = e.message;
      }
    },
    async add() {
      this.error = this.message = '';
      this.saving = true;
      try {
        const created = await api.post('/api/branches', this.form);
        this.message = `已添加网点 ${this.display(created)}`;
        this.form = { bank: '', name: '', owner: this.form.owner, address: '' };
        await this.load();
      } catch (e) {
        this.error = isUnavailable(e) ? '添加网点暂不可用' : e.message;
      } finally {
        this.saving = false;
      }
    },
    edit(b) {
      this.editing = { id: b.id, bank: b.bank || '', name: b.name || '', owner: b.owner, address: b.address || '' };
    },
    async save() {
      this.error = this.message = '';
      this.saving = true;
      try {
        const updated = await api.put(`/api/branches/${this.editing.id}`,
          { bank: this.editing.bank, name: this.editing.name, owner: this.editing.owner, address: this.editing.address });
        this.message = `已保存 ${this.display(updated)}`;
        this.editing = null;
        await this.load();
      } catch (e) {
        this.error = isUnavailable(e) ? '修改网点暂不可用' : e.message;
      } finally {
        this.saving = false;
      }
    },
  },
}).mount('#app');
