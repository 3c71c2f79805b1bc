import { createApp } from '/js/vue.js';
import { api, isUnavailable } from '/js/api.js';
import { startPage, markReady, param, factLabel, factValue, fmtDateTime, FACT_KEYS, KIND_LABELS } from '/js/console.js';

const me = await startPage('people');
const id = param('id');

const PLACEHOLDERS = {
  phone: '11 位手机号', birthday: '如 --03-08，或 1985-03-08，农历 lunar:--08-15', anniversary: '如 --05-20',
  maturity: 'YYYY-MM-DD', asset: '金额（元），如 500000', age: '如 45', risk_profile: '保守 / 稳健 / 进取',
  stage: '生客 / 半熟客 / 熟客', role: '如 大堂经理',
};

createApp({
  data: () => ({
    person: null, history: [], branches: [], error: '', message: '', saving: false, isAdmin: me.role === 'ADMIN',
    factKeys: FACT_KEYS, factForm: { key: 'phone', value: '', note: '', correcting: false },
    edit: { name: '', title: '', kind: 'STAFF', branchId: null },
  }),
  async mounted() {
    api.get('/api/branches').then((b) => { this.branches = b; }).catch(() => {});
    if (!id) this.error = '没有指定人员';
    else await this.load();
    markReady();
  },
  methods: {
    factLabel, factValue, fmtDateTime,
    kindLabel: (kind) => KIND_LABELS[kind] || kind,
    placeholder: (key) => PLACEHOLDERS[key] || '',
    async load() {
      try {
        const detail = await api.get(`/api/people/${encodeURIComponent(id)}`);
        this.person = detail.person;
        this.history = [...detail.history].sort((a, b) => String(b.recordedAt).localeCompare(String(a.recordedAt)));
        const p = detail.person;
        this.edit = { name: p.name || '', title: p.title || '', kind: p.kind, branchId: p.branchId ?? null };
        document.title = (p.displayName || p.name) + ' · 网点助手';
      } catch (e) {
        this.error = e.message;
      }
    },
    correct(fact) {
      this.factForm = { key: fact.key, value: fact.value, note: fact.note || '', correcting: true };
      document.getElementById('fact-value').focus();
    },
    resetFactForm() {
      this.factForm = { key: this.factForm.key, value: '', note: '', correcting: false };
    },
    async saveFact() {
      await this.change(async () => {
        await api.post(`/api/people/${id}/facts`,
          { key: this.factForm.key, value: this.factForm.value, note: this.factForm.note || null });
        this.message = (this.factForm.correcting ? '已更正' : '已添加') + '：' + factLabel(this.factForm.key);
        this.resetFactForm();
      });
    },
    async retire(fact) {
      if (!confirm(`停用「${factLabel(fact.key)}：${factValue(fact.key, fact.value)}」？历史里会保留。`)) return;
      await this.change(async () => {
        await api.del(`/api/people/${id}/facts/${fact.id}`);
        this.message = '已停用：' + factLabel(fact.key);
      });
    },
    async savePerson() {
      await this.change(async () => {
        await api.put(`/api/people/${id}`, this.edit);
        this.message = '资料已保存';
      });
    },
    async exportData() {
      this.error = '';
      try {
        const data = await api.get(`/api/people/${id}/export`);
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
        link.download = `person-${id}.json`;
        link.click();
        URL.revokeObjectURL(link.href);
      } catch (e) {
        this.error = isUnavailable(e) ? '导出暂不可用' : e.message;
      }
    },
    async erase() {
      const name = this.person.displayName || this.person.name;
      if (prompt(`删除后无法恢复。请输入「${name}」确认删除：`) !== name) return;
      this.error = '';
      try {
        const erased = await api.del(`/api/people/${id}`);
        alert(`已删除 ${name} 的全部信息，${erased.notesRedacted} 条笔记已打码。`);
        location.href = '/people.html';
      } catch (e) {
        this.error = isUnavailable(e) ? '删除暂不可用' : e.message;
      }
    },
    async change(action) {
      this.error = this.message = '';
      this.saving = true;
      try {
        await action();
        await this.load();
      } catch (e) {
        this.error = isUnavailable(e) ? '修改人员信息暂不可用' : e.message;
      } finally {
        this.saving = false;
      }
    },
  },
}).mount('#app');
