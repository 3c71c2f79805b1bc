import { createApp, nextTick } from '../vue.js';
import { drawBars } from '../bars.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, today, fmtDate } from '../console.js';

await startPage('dashboard');

createApp({
  data: () => ({ data: null, error: '', unavailable: false }),
  computed: {
    openTasks() {
      return this.data ? this.data.openTasks.filter((t) => !t.done) : [];
    },
    notesThisWeek() {
      const weeks = this.data.notesPerWeek.map((c) => c.week).sort();
      const last = weeks[weeks.length - 1];
      return this.data.notesPerWeek.filter((c) => c.week === last).reduce((sum, c) => sum + c.count, 0);
    },
  },
  async mounted() {
    try {
      this.data = await api.get('/api/dashboard');
      await nextTick();
      this.drawChart();
    } catch (e) {
      if (isUnavailable(e)) this.unavailable = true; else this.error = e.message;
    }
    markReady();
  },
  methods: {
    fmtDate,
    overdue(task) {
      return task.dueDate && task.dueDate < today();
    },
    async done(task) {
      try {
        await api.put(`/api/tasks/${task.id}`, { done: true });
        task.done = true;
      } catch (e) {
        this.error = e.message;
      }
    },
    drawChart() {
      const counts = this.data.notesPerWeek;
      if (!counts.length) return;
      const weeks = [...new Set(counts.map((c) => c.week))].sort();
      const members = [...new Map(counts.map((c) => [c.member, c.name || c.member])).entries()];
      const series = members.map(([login, name]) => ({
        name,
        values: weeks.map((w) => (counts.find((c) => c.member === login && c.week === w) || { count: 0 }).count),
      }));
      drawBars(document.getElementById('notes-chart'), weeks.map((w) => w.slice(5).replace('-', '/') + ' 周'), series);
    },
  },
}).mount('#app');
