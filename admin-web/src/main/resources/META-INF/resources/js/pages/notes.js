import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, param, factLabel, factValue, fmtDate, KIND_LABELS } from '../console.js';
import { FileDrop } from '../file-drop.js';

const me = await startPage('notes');

const STATUS = { DONE: ['已提取', 'ok'], PENDING: ['待提取', 'warn'], FAILED: ['提取失败', 'bad'] };
const CHANNELS = { web: '网页', api: '接口', wecom: '企业微信', dingtalk: '钉钉', import: '导入' };

/** One note: its text, and on demand its extraction (people, facts, tasks) with a re-extract button. */
const NoteView = {
  template: '#note-view',
  props: { note: Object, open: Boolean, deletable: Boolean },
  emits: ['changed', 'deleted'],
  data() {
    return { expanded: this.open, working: false, reextractMessage: '', reextractError: '', deleteError: '' };
  },
  computed: {
    extraction() {
      return this.note.extraction;
    },
    summary() {
      const e = this.note.extraction;
      if (!e) return '';
      const parts = [];
      if (e.branch) parts.push((e.branch.bank || '') + (e.branch.name || ''));
      if (e.people && e.people.length) parts.push(e.people.map((p) => p.name + (p.title || '')).join('、'));
      if (e.tasks && e.tasks.length) parts.push(e.tasks.length + ' 个待办');
      return parts.join(' · ');
    },
  },
  methods: {
    factLabel, factValue, fmtDate,
    kindLabel: (kind) => KIND_LABELS[kind] || kind || '',
    statusLabel: (s) => (STATUS[s] || [s])[0],
    statusClass: (s) => (STATUS[s] || [])[1] || '',
    channelLabel: (c) => CHANNELS[c] || c,
    async remove() {
      if (!confirm(`删除笔记 #${this.note.id}？它记下的人员信息和待办也会一起删除，不能恢复。`)) return;
      this.working = true;
      this.deleteError = '';
      try {
        await api.del(`/api/notes/${this.note.id}`);
        this.$emit('deleted', this.note);
      } catch (e) {
        this.deleteError = e.message;
      } finally {
        this.working = false;
      }
    },
    async reextract() {
      this.working = true;
      this.reextractMessage = this.reextractError = '';
      try {
        const answer = await api.post(`/api/notes/${this.note.id}/reextract`);
        this.reextractMessage = answer.summary || '已重新提取';
        this.$emit('changed', answer.note);
      } catch (e) {
        this.reextractError = isUnavailable(e) ? '重新提取暂不可用' : e.message;
      } finally {
        this.working = false;
      }
    },
  },
};

createApp({
  components: { NoteView, FileDrop },
  data: () => ({
    notes: [], members: [], member: param('member') || '', limit: 50, loading: true,
    search: { query: '', person: '', from: '', to: '' },
    focused: null, error: '', message: '', file: null, importing: false, report: null,
  }),
  async mounted() {
    api.get('/api/members').then((m) => { this.members = m; }).catch(() => {});
    const id = param('id');
    if (id) {
      try {
        this.focused = await api.get(`/api/notes/${encodeURIComponent(id)}`);
      } catch (e) {
        this.error = isUnavailable(e) ? '单条笔记查看暂不可用' : e.message;
      }
    }
    await this.load();
    markReady();
  },
  computed: {
    searching() {
      return Object.values(this.search).some((v) => v);
    },
  },
  methods: {
    // As the server decides: the author, a lead for the plain members of the team, an admin.
    canDelete(note) {
      if (me.role === 'ADMIN' || note.member === me.login) return true;
      if (me.role !== 'MANAGER') return false;
      const author = this.members.find((m) => m.login === note.member);
      return !!author && author.role === 'MEMBER';
    },
    noteDeleted(note) {
      this.notes = this.notes.filter((n) => n.id !== note.id);
      if (this.focused && this.focused.id === note.id) this.focused = null;
      this.message = `已删除笔记 #${note.id}`;
    },
    clearSearch() {
      this.search = { query: '', person: '', from: '', to: '' };
      this.load();
    },
    async load() {
      this.loading = true;
      this.error = '';
      const params = new URLSearchParams({ limit: this.limit });
      if (this.member) params.set('member', this.member);
      for (const [key, value] of Object.entries(this.search)) if (value) params.set(key, value);
      try {
        this.notes = await api.get('/api/notes?' + params);
      } catch (e) {
        this.error = e.message;
      } finally {
        this.loading = false;
      }
    },
    noteChanged(note) {
      if (!note) return;
      this.notes = this.notes.map((n) => (n.id === note.id ? note : n));
      if (this.focused && this.focused.id === note.id) this.focused = note;
    },
    async importFile() {
      this.error = this.message = '';
      this.importing = true;
      this.report = null;
      const form = new FormData();
      form.append('file', this.file);
      try {
        this.report = await api.upload('/api/notes/import', form);
        this.$refs.drop.clear();
        this.file = null;
        await this.load();
      } catch (e) {
        this.error = isUnavailable(e) ? '导入暂不可用' : e.message;
      } finally {
        this.importing = false;
      }
    },
  },
}).mount('#app');
