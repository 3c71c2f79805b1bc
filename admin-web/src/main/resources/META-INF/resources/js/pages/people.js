import { createApp } from '../vue.js';
import { api } from '../api.js';
import { startPage, markReady, param, factLabel, factValue, KIND_LABELS } from '../console.js';

await startPage('people');

// Old links (?id=) go to the detail page.
if (param('id')) location.replace('/person.html?id=' + encodeURIComponent(param('id')));

createApp({
  data: () => ({ people: [], branches: [], query: param('query') || '', branchId: param('branchId') || '',
    loading: true, error: '' }),
  async mounted() {
    api.get('/api/branches').then((b) => { this.branches = b; }).catch(() => {});
    await this.search();
    markReady();
  },
  methods: {
    factLabel, factValue,
    kindLabel: (kind) => KIND_LABELS[kind] || kind,
    async search() {
      this.loading = true;
      this.error = '';
      const params = new URLSearchParams();
      if (this.query) params.set('query', this.query);
      if (this.branchId) params.set('branchId', this.branchId);
      history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
      try {
        this.people = await api.get('/api/people?' + params);
      } catch (e) {
        this.people = [];
        this.error = e.message;
      } finally {
        this.loading = false;
      }
    },
  },
}).mount('#app');
