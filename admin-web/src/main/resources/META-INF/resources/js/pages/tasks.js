import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, today, fmtDate } from '../console.js';

await startPage('tasks');

createApp({
  data: () => ({ tasks: [], status: 'open', loading: true, error: '', unavailable: false }),
  async mounted() {
    await this.load();
    markReady();
  },
  methods: {
    async load() {
      this.loading = true;
      try {
        this.tasks = await api.get('/api/tasks?status=' + this.status);
      } catch (e) {
        if (isUnavailable(e)) this.unavailable = true; else this.error = e.message;
      } finally {
        this.loading = false;
      }
    },
    dueLabel(t) {
      if (t.done) return '已完成';
      if (!t.dueDate) return '无期限';
      const d = today();
      if (t.dueDate < d) return fmtDate(t.dueDate) + ' 已逾期';
      return t.dueDate === d ? '今天' : fmtDate(t.dueDate);
    },
    dueClass(t) {
      if (t.done) return 'ok';
      if (!t.dueDate) return '';
      const d = today();
      return t.dueDate < d ? 'bad' : t.dueDate === d ? 'warn' : '';
    },
    async setDone(task, done) {
      this.error = '';
      try {
        const updated = await api.put(`/api/tasks/${task.id}`, { done });
        Object.assign(task, updated);
        if (done && this.status === 'open') this.tasks = this.tasks.filter((t) => t.id !== task.id);
      } catch (e) {
        this.error = e.message;
      }
    },
  },
}).mount('#app');
