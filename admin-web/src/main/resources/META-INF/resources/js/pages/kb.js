import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, fmtDateTime } from '../console.js';
import { FileDrop } from '../file-drop.js';

const me = await startPage('kb');

createApp({
  components: { FileDrop },
  data: () => ({
    documents: [], hits: null, query: '', k: 5, file: null, title: '',
    error: '', message: '', unavailable: false, uploading: false, searching: false,
    isAdmin: me.role === 'ADMIN', builtInPlaybook: null, savingSettings: false,
    canEdit: me.role === 'ADMIN' || me.role === 'MANAGER', teamLogins: [],
  }),
  async mounted() {
    if (me.role === 'MANAGER') {
      api.get('/api/members').then((m) => { this.teamLogins = m.map((x) => x.login); }).catch(() => {});
    }
    await this.load();
    markReady();
  },
  methods: {
    fmtDateTime,
    // As the server decides: an admin any document, a lead one uploaded by their team and not built in.
    canDelete(d) {
      if (me.role === 'ADMIN') return true;
      return me.role === 'MANAGER' && !d.builtIn && !!d.uploadedBy && this.teamLogins.includes(d.uploadedBy);
    },
    score: (s) => (typeof s === 'number' ? s.toFixed(2) : s),
    async load() {
      try {
        this.documents = await api.get('/api/kb/documents');
        this.builtInPlaybook = (await api.get('/api/kb/settings')).builtInPlaybook;
      } catch (e) {
        if (isUnavailable(e)) this.unavailable = true; else this.error = e.message;
      }
    },
    pick(file) {
      // The title is left empty on purpose: the server then uses the document's own heading, else the file name.
      this.file = file;
    },
    async upload() {
      this.error = this.message = '';
      this.uploading = true;
      const form = new FormData();
      form.append('file', this.file);
      if (this.title) form.append('title', this.title);
      try {
        const doc = await api.upload('/api/kb/documents', form);
        this.message = doc.outcome === 'unchanged'
          ? `「${doc.title}」已在知识库中，内容相同，没有重复入库`
          : `${doc.outcome === 'replaced' ? '已更新' : '已上传'}「${doc.title}」，分成 ${doc.chunks} 个片段`;
        this.file = null;
        this.title = '';
        this.$refs.drop.clear();
        await this.load();
      } catch (e) {
        this.error = isUnavailable(e) ? '上传暂不可用' : e.message;
      } finally {
        this.uploading = false;
      }
    },
    async remove(doc) {
      if (!confirm(`删除「${doc.title}」？它的内容会从知识库里移除。`)) return;
      this.error = this.message = '';
      try {
        await api.del(`/api/kb/documents/${doc.id}`);
        this.message = `已删除「${doc.title}」`;
        if (this.hits) this.hits = this.hits.filter((h) => h.documentId !== doc.id);
        await this.load();
      } catch (e) {
        this.error = e.message;
      }
    },
    async toggleBuiltIn() {
      this.error = this.message = '';
      this.savingSettings = true;
      const wanted = !this.builtInPlaybook;
      try {
        this.builtInPlaybook = (await api.put('/api/kb/settings', { builtInPlaybook: wanted })).builtInPlaybook;
        this.message = wanted ? '已启用内置手册：它的内容会参与搜索和回答' : '已停用内置手册：只用本机构上传的文档回答';
      } catch (e) {
        this.error = e.message;
      } finally {
        this.savingSettings = false;
      }
    },
    async search() {
      this.error = '';
      this.searching = true;
      try {
        this.hits = (await api.post('/api/kb/search', { query: this.query, k: this.k })).hits || [];
      } catch (e) {
        this.error = isUnavailable(e) ? '搜索暂不可用' : e.message;
      } finally {
        this.searching = false;
      }
    },
  },
}).mount('#app');
