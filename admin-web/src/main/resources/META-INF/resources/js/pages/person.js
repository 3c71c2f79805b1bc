import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, changeThenReload, param, factLabel, factValue, fmtDateTime, FACT_KEYS, KIND_LABELS, LUNAR_MONTHS, LUNAR_DAYS }
  from '../console.js';

const me = await startPage('people');
const id = param('id');

const PLACEHOLDERS = {
  phone: '11 位手机号，或带区号的座机', wechat: '微信号（字母、数字、下划线）', age: '如 45',
};
const pad = (n) => String(n).padStart(2, '0');

/** The editor's fields for a stored value: --03-08, 1985-03-08 and lunar:--08-15 become picker choices. */
function fieldsFor(key, value) {
  const form = { key, value: value || '', note: '', calendar: 'solar', year: '', month: '', day: '', unit: 'wan' };
  const m = /^(lunar:)?(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value || '');
  if ((key === 'birthday' || key === 'anniversary') && m) {
    Object.assign(form, { calendar: m[1] ? 'lunar' : 'solar', year: m[2] === '-' ? '' : m[2],
      month: Number(m[3]), day: Number(m[4]), value: '' });
  }
  if (key === 'asset' && /^\d+$/.test(value || '')) {
    const yuan = Number(value);
    Object.assign(form, yuan % 10000 === 0 ? { value: String(yuan / 10000), unit: 'wan' } : { value, unit: 'yuan' });
  }
  return form;
}

createApp({
  data: () => ({
    person: null, history: [], branches: [], error: '', message: '', saving: false, isAdmin: me.role === 'ADMIN',
    vocabulary: [], factForm: { ...fieldsFor('phone', ''), correcting: false },
    edit: { name: '', title: '', kind: 'STAFF', branchId: null },
  }),
  async mounted() {
    api.get('/api/branches').then((b) => { this.branches = b; }).catch(() => {});
    api.get('/api/people/fact-keys').then((v) => { this.vocabulary = v; }).catch(() => {});
    if (!id) this.error = '没有指定人员';
    else await this.load();
    markReady();
  },
  computed: {
    /** Keys for this kind of person (asset is for customers, role for branch staff). */
    factKeys() {
      const kind = this.person?.kind;
      const fits = this.vocabulary.filter((k) => !kind || (kind === 'STAFF' ? k.staff : k.customer));
      return fits.length ? fits.map((k) => [k.key, k.label]) : FACT_KEYS;
    },
    current() {
      return this.vocabulary.find((k) => k.key === this.factForm.key);
    },
    form() {
      return this.current?.form || 'FREE_TEXT';
    },
    choices() {
      return this.current?.choices || [];
    },
  },
  watch: {
    'factForm.key'(key, old) {
      if (old && key !== old && !this.factForm.correcting) {
        this.factForm = { ...fieldsFor(key, ''), note: this.factForm.note, correcting: false };
      }
    },
  },
  methods: {
    factLabel, factValue, fmtDateTime,
    monthLabel(m) {
      return this.factForm.calendar === 'lunar' ? LUNAR_MONTHS[m - 1] + '月' : m + '月';
    },
    dayLabel(d) {
      return this.factForm.calendar === 'lunar' ? (LUNAR_DAYS[d - 1] || '—') : d + '日';
    },
    /** What the form holds, in the stored form the API takes (the server checks it again). */
    storedValue() {
      const f = this.factForm;
      if (this.form === 'RECURRING_DATE') {
        if (!f.month || !f.day) return '';
        const monthDay = `${pad(f.month)}-${pad(f.day)}`;
        if (f.calendar === 'lunar') return `lunar:--${monthDay}`;
        return f.year ? `${f.year}-${monthDay}` : `--${monthDay}`;
      }
      if (f.key === 'asset' && f.unit === 'wan' && /^\d+(\.\d+)?$/.test(f.value)) {
        return String(Math.round(Number(f.value) * 10000));
      }
      return String(f.value ?? '').trim();
    },
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
      this.factForm = { ...fieldsFor(fact.key, fact.value), note: fact.note || '', correcting: true };
      document.getElementById('fact-form').scrollIntoView({ block: 'nearest' });
    },
    resetFactForm() {
      this.factForm = { ...fieldsFor(this.factForm.key, ''), correcting: false };
    },
    async saveFact() {
      await this.change(async () => {
        await api.post(`/api/people/${id}/facts`,
          { key: this.factForm.key, value: this.storedValue(), note: this.factForm.note || null });
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
    change(action) {
      return changeThenReload(this, action, '修改人员信息暂不可用');
    },
  },
}).mount('#app');
